#!/usr/bin/env python3
"""Hostile-input check for newsfuse: generates malformed inputs of many kinds mixed with good files,
runs `newsfuse ingest` and `newsfuse extract` on each kind's folder, and checks what a user would see.

    scripts/hostile-inputs.py generate DIR [--seed N] [--per-kind N] [--big-mb N]
    scripts/hostile-inputs.py run DIR [--timeout S] [--heap 2g] [--kinds a,b]
    scripts/hostile-inputs.py check DIR
    scripts/hostile-inputs.py all DIR [options of the three]   # generate, run, check

DIR/KIND/ holds one kind of malformed input (truncated gzip, truncated WARC, invalid UTF-8, binary data
under text names, JSON Lines with wrong types and huge numbers, feeds with external entities and entity
expansion, empty files, odd names, very large files, deep nesting, decompression bombs) plus a few good
articles, all written here (fictional events). DIR/manifest.jsonl says what each input is and what must
come of it; DIR/expected.jsonl lists every good document that must be stored. Big inputs are written as
streams (or sparse), never held in memory.

`check` reads each run's exit code, time, peak memory, stderr and output (the SQLite store for ingest,
the JSON lines for extract) and counts: crashes (a fatal `newsfuse:` line, a signal, an exit code over
125), hangs (over the timeout), stack-trace lines, lines that are not a clear `rejected FILE: reason`
(or a progress/closing line), inputs neither stored nor named by a rejection, good documents not
stored, and leaks of files that external entities point at. It exits non-zero when any count is not 0.
"""
import argparse
import gzip
import itertools
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = [
    "truncated-gzip", "truncated-warc", "invalid-utf8", "binary-as-text", "jsonl-bad", "feed-entities",
    "empty", "odd-names", "very-large", "deep-nesting", "bombs",
]
SECRET = "SECRET-MARKER-7f3a91-do-not-leak"

# ---------------------------------------------------------------- good articles (fictional, made here)

TOWNS = ["Varnholm", "Kestrel Bay", "Ostravin", "Lindqvist Falls", "Marrowgate", "Pellbrook", "Quillon",
         "Sadderby", "Tamsworth", "Ulvik Harbour", "Wenlow", "Yarrowmere", "Brisk Hollow", "Corvane"]
FIRST = ["Ilse", "Tomas", "Maren", "Odile", "Rafael", "Signe", "Bastian", "Leonie", "Joaquin", "Freya",
         "Anouk", "Casimir", "Dagny", "Emeric", "Greta", "Henrik"]
LAST = ["Brandvik", "Castellane", "Duvall", "Eskeland", "Fairweather", "Halloran", "Ingersen", "Jurado",
        "Kovalenko", "Lindgren", "Moraes", "Nyborg", "Okonkwo", "Petrakis", "Quarles", "Rasmussen"]
EVENTS = [("flood", "the river burst its banks after three days of rain"),
          ("fire", "a fire spread through a timber warehouse near the docks"),
          ("strike", "bus drivers walked out over new rosters"),
          ("landslide", "a hillside gave way above the coastal road"),
          ("blackout", "a substation fault cut power to the northern districts"),
          ("ferry", "a ferry ran aground on a sandbank outside the harbour"),
          ("bridge", "engineers closed the old bridge after finding cracks in a pier"),
          ("election", "the council election ended in a tie for the last seat")]
ROLES = ["the mayor", "the fire chief", "a police spokesperson", "the regional governor",
         "a union representative", "the harbour master", "a hospital spokesperson"]


class Articles:
    """Unique, readable fictional news articles: every call gives a new one."""

    def __init__(self, rng):
        self.rng = rng
        self.count = 0

    def make(self):
        r = self.rng
        self.count += 1
        n = self.count
        town = r.choice(TOWNS)
        event, what = r.choice(EVENTS)
        who = f"{r.choice(FIRST)} {r.choice(LAST)}"
        other = f"{r.choice(FIRST)} {r.choice(LAST)}"
        role = r.choice(ROLES)
        hurt, homes, day = r.randint(2, 90), r.randint(10, 900), r.randint(1, 28)
        title = f"{event.capitalize()} in {town}: {hurt} hurt, {homes} homes affected (report {n})"
        paragraphs = [
            f"{town} residents woke on Tuesday to find that {what}, officials said, in an incident "
            f"that left {hurt} people injured and {homes} homes without access for most of the day.",
            f"\"We have never seen anything like this in {town},\" said {who}, {role}, at a briefing on "
            f"the morning of March {day}. \"Crews worked through the night and will keep going.\"",
            f"According to {other}, who coordinates the relief effort, at least {r.randint(3, 40)} "
            f"volunteers joined the emergency teams, and the cost of the damage could reach "
            f"{r.randint(2, 95)} million crowns once roads and pipes are repaired.",
            f"Schools in the district stayed closed, and {r.randint(100, 4000)} pupils were sent home. "
            f"The council said it would publish a full account of the {event} within {r.randint(2, 9)} weeks.",
            f"Reference {n}-{r.randint(1000, 9999)}: this account was filed by the {town} desk.",
        ]
        return title, paragraphs

    def text(self):
        title, paragraphs = self.make()
        return title, title + "\n\n" + "\n\n".join(paragraphs) + "\n"

    def html(self, url=None):
        title, paragraphs = self.make()
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
        canonical = f'<link rel="canonical" href="{url}">' if url else ""
        page = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>"
                f"{canonical}</head><body><header><nav><a href=\"/\">Home</a></nav></header><article><h1>{title}"
                f"</h1>\n{body}</article><footer>© The Fictional Courier</footer></body></html>\n")
        return title, page


# ---------------------------------------------------------------- writers

class Set:
    """One generated set: files on disk plus what must come of each."""

    def __init__(self, root, seed):
        self.root = root
        self.rng = random.Random(seed)
        self.articles = Articles(self.rng)
        self.manifest = []   # (relative path, kind, expectation, note)
        self.expected = []   # (kind, relative path of the input, source that must be stored)
        self.possible = []   # (kind, relative path of an "any" input, source its document would be stored as)
        self.counter = 0

    def path(self, kind, name):
        d = os.path.join(self.root, kind)
        os.makedirs(d, exist_ok=True)
        return os.path.join(d, name)

    def add(self, kind, name, data, expect, note="", mode="wb"):
        """expect: bad (must be named by a rejection), good (its documents stored), any (either), skip."""
        p = self.path(kind, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, mode) as f:
            f.write(data)
        self.manifest.append((os.path.relpath(p, self.root), kind, expect, note))
        return p

    def register(self, kind, p, expect, note=""):
        self.manifest.append((os.path.relpath(p, self.root), kind, expect, note))

    def must_store(self, kind, p, source):
        self.expected.append((kind, os.path.relpath(p, self.root), source))

    def may_store(self, kind, p, source):
        """An "any" input whose document, when read, is stored under this source (a record's own URL)."""
        self.possible.append((kind, os.path.relpath(p, self.root), source))

    def unique(self, stem):
        self.counter += 1
        return f"{stem}-{self.counter:04d}"

    def good_files(self, kind):
        """Three good articles in every kind's folder: text, HTML and one JSON line."""
        title, text = self.articles.text()
        p = self.add(kind, self.unique("good") + ".txt", text.encode(), "good", "good text")
        self.must_store(kind, p, p)
        title, page = self.articles.html()
        p = self.add(kind, self.unique("good") + ".html", page.encode(), "good", "good html")
        self.must_store(kind, p, p)
        url = f"https://courier.example/{kind}/{self.counter}"
        t, text = self.articles.text()
        p = self.add(kind, self.unique("good") + ".jsonl",
                     (json.dumps({"url": url, "title": t, "text": text}) + "\n").encode(), "good", "good jsonl")
        self.must_store(kind, p, url)

    def write_manifest(self):
        with open(os.path.join(self.root, "manifest.jsonl"), "w") as f:
            for row in self.manifest:
                f.write(json.dumps(row) + "\n")
        with open(os.path.join(self.root, "expected.jsonl"), "w") as f:
            for row in self.expected:
                f.write(json.dumps(row) + "\n")
        with open(os.path.join(self.root, "possible.jsonl"), "w") as f:
            for row in self.possible:
                f.write(json.dumps(row) + "\n")


def gz(data, level=6):
    return gzip.compress(data, compresslevel=level, mtime=0)


def warc_record(rtype, uri, payload, date="2031-05-06T08:30:00Z", extra=""):
    head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: {date}\r\n" + (f"WARC-Target-URI: {uri}\r\n" if uri else "") + extra +
            ("Content-Type: application/http; msgtype=response\r\n" if rtype == "response" else
             "Content-Type: application/warc-fields\r\n") +
            f"Content-Length: {len(payload)}\r\n\r\n").encode()
    return head + payload + b"\r\n\r\n"


def http_response(body, ctype="text/html; charset=utf-8", status="200 OK", extra=""):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n{extra}\r\n").encode() + body


def warcinfo():
    return warc_record("warcinfo", None, b"software: hostile-inputs.py\r\nformat: WARC File Format 1.0\r\n")


# ---------------------------------------------------------------- the kinds

def truncated_gzip(s, n):
    kind = "truncated-gzip"
    for i in range(n):
        ext = s.rng.choice([".txt.gz", ".html.gz", ".jsonl.gz", ".rss.gz", ".json.gz"])
        if ext == ".html.gz":
            data = s.articles.html()[1].encode() * s.rng.randint(1, 4)
        elif ext == ".jsonl.gz":
            data = b"".join((json.dumps({"url": f"https://cut.example/{i}/{k}", "text": s.articles.text()[1]})
                             + "\n").encode() for k in range(3))
        elif ext == ".rss.gz":
            data = feed([s.articles.text() for _ in range(2)]).encode()
        else:
            data = s.articles.text()[1].encode() * s.rng.randint(1, 4)
        packed = gz(data)
        how = s.rng.choice(["header", "middle", "trailer"])
        cut = {"header": s.rng.randint(1, 9), "middle": s.rng.randint(10, max(11, len(packed) - 9)),
               "trailer": len(packed) - s.rng.randint(1, 7)}[how]
        s.add(kind, s.unique(f"cut-{how}") + ext, packed[:cut], "bad", f"gzip cut at {cut}/{len(packed)}")
    s.good_files(kind)


def truncated_warc(s, n):
    kind = "truncated-warc"
    for i in range(n):
        compressed = s.rng.random() < 0.7
        name = s.unique("crawl") + (".warc.gz" if compressed else ".warc")
        urls = [f"https://tidings.example/{kind}/{i}/{k}" for k in range(2)]
        records = [warcinfo()] + [
            warc_record("response", u, http_response(s.articles.html(u)[1].encode())) for u in urls]
        blobs = [gz(r) if compressed else r for r in records]
        ends = []
        total = 0
        for b in blobs:
            total += len(b)
            ends.append(total)
        keep_first = s.rng.random() < 0.5  # cut inside the last record, keeping the first page, or inside the first
        victim = 2 if keep_first else 1
        start = ends[victim - 1]
        cut = s.rng.randint(start + 1, ends[victim] - 1)
        p = s.add(kind, name, b"".join(blobs)[:cut], "bad", f"cut at {cut} inside record {victim + 1}")
        if keep_first:
            s.must_store(kind, p, urls[0])
    s.good_files(kind)


def invalid_utf8(s, n):
    kind = "invalid-utf8"
    bad_bytes = [b"\xff", b"\xfe\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x82", b"\xf8\x88\x80\x80\x80",
                 b"\x80\x80\x80", b"\xc3\x28", b"\xf4\x90\x80\x80"]
    for i in range(n):
        ext = s.rng.choice([".txt", ".txt", ".jsonl", ".jsonl", ".json", ".rss", ".html"])
        junk = s.rng.choice(bad_bytes)
        if ext == ".jsonl":
            urls = [f"https://wire.example/{kind}/{i}/{k}" for k in range(2)]
            lines = [json.dumps({"url": urls[0], "text": s.articles.text()[1]}).encode(),
                     b'{"url": "https://wire.example/bad", "text": "broken ' + junk + b' bytes"}',
                     json.dumps({"url": urls[1], "text": s.articles.text()[1]}).encode()]
            p = s.add(kind, s.unique("mixed") + ext, b"\n".join(lines) + b"\n", "bad", "one undecodable line")
            for u in urls:
                s.must_store(kind, p, u)
            continue
        if ext == ".html":
            page = s.articles.html()[1].encode()
            p = s.add(kind, s.unique("latin") + ext, page.replace(b"<p>", b"<p>" + junk, 1), "any",
                      "HTML falls back to windows-1252")
            continue
        if ext == ".rss":
            data = feed([s.articles.text()]).encode().replace(b"<description>", b"<description>" + junk, 1)
        elif ext == ".json":
            data = json.dumps([{"text": s.articles.text()[1]}]).encode().replace(b'"text": "', b'"text": "' + junk, 1)
        else:
            text = s.articles.text()[1].encode()
            at = s.rng.randint(0, len(text))
            data = text[:at] + junk + text[at:]
        s.add(kind, s.unique("bad") + ext, data, "bad", f"invalid UTF-8 {junk!r}")
    s.good_files(kind)


def binary_as_text(s, n):
    kind = "binary-as-text"
    heads = [b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", b"\xff\xd8\xff\xe0\0\x10JFIF\0", b"PK\x03\x04\x14\0\0\0\x08\0",
             b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", b"\x1f\x8b\x08\0\0\0\0\0",
             b"BZh91AY&SY", b"\0\0\0\x18ftypmp42", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"SQLite format 3\0"]
    exts = [".txt", ".html", ".htm", ".jsonl", ".json", ".rss", ".atom", ".warc", ".txt.gz", ".html.gz"]
    for i in range(n):
        ext = exts[i % len(exts)]
        style = s.rng.choice(["header", "random", "utf16"])
        if style == "utf16":
            data = s.articles.text()[1].encode("utf-16-le")  # no byte order mark: NUL every other byte
        else:
            data = (s.rng.choice(heads) if style == "header" else b"") + os.urandom(s.rng.randint(64, 200_000))
        if ext.endswith(".gz") and s.rng.random() < 0.5:
            data = gz(data)
        s.add(kind, s.unique(f"binary-{style}") + ext, data, "bad", f"{style} bytes")
    s.good_files(kind)


def jsonl_bad(s, n):
    kind = "jsonl-bad"
    bad_lines = [
        b'{"text": 12345}', b'{"text": ["a", "list"]}', b'{"text": {"nested": "object"}}', b'{"html": true}',
        b'{"url": {"x": 1}, "text": null}', b'["an", "array", "line"]', b'"just a string"', b"42", b"null",
        b'{"text": "unterminated', b'{"text": "x",}', b"{'text': 'single quotes'}", b'{"text": "a"} trailing',
        b'{"published": 1' + b"0" * 5000 + b', "text": "huge number"}',
        b'{"text": "huge float", "n": 1e99999999}', b'{"n": -' + b"9" * 200 + b'}',
        b'{"deep": ' + b"[" * 3000 + b"]" * 3000 + b'}', b'{"text": "' + b"\\ud800" + b' lone surrogate"}',
        b'{"text": "control \x01\x02 chars"}', b"{" * 20000, b'{"text": "' + b"\\" + b'"}', b'{"a":1}{"b":2}',
        b'\xef\xbb\xbf{"text": "bom in the middle"}', b'{"text": "' + b"NaN" + b'", "x": NaN}', b'{"":""}',
    ]
    # lines newsfuse reads on purpose, their text made well formed: an escaped lone surrogate becomes U+FFFD,
    # a byte order mark before a line is dropped; a file of only these (and good lines) may be read whole
    lenient = {b'{"text": "' + b"\\ud800" + b' lone surrogate"}', b'\xef\xbb\xbf{"text": "bom in the middle"}'}
    for i in range(n):
        ext = s.rng.choice([".jsonl", ".jsonl", ".ndjson", ".json", ".jsonl.gz"])
        lines = [s.rng.choice(bad_lines) for _ in range(s.rng.randint(1, 6))]
        expect = "any" if all(line in lenient for line in lines) else "bad"
        good = s.rng.random() < 0.5
        url = f"https://wire.example/{kind}/{i}"
        if good:
            lines.insert(s.rng.randrange(len(lines) + 1), json.dumps({"url": url, "text": s.articles.text()[1]}).encode())
        sep = s.rng.choice([b"\n", b"\r\n"])
        data = sep.join(lines) + sep
        if ext == ".json" and s.rng.random() < 0.5:
            data = b"[" + b",".join(lines) + b"]"  # an array with bad elements (a syntax error ends it)
            good = False
        if ext.endswith(".gz"):
            data = gz(data)
        p = s.add(kind, s.unique("records") + ext, data, expect, f"{len(lines)} lines")
        if good:
            s.must_store(kind, p, url)
    s.good_files(kind)


def feed(entries, prolog="", extra_item=""):
    items = "".join(f"<item><title>{t[:60]}</title><description>{esc(x)}</description></item>" for t, x in entries)
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<rss version="2.0"><channel><title>Courier</title>'
            f"<link>https://courier.example/</link>{items}{extra_item}</channel></rss>")


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def feed_entities(s, n):
    kind = "feed-entities"
    secret = s.add(kind, "secret-file.dat", (SECRET + "\n").encode(), "skip", "target of external entities")
    secret_uri = "file://" + secret
    lol = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    variants = [
        ("xxe-file", f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{secret_uri}">]>', "&x;"),
        ("xxe-passwd", '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"),
        ("xxe-http", '<!DOCTYPE rss [<!ENTITY x SYSTEM "http://127.0.0.1:9/secret">]>', "&x;"),
        ("xxe-param", f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{secret_uri}"> %p;]>', "text"),
        ("xxe-dtd", f'<!DOCTYPE rss SYSTEM "{secret_uri}">', "text"),
        ("billion-laughs", f"<!DOCTYPE rss [{lol}]>", "&lol9;"),
        ("quadratic", '<!DOCTYPE rss [<!ENTITY a "' + "A" * 50_000 + '">]>', "&a;" * 5_000),
        ("public-dtd", '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                       '"http://127.0.0.1:9/rss-0.91.dtd">', "text"),
    ]
    for i in range(n):
        name, prolog, ref = variants[i % len(variants)]
        t, text = s.articles.text()
        if s.rng.random() < 0.5:
            body = feed([(t, text)], prolog=prolog).replace(esc(text), esc(text[:200]) + " " + ref, 1)
            ext = ".rss"
        else:
            body = (f'<?xml version="1.0"?>{prolog}<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>'
                    f"<entry><title>{t[:60]}</title><summary>{esc(text[:300])} {ref}</summary></entry></feed>")
            ext = ".atom"
        if i % 13 == 0:  # XInclude: not processed by a feed parser, but must not leak either
            body = body.replace("<title>Courier</title>", f'<title xmlns:xi="http://www.w3.org/2001/XInclude">'
                                f'<xi:include href="{secret_uri}" parse="text"/></title>', 1)
        s.add(kind, s.unique(name) + ext, body.encode(), "any" if i % 13 == 0 and not prolog else "bad", name)
    # a good feed, two entries that must both be stored
    entries = [s.articles.text() for _ in range(2)]
    p = s.add(kind, s.unique("good-feed") + ".rss", feed(entries).encode(), "good", "good feed")
    for k in range(2):
        s.must_store(kind, p, p + f"#entry{k + 1}")
    s.good_files(kind)


def empty(s, n):
    kind = "empty"
    contents = [b"", b" ", b"\n\n\n", b"\t \r\n ", b"\xef\xbb\xbf", b"\xef\xbb\xbf   \n", gz(b""), gz(b"   \n"),
                b"[]", b"{}", b"[{}]", b'{"text": ""}', b'{"text": "   "}', b"<rss/>", b'<rss version="2.0"></rss>',
                b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
                b"<html></html>", b"<html><body>   </body></html>", b"<html><body><script>x()</script></body></html>",
                b"<!-- only a comment -->", b"&nbsp;&nbsp;", b"\0"]
    exts = [".txt", ".html", ".htm", ".jsonl", ".json", ".rss", ".atom", ".warc", ".warc.gz", ".txt.gz", ".jsonl.gz"]
    for i in range(n):
        ext = exts[i % len(exts)]
        data = contents[(i // len(exts) + i) % len(contents)]
        if ext.endswith(".gz") and not data.startswith(b"\x1f\x8b"):
            data = gz(data)
        if ext in (".warc", ".warc.gz") and i % 3 == 0:
            data = warcinfo() if ext == ".warc" else gz(warcinfo())
        s.add(kind, s.unique("empty") + ext, data, "bad", repr(data[:20]))
    s.good_files(kind)


def odd_names(s, n):
    kind = "odd-names"
    names = ["with space.txt", "tab\there.txt", "new\nline.txt", "-rf.txt", "--help.txt", "-.txt", "caf\u00e9.txt",
             "\u65e5\u672c\u8a9e.html", "emoji-\U0001F525.txt", "percent%20%2e%2e.txt", "hash#frag.txt",
             "question?.txt", "star*.txt", "quote'\".txt", "back\\slash.txt", "$(echo pwned).txt", "`id`.txt",
             "semi;colon.txt", "amp&er.txt", "pipe|.txt", "less<greater>.txt", "CON.txt", "trailing.dot..txt",
             "UPPER.TXT", "Mixed.HtMl", "double.html.txt", "x" * 240 + ".txt", "\u202eevil-txt.html",
             "zero\u200bwidth.txt", "combining-e\u0301.txt", "\u00a0nbsp.txt", "colon:name.txt", "a.b.c.d.jsonl"]
    made = 0
    for i in range(n):
        base = names[i % len(names)]
        stem, dot, ext = base.rpartition(".")
        name = f"{stem}-{i:03d}.{ext}" if i >= len(names) else base
        good = i % 3 != 2
        if ext.lower() == "jsonl":
            url = f"https://odd.example/{i}"
            data = (json.dumps({"url": url, "text": s.articles.text()[1]}) + "\n").encode() if good else b"{bad\n"
        elif ext.lower() in ("html", "htm"):
            data = s.articles.html()[1].encode() if good else b"\0\0\0binary"
        else:
            data = s.articles.text()[1].encode() if good else b""
        p = s.add(kind, name, data, "good" if good else "bad", "odd name")
        if good:
            s.must_store(kind, p, url if ext.lower() == "jsonl" else p)
        made += 1
    # names the walk must pass over quietly, and links it must not follow out of the folder
    s.add(kind, ".hidden.txt", s.articles.text()[1].encode(), "skip", "hidden")
    s.add(kind, "no-extension", s.articles.text()[1].encode(), "skip", "unsupported type")
    s.add(kind, "sub/.git/config.txt", b"[core]\n", "skip", "hidden folder")
    outside = os.path.join(s.root, "outside-the-folder.txt")
    with open(outside, "w") as f:
        f.write(SECRET + " " + s.articles.text()[1])
    link = s.path(kind, "link-out.txt")
    os.symlink(outside, link)
    s.register(kind, link, "bad", "symbolic link out of the folder")
    inside_target = s.add(kind, s.unique("link-target") + ".txt", s.articles.text()[1].encode(), "good", "link target")
    s.must_store(kind, inside_target, inside_target)
    os.symlink(inside_target, s.path(kind, "link-in.txt"))
    s.register(kind, s.path(kind, "link-in.txt"), "skip", "link inside the folder")
    os.symlink(os.path.join(s.root, "does-not-exist.txt"), s.path(kind, "dangling.txt"))
    s.register(kind, s.path(kind, "dangling.txt"), "bad", "dangling link")
    os.symlink("/etc", s.path(kind, "etc-dir"))
    s.register(kind, s.path(kind, "etc-dir"), "bad", "link to a folder outside")
    os.symlink("..", s.path(kind, "loop"))
    s.register(kind, s.path(kind, "loop"), "bad", "link loop to the parent")
    fifo = s.path(kind, "named-pipe.txt")
    os.mkfifo(fifo)
    s.register(kind, fifo, "skip", "a FIFO must not be opened (it would block)")
    os.makedirs(s.path(kind, "folder.txt"), exist_ok=True)
    s.good_files(kind)


def very_large(s, n, big_mb):
    kind = "very-large"
    mb = 1 << 20

    def sparse(name, size, note):
        p = s.path(kind, name)
        with open(p, "wb") as f:
            f.truncate(size)
        s.register(kind, p, "bad", note)

    def stream(name, chunks, expect, note):
        p = s.path(kind, name)
        with open(p, "wb") as f:
            for c in chunks:
                f.write(c)
        s.register(kind, p, expect, note)
        return p

    sparse(s.unique("sparse-3gb") + ".txt", 3 << 30, "3 GB of NUL, sparse")
    sparse(s.unique("sparse-1gb") + ".html", 1 << 30, "1 GB, sparse")
    sparse(s.unique("sparse-1gb") + ".rss", 1 << 30, "1 GB feed, sparse")
    line = b"word " * (mb // 5)
    stream(s.unique("one-line") + ".jsonl", (line for _ in range(big_mb)), "bad", f"{big_mb} MB on one line")
    stream(s.unique("one-line") + ".txt", (line for _ in range(40)), "bad", "40 MB text")
    rec = json.dumps({"title": "no text here", "n": 1}).encode() + b"\n"
    stream(s.unique("many-records") + ".jsonl", (rec * (mb // len(rec)) for _ in range(big_mb // 2)), "bad",
           "millions of records without text")
    element = b'{"title":"t"},' * (mb // 14)
    stream(s.unique("big-array") + ".json",
           itertools.chain([b"["], (element for _ in range(big_mb // 2)), [b'{"title":"t"}]']), "bad",
           "a JSON array of millions of records without text")
    # a long article: stored, its text cut before the analysis
    t, text = s.articles.text()
    filler = " ".join(s.articles.make()[1][0] for _ in range(1))
    p = stream(s.unique("long-article") + ".txt",
               [text.encode()] + [("\n\n" + filler).encode() for _ in range(3000)], "good", "1 MB article")
    s.must_store(kind, p, p)
    # one sentence without end: broken into lines before analysis
    words = "council harbour budget repairs crews roads pipes schools district volunteers".split()
    run = " ".join(s.rng.choice(words) for _ in range(40_000))
    p = s.add(kind, s.unique("endless-sentence") + ".txt", (t + " (endless)\n\n" + run + "\n").encode(), "good",
              "250 KB without a sentence end")
    s.must_store(kind, p, p)
    # a huge page just under the limit: mostly markup around a real article
    title, page = s.articles.html()
    pad = "<div class=\"ad\"><span>advert</span></div>\n" * 400_000
    p = stream(s.unique("huge-page") + ".html", [page.replace("<footer>", pad + "<footer>").encode()], "any",
               "17 MB page")
    # a WARC of many records, most not HTML, streamed; its one page must be stored
    url = f"https://tidings.example/{kind}/big"
    junk = warc_record("response", "https://tidings.example/img", http_response(os.urandom(64 * 1024), "image/png"))
    page_rec = warc_record("response", url, http_response(s.articles.html(url)[1].encode()))
    p = stream(s.unique("big-crawl") + ".warc",
               itertools.chain([warcinfo()], (junk * 16 for _ in range(big_mb)), [page_rec]), "any",
               f"{big_mb} MB WARC")
    s.must_store(kind, p, url)
    s.good_files(kind)


def nested(tag, depth, inner):
    return f"<{tag}>" * depth + inner + f"</{tag}>" * depth


def deep_nesting(s, n):
    kind = "deep-nesting"
    depths = [1_000, 5_000, 20_000, 100_000, 500_000]
    for i in range(n):
        depth = depths[i % len(depths)]
        style = ["html", "html-unclosed", "table", "rss-raw", "rss-escaped", "atom-xhtml", "json", "jsonl-html",
                 "html-mixed"][i % 9]
        t, text = s.articles.text()
        para = "<p>" + esc(text).replace("\n\n", "</p><p>") + "</p>"
        if style == "html":
            data = f"<html><body>{nested(s.rng.choice(['div', 'b', 'span', 'section']), depth, para)}</body></html>"
            ext, expect = ".html", "any"
        elif style == "html-unclosed":
            data = "<html><body>" + "<div>" * depth + para + "</body></html>"
            ext, expect = ".html", "any"
        elif style == "table":
            data = "<html><body>" + "<table><tr><td>" * (depth // 10) + para + "</body></html>"
            ext, expect = ".htm", "any"
        elif style == "html-mixed":
            data = "<html><body><article>" + para + nested("i", depth, "deep") + "</article></body></html>"
            ext, expect = ".html", "any"
        elif style == "rss-raw":
            data = feed([(t, "")]).replace("<description></description>",
                                           "<description>" + nested("b", depth, esc(text)) + "</description>")
            ext, expect = ".rss", "bad"
        elif style == "rss-escaped":
            data = feed([(t, nested("b", depth, text))])
            ext, expect = ".rss", "any"
        elif style == "atom-xhtml":
            data = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>C</title><entry>'
                    f'<title>{t[:50]}</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                    + nested("div", depth, esc(text)) + "</div></content></entry></feed>")
            ext, expect = ".atom", "bad"
        elif style == "json":
            data = '{"text": "x", "deep": ' + "[" * depth + "]" * depth + "}"
            ext, expect = ".json", "bad"
        else:
            data = json.dumps({"url": f"https://deep.example/{i}", "html":
                               f"<html><body>{nested('div', depth, para)}</body></html>"}) + "\n"
            ext, expect = ".jsonl", "any"
        p = s.add(kind, s.unique(f"deep-{style}-{depth}") + ext, data.encode(), expect, f"{style} nested {depth}")
        if style == "jsonl-html":
            s.may_store(kind, p, f"https://deep.example/{i}")
    s.good_files(kind)


def bombs(s, n, big_mb):
    kind = "bombs"
    mb = 1 << 20
    # one gzip member of 64 MB of one byte, repeated: a multi-member gzip of any size in no time
    members = {c: gzip.compress(c * (64 * mb), compresslevel=9, mtime=0) for c in (b"\0", b" ", b"a", b"<")}
    for i in range(n):
        style = ["txt", "html", "jsonl", "json", "rss", "warc-record", "warc-payload", "nested", "late"][i % 9]
        c = {"txt": b"a", "html": b"<", "jsonl": b" ", "json": b" ", "rss": b" "}.get(style, b"\0")
        copies = s.rng.choice([2, 16, 64, 160])  # 128 MB to 10 GB unpacked
        if style in ("txt", "html", "jsonl", "json", "rss"):
            data = members[c] * copies
            ext = "." + style + ".gz"
        elif style == "warc-record":
            # a record declaring gigabytes, its body a stream of zero members
            head = (f"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
                    f"WARC-Date: 2031-05-06T08:30:00Z\r\nContent-Length: {copies * 64 * mb}\r\n\r\n").encode()
            data = gz(warcinfo()) + gz(head) + members[b"\0"] * copies
            ext = ".warc.gz"
        elif style == "warc-payload":
            # a 200 HTML response whose HTTP body is itself a gzip bomb (Content-Encoding: gzip)
            body = members[b"<"] * max(1, copies // 16)
            rec = warc_record("response", f"https://bomb.example/{i}",
                              http_response(body, extra="Content-Encoding: gzip\r\n"))
            data = gz(warcinfo()) + gz(rec)
            ext = ".warc.gz"
        elif style == "nested":
            data = gz(gz(b"\0" * (32 * mb), 9), 9)  # gzip of gzip: only one layer is ever unpacked
            ext = ".txt.gz"
        else:
            # a bomb after honest records: the honest one must be stored
            url = f"https://late.example/{i}"
            rec = warc_record("response", url, http_response(s.articles.html(url)[1].encode()))
            head = (f"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
                    f"WARC-Date: 2031-05-06T08:30:00Z\r\nContent-Length: {copies * 64 * mb}\r\n\r\n").encode()
            data = gz(warcinfo()) + gz(rec) + gz(head) + members[b"\0"] * copies
            ext = ".warc.gz"
            p = s.add(kind, s.unique("bomb-late") + ext, data, "bad", f"bomb after a page, {copies * 64} MB")
            s.must_store(kind, p, url)
            continue
        s.add(kind, s.unique(f"bomb-{style}") + ext, data, "bad", f"{copies * 64} MB unpacked")
    s.good_files(kind)


def generate(root, seed, per_kind, big_mb):
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    s = Set(root, seed)
    truncated_gzip(s, per_kind)
    truncated_warc(s, per_kind)
    invalid_utf8(s, per_kind)
    binary_as_text(s, per_kind)
    jsonl_bad(s, per_kind)
    feed_entities(s, per_kind)
    empty(s, per_kind)
    odd_names(s, per_kind)
    very_large(s, per_kind, big_mb)
    deep_nesting(s, per_kind)
    bombs(s, per_kind, big_mb)
    s.write_manifest()
    bad = sum(1 for m in s.manifest if m[2] in ("bad", "any") and not m[3].startswith("good"))
    good = sum(1 for m in s.manifest if m[2] == "good")
    print(f"generated {len(s.manifest)} inputs in {root}: {bad} malformed, {good} good files, "
          f"{len(s.expected)} good documents that must be stored")


# ---------------------------------------------------------------- run and check

def run(root, timeout, heap, kinds):
    env = dict(os.environ, NEWSFUSE_JAVA_OPTS=f"-Xmx{heap}")
    launcher = os.path.join(ROOT, "newsfuse")
    subprocess.run([launcher, "--version"], env=env, check=True, stdout=subprocess.DEVNULL)  # build first
    results = os.path.join(root, "results")
    os.makedirs(results, exist_ok=True)
    for kind in kinds:
        folder = os.path.join(root, kind)
        for command in ("ingest", "extract"):
            tag = f"{kind}.{command}"
            store = os.path.join(results, tag + ".store")
            out = os.path.join(results, tag + ".jsonl")
            shutil.rmtree(store, ignore_errors=True)
            args = ([launcher, "ingest", "--db", store, folder] if command == "ingest"
                    else [launcher, "extract", "--out", out, folder])
            timing = os.path.join(results, tag + ".time")
            start = time.time()
            with open(os.path.join(results, tag + ".stderr"), "wb") as err, \
                    open(os.path.join(results, tag + ".stdout"), "wb") as stdout:
                proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", timing] + args, stdout=stdout, stderr=err,
                                        env=env, start_new_session=True)
                try:
                    code = proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, 9)
                    proc.wait()
                    code = "hang"
            wall = time.time() - start
            with open(os.path.join(results, tag + ".exit"), "w") as f:
                f.write(f"{code}\t{wall:.1f}\n")
            print(f"{tag}: exit {code} in {wall:.1f} s", flush=True)


CLEAR_LINE = re.compile(r"^(rejected|warning) (.+?): (.+)$")
BENIGN = [re.compile(p) for p in (
    r"^(analyse|consolidate): \d+/\d+$",
    r"^read \d+ articles? \(\d+ new\), (\d+ stor(y|ies) created and \d+ changed, )?\d+ stor(y|ies) in the store, \d+ rejected$",
    r"^extracted \d+ documents to .+, \d+ rejected$", r"^newsfuse: building", r"^\s*$")]
UNCLEAR_REASON = re.compile(
    r"(Exception|Error\b|java\.|javax\.|org\.|com\.|\bat [a-z]+\.[a-z]|Input length|^null$|\(null\)|"
    r"internal error|failed:?$|\bnull\b)")
TRACE = re.compile(r"^(\s+at |Caused by:|Exception in thread|\s+\.\.\. \d+ more)")


def printable(text):
    """A name as newsfuse prints it: control and bidirectional characters escaped."""
    out = []
    for c in text:
        o = ord(c)
        if c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif o < 0x20 or 0x7f <= o <= 0x9f or o in (0x2028, 0x2029, 0x200e, 0x200f) or 0x202a <= o <= 0x202e \
                or 0x2066 <= o <= 0x2069:
            out.append("\\u%04x" % o)
        else:
            out.append(c)
    return "".join(out)


def check(root, timeout):
    manifest = [json.loads(line) for line in open(os.path.join(root, "manifest.jsonl"))]
    expected = [json.loads(line) for line in open(os.path.join(root, "expected.jsonl"))]
    possible_file = os.path.join(root, "possible.jsonl")
    possible = [json.loads(line) for line in open(possible_file)] if os.path.exists(possible_file) else []
    results = os.path.join(root, "results")
    totals = dict(inputs=0, malformed=0, good_files=0, good_docs=0, runs=0, crashes=0, hangs=0, stack_traces=0,
                  unclear=0, unaccounted=0, lost=0, leaks=0, peak_rss_mb=0, wall_s=0.0, cpu_s=0.0)
    problems = []
    kinds = sorted({m[1] for m in manifest})
    for kind in kinds:
        rows = [m for m in manifest if m[1] == kind]
        for command in ("ingest", "extract"):
            tag = f"{kind}.{command}"
            exit_file = os.path.join(results, tag + ".exit")
            if not os.path.exists(exit_file):
                continue
            totals["runs"] += 1
            code, wall = open(exit_file).read().split()
            totals["wall_s"] += float(wall)
            timing = open(os.path.join(results, tag + ".time"), errors="replace").read() \
                if os.path.exists(os.path.join(results, tag + ".time")) else ""
            rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing)
            user = re.search(r"User time \(seconds\): ([\d.]+)", timing)
            system = re.search(r"System time \(seconds\): ([\d.]+)", timing)
            if rss:
                totals["peak_rss_mb"] = max(totals["peak_rss_mb"], int(rss.group(1)) // 1024)
            if user and system:
                totals["cpu_s"] += float(user.group(1)) + float(system.group(1))
            stderr = open(os.path.join(results, tag + ".stderr"), errors="replace").read()
            if code == "hang":
                totals["hangs"] += 1
                problems.append(f"{tag}: still running after {timeout} s")
                continue
            exit_code = int(code)
            fatal = [l for l in stderr.splitlines() if l.startswith("newsfuse: ") and not l.startswith("newsfuse: building")]
            if exit_code > 125 or exit_code < 0 or fatal or "Command terminated by signal" in timing:
                totals["crashes"] += 1
                problems.append(f"{tag}: crashed (exit {exit_code}) {fatal[:1]}")
            named = set()
            for line in stderr.splitlines():
                if TRACE.match(line):
                    totals["stack_traces"] += 1
                    continue
                m = CLEAR_LINE.match(line)
                if m:
                    named.add(m.group(2))
                    if m.group(1) == "rejected" and UNCLEAR_REASON.search(m.group(3)):
                        totals["unclear"] += 1
                        problems.append(f"{tag}: unclear: {line[:200]}")
                    continue
                if any(b.match(line) for b in BENIGN) or line.startswith("WARNING:") or "lucene" in line:
                    continue
                if line.startswith("newsfuse: "):
                    continue  # counted as a crash above
                totals["unclear"] += 1
                problems.append(f"{tag}: unexpected line: {line[:200]}")
            stored = stored_sources(results, tag, command)
            text = stored_text(results, tag, command)
            if SECRET in text or "root:x:0:0" in text:
                totals["leaks"] += 1
                problems.append(f"{tag}: a file named by an external entity or an outside link was read")
            for rel, _, expect, note in rows:
                path = os.path.join(root, rel)
                shown = printable(path)
                if expect == "skip":
                    continue
                was_named = any(n == shown or n.startswith(shown + "#") or n.startswith(shown + ":")
                                for n in named) or shown in named
                was_stored = any(src == path or src.startswith(path + "#") for src in stored) or \
                    any(e[1] == rel and e[2] in stored for e in expected + possible)
                if expect == "bad" and not was_named:
                    totals["unaccounted"] += 1
                    problems.append(f"{tag}: {rel} ({note}) was not named by any rejection")
                elif expect == "any" and not (was_named or was_stored):
                    totals["unaccounted"] += 1
                    problems.append(f"{tag}: {rel} ({note}) was neither stored nor rejected")
            for k, rel, source in expected:
                if k != kind:
                    continue
                if command == "ingest" or True:
                    if source not in stored:
                        totals["lost"] += 1
                        problems.append(f"{tag}: good document {source} (from {rel}) was not stored")
    totals["inputs"] = len(manifest)
    totals["malformed"] = sum(1 for m in manifest if m[2] in ("bad", "any") and not m[3].startswith("good"))
    totals["good_files"] = sum(1 for m in manifest if m[2] == "good")
    totals["good_docs"] = len(expected)
    for p in problems:
        print(p)
    print("figures: " + ", ".join(f"{k} {v if not isinstance(v, float) else round(v, 1)}" for k, v in totals.items()))
    bad = sum(totals[k] for k in ("crashes", "hangs", "stack_traces", "unclear", "unaccounted", "lost", "leaks"))
    return 1 if bad else 0


def stored_sources(results, tag, command):
    if command == "ingest":
        db = os.path.join(results, tag + ".store", "newsfuse.db")
        if not os.path.exists(db):
            return set()
        with sqlite3.connect(db) as c:
            return {r[0] for r in c.execute("SELECT source FROM articles")}
    out = os.path.join(results, tag + ".jsonl")
    if not os.path.exists(out):
        return set()
    sources = set()
    for line in open(out, errors="replace"):
        try:
            sources.add(json.loads(line)["source"])
        except ValueError:
            pass  # the last line of a run killed for hanging may be cut short
    return sources


def stored_text(results, tag, command):
    if command == "ingest":
        db = os.path.join(results, tag + ".store", "newsfuse.db")
        if not os.path.exists(db):
            return ""
        with sqlite3.connect(db) as c:
            return "\n".join(r[0] or "" for r in c.execute("SELECT text FROM articles"))
    out = os.path.join(results, tag + ".jsonl")
    return open(out, errors="replace").read() if os.path.exists(out) else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=["generate", "run", "check", "all"])
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--per-kind", type=int, default=95)
    ap.add_argument("--big-mb", type=int, default=1024, help="size of the very large streamed inputs")
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--kinds", default=",".join(KINDS))
    a = ap.parse_args()
    root = os.path.abspath(a.dir)
    if a.step in ("generate", "all"):
        print(f"seed {a.seed}")
        generate(root, a.seed, a.per_kind, a.big_mb)
    if a.step in ("run", "all"):
        run(root, a.timeout, a.heap, a.kinds.split(","))
    if a.step in ("check", "all"):
        sys.exit(check(root, a.timeout))


if __name__ == "__main__":
    main()
