// Index building, lookup under every spelling and renaming, geocoding and
// geoparsing, on a tiny project-written dump (tests/data/gazetteer/mini).

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace claimtrack;
using namespace claimtrack::gazetteer;

namespace {

const fs::path k_data = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "gazetteer";

fs::path temp_index(const std::string& name) {
    return fs::temp_directory_path() / ("claimtrack_test_" + name + "_" + std::to_string(::getpid()) + ".ctg");
}

/// The mini dump, built once per test binary run.
const Gazetteer& mini() {
    static const Gazetteer gaz = [] {
        BuildOptions opts;
        opts.dump_dirs = {k_data / "mini"};
        opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
        opts.out = temp_index("mini");
        build_index(opts);
        auto g = Gazetteer::open(opts.out);
        fs::remove(opts.out);
        return g;
    }();
    return gaz;
}

bool has_id(const std::vector<core::Place>& places, std::int64_t id) {
    return std::any_of(places.begin(), places.end(), [&](const core::Place& p) { return p.id == id; });
}

std::vector<core::Mention> settlements(const std::string& text) {
    auto all = mini().geoparse(text);
    std::erase_if(all, [](const core::Mention& m) { return m.place.kind != core::PlaceKind::Settlement; });
    return all;
}

} // namespace

TEST_CASE("lookup finds a place under every spelling", "[gazetteer]") {
    const auto& g = mini();
    SECTION("names and alternate names, Latin and Cyrillic") {
        CHECK(has_id(g.lookup("Izyum"), 6));
        CHECK(has_id(g.lookup("Izium"), 6));
        CHECK(has_id(g.lookup("Ізюм"), 6));
        CHECK(has_id(g.lookup("Изюм"), 6));
        CHECK(has_id(g.lookup("KHARKIV"), 5));
    }
    SECTION("generated romanisations and loose keys") {
        CHECK(has_id(g.lookup("Visokopiylya"), 2));
        CHECK(has_id(g.lookup("Sukhy Stavok"), 11));
        CHECK(has_id(g.lookup("Maryinka"), 9));
        CHECK(has_id(g.lookup("Marjinka"), 9));
        CHECK(has_id(g.lookup("Novovoznesenskoye"), 17));
        CHECK(has_id(g.lookup("Mirolyubovka"), 3)); // BGN form of the Russian alternate
    }
    SECTION("one edit away, for long names") { CHECK(has_id(g.lookup("Novovoznesenskee"), 17)); }
    SECTION("unknown names") { CHECK(g.lookup("Atlantis").empty()); }
}

TEST_CASE("renamings from geodata/renamings.tsv", "[gazetteer]") {
    const auto& g = mini();
    SECTION("decommunisation renames") {
        CHECK(has_id(g.lookup("Artemivsk"), 7));
        CHECK(has_id(g.lookup("Krasnoarmiisk"), 8));
    }
    SECTION("occupation-era Russian names") {
        CHECK(has_id(g.lookup("Artyomovsk"), 7));
        CHECK(has_id(g.lookup("Красноармейск"), 8));
    }
    SECTION("Russian-based press forms") {
        CHECK(has_id(g.lookup("Avdeevka"), 10));
        CHECK(has_id(g.lookup("Volchansk"), 16));
    }
}

TEST_CASE("broken dumps are refused with file and line", "[gazetteer]") {
    BuildOptions opts;
    opts.out = temp_index("broken");
    SECTION("a row with a missing column") {
        opts.dump_dirs = {k_data / "broken-columns"};
        REQUIRE_THROWS_AS(build_index(opts), GazetteerError);
        REQUIRE_THROWS_WITH(build_index(opts), Catch::Contains("UA.txt") && Catch::Contains("line 2"));
    }
    SECTION("a row with bad coordinates") {
        opts.dump_dirs = {k_data / "broken-coords"};
        REQUIRE_THROWS_AS(build_index(opts), GazetteerError);
        REQUIRE_THROWS_WITH(build_index(opts), Catch::Contains("line 1") && Catch::Contains("latitude"));
    }
    SECTION("a missing directory") {
        opts.dump_dirs = {k_data / "no-such-dir"};
        REQUIRE_THROWS_AS(build_index(opts), GazetteerError);
    }
    SECTION("an index file that is not one") {
        REQUIRE_THROWS_AS(Gazetteer::open(k_data / "mini" / "UA.txt"), GazetteerError);
    }
    CHECK_FALSE(fs::exists(opts.out));
}

TEST_CASE("namesakes are resolved from the text", "[gazetteer]") {
    SECTION("by the oblast the text names") {
        auto m = settlements("Fighting went on near Myrolyubivka in the Kharkiv region.");
        REQUIRE(m.size() == 1);
        CHECK(m[0].place.id == 4);
        // The region phrase qualifies the name: the namesake in Kherson oblast is no candidate.
        CHECK(m[0].candidate_count == 1);
        CHECK(!m[0].runner_up);
        // Named elsewhere in the text, the oblast only weighs: both namesakes stay candidates.
        m = settlements("The Kharkiv region was shelled. Fighting went on near Myrolyubivka.");
        REQUIRE(m.size() == 1);
        CHECK(m[0].place.id == 4);
        CHECK(m[0].candidate_count == 2);
        REQUIRE(m[0].runner_up);
        CHECK(m[0].runner_up->id == 3);
        m = settlements("Troops entered Myrolyubivka, Kherson Oblast, on Sunday.");
        REQUIRE(m.size() == 1);
        CHECK(m[0].place.id == 3);
    }
    SECTION("by closeness to the other places of the text") {
        const auto m = settlements("Our units freed Vysokopillia and Myroliubivka this week.");
        REQUIRE(m.size() == 2);
        CHECK(m[1].place.id == 3);
        CHECK(m[1].place.admin2 == "Beryslav");
    }
    SECTION("geocode --near") {
        GeocodeQuery q;
        q.name = "Myrolyubivka";
        q.near = "Vysokopillia";
        const auto c = mini().geocode(q);
        REQUIRE(c.size() == 2);
        CHECK(c[0].place.id == 3);
        CHECK(!c[0].reasons.empty());
    }
    SECTION("geocode --oblast") {
        GeocodeQuery q;
        q.name = "Myroliubivka";
        q.oblast = "Kharkiv";
        const auto c = mini().geocode(q);
        REQUIRE(!c.empty());
        CHECK(c[0].place.id == 4);
    }
}

TEST_CASE("geoparse leaves out what is not a place", "[gazetteer]") {
    SECTION("metonyms") {
        CHECK(settlements("Kyiv said the strikes would continue.").empty());
        CHECK(settlements("The talks stalled after Kyiv's counter-offensive began.").empty());
        CHECK(settlements("Observers in the Kremlin were silent.").empty());
        CHECK(settlements("Missiles hit Kyiv overnight.").size() == 1);
    }
    SECTION("people") {
        CHECK(settlements("Deputy mayor Ivan Pokrovsk spoke to reporters.").empty());
        CHECK(settlements("Governor Bakhmut visited the front.").empty());
    }
    SECTION("English words that are village names") {
        CHECK(settlements("Pobeda was declared by both sides.").empty());
        CHECK(settlements("In May the front did not move.").empty());
    }
    SECTION("lower-case words") { CHECK(settlements("the sukhyi stavok (dry pond) near the road").empty()); }
}

TEST_CASE("geoparse finds names and regions", "[gazetteer]") {
    const std::string text = "Ukrainian troops entered Izium and Sukhy Stavok, in the Kharkiv and Kherson regions.";
    const auto all = mini().geoparse(text);
    std::vector<std::string> surfaces;
    for (const auto& m : all) surfaces.push_back(m.surface + ":" + std::string(core::to_string(m.place.kind)));
    CHECK(std::find(surfaces.begin(), surfaces.end(), "Izium:settlement") != surfaces.end());
    CHECK(std::find(surfaces.begin(), surfaces.end(), "Sukhy Stavok:settlement") != surfaces.end());
    CHECK(std::find(surfaces.begin(), surfaces.end(), "Kharkiv:admin1") != surfaces.end());
    CHECK(std::find(surfaces.begin(), surfaces.end(), "Kherson regions:admin1") != surfaces.end());
    for (const auto& m : all) CHECK(text.substr(m.span.start, m.span.size()) == m.surface);

    SECTION("a region phrase is the oblast, not the city") {
        const auto m = mini().geoparse("Shelling hit the Kherson region again.");
        REQUIRE(m.size() == 1);
        CHECK(m[0].place.kind == core::PlaceKind::Admin1);
        CHECK(m[0].precision == 3);
    }
    SECTION("a river after 'the'") {
        const auto m = mini().geoparse("Troops crossed the Dnipro at night.");
        REQUIRE(m.size() == 1);
        CHECK(m[0].place.kind == core::PlaceKind::Water);
    }
    SECTION("exact Cyrillic names") {
        const auto m = settlements("Бої тривають біля Покровськ і Ізюм.");
        CHECK(m.size() == 2);
    }
}

TEST_CASE("boundary file: each candidate's polygon, disagreement with GeoNames flagged", "[gazetteer][boundaries]") {
    BuildOptions opts;
    opts.dump_dirs = {k_data / "mini"};
    opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
    opts.out = temp_index("mini-boundaries");
    build_index(opts);
    auto g = Gazetteer::open(opts.out);
    fs::remove(opts.out);
    CHECK_FALSE(g.has_boundaries());
    CHECK_THROWS_AS(g.use_boundaries(k_data / "no-such-file.geojson"), GazetteerError);

    g.use_boundaries(fs::path(CLAIMTRACK_TEST_DATA_DIR) / "geo" / "two_oblasts.geojson");
    REQUIRE(g.has_boundaries());
    CHECK(g.boundary_at({32.615, 46.637}) == "Kherson Oblast"); // the city of Kherson
    CHECK(g.boundary_at({30.0, 46.0}) == "Odesa Oblast");
    CHECK(g.boundary_at({31.6, 46.1}) == "Kherson Oblast");     // the second part of the multipolygon
    CHECK(g.boundary_at({36.0, 48.0}).empty());
    GeocodeQuery q;
    q.name = "Kherson";
    auto c = g.geocode(q);
    REQUIRE(!c.empty());
    CHECK(c[0].boundary_admin1 == "Kherson Oblast");
    CHECK_FALSE(c[0].boundary_disagrees);

    // A polygon (written for this test) that claims Vysokopillya for Odesa oblast.
    g.use_boundaries(k_data / "odesa_over_vysokopillya.geojson");
    q.name = "Vysokopillia";
    c = g.geocode(q);
    REQUIRE(!c.empty());
    CHECK(c[0].boundary_admin1 == "Odesa Oblast");
    CHECK(c[0].boundary_disagrees);
    CHECK(std::any_of(c[0].reasons.begin(), c[0].reasons.end(),
                      [](const std::string& r) { return r.find("GeoNames in Kherson") != std::string::npos; }));
}
