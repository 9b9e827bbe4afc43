#pragma once
// Private GDAL/OGR helpers of the geo module: owners for OGR handles and
// conversion of OGR geometries to the module's value types.

#include "claimtrack/geo/polygon.hpp"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>
#include <string>

namespace claimtrack::geo::detail {

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation *ct) const noexcept { OGRCoordinateTransformation::DestroyCT(ct); }
};
using CoordinateTransformationPtr = std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

/// GDAL's last error message, or "no details from GDAL".
std::string last_gdal_error();

/// A transformation from `source` to WGS 84 lon/lat, or null when `source`
/// is null (taken as lon/lat already) or already WGS 84.
CoordinateTransformationPtr to_wgs84(const OGRSpatialReference *source);

/// Polygons of `geometry` (Polygon, MultiPolygon, or a collection holding
/// them); other geometry types are ignored. Coordinates are taken as x = lon,
/// y = lat.
MultiPolygon to_multipolygon(const OGRGeometry &geometry);

} // namespace claimtrack::geo::detail
