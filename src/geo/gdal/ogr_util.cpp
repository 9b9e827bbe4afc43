#include "ogr_util.hpp"

#include <cpl_error.h>

namespace claimtrack::geo::detail {

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

} // namespace claimtrack::geo::detail
