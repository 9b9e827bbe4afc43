// geo::read_layer_file (the control import's reader) and geo::ControlArea on
// small layers the tests write: dates from attributes and names, bad input
// named, invalid geometry repaired; prepared point-in-polygon with holes.

#include "claimtrack/geo/control_area.hpp"
#include "claimtrack/geo/dated_layers.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using claimtrack::core::Date;
namespace geo = claimtrack::geo;
namespace fs = std::filesystem;

namespace {

fs::path scratch_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("claimtrack-control-area-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

fs::path write(const fs::path& dir, const std::string& name, const std::string& text) {
    const fs::path p = dir / name;
    std::ofstream(p) << text;
    return p;
}

/// A FeatureCollection of one feature with `geometry` and `properties` (JSON texts).
std::string collection(const std::string& geometry, const std::string& properties = "{}") {
    return R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)" + properties +
           R"(,"geometry":)" + geometry + "}]}";
}

// A square 36..37 E, 48..49 N with a hole 36.4..36.6 E, 48.4..48.6 N.
const std::string k_square_with_hole =
    R"({"type":"Polygon","coordinates":[[[36,48],[37,48],[37,49],[36,49],[36,48]],)"
    R"([[36.4,48.4],[36.4,48.6],[36.6,48.6],[36.6,48.4],[36.4,48.4]]]})";
// A bow tie: the ring crosses itself at (36.5, 48.5); valid, it is a west and an east triangle.
const std::string k_bow_tie = R"({"type":"Polygon","coordinates":[[[36,48],[37,49],[37,48],[36,49],[36,48]]]})";

std::string error_of(const fs::path& p, const geo::LayerFileOptions& o = {}) {
    try {
        geo::read_layer_file(p, o);
    } catch (const geo::GeoError& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("read_layer_file takes the date from an attribute, the name or --date", "[control_area]") {
    const fs::path dir = scratch_dir("dates");
    SECTION("the file name") {
        const auto layer = geo::read_layer_file(write(dir, "occupied_20241007.geojson", collection(k_square_with_hole)));
        CHECK(layer.date == Date{2024, 10, 7});
        CHECK(layer.date_from == "file name");
        CHECK(layer.polygons.size() == 1);
        CHECK(layer.polygons[0].size() == 2); // outer ring and hole
        CHECK(layer.box.min_lon == 36);
        CHECK(layer.box.max_lat == 49);
        CHECK(layer.repaired.empty());
    }
    SECTION("a date attribute wins over the name") {
        const auto layer = geo::read_layer_file(
            write(dir, "occupied_20241007.geojson", collection(k_square_with_hole, R"({"snapshot_date":"2024-10-06"})")));
        CHECK(layer.date == Date{2024, 10, 6});
        CHECK(layer.date_from == "attribute snapshot_date");
    }
    SECTION("--date when nothing else carries one") {
        geo::LayerFileOptions o;
        o.fallback_date = Date{2024, 1, 2};
        const auto layer = geo::read_layer_file(write(dir, "occupied.geojson", collection(k_square_with_hole)), o);
        CHECK(layer.date == Date{2024, 1, 2});
        CHECK(layer.date_from == "--date");
    }
}

TEST_CASE("read_layer_file refuses bad input with the file's name", "[control_area]") {
    const fs::path dir = scratch_dir("bad");
    const auto no_date = write(dir, "occupied.geojson", collection(k_square_with_hole));
    CHECK_THAT(error_of(no_date), Catch::Contains("occupied.geojson") && Catch::Contains("no date found"));

    const auto points = write(dir, "points_20241007.geojson", collection(R"({"type":"Point","coordinates":[36,48]})"));
    CHECK_THAT(error_of(points), Catch::Contains("points_20241007.geojson") && Catch::Contains("holds no polygon"));

    const auto garbage = write(dir, "garbage_20241007.geojson", "this is not a layer");
    CHECK_THAT(error_of(garbage), Catch::Contains("garbage_20241007.geojson"));
    CHECK_THAT(error_of(dir / "missing_20241007.geojson"), Catch::Contains("not found"));

    geo::LayerFileOptions today;
    today.not_after = Date{2024, 10, 1};
    const auto future = write(dir, "future_20241007.geojson", collection(k_square_with_hole));
    CHECK_THAT(error_of(future, today), Catch::Contains("future_20241007.geojson") &&
                                            Catch::Contains("after today (2024-10-01)"));

    const auto two = write(dir, "two_20241007.geojson",
                           R"({"type":"FeatureCollection","features":[)"
                           R"({"type":"Feature","properties":{"date":"2024-10-01"},"geometry":)" + k_square_with_hole +
                           R"(},{"type":"Feature","properties":{"date":"2024-10-02"},"geometry":)" + k_square_with_hole +
                           "}]}");
    CHECK_THAT(error_of(two), Catch::Contains("one file is one snapshot"));
}

TEST_CASE("an invalid geometry is repaired with MakeValid and said so", "[control_area]") {
    const fs::path dir = scratch_dir("repair");
    const auto layer = geo::read_layer_file(write(dir, "bowtie_20241007.geojson", collection(k_bow_tie)));
    REQUIRE(layer.repaired.size() == 1);
    CHECK_THAT(layer.repaired[0], Catch::StartsWith("feature 0") && Catch::Contains("Self-intersection"));
    CHECK(layer.polygons.size() == 2); // two triangles
    const geo::ControlArea area(layer.polygons, "bow tie");
    CHECK(area.contains({36.2, 48.5}));       // the west triangle
    CHECK(area.contains({36.8, 48.5}));       // the east one
    CHECK_FALSE(area.contains({36.5, 48.2})); // below the crossing
    SECTION("without validation it is taken as it comes") {
        geo::LayerFileOptions o;
        o.validate = false;
        CHECK(geo::read_layer_file(dir / "bowtie_20241007.geojson", o).repaired.empty());
    }
}

TEST_CASE("ControlArea: prepared point in polygon, holes and bounding boxes", "[control_area]") {
    const fs::path dir = scratch_dir("area");
    const auto layer = geo::read_layer_file(write(dir, "area_20240101.geojson", collection(k_square_with_hole)));
    // A second, separate square far east.
    auto polygons = layer.polygons;
    polygons.push_back({{{39, 47}, {39.5, 47}, {39.5, 47.5}, {39, 47.5}, {39, 47}}});
    const geo::ControlArea area(polygons, "test");
    CHECK(area.polygon_count() == 2);
    CHECK(area.contains({36.1, 48.1}));
    CHECK_FALSE(area.contains({36.5, 48.5})); // in the hole
    CHECK(area.contains({39.2, 47.2}));
    CHECK_FALSE(area.contains({38, 48.5}));   // between the squares, inside the overall box
    CHECK_FALSE(area.contains({30, 50}));     // outside every box
    CHECK(area.box().max_lon == 39.5);

    SECTION("WKB round trip, as the store keeps it") {
        const std::string wkb = geo::to_wkb(polygons);
        const auto back = geo::multipolygon_from_wkb(wkb, "test");
        REQUIRE(back.size() == 2);
        CHECK(back[0].size() == 2);
        CHECK(back[1][0][2].lon_deg == 39.5);
        CHECK_THROWS_AS(geo::multipolygon_from_wkb("nonsense", "test"), geo::GeoError);
    }
    SECTION("simplify keeps the shape and drops vertices") {
        geo::Ring wiggly;
        for (int i = 0; i <= 100; ++i) wiggly.push_back({36 + i * 0.01, 48 + (i % 2) * 0.0001});
        wiggly.push_back({37, 49});
        wiggly.push_back({36, 49});
        wiggly.push_back({36, 48});
        const auto simple = geo::simplify({{wiggly}}, 0.01);
        REQUIRE(simple.size() == 1);
        CHECK(simple[0][0].size() < 10);
        CHECK(geo::ControlArea(simple, "simple").contains({36.5, 48.5}));
    }
}
