#pragma once
// The gazetteer built from the real GeoNames dump named by CLAIMTRACK_GEONAMES (with the
// Russian border places beside it), once per test process. Tests fail, not skip, when the
// dump is not configured.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

namespace claimtrack::gazetteer::test {

inline std::filesystem::path dump_dir() {
    const char* env = std::getenv("CLAIMTRACK_GEONAMES");
    if (env == nullptr || *env == '\0')
        FAIL("CLAIMTRACK_GEONAMES is not set: point it at the GeoNames dump directory (e.g. "
             "../shared/geodata-raw/geonames-ua)");
    if (!std::filesystem::exists(std::filesystem::path(env) / "UA.txt"))
        FAIL("CLAIMTRACK_GEONAMES='" << env << "' holds no UA.txt");
    return env;
}

/// The options every test process builds the real index with (`claimtrack gazetteer build` uses the same).
inline BuildOptions real_build_options(const std::filesystem::path& out) {
    namespace fs = std::filesystem;
    BuildOptions opts;
    opts.dump_dirs = {dump_dir()};
    for (const char* sibling : {"geonames-ru-border", "ru-border-villages"})
        if (fs::is_directory(opts.dump_dirs[0].parent_path() / sibling))
            opts.dump_dirs.push_back(opts.dump_dirs[0].parent_path() / sibling);
    opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
    opts.out = out;
    return opts;
}

/// The index file the ctest fixture "cli: build gazetteer index from CLAIMTRACK_GEONAMES" writes, named by
/// CLAIMTRACK_TEST_REAL_INDEX (set by tests/gazetteer/CMakeLists.txt); empty when unset.
inline std::filesystem::path shared_real_index() {
    const char* env = std::getenv("CLAIMTRACK_TEST_REAL_INDEX");
    return env == nullptr ? std::filesystem::path{} : std::filesystem::path(env);
}

/// The real gazetteer: under ctest, the index the fixture built once for the whole run (opened,
/// memory-mapped, in milliseconds); run directly, built by this process from the dump.
inline const Gazetteer& real() {
    namespace fs = std::filesystem;
    static const Gazetteer gaz = [] {
        if (const fs::path shared = shared_real_index(); !shared.empty()) {
            if (!fs::exists(shared))
                FAIL("CLAIMTRACK_TEST_REAL_INDEX='" << shared.string()
                                                    << "' does not exist: the fixture test 'cli: build gazetteer "
                                                       "index from CLAIMTRACK_GEONAMES' did not run or failed");
            return Gazetteer::open(shared);
        }
        const auto opts =
            real_build_options(fs::temp_directory_path() / ("claimtrack_test_real_" + std::to_string(::getpid()) + ".ctg"));
        const auto stats = build_index(opts);
        CHECK(stats.warnings.empty());
        auto g = Gazetteer::open(opts.out);
        fs::remove(opts.out);
        return g;
    }();
    return gaz;
}

/// The English name of the settlement the real gazetteer reads at `surface` anywhere in `text`, or "".
inline std::string place_of(const std::string& text, const std::string& surface) {
    for (const auto& m : real().geoparse(text))
        if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.place.name;
    return "";
}

} // namespace claimtrack::gazetteer::test
