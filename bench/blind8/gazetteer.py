#!/usr/bin/env python3
"""Read the gazetteer rows used by the blind8 gold (GeoNames UA dump, RU border cities500, RU border villages).

As a library: rows() -> {geonameid: columns}, admin2() -> {"UA.07.6304": "Izium Raion"}, place_fields(id).
As a tool:    python3 gazetteer.py NAME[:OBLAST] ...   lists populated-place rows whose name, ascii name or any
              alternate name equals NAME (case-insensitive), with oblast, raion and coordinates.
Root: $CLAIMTRACK_GEONAMES_RAW or /work/shared/geodata-raw.
"""
import os, sys

RAW = os.environ.get("CLAIMTRACK_GEONAMES_RAW", "/work/shared/geodata-raw")
FILES = ("geonames-ua/UA.txt", "geonames-ru-border/cities500.RU-Belgorod-Bryansk-Kursk.txt",
         "ru-border-villages/ru-border-villages.txt")
OBLAST = {"UA.05": "Donetsk", "UA.07": "Kharkiv", "UA.26": "Zaporizhzhia", "UA.08": "Kherson", "UA.21": "Sumy",
          "UA.14": "Luhansk", "UA.04": "Dnipropetrovsk", "UA.16": "Mykolaiv", "UA.13": "Kyiv", "UA.12": "Kyiv City",
          "UA.02": "Chernihiv", "UA.11": "Crimea", "UA.18": "Poltava", "RU.41": "Kursk", "RU.09": "Belgorod",
          "RU.10": "Bryansk"}
_rows, _a2 = None, None


def rows():
    global _rows
    if _rows is None:
        _rows = {}
        for rel in FILES:
            with open(os.path.join(RAW, rel), encoding="utf-8") as f:
                for line in f:
                    c = line.rstrip("\n").split("\t")
                    _rows[int(c[0])] = c
    return _rows


def admin2():
    global _a2
    if _a2 is None:
        _a2 = {}
        with open(os.path.join(RAW, "geonames-ua/admin2Codes.UA-RU.txt"), encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                _a2[c[0]] = c[2]
    return _a2


def oblast_of(r):
    return OBLAST.get(r[8] + "." + r[10])


def raion_of(r):
    if r[8] != "UA":
        return None
    n = admin2().get(r[8] + "." + r[10] + "." + r[11])
    return n[:-6] if n and n.endswith(" Raion") else n


def place_fields(gid):
    r = rows()[gid]
    return {"oblast": oblast_of(r), "raion": raion_of(r), "country": r[8], "geonameid": gid,
            "lat": float(r[4]), "lon": float(r[5])}


def lookup(name, oblast=None):
    n = name.lower()
    out = []
    for gid, r in rows().items():
        if r[6] != "P":
            continue
        names = {r[1].lower(), r[2].lower()} | {a.lower() for a in r[3].split(",") if a}
        if n in names and (oblast is None or (oblast_of(r) or "").lower() == oblast.lower()):
            out.append(r)
    return out


if __name__ == "__main__":
    for arg in sys.argv[1:]:
      nm, _, ob = arg.partition(":")
      for r in lookup(nm, ob or None):
        alts = [a for a in r[3].split(",") if any("\u0400" <= ch <= "\u04ff" for ch in a)]
        print(arg, "|", r[0], r[1], oblast_of(r), raion_of(r), r[4], r[5], r[7], ",".join(alts[:4]))
