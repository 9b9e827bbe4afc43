#!/usr/bin/env python3
"""Consistency checker for the blind5 gold (bench/blind5/NNN.json against NNN.txt and the gazetteer rows).

Usage: python3 check_gold.py [--geodata DIR]   (DIR defaults to $CLAIMTRACK_GEODATA_RAW or /work/shared/geodata-raw)
Checks: header keys and body length; every place surface/variant, claim evidence, area, other_area and distance
surface occurs verbatim in the body; every claim names a place of the same file; places with a geonameid carry that
row's coordinates, oblast (admin1) and raion (admin2); settlements/cities without an id have no coordinates; stated
offsets (place, reference, direction) agree with the two rows' coordinates. Prints every problem; exit 1 if any.
"""
import argparse, glob, json, math, os, re, sys

CHANGES = {"liberated", "captured", "withdrawn", "advanced_near", "contested"}
COARSE = {"captured": "gain", "liberated": "gain", "withdrawn": "loss", "advanced_near": "contested",
          "contested": "contested"}
KINDS = {"city", "settlement", "oblast", "region", "country", "river", "other"}
DIRS = {"N": 0, "NE": 45, "E": 90, "SE": 135, "S": 180, "SW": 225, "W": 270, "NW": 315}
RENAME = {"Kharkivs'ka Oblast'": "Kharkiv", "Odessa": "Odesa", "Kiev": "Kyiv", "Kyiv City": "Kyiv",
          "Sevastopol City": "Sevastopol"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def bearing(frm, to):
    la1, lo1, la2, lo2 = map(math.radians, (frm[0], frm[1], to[0], to[1]))
    y = math.sin(lo2 - lo1) * math.cos(la2)
    x = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(lo2 - lo1)
    return (math.degrees(math.atan2(y, x)) + 360) % 360


def load_gazetteer(root):
    a1, a2, rows = {}, {}, {}
    for line in open(os.path.join(root, "geonames-ua/admin1CodesASCII.UA-RU.txt"), encoding="utf-8"):
        code, _, ascii_name, _ = line.rstrip("\n").split("\t")
        a1[code] = RENAME.get(ascii_name, ascii_name)
    for line in open(os.path.join(root, "geonames-ua/admin2Codes.UA-RU.txt"), encoding="utf-8"):
        code, _, ascii_name, _ = line.rstrip("\n").split("\t")
        a2[code] = ascii_name.replace(" Raion", "").replace(" District", "")
    for path in ("geonames-ua/UA.txt", "geonames-ru-border/cities500.RU-Belgorod-Bryansk-Kursk.txt",
                 "ru-border-villages/ru-border-villages.txt"):
        for line in open(os.path.join(root, path), encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            cc = f[8]
            rows[int(f[0])] = {"lat": float(f[4]), "lon": float(f[5]), "country": cc,
                               "oblast": a1.get(f"{cc}.{f[10]}", f[10]),
                               "raion": a2.get(f"{cc}.{f[10]}.{f[11]}"), "class": f[6]}
    return rows


def read_article(path):
    header, body, in_body = {}, [], False
    for line in open(path, encoding="utf-8"):
        if in_body:
            body.append(line)
        elif not line.strip():
            in_body = True
        else:
            k, _, v = line.partition(":")
            header[k.strip()] = v.strip()
    return header, "".join(body).strip()


def check(stem, gold, header, body, rows):
    errs = []
    e = errs.append
    for k in ("published", "language"):
        if k not in header:
            e(f"header lacks {k}")
    for k in ("url", "source"):
        if k == "url" and k in header and ".example." not in header[k]:
            e("url is not an *.example.* domain")
    if not 600 <= len(body) <= 1500:
        e(f"body has {len(body)} characters (600-1,500 wanted)")
    if gold.get("article") != stem:
        e("article field does not match the file name")
    if gold.get("published") != header.get("published") or gold.get("language") != header.get("language"):
        e("published/language differ from the header")
    names, by_name, ids = set(), {}, set()
    for p in gold.get("places", []):
        s = p.get("surface")
        for v in [s] + p.get("variants", []):
            if not v or v not in body:
                e(f"place surface/variant {v!r} not in the text")
        if p.get("kind") not in KINDS:
            e(f"place {s!r}: bad kind {p.get('kind')!r}")
        for k in ("surface", "name_uk", "name_en_official"):
            if p.get(k):
                names.add(p[k]); by_name[p[k]] = p
        gid = p.get("geonameid")
        if gid is not None:
            if gid in ids:
                e(f"place {s!r}: geonameid {gid} listed twice")
            ids.add(gid)
            r = rows.get(gid)
            if r is None:
                e(f"place {s!r}: geonameid {gid} not in the gazetteer")
                continue
            if abs(r["lat"] - p.get("lat", 999)) > 1e-6 or abs(r["lon"] - p.get("lon", 999)) > 1e-6:
                e(f"place {s!r}: coordinates differ from row {gid}")
            if p.get("oblast") != r["oblast"] or p.get("raion") != r["raion"] or p.get("country") != r["country"]:
                e(f"place {s!r}: oblast/raion/country {p.get('oblast')}/{p.get('raion')}/{p.get('country')} "
                  f"differ from row {gid} ({r['oblast']}/{r['raion']}/{r['country']})")
            if p.get("kind") in ("city", "settlement") and r["class"] != "P":
                e(f"place {s!r}: row {gid} is not a populated place")
        elif p.get("lat") is not None or p.get("lon") is not None:
            e(f"place {s!r}: coordinates without a geonameid")
    for c in gold.get("claims", []):
        if c.get("place") not in names:
            e(f"claim place {c.get('place')!r} is not a place of this file")
        if c.get("change") not in CHANGES:
            e(f"claim {c.get('place')!r}: bad change {c.get('change')!r}")
        if c.get("by_side") not in ("UA", "RU"):
            e(f"claim {c.get('place')!r}: bad side {c.get('by_side')!r}")
        if not c.get("evidence") or c["evidence"] not in body:
            e(f"claim {c.get('place')!r}: evidence not verbatim in the text")
        for k in ("claimed_on", "event_date"):
            if c.get(k) is not None and not DATE.match(c[k]):
                e(f"claim {c.get('place')!r}: bad {k} {c[k]!r}")
        if c.get("claimed_on") and c["claimed_on"] > header.get("published", "9999"):
            e(f"claim {c.get('place')!r}: claimed after publication")
    seen = set()
    for c in gold.get("claims", []):
        # the scorer pairs claims one-to-one by (place, side, coarse change): two gold claims with the same key
        # would need two identical predictions, so the gold keeps one
        p = by_name.get(c.get("place")) or {}
        key = (p.get("geonameid") or c.get("place"), c.get("by_side"), COARSE.get(c.get("change")))
        if key in seen:
            e(f"two claims with the same place, side and coarse change {key}")
        seen.add(key)
    for key in ("areas", "other_areas", "distances"):
        for a in gold.get(key, []):
            if not a.get("surface") or a["surface"] not in body:
                e(f"{key} surface {a.get('surface')!r} not in the text")
    for a in gold.get("areas", []) + gold.get("other_areas", []):
        if not isinstance(a.get("value"), (int, float)):
            e(f"area {a.get('surface')!r}: value missing")
    for d in gold.get("distances", []):
        if d.get("type") not in ("advance", "offset", "other"):
            e(f"distance {d.get('surface')!r}: bad type")
        if d.get("type") == "offset" and d.get("place") and d.get("reference"):
            p, q = by_name.get(d["place"]), by_name.get(d["reference"])
            if not p or not q or p.get("lat") is None or q.get("lat") is None:
                e(f"offset {d['surface']!r}: place or reference without coordinates")
                continue
            a, b = (p["lat"], p["lon"]), (q["lat"], q["lon"])
            dist = km(a, b)
            lo, hi = d["min_km"], d["max_km"]
            if not (lo * 0.8 - 2 <= dist <= hi * 1.2 + 2):
                e(f"offset {d['surface']!r}: rows are {dist:.1f} km apart")
            if d.get("direction"):
                diff = abs((bearing(b, a) - DIRS[d["direction"]] + 180) % 360 - 180)
                if diff > 45:
                    e(f"offset {d['surface']!r}: bearing {bearing(b, a):.0f} deg, text says {d['direction']}")
    return errs


def print_counts(here):
    from collections import Counter, defaultdict
    per = defaultdict(Counter)
    for path in sorted(glob.glob(os.path.join(here, "[0-9][0-9][0-9].json"))):
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        c = per[g.get("language", "en")]
        c["texts"] += 1
        c["places"] += len(g["places"])
        scored = {id(p) for p in g["places"] if p["kind"] in ("settlement", "city") and p.get("lat") is not None}
        c["scored places"] += len(scored)
        names = {}
        for p in g["places"]:
            for k in ("surface", "name_uk", "name_en_official"):
                if p.get(k):
                    names[p[k]] = p
        for cl in g["claims"]:
            c["claims"] += 1
            c[f"claims {cl['change']} {cl['by_side']}"] += 1
            if id(names[cl["place"]]) in scored:
                c["scored claims"] += 1
            if cl.get("background"):
                c["background claims"] += 1
        c["areas"] += len(g["areas"]); c["other_areas"] += len(g["other_areas"])
        c["distances"] += len(g["distances"])
        if not g["claims"]:
            c["texts without claims"] += 1
    keys = sorted({k for c in per.values() for k in c}, key=lambda k: (not k.startswith("texts"), k))
    langs = sorted(per)
    print("| | " + " | ".join(langs) + " | all |")
    print("|---|" + "---|" * (len(langs) + 1))
    for k in keys:
        vals = [per[l][k] for l in langs]
        print(f"| {k} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--geodata", default=os.environ.get("CLAIMTRACK_GEODATA_RAW", "/work/shared/geodata-raw"))
    ap.add_argument("--counts", action="store_true", help="also print per-language counts (for README.md)")
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    rows = load_gazetteer(args.geodata)
    total, files = 0, 0
    for path in sorted(glob.glob(os.path.join(here, "[0-9][0-9][0-9].json"))):
        stem = os.path.basename(path)[:-5]
        files += 1
        art = os.path.join(here, stem + ".txt")
        if not os.path.exists(art):
            print(f"{stem}: no article"); total += 1; continue
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        header, body = read_article(art)
        for msg in check(stem, gold, header, body, rows):
            print(f"{stem}: {msg}"); total += 1
    print(f"checked {files} files, {total} problems")
    if args.counts:
        print_counts(here)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
