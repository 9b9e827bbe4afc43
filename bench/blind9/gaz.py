#!/usr/bin/env python3
"""Gazetteer reader for blind9: look rows up by id or by name (any alternate name).

Usage: python3 gaz.py NAME [NAME...]   prints P rows whose name/asciiname/alternate names match exactly.
The rows are read by bench/check_blind_gold.py (raw data: $CLAIMTRACK_GEONAMES_RAW or ../shared/geodata-raw).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_blind_gold as cbg  # noqa: E402

load = cbg.load_gazetteer
fields = cbg.place_fields


def find(name, rows):
    return cbg.find_populated(name, rows)


if __name__ == "__main__":
    rows, a2 = load()
    for nm in sys.argv[1:]:
        found = find(nm, rows)
        for gid in found:
            f = fields(gid, rows, a2)
            print(f"{nm}\t{gid}\t{rows[gid][1]}\t{f['oblast']}\t{f['raion']}\t{f['lat']:.4f},{f['lon']:.4f}\t{rows[gid][7]}")
        if not found:
            print(f"{nm}\tNOT FOUND")
