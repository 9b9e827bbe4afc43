#include "claimtrack/geo/boundaries.hpp"

#include "ogr_util.hpp"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

namespace claimtrack::geo {

namespace detail {

namespace {
Ring to_ring(const OGRLinearRing &ring) {
    Ring out;
    out.reserve(static_cast<std::size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i)
        out.push_back({ring.getX(i), ring.getY(i)});
    return out;
}

Polygon to_polygon(const OGRPolygon &polygon) {
    Polygon out;
    if (const OGRLinearRing *exterior = polygon.getExteriorRing()) out.push_back(to_ring(*exterior));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        out.push_back(to_ring(*polygon.getInteriorRing(i)));
    return out;
}
} // namespace

MultiPolygon to_multipolygon(const OGRGeometry &geometry) {
    MultiPolygon out;
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        out.push_back(to_polygon(*geometry.toPolygon()));
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry.toGeometryCollection()) {
            MultiPolygon sub = to_multipolygon(*part);
            out.insert(out.end(), sub.begin(), sub.end());
        }
    }
    return out;
}

std::string last_gdal_error() {
    const char *msg = CPLGetLastErrorMsg();
    return (msg && *msg) ? msg : "no details from GDAL";
}

CoordinateTransformationPtr to_wgs84(const OGRSpatialReference *source) {
    if (source == nullptr) return nullptr; // assume lon/lat already
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (source->IsSame(&wgs84)) return nullptr;
    return CoordinateTransformationPtr(OGRCreateCoordinateTransformation(source, &wgs84));
}

} // namespace detail

namespace {

/// Spelling variants of Ukrainian admin unit names, folded to one key.
const std::unordered_map<std::string, std::string> &name_variants() {
    static const std::unordered_map<std::string, std::string> variants{
        {"odessa", "odesa"},
        {"zaporizhia", "zaporizhzhia"},
        {"zaporozhye", "zaporizhzhia"},
        {"zaporizhzhya", "zaporizhzhia"},
        {"zaporozhzhia", "zaporizhzhia"},
        {"kiev", "kyiv"},
        {"nikolaev", "mykolaiv"},
        {"nikolayev", "mykolaiv"},
        {"mykolayiv", "mykolaiv"},
        {"lugansk", "luhansk"},
        {"kharkov", "kharkiv"},
        {"chernigov", "chernihiv"},
        {"dnepropetrovsk", "dnipropetrovsk"},
        {"kirovograd", "kirovohrad"},
        {"kropyvnytskyi", "kirovohrad"},
        {"khmelnytskyy", "khmelnytskyi"},
        {"khmelnitsky", "khmelnytskyi"},
        {"khmelnytsky", "khmelnytskyi"},
        {"zakarpattya", "zakarpattia"},
        {"transcarpathia", "zakarpattia"},
        {"transcarpathian", "zakarpattia"},
        {"vinnitsa", "vinnytsia"},
        {"zhitomir", "zhytomyr"},
        {"rovno", "rivne"},
        {"cherkassy", "cherkasy"},
        {"chernovtsy", "chernivtsi"},
        {"lvov", "lviv"},
        {"ivanofrankovsk", "ivanofrankivsk"},
        {"volhynia", "volyn"},
    };
    return variants;
}

bool is_dropped_word(const std::string &word) {
    static const std::array<const char *, 10> words{"oblast",   "oblast'",  "region",     "raion",    "rayon",
                                                    "district", "province", "autonomous", "republic", "of"};
    for (const char *w : words)
        if (word == w) return true;
    return false;
}

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

} // namespace

std::string admin_name_key(std::string_view name) {
    std::string key;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!is_dropped_word(word)) key += word;
        word.clear();
    };
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalpha(u) && u < 128) {
            word += static_cast<char>(std::tolower(u));
        } else if (c == '-' || c == '\'') {
            // "Ivano-Frankivsk" = "Ivanofrankivsk"; "Oblast'" = "Oblast"
        } else {
            flush();
        }
    }
    flush();
    const auto &variants = name_variants();
    if (auto it = variants.find(key); it != variants.end()) return it->second;
    return key;
}

BoundarySet BoundarySet::read(const std::filesystem::path &path) {
    GDALAllRegister();
    CPLErrorReset();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) throw GeoError("cannot open boundary file '" + path.string() + "': " + detail::last_gdal_error());
    OGRLayer *layer = ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr;
    if (layer == nullptr) throw GeoError("boundary file '" + path.string() + "' has no vector layer");
    const std::string where = "boundary file '" + path.string() + "', layer '" + layer->GetName() + "'";
    auto transform = detail::to_wgs84(layer->GetSpatialRef());
    BoundarySet set;
    for (auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        std::string name = feature_name(*feature);
        if (geometry == nullptr || name.empty()) continue;
        std::unique_ptr<OGRGeometry> lonlat(geometry->clone());
        if (transform && lonlat->transform(transform.get()) != OGRERR_NONE)
            throw GeoError(where + ", feature " + std::to_string(feature->GetFID()) +
                           ": cannot reproject to WGS 84: " + detail::last_gdal_error());
        MultiPolygon polygons = detail::to_multipolygon(*lonlat);
        if (polygons.empty()) continue;
        set.add({std::move(name), feature_iso(*feature), std::move(polygons)});
    }
    if (set.m_boundaries.empty())
        throw GeoError(where + ": no named polygon features (looked for shapeName, name, NAME_1, NAME_2, "
                               "name_en, ADM1_EN, ADM2_EN)");
    return set;
}

BoundarySet BoundarySet::read_list(std::string_view paths) {
    BoundarySet set;
    std::size_t start = 0;
    while (start <= paths.size()) {
        std::size_t end = paths.find(':', start);
        if (end == std::string_view::npos) end = paths.size();
        if (end > start) {
            BoundarySet one = read(std::filesystem::path(std::string(paths.substr(start, end - start))));
            for (auto &b : one.m_boundaries)
                set.add(std::move(b));
        }
        start = end + 1;
    }
    return set;
}

const Boundary *BoundarySet::find(std::string_view name) const {
    const std::string key = admin_name_key(name);
    if (key.empty()) return nullptr;
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i] == key) return &m_boundaries[i];
    return nullptr;
}

void BoundarySet::add(Boundary boundary) {
    m_keys.push_back(admin_name_key(boundary.name));
    m_boundaries.push_back(std::move(boundary));
}

} // namespace claimtrack::geo
