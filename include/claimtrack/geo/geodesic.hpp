#pragma once
/// \file
/// Geodesic computations on the WGS 84 ellipsoid (PROJ's geodesic.h).
/// Pure functions; thread-safe; never throw.

#include "claimtrack/core/types.hpp"

#include <vector>

namespace claimtrack::geo {

/// Geodesic distance between two points, in metres.
double distance_m(core::LonLat a, core::LonLat b);

/// Point reached from `from` going `distance_m` metres on bearing `azimuth_deg`
/// (clockwise from north).
core::LonLat destination(core::LonLat from, double azimuth_deg, double distance_m);

/// Geodesic area of a simple polygon given by its ring (closed or not), in km².
double polygon_area_km2(const std::vector<core::LonLat>& ring);

} // namespace claimtrack::geo
