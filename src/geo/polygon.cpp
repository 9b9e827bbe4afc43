#include "claimtrack/geo/polygon.hpp"

#include "claimtrack/geo/geodesic.hpp"

#include <algorithm>

namespace claimtrack::geo {

namespace {

/// Cross product of (b - a) x (c - a) in the lon/lat plane.
double cross(core::LonLat a, core::LonLat b, core::LonLat c) {
    return (b.lon_deg - a.lon_deg) * (c.lat_deg - a.lat_deg) - (b.lat_deg - a.lat_deg) * (c.lon_deg - a.lon_deg);
}

bool lonlat_less(core::LonLat a, core::LonLat b) {
    return a.lon_deg < b.lon_deg || (a.lon_deg == b.lon_deg && a.lat_deg < b.lat_deg);
}

bool lonlat_equal(core::LonLat a, core::LonLat b) {
    return a.lon_deg == b.lon_deg && a.lat_deg == b.lat_deg;
}

} // namespace

Ring convex_hull(const std::vector<core::LonLat> &points) {
    // Andrew's monotone chain.
    std::vector<core::LonLat> p(points);
    std::sort(p.begin(), p.end(), lonlat_less);
    p.erase(std::unique(p.begin(), p.end(), lonlat_equal), p.end());
    if (p.size() < 3) return {};
    Ring hull(2 * p.size());
    std::size_t k = 0;
    for (const auto &pt : p) { // lower hull
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], pt) <= 0)
            --k;
        hull[k++] = pt;
    }
    for (std::size_t i = p.size() - 1, lower = k + 1; i-- > 0;) { // upper hull
        while (k >= lower && cross(hull[k - 2], hull[k - 1], p[i]) <= 0)
            --k;
        hull[k++] = p[i];
    }
    hull.resize(k);                 // last point == first point: closed
    if (hull.size() < 4) return {}; // collinear
    return hull;
}

double polygon_area_km2(const Polygon &polygon) {
    if (polygon.empty()) return 0.0;
    double area = polygon_area_km2(polygon.front());
    for (std::size_t i = 1; i < polygon.size(); ++i)
        area -= polygon_area_km2(polygon[i]);
    return std::max(area, 0.0);
}

double multipolygon_area_km2(const MultiPolygon &multipolygon) {
    double area = 0.0;
    for (const auto &polygon : multipolygon)
        area += polygon_area_km2(polygon);
    return area;
}

bool is_counter_clockwise(const Ring &ring) {
    double twice_area = 0.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        twice_area += ring[i].lon_deg * ring[i + 1].lat_deg - ring[i + 1].lon_deg * ring[i].lat_deg;
    if (!ring.empty() && !lonlat_equal(ring.front(), ring.back()))
        twice_area += ring.back().lon_deg * ring.front().lat_deg - ring.front().lon_deg * ring.back().lat_deg;
    return twice_area > 0.0;
}

} // namespace claimtrack::geo
