#!/usr/bin/env python3
"""Generate blind9 NNN.txt and NNN.json from the specs in specs_en.py, specs_ru.py, specs_uk.py.

Usage: python3 gen_gold.py    (writes into this folder; then run check_gold.py --stats)
Place rows are chosen by geonameid, or by (name, oblast, raion) when that is unique; gold fields (lat, lon,
oblast, raion, country) are copied from the row. A claim's evidence may be given as a unique fragment: it is
widened to the whole sentence of the body that contains it.
"""
import json, os, re, sys
import gaz

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS, A2 = gaz.load()
TEXTS = []


def P(surface, en, uk, kind, gid=None, variants=(), oblast=None, country="UA", q=None, ru=None, note=None):
    return dict(surface=surface, en=en, uk=uk, kind=kind, gid=gid, variants=list(variants), oblast=oblast,
                country=country, q=q, ru=ru, note=note)


def C(place, change, side, claimant, on, ev, verb=None, uncertain=False, background=False, event_date=None,
      note=None, other=()):
    return dict(place=place, change=change, by_side=side, claimant=claimant, claimed_on=on, ev=ev, verb=verb,
                uncertain=uncertain, background=background, event_date=event_date, note=note, other=list(other))


def A(surface, value, unit, qualifier, side=None, claimant=None, region=None, period=None, note=None, value_max=None):
    d = dict(surface=surface, value=value, unit=unit, qualifier=qualifier, by_side=side, claimant=claimant,
             region=region)
    if period: d["period"] = period
    if note: d["note"] = note
    if value_max is not None: d["value_max"] = value_max
    return d


def D(surface, typ, mn, mx=None, qualifier="exact", frm=None, place=None):
    d = dict(surface=surface, type=typ, min_km=mn, max_km=mx if mx is not None else mn, qualifier=qualifier)
    if frm: d["from"], d["place"] = frm, place
    return d


def O(surface, place, frm):
    return dict(surface=surface, place=place, **{"from": frm})


def T(num, published, lang, source, url, body, places=(), claims=(), areas=(), other_areas=(), distances=(),
      offsets=(), note=None):
    TEXTS.append(dict(num=num, published=published, lang=lang, source=source, url=url, body=body.strip("\n"),
                      places=places, claims=claims, areas=areas, other_areas=other_areas, distances=distances,
                      offsets=offsets, note=note))


def resolve(p):
    if p["gid"]:
        return p["gid"]
    if not p["q"]:
        return None
    name, ob, ra = (list(p["q"]) + [None, None])[:3]
    cands = [g for g in gaz.find(name, ROWS)
             if gaz.fields(g, ROWS, A2)["oblast"] == ob and (ra is None or gaz.fields(g, ROWS, A2)["raion"] == ra)]
    if len(cands) != 1:
        sys.exit(f"{p['surface']}: {len(cands)} rows for {p['q']}: {cands}")
    return cands[0]


def sentence(body, frag, num):
    i = body.find(frag)
    if i < 0 or body.find(frag, i + 1) >= 0 and len(frag) < 25:
        sys.exit(f"{num}: evidence fragment {frag!r} not found once")
    starts = [m.end() for m in re.finditer(r"[.!?][»\"”]?\s+|\n", body[:i])]
    s = starts[-1] if starts else 0
    m = re.compile(r"[.!?](?=[»\"”]?(\s|$))|\n").search(body, i + len(frag))
    e = m.end() if m else len(body)
    if m and body[m.start()] == "\n":
        e = m.start()
    while e < len(body) and body[e] in "»\"”":
        e += 1
    return body[s:e].strip()


def build(t):
    places = []
    for p in t["places"]:
        gid = resolve(p)
        d = {"surface": p["surface"], "variants": p["variants"], "name_uk": p["uk"], "name_en_official": p["en"],
             "kind": p["kind"]}
        if p["ru"]: d["name_ru"] = p["ru"]
        if gid:
            f = gaz.fields(gid, ROWS, A2)
            d.update(oblast=f["oblast"], raion=f["raion"], country=f["country"], lat=f["lat"], lon=f["lon"],
                     geonameid=gid)
        else:
            d.update(oblast=p["oblast"], raion=None, country=p["country"], lat=None, lon=None)
        if p["note"]: d["note"] = p["note"]
        places.append(d)
    claims = []
    for c in t["claims"]:
        d = {"place": c["place"], "change": c["change"], "by_side": c["by_side"], "claimant": c["claimant"],
             "claimed_on": c["claimed_on"], "event_date": c["event_date"],
             "evidence": sentence(t["body"], c["ev"], t["num"])}
        if c["verb"]: d["verb"] = c["verb"]
        if c["uncertain"]: d["uncertain"] = True
        if c["background"]: d["background"] = True
        if c["note"]: d["note"] = c["note"]
        if c["other"]:
            d["other_evidence"] = [{"claimant": o[0], "claimed_on": o[1], "evidence": sentence(t["body"], o[2], t["num"])}
                                   for o in c["other"]]
        claims.append(d)
    g = {"article": t["num"], "language": t["lang"], "published": t["published"], "places": places,
         "claims": claims, "areas": list(t["areas"]), "other_areas": list(t["other_areas"]),
         "distances": list(t["distances"])}
    if t["offsets"]: g["offsets"] = list(t["offsets"])
    if t["note"]: g["note"] = t["note"]
    return g


def main():
    import gen_gold as G  # the specs register their texts in this module's TEXTS
    import specs_en, specs_ru, specs_uk  # noqa: F401
    for t in G.TEXTS:
        with open(os.path.join(HERE, t["num"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(f"published: {t['published']}\nlanguage: {t['lang']}\nsource: {t['source']}\nurl: {t['url']}\n\n")
            f.write(t["body"] + "\n")
        with open(os.path.join(HERE, t["num"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(build(t), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(G.TEXTS)} texts")


if __name__ == "__main__":
    main()
