#include "ogr_util.hpp"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <array>
#include <cctype>

// Reading vector files: boundary files (BoundarySet::read) and the files of
// dated layers (read_layer_file), in the GDAL module.

namespace claimtrack::geo::detail {

namespace {

/// Value of the first present name field of `feature`, or "".
std::string feature_name(const OGRFeature &feature) {
    static const std::array<const char *, 7> fields{"shapeName", "name",    "NAME_1", "NAME_2",
                                                    "name_en",   "ADM1_EN", "ADM2_EN"};
    for (const char *field : fields) {
        const int idx = feature.GetFieldIndex(field);
        if (idx >= 0 && feature.IsFieldSetAndNotNull(idx)) return feature.GetFieldAsString(idx);
    }
    return {};
}

std::string feature_iso(const OGRFeature &feature) {
    for (const char *field : {"shapeISO", "ISO3166-2", "iso"}) {
        const int idx = feature.GetFieldIndex(field);
        if (idx >= 0 && feature.IsFieldSetAndNotNull(idx)) return feature.GetFieldAsString(idx);
    }
    return {};
}

std::string lower(std::string s) {
    for (char &c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// Fields that may hold the snapshot's date: Date/DateTime fields, and
/// string fields named like a date ("date", "snapshot_date", "as_of").
std::vector<int> date_fields(const OGRFeatureDefn &defn) {
    std::vector<int> out;
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        const OGRFieldDefn *f = defn.GetFieldDefn(i);
        const std::string name = lower(f->GetNameRef());
        const bool dated_type = f->GetType() == OFTDate || f->GetType() == OFTDateTime;
        const bool dated_name = f->GetType() == OFTString &&
                                (name.find("date") != std::string::npos || name == "as_of" || name == "asof");
        if (dated_type || dated_name) out.push_back(i);
    }
    return out;
}

std::optional<core::Date> feature_date(const OGRFeature &feature, int field) {
    if (!feature.IsFieldSetAndNotNull(field)) return std::nullopt;
    const OGRFieldType type = feature.GetFieldDefnRef(field)->GetType();
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
        float sec = 0;
        if (!feature.GetFieldAsDateTime(field, &y, &m, &d, &h, &mi, &sec, &tz)) return std::nullopt;
        if (!core::Date::valid(y, m, d)) return std::nullopt;
        return core::Date{y, m, d};
    }
    return core::Date::parse(feature.GetFieldAsString(field));
}

std::string fid_text(const OGRFeature &feature) { return "feature " + std::to_string(feature.GetFID()); }

} // namespace

std::vector<Boundary> read_boundaries(const std::filesystem::path &path) {
    GDALAllRegister();
    CPLErrorReset();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) throw GeoError("cannot open boundary file '" + path.string() + "': " + last_gdal_error());
    OGRLayer *layer = ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr;
    if (layer == nullptr) throw GeoError("boundary file '" + path.string() + "' has no vector layer");
    const std::string where = "boundary file '" + path.string() + "', layer '" + layer->GetName() + "'";
    auto transform = to_wgs84(layer->GetSpatialRef());
    std::vector<Boundary> set;
    for (auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        std::string name = feature_name(*feature);
        if (geometry == nullptr || name.empty()) continue;
        std::unique_ptr<OGRGeometry> lonlat(geometry->clone());
        if (transform && lonlat->transform(transform.get()) != OGRERR_NONE)
            throw GeoError(where + ", feature " + std::to_string(feature->GetFID()) +
                           ": cannot reproject to WGS 84: " + last_gdal_error());
        MultiPolygon polygons = to_multipolygon(*lonlat);
        if (polygons.empty()) continue;
        set.push_back({std::move(name), feature_iso(*feature), std::move(polygons)});
    }
    if (set.empty())
        throw GeoError(where + ": no named polygon features (looked for shapeName, name, NAME_1, NAME_2, "
                               "name_en, ADM1_EN, ADM2_EN)");
    return set;
}

LayerRead read_layer(const std::filesystem::path &path, const LayerFileOptions &options) {
    std::string name = "'";
    name += path.string();
    name += '\'';
    GDALAllRegister();
    CPLErrorReset();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) throw GeoError("cannot read layer file " + name + ": " + last_gdal_error());
    OGRLayer *layer = ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr;
    if (layer == nullptr) throw GeoError("layer file " + name + " has no vector layer");
    auto transform = to_wgs84(layer->GetSpatialRef());
    const std::vector<int> fields = date_fields(*layer->GetLayerDefn());
    LayerFile out;
    out.file = path;
    std::optional<core::Date> attribute_date;
    std::string attribute_name;
    for (auto &feature : *layer) {
        ++out.features;
        for (int field : fields) {
            const auto d = feature_date(*feature, field);
            if (!d) continue;
            const std::string field_name = feature->GetFieldDefnRef(field)->GetNameRef();
            if (attribute_date && *attribute_date != *d)
                throw GeoError("layer file " + name + ": " + fid_text(*feature) + " is dated " + d->iso() + " (" +
                               field_name + ") but an earlier feature " + attribute_date->iso() +
                               " (" + attribute_name + "): one file is one snapshot");
            attribute_date = d;
            attribute_name = field_name;
            break;
        }
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (geometry == nullptr) continue;
        std::unique_ptr<OGRGeometry> lonlat(geometry->clone());
        if (transform && lonlat->transform(transform.get()) != OGRERR_NONE)
            throw GeoError("layer file " + name + ", " + fid_text(*feature) +
                           ": cannot reproject to WGS 84: " + last_gdal_error());
        const OGRwkbGeometryType type = wkbFlatten(lonlat->getGeometryType());
        const bool polygonal = type == wkbPolygon || type == wkbMultiPolygon || type == wkbGeometryCollection;
        std::string why_invalid;
        const bool invalid = options.validate && polygonal && [&] {
            // GEOS says why through a GDAL warning: keep it for the message, off stderr.
            CPLErrorReset();
            CPLPushErrorHandler(CPLQuietErrorHandler);
            const bool valid = lonlat->IsValid();
            why_invalid = CPLGetLastErrorType() == CE_None ? "" : CPLGetLastErrorMsg();
            CPLPopErrorHandler();
            CPLErrorReset();
            return !valid;
        }();
        if (invalid) {
            CPLErrorReset();
            std::unique_ptr<OGRGeometry> valid(lonlat->MakeValid());
            if (!valid || !valid->IsValid() || to_multipolygon(*valid).empty())
                throw GeoError("layer file " + name + ", " + fid_text(*feature) +
                               ": the geometry is not valid (" + (why_invalid.empty() ? "GEOS" : why_invalid) +
                               ") and MakeValid cannot repair it; nothing of this file was imported");
            lonlat = std::move(valid);
            out.repaired.push_back(fid_text(*feature) + (why_invalid.empty() ? "" : ": " + why_invalid));
        }
        MultiPolygon polygons = to_multipolygon(*lonlat);
        out.polygons.insert(out.polygons.end(), std::make_move_iterator(polygons.begin()),
                            std::make_move_iterator(polygons.end()));
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        throw GeoError("cannot read layer file " + name + ": " + last_gdal_error());
    return {std::move(out), std::move(attribute_date), std::move(attribute_name)};
}

} // namespace claimtrack::geo::detail
