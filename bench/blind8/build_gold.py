#!/usr/bin/env python3
"""Generate the blind8 gold files (NNN.json) from the hand-written specs in specs_en/ru/uk.py.

Usage: python3 bench/blind8/build_gold.py
Coordinates, oblast, raion and country of every place with a geonameid are copied from the gazetteer row
(gazetteer.py); everything else (surfaces, claims, areas, distances) is written by hand in the specs.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gazetteer  # noqa: E402


def P(surface, kind, gid=None, uk=None, en=None, variants=(), oblast=None, raion=None, country=None, ru=None,
      note=None, uncertain=False):
    """A place. With gid the gazetteer row fills oblast, raion, country, lat and lon."""
    d = {"surface": surface}
    if variants:
        d["variants"] = list(variants)
    d["name_uk"] = uk
    d["name_en_official"] = en
    if ru:
        d["name_ru"] = ru
    d["kind"] = kind
    if gid:
        f = gazetteer.place_fields(gid)
        d.update(oblast=f["oblast"], raion=f["raion"], country=f["country"], geonameid=gid, lat=f["lat"], lon=f["lon"])
        if en is None:
            d["name_en_official"] = gazetteer.rows()[gid][1]
    else:
        d.update(oblast=oblast, raion=raion, country=country, lat=None, lon=None)
    if note:
        d["note"] = note
    if uncertain:
        d["uncertain"] = True
    return d


def C(place, change, side, claimant, claimed_on, evidence, event_date=None, background=False, uncertain=False,
      verb=None, note=None, other=()):
    d = {"place": place, "change": change, "by_side": side, "claimant": claimant, "claimed_on": claimed_on,
         "event_date": event_date, "evidence": evidence}
    if background:
        d["background"] = True
    if uncertain:
        d["uncertain"] = True
    if verb:
        d["verb"] = verb
    if note:
        d["note"] = note
    if other:
        d["other_evidence"] = [{"evidence": e} for e in other]
    return d


def A(surface, value, unit="km2", qualifier="exact", value_max=None, by_side=None, region=None, note=None):
    d = {"surface": surface, "value": value, "unit": unit, "qualifier": qualifier}
    if value_max is not None:
        d["value_max"] = value_max
    if by_side:
        d["by_side"] = by_side
    if region:
        d["region"] = region
    if note:
        d["note"] = note
    return d


def D(surface, type_, min_km, max_km=None, qualifier="exact", frm=None, place=None, place_geonameid=None,
      note=None):
    d = {"surface": surface, "type": type_, "min_km": min_km, "max_km": max_km, "qualifier": qualifier}
    if frm:
        d["from"], d["place"] = frm, place
    if place_geonameid:
        d["place_geonameid"] = place_geonameid
    if note:
        d["note"] = note
    return d


def O(surface, place, frm):
    """An offset without a figure ("west of X"); only the checker reads these."""
    return {"surface": surface, "place": place, "from": frm}


def header(stem):
    with open(os.path.join(HERE, stem + ".txt"), encoding="utf-8") as f:
        head = f.read().partition("\n\n")[0]
    return dict(l.split(": ", 1) for l in head.splitlines())


def main():
    import specs_en, specs_ru, specs_uk
    specs = {}
    for m in (specs_en, specs_ru, specs_uk):
        specs.update(m.SPECS)
    for stem, s in sorted(specs.items()):
        h = header(stem)
        g = {"article": stem, "language": h["language"], "published": h["published"]}
        if s.get("note"):
            g["note"] = s["note"]
        g["places"] = s.get("places", [])
        g["claims"] = s.get("claims", [])
        g["areas"] = s.get("areas", [])
        g["other_areas"] = s.get("other_areas", [])
        g["distances"] = s.get("distances", [])
        if s.get("offsets"):
            g["offsets"] = s["offsets"]
        with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(specs)} gold files")


if __name__ == "__main__":
    main()
