#include "claimtrack/geo/geodesic.hpp"

#include "claimtrack/core/shared_library.hpp"
#include "claimtrack/geo/gdal_module.hpp"

#include <geodesic.h>

#include <cmath>

namespace claimtrack::geo {

namespace {

/// PROJ's geodesic functions, from the library loaded on first use: linked at
/// start-up, PROJ and its dependencies (libcurl, libtiff, GnuTLS, ...) cost
/// every command about 9 M instructions in the dynamic loader, while only the
/// commands that measure distances or areas call them (extract and ingest
/// never do). The same library and functions as when linked: same results.
struct Proj {
    decltype(&geod_init) init;
    decltype(&geod_inverse) inverse;
    decltype(&geod_direct) direct;
    decltype(&geod_polygon_init) polygon_init;
    decltype(&geod_polygon_addpoint) polygon_addpoint;
    decltype(&geod_polygon_compute) polygon_compute;
    geod_geodesic wgs84;
};

const Proj& proj() {
    // Immutable after initialisation (C++11 guarantees thread-safe init; a
    // failure throws out of it, so the next call tries again). The handle is
    // never closed.
    static const Proj p = [] {
        void* handle = core::open_shared_library<ModuleError>(CLAIMTRACK_PROJ_LIBRARY, "geodesic distances and areas");
        const auto bind = [&](const char* symbol, auto& to) {
            core::bind_symbol<ModuleError>(handle, CLAIMTRACK_PROJ_LIBRARY, symbol, to);
        };
        Proj out{};
        bind("geod_init", out.init);
        bind("geod_inverse", out.inverse);
        bind("geod_direct", out.direct);
        bind("geod_polygon_init", out.polygon_init);
        bind("geod_polygon_addpoint", out.polygon_addpoint);
        bind("geod_polygon_compute", out.polygon_compute);
        out.init(&out.wgs84, 6378137.0, 1.0 / 298.257223563);
        return out;
    }();
    return p;
}

} // namespace

double distance_m(core::LonLat a, core::LonLat b) {
    const Proj& p = proj();
    double s12 = 0.0;
    p.inverse(&p.wgs84, a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg, &s12, nullptr, nullptr);
    return s12;
}

core::LonLat destination(core::LonLat from, double azimuth_deg, double distance_m) {
    const Proj& p = proj();
    double lat2 = 0.0, lon2 = 0.0;
    p.direct(&p.wgs84, from.lat_deg, from.lon_deg, azimuth_deg, distance_m, &lat2, &lon2, nullptr);
    return {lon2, lat2};
}

double polygon_area_km2(const std::vector<core::LonLat>& ring) {
    if (ring.size() < 3) return 0.0;
    const Proj& p = proj();
    geod_polygon poly{};
    p.polygon_init(&poly, 0);
    std::size_t n = ring.size();
    if (ring.front().lon_deg == ring.back().lon_deg && ring.front().lat_deg == ring.back().lat_deg) --n;
    for (std::size_t i = 0; i < n; ++i) p.polygon_addpoint(&p.wgs84, &poly, ring[i].lat_deg, ring[i].lon_deg);
    double area_m2 = 0.0;
    p.polygon_compute(&p.wgs84, &poly, 0, 1, &area_m2, nullptr);
    return std::fabs(area_m2) / 1e6;
}

} // namespace claimtrack::geo
