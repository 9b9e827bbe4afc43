#!/usr/bin/env python3
"""Read the gazetteer rows used by the blind8 gold (GeoNames UA dump, RU border cities500, RU border villages).

As a library: rows() -> {geonameid: columns}, admin2() -> {"UA.07.6304": "Izium Raion"}, place_fields(id).
As a tool:    python3 gazetteer.py NAME[:OBLAST] ...   lists populated-place rows whose name, ascii name or any
              alternate name equals NAME (case-insensitive), with oblast, raion and coordinates.
Rows are read by bench/check_blind_gold.py (root: $CLAIMTRACK_GEONAMES_RAW or ../shared/geodata-raw).
"""
import functools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_blind_gold as cbg  # noqa: E402


@functools.lru_cache(maxsize=1)
def _gazetteer():
    return cbg.load_gazetteer()


def rows():
    return _gazetteer()[0]


def admin2():
    return _gazetteer()[1]


def oblast_of(r):
    return cbg.oblast_of(r)


def raion_of(r):
    return cbg.raion_of(r, admin2())


def place_fields(gid):
    return cbg.place_fields(gid, rows(), admin2())


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
