#!/usr/bin/env bash
# Builds and runs every test (unit and end-to-end) with ctest; then, with
# CLAIMTRACK_SANITIZERS=1 (the default), the same suite in a second build with
# AddressSanitizer and UndefinedBehaviorSanitizer (clang, build-asan/), and each
# libFuzzer target for a short, fixed time there. CI (.ci/run) runs this script
# with both halves (CLAIMTRACK_SANITIZERS defaults to 1; 0 skips the second half
# for a quick local run; issue 13, README "The tests").
# Any test failure, sanitizer report (also one from a claimtrack process an
# end-to-end test started) or fuzzing finding fails the script.
# Tests that need the real gazetteer read CLAIMTRACK_GEONAMES.
# CLAIMTRACK_FUZZ_SECONDS (default 20) sets the time per fuzz target;
# every phase prints its wall-clock and CPU time.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_packages
ensure_geonames
default_boundaries
ensure_front
timed "build" build
run_tests() { (cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)"); }
timed "tests" run_tests

case "${CLAIMTRACK_SANITIZERS:-1}" in
    0) say "skipping the ASan + UBSan tests and the fuzz targets (CLAIMTRACK_SANITIZERS=0)"; exit 0 ;;
    1) ;;
    *) echo "error: CLAIMTRACK_SANITIZERS must be 0 or 1, got '$CLAIMTRACK_SANITIZERS'" >&2; exit 2 ;;
esac
# Only what the ASan ctest and the fuzz targets need (no benchmarks).
timed "ASan + UBSan build" build_asan
timed "ASan + UBSan tests" run_asan_tests
timed "fuzzing" bash "$ROOT/scripts/fuzz.sh" all "${CLAIMTRACK_FUZZ_SECONDS:-20}"
