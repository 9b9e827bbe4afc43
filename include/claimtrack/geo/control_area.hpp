#pragma once
/// \file
/// An assessed control area (one snapshot of an occupied-territory layer) for
/// fast point-in-polygon tests: each polygon prepared once (GEOS through
/// GDAL/OGR), behind its bounding box, and grid cells (0.25 and 0.05 degrees)
/// classified with the prepared polygons the first time a point falls in
/// them, so that only points in cells the boundary crosses are tested alone. Also the area's WKB form, as the store
/// keeps it, and a simplified copy for display.

#include "claimtrack/geo/boundaries.hpp" // GeoError
#include "claimtrack/geo/dated_layers.hpp" // LonLatBox
#include "claimtrack/geo/polygon.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace claimtrack::geo {

namespace detail {
class PreparedArea; // in the GDAL module (claimtrack/geo/gdal_module.hpp)
}

/// The polygons as one WKB MultiPolygon (ISO, little endian, 2D).
std::string to_wkb(const MultiPolygon &polygons);

/// The polygons of a WKB geometry (Polygon, MultiPolygon or a collection).
/// \throws GeoError naming `what` when the bytes are no WKB geometry.
MultiPolygon multipolygon_from_wkb(std::string_view wkb, std::string_view what);

/// The polygons simplified with Douglas-Peucker preserving topology, at
/// `tolerance_deg`; polygons that vanish are dropped.
MultiPolygon simplify(const MultiPolygon &polygons, double tolerance_deg);

/// Bounding box of every vertex (all zero when empty).
LonLatBox bounding_box(const MultiPolygon &polygons);

/// A control area prepared for contains(). Move-only; not thread-safe (the
/// prepared geometries keep GEOS state): use one per thread.
class ControlArea {
  public:
    /// \throws GeoError naming `what` when a polygon cannot be prepared.
    ControlArea(const MultiPolygon &polygons, std::string_view what);
    ControlArea(ControlArea &&) noexcept;
    ControlArea &operator=(ControlArea &&) noexcept;
    ~ControlArea();

    /// The point lies inside a polygon of the area (not in a hole; a point on
    /// an edge counts as outside).
    bool contains(core::LonLat point) const;
    const LonLatBox &box() const;
    std::size_t polygon_count() const;

  private:
    std::unique_ptr<detail::PreparedArea> m_area;
    LonLatBox m_box;
};

} // namespace claimtrack::geo
