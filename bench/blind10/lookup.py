#!/usr/bin/env python3
"""Authoring aid: list gazetteer rows (feature class P) whose name or alternate names match.
Usage: python3 lookup.py NAME[/OBLAST] ...   e.g. Robotyne/Zaporizhzhia  Андріївка/Sumy"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_blind_gold as cbg

rows, a2 = cbg.load_gazetteer()
if sys.argv[1:2] == ["--d"]:
    a = rows[int(sys.argv[2])]
    for x in sys.argv[3:]:
        b = rows[int(x)]
        d, br = cbg.km_bearing((float(a[4]), float(a[5])), (float(b[4]), float(b[5])))
        print(f"{b[1]} is {d:.1f} km at {br:.0f} deg from {a[1]}")
    sys.exit(0)
for arg in sys.argv[1:]:
    name, _, ob = arg.partition("/")
    n = name.lower()
    for gid, r in rows.items():
        if r[6] != "P":
            continue
        names = [r[1].lower(), r[2].lower()] + [x.lower() for x in r[3].split(",")]
        if n not in names:
            continue
        o = cbg.OBLAST.get(r[8] + "." + r[10])
        if ob and o != ob:
            continue
        print(f"{arg}\t{gid}\t{r[1]}\t{r[4]}\t{r[5]}\t{o}\t{a2.get(r[8]+'.'+r[10]+'.'+r[11])}\t{r[7]}\tpop {r[14]}")
# (also) python3 lookup.py --d FROM_ID TO_ID ... : distance and bearing from the first row to each other row
