#include "claimtrack/geo/control_area.hpp"

#include "ogr_util.hpp"

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <limits>
#include <vector>

namespace claimtrack::geo {

namespace {

std::unique_ptr<OGRPolygon> to_ogr(const Polygon &polygon) {
    auto out = std::make_unique<OGRPolygon>();
    for (const Ring &ring : polygon) {
        auto r = std::make_unique<OGRLinearRing>();
        r->setNumPoints(static_cast<int>(ring.size()), FALSE);
        for (std::size_t i = 0; i < ring.size(); ++i)
            r->setPoint(static_cast<int>(i), ring[i].lon_deg, ring[i].lat_deg);
        r->closeRings();
        out->addRingDirectly(r.release());
    }
    return out;
}

OGRMultiPolygon to_ogr(const MultiPolygon &polygons) {
    OGRMultiPolygon out;
    for (const Polygon &p : polygons)
        if (!p.empty()) out.addGeometryDirectly(to_ogr(p).release());
    return out;
}

struct PreparedDeleter {
    void operator()(OGRPreparedGeometryH p) const noexcept { OGRDestroyPreparedGeometry(p); }
};
using PreparedPtr = std::unique_ptr<std::remove_pointer_t<OGRPreparedGeometryH>, PreparedDeleter>;

} // namespace

std::string to_wkb(const MultiPolygon &polygons) {
    const OGRMultiPolygon geometry = to_ogr(polygons);
    std::string out(geometry.WkbSize(), '\0');
    if (geometry.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(out.data()), wkbVariantIso) != OGRERR_NONE)
        throw GeoError("cannot write WKB: " + detail::last_gdal_error());
    return out;
}

MultiPolygon multipolygon_from_wkb(std::string_view wkb, std::string_view what) {
    OGRGeometry *raw = nullptr;
    std::size_t consumed = 0;
    const OGRErr err =
        OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &raw, wkb.size(), wkbVariantIso, consumed);
    std::unique_ptr<OGRGeometry> geometry(raw);
    if (err != OGRERR_NONE || !geometry)
        throw GeoError(std::string(what) + ": the stored geometry is not WKB (" + std::to_string(wkb.size()) +
                       " bytes)");
    return detail::to_multipolygon(*geometry);
}

MultiPolygon simplify(const MultiPolygon &polygons, double tolerance_deg) {
    MultiPolygon out;
    for (const Polygon &p : polygons) {
        if (p.empty()) continue;
        const auto ogr = to_ogr(p);
        std::unique_ptr<OGRGeometry> simple(ogr->SimplifyPreserveTopology(tolerance_deg));
        if (!simple) continue;
        MultiPolygon parts = detail::to_multipolygon(*simple);
        for (auto &part : parts)
            if (!part.empty() && part.front().size() >= 4) out.push_back(std::move(part));
    }
    return out;
}

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

struct ControlArea::Impl {
    struct Part {
        LonLatBox box;
        std::unique_ptr<OGRPolygon> polygon; // the prepared geometry points into it
        PreparedPtr prepared;
    };
    LonLatBox box;
    std::vector<Part> parts;
    mutable OGRPoint probe;
};

ControlArea::ControlArea(const MultiPolygon &polygons, std::string_view what) : m_impl(std::make_unique<Impl>()) {
    if (!OGRHasPreparedGeometrySupport())
        throw GeoError(std::string(what) + ": GDAL was built without GEOS: no prepared geometries");
    m_impl->box = bounding_box(polygons);
    for (const Polygon &p : polygons) {
        if (p.empty()) continue;
        Impl::Part part;
        part.box = bounding_box({p});
        part.polygon = to_ogr(p);
        part.prepared.reset(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(part.polygon.get())));
        if (!part.prepared)
            throw GeoError(std::string(what) + ": cannot prepare a polygon: " + detail::last_gdal_error());
        m_impl->parts.push_back(std::move(part));
    }
}

ControlArea::ControlArea(ControlArea &&) noexcept = default;
ControlArea &ControlArea::operator=(ControlArea &&) noexcept = default;
ControlArea::~ControlArea() = default;

bool ControlArea::contains(core::LonLat point) const {
    if (!m_impl->box.holds(point)) return false;
    m_impl->probe.setX(point.lon_deg);
    m_impl->probe.setY(point.lat_deg);
    for (const auto &part : m_impl->parts) {
        if (!part.box.holds(point)) continue;
        if (OGRPreparedGeometryContains(part.prepared.get(), OGRGeometry::ToHandle(&m_impl->probe))) return true;
    }
    return false;
}

const LonLatBox &ControlArea::box() const { return m_impl->box; }

std::size_t ControlArea::polygon_count() const { return m_impl->parts.size(); }

} // namespace claimtrack::geo
