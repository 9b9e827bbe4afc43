#!/bin/sh
# Start-up of one or more claimtrack binaries: `extract --jsonl` of one short
# article, so that nearly all the work is start-up. For each binary, from
# callgrind: instructions of the whole run, of the dynamic loader before main
# (relocations: _dl_start; the libraries' initialisers: _dl_init), of opening
# the gazetteer index (Gazetteer::open, on the loader thread) and of loading
# the lexicons (Extractor::Extractor, on a thread of its own); then the best
# wall milliseconds of RUNS runs, the binaries in turn, beside grep on the
# same file as the reference (a process that links nearly nothing).
#
# Usage: bench/startup.sh BIN [BIN...]
# Env: CLAIMTRACK_GAZETTEER (index file), RUNS (default 10).
set -eu
: "${CLAIMTRACK_GAZETTEER:?set CLAIMTRACK_GAZETTEER to the gazetteer index file}"
runs=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'published: 2025-06-01\nlanguage: en\n\nTroops entered the village near Orikhiv in the Zaporizhzhia region, the ministry said on Monday.\n' > "$work/one.txt"

ms() { # best wall milliseconds of CMD..., one run
    s=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
}

echo "load: $(uptime | sed 's/.*load average: //'); index $CLAIMTRACK_GAZETTEER"
printf '%-40s %14s %14s %14s %16s %16s\n' binary "instructions" "_dl_start" "_dl_init" "Gazetteer::open" "Extractor()"
for bin in "$@"; do
    valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$bin" extract --jsonl "$work/one.txt" > /dev/null 2> "$work/log"
    callgrind_annotate --inclusive=yes "$work/cg" > "$work/annotated" 2> /dev/null
    pick() { grep -m1 -F "$1" "$work/annotated" | awk '{ print $1 }'; }
    printf '%-40s %14s %14s %14s %16s %16s\n' "$bin" "$(grep -m1 'PROGRAM TOTALS' "$work/annotated" | awk '{ print $1 }')" \
        "$(pick 'rtld.c:_dl_start')" "$(pick 'dl-init.c:_dl_init')" "$(pick 'Gazetteer::open(')" "$(pick 'Extractor::Extractor(')"
done
: > "$work/times"
for r in $(seq "$runs"); do
    echo "grep $(ms env LC_ALL=C grep -F -o -e Orikhiv "$work/one.txt")" >> "$work/times"
    for bin in "$@"; do echo "$bin $(ms "$bin" extract --jsonl "$work/one.txt")" >> "$work/times"; done
done
echo "best wall ms of $runs runs (in turn):"
awk '{ if (!($1 in best) || $2 < best[$1]) best[$1] = $2; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
     END { for (i = 1; i <= n; ++i) printf "  %-40s %6d ms\n", order[i], best[order[i]] }' "$work/times"
