#!/usr/bin/env python3
"""Print gazetteer rows whose name or alternate names match: python3 lookup.py NAME [ADMIN1] ..."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import check_blind_gold as cbg

def find(rows, name, a1=None):
    out = []
    for gid, r in rows.items():
        if r[6] != "P":
            continue
        names = {r[1], r[2]} | set(r[3].split(","))
        if name in names and (a1 is None or r[10] == a1):
            out.append(r)
    return out

if __name__ == "__main__":
    rows, a2 = cbg.load_gazetteer()
    for q in sys.argv[1:]:
        n, _, a1 = q.partition(":")
        for r in find(rows, n, a1 or None):
            print(q, r[0], r[1], r[4], r[5], r[8] + "." + r[10], a2.get(r[8] + "." + r[10] + "." + r[11]), r[14])
