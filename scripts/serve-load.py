#!/usr/bin/env python3
"""Mixed load on a running `newsfuse serve`, on loopback: many concurrent clients for a fixed time.

    scripts/serve-load.py http://127.0.0.1:18080/ [--clients 50] [--seconds 60] [--upload-at 30] [--pid PID]

Each client loops, choosing by weight: the story list (a random page), a story page (the HTML, its script
and style, then the story's JSON, one after the other), an article, a search, and a filtered story list.
Story and article ids are taken from the server's own answers before the clock starts. Halfway through
(--upload-at), one fictional article is uploaded to /api/ingest and its job is followed until done; the
article must then be found by the search. Prints per request kind: count, errors (anything but 200, or no
answer), p50/p95/p99/max in ms; the upload's outcome; and, given the server's --pid, its CPU seconds over
the run (from /proc). Exits non-zero on any error or a failed upload.
"""
import argparse
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.parse
import uuid

WORDS = ["fire", "police", "court", "school", "shooting", "council", "hospital", "county", "officers", "victim"]


class Client:
    """One keep-alive HTTP/1.1 connection, reopened after a failure."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.conn = None

    def get(self, path):
        return self.request("GET", path)

    def request(self, method, path, body=None, headers=None):
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                self.conn.request(method, path, body=body, headers=headers or {})
                r = self.conn.getresponse()
                data = r.read()
                return r.status, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise RuntimeError("unreachable")


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def cpu_seconds(pid):
    if not pid:
        return None
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def collect_ids(c, stories_wanted=400):
    story_ids, article_ids = [], []
    page = 1
    while len(story_ids) < stories_wanted:
        status, data = c.get(f"/api/stories?page={page}&size=100")
        if status != 200:
            raise SystemExit(f"/api/stories answered {status}")
        body = json.loads(data)
        items = body.get("stories") or body.get("items") or []
        if not items:
            break
        story_ids += [s["id"] for s in items]
        page += 1
    for sid in random.sample(story_ids, min(len(story_ids), 150)):
        status, data = c.get(f"/api/stories/{sid}")
        if status == 200:
            article_ids += [a["id"] for a in json.loads(data).get("articles", [])]
    return story_ids, article_ids


def multipart(name, content):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            f"Content-Type: text/plain\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def upload(host, port, marker, result):
    c = Client(host, port)
    text = (f"Harbour crews in Wenlow cleared the {marker} quay (load test)\n\nWenlow residents watched on "
            f"Thursday as crews cleared debris from the {marker} quay after a storm, the harbour master "
            f"Signe Nyborg said. At least 14 boats were damaged.\n\n\"The quay will reopen on Monday,\" Nyborg "
            f"said at a briefing.\n").encode()
    body, headers = multipart(f"load-{marker}.txt", text)
    start = time.time()
    status, data = c.request("POST", "/api/ingest", body=body, headers=headers)
    result["accepted"] = status
    if status != 202:
        result["error"] = data[:200]
        return
    job = json.loads(data)["id"]
    state = {}
    while time.time() - start < 600:
        status, data = c.get(f"/api/jobs/{job}?wait=10")
        state = json.loads(data) if status == 200 else {}
        if state.get("state") in ("done", "failed"):
            break
    result["job"] = state.get("state")
    result["seconds"] = round(time.time() - start, 1)
    status, data = c.get("/api/search?q=" + urllib.parse.quote(marker))
    result["found"] = status == 200 and marker.encode() in data


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("url")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--upload-at", type=float, default=30)
    ap.add_argument("--pid", type=int, default=0, help="the server's process id, for its CPU time")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", help="one request kind alone (e.g. article), for its cost; no upload")
    a = ap.parse_args()
    u = urllib.parse.urlparse(a.url)
    host, port = u.hostname, u.port or 80
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("only loopback addresses are measured")
    random.seed(a.seed)
    story_ids, article_ids = collect_ids(Client(host, port))
    print(f"ids: {len(story_ids)} stories, {len(article_ids)} articles (from the server's answers)")
    kinds = {
        "story list": (3, lambda r: [f"/api/stories?page={r.randint(1, 20)}"]),
        "story page (4 requests)": (3, lambda r: ["/", "/static/app.js", "/static/style.css",
                                                  f"/api/stories/{r.choice(story_ids)}"]),
        "article": (4, lambda r: [f"/api/articles/{r.choice(article_ids)}"]),
        "search": (1, lambda r: [f"/api/search?q={r.choice(WORDS)}"]),
        "filtered story list": (1, lambda r: [f"/api/stories?q={r.choice(WORDS)}"]),
    }
    if a.only:
        kinds = {k: v for k, v in kinds.items() if k.startswith(a.only)}
    names = list(kinds)
    weights = [kinds[k][0] for k in names]
    lat = {k: [] for k in names}
    errors = {k: 0 for k in names}
    error_samples = []
    lock = threading.Lock()
    stop = time.time() + a.seconds

    def worker(i):
        r = random.Random(a.seed * 1000 + i)
        c = Client(host, port)
        while time.time() < stop:
            kind = r.choices(names, weights)[0]
            start = time.perf_counter()
            ok = True
            try:
                for path in kinds[kind][1](r):
                    status, data = c.get(path)
                    if status != 200:
                        ok = False
                        with lock:
                            error_samples.append(f"{path} -> {status} {data[:120]!r}")
                        break
            except Exception as e:  # a refused or dropped connection counts as an error
                ok = False
                c.conn = None
                with lock:
                    error_samples.append(f"{kind}: {e!r}")
            ms = (time.perf_counter() - start) * 1000
            with lock:
                lat[kind].append(ms)
                if not ok:
                    errors[kind] += 1

    cpu0 = cpu_seconds(a.pid)
    wall0 = time.time()
    load0 = os.getloadavg()
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(a.clients)]
    for t in threads:
        t.start()
    up = {}
    uploader = threading.Timer(a.upload_at, upload, args=(host, port, "zq" + uuid.uuid4().hex[:8], up))
    if not a.only:
        uploader.start()
    for t in threads:
        t.join()
    wall = time.time() - wall0
    cpu1 = cpu_seconds(a.pid)
    if not a.only:
        uploader.join()
    total = sum(len(v) for v in lat.values())
    all_ms = sorted(x for v in lat.values() for x in v)
    print(f"{a.clients} clients, {wall:.1f} s, {total} samples ({total / wall:.0f}/s), load average before "
          f"{load0[0]:.1f}, after {os.getloadavg()[0]:.1f}")
    print("| request | samples | errors | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for k in names + ["all"]:
        v = sorted(lat[k]) if k != "all" else all_ms
        e = errors[k] if k != "all" else sum(errors.values())
        print(f"| {k} | {len(v)} | {e} | {percentile(v, 50):.1f} | {percentile(v, 95):.1f} | "
              f"{percentile(v, 99):.1f} | {v[-1] if v else float('nan'):.1f} |")
    print(f"upload: accepted {up.get('accepted')}, job {up.get('job')} after {up.get('seconds')} s, "
          f"found by search {up.get('found')}")
    if cpu0 is not None and cpu1 is not None:
        print(f"server CPU: {cpu1 - cpu0:.1f} s over {wall:.1f} s wall ({(cpu1 - cpu0) / wall:.2f} cores), "
              f"{(cpu1 - cpu0) * 1000 / max(1, total):.1f} ms per sample")
    for s in error_samples[:10]:
        print("error:", s)
    failed = sum(errors.values()) or (not a.only and (up.get("job") != "done" or not up.get("found")))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
