#!/usr/bin/env python3
"""Oversized inputs for the memory benchmark (bench/memory_bench.sh), from the
project-written sentence templates of gen_articles.py (no corpus text).

  gen_large.py article OUT.txt MB        one plain-text article of about MB megabytes
  gen_large.py jsonl-line OUT.jsonl MB   one JSON Lines file holding one article of about MB megabytes
  gen_large.py jsonl-lines OUT.jsonl LINES  a JSON Lines file of LINES short articles (one paragraph each)
  gen_large.py entity-feed OUT.rss REFS  a ~100 KB RSS feed declaring one large internal entity
                                         and referencing it REFS times (flat entity expansion)
"""

import datetime
import json
import random
import sys

import gen_articles as g


def paragraphs(rng, mb):
    """Paragraphs of claim sentences and filler, about `mb` megabytes in all."""
    target = mb * 1_000_000
    size = 0
    while size < target:
        weekday = rng.choice(g.WEEKDAYS)
        sentences = g.claim_sentences(rng, rng.choice(g.PLACES), weekday)
        # News prose: more context than claims (three filler sentences per claim paragraph).
        for _ in range(3):
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(g.FILLER))
        p = " ".join(sentences)
        size += len(p) + 2
        yield p


def main():
    kind, out, amount = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(13)
    if kind == "article":
        with open(out, "w", encoding="utf-8") as f:
            f.write("url: https://example.org/claimtrack/large\ntitle: A very long report\npublished: 2024-05-15\n\n")
            for p in paragraphs(rng, amount):
                f.write(p + "\n\n")
    elif kind == "jsonl-line":
        text = "\n\n".join(paragraphs(rng, amount))
        with open(out, "w", encoding="utf-8") as f:
            f.write(json.dumps({"url": "https://example.org/claimtrack/large-line", "title": "A very long line",
                                "published": "2024-05-15", "text": text}) + "\n")
    elif kind == "jsonl-lines":
        with open(out, "w", encoding="utf-8") as f:
            for i, p in enumerate(paragraphs(rng, 10**9)):
                if i == amount:
                    break
                f.write(json.dumps({"url": "https://example.org/claimtrack/line/%d" % i, "title": "Line %d" % i,
                                    "published": "2024-05-%02d" % (1 + i % 28), "text": p}) + "\n")
    elif kind == "entity-feed":
        blob = ("The defence ministry said its forces had advanced. " * 2000)[:100_000 - 2000]
        items = "".join("<item><title>Report %d</title><description>&big;</description></item>" % i
                        for i in range(amount))
        with open(out, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY big "%s">]>\n'
                    '<rss version="2.0"><channel><title>t</title>%s</channel></rss>\n' % (blob, items))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
