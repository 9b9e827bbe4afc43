#include "ogr_util.hpp"

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <cmath>
#include <cstdint>
#include <type_traits>
#include <unordered_map>
#include <vector>

// Geometry with GEOS through OGR, in the GDAL module: WKB, simplification and
// the prepared polygons of a control area (ControlArea).

namespace claimtrack::geo::detail {

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

/// The polygons prepared, behind their bounding boxes, and the cells of a
/// coarse and a fine grid classified the first time a point falls in them.
class GeosArea final : public PreparedArea {
  public:
    GeosArea(const MultiPolygon &polygons, std::string_view what) {
        for (const Polygon &p : polygons) {
            if (p.empty()) continue;
            Part part;
            part.box = bounding_box({p});
            part.polygon = to_ogr(p);
            part.prepared.reset(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(part.polygon.get())));
            if (!part.prepared)
                throw GeoError(std::string(what) + ": cannot prepare a polygon: " + last_gdal_error());
            parts.push_back(std::move(part));
        }
    }

    bool contains(core::LonLat point) const override {
        for (const auto &[cells, size] : {std::pair{&coarse, k_coarse_deg}, std::pair{&fine, k_fine_deg}}) {
            const Cell c = cell_of(*cells, point, size);
            if (c == Inside) return true;
            if (c == Outside) return false;
        }
        return point_in_parts(point);
    }

    std::size_t polygon_count() const override { return parts.size(); }

  private:
    struct Part {
        LonLatBox box;
        std::unique_ptr<OGRPolygon> polygon; // the prepared geometry points into it
        PreparedPtr prepared;
    };
    std::vector<Part> parts;
    mutable OGRPoint probe;

    // Cells of a coarse and a fine grid, classified the first time a point
    // falls in them: wholly inside, wholly outside, or on the boundary (only
    // then are points tested one by one). Most points of a large area are
    // answered by their cell.
    enum Cell : std::uint8_t { Unknown, Inside, Outside, Boundary };
    static constexpr double k_coarse_deg = 0.25, k_fine_deg = 0.05;
    mutable std::unordered_map<std::int64_t, Cell> coarse, fine;

    static std::int64_t cell_key(core::LonLat p, double size, long &ix, long &iy) {
        ix = static_cast<long>(std::floor(p.lon_deg / size));
        iy = static_cast<long>(std::floor(p.lat_deg / size));
        return (static_cast<std::int64_t>(ix) + (1 << 20)) * (std::int64_t{1} << 22) + (iy + (1 << 20));
    }

    Cell classify(double x0, double y0, double size) const {
        OGRPolygon rect;
        OGRLinearRing ring;
        ring.addPoint(x0, y0);
        ring.addPoint(x0 + size, y0);
        ring.addPoint(x0 + size, y0 + size);
        ring.addPoint(x0, y0 + size);
        ring.addPoint(x0, y0);
        rect.addRing(&ring);
        const LonLatBox cell{x0, y0, x0 + size, y0 + size};
        bool touched = false;
        for (const auto &part : parts) {
            if (part.box.max_lon < cell.min_lon || part.box.min_lon > cell.max_lon || part.box.max_lat < cell.min_lat ||
                part.box.min_lat > cell.max_lat)
                continue;
            if (OGRPreparedGeometryContains(part.prepared.get(), OGRGeometry::ToHandle(&rect))) return Inside;
            if (!touched && OGRPreparedGeometryIntersects(part.prepared.get(), OGRGeometry::ToHandle(&rect)))
                touched = true;
        }
        return touched ? Boundary : Outside;
    }

    Cell cell_of(std::unordered_map<std::int64_t, Cell> &cells, core::LonLat p, double size) const {
        long ix = 0, iy = 0;
        Cell &c = cells[cell_key(p, size, ix, iy)];
        if (c == Unknown) c = classify(static_cast<double>(ix) * size, static_cast<double>(iy) * size, size);
        return c;
    }

    bool point_in_parts(core::LonLat point) const {
        probe.setX(point.lon_deg);
        probe.setY(point.lat_deg);
        for (const auto &part : parts) {
            if (!part.box.holds(point)) continue;
            if (OGRPreparedGeometryContains(part.prepared.get(), OGRGeometry::ToHandle(&probe))) return true;
        }
        return false;
    }
};

} // namespace

std::string to_wkb(const MultiPolygon &polygons) {
    const OGRMultiPolygon geometry = to_ogr(polygons);
    std::string out(geometry.WkbSize(), '\0');
    if (geometry.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(out.data()), wkbVariantIso) != OGRERR_NONE)
        throw GeoError("cannot write WKB: " + last_gdal_error());
    return out;
}

MultiPolygon from_wkb(std::string_view wkb, std::string_view what) {
    OGRGeometry *raw = nullptr;
    std::size_t consumed = 0;
    const OGRErr err =
        OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &raw, wkb.size(), wkbVariantIso, consumed);
    std::unique_ptr<OGRGeometry> geometry(raw);
    if (err != OGRERR_NONE || !geometry)
        throw GeoError(std::string(what) + ": the stored geometry is not WKB (" + std::to_string(wkb.size()) +
                       " bytes)");
    return to_multipolygon(*geometry);
}

MultiPolygon simplify(const MultiPolygon &polygons, double tolerance_deg) {
    MultiPolygon out;
    for (const Polygon &p : polygons) {
        if (p.empty()) continue;
        const auto ogr = to_ogr(p);
        std::unique_ptr<OGRGeometry> simple(ogr->SimplifyPreserveTopology(tolerance_deg));
        if (!simple) continue;
        MultiPolygon parts = to_multipolygon(*simple);
        for (auto &part : parts)
            if (!part.empty() && part.front().size() >= 4) out.push_back(std::move(part));
    }
    return out;
}

std::unique_ptr<PreparedArea> prepare(const MultiPolygon &polygons, std::string_view what) {
    if (!OGRHasPreparedGeometrySupport())
        throw GeoError(std::string(what) + ": GDAL was built without GEOS: no prepared geometries");
    return std::make_unique<GeosArea>(polygons, what);
}

} // namespace claimtrack::geo::detail

/// The module's entry point for the geo module (gdal_functions.hpp).
extern "C" const claimtrack::geo::detail::GeoFunctions *claimtrack_gdal_geo_functions_v1() {
    using namespace claimtrack::geo::detail;
    static const GeoFunctions functions{sizeof(GeoFunctions), read_boundaries, read_layer, to_wkb,
                                        from_wkb,            simplify,        prepare};
    return &functions;
}
