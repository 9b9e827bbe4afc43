#include "gazetteer_impl.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace claimtrack::gazetteer::detail {

ContextPoint::ContextPoint(double lat_deg, double lon_deg, std::string label_text, double weight_, std::string admin1,
                           std::size_t source_)
    : lat(lat_deg), lon(lon_deg), weight(weight_), source(source_), label(std::move(label_text)),
      admin1_code(std::move(admin1)) {
    constexpr double k_rad = 3.14159265358979323846 / 180.0;
    sin_lat = std::sin(lat * k_rad);
    cos_lat = std::cos(lat * k_rad);
    neg_log_weight = -std::log(weight);
}

namespace {

std::string format_km(double km) {
    std::ostringstream os;
    os.setf(std::ios::fixed);
    os.precision(1);
    os << km << " km";
    return os.str();
}

const char* level_reason(MatchLevel level) {
    switch (level) {
    case MatchLevel::Name: return "exact name";
    case MatchLevel::Alternate: return "alternate name";
    case MatchLevel::Alias: return "project alias (renaming or region name)";
    case MatchLevel::Romanised: return "romanisation of a Cyrillic name";
    case MatchLevel::Skeleton: return "same name under another romanisation";
    case MatchLevel::Fuzzy: return "one letter away";
    }
    return "";
}

/// Beyond this many scale lengths a point's bonus (exp(-km/scale)) is negligible.
constexpr double k_negligible_scales = 10.0;

/// True when the point is certainly more than `km` away (a degree of latitude
/// is 111 km, a degree of longitude at least 60 km in the region): a cheap
/// test before the distance, since most namesakes are far from the context.
bool surely_farther(const PlaceRecord& r, const ContextPoint& p, double km) {
    return std::abs(r.lat - p.lat) * 111.0 > km || std::abs(r.lon - p.lon) * 60.0 > km;
}

/// The square of distance_km() from a located candidate to a point, to
/// rounding, without trigonometric calls or roots:
/// cos²((a+b)/2) = (1 + cos a cos b - sin a sin b) / 2.
double km2_between(const Located& c, const ContextPoint& p) {
    constexpr double k_earth_radius_km = 6371.0088;
    constexpr double k_rad = 3.14159265358979323846 / 180.0;
    const double cos2_mid = std::max(0.0, 0.5 * (1.0 + c.cos_lat * p.cos_lat - c.sin_lat * p.sin_lat));
    const double dlat = (p.lat - c.record->lat) * k_rad;
    const double dlon = (p.lon - c.record->lon) * k_rad;
    return k_earth_radius_km * k_earth_radius_km * (dlat * dlat + dlon * dlon * cos2_mid);
}

/// True when the place is certainly more than `km` away from every point of
/// ctx.points by the test of surely_farther() (with a margin against
/// rounding), judged from their bounding box; false when unknown.
bool surely_farther_than_all(const PlaceRecord& r, const Context& ctx, double km) {
    if (ctx.points.empty() || ctx.point_in_named_oblast.size() != ctx.points.size()) return false;
    const double lat_margin = km / 111.0 + 1e-6, lon_margin = km / 60.0 + 1e-6;
    return r.lat < ctx.points_min_lat - lat_margin || r.lat > ctx.points_max_lat + lat_margin ||
           r.lon < ctx.points_min_lon - lon_margin || r.lon > ctx.points_max_lon + lon_margin;
}

bool skipped(const ContextPoint& p, std::size_t self) { return p.source == self && self != ContextPoint::k_no_source; }

/// Bonus for closeness to a set of points: the nearest point counts, each
/// giving weight * point weight * exp(-km / scale). Points standing for the
/// name `self` and points beyond k_negligible_scales scale lengths are
/// skipped. Compared in logarithms, the first point on a tie. The loop has no
/// early exits: a namesake has a dozen points to look at, and unpredictable
/// branches cost more than computing every distance.
double proximity(const Located& c, const std::vector<ContextPoint>& points, double weight, double scale_km,
                 const char* what, std::vector<std::string>* reasons, std::size_t self = ContextPoint::k_no_source) {
    const PlaceRecord& r = *c.record;
    // The weights are a few constants: their logarithms once per thread (the
    // same std::log calls, so the same values).
    thread_local double cached_weight[2] = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    thread_local double cached_log[2] = {0, 0};
    const int slot = weight > 1.0 ? 1 : 0;
    if (!(cached_weight[slot] == weight)) cached_weight[slot] = weight, cached_log[slot] = std::log(weight);
    const double log_weight = cached_log[slot];
    const double cutoff_km = scale_km * k_negligible_scales;
    double best_log = -std::numeric_limits<double>::infinity();
    std::size_t nearest = points.size();
    double nearest_km = 0;
    for (std::size_t k = 0; k < points.size(); ++k) {
        const ContextPoint& p = points[k];
        const double km2 = km2_between(c, p);
        const double km = std::sqrt(km2);
        const double b_log = log_weight - p.neg_log_weight - km / scale_km;
        // km2 < 0.25: the place itself.
        const bool counts = !skipped(p, self) && !surely_farther(r, p, cutoff_km) && km2 >= 0.25;
        if (counts && b_log > best_log) best_log = b_log, nearest = k, nearest_km = km;
    }
    if (nearest == points.size()) return 0.0;
    const double best = std::exp(best_log);
    if (reasons && best >= 0.05)
        reasons->push_back(format_km(nearest_km) + " from " + (*what ? std::string(what) + " " : "") + points[nearest].label);
    return best;
}

/// A place of the text, in an oblast the text names, within
/// k_near_named_oblast_km of the candidate: a candidate just across the
/// oblast border from the places of the text ("Lyman" in a report on the
/// Kharkiv region and Izium).
const ContextPoint* near_named_oblast(const Located& c, const Context& ctx, std::size_t self) {
    const double k_near_named_oblast_km = c.weights->near_named_oblast_km;
    if (ctx.admin1_codes.empty() || surely_farther_than_all(*c.record, ctx, k_near_named_oblast_km)) return nullptr;
    const bool marked = ctx.point_in_named_oblast.size() == ctx.points.size();
    for (std::size_t k = 0; k < ctx.points.size(); ++k) {
        const ContextPoint& p = ctx.points[k];
        if (marked && !ctx.point_in_named_oblast[k]) continue;
        if (skipped(p, self) || surely_farther(*c.record, p, k_near_named_oblast_km)) continue;
        // Marked points are known to lie in a named oblast.
        if (km2_between(c, p) <= k_near_named_oblast_km * k_near_named_oblast_km &&
            (marked || ctx.admin1_codes.count(p.admin1_code)))
            return &p;
    }
    return nullptr;
}

bool in_named_oblast(const Index& index, std::uint32_t place, const Context& ctx) {
    if (ctx.admin1_codes.empty()) return false;
    if (!ctx.named_admin1_slots.empty()) return ctx.named_admin1_slots[index.derived(place).admin1_slot] != 0;
    return ctx.admin1_codes.count(std::string_view(index.str(index.record(place).admin1_code))) > 0;
}

std::string format_days(long days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

/// The front-line prior of a located candidate (0 when off or far).
double front_score(const Index& index, std::uint32_t place, const Context& ctx, std::vector<std::string>* reasons) {
    const FrontTable& front = index.front();
    const std::uint8_t units = ctx.front_nearest ? front.nearest(place) : front.at(place, ctx.front_snapshot);
    const double bonus = ctx.front_bonus[units];
    if (reasons && bonus >= 0.005)
        reasons->push_back(format_km(FrontTable::km(units)) + " from the line of contact " + ctx.front_label);
    return bonus;
}

} // namespace

double own_score(const Index& index, const Match& m, const Context& ctx, std::vector<std::string>* reasons) {
    return own_score(index, m, Located(index, m, ctx), ctx, reasons);
}

double own_score(const Index& index, const Match& m, const Located& where, const Context& ctx,
                 std::vector<std::string>* reasons) {
    const auto& r = *where.record;
    const std::string_view code = index.str(r.feature_code);
    const RankingWeights& w = index.weights();
    double s = w.level[static_cast<int>(m.level)];
    if (reasons) reasons->push_back(level_reason(m.level));
    s += index.derived(m.place).importance;
    if (reasons) {
        std::string why = "feature " + std::string(code);
        if (r.population > 0) why += ", population " + std::to_string(r.population);
        reasons->push_back(why);
    }
    if (where.named_oblast) {
        s += w.named_oblast;
        if (reasons) reasons->push_back(std::string("in ") + index.str(r.admin1) + " oblast named in the text");
    }
    if (static_cast<double>(r.population) >= w.town_population && code != "PPLX") {
        s += w.town;
        if (reasons) reasons->push_back("a town");
    }
    if (!ctx.admin2_codes.empty() && ctx.admin2_codes.count(std::string_view(index.str(r.admin2_code)))) {
        s += w.named_raion;
        if (reasons) reasons->push_back(std::string("in ") + index.str(r.admin2) + " raion named in the text");
    }
    if (!ctx.known.empty()) s += proximity(where, ctx.known, w.known_places, w.known_places_scale_km, "known place", reasons);
    if (!ctx.front_bonus.empty()) s += front_score(index, m.place, ctx, reasons);
    return s;
}

Located::Located(const Index& index, const Match& m, const Context& ctx)
    : record(&index.record(m.place)), weights(&index.weights()), named_oblast(in_named_oblast(index, m.place, ctx)),
      sin_lat(index.derived(m.place).sin_lat), cos_lat(index.derived(m.place).cos_lat) {}

void set_front_date(const Index& index, Context& ctx, std::optional<core::Date> date) {
    const FrontTable& front = index.front();
    ctx.front_bonus.clear();
    if (front.empty()) return;
    const RankingWeights& w = index.weights();
    double weight = w.front;
    if (date) {
        const FrontTable::Serving serving = front.serving(*date);
        ctx.front_nearest = false;
        ctx.front_snapshot = serving.snapshot;
        const double late = std::max(0.0, static_cast<double>(serving.days_off) - w.front_date_grace_days);
        weight *= std::exp(-late / w.front_date_scale_days);
        ctx.front_label = "on " + front.dates()[serving.snapshot].iso() + " (" + format_days(serving.days_off) +
                          " from the date " + date->iso() + ")";
    } else {
        ctx.front_nearest = true;
        weight *= w.front_undated;
        ctx.front_label = "at its nearest, " + front.dates().front().iso() + " to " + front.dates().back().iso() +
                          " (no date given)";
    }
    ctx.front_bonus.assign(std::size_t{FrontTable::k_far} + 1, 0.0); // k_far: no bonus
    const std::vector<double>& decay = index.front_decay(); // exp(-km / front_scale_km), once per weights
    for (std::size_t units = 0; units < FrontTable::k_far; ++units) ctx.front_bonus[units] = weight * decay[units];
}

void mark_named_oblasts(const Index& index, Context& ctx) {
    const auto& codes = index.admin1_codes();
    ctx.named_admin1_slots.assign(codes.size(), 0);
    for (std::size_t k = 0; k < codes.size(); ++k)
        ctx.named_admin1_slots[k] = !codes[k].empty() && ctx.admin1_codes.count(codes[k]) ? 1 : 0;
}

void mark_named_oblast_points(Context& ctx) {
    ctx.point_in_named_oblast.resize(ctx.points.size());
    for (std::size_t k = 0; k < ctx.points.size(); ++k)
        ctx.point_in_named_oblast[k] = ctx.admin1_codes.count(ctx.points[k].admin1_code) ? 1 : 0;
    ctx.points_min_lat = ctx.points_min_lon = std::numeric_limits<double>::infinity();
    ctx.points_max_lat = ctx.points_max_lon = -std::numeric_limits<double>::infinity();
    ctx.points_max_weight = 0;
    ctx.point_boxes.clear();
    ctx.point_boxes.reserve(ctx.points.size());
    constexpr double k_cell_lat_deg = 1.0, k_cell_lon_deg = 1.5; // about 110 by 100 km
    for (const auto& p : ctx.points) {
        ctx.points_max_weight = std::max(ctx.points_max_weight, p.weight);
        ctx.points_min_lat = std::min(ctx.points_min_lat, p.lat), ctx.points_max_lat = std::max(ctx.points_max_lat, p.lat);
        ctx.points_min_lon = std::min(ctx.points_min_lon, p.lon), ctx.points_max_lon = std::max(ctx.points_max_lon, p.lon);
        const long cell_lat = std::lround(std::floor(p.lat / k_cell_lat_deg));
        const long cell_lon = std::lround(std::floor(p.lon / k_cell_lon_deg));
        auto box = std::find_if(ctx.point_boxes.begin(), ctx.point_boxes.end(), [&](const Context::Box& b) {
            return b.cell_lat == cell_lat && b.cell_lon == cell_lon;
        });
        if (box == ctx.point_boxes.end()) {
            ctx.point_boxes.push_back({p.lat, p.lat, p.lon, p.lon, p.cos_lat, cell_lat, cell_lon});
        } else {
            box->min_lat = std::min(box->min_lat, p.lat), box->max_lat = std::max(box->max_lat, p.lat);
            box->min_lon = std::min(box->min_lon, p.lon), box->max_lon = std::max(box->max_lon, p.lon);
            box->min_cos_lat = std::min(box->min_cos_lat, p.cos_lat);
        }
    }
}

double context_score_bound(const Located& c, const Context& ctx) {
    if (ctx.points.empty()) return 0.0; // neither bonus without points
    if (ctx.point_in_named_oblast.size() != ctx.points.size() || !(ctx.points_max_weight >= 0))
        return std::numeric_limits<double>::infinity();
    // The distance to the bounding box of some points is at most the
    // distance to any of them by km2_between(): the latitude and longitude
    // differences are at least the box's, and the cosine of the mean latitude
    // at least the smaller cosine of the two ends (the cosine is concave there).
    constexpr double k_km_per_degree = 6371.0088 * 3.14159265358979323846 / 180.0;
    const double lat = c.record->lat, lon = c.record->lon;
    double deg2 = std::numeric_limits<double>::infinity(); // to the nearest box, in squared degrees
    // Without branches: a few boxes, and the minimum compiles to min instructions.
    for (const auto& box : ctx.point_boxes) {
        const double dlat = std::max(0.0, std::max(box.min_lat - lat, lat - box.max_lat));
        const double dlon = std::max(0.0, std::max(box.min_lon - lon, lon - box.max_lon)) * std::min(c.cos_lat, box.min_cos_lat);
        deg2 = std::min(deg2, dlat * dlat + dlon * dlon);
    }
    const double km = std::max(0.0, k_km_per_degree * std::sqrt(deg2) - 1e-3);
    const RankingWeights& w = *c.weights;
    const double near = !c.named_oblast && !ctx.admin1_codes.empty() && km <= w.near_named_oblast_km ? w.near_named_oblast : 0.0;
    // exp(-x) <= 1 / (1 + x + x²/2 + x³/6) for x >= 0 (the series of exp(x)
    // has no negative terms): a bound without the exponential, as loose as
    // ranking can afford (it only orders and prunes candidates).
    const double x = km / w.text_places_scale_km;
    const double decay = 1.0 / (1.0 + x * (1.0 + x * (0.5 + x / 6.0)));
    const double prox = w.text_places * ctx.points_max_weight * decay;
    return near + prox * (1.0 + 1e-9) + 1e-9;
}

bool beyond_context(const Located& c, const Context& ctx) {
    // Beyond proximity()'s first cutoff from every point, no point counts,
    // and a point near enough for near_named_oblast() lies well inside it.
    return ctx.points.empty() ||
           surely_farther_than_all(*c.record, ctx, c.weights->text_places_scale_km * k_negligible_scales);
}

double context_score(const Located& c, const Context& ctx, std::vector<std::string>* reasons, std::size_t self) {
    double s = 0;
    if (!c.named_oblast)
        if (const ContextPoint* p = near_named_oblast(c, ctx, self)) {
            s += c.weights->near_named_oblast;
            if (reasons) reasons->push_back(std::string("close to ") + p->label + ", in an oblast named in the text");
        }
    // Beyond proximity()'s first cutoff from every point, no point counts.
    if (!beyond_context(c, ctx))
        s += proximity(c, ctx.points, c.weights->text_places, c.weights->text_places_scale_km, "", reasons, self);
    return s;
}

double context_score(const Index& index, const Match& m, const Context& ctx, std::vector<std::string>* reasons,
                     std::size_t self) {
    return context_score(Located(index, m, ctx), ctx, reasons, self);
}

double loose_penalty(const Index& index, const std::vector<Match>& all, const Match& m, std::vector<std::string>* reasons) {
    const double k_loose_penalty = index.weights().loose_penalty;
    if (m.level < MatchLevel::Skeleton) return 0.0;
    const bool exact_elsewhere =
        std::any_of(all.begin(), all.end(), [](const Match& o) { return o.level <= MatchLevel::Romanised; });
    if (!exact_elsewhere) return 0.0;
    if (reasons) reasons->push_back("only a loose match, while other places bear the name exactly");
    return k_loose_penalty;
}

namespace {
bool is_settlement(const Match& m) { return m.kind == core::PlaceKind::Settlement; }
} // namespace

bool owned_by_a_settlement(const Index& index, const std::vector<Match>& all) {
    return std::any_of(all.begin(), all.end(), [&](const Match& o) {
        if (!o.own || o.level > MatchLevel::Romanised || !is_settlement(o)) return false;
        // An abandoned, destroyed or historical place (PPLQ, PPLW, PPLH) bearing the name owns it no
        // more: a living village that bore it (a renaming's old name) is not someone else's namesake.
        const std::string_view code = index.str(index.record(o.place).feature_code);
        return code != "PPLQ" && code != "PPLW" && code != "PPLH";
    });
}

double foreign_name_penalty(const Index& index, const Match& m, bool owned_elsewhere, std::vector<std::string>* reasons) {
    const double k_foreign_name_penalty = index.weights().foreign_name_penalty;
    if (!owned_elsewhere || m.own || m.level > MatchLevel::Skeleton || !is_settlement(m)) return 0.0;
    if (reasons) reasons->push_back("only an alternate name, while another place bears the name as its own");
    return k_foreign_name_penalty;
}

double score(const Index& index, const Match& m, const Context& ctx, std::vector<std::string>* reasons) {
    const double own = own_score(index, m, ctx, reasons);
    return own + context_score(index, m, ctx, reasons);
}

} // namespace claimtrack::gazetteer::detail

namespace claimtrack::gazetteer::detail {

namespace {

/// Even-odd ray casting: the point lies inside the ring.
bool in_ring(const geo::Ring& ring, double lon, double lat) {
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n ? n - 1 : 0; i < n; j = i++) {
        const double xi = ring[i].lon_deg, yi = ring[i].lat_deg, xj = ring[j].lon_deg, yj = ring[j].lat_deg;
        if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
}

bool in_polygon(const geo::Polygon& polygon, double lon, double lat) {
    if (polygon.empty() || !in_ring(polygon.front(), lon, lat)) return false;
    for (std::size_t h = 1; h < polygon.size(); ++h)
        if (in_ring(polygon[h], lon, lat)) return false; // in a hole
    return true;
}

} // namespace

Boundaries::Boundaries(geo::BoundarySet set) : m_set(std::move(set)) {
    for (const auto& b : m_set.all()) {
        Box box{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
        for (const auto& poly : b.geometry)
            if (!poly.empty())
                for (const auto& p : poly.front()) {
                    box.min_lon = std::min(box.min_lon, p.lon_deg), box.max_lon = std::max(box.max_lon, p.lon_deg);
                    box.min_lat = std::min(box.min_lat, p.lat_deg), box.max_lat = std::max(box.max_lat, p.lat_deg);
                }
        m_boxes.push_back(box);
    }
}

const geo::Boundary* Boundaries::at(double lon, double lat) const {
    const auto& all = m_set.all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Box& b = m_boxes[i];
        if (lon < b.min_lon || lon > b.max_lon || lat < b.min_lat || lat > b.max_lat) continue;
        for (const auto& poly : all[i].geometry)
            if (in_polygon(poly, lon, lat)) return &all[i];
    }
    return nullptr;
}

bool Boundaries::same_admin(std::string_view boundary_name, std::string_view admin1) {
    const std::string a = geo::admin_name_key(boundary_name), b = geo::admin_name_key(admin1);
    if (a == b) return true;
    // "Kyiv City" vs "Kyiv", "Crimea" vs "Autonomous Republic of Crimea": one key contains the other.
    return !a.empty() && !b.empty() && (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

} // namespace claimtrack::gazetteer::detail
