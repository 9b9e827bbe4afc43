#!/usr/bin/env python3
"""Gazetteer reader for blind9: look rows up by id or by name (any alternate name).

Usage: python3 gaz.py NAME [NAME...]   prints P rows whose name/asciiname/alternate names match exactly.
Raw data: $CLAIMTRACK_GEONAMES_RAW or /work/shared/geodata-raw.
"""
import os, sys

RAW = os.environ.get("CLAIMTRACK_GEONAMES_RAW", "/work/shared/geodata-raw")
FILES = ("geonames-ua/UA.txt", "geonames-ru-border/cities500.RU-Belgorod-Bryansk-Kursk.txt",
         "ru-border-villages/ru-border-villages.txt")
OBLAST = {"UA.05": "Donetsk", "UA.07": "Kharkiv", "UA.26": "Zaporizhzhia", "UA.08": "Kherson", "UA.21": "Sumy",
          "UA.14": "Luhansk", "UA.04": "Dnipropetrovsk", "UA.16": "Mykolaiv", "UA.13": "Kyiv", "UA.12": "Kyiv City",
          "UA.02": "Chernihiv", "UA.11": "Crimea", "UA.18": "Poltava", "RU.41": "Kursk", "RU.09": "Belgorod",
          "RU.10": "Bryansk"}


def load():
    a2 = {}
    with open(os.path.join(RAW, "geonames-ua/admin2Codes.UA-RU.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            a2[c[0]] = c[2]
    rows = {}
    for rel in FILES:
        with open(os.path.join(RAW, rel), encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                rows[int(c[0])] = c
    return rows, a2


def fields(gid, rows, a2):
    """The gold fields copied from row gid: lat, lon, oblast, raion, country."""
    r = rows[gid]
    raion = None
    if r[8] == "UA":
        raion = a2.get(f"UA.{r[10]}.{r[11]}")
        if raion and raion.endswith(" Raion"):
            raion = raion[:-6]
    return {"oblast": OBLAST.get(f"{r[8]}.{r[10]}"), "raion": raion, "country": r[8],
            "geonameid": gid, "lat": float(r[4]), "lon": float(r[5])}


def find(name, rows):
    n = name.lower()
    out = []
    for gid, r in rows.items():
        if r[6] != "P":
            continue
        names = {r[1].lower(), r[2].lower()} | {x.lower() for x in r[3].split(",") if x}
        if n in names:
            out.append(gid)
    return out


if __name__ == "__main__":
    rows, a2 = load()
    for nm in sys.argv[1:]:
        for gid in find(nm, rows):
            f = fields(gid, rows, a2)
            print(f"{nm}\t{gid}\t{rows[gid][1]}\t{f['oblast']}\t{f['raion']}\t{f['lat']:.4f},{f['lon']:.4f}\t{rows[gid][7]}")
        if not find(nm, rows):
            print(f"{nm}\tNOT FOUND")
