#!/usr/bin/env python3
"""Distance to the line of contact of the places a corpus's gold names, against their namesakes.

For each dated article of the corpus and each settlement its gold places give a GeoNames id for, asks
`claimtrack geocode NAME --date PUBLISHED --json` (with an index built with `gazetteer build --front DIR`)
for every place of that name, and reads each candidate's distance to the line of contact on that date from
its reasons. Prints the share of gold places and of their namesakes within a few distances, and the ratio
of the two: the evidence behind the `front` weight of geodata/ranking_weights.tsv.

Usage: scripts/front_prior_stats.py BIN CORPUS_DIR [--max-days-off N]
(CLAIMTRACK_GAZETTEER must name an index built with --front.)
"""
import glob
import json
import os
import re
import subprocess
import sys

KM = re.compile(r"^([0-9.]+) km from the line of contact on (\S+) \((\d+) days? from")


def published(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                return None
            if line.startswith("published:"):
                value = line.split(":", 1)[1].strip()
                return value if re.match(r"^\d{4}-\d{2}-\d{2}$", value) else None
    return None


def candidates(binary, name, date):
    out = subprocess.run([binary, "geocode", name, "--date", date, "--json", "--limit", "200"],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"geocode {name!r} failed: {out.stderr}")
    return json.loads(out.stdout)["candidates"] if out.stdout.strip() else []


def front_km(candidate):
    """(km, days off) from the reasons; km None when beyond the stored range (127 km)."""
    for reason in candidate["reasons"]:
        m = KM.match(reason)
        if m:
            return float(m.group(1)), int(m.group(3))
    return None, None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, corpus = sys.argv[1], sys.argv[2]
    max_off = int(sys.argv[sys.argv.index("--max-days-off") + 1]) if "--max-days-off" in sys.argv else 30
    gold_km, other_km, pairs = [], [], 0
    for text in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
        date = published(text)
        gold_file = text[:-4] + ".json"
        if not date or not os.path.exists(gold_file):
            continue
        with open(gold_file, encoding="utf-8") as f:
            gold = json.load(f)
        for place in gold.get("places", []):
            gid, name = place.get("geonameid"), place.get("name_en_official") or place.get("surface")
            if not gid or place.get("kind") not in ("settlement", "city") or not name:
                continue
            cands = [c for c in candidates(binary, name, date) if c.get("kind") == "settlement" and c.get("match_level", 9) <= 1]
            if not any(c["id"] == gid for c in cands) or len(cands) < 2:
                continue  # no namesake to tell apart, or the gold place is not found under this name
            for c in cands:
                km, off = front_km(c)
                if off is not None and off > max_off:
                    break
                (gold_km if c["id"] == gid else other_km).append(km)
            else:
                pairs += 1
    def share(values, limit):
        return sum(1 for v in values if v is not None and v <= limit) / max(1, len(values))
    print(f"names with namesakes: {pairs}; gold places {len(gold_km)}, namesakes {len(other_km)} "
          f"(texts dated within {max_off} days of a snapshot)")
    for limit in (5, 10, 20, 40, 80):
        g, o = share(gold_km, limit), share(other_km, limit)
        ratio = f"{g / o:.1f}" if o > 0 else "inf"
        print(f"within {limit:3d} km of the line: gold {g:6.1%}  namesakes {o:6.1%}  ratio {ratio}")


if __name__ == "__main__":
    main()
