#include "claimtrack/export/writer.hpp"

#include "../formats.hpp"
#include "../gdal_functions.hpp"
#include "../temp_output.hpp"

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>
#include <sstream>
#include <thread>
#include <string>
#include <vector>

namespace claimtrack::exporter {

namespace {

using detail::FormatSpec;

/// Routes GDAL's messages away from stderr for the lifetime of the guard;
/// failures are read from CPLGetLastErrorMsg() where they happen.
class QuietGdalErrors {
  public:
    QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors &) = delete;
    QuietGdalErrors &operator=(const QuietGdalErrors &) = delete;
};

/// Where a write happens, for error messages.
struct Context {
    std::string driver;
    std::string file;
    std::string layer;

    [[noreturn]] void fail(const std::string &what) const {
        const char *gdal = CPLGetLastErrorMsg();
        std::string msg = "driver " + driver + ", file '" + file + "', layer '" + layer + "': " + what;
        if (gdal && *gdal) msg += ": " + std::string(gdal);
        throw ExportError(msg);
    }
};

OGRFieldType ogr_type(FieldType type) {
    switch (type) {
    case FieldType::String:
        return OFTString;
    case FieldType::Integer:
        return OFTInteger64;
    case FieldType::Real:
        return OFTReal;
    case FieldType::Date:
        return OFTDate;
    case FieldType::DateTime:
        return OFTDateTime;
    }
    return OFTString;
}

bool is_polygonal(const Feature &f) {
    return !f.point && (!f.multipolygon.empty() || !f.polygon.empty());
}
bool has_geometry(const Feature &f) {
    return f.point || is_polygonal(f);
}

OGRwkbGeometryType layer_geometry_type(const Layer &layer) {
    bool points = false, polygons = false;
    for (const auto &f : layer.features) {
        points = points || f.point.has_value();
        polygons = polygons || is_polygonal(f);
    }
    if (points && polygons) return wkbUnknown;
    return polygons ? wkbMultiPolygon : wkbPoint;
}

/// Index of the first feature without geometry, or -1.
long first_without_geometry(const Layer &layer) {
    for (std::size_t i = 0; i < layer.features.size(); ++i)
        if (!has_geometry(layer.features[i])) return static_cast<long>(i);
    return -1;
}

/// How a layer is handed to GDAL, beyond the format's options.
struct WritePlan {
    /// GeoJSON: write what RFC7946=YES would write (no "crs", counter-clockwise
    /// outer rings, clockwise holes) without that option. With it, GDAL 3.6
    /// copies every feature (OGRFeature::SetFrom rebuilds a field-name map per
    /// feature) and re-wraps its geometry: about a third of the write time.
    /// Only when every coordinate is well inside [-180, 180] x [-90, 90],
    /// where the dateline wrapping changes nothing.
    bool geojson_rfc7946_by_hand = false;
    /// GPKG: the R-tree is created empty before the features, its insert
    /// trigger dropped while they are written, then filled in one bulk load
    /// (sort-tile-recursive packing) and the trigger restored. GDAL 3.6
    /// inserts entry by entry, which took longer than writing the features.
    bool gpkg_bulk_rtree = false;
};

/// A bounding box for the R-tree bulk load.
struct RtreeEntry {
    std::int64_t id;
    float minx, maxx, miny, maxy;
};

std::unique_ptr<OGRLinearRing> make_ring(const geo::Ring &ring, int orient) {
    auto out = std::make_unique<OGRLinearRing>();
    out->setNumPoints(static_cast<int>(ring.size()), FALSE);
    for (std::size_t i = 0; i < ring.size(); ++i)
        out->setPoint(static_cast<int>(i), ring[i].lon_deg, ring[i].lat_deg);
    out->closeRings();
    // orient > 0: counter-clockwise wanted, < 0: clockwise (RFC 7946 right-hand rule).
    if (orient != 0 && (orient > 0) == (out->isClockwise() != 0)) out->reversePoints();
    return out;
}

std::unique_ptr<OGRPolygon> make_polygon(const geo::Polygon &polygon, bool right_hand) {
    auto out = std::make_unique<OGRPolygon>();
    bool exterior = true;
    for (const auto &ring : polygon) {
        if (ring.empty()) continue;
        out->addRingDirectly(make_ring(ring, right_hand ? (exterior ? 1 : -1) : 0).release());
        exterior = false;
    }
    return out;
}

/// The feature's geometry as OGR wants it for a layer of `layer_type`
/// (nullptr for none).
std::unique_ptr<OGRGeometry> make_geometry(const Feature &f, OGRwkbGeometryType layer_type, bool right_hand) {
    if (f.point) return std::make_unique<OGRPoint>(f.point->lon_deg, f.point->lat_deg);
    if (f.multipolygon.empty() && f.polygon.empty()) return nullptr;
    if (f.multipolygon.empty()) {
        const geo::Polygon part{f.polygon};
        if (layer_type != wkbMultiPolygon) return make_polygon(part, right_hand);
        auto multi = std::make_unique<OGRMultiPolygon>();
        multi->addGeometryDirectly(make_polygon(part, right_hand).release());
        return multi;
    }
    if (f.multipolygon.size() == 1 && layer_type != wkbMultiPolygon)
        return make_polygon(f.multipolygon.front(), right_hand);
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const auto &part : f.multipolygon)
        multi->addGeometryDirectly(make_polygon(part, right_hand).release());
    return multi;
}

/// Every coordinate well inside the lon/lat range, no feature spanning half the globe.
bool safely_inside_world(const Layer &layer) {
    const auto ok = [](core::LonLat p) {
        return std::isfinite(p.lon_deg) && std::isfinite(p.lat_deg) && std::fabs(p.lon_deg) < 179.0 &&
               std::fabs(p.lat_deg) <= 90.0;
    };
    for (const auto &f : layer.features) {
        if (f.point) {
            if (!ok(*f.point)) return false;
            continue;
        }
        double lo = 1e300, hi = -1e300;
        const auto visit = [&](const std::vector<core::LonLat> &ring) {
            for (const auto &p : ring) {
                if (!ok(p)) return false;
                lo = std::min(lo, p.lon_deg);
                hi = std::max(hi, p.lon_deg);
            }
            return true;
        };
        if (!visit(f.polygon)) return false;
        for (const auto &polygon : f.multipolygon)
            for (const auto &ring : polygon)
                if (!visit(ring)) return false;
        if (hi - lo >= 180.0) return false;
    }
    return true;
}

CPLStringList layer_options(const FormatSpec &spec, const WritePlan &plan) {
    CPLStringList options;
    for (const auto &option : spec.layer_options) {
        if (plan.geojson_rfc7946_by_hand && EQUAL(option.c_str(), "RFC7946=YES")) continue;
        options.AddString(option.c_str());
    }
    return options;
}

CPLStringList dataset_options(const FormatSpec &spec, const Layer &layer) {
    CPLStringList options;
    for (const auto &option : spec.dataset_options)
        options.AddString(option.c_str());
    if (spec.kml_fields) {
        if (!layer.label_field.empty()) options.SetNameValue("NameField", layer.label_field.c_str());
        if (!layer.description_field.empty()) options.SetNameValue("DescriptionField", layer.description_field.c_str());
    }
    return options;
}

/// The OGR field index of each layer field. Drivers may reorder or rename
/// fields: KML turns its NameField/DescriptionField into "Name"/"Description".
std::vector<int> field_indices(OGRLayer &out, const Layer &layer, const Context &ctx) {
    std::vector<int> indices;
    for (const auto &field : layer.fields) {
        int idx = out.GetLayerDefn()->GetFieldIndex(field.name.c_str());
        if (idx < 0 && field.name == layer.label_field) idx = out.GetLayerDefn()->GetFieldIndex("Name");
        if (idx < 0 && field.name == layer.description_field) idx = out.GetLayerDefn()->GetFieldIndex("Description");
        if (idx < 0) ctx.fail("field '" + field.name + "' is missing after creating it");
        indices.push_back(idx);
    }
    return indices;
}

OGRLayer *create_layer(GDALDataset &ds, const Layer &layer, const FormatSpec &spec, const WritePlan &plan,
                       const Context &ctx) {
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = lon, y = lat
    CPLStringList options = layer_options(spec, plan);
    // Without RFC7946=YES, GeoJSON writes a "crs" member for a given SRS; RFC 7946 output has none.
    OGRSpatialReference *srs = plan.geojson_rfc7946_by_hand ? nullptr : &wgs84;
    OGRLayer *out = ds.CreateLayer(layer.name.c_str(), srs, layer_geometry_type(layer), options.List());
    if (out == nullptr) ctx.fail("cannot create layer");
    for (const auto &field : layer.fields) {
        OGRFieldDefn defn(field.name.c_str(), ogr_type(field.type));
        if (out->CreateField(&defn) != OGRERR_NONE) ctx.fail("cannot create field '" + field.name + "'");
    }
    return out;
}

void set_value(OGRFeature &feature, int index, const Value &value, const Field &field, std::size_t feature_no,
               const Context &ctx) {
    if (std::holds_alternative<std::monostate>(value)) {
        feature.SetFieldNull(index);
    } else if (const auto *s = std::get_if<std::string>(&value)) {
        if (field.type != FieldType::Date && field.type != FieldType::DateTime) {
            feature.SetField(index, s->c_str());
            return;
        }
        OGRField parsed;
        if (!OGRParseDate(s->c_str(), &parsed, 0))
            ctx.fail("feature " + std::to_string(feature_no) + ", field '" + field.name + "': not an ISO 8601 date: '" +
                     *s + "'");
        const OGRFieldType ogr = feature.GetFieldDefnRef(index)->GetType();
        if (ogr == OFTDate || ogr == OFTDateTime)
            feature.SetField(index, &parsed); // parsed once, set as a date
        else
            feature.SetField(index, s->c_str()); // the driver made it text (KML)
    } else if (const auto *i = std::get_if<std::int64_t>(&value)) {
        feature.SetField(index, static_cast<GIntBig>(*i));
    } else {
        feature.SetField(index, std::get<double>(value));
    }
}

/// rtreeValueDown/rtreeValueUp of SQLite's rtree.c: the float bound on the safe side.
float float_down(double d) {
    float f = static_cast<float>(d);
    if (f > d) f = static_cast<float>(d * (d < 0 ? (1.0 + 1.0 / 8388608.0) : (1.0 - 1.0 / 8388608.0)));
    return f;
}
float float_up(double d) {
    float f = static_cast<float>(d);
    if (f < d) f = static_cast<float>(d * (d < 0 ? (1.0 - 1.0 / 8388608.0) : (1.0 + 1.0 / 8388608.0)));
    return f;
}

void write_features(OGRLayer &ogr_layer, const Layer &layer, const WritePlan &plan, const Context &ctx,
                    std::vector<RtreeEntry> *rtree) {
    const OGRwkbGeometryType type = layer_geometry_type(layer);
    const std::vector<int> indices = field_indices(ogr_layer, layer, ctx);
    OGRFeature feature(ogr_layer.GetLayerDefn()); // reused for every feature
    for (std::size_t n = 0; n < layer.features.size(); ++n) {
        const Feature &f = layer.features[n];
        if (f.values.size() > layer.fields.size())
            ctx.fail("feature " + std::to_string(n) + " has " + std::to_string(f.values.size()) + " values for " +
                     std::to_string(layer.fields.size()) + " fields");
        for (std::size_t i = 0; i < layer.fields.size(); ++i) {
            const Value none;
            set_value(feature, indices[i], i < f.values.size() ? f.values[i] : none, layer.fields[i], n, ctx);
        }
        feature.SetGeometryDirectly(make_geometry(f, type, plan.geojson_rfc7946_by_hand).release());
        feature.SetFID(OGRNullFID);
        CPLErrorReset();
        if (ogr_layer.CreateFeature(&feature) != OGRERR_NONE) ctx.fail("cannot write feature " + std::to_string(n));
        const OGRGeometry *g = feature.GetGeometryRef();
        if (rtree && g && !g->IsEmpty()) {
            OGREnvelope e;
            g->getEnvelope(&e);
            rtree->push_back({feature.GetFID(), float_down(e.MinX), float_up(e.MaxX), float_down(e.MinY),
                              float_up(e.MaxY)});
        }
    }
}

// ---------------------------------------------------------------- GPKG R-tree bulk load

/// `text` between `q` quotes, each `q` inside doubled (SQL identifiers: '"', literals: '\'').
std::string quoted(const std::string &text, char q) {
    std::string out(1, q);
    for (char c : text) {
        out += c;
        if (c == q) out += q;
    }
    return out + q;
}

std::string quote_identifier(const std::string &name) { return quoted(name, '"'); }
std::string quote_literal(const std::string &text) { return quoted(text, '\''); }

/// What the bulk load needs to finish the R-tree GDAL created empty.
struct DeferredRtree {
    std::string table;       ///< rtree_<layer>_<geometry column>
    std::string trigger_sql; ///< the insert trigger, dropped while features are written
};

/// Has GDAL create the layer's R-tree (and its triggers and gpkg_extensions
/// row) while the table is empty, then drops the insert trigger. nullopt
/// when that did not happen as expected: GDAL then indexes as usual.
std::optional<DeferredRtree> defer_rtree(GDALDataset &ds, OGRLayer &layer) {
    if (layer.SyncToDisk() != OGRERR_NONE) return std::nullopt; // creates the deferred spatial index
    const std::string geometry = layer.GetGeometryColumn();
    if (geometry.empty()) return std::nullopt;
    DeferredRtree out;
    out.table = "rtree_" + std::string(layer.GetName()) + "_" + geometry;
    const std::string trigger = out.table + "_insert";
    OGRLayer *rows = ds.ExecuteSQL(
        ("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = " + quote_literal(trigger)).c_str(), nullptr,
        nullptr);
    if (rows == nullptr) return std::nullopt;
    if (std::unique_ptr<OGRFeature> row(rows->GetNextFeature()); row) out.trigger_sql = row->GetFieldAsString(0);
    ds.ReleaseResultSet(rows);
    if (out.trigger_sql.empty()) return std::nullopt;
    CPLErrorReset();
    ds.ExecuteSQL(("DROP TRIGGER " + quote_identifier(trigger)).c_str(), nullptr, nullptr);
    if (CPLGetLastErrorType() == CE_Failure) return std::nullopt;
    return out;
}

void put_be32(unsigned char *p, std::uint32_t v) {
    p[0] = static_cast<unsigned char>(v >> 24);
    p[1] = static_cast<unsigned char>(v >> 16);
    p[2] = static_cast<unsigned char>(v >> 8);
    p[3] = static_cast<unsigned char>(v);
}
void put_be64(unsigned char *p, std::uint64_t v) {
    put_be32(p, static_cast<std::uint32_t>(v >> 32));
    put_be32(p + 4, static_cast<std::uint32_t>(v));
}

/// Sort-tile-recursive grouping of `items` into runs of at most `capacity`:
/// slices by x centre, then runs by y centre within each slice.
std::vector<std::pair<std::size_t, std::size_t>> str_pack(std::vector<RtreeEntry> &items, std::size_t capacity) {
    const auto cx = [](const RtreeEntry &e) { return static_cast<double>(e.minx) + e.maxx; };
    const auto cy = [](const RtreeEntry &e) { return static_cast<double>(e.miny) + e.maxy; };
    std::stable_sort(items.begin(), items.end(), [&](const auto &a, const auto &b) { return cx(a) < cx(b); });
    const std::size_t nodes = (items.size() + capacity - 1) / capacity;
    const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
    const std::size_t slice_size = slices * capacity;
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t s = 0; s < items.size(); s += slice_size) {
        const std::size_t e = std::min(items.size(), s + slice_size);
        std::stable_sort(items.begin() + static_cast<std::ptrdiff_t>(s), items.begin() + static_cast<std::ptrdiff_t>(e),
                         [&](const auto &a, const auto &b) { return cy(a) < cy(b); });
        for (std::size_t r = s; r < e; r += capacity)
            runs.emplace_back(r, std::min(e, r + capacity));
    }
    return runs;
}

class SqliteDb {
  public:
    explicit SqliteDb(const std::string &path) {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) fail("open");
    }
    ~SqliteDb() { sqlite3_close_v2(m_db); }
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;
    sqlite3 *get() const { return m_db; }
    void exec(const std::string &sql) {
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail(sql.substr(0, 60));
    }
    [[noreturn]] void fail(const std::string &what) const {
        throw ExportError("building the spatial index (" + what + "): " + sqlite3_errmsg(m_db));
    }

  private:
    sqlite3 *m_db = nullptr;
};

class SqliteStmt {
  public:
    SqliteStmt(SqliteDb &db, const std::string &sql) : m_db(db) {
        if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &m_stmt, nullptr) != SQLITE_OK) db.fail(sql.substr(0, 60));
    }
    ~SqliteStmt() { sqlite3_finalize(m_stmt); }
    SqliteStmt(const SqliteStmt &) = delete;
    SqliteStmt &operator=(const SqliteStmt &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    void run() {
        if (sqlite3_step(m_stmt) != SQLITE_DONE) m_db.fail("insert");
        sqlite3_reset(m_stmt);
    }

  private:
    SqliteDb &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Fills the empty R-tree of a closed GeoPackage by writing its shadow tables
/// (SQLite's documented node format: big-endian depth and cell count, then
/// cells of rowid and float32 min/max per axis), then restores the trigger.
void bulk_load_rtree(const std::filesystem::path &file, const DeferredRtree &rtree, std::vector<RtreeEntry> entries) {
    SqliteDb db(file.string());
    db.exec("BEGIN IMMEDIATE");
    const std::string node_table = quote_identifier(rtree.table + "_node");
    std::size_t node_size = 0;
    {
        SqliteStmt q(db, "SELECT length(data) FROM " + node_table + " WHERE nodeno = 1");
        if (sqlite3_step(q.get()) == SQLITE_ROW) node_size = static_cast<std::size_t>(sqlite3_column_int64(q.get(), 0));
        SqliteStmt count(db, "SELECT count(*) FROM " + quote_identifier(rtree.table + "_rowid"));
        if (sqlite3_step(count.get()) != SQLITE_ROW || sqlite3_column_int64(count.get(), 0) != 0)
            db.fail("the R-tree is not empty");
    }
    constexpr std::size_t cell_size = 8 + 4 * 4;
    if (node_size < 4 + 2 * cell_size) db.fail("unexpected R-tree node size");
    const std::size_t capacity = std::min<std::size_t>((node_size - 4) / cell_size, 51);

    if (!entries.empty()) {
        struct Node {
            RtreeEntry box; // id: node number
            std::vector<unsigned char> data;
        };
        SqliteStmt insert_node(db, "INSERT OR REPLACE INTO " + node_table + "(nodeno, data) VALUES (?1, ?2)");
        SqliteStmt insert_rowid(db, "INSERT INTO " + quote_identifier(rtree.table + "_rowid") +
                                        "(rowid, nodeno) VALUES (?1, ?2)");
        SqliteStmt insert_parent(db, "INSERT INTO " + quote_identifier(rtree.table + "_parent") +
                                         "(nodeno, parentnode) VALUES (?1, ?2)");
        std::int64_t next_node = 2;
        std::vector<RtreeEntry> level = std::move(entries);
        bool leaves = true;
        int depth = 0;
        for (;;) {
            const bool root = level.size() <= capacity;
            std::vector<std::pair<std::size_t, std::size_t>> runs;
            if (root)
                runs.emplace_back(0, level.size());
            else
                runs = str_pack(level, capacity);
            std::vector<RtreeEntry> parents;
            for (const auto &[b, e] : runs) {
                const std::int64_t nodeno = root ? 1 : next_node++;
                std::vector<unsigned char> data(node_size, 0);
                if (root) put_be32(data.data(), static_cast<std::uint32_t>(depth) << 16);
                data[2] = static_cast<unsigned char>((e - b) >> 8);
                data[3] = static_cast<unsigned char>(e - b);
                RtreeEntry box{nodeno, level[b].minx, level[b].maxx, level[b].miny, level[b].maxy};
                for (std::size_t i = b; i < e; ++i) {
                    const RtreeEntry &c = level[i];
                    unsigned char *p = data.data() + 4 + (i - b) * cell_size;
                    put_be64(p, static_cast<std::uint64_t>(c.id));
                    put_be32(p + 8, std::bit_cast<std::uint32_t>(c.minx));
                    put_be32(p + 12, std::bit_cast<std::uint32_t>(c.maxx));
                    put_be32(p + 16, std::bit_cast<std::uint32_t>(c.miny));
                    put_be32(p + 20, std::bit_cast<std::uint32_t>(c.maxy));
                    box.minx = std::min(box.minx, c.minx);
                    box.maxx = std::max(box.maxx, c.maxx);
                    box.miny = std::min(box.miny, c.miny);
                    box.maxy = std::max(box.maxy, c.maxy);
                    SqliteStmt &link = leaves ? insert_rowid : insert_parent;
                    sqlite3_bind_int64(link.get(), 1, c.id);
                    sqlite3_bind_int64(link.get(), 2, nodeno);
                    link.run();
                }
                sqlite3_bind_int64(insert_node.get(), 1, nodeno);
                sqlite3_bind_blob(insert_node.get(), 2, data.data(), static_cast<int>(data.size()), SQLITE_TRANSIENT);
                insert_node.run();
                parents.push_back(box);
            }
            if (root) break;
            level = std::move(parents);
            leaves = false;
            ++depth;
        }
    }
    db.exec(rtree.trigger_sql);
    db.exec("COMMIT");
}

void check_output(const WriteOptions &options) {
    namespace fs = std::filesystem;
    if (options.out.empty()) throw ExportError("no output file given");
    std::error_code ec;
    const auto status = fs::symlink_status(options.out, ec);
    if (fs::is_directory(status)) throw ExportError("cannot write '" + options.out.string() + "': it is a directory");
    if (fs::exists(status) && !options.force)
        throw ExportError("'" + options.out.string() + "' exists; use --force to overwrite it");
}

std::string format_list() {
    std::string list;
    for (const auto &info : formats()) {
        list += list.empty() ? "" : ", ";
        list += info.name;
        for (const auto &alias : info.aliases)
            list += "|" + alias;
    }
    return list;
}

/// Creates the dataset at `path` and writes the layer into it; with
/// `rtree`, defers a GeoPackage's spatial index (plan.gpkg_bulk_rtree).
void write_dataset(const Layer &layer, const FormatSpec &spec, GDALDriver &driver, const std::string &path,
                   const WritePlan &plan, const Context &ctx, std::optional<DeferredRtree> *rtree,
                   std::vector<RtreeEntry> *rtree_entries) {
    CPLErrorReset();
    CPLStringList ds_options = dataset_options(spec, layer);
    GDALDatasetUniquePtr ds(driver.Create(path.c_str(), 0, 0, 0, GDT_Unknown, ds_options.List()));
    if (!ds) ctx.fail("cannot create dataset '" + path + "'");
    const bool transaction = spec.transactions && ds->StartTransaction() == OGRERR_NONE;
    OGRLayer *ogr_layer = create_layer(*ds, layer, spec, plan, ctx);
    if (plan.gpkg_bulk_rtree && rtree != nullptr) *rtree = defer_rtree(*ds, *ogr_layer);
    const bool deferred = rtree != nullptr && rtree->has_value();
    if (deferred) rtree_entries->reserve(layer.features.size());
    write_features(*ogr_layer, layer, plan, ctx, deferred ? rtree_entries : nullptr);
    CPLErrorReset();
    if (transaction && ds->CommitTransaction() != OGRERR_NONE) ctx.fail("cannot commit");
    CPLErrorReset();
    ds.reset(); // closing flushes: GeoJSON, FlatGeobuf and GPKG write here
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) ctx.fail("cannot finish writing");
}

const FormatSpec &format_spec(std::string_view format) {
    const FormatSpec *spec = detail::find_format_spec(format);
    if (spec == nullptr)
        throw ExportError("unknown export format '" + std::string(format) + "' (supported: " + format_list() + ")");
    return *spec;
}

GDALDriver &driver_for(const FormatSpec &spec, const Context &ctx) {
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(spec.info.driver.c_str());
    if (driver == nullptr) ctx.fail("GDAL was built without this driver");
    return *driver;
}

bool geojson_by_hand(const FormatSpec &spec, const Layer &layer) {
    return spec.info.driver == "GeoJSON" &&
           std::find(spec.layer_options.begin(), spec.layer_options.end(), "RFC7946=YES") !=
               spec.layer_options.end() &&
           safely_inside_world(layer);
}

/// Removes a /vsimem file when it goes out of scope.
class MemFile {
  public:
    explicit MemFile(std::string path) : m_path(std::move(path)) {}
    ~MemFile() { VSIUnlink(m_path.c_str()); }
    MemFile(const MemFile &) = delete;
    MemFile &operator=(const MemFile &) = delete;
    const std::string &path() const { return m_path; }

  private:
    std::string m_path;
};

} // namespace

std::string detail::render_with_gdal(const Layer &layer, std::string_view format) {
    const FormatSpec &spec = format_spec(format);
    if (spec.info.driver != "GeoJSON" && spec.info.driver != "GeoJSONSeq" && spec.info.driver != "CSV" &&
        spec.info.driver != "KML")
        throw ExportError("format " + spec.info.name + " is not a text format that can be rendered in memory");
    if (const long n = first_without_geometry(layer); spec.info.needs_geometry && n >= 0)
        throw ExportError("driver " + spec.info.driver + ", layer '" + layer.name + "': feature " +
                          std::to_string(n) + " has no geometry, which this format cannot store");
    QuietGdalErrors quiet;
    // A name of this thread's own: /vsimem is one file system for the process.
    std::ostringstream name;
    name << "/vsimem/claimtrack-render-" << std::this_thread::get_id() << "-" << static_cast<const void *>(&layer)
         << spec.info.extension;
    const MemFile file(name.str());
    const Context ctx{spec.info.driver, file.path(), layer.name};
    WritePlan plan;
    plan.geojson_rfc7946_by_hand = geojson_by_hand(spec, layer);
    write_dataset(layer, spec, driver_for(spec, ctx), file.path(), plan, ctx, nullptr, nullptr);
    vsi_l_offset size = 0;
    GByte *data = VSIGetMemFileBuffer(file.path().c_str(), &size, FALSE);
    if (data == nullptr) ctx.fail("the rendered layer is missing");
    return std::string(reinterpret_cast<const char *>(data), static_cast<std::size_t>(size));
}

void detail::write_with_gdal(const Layer &layer, const WriteOptions &options) {
    const FormatSpec *spec = &format_spec(options.format);
    check_output(options);
    if (const long n = first_without_geometry(layer); spec->info.needs_geometry && n >= 0)
        throw ExportError("driver " + spec->info.driver + ", file '" + options.out.string() + "', layer '" +
                          layer.name + "': feature " + std::to_string(n) +
                          " has no geometry, which this format cannot store");

    QuietGdalErrors quiet;
    const Context ctx{spec->info.driver, options.out.string(), layer.name};
    GDALDriver &driver = driver_for(*spec, ctx);

    WritePlan plan;
    plan.geojson_rfc7946_by_hand = geojson_by_hand(*spec, layer);
    // GDAL 3.6 (Debian 12) fills a GeoPackage's R-tree one row at a time
    // through a trigger: about 11 s of a 1M-feature export. GDAL 3.7 builds it
    // in one pass at the end itself, so the bulk load is only for older GDAL.
    // It is the one place outside the store that uses SQLite: a GeoPackage
    // is an SQLite file, and GDAL 3.6 offers no bulk R-tree load.
    plan.gpkg_bulk_rtree =
        GDAL_VERSION_NUM < GDAL_COMPUTE_VERSION(3, 7, 0) && spec->info.driver == "GPKG" &&
        std::find(spec->layer_options.begin(), spec->layer_options.end(), "SPATIAL_INDEX=YES") !=
            spec->layer_options.end() &&
        layer_geometry_type(layer) != wkbNone;

    detail::TempOutput temp(options.out, spec->info.extension);
    std::optional<DeferredRtree> rtree;
    std::vector<RtreeEntry> rtree_entries;
    write_dataset(layer, *spec, driver, temp.path().string(), plan, ctx, &rtree, &rtree_entries);
    if (rtree) {
        try {
            bulk_load_rtree(temp.path(), *rtree, std::move(rtree_entries));
        } catch (const ExportError &e) {
            ctx.fail(e.what());
        }
    }
    temp.commit();
}

} // namespace claimtrack::exporter

/// The module's entry point for the export module (gdal_functions.hpp).
extern "C" const claimtrack::exporter::detail::ExportFunctions *claimtrack_gdal_export_functions_v1() {
    using namespace claimtrack::exporter::detail;
    static const ExportFunctions functions{sizeof(ExportFunctions), write_with_gdal, render_with_gdal};
    return &functions;
}
