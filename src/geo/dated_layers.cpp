#include "claimtrack/geo/dated_layers.hpp"

#include "gdal_functions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>

namespace claimtrack::geo {

namespace {

constexpr double k_km_per_deg_lat = 110.574;
constexpr double k_km_per_deg_lon_equator = 111.320;
constexpr double k_rad = 3.14159265358979323846 / 180.0;

bool same_point(core::LonLat a, core::LonLat b) { return a.lon_deg == b.lon_deg && a.lat_deg == b.lat_deg; }

bool all_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

struct BoxD {
    double min_lon = std::numeric_limits<double>::infinity(), min_lat = min_lon;
    double max_lon = -std::numeric_limits<double>::infinity(), max_lat = max_lon;
    void add(core::LonLat p) {
        min_lon = std::min(min_lon, p.lon_deg), max_lon = std::max(max_lon, p.lon_deg);
        min_lat = std::min(min_lat, p.lat_deg), max_lat = std::max(max_lat, p.lat_deg);
    }
    bool holds(core::LonLat p) const {
        return p.lon_deg >= min_lon && p.lon_deg <= max_lon && p.lat_deg >= min_lat && p.lat_deg <= max_lat;
    }
};

/// Even-odd ray casting over one ring.
bool in_ring(const Ring &ring, core::LonLat p) {
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n ? n - 1 : 0; i < n; j = i++) {
        const double xi = ring[i].lon_deg, yi = ring[i].lat_deg, xj = ring[j].lon_deg, yj = ring[j].lat_deg;
        if ((yi > p.lat_deg) != (yj > p.lat_deg) && p.lon_deg < (xj - xi) * (p.lat_deg - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}

/// Polygons with their bounding boxes, for point-in-polygon tests.
class Area {
  public:
    Area() = default;
    explicit Area(const MultiPolygon *polygons) : m_polygons(polygons) {
        for (const auto &poly : *polygons) {
            BoxD box;
            if (!poly.empty())
                for (const auto &p : poly.front()) box.add(p);
            m_boxes.push_back(box);
        }
    }
    bool empty() const { return m_polygons == nullptr || m_polygons->empty(); }
    bool contains(core::LonLat p) const {
        if (empty()) return false;
        for (std::size_t i = 0; i < m_polygons->size(); ++i) {
            const Polygon &poly = (*m_polygons)[i];
            if (poly.empty() || !m_boxes[i].holds(p) || !in_ring(poly.front(), p)) continue;
            bool in_hole = false;
            for (std::size_t h = 1; h < poly.size() && !in_hole; ++h) in_hole = in_ring(poly[h], p);
            if (!in_hole) return true;
        }
        return false;
    }

  private:
    const MultiPolygon *m_polygons = nullptr;
    std::vector<BoxD> m_boxes;
};

} // namespace

LayerFile read_layer_file(const std::filesystem::path &path, const LayerFileOptions &options) {
    std::string name = "'";
    name += path.string();
    name += '\'';
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw GeoError("layer file " + name + " not found or not a file");
    detail::LayerRead read = detail::gdal().read_layer(path, options);
    LayerFile out = std::move(read.file);
    const std::optional<core::Date> &attribute_date = read.attribute_date;
    const std::string &attribute_name = read.attribute_name;
    if (out.polygons.empty() && !options.allow_empty)
        throw GeoError("layer file " + name + " holds no polygon (" + std::to_string(out.features) +
                       " features): a control layer is an area");
    if (attribute_date) {
        out.date = *attribute_date;
        out.date_from = "attribute " + attribute_name;
    } else if (const auto d = date_in_file_name(path.stem().string())) {
        out.date = *d;
        out.date_from = "file name";
    } else if (options.fallback_date) {
        out.date = *options.fallback_date;
        out.date_from = "--date";
    } else {
        throw GeoError("layer file " + name +
                       ": no date found (no date attribute, no YYYYMMDD or YYYY-MM-DD in the name); give --date");
    }
    if (options.not_after && out.date > *options.not_after)
        throw GeoError("layer file " + name + " is dated " + out.date.iso() + " (" + out.date_from +
                       "), after today (" + options.not_after->iso() + "): a snapshot cannot show the future");
    BoxD box;
    for (const auto &poly : out.polygons)
        for (const auto &ring : poly)
            for (const auto &p : ring) box.add(p);
    out.box = {box.min_lon, box.min_lat, box.max_lon, box.max_lat};
    return out;
}

namespace {

struct Segment {
    core::LonLat a, b;
};

/// Distance in km from p to the segment, in a plane tangent at p.
double segment_km(core::LonLat p, double kx, const Segment &s) {
    const double ax = (s.a.lon_deg - p.lon_deg) * kx, ay = (s.a.lat_deg - p.lat_deg) * k_km_per_deg_lat;
    const double bx = (s.b.lon_deg - p.lon_deg) * kx, by = (s.b.lat_deg - p.lat_deg) * k_km_per_deg_lat;
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double x = ax + t * dx, y = ay + t * dy;
    return std::sqrt(x * x + y * y);
}

} // namespace

std::optional<core::Date> date_in_file_name(std::string_view name) {
    std::optional<core::Date> found;
    for (std::size_t i = 0; i + 8 <= name.size(); ++i) {
        const bool starts_run = i == 0 || !(name[i - 1] >= '0' && name[i - 1] <= '9');
        if (!starts_run) continue;
        const std::string_view eight = name.substr(i, 8);
        if (all_digits(eight) && (i + 8 == name.size() || !(name[i + 8] >= '0' && name[i + 8] <= '9'))) {
            const int y = number(eight.substr(0, 4)), m = number(eight.substr(4, 2)), d = number(eight.substr(6, 2));
            if (core::Date::valid(y, m, d)) found = core::Date{y, m, d};
        }
        if (i + 10 <= name.size() && name[i + 4] == '-' && name[i + 7] == '-') {
            if (auto d = core::Date::parse(name.substr(i, 10))) found = d;
        }
    }
    return found;
}

std::pair<std::size_t, long> nearest_date(const std::vector<core::Date> &dates, core::Date date) {
    const auto after = std::lower_bound(dates.begin(), dates.end(), date);
    std::size_t best = static_cast<std::size_t>(after - dates.begin());
    if (best == dates.size()) {
        best = dates.size() - 1;
    } else if (best > 0 && date.days_since_epoch() - dates[best - 1].days_since_epoch() <=
                               dates[best].days_since_epoch() - date.days_since_epoch()) {
        --best;
    }
    return {best, std::abs(dates[best].days_since_epoch() - date.days_since_epoch())};
}

/// Points by cells of a grid, to find those within some km of a point.
class Witnesses {
  public:
    explicit Witnesses(const std::vector<core::LonLat> &points) : m_points(points) {
        for (std::size_t i = 0; i < points.size(); ++i) m_cells[cell(points[i])].push_back(i);
    }
    /// True when `accept` holds for a point within `km` of `p`.
    template <class Accept> bool any_near(core::LonLat p, double km, const Accept &accept) const {
        if (m_points.empty()) return false;
        const double kx = k_km_per_deg_lon_equator * std::cos(p.lat_deg * k_rad);
        const long span_lat = static_cast<long>(std::ceil(km / k_km_per_deg_lat / k_cell)) + 1;
        const long span_lon = static_cast<long>(std::ceil(km / kx / k_cell)) + 1;
        const auto [row, col] = cell(p);
        for (long r = row - span_lat; r <= row + span_lat; ++r)
            for (long c = col - span_lon; c <= col + span_lon; ++c) {
                const auto it = m_cells.find({r, c});
                if (it == m_cells.end()) continue;
                for (std::size_t i : it->second) {
                    const core::LonLat w = m_points[i];
                    const double dx = (w.lon_deg - p.lon_deg) * kx, dy = (w.lat_deg - p.lat_deg) * k_km_per_deg_lat;
                    if (dx * dx + dy * dy <= km * km && accept(w)) return true;
                }
            }
        return false;
    }

  private:
    static constexpr double k_cell = 0.1; // degrees, both ways
    static std::pair<long, long> cell(core::LonLat p) {
        return {static_cast<long>(std::floor(p.lat_deg / k_cell)), static_cast<long>(std::floor(p.lon_deg / k_cell))};
    }
    const std::vector<core::LonLat> &m_points;
    std::map<std::pair<long, long>, std::vector<std::size_t>> m_cells;
};

/// One snapshot: its polygons, and the counted edges bucketed by a grid of
/// cells for nearest-edge queries.
struct DatedLayers::Snapshot {
    std::filesystem::path file;
    MultiPolygon polygons;
    Area area;
    std::vector<Segment> segments; ///< counted edges
    // The grid: cell (row, col) holds cell_start[k] .. cell_start[k + 1] of cell_segments.
    static constexpr double k_cell_lat = 0.1, k_cell_lon = 0.15; // about 11 by 10-11 km
    double origin_lat = 0, origin_lon = 0;
    long rows = 0, cols = 0;
    double min_cell_km = 1; ///< the narrowest cell side anywhere in the grid
    std::vector<std::uint32_t> cell_start, cell_segments;

    void build_grid() {
        BoxD box;
        for (const auto &s : segments) box.add(s.a), box.add(s.b);
        if (segments.empty()) return;
        origin_lat = std::floor(box.min_lat / k_cell_lat) * k_cell_lat;
        origin_lon = std::floor(box.min_lon / k_cell_lon) * k_cell_lon;
        rows = static_cast<long>(std::floor((box.max_lat - origin_lat) / k_cell_lat)) + 1;
        cols = static_cast<long>(std::floor((box.max_lon - origin_lon) / k_cell_lon)) + 1;
        const double max_abs_lat = std::max(std::abs(box.min_lat), std::abs(box.max_lat)) + k_cell_lat;
        min_cell_km = std::min(k_cell_lat * k_km_per_deg_lat,
                               k_cell_lon * k_km_per_deg_lon_equator * std::cos(std::min(max_abs_lat, 89.0) * k_rad));
        std::vector<std::vector<std::uint32_t>> cells(static_cast<std::size_t>(rows * cols));
        for (std::uint32_t i = 0; i < segments.size(); ++i) {
            const auto &s = segments[i];
            const long r0 = row(std::min(s.a.lat_deg, s.b.lat_deg)), r1 = row(std::max(s.a.lat_deg, s.b.lat_deg));
            const long c0 = col(std::min(s.a.lon_deg, s.b.lon_deg)), c1 = col(std::max(s.a.lon_deg, s.b.lon_deg));
            for (long r = std::max(0L, r0); r <= std::min(rows - 1, r1); ++r)
                for (long c = std::max(0L, c0); c <= std::min(cols - 1, c1); ++c)
                    cells[static_cast<std::size_t>(r * cols + c)].push_back(i);
        }
        cell_start.reserve(cells.size() + 1);
        for (const auto &c : cells) {
            cell_start.push_back(static_cast<std::uint32_t>(cell_segments.size()));
            cell_segments.insert(cell_segments.end(), c.begin(), c.end());
        }
        cell_start.push_back(static_cast<std::uint32_t>(cell_segments.size()));
    }
    long row(double lat) const { return static_cast<long>(std::floor((lat - origin_lat) / k_cell_lat)); }
    long col(double lon) const { return static_cast<long>(std::floor((lon - origin_lon) / k_cell_lon)); }

    double nearest_km(core::LonLat p, double max_km) const {
        double best = std::numeric_limits<double>::infinity();
        if (segments.empty()) return best;
        const double kx = k_km_per_deg_lon_equator * std::cos(p.lat_deg * k_rad);
        const long pr = row(p.lat_deg), pc = col(p.lon_deg);
        // The farthest ring that still touches the grid.
        const long last = std::max({std::abs(pr), std::abs(pr - (rows - 1)), std::abs(pc), std::abs(pc - (cols - 1))});
        for (long ring = 0; ring <= last; ++ring) {
            // Any edge in a cell of this ring lies at least (ring - 1) cells away.
            const double bound = static_cast<double>(ring - 1) * min_cell_km;
            if (bound > best || bound > max_km) break;
            for (long r = pr - ring; r <= pr + ring; ++r) {
                if (r < 0 || r >= rows) continue;
                const bool edge_row = r == pr - ring || r == pr + ring;
                const long step = edge_row ? 1 : 2 * ring;
                for (long c = pc - ring; c <= pc + ring; c += std::max(1L, step)) {
                    if (c < 0 || c >= cols) continue;
                    const auto k = static_cast<std::size_t>(r * cols + c);
                    for (std::uint32_t j = cell_start[k]; j < cell_start[k + 1]; ++j)
                        best = std::min(best, segment_km(p, kx, segments[cell_segments[j]]));
                }
            }
        }
        return best <= max_km ? best : std::numeric_limits<double>::infinity();
    }
};

DatedLayers::DatedLayers() = default;
DatedLayers::DatedLayers(DatedLayers &&) noexcept = default;
DatedLayers &DatedLayers::operator=(DatedLayers &&) noexcept = default;
DatedLayers::~DatedLayers() = default;

DatedLayers DatedLayers::open(const std::filesystem::path &dir, EdgeOptions edges) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw GeoError("dated layer directory '" + dir.string() + "' not found or not a directory");
    std::map<core::Date, std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file()) continue;
        const std::string name = entry.path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        const auto date = date_in_file_name(entry.path().stem().string());
        if (!date) continue;
        auto [it, fresh] = files.emplace(*date, entry.path());
        if (!fresh)
            throw GeoError("dated layer directory '" + dir.string() + "': two files of " + date->iso() + ": '" +
                           it->second.filename().string() + "' and '" + name + "'");
    }
    if (ec) throw GeoError("cannot list dated layer directory '" + dir.string() + "': " + ec.message());
    if (files.empty())
        throw GeoError("dated layer directory '" + dir.string() +
                       "' holds no file whose name carries a date (YYYYMMDD or YYYY-MM-DD)");
    DatedLayers out;
    for (auto &[date, path] : files) {
        auto snap = std::make_unique<Snapshot>();
        snap->file = path;
        LayerFileOptions read;
        read.validate = false; // the prior takes the layers as they come
        read.allow_empty = true;
        read.fallback_date = date;
        snap->polygons = read_layer_file(path, read).polygons;
        snap->area = Area(&snap->polygons);
        out.m_dates.push_back(date);
        out.m_snapshots.push_back(std::move(snap));
    }
    const auto for_each_edge = [](const MultiPolygon &polygons, const auto &visit) {
        for (const auto &poly : polygons)
            for (const auto &ring : poly) {
                const std::size_t n = ring.size();
                const bool closed = n > 2 && same_point(ring.front(), ring.back());
                const std::size_t edges = n < 2 ? 0 : (closed ? n - 1 : n);
                for (std::size_t i = 0; i < edges; ++i) visit(ring[i], ring[(i + 1) % n]);
            }
    };
    const long span = out.m_dates.back().days_since_epoch() - out.m_dates.front().days_since_epoch();
    const bool skip = edges.skip_unchanged && out.size() >= EdgeOptions::k_min_snapshots &&
                      span >= EdgeOptions::k_min_span_days;
    // The full outlines of the first and the last snapshot, to hold every edge against.
    Snapshot first, last;
    if (skip) {
        for_each_edge(out.m_snapshots.front()->polygons, [&](core::LonLat a, core::LonLat b) { first.segments.push_back({a, b}); });
        for_each_edge(out.m_snapshots.back()->polygons, [&](core::LonLat a, core::LonLat b) { last.segments.push_back({a, b}); });
        first.build_grid();
        last.build_grid();
    }
    // The witnesses by grid cell, to find those near an edge.
    const Witnesses witnesses(edges.witnesses);
    // The verdict on an edge, by its end points: most edges recur from one snapshot to the next.
    std::map<std::array<double, 4>, bool> left_out;
    const auto is_left_out = [&](const Snapshot &snap, core::LonLat a, core::LonLat b) {
        const std::array<double, 4> key{a.lon_deg, a.lat_deg, b.lon_deg, b.lat_deg};
        if (auto it = left_out.find(key); it != left_out.end()) return it->second;
        const core::LonLat mid{(a.lon_deg + b.lon_deg) / 2, (a.lat_deg + b.lat_deg) / 2};
        const bool unchanged = first.nearest_km(mid, edges.tolerance_km) <= edges.tolerance_km &&
                               last.nearest_km(mid, edges.tolerance_km) <= edges.tolerance_km;
        const bool verdict = unchanged && !witnesses.any_near(mid, edges.witness_km, [&](core::LonLat w) {
            return !snap.area.contains(w);
        });
        left_out.emplace(key, verdict);
        return verdict;
    };
    for (auto &snap : out.m_snapshots) {
        for_each_edge(snap->polygons, [&](core::LonLat a, core::LonLat b) {
            ++out.m_edges;
            if (skip && is_left_out(*snap, a, b)) return;
            ++out.m_counted;
            snap->segments.push_back({a, b});
        });
        snap->build_grid();
    }
    return out;
}

std::size_t DatedLayers::size() const { return m_snapshots.size(); }
const std::vector<core::Date> &DatedLayers::dates() const { return m_dates; }
const std::filesystem::path &DatedLayers::file(std::size_t snapshot) const { return m_snapshots.at(snapshot)->file; }
const MultiPolygon &DatedLayers::polygons(std::size_t snapshot) const { return m_snapshots.at(snapshot)->polygons; }

std::optional<DatedLayers::Nearest> DatedLayers::nearest(core::Date date) const {
    if (m_dates.empty()) return std::nullopt;
    const auto [index, days_off] = nearest_date(m_dates, date);
    return Nearest{index, m_dates[index], days_off};
}

bool DatedLayers::contains(std::size_t snapshot, core::LonLat point) const {
    return m_snapshots.at(snapshot)->area.contains(point);
}

bool DatedLayers::contains(core::Date date, core::LonLat point) const {
    const auto n = nearest(date);
    return n && contains(n->snapshot, point);
}

double DatedLayers::distance_to_edge_km(std::size_t snapshot, core::LonLat point, double max_km) const {
    return m_snapshots.at(snapshot)->nearest_km(point, max_km);
}

double DatedLayers::distance_to_edge_km(core::Date date, core::LonLat point, double max_km) const {
    const auto n = nearest(date);
    return n ? distance_to_edge_km(n->snapshot, point, max_km) : std::numeric_limits<double>::infinity();
}

double DatedLayers::counted_edge_share() const {
    return m_edges == 0 ? 1.0 : static_cast<double>(m_counted) / static_cast<double>(m_edges);
}

DatedLayers::Box DatedLayers::bounds() const {
    BoxD box;
    for (const auto &s : m_snapshots)
        for (const auto &poly : s->polygons)
            for (const auto &ring : poly)
                for (const auto &p : ring) box.add(p);
    return {box.min_lon, box.min_lat, box.max_lon, box.max_lat};
}

} // namespace claimtrack::geo
