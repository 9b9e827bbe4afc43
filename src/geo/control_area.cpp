#include "claimtrack/geo/control_area.hpp"

#include "gdal_functions.hpp"

// The GEOS work is done by the GDAL module (src/geo/gdal/geometry.cpp).

namespace claimtrack::geo {

std::string to_wkb(const MultiPolygon &polygons) { return detail::gdal().to_wkb(polygons); }

MultiPolygon multipolygon_from_wkb(std::string_view wkb, std::string_view what) {
    return detail::gdal().from_wkb(wkb, what);
}

MultiPolygon simplify(const MultiPolygon &polygons, double tolerance_deg) {
    return detail::gdal().simplify(polygons, tolerance_deg);
}

ControlArea::ControlArea(const MultiPolygon &polygons, std::string_view what)
    : m_area(detail::gdal().prepare(polygons, what)), m_box(bounding_box(polygons)) {}

ControlArea::ControlArea(ControlArea &&) noexcept = default;
ControlArea &ControlArea::operator=(ControlArea &&) noexcept = default;
ControlArea::~ControlArea() = default;

bool ControlArea::contains(core::LonLat point) const { return m_box.holds(point) && m_area->contains(point); }

const LonLatBox &ControlArea::box() const { return m_box; }

std::size_t ControlArea::polygon_count() const { return m_area->polygon_count(); }

} // namespace claimtrack::geo
