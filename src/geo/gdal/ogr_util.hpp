#pragma once
// Private to the GDAL module (libclaimtrack_gdal.so): owners for OGR
// handles, conversion of OGR geometries to the geo module's value types, and
// the functions of the module's table (gdal_functions.hpp).

#include "../gdal_functions.hpp"
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

// The table's functions (read_files.cpp, geometry.cpp).
std::vector<Boundary> read_boundaries(const std::filesystem::path &path);
LayerRead read_layer(const std::filesystem::path &path, const LayerFileOptions &options);
std::string to_wkb(const MultiPolygon &polygons);
MultiPolygon from_wkb(std::string_view wkb, std::string_view what);
MultiPolygon simplify(const MultiPolygon &polygons, double tolerance_deg);
std::unique_ptr<PreparedArea> prepare(const MultiPolygon &polygons, std::string_view what);

} // namespace claimtrack::geo::detail
