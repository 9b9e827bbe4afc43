# Shared by scripts/demo.sh and scripts/test.sh: install what is missing, then build.
# Sourced, not executed. Honours BUILD_DIR (default: build) and BUILD_TYPE (Release).

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Paths given in the environment are relative to where the script was started;
# the scripts change directory (ctest runs in the build tree), so every one is
# made absolute first. CLAIMTRACK_BOUNDARIES is a ':'-separated list.
absolute_path() {
    case "$1" in
        /*) printf '%s' "$1" ;;
        *) printf '%s/%s' "$PWD" "$1" ;;
    esac
}
for var in CLAIMTRACK_GEONAMES CLAIMTRACK_TEST_FRONT CLAIMTRACK_FRONT CLAIMTRACK_GAZETTEER CLAIMTRACK_DB \
           CLAIMTRACK_GEODATA CLAIMTRACK_DEV_CORPUS BUILD_DIR; do
    # A PostgreSQL connection (URI or key=value string) in CLAIMTRACK_DB is no path.
    if [ "$var" = CLAIMTRACK_DB ]; then
        case "${CLAIMTRACK_DB:-}" in postgresql://*|postgres://*|*=*) export CLAIMTRACK_DB; continue ;; esac
    fi
    if [ -n "${!var:-}" ]; then export "$var"; printf -v "$var" '%s' "$(absolute_path "${!var}")"; fi
done
if [ -n "${CLAIMTRACK_BOUNDARIES:-}" ]; then
    _list=""
    IFS=: read -r -a _parts <<< "$CLAIMTRACK_BOUNDARIES"
    for _p in "${_parts[@]}"; do [ -n "$_p" ] && _list="${_list:+$_list:}$(absolute_path "$_p")"; done
    export CLAIMTRACK_BOUNDARIES="$_list"
fi

BUILD_DIR=${BUILD_DIR:-$ROOT/build}
BUILD_TYPE=${BUILD_TYPE:-Release}
# The sanitizer build (ASan + UBSan, clang, libFuzzer targets): scripts/test.sh
# runs the ctest suite and each fuzz target there; scripts/fuzz.sh fuzzes.
ASAN_BUILD_DIR=${ASAN_BUILD_DIR:-$ROOT/build-asan}

# Debian packages the build, the tests and the demo need.
PACKAGES=(cmake ninja-build g++ pkg-config
          libgdal-dev gdal-bin libproj-dev libsqlite3-dev sqlite3 catch2
          libicu-dev nlohmann-json3-dev libcli11-dev libxml2-dev libssl-dev libgoogle-perftools-dev libcpp-httplib-dev python3
          curl unzip ca-certificates chromium nodejs
          libpq-dev postgresql-15 postgresql-15-postgis-3  # the PostgreSQL backend and its tests' throwaway cluster
          clang libclang-rt-dev)  # the sanitizer build and the libFuzzer targets
# The browser test installs playwright-core with npm. Debian ships npm apart
# from nodejs; a Node.js that bundles its own npm (NodeSource) conflicts with it.
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

say() { printf '==> %s\n' "$*" >&2; }

# timed NAME COMMAND...: runs COMMAND (a function or a program), then prints its
# wall-clock time and the CPU time (user + system) of it and its children.
timed() {
    local name=$1; shift
    local TIMEFORMAT="==> $name: %0R s wall, %0U s user + %0S s system CPU"
    time "$@"
}

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
        [ -t 0 ] || sudo=(sudo -n) # no password prompt without a terminal (CI)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    say "building ($BUILD_TYPE) in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

# Configures and builds the sanitizer tree: clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, libFuzzer coverage, -O1 -g1 (line tables for the
# reports' stack traces, no variable info: a smaller, faster build); no benchmarks.
# Arguments: build targets (default: all).
build_asan() {
    say "building with ASan + UBSan (clang) in $ASAN_BUILD_DIR"
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    cmake -S "$ROOT" -B "$ASAN_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="-O1" -DCMAKE_CXX_FLAGS_DEBUG="-g1" \
          -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCLAIMTRACK_SANITIZE=ON -DCLAIMTRACK_BUILD_FUZZ=ON \
          -DCLAIMTRACK_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
    cmake --build "$ASAN_BUILD_DIR" -j"$(nproc)" ${1:+--target "$@"}
}

# Runs the ctest suite in the sanitizer tree, all but the browser tests: they
# drive Chromium, which is not built here (the claimtrack code they reach is
# covered by the end-to-end tests). Every sanitizer report is also written to
# $ASAN_BUILD_DIR/sanitizer-reports/, so that one from a process a test started
# (claimtrack run by an end-to-end test, whose exit status the test may expect
# to be non-zero) fails the run too; sanitizer exit status 86 is no status
# claimtrack documents. LeakSanitizer suppressions: scripts/lsan.supp.
# Arguments: more ctest options (e.g. -L geo).
run_asan_tests() {
    say "running the tests under ASan + UBSan (all but the browser tests)"
    local reports=$ASAN_BUILD_DIR/sanitizer-reports
    rm -rf "$reports"
    mkdir -p "$reports"
    local common="exitcode=86:log_path=$reports/report"
    local status=0
    (cd "$ASAN_BUILD_DIR" &&
     ASAN_OPTIONS="detect_leaks=1:$common" \
     LSAN_OPTIONS="suppressions=$ROOT/scripts/lsan.supp:print_suppressions=0" \
     UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:$common" \
     ctest --output-on-failure -j"$(nproc)" -LE browser "$@") || status=$?
    if compgen -G "$reports/report.*" >/dev/null; then
        echo "error: sanitizer reports under ASan + UBSan:" >&2
        cat "$reports"/report.* >&2
        return 1
    fi
    return "$status"
}

# Sets CLAIMTRACK_GEONAMES to a directory holding the GeoNames UA dump: the
# configured one, or one downloaded from the GeoNames export server.
ensure_geonames() {
    if [ -n "${CLAIMTRACK_GEONAMES:-}" ]; then
        [ -f "$CLAIMTRACK_GEONAMES/UA.txt" ] || {
            echo "error: CLAIMTRACK_GEONAMES=$CLAIMTRACK_GEONAMES has no UA.txt" >&2; exit 1; }
        return 0
    fi
    local dir=${XDG_CACHE_HOME:-$HOME/.cache}/claimtrack/geonames-ua
    if [ ! -f "$dir/UA.txt" ]; then
        local base=https://download.geonames.org/export/dump
        say "CLAIMTRACK_GEONAMES is not set: downloading the GeoNames UA dump from $base into $dir"
        mkdir -p "$dir"
        if ! { curl -fsSL --max-time 300 -o "$dir/UA.zip" "$base/UA.zip" &&
               curl -fsSL --max-time 120 -o "$dir/admin1CodesASCII.txt" "$base/admin1CodesASCII.txt" &&
               curl -fsSL --max-time 300 -o "$dir/admin2Codes.txt" "$base/admin2Codes.txt" &&
               unzip -o -q "$dir/UA.zip" UA.txt -d "$dir"; }; then
            rm -f "$dir/UA.txt"
            echo "error: could not download the GeoNames dump (offline?)." >&2
            echo "       Set CLAIMTRACK_GEONAMES to a directory holding UA.txt (and admin1CodesASCII.txt," >&2
            echo "       admin2Codes.txt), e.g. CLAIMTRACK_GEONAMES=../shared/geodata-raw/geonames-ua" >&2
            exit 1
        fi
    fi
    export CLAIMTRACK_GEONAMES=$dir
}

# Sets CLAIMTRACK_BOUNDARIES, when unset, to geoBoundaries' ADM1 file if it
# sits beside the GeoNames dump (as in the shared data layout).
default_boundaries() {
    [ -n "${CLAIMTRACK_BOUNDARIES:-}" ] && return 0
    local adm1="$CLAIMTRACK_GEONAMES/../geoboundaries-ukr/geoBoundaries-UKR-ADM1_simplified.geojson"
    if [ -f "$adm1" ]; then export CLAIMTRACK_BOUNDARIES; CLAIMTRACK_BOUNDARIES=$(cd "$(dirname "$adm1")" && pwd)/$(basename "$adm1"); fi
    return 0
}

# Sets CLAIMTRACK_TEST_FRONT, when unset, to DeepStateMap's weekly occupied-territory
# layers: the folder beside the GeoNames dump (the shared data layout) when there is
# one, else a copy downloaded once into ~/.cache/claimtrack/deepstate-occupied-weekly
# from the GitHub mirror the shared copy came from (werowe/deepstate-map-data at a
# pinned commit; the dates are listed in scripts/deepstate-snapshots.txt). The
# end-to-end test of the front-line prior reads them. Offline, stops naming the
# variable to set. (Only the tests read this variable; the binary reads CLAIMTRACK_FRONT.)
ensure_front() {
    if [ -n "${CLAIMTRACK_TEST_FRONT:-}" ]; then
        [ -d "$CLAIMTRACK_TEST_FRONT" ] || { echo "error: CLAIMTRACK_TEST_FRONT=$CLAIMTRACK_TEST_FRONT is no directory" >&2; exit 1; }
        return 0
    fi
    local dir="$CLAIMTRACK_GEONAMES/../deepstate-occupied-weekly"
    if [ -d "$dir" ]; then export CLAIMTRACK_TEST_FRONT; CLAIMTRACK_TEST_FRONT=$(cd "$dir" && pwd); return 0; fi
    dir=${XDG_CACHE_HOME:-$HOME/.cache}/claimtrack/deepstate-occupied-weekly
    local base=https://raw.githubusercontent.com/werowe/deepstate-map-data/d7622438a39c6f5deab29562f90990b4de0eecf0/data
    local missing=0 d
    while read -r d; do [ -f "$dir/deepstatemap_data_$d.geojson" ] || missing=1; done < "$ROOT/scripts/deepstate-snapshots.txt"
    if [ "$missing" -eq 1 ]; then
        say "CLAIMTRACK_TEST_FRONT is not set: downloading DeepStateMap weekly layers from $base into $dir"
        mkdir -p "$dir"
        while read -r d; do
            local f="$dir/deepstatemap_data_$d.geojson"
            [ -f "$f" ] && continue
            if ! curl -fsSL --max-time 120 -o "$f.part" "$base/deepstatemap_data_$d.geojson"; then
                rm -f "$f.part"
                echo "error: could not download the DeepStateMap layers (offline?)." >&2
                echo "       Set CLAIMTRACK_TEST_FRONT to a directory of deepstatemap_data_YYYYMMDD.geojson files," >&2
                echo "       e.g. CLAIMTRACK_TEST_FRONT=../shared/geodata-raw/deepstate-occupied-weekly" >&2
                exit 1
            fi
            mv "$f.part" "$f"
        done < "$ROOT/scripts/deepstate-snapshots.txt"
    fi
    export CLAIMTRACK_TEST_FRONT=$dir
}
