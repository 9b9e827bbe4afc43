#!/usr/bin/env python3
"""Cuts article files into short articles of about --size bytes, for the end-to-end benchmark.

Reads every .txt article under SOURCE (header block of `key: value` lines, a blank line, the body;
or a body alone), cuts each body at paragraph breaks into pieces of about --size bytes, and writes
--count article files into OUT, taking the pieces in turn (again from the first when there are
fewer). Each file keeps its source's `published` and `language`, gets a unique url, and ends with a
reference line of its own, so that no two files have the same text (the store deduplicates by text).
The source texts are read at run time and the output is written to a temporary directory: nothing
of them is copied into the project.

  cut_articles.py SOURCE OUT [--count 4000] [--size 2048]
"""

import argparse
import os
import sys

HEADER_KEYS = {"url", "title", "source", "published", "language"}


def split_article(text):
    """(header dict, body) of one article file."""
    lines = text.split("\n")
    header = {}
    for i, line in enumerate(lines):
        if line.strip() == "":
            if header:
                return header, "\n".join(lines[i + 1:])
            break
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in HEADER_KEYS:
            break
        header[key.strip().lower()] = value.strip()
    return {}, text


def pieces(body, size):
    """Paragraph-aligned pieces of `body`, each about `size` bytes (the last may be shorter)."""
    out, cur = [], []
    length = 0
    for para in body.split("\n\n"):
        para = para.strip()
        if not para:
            continue
        cur.append(para)
        length += len(para.encode("utf-8")) + 2
        if length >= size:
            out.append("\n\n".join(cur))
            cur, length = [], 0
    if cur:
        out.append("\n\n".join(cur))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source")
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=4000)
    ap.add_argument("--size", type=int, default=2048)
    args = ap.parse_args()

    found = []
    for root, _dirs, files in os.walk(args.source):
        for name in files:
            if name.endswith(".txt"):
                found.append(os.path.join(root, name))
    all_pieces = []
    for path in sorted(found):
        with open(path, encoding="utf-8", errors="replace") as f:
            header, body = split_article(f.read())
        for text in pieces(body, args.size):
            all_pieces.append((header, text))
    if not all_pieces:
        sys.exit(f"cut_articles.py: no article text under {args.source}")

    os.makedirs(args.out, exist_ok=True)
    for n in range(args.count):
        header, text = all_pieces[n % len(all_pieces)]
        with open(os.path.join(args.out, f"{n:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"url: https://bench.invalid/article/{n}\n")
            f.write(f"title: Benchmark article {n}\n")
            for key in ("published", "language"):
                if key in header:
                    f.write(f"{key}: {header[key]}\n")
            f.write(f"\n{text}\n\nRef. {n}\n")


if __name__ == "__main__":
    main()
