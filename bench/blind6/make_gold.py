#!/usr/bin/env python3
"""Write the gold NNN.json files of bench/blind6 from the specs in gold_specs.py.

Each place names its gazetteer row by id (`gid`); coordinates, country, oblast and raion are copied
from that row (see gaz.py). Each claim's `ev` is a fragment of the text: it is widened to the whole
sentence that holds it, so evidence is always verbatim. Run from anywhere:
    python3 bench/blind6/make_gold.py && python3 bench/blind6/check_gold.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gaz  # noqa: E402
from gold_specs import DOCS  # noqa: E402

END = re.compile(r"[.!?…](?=[\s\"”»“]*(\s|$))|\n")


def read_text(stem):
    with open(os.path.join(HERE, stem + ".txt"), encoding="utf-8") as f:
        raw = f.read()
    head, _, body = raw.partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    return meta, body


def sentence(body, frag, stem):
    i = body.find(frag)
    if i < 0:
        sys.exit(f"{stem}: evidence fragment not in text: {frag!r}")
    if body.find(frag, i + 1) >= 0:
        sys.exit(f"{stem}: evidence fragment not unique: {frag!r}")
    start = 0
    for m in END.finditer(body, 0, i):
        start = m.end()
    m = END.search(body, i + len(frag) - 1 if frag[-1] in ".!?…" else i + len(frag))
    end = m.end() if m else len(body)
    # a sentence inside a quotation is widened to the whole quotation and its attribution
    for _ in range(10):
        s = body[start:end]
        if s.count('"') % 2 == 0 and s.count("«") == s.count("»") and s.count("“") == s.count("”"):
            break
        if (s.count("«") < s.count("»") or s.count("“") < s.count("”")
                or (s.count('"') % 2 and body.count('"', 0, start) % 2)):
            nl = body.rfind("\n", 0, start - 1)
            prev = [m.end() for m in END.finditer(body, nl + 1 if nl >= 0 else 0, max(start - 1, 0))]
            start = prev[-1] if prev else (nl + 1 if nl >= 0 else 0)
        else:
            m = END.search(body, end)
            if not m:
                end = len(body)
                break
            end = m.end()
    return body[start:end].strip()


def build(stem, spec):
    meta, body = read_text(stem)
    ids = [p["gid"] for p in spec["places"] if p.get("gid")]
    rows = gaz.load(ids)
    places = []
    for p in spec["places"]:
        p = dict(p)
        gid = p.pop("gid", None)
        out = {"surface": p.pop("surface"), "variants": p.pop("variants", []), "name_uk": p.pop("uk"),
               "name_en_official": p.pop("en"), "kind": p.pop("kind")}
        if gid:
            r = rows.get(gid)
            if r is None:
                sys.exit(f"{stem}: id {gid} not in the gazetteer")
            out.update(country=r["country"], oblast=r["oblast"], raion=r["raion"], lat=r["lat"], lon=r["lon"])
            if r["file"].startswith("ru-border-villages"):
                out.update(geonameid=None, gazetteer_id=gid, coord_source="ru-border-villages")
            else:
                out.update(geonameid=gid, coord_source="geonames")
        else:
            out.update(country=p.pop("country", "UA"), oblast=p.pop("oblast", None), raion=p.pop("raion", None),
                       lat=None, lon=None, geonameid=None)
        out.update(p)
        places.append(out)
    claims = []
    for c in spec.get("claims", []):
        c = dict(c)
        ev = sentence(body, c.pop("ev"), stem)
        out = {"place": c.pop("place"), "change": c.pop("change"), "by_side": c.pop("side"),
               "claimant": c.pop("claimant"), "claimed_on": c.pop("on"), "event_date": c.pop("event", None),
               "evidence": ev}
        out.update(c)
        claims.append(out)
    gold = {"article": stem, "published": meta["published"], "language": meta["language"],
            "places": places, "claims": claims,
            "areas": spec.get("areas", []), "other_areas": spec.get("other_areas", []),
            "distances": spec.get("distances", [])}
    if spec.get("note"):
        gold["note"] = spec["note"]
    with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    only = set(sys.argv[1:])
    for stem, spec in sorted(DOCS.items()):
        if not only or stem in only:
            build(stem, spec)
    print(f"wrote {len(only) or len(DOCS)} gold files")


if __name__ == "__main__":
    main()
