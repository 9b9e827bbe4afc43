#pragma once
// Private GDAL/OGR helpers of the geo module: owners for OGR handles and
// conversion of OGR geometries to the module's value types.

#include "claimtrack/geo/polygon.hpp"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>

namespace claimtrack::geo::detail {

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation *ct) const noexcept { OGRCoordinateTransformation::DestroyCT(ct); }
};
using CoordinateTransformationPtr = std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

/// Polygons of `geometry` (Polygon, MultiPolygon, or a collection holding
/// them); other geometry types are ignored. Coordinates are taken as x = lon,
/// y = lat.
MultiPolygon to_multipolygon(const OGRGeometry &geometry);

} // namespace claimtrack::geo::detail
