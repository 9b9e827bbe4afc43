#!/usr/bin/env python3
"""Writes bench/blind10/NNN.txt and NNN.json from the specs in specs_en.py, specs_ru.py, specs_uk.py.
Place rows are read by geonameid with bench/check_blind_gold.py (lat, lon, oblast, raion, country);
a claim's evidence is the whole sentence of the body that contains the snippet given in the spec.
Usage: python3 bench/blind10/gen.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import check_blind_gold as cbg  # noqa: E402

ROWS, A2 = cbg.load_gazetteer()
UK_LETTERS = set("іїєґІЇЄҐ")
# District of each hand-built Russian border row (ru-border-villages, ids 990000001-022), from PROVENANCE.md.
RU_DISTRICT = {**{i: "Sudzhansky" for i in range(1, 9)}, 9: "Korenevsky", 10: "Korenevsky", 11: "Glushkovsky",
               12: "Glushkovsky", 13: "Glushkovsky", 14: "Belovsky", 15: "Bolshesoldatsky", 16: "Grayvoronsky",
               17: "Grayvoronsky", 18: "Shebekinsky", 19: "Grayvoronsky", 20: "Krasnoyaruzhsky", 21: "Belgorodsky",
               22: "Belgorodsky"}


def P(surface, gid=None, var=(), uk=None, en=None, kind=None, oblast=None, raion=None, country="UA", ru=None, note=None):
    return dict(surface=surface, gid=gid, var=list(var), uk=uk, en=en, kind=kind, oblast=oblast, raion=raion,
                country=country, ru=ru, note=note)


def C(place, change, side, claimant, ev, on=None, verb=None, bg=False, date=None, unc=False, note=None, other=()):
    return dict(place=place, change=change, side=side, claimant=claimant, ev=ev, on=on, verb=verb, bg=bg, date=date,
                unc=unc, note=note, other=list(other))


def A(surface, value, unit="km2", qualifier="exact", region=None, side=None, claimant=None, vmax=None):
    return dict(surface=surface, value=value, unit=unit, qualifier=qualifier, region=region, by_side=side,
                claimant=claimant, value_max=vmax)


def D(surface, typ, km=None, kmax=None, place=None, frm=None, qualifier="exact", place_gid=None, unchecked=False):
    return dict(surface=surface, type=typ, min_km=km, max_km=kmax, place=place, frm=frm, qualifier=qualifier,
                place_gid=place_gid, unchecked=unchecked)


def O(surface, place, frm):
    return dict(surface=surface, place=place, frm=frm)


ABBREV = {"обл", "г", "ул", "кв", "тыс", "тис", "с", "P", "S"}


def boundaries(body):
    """Offsets where a sentence starts: after . ! ? (and a closing quote) followed by white space, and after a
    line break; a full stop after an abbreviation (обл., г., ...) is not a boundary."""
    out = {0}
    for m in re.finditer(r"[.!?…][\"»”)]?(?=\s)", body):
        word = re.search(r"(\w+)\W*$", body[:m.start() + 1])
        if body[m.start()] == "." and word and word.group(1) in ABBREV:
            continue
        k = m.end()
        while k < len(body) and body[k] in " \t":
            k += 1
        out.add(k)
    for m in re.finditer(r"\n+", body):
        out.add(m.end())
    return sorted(out)


def sentence(body, snippet, stem):
    i = body.find(snippet)
    if i < 0:
        raise SystemExit(f"{stem}: evidence snippet not in body: {snippet!r}")
    b = boundaries(body)
    a = max(x for x in b if x <= i)
    later = [x for x in b if x > i + len(snippet.rstrip(".!?»\"")) - 1 and x > i]
    e = min(later) if later else len(body)
    return body[a:e].strip()


def uk_name(r):
    cyr = [x for x in r[3].split(",") if re.search("[а-яА-ЯіїєґІЇЄҐ]", x)]
    for x in cyr:
        if UK_LETTERS & set(x):
            return x
    return cyr[0] if cyr else None


def place_json(p):
    out = dict(surface=p["surface"], variants=p["var"])
    gid = p["gid"]
    if gid:
        r = ROWS[gid]
        ob = cbg.OBLAST.get(r[8] + "." + r[10])
        ra = A2.get(r[8] + "." + r[10] + "." + r[11]) if r[8] == "UA" else p["raion"]
        if gid >= 990000000 and not ra:
            ra = RU_DISTRICT[gid - 990000000]
        if ra and ra.endswith(" Raion"):
            ra = ra[:-6]
        pop = int(r[14] or 0)
        kind = p["kind"] or ("city" if pop >= 10000 or r[7] in ("PPLA", "PPLA2", "PPLC") else "settlement")
        out.update(name_uk=p["uk"] or uk_name(r), name_en_official=p["en"] or r[1], kind=kind, oblast=ob, raion=ra,
                   country=r[8], lat=float(r[4]), lon=float(r[5]), geonameid=gid, coord_source="geonames" if gid < 990000000 else "ru-border-villages")
    else:
        out.update(name_uk=p["uk"], name_en_official=p["en"], kind=p["kind"] or "settlement", oblast=p["oblast"],
                   raion=p["raion"], country=p["country"], lat=None, lon=None)
    if p["ru"]:
        out["name_ru"] = p["ru"]
    if p["note"]:
        out["note"] = p["note"]
    return out


def build(t):
    stem, body = t["n"], t["body"].strip("\n")
    txt = (f"published: {t['pub']}\nlanguage: {t['lang']}\nsource: {t['source']}\nurl: {t['url']}\n\n{body}\n")
    with open(os.path.join(HERE, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    claims = []
    for c in t.get("claims", []):
        o = dict(place=c["place"], change=c["change"], by_side=c["side"], claimant=c["claimant"],
                 claimed_on=c["on"] or t["pub"], event_date=c["date"], evidence=sentence(body, c["ev"], stem))
        if c["verb"]:
            o["verb"] = c["verb"]
        if c["bg"]:
            o["background"] = True
        if c["unc"]:
            o["uncertain"] = True
        if c["note"]:
            o["note"] = c["note"]
        if c["other"]:
            o["other_evidence"] = [dict(claimant=cl, claimed_on=t["pub"], evidence=sentence(body, s, stem))
                                   for cl, s in c["other"]]
        claims.append(o)

    def area(a):
        return {k: v for k, v in a.items() if v is not None}

    def dist(d):
        o = dict(surface=d["surface"], type=d["type"], min_km=d["min_km"], max_km=d["max_km"], qualifier=d["qualifier"])
        if d["place"]:
            o["place"], o["from"] = d["place"], d["frm"]
        if d["unchecked"]:
            o["unchecked"] = True
        if d["place_gid"]:
            o["place_geonameid"] = d["place_gid"]
        return o
    g = {"article": stem, "published": t["pub"], "language": t["lang"],
         "places": [place_json(p) for p in t["places"]], "claims": claims,
         "areas": [area(a) for a in t.get("areas", [])], "other_areas": [area(a) for a in t.get("other_areas", [])],
         "distances": [dist(d) for d in t.get("distances", [])],
         "offsets": [dict(surface=o["surface"], place=o["place"], **{"from": o["frm"]}) for o in t.get("offsets", [])]}
    if t.get("note"):
        g["note"] = t["note"]
    with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    import importlib
    n = 0
    for mod in ("specs_en", "specs_ru", "specs_uk"):
        if os.path.exists(os.path.join(HERE, mod + ".py")):
            for t in importlib.import_module(mod).TEXTS:
                build(t)
                n += 1
    print(f"wrote {n} texts")
