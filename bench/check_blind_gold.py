#!/usr/bin/env python3
"""Check the gold files of a blind evaluation set (bench/blindN) against their texts and the gazetteer rows.

Usage: python3 bench/check_blind_gold.py [--stats] [--body MIN-MAX] DIR
Each set's own check_gold.py calls this with its folder and the body length its author set (characters).
--stats also prints counts per language (texts, places, scored places, claims by change and side, areas,
other_areas, distances).
Gazetteer: $CLAIMTRACK_GEONAMES_RAW, else ../shared/geodata-raw beside the checkout (UA.txt, admin codes, RU border files).
Prints one line per problem and exits 1 if there is any.
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The shared data beside the checkout (../shared/geodata-raw), unless the variable names another copy.
RAW = os.environ.get("CLAIMTRACK_GEONAMES_RAW", os.path.join(HERE, "..", "..", "shared", "geodata-raw"))
OBLAST = {"UA.05": "Donetsk", "UA.07": "Kharkiv", "UA.26": "Zaporizhzhia", "UA.08": "Kherson", "UA.21": "Sumy",
          "UA.14": "Luhansk", "UA.04": "Dnipropetrovsk", "UA.16": "Mykolaiv", "UA.13": "Kyiv", "UA.12": "Kyiv City",
          "UA.02": "Chernihiv", "UA.11": "Crimea", "UA.18": "Poltava", "RU.41": "Kursk", "RU.09": "Belgorod",
          "RU.10": "Bryansk"}
CHANGES = {"captured", "liberated", "withdrawn", "advanced_near", "contested"}
KINDS = {"city", "settlement", "oblast", "region", "country", "river", "other"}
COMPASS = {"north": 0, "north-east": 45, "east": 90, "south-east": 135, "south": 180, "south-west": 225,
           "west": 270, "north-west": 315}
COMPASS_RU_UK = {"севернее": 0, "северо-восточнее": 45, "восточнее": 90, "юго-восточнее": 135, "южнее": 180,
                 "юго-западнее": 225, "западнее": 270, "северо-западнее": 315,
                 "к северу": 0, "к северо-востоку": 45, "к востоку": 90, "к юго-востоку": 135, "к югу": 180,
                 "к юго-западу": 225, "к западу": 270, "к северо-западу": 315,
                 "на північ": 0, "на північний схід": 45, "на схід": 90, "на південний схід": 135, "на південь": 180,
                 "на південний захід": 225, "на захід": 270, "на північний захід": 315}


def load_gazetteer():
    """(rows, a2): every row of the UA dump and the RU border files by geonameid, and admin2 code -> name."""
    a2 = {}
    with open(os.path.join(RAW, "geonames-ua/admin2Codes.UA-RU.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            a2[c[0]] = c[2]
    rows = {}
    for rel in ("geonames-ua/UA.txt", "geonames-ru-border/cities500.RU-Belgorod-Bryansk-Kursk.txt",
                "ru-border-villages/ru-border-villages.txt"):
        with open(os.path.join(RAW, rel), encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                rows[int(c[0])] = c
    return rows, a2


def oblast_of(r):
    """The gold's oblast name of a row (None outside the oblasts the sets use)."""
    return OBLAST.get(r[8] + "." + r[10])


def raion_of(r, a2):
    """The gold's raion of a Ukrainian row: its admin2 name without " Raion" (None in Russia)."""
    if r[8] != "UA":
        return None
    name = a2.get(r[8] + "." + r[10] + "." + r[11])
    return name[:-6] if name and name.endswith(" Raion") else name


def place_fields(gid, rows, a2):
    """The fields a gold place copies from its row: oblast, raion, country, geonameid, lat, lon."""
    r = rows[gid]
    return {"oblast": oblast_of(r), "raion": raion_of(r, a2), "country": r[8], "geonameid": gid,
            "lat": float(r[4]), "lon": float(r[5])}


def find_populated(name, rows):
    """Rows of populated places whose name, ASCII name or any alternate name equals name (case-insensitive)."""
    n = name.lower()
    return [gid for gid, r in rows.items()
            if r[6] == "P" and n in ({r[1].lower(), r[2].lower()} | {a.lower() for a in r[3].split(",") if a})]


def km_bearing(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    d = 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
    br = math.degrees(math.atan2(math.sin(lo2 - lo1) * math.cos(la2),
                                 math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(lo2 - lo1)))
    return d, br % 360


def check_file(d, stem, rows, a2, problems, body_len=(600, 2000)):
    def bad(msg):
        problems.append(f"{stem}: {msg}")
    with open(os.path.join(d, stem + ".txt"), encoding="utf-8") as f:
        raw = f.read()
    head, sep, body = raw.partition("\n\n")
    if not sep:
        bad("no blank line after the header")
    hdr = dict(l.split(": ", 1) for l in head.splitlines() if ": " in l)
    for l in head.splitlines():
        if not re.match(r"^(published|language|source|url|title): ", l):
            bad(f"odd header line {l!r}")
    if "url" in hdr and ".example." not in hdr["url"]:
        bad("url is not an *.example.* domain")
    n = len(body.strip())
    if not body_len[0] <= n <= body_len[1]:
        bad(f"body has {n} characters")
    with open(os.path.join(d, stem + ".json"), encoding="utf-8") as f:
        g = json.load(f)
    if g.get("language") != hdr.get("language"):
        bad("language differs from the header")
    if g.get("published") != hdr.get("published"):
        bad("published differs from the header")

    def inbody(s, what):
        if not s or s not in body:
            bad(f"{what} {s!r} not found verbatim in the text")

    keys = {}
    for i, p in enumerate(g.get("places", [])):
        inbody(p.get("surface"), "place surface")
        for v in p.get("variants", []) or []:
            inbody(v, "variant")
        if p.get("kind") not in KINDS:
            bad(f"place {p.get('surface')!r} has kind {p.get('kind')!r}")
        for k in ("surface", "name_uk", "name_en_official"):
            if p.get(k):
                keys.setdefault(p[k], []).append(i)
        gid = p.get("geonameid")
        if p.get("lat") is not None and not gid:
            bad(f"place {p['surface']!r} has coordinates but no geonameid")
        if gid:
            r = rows.get(gid)
            if not r:
                bad(f"geonameid {gid} not in the gazetteer")
                continue
            if abs(float(r[4]) - p["lat"]) > 1e-6 or abs(float(r[5]) - p["lon"]) > 1e-6:
                bad(f"{p['surface']!r}: coordinates differ from row {gid}")
            ob = oblast_of(r)
            if ob != p.get("oblast"):
                bad(f"{p['surface']!r}: oblast {p.get('oblast')!r}, row says {ob!r}")
            if r[8] == "UA":
                name = raion_of(r, a2)
                if name != p.get("raion"):
                    bad(f"{p['surface']!r}: raion {p.get('raion')!r}, row says {name!r}")
            if p.get("country") != r[8]:
                bad(f"{p['surface']!r}: country {p.get('country')!r}, row says {r[8]!r}")
            if r[6] != "P":
                bad(f"{p['surface']!r}: row {gid} is not a populated place")
    places = g.get("places", [])
    for c in g.get("claims", []):
        idx = keys.get(c.get("place"))
        if not idx:
            bad(f"claim place {c.get('place')!r} names no place of the file")
        if c.get("change") not in CHANGES:
            bad(f"claim on {c.get('place')!r} has change {c.get('change')!r}")
        if c.get("by_side") not in ("UA", "RU"):
            bad(f"claim on {c.get('place')!r} has side {c.get('by_side')!r}")
        inbody(c.get("evidence"), "evidence")
        for o in c.get("other_evidence", []) or []:
            inbody(o.get("evidence"), "other evidence")
        if not c.get("claimant"):
            bad(f"claim on {c.get('place')!r} has no claimant")
    seen = set()
    for c in g.get("claims", []):
        key = (c.get("place"), c.get("by_side"), c.get("change"))
        if key in seen:
            bad(f"duplicate claim {key}")
        seen.add(key)
    for k in ("areas", "other_areas"):
        for a in g.get(k, []):
            inbody(a.get("surface"), k[:-1])
            if not isinstance(a.get("value"), (int, float)):
                bad(f"{k} item {a.get('surface')!r} has no numeric value")
    by_surface = {}
    for p in places:
        for kk in ("surface", "name_en_official", "name_uk"):
            if p.get(kk):
                by_surface[p[kk]] = p
    words = sorted(list(COMPASS.items()) + list(COMPASS_RU_UK.items()), key=lambda kv: -len(kv[0]))
    for x in g.get("distances", []) + g.get("offsets", []):
        is_offset = x in g.get("offsets", [])
        inbody(x.get("surface"), "offset" if is_offset else "distance")
        if not is_offset and x.get("type") not in ("advance", "offset", "other"):
            bad(f"distance {x.get('surface')!r} has type {x.get('type')!r}")
        compass = any(w in (x.get("surface") or "") for w, _ in words)
        if compass and not (x.get("from") and x.get("place")) and not x.get("unchecked"):
            bad(f"{x.get('surface')!r} states a direction but names no endpoints to check")
        if x.get("from") and x.get("place"):
            a, b = by_surface.get(x["from"]), by_surface.get(x["place"])
            if x.get("place_geonameid"):  # a namesake that shares its name with another place of the file
                b = next((p for p in places if p.get("geonameid") == x["place_geonameid"]), None)
            if not a or not b or a.get("lat") is None or b.get("lat") is None:
                bad(f"distance {x['surface']!r}: endpoints not settled places")
                continue
            dist, br = km_bearing((a["lat"], a["lon"]), (b["lat"], b["lon"]))
            lo, hi = x.get("min_km") or 0, x.get("max_km") or x.get("min_km") or 0
            tol = max(3.0, 0.25 * hi)
            if not is_offset and not (lo - tol <= dist <= hi + tol):
                bad(f"distance {x['surface']!r}: stated {lo}-{hi} km, rows are {dist:.1f} km apart")
            for w, deg in words:
                if w in x["surface"]:
                    diff = abs((br - deg + 180) % 360 - 180)
                    if diff > 45:
                        bad(f"distance {x['surface']!r}: bearing is {br:.0f} deg, text says {w}")
                    break
    return g


def stats(golds):
    from collections import Counter
    langs = sorted({g["language"] for g in golds})
    for lang in langs + ["all"]:
        gs = [g for g in golds if lang in ("all", g["language"])]
        places = [p for g in gs for p in g["places"]]
        scored = [p for p in places if p.get("kind") in ("settlement", "city") and p.get("lat") is not None]
        claims = [c for g in gs for c in g["claims"]]
        n_scored_claims = 0
        for g in gs:
            key = {}
            for k in ("surface", "name_uk", "name_en_official"):
                for p in g["places"]:
                    if p.get(k):
                        key[p[k]] = p
            n_scored_claims += sum(1 for c in g["claims"] if key.get(c["place"], {}).get("kind") in ("settlement", "city")
                                   and key[c["place"]].get("lat") is not None)
        by = Counter(f"{c['by_side']} {c['change']}" for c in claims)
        print(f"{lang}: texts {len(gs)}, texts without claims {sum(1 for g in gs if not g['claims'])}, "
              f"places {len(places)} (scored {len(scored)}, unresolved settlements "
              f"{sum(1 for p in places if p.get('kind') in ('settlement', 'city') and p.get('lat') is None)}), "
              f"claims {len(claims)} (scored {n_scored_claims}, background {sum(1 for c in claims if c.get('background'))}), "
              f"areas {sum(len(g['areas']) for g in gs)}, other_areas {sum(len(g['other_areas']) for g in gs)}, "
              f"distances {sum(len(g['distances']) for g in gs)}, checked offsets {sum(len(g.get('offsets', [])) for g in gs)}")
        print("   claims: " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())))


def main(d=None, body_len=(600, 2000)):
    argv = sys.argv[1:]
    if "--body" in argv:
        i = argv.index("--body")
        lo, hi = argv[i + 1].split("-")
        body_len = (int(lo), int(hi))
        del argv[i:i + 2]
    args = [a for a in argv if a != "--stats"]
    if d is None:
        if not args:
            print(__doc__)
            return 2
        d = args[0]
    rows, a2 = load_gazetteer()
    problems, golds = [], []
    stems = sorted(f[:-4] for f in os.listdir(d) if f.endswith(".txt"))
    for stem in stems:
        if not os.path.exists(os.path.join(d, stem + ".json")):
            problems.append(f"{stem}: no gold file")
            continue
        golds.append(check_file(d, stem, rows, a2, problems, body_len))
    if "--stats" in sys.argv[1:]:
        stats(golds)
    for p in problems:
        print(p)
    print(f"checked {len(stems)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
