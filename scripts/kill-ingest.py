#!/usr/bin/env python3
"""Crash safety of `newsfuse ingest` under kill -9, counted over many kills.

    scripts/kill-ingest.py DIR [--kills 100] [--per-store 10] [--articles 24] [--seed N] [--heap 2g]

Writes ARTICLES fictional articles (made here) to DIR/in, ingests them once without interruption into
DIR/reference (the expected articles and story memberships), then, store after store, starts
`newsfuse ingest` on the same input and kills it (SIGKILL) after a random delay drawn over the whole
length of a run (model loading, reading, analysis, the store's transactions, the story step; by default
half of them over its last 40%, where the writes are), PER_STORE
times in a row on one store, then lets one run complete. After every kill the SQLite store is checked:
`PRAGMA integrity_check`, articles at most once and none foreign, every story membership pointing at a
stored article. After the completing run: the same articles as the reference, each exactly once, each in
a story, and the Lucene index readable (no "could not be read" line). Prints one line per kill and the
totals; exits non-zero when a store was corrupt or an article lost or duplicated.
"""
import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LAUNCHER = os.path.join(os.path.dirname(HERE), "newsfuse")
TOWNS = ["Varnholm", "Ostravin", "Marrowgate", "Quillon", "Sadderby", "Tamsworth", "Wenlow", "Corvane"]
EVENTS = ["a fire spread through a timber warehouse near the docks",
          "the river burst its banks after three days of rain",
          "bus drivers walked out over new rosters",
          "engineers closed the old bridge after finding cracks in a pier",
          "a substation fault cut power to the northern districts",
          "a ferry ran aground on a sandbank outside the harbour"]
NAMES = ["Ilse Brandvik", "Tomas Duvall", "Maren Eskeland", "Odile Halloran", "Rafael Jurado", "Signe Nyborg"]


def write_articles(folder, n, rng):
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(n):
        town, what, who = rng.choice(TOWNS), rng.choice(EVENTS), rng.choice(NAMES)
        text = (f"Crews in {town} worked overnight (report {i})\n\n{town} residents woke on Tuesday to find that "
                f"{what}, officials said. At least {rng.randint(2, 60)} people were hurt and {rng.randint(10, 400)} "
                f"homes were affected.\n\n\"We will keep going until every road is open,\" said {who} at a briefing "
                f"on March {rng.randint(1, 28)}.\n\nThe council expects repairs to cost {rng.randint(2, 90)} million "
                f"crowns. The account was filed by the {town} desk.\n")
        p = os.path.join(folder, f"report-{i:03d}.txt")
        with open(p, "w") as f:
            f.write(text)
        paths.append(p)
    return paths


def ingest(store, folder, env, kill_after=None):
    """Runs ingest; kills it after kill_after seconds. Gives (killed, seconds, stderr, last progress line)."""
    err_path = store.rstrip("/") + ".stderr"
    start = time.time()
    with open(err_path, "wb") as err:
        proc = subprocess.Popen([LAUNCHER, "ingest", "--db", store, folder], stdout=subprocess.DEVNULL,
                                stderr=err, env=env, start_new_session=True)
        try:
            proc.wait(timeout=kill_after)
            killed = False
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait()
            killed = True
    seconds = time.time() - start
    stderr = open(err_path, errors="replace").read()
    lines = [l for l in stderr.replace("\r", "\n").splitlines() if l.strip()]
    return killed, seconds, stderr, (lines[-1] if lines else "(nothing printed yet)"), proc.returncode


def inspect(store):
    """What the store holds: (integrity, article ids by source, memberships, orphan memberships)."""
    db = os.path.join(store, "newsfuse.db")
    if not os.path.exists(db):
        return "no store yet", {}, {}, 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        integrity = c.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "story_articles" not in tables:
            return integrity, {}, {}, 0  # killed before the schema was made: nothing stored yet
        by_source = {}
        for aid, source in c.execute("SELECT id, source FROM articles"):
            by_source.setdefault(source, []).append(aid)
        members = {}
        for story, aid in c.execute("SELECT story_id, article_id FROM story_articles"):
            members.setdefault(aid, []).append(story)
        orphans = c.execute("SELECT count(*) FROM story_articles sa LEFT JOIN articles a ON a.id = sa.article_id "
                            "WHERE a.id IS NULL").fetchone()[0]
    return integrity, by_source, members, orphans


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--per-store", type=int, default=10)
    ap.add_argument("--articles", type=int, default=24)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--late-share", type=float, default=0.5,
                    help="share of kills drawn from the last 40%% of a run (storing, the story step), "
                         "where a kill can catch a transaction; the rest over the whole run")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    root = os.path.abspath(a.dir)
    shutil.rmtree(root, ignore_errors=True)
    folder = os.path.join(root, "in")
    sources = set(write_articles(folder, a.articles, rng))
    env = dict(os.environ, NEWSFUSE_JAVA_OPTS=f"-Xmx{a.heap}")
    subprocess.run([LAUNCHER, "--version"], env=env, check=True, stdout=subprocess.DEVNULL)
    reference = os.path.join(root, "reference")
    _, full, stderr, _, code = ingest(reference, folder, env)
    _, ref_sources, ref_members, _ = inspect(reference)
    if code != 0 or set(ref_sources) != sources:
        print(f"the uninterrupted run failed (exit {code}):\n{stderr}")
        return 2
    ref_ids = {aid for ids in ref_sources.values() for aid in ids}
    print(f"seed {a.seed}; reference run: {len(ref_ids)} articles, {len({s for v in ref_members.values() for s in v})} "
          f"stories in {full:.1f} s; kills drawn over 0-{full:.1f} s, {a.late_share:.0%} of them over "
          f"{0.6 * full:.1f}-{full:.1f} s")
    totals = dict(kills=0, corrupt=0, lost=0, duplicated=0, foreign=0, unplaced=0, orphans=0, index_rebuilt=0,
                  stores=0, killed_with_articles_stored=0, killed_mid_store=0)
    problems = []
    while totals["kills"] < a.kills:
        totals["stores"] += 1
        store = os.path.join(root, f"store-{totals['stores']:03d}")
        for _ in range(min(a.per_store, a.kills - totals["kills"])):
            delay = rng.uniform(0.6 * full, full) if rng.random() < a.late_share else rng.uniform(0.3, full)
            killed, seconds, stderr, last, _ = ingest(store, folder, env, kill_after=delay)
            if not killed:
                # the run finished before the kill: start the store again so later kills fall inside work
                shutil.rmtree(store, ignore_errors=True)
                continue
            totals["kills"] += 1
            integrity, by_source, members, orphans = inspect(store)
            dup = sum(len(v) - 1 for v in by_source.values() if len(v) > 1)
            foreign = len(set(by_source) - sources)
            corrupt = integrity not in ("ok", "no store yet")
            totals["corrupt"] += corrupt
            totals["duplicated"] += dup
            totals["foreign"] += foreign
            totals["orphans"] += orphans
            stored = len(by_source)
            totals["killed_with_articles_stored"] += 0 < stored
            totals["killed_mid_store"] += 0 < stored < len(sources)
            print(f"kill {totals['kills']:3d} at {delay:5.1f} s: {stored:2d}/{len(sources)} articles stored, "
                  f"{len(members):2d} placed, integrity {integrity}; last line: {last[:70]}", flush=True)
            if corrupt or dup or foreign or orphans:
                problems.append(f"kill {totals['kills']}: integrity {integrity}, {dup} duplicated, {foreign} "
                                f"foreign, {orphans} memberships without an article")
        killed, seconds, stderr, last, code = ingest(store, folder, env)
        integrity, by_source, members, orphans = inspect(store)
        ids = {aid for v in by_source.values() for aid in v}
        lost = len(ref_ids - ids)
        dup = sum(len(v) - 1 for v in by_source.values() if len(v) > 1)
        unplaced = len([aid for aid in ids if aid not in members])
        rebuilt = "could not be read" in stderr
        totals["lost"] += lost
        totals["duplicated"] += dup
        totals["unplaced"] += unplaced
        totals["index_rebuilt"] += rebuilt
        totals["corrupt"] += integrity != "ok"
        print(f"store {totals['stores']}: re-run exit {code} in {seconds:.1f} s: {len(ids)} articles "
              f"({lost} lost, {dup} duplicated, {unplaced} in no story), integrity {integrity}"
              + (", search index had to be rebuilt" if rebuilt else ""), flush=True)
        if code != 0 or lost or dup or unplaced or rebuilt or integrity != "ok":
            problems.append(f"store {totals['stores']}: exit {code}, {lost} lost, {dup} duplicated, {unplaced} "
                            f"in no story, integrity {integrity}, index rebuilt {rebuilt}")
    for p in problems:
        print(p)
    print("figures: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
