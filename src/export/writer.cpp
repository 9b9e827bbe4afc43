#include "claimtrack/export/writer.hpp"

#include "formats.hpp"
#include "temp_output.hpp"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
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

std::unique_ptr<OGRLinearRing> make_ring(const geo::Ring &ring) {
    auto out = std::make_unique<OGRLinearRing>();
    out->setNumPoints(static_cast<int>(ring.size()), FALSE);
    for (std::size_t i = 0; i < ring.size(); ++i)
        out->setPoint(static_cast<int>(i), ring[i].lon_deg, ring[i].lat_deg);
    out->closeRings();
    return out;
}

std::unique_ptr<OGRPolygon> make_polygon(const geo::Polygon &polygon) {
    auto out = std::make_unique<OGRPolygon>();
    for (const auto &ring : polygon)
        if (!ring.empty()) out->addRingDirectly(make_ring(ring).release());
    return out;
}

/// The feature's geometry as OGR wants it for a layer of `layer_type`
/// (nullptr for none).
std::unique_ptr<OGRGeometry> make_geometry(const Feature &f, OGRwkbGeometryType layer_type) {
    if (f.point) return std::make_unique<OGRPoint>(f.point->lon_deg, f.point->lat_deg);
    geo::MultiPolygon parts = f.multipolygon;
    if (parts.empty() && !f.polygon.empty()) parts.push_back({f.polygon});
    if (parts.empty()) return nullptr;
    if (parts.size() == 1 && layer_type != wkbMultiPolygon) return make_polygon(parts.front());
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const auto &part : parts)
        multi->addGeometryDirectly(make_polygon(part).release());
    return multi;
}

CPLStringList layer_options(const FormatSpec &spec) {
    CPLStringList options;
    for (const auto &option : spec.layer_options)
        options.AddString(option.c_str());
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

OGRLayer *create_layer(GDALDataset &ds, const Layer &layer, const FormatSpec &spec, const Context &ctx) {
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = lon, y = lat
    CPLStringList options = layer_options(spec);
    OGRLayer *out = ds.CreateLayer(layer.name.c_str(), &wgs84, layer_geometry_type(layer), options.List());
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

void write_features(OGRLayer &ogr_layer, const Layer &layer, const Context &ctx) {
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
        feature.SetGeometryDirectly(make_geometry(f, type).release());
        feature.SetFID(OGRNullFID);
        CPLErrorReset();
        if (ogr_layer.CreateFeature(&feature) != OGRERR_NONE) ctx.fail("cannot write feature " + std::to_string(n));
    }
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

} // namespace

void write_layer(const Layer &layer, const WriteOptions &options) {
    const FormatSpec *spec = detail::find_format_spec(options.format);
    if (spec == nullptr)
        throw ExportError("unknown export format '" + options.format + "' (supported: " + format_list() + ")");
    check_output(options);
    if (const long n = first_without_geometry(layer); spec->info.needs_geometry && n >= 0)
        throw ExportError("driver " + spec->info.driver + ", file '" + options.out.string() + "', layer '" +
                          layer.name + "': feature " + std::to_string(n) +
                          " has no geometry, which this format cannot store");

    QuietGdalErrors quiet;
    GDALAllRegister();
    const Context ctx{spec->info.driver, options.out.string(), layer.name};
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(spec->info.driver.c_str());
    if (driver == nullptr) ctx.fail("GDAL was built without this driver");

    detail::TempOutput temp(options.out, spec->info.extension);
    {
        CPLErrorReset();
        CPLStringList ds_options = dataset_options(*spec, layer);
        GDALDatasetUniquePtr ds(driver->Create(temp.path().c_str(), 0, 0, 0, GDT_Unknown, ds_options.List()));
        if (!ds) ctx.fail("cannot create dataset '" + temp.path().string() + "'");
        const bool transaction = spec->transactions && ds->StartTransaction() == OGRERR_NONE;
        OGRLayer *ogr_layer = create_layer(*ds, layer, *spec, ctx);
        write_features(*ogr_layer, layer, ctx);
        CPLErrorReset();
        if (transaction && ds->CommitTransaction() != OGRERR_NONE) ctx.fail("cannot commit");
        CPLErrorReset();
        ds.reset(); // closing flushes: GeoJSON, FlatGeobuf and GPKG write here
        if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) ctx.fail("cannot finish writing");
    }
    temp.commit();
}

} // namespace claimtrack::exporter
