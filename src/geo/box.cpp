#include "claimtrack/geo/control_area.hpp"

#include <algorithm>
#include <limits>

// bounding_box(), also built into the GDAL module (its prepared areas).

namespace claimtrack::geo {

LonLatBox bounding_box(const MultiPolygon &polygons) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    LonLatBox box{inf, inf, -inf, -inf};
    for (const auto &poly : polygons)
        for (const auto &ring : poly)
            for (const auto &p : ring) {
                box.min_lon = std::min(box.min_lon, p.lon_deg), box.max_lon = std::max(box.max_lon, p.lon_deg);
                box.min_lat = std::min(box.min_lat, p.lat_deg), box.max_lat = std::max(box.max_lat, p.lat_deg);
            }
    if (box.min_lon > box.max_lon) return {};
    return box;
}

} // namespace claimtrack::geo
