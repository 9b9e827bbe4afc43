#!/usr/bin/env python3
"""Runs `claimtrack extract --json` on the generalisation set (tests/data/extract/generalisation)
and compares the claims (place, change, by_side) and area figures with NNN.expect.json.

Expectation file: {"claims": [{"place", "change", "by_side", "optional"?}], "areas": [{"value", "unit"}],
"other_areas"?: [{"value", "unit"}]} (figures that are not territory: in other_areas, not in areas).
A place matches the output's place name, local name or surface (case-insensitive). Negated claims and
region-only claims are not compared. An optional claim counts neither as a miss nor, when found, as a
false positive. Prints per-file misses and extras; fails when recall or precision is below the threshold.
All texts go through one `extract --jsonl` process (the batch path users run, and one start-up instead of
one per text: under AddressSanitizer the start-up dominates); each output line is matched to its text by
`article.file`, and a text with no line counts as failed with the extractor's messages.

usage: check_generalisation.py CLAIMTRACK_BIN DATA_DIR [--min-recall R] [--min-precision P] [--verbose]
"""
import argparse
import json
import pathlib
import subprocess
import sys


def norm(s):
    return (s or "").strip().lower().replace("’", "'")


def names_of(claim):
    p = claim.get("place") or {}
    return {norm(p.get("name")), norm(p.get("name_local")), norm(claim.get("surface"))} - {""}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("data")
    ap.add_argument("--min-recall", type=float, default=0.8)
    ap.add_argument("--min-precision", type=float, default=0.8)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()

    tp = fn = fp = 0
    area_tp = area_n = 0
    texts = [t for t in sorted(pathlib.Path(a.data).glob("*.txt")) if t.with_suffix(".expect.json").exists()]
    if not texts:
        print(f"FAIL: no expected claims found under {a.data}")
        return 1
    run = subprocess.run([a.bin, "extract", "--jsonl", *map(str, texts)], capture_output=True, text=True)
    outputs = {}
    for line in run.stdout.splitlines():
        doc = json.loads(line)
        outputs[doc["article"]["file"]] = doc
    for txt in texts:
        expect = json.loads(txt.with_suffix(".expect.json").read_text(encoding="utf-8"))
        out = outputs.get(str(txt))
        if out is None:
            print(f"{txt.name}: extractor failed (exit {run.returncode}): {run.stderr.strip()}")
            fn += sum(1 for c in expect.get("claims", []) if not c.get("optional"))
            continue
        got = [c for c in out.get("claims", []) if c.get("place") and not c.get("negated")]
        used = set()
        lines = []

        def find(e):
            for i, c in enumerate(got):
                if i in used:
                    continue
                if norm(e["place"]) in names_of(c) and c.get("change") == e["change"] and c.get("by_side") == e["by_side"]:
                    return i
            return None

        # Required expectations first, so an optional one never takes their match.
        for e in sorted(expect.get("claims", []), key=lambda e: bool(e.get("optional"))):
            i = find(e)
            if i is not None:
                used.add(i)
                if not e.get("optional"):
                    tp += 1
            elif not e.get("optional"):
                fn += 1
                lines.append(f"  miss  {e['place']} {e['change']} {e['by_side']}")
        for i, c in enumerate(got):
            if i in used:
                continue
            fp += 1
            p = c["place"]
            lines.append(f"  extra {p.get('name')} ({c.get('surface')}) {c.get('change')} {c.get('by_side')}"
                         f"  verb={c.get('verb')!r}")
        for e in expect.get("areas", []):
            area_n += 1
            ok = any(x.get("unit") == e["unit"] and abs(float(x.get("value", -1)) - e["value"]) <= 0.02 * e["value"]
                     for x in out.get("areas", []))
            area_tp += ok
            if not ok:
                lines.append(f"  miss  area {e['value']} {e['unit']}")
        # Figures that are not territory: expected in other_areas, and not among the areas.
        for e in expect.get("other_areas", []):
            area_n += 1
            def same(x):
                return x.get("unit") == e["unit"] and abs(float(x.get("value", -1)) - e["value"]) <= 0.02 * e["value"]
            ok = any(same(x) for x in out.get("other_areas", [])) and not any(same(x) for x in out.get("areas", []))
            area_tp += ok
            if not ok:
                lines.append(f"  miss  other area {e['value']} {e['unit']}")
        if lines:
            print(txt.name)
            print("\n".join(lines))
        elif a.verbose:
            print(f"{txt.name}: ok")

    if tp + fn == 0:
        print(f"FAIL: no expected claims found under {a.data}")
        return 1
    recall = tp / (tp + fn) if tp + fn else 1.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    print(f"claims: {tp} found, {fn} missed, {fp} extra | recall {recall:.3f} precision {precision:.3f}"
          f" | areas {area_tp}/{area_n}")
    if recall < a.min_recall or precision < a.min_precision:
        print(f"FAIL: below recall {a.min_recall} / precision {a.min_precision}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
