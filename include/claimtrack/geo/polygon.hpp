#pragma once
/// \file
/// Polygon value types in WGS 84 lon/lat and geodesic helpers on them
/// (convex hull of named places, area on the ellipsoid).
/// Pure functions; thread-safe; never throw.

#include "claimtrack/core/types.hpp"
#include "claimtrack/geo/geodesic.hpp" // polygon_area_km2(ring)

#include <vector>

namespace claimtrack::geo {

/// A linear ring of lon/lat vertices; closed (last == first) or not.
using Ring = std::vector<core::LonLat>;

/// Outer ring first, then holes.
using Polygon = std::vector<Ring>;

/// Zero or more polygons (an oblast with islands is several).
using MultiPolygon = std::vector<Polygon>;

/// Convex hull of `points`, as a closed counter-clockwise ring (RFC 7946
/// winding for an outer ring). Computed in the lon/lat plane, which is fine
/// for extents of a few hundred km away from the poles and the antimeridian.
/// Fewer than 3 distinct, non-collinear points give an empty ring.
Ring convex_hull(const std::vector<core::LonLat> &points);

/// Geodesic area of a polygon (outer ring minus holes), in km².
double polygon_area_km2(const Polygon &polygon);

/// Sum of the polygons' geodesic areas, in km².
double multipolygon_area_km2(const MultiPolygon &multipolygon);

/// True when the ring, read as lon/lat, turns counter-clockwise (positive
/// signed planar area).
bool is_counter_clockwise(const Ring &ring);

} // namespace claimtrack::geo
