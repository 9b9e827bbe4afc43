// write_layer: every format written to a temporary directory and read back
// with OGR (feature count, lon/lat order, field types), plus the error paths.

#include "claimtrack/export/writer.hpp"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <set>
#include <string>

namespace fs = std::filesystem;
using namespace claimtrack::exporter;

namespace {

/// A fresh directory under the system temp dir, removed at scope exit.
class TempDir {
  public:
    TempDir() {
        std::random_device rd;
        m_path = fs::temp_directory_path() / ("claimtrack-export-test-" + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    const fs::path &path() const { return m_path; }

  private:
    fs::path m_path;
};

Layer sample_points() {
    Layer layer;
    layer.name = "claims";
    layer.label_field = "place_name";
    layer.description_field = "evidence";
    layer.fields = {{"claim_id", FieldType::Integer},
                    {"place_name", FieldType::String},
                    {"confidence", FieldType::Real},
                    {"stated_on", FieldType::Date},
                    {"evidence", FieldType::String}};
    layer.features.push_back({claimtrack::core::LonLat{33.6123, 47.1234},
                              {},
                              {},
                              {std::int64_t{1}, std::string("Sukhyi Stavok"), 0.8, std::string("2022-09-12"),
                               std::string("Towns liberated included \"Sukhyi Stavok\", <b>& more</b>")}});
    layer.features.push_back({claimtrack::core::LonLat{36.2304, 49.9935},
                              {},
                              {},
                              {std::int64_t{2}, std::string("Kharkiv"), Value{}, Value{}}});
    return layer;
}

Layer sample_polygon() {
    Layer layer;
    layer.name = "regions";
    layer.fields = {{"region", FieldType::String}, {"area_km2", FieldType::Real}};
    // Clockwise on purpose: RFC 7946 output must be counter-clockwise.
    layer.features.push_back(
        {std::nullopt, {{32.0, 46.0}, {32.0, 47.0}, {34.0, 47.0}, {34.0, 46.0}}, {}, {std::string("Kherson"), 500.0}});
    return layer;
}

GDALDatasetUniquePtr open_vector(const fs::path &file) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    REQUIRE(ds->GetLayerCount() >= 1);
    return ds;
}

OGRFieldType field_type(OGRLayer &layer, const char *name) {
    const int idx = layer.GetLayerDefn()->GetFieldIndex(name);
    REQUIRE(idx >= 0);
    return layer.GetLayerDefn()->GetFieldDefn(idx)->GetType();
}

std::string slurp(const fs::path &file) {
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct FormatCase {
    const char *format;
    const char *file;
    bool typed;             ///< the format keeps numeric and date types (KML does not)
    const char *name_field; ///< where place_name reads back from (KML: its <name>)
};

} // namespace

TEST_CASE("every format reads back with OGR", "[writer]") {
    const FormatCase cases[] = {
        {"GeoJSON", "out.geojson", true, "place_name"},
        {"geojsonl", "out.geojsonl", true, "place_name"},
        {"gpkg", "out.gpkg", true, "place_name"},
        {"FGB", "out.fgb", true, "place_name"},
        {"kml", "out.kml", false, "Name"},
        {"csv", "out.csv", true, "place_name"},
    };
    for (const auto &c : cases) {
        SECTION(c.format) {
            TempDir dir;
            const fs::path out = dir.path() / c.file;
            write_layer(sample_points(), {c.format, out, false});
            auto ds = open_vector(out);
            OGRLayer *layer = ds->GetLayer(0);
            CHECK(layer->GetFeatureCount() == 2);

            std::set<std::string> names;
            for (auto &feature : *layer) {
                const std::string name = feature->GetFieldAsString(c.name_field);
                names.insert(name);
                const OGRGeometry *g = feature->GetGeometryRef();
                REQUIRE(g != nullptr);
                REQUIRE(wkbFlatten(g->getGeometryType()) == wkbPoint);
                if (name == "Sukhyi Stavok") {
                    CHECK(g->toPoint()->getX() == Approx(33.6123).margin(1e-6)); // lon first
                    CHECK(g->toPoint()->getY() == Approx(47.1234).margin(1e-6));
                }
            }
            CHECK(names == std::set<std::string>{"Kharkiv", "Sukhyi Stavok"});

            if (c.typed) {
                const OGRFieldType id_type = field_type(*layer, "claim_id");
                CHECK((id_type == OFTInteger || id_type == OFTInteger64));
                CHECK(field_type(*layer, "confidence") == OFTReal);
                const OGRFieldType date_type = field_type(*layer, "stated_on");
                CHECK((date_type == OFTDate || date_type == OFTDateTime));
                CHECK(field_type(*layer, "place_name") == OFTString);
            }
            // No temporary or partial file is left next to the output.
            for (const auto &entry : fs::directory_iterator(dir.path()))
                CHECK(entry.path().filename().string().find(".partial-") == std::string::npos);
        }
    }
}

TEST_CASE("GeoJSON is RFC 7946", "[writer][geojson]") {
    TempDir dir;
    const fs::path points = dir.path() / "points.geojson";
    write_layer(sample_points(), {"geojson", points, false});
    const std::string text = slurp(points);
    CHECK(text.find("\"crs\"") == std::string::npos);
    CHECK(text.find("[ 33.6123, 47.1234 ]") != std::string::npos);
    CHECK(text.find("\"stated_on\": \"2022-09-12\"") != std::string::npos);
    CHECK(text.find("\"confidence\": null") != std::string::npos);

    SECTION("outer rings are counter-clockwise") {
        const fs::path polygons = dir.path() / "polygons.geojson";
        write_layer(sample_polygon(), {"GeoJSON", polygons, false});
        auto ds = open_vector(polygons);
        auto feature = std::unique_ptr<OGRFeature>(ds->GetLayer(0)->GetNextFeature());
        REQUIRE(feature);
        const OGRGeometry *g = feature->GetGeometryRef();
        REQUIRE(g != nullptr);
        const OGRPolygon *polygon = wkbFlatten(g->getGeometryType()) == wkbMultiPolygon
                                        ? g->toMultiPolygon()->getGeometryRef(0)
                                        : g->toPolygon();
        CHECK_FALSE(polygon->getExteriorRing()->isClockwise());
    }
}

TEST_CASE("GeoPackage keeps exact types and a spatial index", "[writer][gpkg]") {
    TempDir dir;
    const fs::path out = dir.path() / "claims.gpkg";
    Layer layer = sample_points();
    layer.fields.push_back({"recorded_at", FieldType::DateTime});
    layer.features[0].values.push_back(std::string("2022-09-12T10:00:00Z"));
    write_layer(layer, {"GeoPackage", out, false});
    auto ds = open_vector(out);
    OGRLayer *l = ds->GetLayer(0);
    CHECK(field_type(*l, "claim_id") == OFTInteger64);
    CHECK(field_type(*l, "stated_on") == OFTDate);
    CHECK(field_type(*l, "recorded_at") == OFTDateTime);
    CHECK(wkbFlatten(l->GetGeomType()) == wkbPoint);
    OGRLayer *sql = ds->ExecuteSQL("SELECT HasSpatialIndex('claims', 'geom')", nullptr, "SQLite");
    REQUIRE(sql != nullptr);
    auto row = std::unique_ptr<OGRFeature>(sql->GetNextFeature());
    REQUIRE(row);
    CHECK(row->GetFieldAsInteger(0) == 1);
    row.reset();
    ds->ReleaseResultSet(sql);
}

TEST_CASE("GeoPackage R-tree is bulk-loaded complete and sound", "[writer][gpkg]") {
    TempDir dir;
    const fs::path out = dir.path() / "many.gpkg";
    Layer layer;
    layer.name = "claims";
    layer.fields = {{"n", FieldType::Integer}};
    // 3000 points over 60 x 50 places: three R-tree levels with 51 cells a node.
    for (int i = 0; i < 3000; ++i)
        layer.features.push_back(
            {claimtrack::core::LonLat{22.5 + (i % 60) * 0.25, 44.6 + (i / 60) * 0.1}, {}, {}, {std::int64_t{i}}});
    write_layer(layer, {"GPKG", out, false});
    auto ds = open_vector(out);
    const auto scalar = [&ds](const char *sql) {
        OGRLayer *rows = ds->ExecuteSQL(sql, nullptr, "SQLite");
        REQUIRE(rows != nullptr);
        auto row = std::unique_ptr<OGRFeature>(rows->GetNextFeature());
        REQUIRE(row);
        std::string value = row->GetFieldAsString(0);
        row.reset();
        ds->ReleaseResultSet(rows);
        return value;
    };
    CHECK(scalar("SELECT rtreecheck('rtree_claims_geom')") == "ok");
    CHECK(scalar("SELECT count(*) FROM rtree_claims_geom") == "3000");
    CHECK(scalar("SELECT count(*) FROM sqlite_master WHERE name = 'rtree_claims_geom_insert'") == "1");
    // A window query through the index finds exactly the points inside.
    CHECK(scalar("SELECT count(*) FROM rtree_claims_geom WHERE minx >= 22.4 AND maxx <= 23.3 AND "
                 "miny >= 44.5 AND maxy <= 44.75") == "8");
    OGRLayer *l = ds->GetLayer(0);
    l->SetSpatialFilterRect(22.4, 44.5, 23.3, 44.75);
    CHECK(l->GetFeatureCount() == 8);
}

TEST_CASE("polygons, multipolygons and missing geometries", "[writer]") {
    TempDir dir;
    Layer layer = sample_polygon();
    layer.features.push_back({std::nullopt, {}, {}, {std::string("nowhere"), Value{}}});
    layer.features.push_back({std::nullopt,
                              {},
                              {{{{30, 46}, {31, 46}, {31, 47}, {30, 47}}}, {{{35, 46}, {36, 46}, {36, 47}}}},
                              {std::string("two parts"), 1.0}});
    for (const char *format : {"GeoJSON", "GPKG", "CSV", "KML", "GeoJSONSeq"}) {
        SECTION(format) {
            const fs::path out = dir.path() / (std::string("regions.") + find_format(format)->extension);
            write_layer(layer, {format, out, false});
            auto ds = open_vector(out);
            CHECK(ds->GetLayer(0)->GetFeatureCount() == 3);
        }
    }
}

TEST_CASE("FlatGeobuf refuses features without geometry instead of dropping them", "[writer][fgb]") {
    TempDir dir;
    Layer layer = sample_polygon();
    layer.features.push_back({std::nullopt, {}, {}, {std::string("nowhere"), Value{}}});
    CHECK(find_format("fgb")->needs_geometry);
    CHECK_THROWS_WITH(write_layer(layer, {"FlatGeobuf", dir.path() / "r.fgb", false}),
                      Catch::Contains("feature 1 has no geometry"));
    CHECK(fs::is_empty(dir.path()));
    layer.features.pop_back();
    write_layer(layer, {"FlatGeobuf", dir.path() / "r.fgb", false});
    CHECK(open_vector(dir.path() / "r.fgb")->GetLayer(0)->GetFeatureCount() == 1);
}

TEST_CASE("existing files are kept unless forced", "[writer][errors]") {
    TempDir dir;
    const fs::path out = dir.path() / "claims.geojson";
    { std::ofstream(out) << "keep me"; }
    REQUIRE_THROWS_AS(write_layer(sample_points(), {"GeoJSON", out, false}), ExportError);
    CHECK(slurp(out) == "keep me");
    write_layer(sample_points(), {"GeoJSON", out, true});
    CHECK(slurp(out).find("FeatureCollection") != std::string::npos);
}

TEST_CASE("errors name the problem", "[writer][errors]") {
    TempDir dir;
    SECTION("unknown format") {
        CHECK_THROWS_WITH(write_layer(sample_points(), {"shapefile-ish", dir.path() / "x.shp", false}),
                          Catch::Contains("unknown export format 'shapefile-ish'") && Catch::Contains("GeoJSON"));
    }
    SECTION("missing directory") {
        CHECK_THROWS_AS(write_layer(sample_points(), {"GeoJSON", dir.path() / "no/such/dir/x.geojson", false}),
                        ExportError);
    }
    SECTION("a bad date names driver, file, layer, feature and field; nothing is left behind") {
        Layer layer = sample_points();
        layer.features[1].values[3] = std::string("yesterday");
        const fs::path out = dir.path() / "bad.gpkg";
        CHECK_THROWS_WITH(write_layer(layer, {"GPKG", out, false}),
                          Catch::Contains("driver GPKG") && Catch::Contains("bad.gpkg") &&
                              Catch::Contains("layer 'claims'") && Catch::Contains("feature 1") &&
                              Catch::Contains("stated_on"));
        CHECK(fs::is_empty(dir.path()));
    }
    SECTION("too many values") {
        Layer layer = sample_points();
        layer.features[0].values.resize(9);
        CHECK_THROWS_AS(write_layer(layer, {"GeoJSON", dir.path() / "x.geojson", false}), ExportError);
        CHECK(fs::is_empty(dir.path()));
    }
}

TEST_CASE("format names are case-insensitive with aliases", "[writer][formats]") {
    CHECK(find_format("geojson")->name == "GeoJSON");
    CHECK(find_format("GEOJSONL")->name == "GeoJSONSeq");
    CHECK(find_format("geojsonseq")->name == "GeoJSONSeq");
    CHECK(find_format("Gpkg")->name == "GPKG");
    CHECK(find_format("fgb")->name == "FlatGeobuf");
    CHECK(find_format("KML")->driver == "KML");
    CHECK(find_format("csv")->extension == ".csv");
    CHECK(find_format("shp") == nullptr);
    CHECK(supported_formats().size() == 6);
}
