#!/bin/sh
# Two claimtrack binaries (say, main's and a branch's) on the same article
# files, alternately, in one run: for speed work on a machine other people
# load, where wall times mean little. Reports CPU seconds (user + system, best
# of ROUNDS) of `extract --jsonl` with 1 and 2 jobs and of `ingest` (into a new
# database) with 1 and 2 jobs, and instructions per article from callgrind on
# the first CALLGRIND articles (0: skip): the whole run, `Store::record` (the
# one writer thread of ingest) and `Pipeline::run_batch` (extraction). Checks
# that both binaries print the same JSON Lines and store the same rows.
#
# Usage: bench/compare_binaries.sh OLD_BIN NEW_BIN [SOURCE_DIR] [ARTICLES]
#   SOURCE_DIR  *.txt articles cut into ~2 KB articles (default: examples/); any
#               directory, e.g. ../shared/corpus/dev (read at run time, never copied)
# Env: CLAIMTRACK_GAZETTEER (index file; both binaries must read it), ROUNDS
# (default 3), CALLGRIND (articles under callgrind, default 1000).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
old=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
new=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
source_dir=${3:-$here/examples}
articles=${4:-4000}
rounds=${ROUNDS:-3}
callgrind=${CALLGRIND:-1000}
: "${CLAIMTRACK_GAZETTEER:?set CLAIMTRACK_GAZETTEER to the gazetteer index file}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/bench/cut_articles.py" "$source_dir" "$work/articles" --count "$articles"
echo "corpus: $articles articles from $source_dir; $(nproc) cores; load before: $(uptime | sed 's/.*load average: //')"

# timed TAG CMD...: appends "TAG cpu_seconds wall_seconds max_kb".
timed() {
    tag=$1
    shift
    (cd "$work/articles" && /usr/bin/time -f "%U %S %e %M" -o "$work/time" "$@")
    awk -v t="$tag" '{ printf "%s %.2f %.2f %d\n", t, $1 + $2, $3, $4 }' "$work/time" >> "$work/times"
}
: > "$work/times"
for r in $(seq "$rounds"); do
    for which in old new; do
        eval bin=\$$which
        for j in 1 2; do
            timed "$which-extract$j" sh -c "'$bin' extract --jsonl --jobs $j --quiet *.txt > ../$which-x$j.jsonl"
            rm -f "$work/$which-$j.db"*
            timed "$which-ingest$j" "$bin" ingest . --jobs "$j" --quiet --db "../$which-$j.db"
        done
    done
done
echo "load after: $(uptime | sed 's/.*load average: //')"

same_output=identical
for f in x1.jsonl x2.jsonl; do cmp -s "$work/old-$f" "$work/new-$f" || same_output=different; done
cmp -s "$work/new-x1.jsonl" "$work/new-x2.jsonl" || same_output=different
rows() {
    for q in "SELECT a.id, a.content_hash, a.url, c.* FROM claims c JOIN extraction_runs r ON r.id = c.run_id JOIN articles a ON a.id = r.article_id ORDER BY c.id" \
             "SELECT * FROM mentions ORDER BY id" "SELECT * FROM places ORDER BY id" "SELECT * FROM areas ORDER BY id" \
             "SELECT * FROM distances ORDER BY id"; do
        sqlite3 "$1" "$q"
    done | md5sum
}
same_rows=identical
for db in old-1 new-1 new-2; do [ "$(rows "$work/$db.db")" = "$(rows "$work/old-2.db")" ] || same_rows=different; done

awk -v n="$articles" '
    { if (!($1 in cpu) || $2 < cpu[$1]) cpu[$1] = $2; if (!($1 in wall) || $3 < wall[$1]) wall[$1] = $3; if ($4 > rss[$1]) rss[$1] = $4 }
    END {
        printf "%-22s %10s %10s %8s %10s %10s %8s %7s\n", "best of rounds", "old CPU s", "new CPU s", "new/old", "old wall", "new wall", "new MB", "art/CPU s"
        split("extract1 extract2 ingest1 ingest2", order, " ")
        for (i = 1; i <= 4; i++) {
            k = order[i]
            printf "%-22s %10.2f %10.2f %8.2f %10.2f %10.2f %8.0f %7.0f\n", k, cpu["old-" k], cpu["new-" k],
                cpu["new-" k] / cpu["old-" k], wall["old-" k], wall["new-" k], rss["new-" k] / 1024, n / cpu["new-" k]
        }
    }' "$work/times"
echo "output: old and new, 1 and 2 jobs: JSON Lines $same_output, database rows $same_rows"

if [ "$callgrind" -gt 0 ] && command -v valgrind >/dev/null; then
    mkdir "$work/sub"
    ls "$work/articles" | head -n "$callgrind" | while read -r f; do ln -s "$work/articles/$f" "$work/sub/$f"; done
    count=$(ls "$work/sub" | wc -l)
    for which in old new; do
        eval bin=\$$which
        for cmd in extract ingest; do
            out="$work/cg-$which-$cmd"
            if [ "$cmd" = extract ]; then
                (cd "$work/sub" && valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" extract --jsonl --jobs 1 --quiet ./*.txt > /dev/null 2>&1)
            else
                (cd "$work/sub" && valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" ingest . --jobs 1 --quiet --db "$work/cg-$which.db" > /dev/null 2>&1)
            fi
            callgrind_annotate --inclusive=yes "$out" 2>/dev/null |
                awk -v w="$which" -v c="$cmd" -v n="$count" '
                    /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
                    /Store::record\(/ && !rec { gsub(",", "", $1); rec = $1 }
                    /Pipeline::run_batch\(/ && !run { gsub(",", "", $1); run = $1 }
                    END { printf "%s %s %.0f %.0f %.0f\n", w, c, total / n, run / n, rec / n }' >> "$work/instr"
        done
    done
    echo "instructions per article (callgrind, --jobs 1, first $count articles; start-up included in the whole run):"
    awk '{ printf "  %-4s %-8s whole run %9.0f   extraction (run_batch) %9.0f   Store::record %9.0f\n", $1, $2, $3, $4, $5 }' "$work/instr"
fi
