#!/usr/bin/env bash
# Fuzzes the readers and the extractor with libFuzzer under ASan + UBSan.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]
#
# TARGET: text_article, json_lines, html, feed, dates, figures, extract (default: all,
# side by side, CLAIMTRACK_FUZZ_JOBS at a time, default: the cores); SECONDS per target (default 60). Builds the sanitizer tree
# ($ASAN_BUILD_DIR, default build-asan/) first. Seeds are the project's own texts
# (examples/, tests/data/extract/generalisation/, bench/blind/) and fuzz/seeds/;
# the corpus each run grows is kept in $ASAN_BUILD_DIR/fuzz-corpus/TARGET, and a
# finding (crash, sanitizer report, leak, timeout over 30 s, over 2 GB of memory)
# is written to $ASAN_BUILD_DIR/fuzz-findings/ and fails the script: turn it into a
# unit test (tests/<module>/), then fix it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

TARGETS=(text_article json_lines html feed dates figures extract)
target=${1:-all}
seconds=${2:-60}
if [ "$target" = all ]; then selected=("${TARGETS[@]}"); else selected=("$target"); fi
for t in "${selected[@]}"; do
    [[ " ${TARGETS[*]} " == *" $t "* ]] || { echo "error: unknown fuzz target '$t' (one of: ${TARGETS[*]}, all)" >&2; exit 2; }
done
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "error: SECONDS must be a positive whole number, got '$seconds'" >&2; exit 2; }

install_packages
build_asan "${selected[@]/#/fuzz_}"

# Seed corpus of one target: the project's texts that suit it.
seeds() {
    local t=$1 dir=$ASAN_BUILD_DIR/fuzz-seeds/$1
    rm -rf "$dir"
    mkdir -p "$dir"
    case "$t" in
        text_article|extract|figures)
            cp "$ROOT"/examples/*.txt "$dir"/
            for f in "$ROOT"/tests/data/extract/generalisation/*.txt "$ROOT"/bench/blind/*.txt; do
                cp "$f" "$dir/$(basename "$(dirname "$f")")-$(basename "$f")"
            done ;;
        dates)
            cp "$ROOT"/fuzz/seeds/dates/* "$dir"/
            for f in "$ROOT"/bench/blind/*.txt; do cp "$f" "$dir/blind-$(basename "$f")"; done ;;
        *) cp "$ROOT"/fuzz/seeds/"$t"/* "$dir"/ ;;
    esac
    printf '%s' "$dir"
}

# Fuzzes one target for $seconds; its verdict goes to stderr, its exit status says whether it found anything.
fuzz_one() {
    local t=$1 corpus=$ASAN_BUILD_DIR/fuzz-corpus/$1 findings=$ASAN_BUILD_DIR/fuzz-findings seed_dir
    mkdir -p "$corpus" "$findings"
    seed_dir=$(seeds "$t")
    say "fuzzing $t for ${seconds}s (corpus $corpus)"
    local log=$ASAN_BUILD_DIR/fuzz-$t.log
    if ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
       UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
       "$ASAN_BUILD_DIR/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
           -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/$t-" "$corpus" "$seed_dir" \
           >"$log" 2>&1; then
        echo "    $t: $(grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | tr '\n' ' ')" >&2
        return 0
    fi
    echo "error: fuzz target $t found a problem; see $log and $findings/$t-*" >&2
    grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -5 >&2 || true
    return 1
}

# The targets run side by side, as many at a time as the machine has cores (CLAIMTRACK_FUZZ_JOBS
# overrides): each is single-threaded, so on a 2-core CI machine the seven take four rounds of
# $seconds instead of seven.
jobs=${CLAIMTRACK_FUZZ_JOBS:-$(nproc)}
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || { echo "error: CLAIMTRACK_FUZZ_JOBS must be a positive whole number, got '$jobs'" >&2; exit 2; }
status=0
running=0
for t in "${selected[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n || status=1
        running=$((running - 1))
    fi
    fuzz_one "$t" &
    running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
    wait -n || status=1
    running=$((running - 1))
done
exit $status
