#!/usr/bin/env bash
# Builds and runs every test (unit and end-to-end) with ctest. With
# CLAIMTRACK_SANITIZERS=1, then the same suite in a second build with
# AddressSanitizer and UndefinedBehaviorSanitizer (clang, build-asan/), and each
# libFuzzer target for a short, fixed time there (not yet the default: its run
# time and its leak reports from GDAL/PROJ are unmeasured, issue 13).
# Any test failure, sanitizer report or fuzzing finding fails the script.
# Tests that need the real gazetteer read CLAIMTRACK_GEONAMES.
# CLAIMTRACK_FUZZ_SECONDS (default 20) sets the time per fuzz target;
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_packages
ensure_geonames
default_boundaries
ensure_front
build
(cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)")

[ "${CLAIMTRACK_SANITIZERS:-0}" = 1 ] || exit 0
build_asan
# The map page test drives Chromium, which is not built here and gains nothing
# from a sanitizer; everything else runs under ASan + UBSan.
say "running the tests under ASan + UBSan (all but the browser test)"
(cd "$ASAN_BUILD_DIR" &&
 ASAN_OPTIONS=detect_leaks=1 \
 LSAN_OPTIONS=suppressions="$ROOT/scripts/lsan.supp" \
 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
 ctest --output-on-failure -j"$(nproc)" -LE browser)
bash "$ROOT/scripts/fuzz.sh" all "${CLAIMTRACK_FUZZ_SECONDS:-20}"
