#!/usr/bin/env bash
# Builds and runs every test (unit and end-to-end) with ctest.
# Tests that need the real gazetteer read CLAIMTRACK_GEONAMES.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_packages
ensure_geonames
default_boundaries
ensure_front
build
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)"
