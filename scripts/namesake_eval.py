#!/usr/bin/env python3
"""Namesake evaluation on READ sets only (issue 11): for each gold place whose name has two or more
gazetteer candidates (the extractor's `candidates` >= 2 at a mention of that surface), is the chosen place
the gold one (same geonameid, or within 5 km)? Prints the accuracy per set and language and a table of the
errors by feature pattern, computed from the gold alone:

  oblast     the chosen place lies in the gold place's oblast (same) or another (other)
  sentence   the other gold places of the name's own sentence are nearer the gold place (gold), nearer the
             chosen one (chosen), or the sentence has none (-)
  text       the same over all other gold places of the text
  town       the chosen place is a town (population >= 10000) or an oblast centre

With --notes N, also N event notes of bench/event_notes.py (seed --seed): per class of village name
(unique in its oblast, namesakes in the oblast), how many were found, went to a namesake in the oblast, or to
another oblast.

  python3 scripts/namesake_eval.py [--sets dev,bench/blind6,bench/blind7,bench/blind8] [--weights T.tsv] [--list]
                                   [--notes 600 --seed 23]

Never give it check, bench/blind5, blind9 or blind10 (gates: summary lines only, by the scorer).
"""

import argparse
import collections
import json
import math
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("CLAIMTRACK_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
GATES = ("check", "blind5", "blind9", "blind10")
NEAR_KM = 5.0


def km(a_lat, a_lon, b_lat, b_lon):
    p = math.pi / 180
    h = math.sin((b_lat - a_lat) * p / 2) ** 2 + math.cos(a_lat * p) * math.cos(b_lat * p) * math.sin((b_lon - a_lon) * p / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def resolve_set(name):
    if name == "dev":
        return os.path.join(SHARED, "corpus", "dev")
    return name if os.path.isabs(name) else os.path.join(ROOT, name)


def sentences(text):
    """Start offsets of the sentences (a stop and a space, or a line break, ends one)."""
    starts = [0]
    for m in re.finditer(r"[.!?]\s+|\n", text):
        starts.append(m.end())
    return starts


def sentence_of(starts, pos):
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid
    return lo


def run(binary, files, weights, gazetteer):
    cmd = [binary, "extract", "--jsonl", "--quiet"]
    if weights:
        cmd += ["--ranking-weights", weights]
    env = dict(os.environ, CLAIMTRACK_GAZETTEER=gazetteer)
    out = subprocess.run(cmd + files, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit(f"extract failed: {out.stderr[:2000]}")
    by_file = {}
    for line in out.stdout.splitlines():
        d = json.loads(line)
        by_file[os.path.abspath(d["article"]["file"])] = d
    return by_file


def evaluate(corpus, preds):
    """Rows, one per gold namesake place found in the predictions."""
    rows = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(corpus, name), encoding="utf-8"))
        txt = os.path.abspath(os.path.join(corpus, gold["article"] + ".txt"))
        if txt not in preds:
            continue
        text = open(txt, encoding="utf-8").read()
        starts = sentences(text)
        places = [p for p in gold.get("places", []) if p.get("lat") is not None and p.get("kind") == "settlement"]
        # Where each gold place is mentioned: the sentences of its surfaces.
        where = []
        for p in places:
            forms = {p["surface"], *p.get("variants", [])}
            sents = {sentence_of(starts, m.start()) for f in forms for m in re.finditer(re.escape(f), text)}
            where.append(sents)
        pred = preds[txt]["places"]
        for k, p in enumerate(places):
            forms = {f.lower() for f in {p["surface"], *p.get("variants", [])}}
            hits = [m for m in pred if m["surface"].lower() in forms and m.get("lat") is not None]
            if not hits or max(h["candidates"] for h in hits) < 2:
                continue
            chosen = hits[0]
            ok = chosen["id"] == p.get("geonameid") or km(chosen["lat"], chosen["lon"], p["lat"], p["lon"]) <= NEAR_KM

            def nearest(lat, lon, others):
                d = [km(lat, lon, o["lat"], o["lon"]) for o in others]
                return min(d) if d else None

            same_sent = [o for j, o in enumerate(places) if j != k and where[j] & where[k] and o["lat"] != p["lat"]]
            others = [o for j, o in enumerate(places) if j != k and o["lat"] != p["lat"]]

            def side(others):
                if not others:
                    return "-"
                g, c = nearest(p["lat"], p["lon"], others), nearest(chosen["lat"], chosen["lon"], others)
                return "gold" if g < c else "chosen" if c < g else "tie"

            rows.append({
                "text": f"{os.path.basename(corpus)}/{gold['article']}", "path": txt,
                "lang": gold.get("language") or preds[txt]["article"].get("language", "?"),
                "surface": p["surface"], "ok": ok, "gold": f"{p.get('name_en_official', '')} ({p.get('oblast', '')})",
                "chosen": f"{chosen['name']} ({chosen.get('admin1', '')})",
                "oblast": "same" if (chosen.get("admin1") or "") == (p.get("oblast") or "") else "other",
                "sentence": side(same_sent) if not ok else "", "text_side": side(others) if not ok else "",
                "town": "town" if (chosen.get("population") or 0) >= 10000 or chosen.get("feature_code") in ("PPLA", "PPLC") else "",
            })
    return rows


def notes_table(args, binary, gazetteer):
    import importlib.util
    import tempfile
    spec = importlib.util.spec_from_file_location("event_notes", os.path.join(ROOT, "bench", "event_notes.py"))
    en = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(en)
    places = en.load_places(os.path.join(SHARED, "geodata-raw", "geonames-ua", "UA.txt"))
    front = os.path.join(SHARED, "geodata-raw", "deepstate-occupied-weekly")
    notes = en.generate(argparse.Namespace(n=args.notes, seed=args.seed, near_km=25.0), places, en.Front(front))
    work = tempfile.mkdtemp(prefix="claimtrack_namesake_notes_")
    for n in notes:
        with open(os.path.join(work, n["file"]), "w", encoding="utf-8") as f:
            f.write(f"published: {n['date']}\nlanguage: {n['lang']}\n\n{n['body']}\n")
    preds = {os.path.basename(k): v for k, v in run(binary, [os.path.join(work, n["file"]) for n in notes], args.weights, gazetteer).items()}
    rows = en.score(notes, preds, places)
    print(f"\nevent notes ({args.notes}, seed {args.seed}), village mentions by how unique the name is:")
    for cls in ("unique-UA", "unique-oblast", "namesake-oblast"):
        c = collections.Counter(r["outcome"] for r in rows if r["cls"] == cls)
        print(f"  {cls:16} {sum(c.values()):4}: " + "  ".join(f"{o} {c[o]}" for o in en.OUTCOMES))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="dev,bench/blind6,bench/blind7,bench/blind8")
    ap.add_argument("--weights", default="", help="a ranking-weights table replacing the index's")
    ap.add_argument("--build", default=os.environ.get("BUILD_DIR", os.path.join(ROOT, "build")))
    ap.add_argument("--list", action="store_true", help="list every error")
    ap.add_argument("--notes", type=int, default=0, help="also this many generated event notes")
    ap.add_argument("--seed", type=int, default=23, help="event-note seed")
    args = ap.parse_args()
    binary = os.path.join(args.build, "src", "cli", "claimtrack")
    gazetteer = os.path.join(args.build, "gazetteer-front.ctg")
    all_rows = []
    for s in [x for x in args.sets.split(",") if x]:
        if any(g in s for g in GATES):
            sys.exit(f"{s} is a gate set: never read it")
        corpus = resolve_set(s)
        files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".txt"))
        rows = evaluate(corpus, run(binary, files, args.weights, gazetteer))
        all_rows += rows
        by_lang = collections.defaultdict(lambda: [0, 0])
        for r in rows:
            by_lang[r["lang"]][0] += r["ok"]
            by_lang[r["lang"]][1] += 1
        print(f"{s:14} " + "  ".join(f"{l} {ok}/{n}" for l, (ok, n) in sorted(by_lang.items())))
    ok = sum(r["ok"] for r in all_rows)
    print(f"{'all':14} {ok}/{len(all_rows)} namesake places right ({ok / max(1, len(all_rows)):.3f})")
    errors = [r for r in all_rows if not r["ok"]]
    patterns = collections.Counter((r["oblast"], r["sentence"], r["text_side"], r["town"]) for r in errors)
    print("\nerrors by pattern (oblast of the chosen place, nearer to the sentence's / text's other places, chosen a town):")
    for (o, s, t, town), n in patterns.most_common():
        print(f"  {n:3}  oblast {o:5}  sentence {s:6}  text {t:6}  {town}")
    if args.notes > 0:
        notes_table(args, binary, gazetteer)
    if args.list:
        print()
        for r in errors:
            print(f"  {r['text']:20} {r['lang']} {r['surface']:22} gold {r['gold']:40} chosen {r['chosen']:40} "
                  f"[{r['oblast']}, sentence {r['sentence']}, text {r['text_side']}{', ' + r['town'] if r['town'] else ''}]")


if __name__ == "__main__":
    main()
