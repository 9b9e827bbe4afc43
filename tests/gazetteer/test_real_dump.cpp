// Tests against the real GeoNames dump named by CLAIMTRACK_GEONAMES. They
// fail, not skip, when the dump is not configured.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace claimtrack::gazetteer;

namespace {

fs::path dump_dir() {
    const char* env = std::getenv("CLAIMTRACK_GEONAMES");
    if (env == nullptr || *env == '\0')
        FAIL("CLAIMTRACK_GEONAMES is not set: point it at the GeoNames dump directory (e.g. "
             "../shared/geodata-raw/geonames-ua)");
    if (!fs::exists(fs::path(env) / "UA.txt")) FAIL("CLAIMTRACK_GEONAMES='" << env << "' holds no UA.txt");
    return env;
}

const Gazetteer& real() {
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

} // namespace

TEST_CASE("real dump: coverage and namesakes", "[gazetteer][geonames]") {
    const auto& g = real();
    CHECK(g.size() > 45000);
    CHECK(g.lookup("Myrolyubivka").size() >= 20);
    GeocodeQuery q;
    q.name = "Myrolyubivka";
    q.near = "Vysokopillia";
    const auto c = g.geocode(q);
    REQUIRE(!c.empty());
    CHECK(c[0].place.id == 707441);
    CHECK(c[0].place.admin2 == "Beryslav");
}

TEST_CASE("real dump: renamings and Russian border villages", "[gazetteer][geonames]") {
    const auto& g = real();
    CHECK(g.lookup("Artemivsk").front().id == 713174);
    CHECK(!g.lookup("Sudzha").empty());
    CHECK(!g.lookup("Martynovka").empty());
}
