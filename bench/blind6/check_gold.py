#!/usr/bin/env python3
"""Check the blind6 gold files against their texts and the gazetteer; print counts per language.

Checks: header and body length of every NNN.txt; every place surface and variant, claim evidence and
area / other-area / distance surface occurs verbatim in the body; every claim names a place of the same
file; the change, side and date fields use the corpus vocabulary; ids, coordinates, oblast and raion
equal the gazetteer row; every stated offset between two places with coordinates agrees with the rows
(distance within max(3 km, 25 %), compass direction within 45 degrees).
Usage: python3 bench/blind6/check_gold.py [--stats]
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gaz  # noqa: E402

CHANGES = {"liberated", "captured", "withdrawn", "advanced_near", "contested"}
KINDS = {"city", "settlement", "oblast", "region", "country", "river", "other"}
DIRS = {"N": 0, "NE": 45, "E": 90, "SE": 135, "S": 180, "SW": 225, "W": 270, "NW": 315}
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
HEADER_KEYS = {"published", "language", "source", "url", "title"}


def word_pos(body, form):
    """Position of the first whole-word occurrence of form, or -1."""
    m = re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", body)
    return m.start() if m else -1


def check_offset(err, d, a, b):
    """Stated offset of place a from reference b against the rows' coordinates."""
    if a.get("lat") is None or b.get("lat") is None:
        return
    dist = gaz.km((b["lat"], b["lon"]), (a["lat"], a["lon"]))
    lo, hi = d.get("min_km") or d["max_km"], d["max_km"]
    slack = max(3.0, 0.25 * hi)
    if not lo - slack <= dist <= hi + slack:
        err(f"offset {d['surface']!r}: {a['name_en_official']} is {dist:.1f} km from {b['name_en_official']}")
    if d.get("direction"):
        brg = gaz.bearing((b["lat"], b["lon"]), (a["lat"], a["lon"]))
        diff = abs((brg - DIRS[d["direction"]] + 180) % 360 - 180)
        if diff > 45:
            err(f"offset {d['surface']!r}: bearing {brg:.0f} is not {d['direction']}")


def main():
    errors, stats = [], {}
    stems = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9].txt")))
    golds = {}
    for stem in list(stems):
        if not os.path.exists(os.path.join(HERE, stem + ".json")):
            errors.append(f"{stem}: no gold file")
            stems.remove(stem)
            continue
        with open(os.path.join(HERE, stem + ".json"), encoding="utf-8") as f:
            golds[stem] = json.load(f)
    ids = [p.get("geonameid") or p.get("gazetteer_id") for g in golds.values() for p in g["places"]]
    rows = gaz.load([i for i in ids if i])

    for stem in stems:
        def err(msg):
            errors.append(f"{stem}: {msg}")
        with open(os.path.join(HERE, stem + ".txt"), encoding="utf-8") as f:
            raw = f.read()
        head, sep, body = raw.partition("\n\n")
        meta = {}
        for line in head.splitlines():
            k, s, v = line.partition(": ")
            if not s or k not in HEADER_KEYS:
                err(f"bad header line {line!r}")
            meta[k] = v
        if not DATE.match(meta.get("published", "")) or meta.get("language") not in ("en", "ru", "uk"):
            err("header needs published: YYYY-MM-DD and language: en|ru|uk")
        if "url" in meta and ".example." not in meta["url"]:
            err("url must use an .example. domain")
        n = len(body.strip())
        if not 600 <= n <= 1500:
            err(f"body has {n} characters (600-1,500 wanted)")
        g = golds[stem]
        if g.get("published") != meta.get("published") or g.get("language") != meta.get("language"):
            err("published/language differ between text and gold")
        names = {}
        for p in g["places"]:
            for form in [p["surface"]] + p.get("variants", []):
                if word_pos(body, form) < 0:
                    err(f"place form {form!r} not in text as a whole word")
            first = word_pos(body, p["surface"])
            for form in p.get("variants", []):
                if 0 <= word_pos(body, form) < first:
                    err(f"surface {p['surface']!r} is not the first form (variant {form!r} comes earlier)")
            if p["kind"] not in KINDS:
                err(f"kind {p['kind']!r}")
            for k in ("surface", "name_uk", "name_en_official"):
                names[p[k]] = p
            gid = p.get("geonameid") or p.get("gazetteer_id")
            if gid:
                r = rows.get(gid)
                if not r:
                    err(f"{p['surface']}: id {gid} not in the gazetteer")
                    continue
                for k in ("lat", "lon", "oblast", "raion", "country"):
                    if p.get(k) != r[k]:
                        err(f"{p['surface']}: {k} {p.get(k)!r} != gazetteer {r[k]!r}")
                if p["kind"] in ("city", "settlement") and not r["fclass"].startswith("P."):
                    err(f"{p['surface']}: row {gid} is not a populated place")
            elif p.get("lat") is not None or p.get("lon") is not None:
                err(f"{p['surface']}: coordinates without an id")
        for c in g["claims"]:
            if c["place"] not in names:
                err(f"claim place {c['place']!r} is not a place of this file")
            if c["change"] not in CHANGES or c["by_side"] not in ("UA", "RU"):
                err(f"claim {c['place']}: change/side {c['change']}/{c['by_side']}")
            if c["evidence"] not in body:
                err(f"claim {c['place']}: evidence not verbatim")
            for o in c.get("other_evidence", []):
                if o["evidence"] not in body:
                    err(f"claim {c['place']}: other evidence not verbatim")
            for k in ("claimed_on", "event_date"):
                if c.get(k) is not None and not DATE.match(c[k]):
                    err(f"claim {c['place']}: {k} {c[k]!r}")
            if c.get("claimed_on") and c["claimed_on"] > meta.get("published", ""):
                err(f"claim {c['place']}: claimed after publication")
        for key in ("areas", "other_areas", "distances"):
            for a in g.get(key, []):
                if a["surface"] not in body:
                    err(f"{key} surface {a['surface']!r} not in text")
        for d in g.get("distances", []):
            if d["type"] != "offset" or d.get("reference") not in names or d.get("max_km") is None:
                continue
            for pl in d.get("places") or [d.get("place")]:
                if pl not in names:
                    err(f"offset {d['surface']!r}: place {pl!r} is not a place of this file")
                    continue
                check_offset(err, d, names[pl], names[d["reference"]])
        s = stats.setdefault(meta.get("language"), {"texts": 0, "places": 0, "scored places": 0, "claims": 0,
                                                  "scored claims": 0, "areas": 0, "other_areas": 0, "distances": 0, "by change/side": {}})
        s["texts"] += 1
        s["places"] += len(g["places"])
        s["scored places"] += sum(1 for p in g["places"] if p["kind"] in ("city", "settlement") and p.get("lat") is not None)
        s["claims"] += len(g["claims"])
        scored = {p["name_en_official"] for p in g["places"] if p["kind"] in ("city", "settlement") and p.get("lat") is not None}
        s["scored claims"] += sum(1 for c in g["claims"] if c["place"] in scored)
        for c in g["claims"]:
            k = f"{c['change']}/{c['by_side']}"
            s["by change/side"][k] = s["by change/side"].get(k, 0) + 1
        for key in ("areas", "other_areas", "distances"):
            s[key] += len(g.get(key, []))
    for e in errors:
        print(e)
    if "--stats" in sys.argv:
        for lang in ("en", "ru", "uk"):
            if lang in stats:
                s = stats[lang]
                cs = ", ".join(f"{k} {v}" for k, v in sorted(s.pop("by change/side").items()))
                print(lang, json.dumps(s), "|", cs)
    print(f"{len(stems)} files, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
