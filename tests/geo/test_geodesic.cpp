// Geodesic reference values: GeographicLib's GeodSolve on WGS 84 (and a few
// closed-form cases). Each quantity has its own tolerance.

#include "claimtrack/geo/boundaries.hpp"
#include "claimtrack/geo/geodesic.hpp"
#include "claimtrack/geo/polygon.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>

using claimtrack::core::LonLat;
namespace geo = claimtrack::geo;

namespace {
struct DistanceCase {
    const char *what;
    LonLat a;
    LonLat b;
    double metres;
    double tolerance_m;
};

// Quarter meridian and equatorial values are exact properties of WGS 84;
// the others are from PROJ's `geod +ellps=WGS84 -I +units=m`.
const DistanceCase distance_cases[] = {
    {"quarter meridian (equator to north pole)", {0, 0}, {0, 90}, 10001965.729, 0.001},
    {"pole to pole through a meridian", {0, 90}, {0, -90}, 20003931.459, 0.001},
    {"one degree on the equator", {0, 0}, {1, 0}, 111319.491, 0.001},
    {"across the antimeridian on the equator", {179.5, 0}, {-179.5, 0}, 111319.491, 0.001},
    {"across the antimeridian at 60N", {179.5, 60}, {-179.5, 60}, 55799.470, 0.01},
    {"Kyiv to Kharkiv", {30.5234, 50.4501}, {36.2304, 49.9935}, 410332.279, 0.01},
    {"same point", {33.6, 47.1}, {33.6, 47.1}, 0.0, 1e-9},
    {"near the north pole, opposite meridians", {0, 89.9}, {180, 89.9}, 22338.796, 0.01},
};
} // namespace

TEST_CASE("distance_m matches reference values", "[geodesic]") {
    for (const auto &c : distance_cases) {
        SECTION(c.what) {
            CHECK(geo::distance_m(c.a, c.b) == Approx(c.metres).margin(c.tolerance_m));
            CHECK(geo::distance_m(c.b, c.a) == Approx(c.metres).margin(c.tolerance_m));
        }
    }
}

TEST_CASE("destination inverts distance", "[geodesic]") {
    SECTION("due north 100 km from Kherson") {
        const LonLat from{32.6169, 46.6354};
        const LonLat to = geo::destination(from, 0.0, 100000.0);
        CHECK(to.lon_deg == Approx(32.6169).margin(1e-9));
        CHECK(geo::distance_m(from, to) == Approx(100000.0).margin(1e-3));
    }
    SECTION("east across the antimeridian wraps the longitude") {
        const LonLat to = geo::destination({179.9, 0.0}, 90.0, 111319.491 * 0.2);
        CHECK(to.lon_deg == Approx(-179.9).margin(1e-6));
        CHECK(to.lat_deg == Approx(0.0).margin(1e-9));
    }
    SECTION("over the north pole") {
        const double to_pole = geo::distance_m({0.0, 89.0}, {0.0, 90.0});
        const LonLat to = geo::destination({0.0, 89.0}, 0.0, 2.0 * to_pole);
        CHECK(to.lat_deg == Approx(89.0).margin(1e-3));
        CHECK(std::fabs(to.lon_deg) == Approx(180.0).margin(1e-6));
    }
}

TEST_CASE("polygon_area_km2", "[geodesic][polygon]") {
    SECTION("a 1 degree cell at the equator (about 111.3 km x 110.6 km)") {
        const geo::Ring cell{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        CHECK(geo::polygon_area_km2(cell) == Approx(12308.778).margin(2.0));
    }
    SECTION("closed and open rings and both windings agree") {
        const geo::Ring open{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        const geo::Ring closed{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
        const geo::Ring clockwise{{0, 0}, {0, 1}, {1, 1}, {1, 0}};
        CHECK(geo::polygon_area_km2(closed) == Approx(geo::polygon_area_km2(open)).epsilon(1e-12));
        CHECK(geo::polygon_area_km2(clockwise) == Approx(geo::polygon_area_km2(open)).epsilon(1e-12));
    }
    SECTION("a cell straddling the antimeridian has the area of one that does not") {
        const geo::Ring straddling{{179.5, 0}, {-179.5, 0}, {-179.5, 1}, {179.5, 1}};
        const geo::Ring plain{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        CHECK(geo::polygon_area_km2(straddling) == Approx(geo::polygon_area_km2(plain)).epsilon(1e-9));
    }
    SECTION("a square around the north pole has about 2 r^2 (r: pole to its corners)") {
        const geo::Ring square{{0, 89}, {90, 89}, {180, 89}, {-90, 89}};
        const double r_km = geo::distance_m({0, 89}, {0, 90}) / 1000.0;
        CHECK(geo::polygon_area_km2(square) == Approx(2.0 * r_km * r_km).epsilon(0.01));
    }
    SECTION("degenerate rings have no area") {
        CHECK(geo::polygon_area_km2(geo::Ring{}) == 0.0);
        CHECK(geo::polygon_area_km2(geo::Ring{{0, 0}, {1, 1}}) == 0.0);
    }
    SECTION("a hole is subtracted") {
        const geo::Polygon with_hole{{{0, 0}, {2, 0}, {2, 2}, {0, 2}},
                                     {{0.5, 0.5}, {1.5, 0.5}, {1.5, 1.5}, {0.5, 1.5}}};
        const double outer = geo::polygon_area_km2(with_hole[0]);
        const double hole = geo::polygon_area_km2(with_hole[1]);
        CHECK(geo::polygon_area_km2(with_hole) == Approx(outer - hole));
        CHECK(geo::multipolygon_area_km2({with_hole, with_hole}) == Approx(2 * (outer - hole)));
    }
}

TEST_CASE("convex_hull", "[polygon]") {
    SECTION("drops interior points and returns a closed counter-clockwise ring") {
        const geo::Ring hull = geo::convex_hull({{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}, {1, 0.5}});
        REQUIRE(hull.size() == 5);
        CHECK(hull.front().lon_deg == hull.back().lon_deg);
        CHECK(hull.front().lat_deg == hull.back().lat_deg);
        CHECK(geo::is_counter_clockwise(hull));
    }
    SECTION("fewer than three points, duplicates or collinear points give no hull") {
        CHECK(geo::convex_hull({}).empty());
        CHECK(geo::convex_hull({{0, 0}, {1, 1}}).empty());
        CHECK(geo::convex_hull({{0, 0}, {0, 0}, {0, 0}}).empty());
        CHECK(geo::convex_hull({{0, 0}, {1, 1}, {2, 2}}).empty());
    }
    SECTION("hull area of Kherson villages is a few hundred km2") {
        // Vysokopillia, Novovoznesenske, Bilohirka, Sukhyi Stavok, Myroliubivka (approximate)
        const geo::Ring hull = geo::convex_hull(
            {{33.529, 47.488}, {33.713, 47.388}, {33.361, 47.169}, {33.612, 47.124}, {33.589, 47.279}});
        const double km2 = geo::polygon_area_km2(hull);
        CHECK(km2 > 100.0);
        CHECK(km2 < 1000.0);
    }
}

TEST_CASE("admin_name_key folds spellings and suffixes", "[boundaries]") {
    CHECK(geo::admin_name_key("Kherson Oblast") == "kherson");
    CHECK(geo::admin_name_key("Kherson region") == "kherson");
    CHECK(geo::admin_name_key("Odessa Oblast") == geo::admin_name_key("Odesa"));
    CHECK(geo::admin_name_key("Zaporizhia Oblast") == geo::admin_name_key("Zaporizhzhia region"));
    CHECK(geo::admin_name_key("Ivano-Frankivsk Oblast") == "ivanofrankivsk");
    CHECK(geo::admin_name_key("Autonomous Republic of Crimea") == "crimea");
    CHECK(geo::admin_name_key("") == "");
}

TEST_CASE("BoundarySet reads a boundary file", "[boundaries]") {
    const std::filesystem::path file = std::filesystem::path(CLAIMTRACK_TEST_DATA_DIR) / "geo/two_oblasts.geojson";
    const auto set = geo::BoundarySet::read(file);
    REQUIRE(set.all().size() == 2);
    const geo::Boundary *kherson = set.find("Kherson region");
    REQUIRE(kherson != nullptr);
    CHECK(kherson->name == "Kherson Oblast");
    CHECK(kherson->iso == "UA-65");
    REQUIRE(kherson->geometry.size() == 2); // mainland + island
    CHECK(geo::multipolygon_area_km2(kherson->geometry) > 0.0);
    CHECK(set.find("Odessa") != nullptr);
    CHECK(set.find("Kharkiv") == nullptr);
    CHECK_THROWS_AS(geo::BoundarySet::read(file.parent_path() / "no_such_file.geojson"), geo::GeoError);
}

TEST_CASE("BoundarySet reads the configured boundary file", "[boundaries][shared]") {
    const char *env = std::getenv("CLAIMTRACK_BOUNDARIES");
    if (env == nullptr || *env == '\0') FAIL("CLAIMTRACK_BOUNDARIES is not set: it must name an oblast boundary file");
    const auto set = geo::BoundarySet::read_list(env);
    const geo::Boundary *kharkiv = set.find("Kharkiv region");
    REQUIRE(kharkiv != nullptr);
    // Kharkiv Oblast: 31,415 km2; the simplified outline is within 1 %.
    CHECK(geo::multipolygon_area_km2(kharkiv->geometry) == Approx(31415).epsilon(0.01));
}
