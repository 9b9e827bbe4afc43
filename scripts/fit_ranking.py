#!/usr/bin/env python3
"""Fits the namesake-ranking weights (geodata/ranking_weights.tsv) on texts the project wrote or generated,
and reports the development and held-out check corpora for the shipped and the fitted table.

Fit set (no dev or check text is read):
  * event notes generated from the GeoNames dump (bench/event_notes.py; a seed other than the one the
    README quotes), scored as the share of village mentions found within 5 km;
  * the project's blind set (bench/blind/, 30 reports), scored as places F1 by ../shared/tools/score.
The objective is the mean of the two. Coordinate search: each weight in turn is multiplied by each factor
in --factors; a move is kept when it raises the objective by at least --min-gain (default 0.005: half a
percent, about three of 600 notes or one place of the blind set, below which a change is within what one
text decides). Rounds repeat until nothing moves or --rounds is reached.

Every evaluation runs the real binary with --ranking-weights (no index rebuild). Then dev and check are
scored (check: summary lines only) with the shipped and the fitted table, so that a fit that helps the fit
set but not the held-out texts is seen as such.

--sets chooses the project's corpora whose places F1 is the second half of the objective (default
bench/blind; --notes 0 leaves the notes out, the objective is then the places F1 alone). --folds K
cross-validates: the texts of the sets are dealt into K folds (in file order, text i to fold i mod K); for
each fold the weights are fitted on the other folds and the shipped and fitted tables are scored on it; the
mean held-out F1 of both is printed before the fit on all texts.

  python3 scripts/fit_ranking.py [--rounds 2] [--notes 600] [--seed 23] [--out build/ranking_weights.fitted.tsv]
  python3 scripts/fit_ranking.py --weights list_neighbours,list_neighbours_scale_km --notes 0 \
      --sets bench/blind,bench/blind2,bench/blind3 --folds 5
"""

import argparse
import importlib.util
import os
import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("CLAIMTRACK_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))

# The weights that decide between places of one name; the scales are fitted with their weights.
DEFAULT_WEIGHTS = ["named_oblast", "named_raion", "sentence_oblast", "near_named_oblast", "town", "text_places", "text_places_scale_km",
                   "loose_penalty", "foreign_name_penalty", "front", "front_scale_km", "population_weight",
                   "importance_ppla2", "importance_ppl"]


def load_event_notes():
    spec = importlib.util.spec_from_file_location("event_notes", os.path.join(ROOT, "bench", "event_notes.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_table(path):
    rows = []  # (name, value, comment) or (None, line, None) for comments
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if not line.strip() or line.startswith("#"):
                rows.append((None, line, None))
                continue
            cols = line.split("\t")
            rows.append((cols[0], float(cols[1]), cols[2] if len(cols) > 2 else ""))
    return rows


def write_table(rows, values, notes, path):
    with open(path, "w", encoding="utf-8") as f:
        for name, value, comment in rows:
            if name is None:
                f.write(value + "\n")
                continue
            v = values[name]
            text = f"{v:g}"
            c = notes.get(name, comment)
            f.write(f"{name}\t{text}\t{c}\n" if c else f"{name}\t{text}\n")


class Evaluator:
    def __init__(self, args, binary, gazetteer, front, corpus, notes=None):
        self.args = args
        self.binary = binary
        self.corpus = corpus
        self.env = dict(os.environ, CLAIMTRACK_GAZETTEER=gazetteer)
        self.env.pop("CLAIMTRACK_FRONT", None)  # the index stores the layers (scripts/score-dev.sh builds it)
        self.work = tempfile.mkdtemp(prefix="claimtrack_fit_")
        self.notes = notes if notes is not None else []
        if args.notes > 0 and notes is None:
            self.en = load_event_notes()
            self.places = self.en.load_places(os.path.join(SHARED, "geodata-raw", "geonames-ua", "UA.txt"))
            gen = argparse.Namespace(n=args.notes, seed=args.seed, near_km=25.0)
            self.notes = self.en.generate(gen, self.places, self.en.Front(front))
        for n in self.notes:
            with open(os.path.join(self.work, n["file"]), "w", encoding="utf-8") as f:
                f.write(f"published: {n['date']}\nlanguage: {n['lang']}\n\n{n['body']}\n")
        self.cache = {}

    def with_corpus(self, corpus):
        """The same evaluator (same notes) on other texts of the sets."""
        other = Evaluator.__new__(Evaluator)
        other.__dict__.update(self.__dict__)
        other.corpus, other.cache = corpus, {}
        return other

    def notes_found(self, table):
        preds = self.en.extract_jsonl([self.binary, "extract", "--jsonl", "--ranking-weights", table],
                                      [os.path.join(self.work, n["file"]) for n in self.notes], self.env)
        rows = self.en.score(self.notes, preds, self.places)
        return sum(r["outcome"] == "found" for r in rows) / len(rows)

    def set_places(self, table):
        return score_places(self.corpus, self.binary, table, self.env, "en,uk,ru")

    def objective(self, values, rows):
        key = tuple(sorted(values.items()))
        if key not in self.cache:
            path = os.path.join(self.work, "weights.tsv")
            write_table(rows, values, {}, path)
            places = self.set_places(path)
            if self.notes:
                found = self.notes_found(path)
                self.cache[key] = (0.5 * (found + places), found, places)
            else:
                self.cache[key] = (places, float("nan"), places)
        return self.cache[key]


class NamesakeEvaluator:
    """The namesake objective (--objective namesakes): one extractor run per weight table over the texts of
    the sets and the event notes together, cached per table; any subset of the texts (a fold) is scored
    from that run, so cross-validation re-runs nothing. Per text, the gold places whose name has two or
    more candidates (scripts/namesake_eval.py): the share chosen right; the objective is the mean of that
    share and the notes found (the share alone with --notes 0)."""

    def __init__(self, base, texts):
        self.base = base  # an Evaluator: its notes, work directory and environment
        self.texts = texts  # (corpus, text path), in order
        self.cache = {}
        self.subset = None
        spec = importlib.util.spec_from_file_location("namesake_eval", os.path.join(ROOT, "scripts", "namesake_eval.py"))
        self.ne = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(self.ne)

    def with_subset(self, subset):
        other = NamesakeEvaluator.__new__(NamesakeEvaluator)
        other.__dict__.update(self.__dict__)
        other.subset = subset
        return other

    def run(self, values, rows):
        key = tuple(sorted(values.items()))
        if key not in self.cache:
            path = os.path.join(self.base.work, "weights.tsv")
            write_table(rows, values, {}, path)
            notes = [os.path.join(self.base.work, n["file"]) for n in self.base.notes]
            preds = self.ne.run(self.base.binary, [t for _, t in self.texts] + notes, path, self.base.env["CLAIMTRACK_GAZETTEER"])
            per_text = {}
            for corpus in sorted({c for c, _ in self.texts}):
                for r in self.ne.evaluate(corpus, preds):
                    per_text.setdefault(r["path"], []).append(r["ok"])
            found = float("nan")
            if self.base.notes:
                by_name = {os.path.basename(f): d for f, d in preds.items()}
                note_rows = self.base.en.score(self.base.notes, by_name, self.base.places)
                found = sum(r["outcome"] == "found" for r in note_rows) / len(note_rows)
            self.cache[key] = (per_text, found)
        return self.cache[key]

    def objective(self, values, rows):
        per_text, found = self.run(values, rows)
        oks = [ok for t, v in per_text.items() if self.subset is None or t in self.subset for ok in v]
        share = sum(oks) / max(1, len(oks))
        return (0.5 * (found + share) if self.base.notes else share, found, share)


def merge_sets(sets, dest, keep=None):
    """Copies the texts of the corpora `sets` into `dest` under new ids (set number, then the text's own
    number), only those whose new id `keep` accepts; returns the ids copied, in order."""
    os.makedirs(dest, exist_ok=True)
    ids = []
    for k, corpus in enumerate(sets):
        for name in sorted(os.listdir(corpus)):
            if not name.endswith(".json"):
                continue
            with open(os.path.join(corpus, name), encoding="utf-8") as f:
                gold = json.load(f)
            new = f"{k + 1}{gold['article']}"
            if keep is not None and not keep(new):
                continue
            shutil.copyfile(os.path.join(corpus, gold["article"] + ".txt"), os.path.join(dest, new + ".txt"))
            gold["article"] = new
            with open(os.path.join(dest, new + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False)
            ids.append(new)
    return ids


def fit(ev, rows, start, names, factors, min_gain, rounds, seed, n_notes, log=print):
    """Coordinate search from `start`; returns (values, best objective, notes per moved weight)."""
    values = dict(start)
    best = ev.objective(values, rows)
    notes = {}
    for rnd in range(rounds):
        moved = False
        for w in names:
            base = values[w]
            trials = sorted({round(base * f, 6) for f in factors} - {base})
            if w.endswith("_km") or w.endswith("_scale"):
                trials = [t for t in trials if t > 0]  # scales must stay positive
            for t in trials:
                cand = dict(values, **{w: t})
                score = ev.objective(cand, rows)
                mark = ""
                if score[0] >= best[0] + min_gain:
                    mark = "  <- kept"
                    notes[w] = (f"scripts/fit_ranking.py (notes seed {seed} n {n_notes} + the sets): "
                                f"{start[w]:g} -> {t:g}, objective {best[0]:.3f} -> {score[0]:.3f}")
                    values, best, moved = cand, score, True
                log(f"  round {rnd + 1} {w:24} {t:>9g}: {score[0]:.4f} (notes {score[1]:.4f}, "
                    f"sets {score[2]:.4f}){mark}")
        if not moved:
            break
    return values, best, notes


def score_places(corpus, binary, table, env, lang):
    """Places F1 from the scorer's summary line (the last line), for one corpus."""
    cmd = f"{shlex.quote(binary)} extract --json --ranking-weights {shlex.quote(table)} {{file}}"
    out = subprocess.run([os.path.join(SHARED, "tools", "score"), "--gold", corpus, "--articles", corpus,
                          "--cmd", cmd, "--lang", lang], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit(f"score failed on {corpus}: {out.stderr[:2000]}")
    last = out.stdout.strip().splitlines()[-1]
    m = re.search(r"places F1 ([0-9.]+)", last)
    if not m:
        sys.exit(f"cannot read places F1 from the scorer's line: {last}")
    return float(m.group(1))


def summary_lines(corpus, binary, table, env):
    lines = []
    for lang in ["en", "uk", "ru", "en,uk,ru"]:
        cmd = f"{shlex.quote(binary)} extract --json --ranking-weights {shlex.quote(table)} {{file}}"
        out = subprocess.run([os.path.join(SHARED, "tools", "score"), "--gold", corpus, "--articles", corpus,
                              "--cmd", cmd, "--lang", lang], capture_output=True, text=True, env=env)
        lines.append(f"  {lang:9} {out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr.strip()}")
    return lines


def fit_namesakes(args, ev, rows, shipped, names, factors, sets):
    """--objective namesakes: cross-validated over the texts (text i of the sets, in file order, to fold i mod K),
    then fitted on all; the gates are left to the caller (the scorer's summary lines)."""
    for s in sets:
        if any(g in os.path.basename(s.rstrip("/")) for g in ("check", "blind5", "blind9", "blind10")):
            sys.exit(f"{s} is a gate set: never fit on it")
    texts = [(c, os.path.abspath(os.path.join(c, f))) for c in sets for f in sorted(os.listdir(c)) if f.endswith(".txt")]
    ne = NamesakeEvaluator(ev, texts)
    print(f"namesake objective: {len(texts)} texts of {args.sets}" + (f" + {len(ev.notes)} event notes" if ev.notes else ""))
    if args.folds >= 2:
        held = []
        for fold in range(args.folds):
            test = {t for i, (_, t) in enumerate(texts) if i % args.folds == fold}
            train = {t for _, t in texts} - test
            fitted, _, _ = fit(ne.with_subset(train), rows, shipped, names, factors, args.min_gain, args.rounds,
                               args.seed, len(ev.notes), log=lambda line: None)
            before, after = ne.with_subset(test).objective(shipped, rows), ne.with_subset(test).objective(fitted, rows)
            held.append((before[2], after[2]))
            change = ", ".join(f"{w} {shipped[w]:g} -> {fitted[w]:g}" for w in names if fitted[w] != shipped[w]) or "no move"
            print(f"  fold {fold + 1}: {len(test)} held-out texts, namesakes right: shipped {before[2]:.4f}, fitted on the "
                  f"rest {after[2]:.4f} ({change})", flush=True)
        print(f"  mean held-out share of namesakes right: shipped {sum(b for b, _ in held) / len(held):.4f}, "
              f"fitted {sum(a for _, a in held) / len(held):.4f}")
        # The feature off: each weight (not a scale) at 0 on the same folds, the rest shipped.
        for w in names:
            if w.endswith("_km") or w.endswith("_scale") or shipped[w] == 0:
                continue
            off = dict(shipped, **{w: 0.0})
            folds = [ne.with_subset({t for i, (_, t) in enumerate(texts) if i % args.folds == fold}).objective(off, rows)[2]
                     for fold in range(args.folds)]
            print(f"  held out with {w} = 0: " + " ".join(f"{x:.4f}" for x in folds) +
                  f", mean {sum(folds) / len(folds):.4f} (notes found {ne.objective(off, rows)[1]:.4f})")
        print()
    values, best, notes = fit(ne, rows, shipped, names, factors, args.min_gain, args.rounds, args.seed, len(ev.notes),
                              log=lambda line: print(line, flush=True))
    base = ne.objective(shipped, rows)
    print(f"shipped table: objective {base[0]:.4f} (notes found {base[1]:.4f}, namesakes right {base[2]:.4f})")
    write_table(rows, values, notes, args.out)
    print(f"fitted table: objective {best[0]:.4f} (notes found {best[1]:.4f}, namesakes right {best[2]:.4f}); "
          f"written to {args.out}")
    for w in names:
        if values[w] != shipped[w]:
            print(f"  {w}: {shipped[w]:g} -> {values[w]:g}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--notes", type=int, default=600)
    ap.add_argument("--seed", type=int, default=23, help="event-note seed (the README quotes seed 11: not this one)")
    ap.add_argument("--factors", default="0,0.5,0.75,1.5,2")
    ap.add_argument("--min-gain", type=float, default=0.005)
    ap.add_argument("--weights", default=",".join(DEFAULT_WEIGHTS))
    ap.add_argument("--table", default=os.path.join(ROOT, "geodata", "ranking_weights.tsv"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "ranking_weights.fitted.tsv"))
    ap.add_argument("--build", default=os.environ.get("BUILD_DIR", os.path.join(ROOT, "build")))
    ap.add_argument("--no-heldout", action="store_true", help="skip scoring dev and check at the end")
    ap.add_argument("--sets", default="bench/blind", help="project corpora (comma-separated) whose places F1 is fitted")
    ap.add_argument("--folds", type=int, default=0, help="cross-validate over the texts of the sets in K folds")
    ap.add_argument("--objective", choices=["places", "namesakes"], default="places",
                    help="places: the sets' places F1 by the scorer (one run per text); namesakes: the share of "
                         "gold namesake places chosen right (scripts/namesake_eval.py; one run per table, folds "
                         "scored from it)")
    args = ap.parse_args()

    binary = os.path.join(args.build, "src", "cli", "claimtrack")
    front = os.path.join(SHARED, "geodata-raw", "deepstate-occupied-weekly")
    gazetteer = os.path.join(args.build, "gazetteer-front.ctg")
    # The index with the front-line layers (as scripts/score-dev.sh keeps it): built when missing or older
    # than a geodata/ table it stores.
    geodata_newest = max(os.path.getmtime(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(ROOT, "geodata"))
                         for f in fs)
    if not os.path.exists(gazetteer) or os.path.getmtime(gazetteer) < geodata_newest:
        subprocess.run([binary, "gazetteer", "build", "--out", gazetteer, "--front", front], check=True,
                       env=dict(os.environ, CLAIMTRACK_GEONAMES=os.path.join(SHARED, "geodata-raw", "geonames-ua")))

    rows = read_table(args.table)
    shipped = {name: value for name, value, _ in rows if name}
    names = [w for w in args.weights.split(",") if w]
    for w in names:
        if w not in shipped:
            sys.exit(f"unknown weight {w}")
    factors = [float(x) for x in args.factors.split(",")]
    sets = [os.path.join(SHARED, "corpus", "dev") if s == "dev" else s if os.path.isabs(s) else os.path.join(ROOT, s)
            for s in args.sets.split(",") if s]
    merged = tempfile.mkdtemp(prefix="claimtrack_fit_sets_")
    ids = merge_sets(sets, merged)
    ev = Evaluator(args, binary, gazetteer, front, merged)
    if args.objective == "namesakes":
        return fit_namesakes(args, ev, rows, shipped, names, factors, sets)
    print(f"fit set: {len(ev.notes)} event notes (seed {args.seed}) + {len(ids)} texts of {args.sets}; objective = "
          + ("mean of notes found and the sets' places F1" if ev.notes else "the sets' places F1"))
    if args.folds >= 2:
        print(f"\n{args.folds}-fold cross-validation over the {len(ids)} texts of the sets:")
        shipped_path = os.path.join(ev.work, "shipped.tsv")
        write_table(rows, shipped, {}, shipped_path)
        held = []
        for fold in range(args.folds):
            test_ids = {x for i, x in enumerate(ids) if i % args.folds == fold}
            train_dir = tempfile.mkdtemp(prefix="claimtrack_fit_train_")
            test_dir = tempfile.mkdtemp(prefix="claimtrack_fit_test_")
            merge_sets(sets, train_dir, lambda x: x not in test_ids)
            merge_sets(sets, test_dir, lambda x: x in test_ids)
            fitted, _, moved = fit(ev.with_corpus(train_dir), rows, shipped, names, factors, args.min_gain, args.rounds,
                                   args.seed, len(ev.notes), log=lambda line: None)
            fitted_path = os.path.join(ev.work, f"fold{fold}.tsv")
            write_table(rows, fitted, {}, fitted_path)
            before = score_places(test_dir, binary, shipped_path, ev.env, "en,uk,ru")
            after = score_places(test_dir, binary, fitted_path, ev.env, "en,uk,ru")
            held.append((before, after))
            change = ", ".join(f"{w} {shipped[w]:g} -> {fitted[w]:g}" for w in names if fitted[w] != shipped[w]) or "no move"
            print(f"  fold {fold + 1}: {len(test_ids)} held-out texts, places F1 shipped {before:.4f}, "
                  f"fitted on the rest {after:.4f} ({change})", flush=True)
        print(f"  mean held-out places F1: shipped {sum(b for b, _ in held) / len(held):.4f}, "
              f"fitted {sum(a for _, a in held) / len(held):.4f}\n")
    values, best, notes = fit(ev, rows, shipped, names, factors, args.min_gain, args.rounds, args.seed, len(ev.notes),
                              log=lambda line: print(line, flush=True))
    print(f"shipped table: objective {ev.objective(shipped, rows)[0]:.4f}")
    write_table(rows, values, {k: v for k, v in notes.items()}, args.out)
    print(f"\nfitted table: objective {best[0]:.4f} (notes found {best[1]:.4f}, sets' places {best[2]:.4f}); "
          f"written to {args.out}")
    for w in names:
        if values[w] != shipped[w]:
            print(f"  {w}: {shipped[w]:g} -> {values[w]:g}")
    if not notes:
        print("  no weight moved: the shipped table is a local optimum of the fit set at this gain")
    if args.no_heldout:
        return
    env = dict(ev.env)
    for label, table in [("shipped", args.table), ("fitted", args.out)]:
        print(f"\nheld out, {label} table:")
        print("  dev (58 real texts):")
        print("\n".join(summary_lines(os.path.join(SHARED, "corpus", "dev"), binary, table, env)))
        print("  check (summary lines only):")
        print("\n".join(summary_lines(os.path.join(SHARED, "corpus", "check"), binary, table, env)))


if __name__ == "__main__":
    main()
