#!/usr/bin/env python3
"""Generate NNN.txt and NNN.json of blind11 from the specs in specs_en.py, specs_ru.py, specs_uk.py.
Gazetteer rows are read with bench/check_blind_gold.py's reader; a place key is a geonameid, "Name:ADMIN1[:raion
substring]" (must match one populated row), a tuple (kind, oblast, country) for regions, or None (unresolved).
Claim evidence is given as a fragment and expanded to the whole sentence of the body that holds it.
Usage: python3 bench/blind11/make_gold.py"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import check_blind_gold as cbg  # noqa: E402
from lookup import find  # noqa: E402

ROWS, A2 = cbg.load_gazetteer()


def row_for(key):
    if isinstance(key, int):
        return ROWS[key]
    parts = key.split(":")
    cands = find(ROWS, parts[0], parts[1] if len(parts) > 1 else None)
    if len(parts) > 2:
        cands = [r for r in cands if parts[2].lower() in (A2.get(r[8] + "." + r[10] + "." + r[11]) or "").lower()]
    if len(cands) != 1:
        raise SystemExit(f"key {key!r}: {len(cands)} rows: " + "; ".join(f"{r[0]} {r[1]} {A2.get(r[8]+'.'+r[10]+'.'+r[11])}" for r in cands[:8]))
    return cands[0]


def sentence(body, frag, stem):
    i = body.find(frag)
    if i < 0:
        raise SystemExit(f"{stem}: evidence fragment not in body: {frag!r}")
    s = i
    while s > 0 and not (body[s - 1] == "\n" or (body[s - 2:s] in (". ", "! ", "? ") if s >= 2 else False)):
        s -= 1
    e = i + len(frag)
    while e < len(body) and body[e] != "\n" and not (body[e] in ".!?" and (e + 1 == len(body) or body[e + 1] in " \n\"»”")):
        e += 1
    if e < len(body) and body[e] in ".!?":
        e += 1
    return body[s:e].strip()


def place(p):
    surface, variants, key, kind = p[:4]
    extra = p[4] if len(p) > 4 else {}
    d = {"surface": surface, "variants": variants, "name_uk": extra.get("name_uk"), "name_en_official": None,
         "kind": kind, "oblast": None, "raion": None, "country": None, "lat": None, "lon": None}
    if isinstance(key, tuple):
        d["oblast"], d["country"] = key[1], key[2]
        d["name_en_official"] = extra.get("en")
    elif key is not None:
        r = row_for(key)
        d.update(geonameid=int(r[0]), lat=float(r[4]), lon=float(r[5]), country=r[8], name_en_official=r[1],
                 oblast=cbg.OBLAST.get(r[8] + "." + r[10]), coord_source="geonames")
        if r[8] == "UA":
            n = A2.get(r[8] + "." + r[10] + "." + r[11])
            d["raion"] = n[:-6] if n and n.endswith(" Raion") else n
    else:
        d["oblast"] = extra.get("oblast")
        d["country"] = extra.get("country", "UA" if kind in ("settlement", "city") else None)
        d["name_en_official"] = extra.get("en")
    for k in ("note", "name_ru"):
        if k in extra:
            d[k] = extra[k]
    return d


def build(t, lang):
    stem = f"{t['n']:03d}"
    body = t["body"].strip("\n")
    head = f"published: {t['pub']}\nlanguage: {lang}\nsource: {t['src']}\nurl: {t['url']}\n"
    with open(os.path.join(HERE, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(head + "\n" + body + "\n")
    claims = []
    for c in t.get("claims", []):
        place_, change, side, claimant, frag = c[:5]
        extra = dict(c[5]) if len(c) > 5 else {}
        d = {"place": place_, "change": change, "by_side": side, "claimant": claimant,
             "claimed_on": extra.pop("claimed_on", t["pub"]), "event_date": extra.pop("event_date", None),
             "evidence": sentence(body, frag, stem)}
        if "other" in extra:
            d["other_evidence"] = [{"claimant": claimant, "evidence": sentence(body, o, stem)} for o in extra.pop("other")]
        d.update(extra)
        claims.append(d)
    areas = [dict(surface=a[0], value=a[1], unit=a[2], qualifier=a[3], **(a[4] if len(a) > 4 else {})) for a in t.get("areas", [])]
    oareas = [dict(surface=a[0], value=a[1], unit=a[2], qualifier=a[3], **(a[4] if len(a) > 4 else {})) for a in t.get("other_areas", [])]
    dists = []
    for x in t.get("dist", []):
        d = {"surface": x[0], "type": x[1], "min_km": x[2], "max_km": x[3], "qualifier": "about"}
        if len(x) > 4 and x[4]:
            d["from"], d["place"] = x[4], x[5]
        dists.append(d)
    offsets = [{"surface": o[0], "place": o[1], "from": o[2]} for o in t.get("offsets", [])]
    g = {"article": stem, "language": lang, "published": t["pub"], "places": [place(p) for p in t["places"]],
         "claims": claims, "areas": areas, "other_areas": oareas, "distances": dists}
    if offsets:
        g["offsets"] = offsets
    with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    import importlib
    for lang in ("en", "ru", "uk"):
        try:
            mod = importlib.import_module("specs_" + lang)
        except ModuleNotFoundError:
            continue
        for t in mod.TEXTS:
            build(t, lang)
