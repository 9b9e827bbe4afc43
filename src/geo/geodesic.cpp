#include "claimtrack/geo/geodesic.hpp"

#include <geodesic.h>

#include <cmath>

namespace claimtrack::geo {

namespace {
const geod_geodesic& wgs84() {
    // Immutable after initialisation (C++11 guarantees thread-safe init).
    static const geod_geodesic g = [] {
        geod_geodesic init{};
        geod_init(&init, 6378137.0, 1.0 / 298.257223563);
        return init;
    }();
    return g;
}
} // namespace

double distance_m(core::LonLat a, core::LonLat b) {
    double s12 = 0.0;
    geod_inverse(&wgs84(), a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg, &s12, nullptr, nullptr);
    return s12;
}

core::LonLat destination(core::LonLat from, double azimuth_deg, double distance_m) {
    double lat2 = 0.0, lon2 = 0.0;
    geod_direct(&wgs84(), from.lat_deg, from.lon_deg, azimuth_deg, distance_m, &lat2, &lon2, nullptr);
    return {lon2, lat2};
}

double polygon_area_km2(const std::vector<core::LonLat>& ring) {
    if (ring.size() < 3) return 0.0;
    geod_polygon poly{};
    geod_polygon_init(&poly, 0);
    std::size_t n = ring.size();
    if (ring.front().lon_deg == ring.back().lon_deg && ring.front().lat_deg == ring.back().lat_deg) --n;
    for (std::size_t i = 0; i < n; ++i) geod_polygon_addpoint(&wgs84(), &poly, ring[i].lat_deg, ring[i].lon_deg);
    double area_m2 = 0.0;
    geod_polygon_compute(&wgs84(), &poly, 0, 1, &area_m2, nullptr);
    return std::fabs(area_m2) / 1e6;
}

} // namespace claimtrack::geo
