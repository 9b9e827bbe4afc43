#!/bin/sh
# Issue 14 benchmark: speed as a user sees it, end to end, in one run, on the
# same article files: `grep -F -o -f` with every name of Ukraine's populated
# places, `claimtrack extract --jsonl` with one worker and with one per core,
# and `claimtrack ingest` (into a new database) with one worker and with one
# per core. Checks that the outputs of 1 and N workers are byte-identical.
#
# Usage: bench/end_to_end.sh [BUILD_DIR] [SOURCE_DIR] [ARTICLES]
#   BUILD_DIR   a configured build (default: build)
#   SOURCE_DIR  *.txt articles, cut into ~2 KB articles (default: examples/); any directory,
#               e.g. ../shared/corpus/dev (read at run time, never copied into the project)
#   ARTICLES    article files to make (default: 4000)
# Env: CLAIMTRACK_GEONAMES (GeoNames dump directory: the name list), CLAIMTRACK_GAZETTEER
# (index file), ROUNDS (default 2: each command runs that many times, alternating; the
# best round is reported), JOBS (default: the machine's cores), CLAIMTRACK_BIN (time this
# binary instead of BUILD_DIR's, e.g. a copy of main's, for a before/after pair of runs).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
source_dir=${2:-$here/examples}
articles=${3:-4000}
rounds=${ROUNDS:-2}
jobs=${JOBS:-$(nproc)}
: "${CLAIMTRACK_GEONAMES:?set CLAIMTRACK_GEONAMES to the GeoNames dump directory}"
: "${CLAIMTRACK_GAZETTEER:?set CLAIMTRACK_GAZETTEER to the gazetteer index file}"

if [ -n "${CLAIMTRACK_BIN:-}" ]; then
    bin=$(cd "$(dirname "$CLAIMTRACK_BIN")" && pwd)/$(basename "$CLAIMTRACK_BIN")
else
    cmake --build "$build" --target claimtrack >/dev/null
    bin="$(cd "$build" && pwd)/src/cli/claimtrack"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$here/bench/cut_articles.py" "$source_dir" "$work/articles" --count "$articles"
bytes=$(cat "$work"/articles/*.txt | wc -c)
# Names, ASCII names and alternate names of populated places (feature class P), 3+ bytes.
for dump in "$CLAIMTRACK_GEONAMES"/*.txt; do
    case "$(basename "$dump")" in admin*|*readme*) continue ;; esac
    awk -F'\t' '$7 == "P" { print $2; print $3; n = split($4, a, ","); for (i = 1; i <= n; i++) print a[i] }' "$dump"
done | awk 'length($0) >= 3' | LC_ALL=C sort -u > "$work/names.txt"

echo "corpus: $articles articles from $source_dir, $bytes bytes ($(echo "$bytes / $articles" | bc) bytes each); names: $(wc -l < "$work/names.txt"); jobs: 1 and $jobs; $(nproc) cores"
echo "load before: $(uptime | sed 's/.*load average/load average/')"

# timed NAME CMD...: runs CMD in the articles directory, appends "NAME wall user sys maxrss_kb" to times.
timed() {
    name=$1
    shift
    (cd "$work/articles" && /usr/bin/time -f "$name %e %U %S %M" -o "$work/time" "$@")
    cat "$work/time" >> "$work/times"
}

cat "$work"/articles/*.txt > /dev/null # warm the page cache
: > "$work/times"
for r in $(seq "$rounds"); do
    timed grep sh -c 'LC_ALL=C grep -F -o -f ../names.txt *.txt > ../grep.out || true'
    timed extract1 sh -c "'$bin' extract --jsonl --jobs 1 --quiet *.txt > ../extract1.jsonl"
    timed extractN sh -c "'$bin' extract --jsonl --jobs $jobs --quiet *.txt > ../extractN.jsonl"
    rm -f "$work"/ingest1.db* "$work"/ingestN.db*
    timed ingest1 "$bin" ingest . --jobs 1 --quiet --db ../ingest1.db
    timed ingestN "$bin" ingest . --jobs "$jobs" --quiet --db ../ingestN.db
done
echo "load after:  $(uptime | sed 's/.*load average/load average/')"

same_extract=different
cmp -s "$work/extract1.jsonl" "$work/extractN.jsonl" && same_extract=identical
# Same articles in the same order (ids), same claims in the same order.
dump_db() { sqlite3 "$1" "SELECT a.id, a.url, c.id, c.change, c.by_side, c.place_id, c.surface, c.evidence_start FROM claims c JOIN extraction_runs r ON r.id = c.run_id JOIN articles a ON a.id = r.article_id ORDER BY c.id"; }
same_ingest=different
[ "$(dump_db "$work/ingest1.db" | md5sum)" = "$(dump_db "$work/ingestN.db" | md5sum)" ] && same_ingest=identical

awk -v bytes="$bytes" -v n="$articles" -v jobs="$jobs" -v sx="$same_extract" -v si="$same_ingest" '
    { if (!($1 in best) || $2 < best[$1]) { best[$1] = $2; cpu[$1] = $3 + $4; rss[$1] = $5 } }
    END {
        printf "%-30s %8s %9s %12s %8s %8s\n", "command (best of rounds)", "wall s", "MB/s", "articles/s", "CPU s", "max MB"
        split("grep extract1 extractN ingest1 ingestN", order, " ")
        label["grep"] = "grep -F -o -f names"
        label["extract1"] = "extract --jsonl --jobs 1"
        label["extractN"] = "extract --jsonl --jobs " jobs
        label["ingest1"] = "ingest --jobs 1"
        label["ingestN"] = "ingest --jobs " jobs
        for (i = 1; i <= 5; i++) {
            k = order[i]
            printf "%-30s %8.2f %9.2f %12.0f %8.2f %8.0f\n", label[k], best[k], bytes / 1e6 / best[k], n / best[k], cpu[k], rss[k] / 1024
        }
        printf "extract, 1 job / grep: %.2fx; %d jobs / 1 job: %.2fx (output %s)\n", best["grep"] / best["extract1"], jobs, best["extract1"] / best["extractN"], sx
        printf "ingest, %d jobs / 1 job: %.2fx (claims %s)\n", jobs, best["ingest1"] / best["ingestN"], si
    }' "$work/times"
