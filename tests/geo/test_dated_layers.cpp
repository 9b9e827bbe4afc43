// geo::DatedLayers on project-made fixtures (tests/data/geo/front): a square
// whose west edge moves east over three dates and whose east edge stays put.

#include "claimtrack/geo/dated_layers.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using claimtrack::core::Date;
namespace geo = claimtrack::geo;
namespace fs = std::filesystem;

namespace {
const fs::path k_front = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "geo" / "front";
// km per degree of longitude at 48.5 N, as the reader measures (a plane tangent at the point).
const double k_km_per_lon = 111.32 * std::cos(48.5 * 3.14159265358979323846 / 180.0);

fs::path scratch_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("claimtrack-dated-layers-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}
} // namespace

TEST_CASE("date_in_file_name reads YYYYMMDD and YYYY-MM-DD", "[dated_layers]") {
    CHECK(geo::date_in_file_name("deepstatemap_data_20240909") == Date{2024, 9, 9});
    CHECK(geo::date_in_file_name("control-2024-07-01") == Date{2024, 7, 1});
    CHECK(geo::date_in_file_name("20250102_occupied_v2") == Date{2025, 1, 2});
    CHECK_FALSE(geo::date_in_file_name("occupied_v2"));
    CHECK_FALSE(geo::date_in_file_name("area_20241340"));  // no 40th of the 13th month
    CHECK_FALSE(geo::date_in_file_name("area_202409091")); // nine digits are no date
}

TEST_CASE("DatedLayers opens a directory of dated files", "[dated_layers]") {
    const auto layers = geo::DatedLayers::open(k_front);
    REQUIRE(layers.size() == 3);
    CHECK(layers.dates() == std::vector<Date>{{2024, 1, 1}, {2024, 4, 1}, {2024, 7, 1}});
    CHECK(layers.file(2).filename() == "area-2024-07-01.geojson");
    CHECK(layers.polygons(0).size() == 1);

    SECTION("the nearest snapshot and its distance from the date") {
        const auto n = layers.nearest(Date{2024, 3, 20});
        REQUIRE(n);
        CHECK(n->date == Date{2024, 4, 1});
        CHECK(n->days_off == 12);
        CHECK(layers.nearest(Date{2023, 6, 1})->snapshot == 0);
        CHECK(layers.nearest(Date{2026, 1, 1})->days_off > 500);
        // 2024-02-15 lies 45 days after the first and 46 before the second.
        CHECK(layers.nearest(Date{2024, 2, 15})->snapshot == 0);
        CHECK(layers.nearest(Date{2024, 2, 16})->snapshot == 1); // 46 days after the first, 45 before the second
    }
    SECTION("contains follows the moving edge") {
        CHECK(layers.contains(Date{2024, 1, 2}, {36.05, 48.5}));
        CHECK_FALSE(layers.contains(Date{2024, 4, 2}, {36.05, 48.5}));
        CHECK(layers.contains(std::size_t{2}, {36.5, 48.5}));
        CHECK_FALSE(layers.contains(std::size_t{2}, {37.5, 48.5}));
    }
    SECTION("distance to the edge that moved, not to the border that never did") {
        // West of the area: to the west edge at 36.1 E in April.
        CHECK(layers.distance_to_edge_km(Date{2024, 4, 1}, {35.6, 48.5}) == Approx(0.5 * k_km_per_lon).epsilon(0.01));
        // Inside, near the unchanged east edge: the distance is to the west edge.
        CHECK(layers.distance_to_edge_km(std::size_t{0}, {36.9, 48.5}) == Approx(0.9 * k_km_per_lon).epsilon(0.01));
        // East of the border: the same.
        CHECK(layers.distance_to_edge_km(std::size_t{2}, {37.3, 48.5}) == Approx(1.1 * k_km_per_lon).epsilon(0.01));
        // Beyond the bound: infinity.
        CHECK(std::isinf(layers.distance_to_edge_km(std::size_t{2}, {37.3, 48.5}, 50.0)));
        CHECK(layers.counted_edge_share() < 0.5);
    }
    SECTION("an unchanged edge with a witness beyond it is a front that did not move") {
        geo::EdgeOptions witnessed;
        witnessed.witnesses = {{37.02, 48.5}, {36.5, 48.5}}; // one outside, 1.5 km east; one inside
        const auto kept = geo::DatedLayers::open(k_front, witnessed);
        CHECK(kept.distance_to_edge_km(std::size_t{2}, {37.3, 48.5}) == Approx(0.3 * k_km_per_lon).epsilon(0.01));
        geo::EdgeOptions inside_only;
        inside_only.witnesses = {{36.5, 48.5}, {37.2, 48.5}}; // the outer one too far (15 km)
        const auto left = geo::DatedLayers::open(k_front, inside_only);
        CHECK(left.distance_to_edge_km(std::size_t{2}, {37.3, 48.5}) == Approx(1.1 * k_km_per_lon).epsilon(0.01));
    }
    SECTION("every edge counts when asked") {
        geo::EdgeOptions all;
        all.skip_unchanged = false;
        const auto every = geo::DatedLayers::open(k_front, all);
        CHECK(every.distance_to_edge_km(std::size_t{2}, {37.3, 48.5}) == Approx(0.3 * k_km_per_lon).epsilon(0.01));
        CHECK(every.counted_edge_share() == 1.0);
    }
}

TEST_CASE("DatedLayers reports unreadable input by name", "[dated_layers]") {
    CHECK_THROWS_WITH(geo::DatedLayers::open(k_front / "no-such-dir"), Catch::Contains("no-such-dir"));
    const fs::path undated = scratch_dir("undated");
    std::ofstream(undated / "area.geojson") << "{}";
    CHECK_THROWS_WITH(geo::DatedLayers::open(undated), Catch::Contains("no file whose name carries a date"));
    const fs::path broken = scratch_dir("broken");
    std::ofstream(broken / "area_20240101.geojson") << "this is not GeoJSON";
    CHECK_THROWS_AS(geo::DatedLayers::open(broken), geo::GeoError);
    CHECK_THROWS_WITH(geo::DatedLayers::open(broken), Catch::Contains("area_20240101.geojson"));
    const fs::path twice = scratch_dir("twice");
    fs::copy_file(k_front / "area_20240101.geojson", twice / "a_20240101.geojson");
    fs::copy_file(k_front / "area_20240101.geojson", twice / "b-2024-01-01.geojson");
    CHECK_THROWS_WITH(geo::DatedLayers::open(twice), Catch::Contains("two files of 2024-01-01"));
}
