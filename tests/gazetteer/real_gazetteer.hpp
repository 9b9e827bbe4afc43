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

inline const Gazetteer& real() {
    namespace fs = std::filesystem;
    static const Gazetteer gaz = [] {
        BuildOptions opts;
        opts.dump_dirs = {dump_dir()};
        for (const char* sibling : {"geonames-ru-border", "ru-border-villages"})
            if (fs::is_directory(opts.dump_dirs[0].parent_path() / sibling))
                opts.dump_dirs.push_back(opts.dump_dirs[0].parent_path() / sibling);
        opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
        opts.out = fs::temp_directory_path() / ("claimtrack_test_real_" + std::to_string(::getpid()) + ".ctg");
        const auto stats = build_index(opts);
        CHECK(stats.warnings.empty());
        auto g = Gazetteer::open(opts.out);
        fs::remove(opts.out);
        return g;
    }();
    return gaz;
}

} // namespace claimtrack::gazetteer::test
