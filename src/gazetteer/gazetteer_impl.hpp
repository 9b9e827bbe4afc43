#pragma once
// Private: Gazetteer::Impl and the ranking of candidates, shared by geocode()
// and geoparse().

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "index.hpp"

#include "claimtrack/geo/boundaries.hpp"

#include <functional>
#include <optional>
#include <memory>

#include <set>
#include <string>
#include <vector>

namespace claimtrack::gazetteer {

namespace detail {

/// Oblast polygons with their bounding boxes, for point-in-polygon tests.
class Boundaries {
public:
    explicit Boundaries(geo::BoundarySet set);
    /// The boundary containing the point (lon/lat degrees), or nullptr.
    const geo::Boundary* at(double lon, double lat) const;
    /// True when the polygon's name and a GeoNames admin1 name are one oblast.
    static bool same_admin(std::string_view boundary_name, std::string_view admin1);

private:
    struct Box { double min_lon, min_lat, max_lon, max_lat; };
    geo::BoundarySet m_set;
    std::vector<Box> m_boxes;
};

} // namespace detail

struct Gazetteer::Impl {
    explicit Impl(const std::filesystem::path& file) : index(file) {}
    detail::Index index;
    std::unique_ptr<detail::Boundaries> boundaries; ///< null unless configured
};

namespace detail {

/// A point that candidates are ranked by closeness to.
struct ContextPoint {
    static constexpr std::size_t k_no_source = static_cast<std::size_t>(-1);

    ContextPoint(double lat_deg, double lon_deg, std::string label_text, double weight_ = 1.0,
                 std::string admin1 = {}, std::size_t source_ = k_no_source);

    // What ranking reads of each point comes first, in one cache line.
    double lat = 0;
    double lon = 0;
    double sin_lat = 0, cos_lat = 1; ///< of lat, for distances without trigonometric calls
    double weight = 1.0;
    double neg_log_weight = 0; ///< -ln(weight): how much farther a lighter point may lie for the same bonus
    /// The name of the text this point stands for: candidates of that same
    /// name are not ranked by it (k_no_source: a point of no name, e.g. --near).
    std::size_t source = k_no_source;
    std::string label;  ///< for reasons: the place name, or "known place"
    std::string admin1_code; ///< oblast of the place, when known ("UA.07")
};

/// What a text (or a geocode query) says about where its places are.
struct Context {
    std::set<std::string, std::less<>> admin1_codes;  ///< oblasts named ("UA.08"); looked up without copies
    /// Per Index::admin1_codes() slot, whether it is one of admin1_codes: filled by
    /// mark_named_oblasts() once the codes are final (a common name's namesakes ask
    /// for their oblast each); empty, the codes are looked up as strings.
    std::vector<char> named_admin1_slots;
    std::set<std::string, std::less<>> admin2_codes;  ///< raions named ("UA.08.6502")
    std::vector<ContextPoint> points;    ///< other places of the text, --near
    std::vector<ContextPoint> known;     ///< places the database holds claims about
    /// Per point, whether it lies in an oblast of admin1_codes: filled by
    /// mark_named_oblast_points() (ignored unless sized like `points`), so
    /// that ranking many namesakes looks the codes up once per point.
    std::vector<char> point_in_named_oblast;
    /// Bounding box of `points` (same fill and condition): a candidate far
    /// outside it is far from every point, and its points need no scan.
    double points_min_lat = 0, points_max_lat = 0, points_min_lon = 0, points_max_lon = 0;
    double points_max_weight = 0;
    /// Bounding boxes of the points by cells of a coarse grid (same fill
    /// and condition): bounds of closeness from them are much tighter than
    /// from the one box, when the places of a text lie in a few clusters.
    struct Box {
        double min_lat, max_lat, min_lon, max_lon;
        double min_cos_lat; ///< the smallest cosine of its points' latitudes
        long cell_lat, cell_lon;
    };
    std::vector<Box> point_boxes;

    /// The front-line prior, filled by set_front_date() when the index has
    /// front-line distances: the bonus per stored distance (FrontTable
    /// units), read from the snapshot `front_snapshot`, or from each place's
    /// nearest approach over all snapshots (`front_nearest`). Empty: off.
    std::vector<double> front_bonus;
    std::size_t front_snapshot = 0;
    bool front_nearest = false;
    std::string front_label; ///< for reasons: "on 2024-09-09 (1 day from the date)"
};

/// Turns the front-line prior on for a text of `date` (none: the nearest
/// approach over all snapshots), when the index has front-line distances.
void set_front_date(const Index& index, Context& ctx, std::optional<core::Date> date);

/// Fills ctx.point_in_named_oblast and the bounding box for the current ctx.points.
void mark_named_oblast_points(Context& ctx);

/// Fills ctx.named_admin1_slots from ctx.admin1_codes (call again if they change).
void mark_named_oblasts(const Index& index, Context& ctx);

/// Score of a candidate (higher is better). Adds human-readable reasons when
/// `reasons` is given.
double score(const Index& index, const Match& m, const Context& ctx, std::vector<std::string>* reasons = nullptr);

/// Penalty for a loose match (skeleton or one edit away) when other places
/// bear the name exactly (name, alternate, alias or romanisation): closeness
/// to the context must not let a place that only sounds alike beat them.
double loose_penalty(const Index& index, const std::vector<Match>& all, const Match& m, std::vector<std::string>* reasons = nullptr);

/// A settlement among the matches bears the name as its own (exactly); not an abandoned,
/// destroyed or historical one (PPLQ, PPLW, PPLH).
bool owned_by_a_settlement(const Index& index, const std::vector<Match>& all);

/// Penalty for a settlement matched only through an alternate name that is
/// not its own, exactly or by skeleton (a village absorbed by a town, an old
/// name: "Hrodivka" among Myrnohrad's names; "Гродівки" read back to it by
/// skeleton) when another settlement bears the name exactly as its own
/// (`owned_elsewhere`, from owned_by_a_settlement()): the village of that
/// name is meant unless the context says otherwise.
double foreign_name_penalty(const Index& index, const Match& m, bool owned_elsewhere,
                            std::vector<std::string>* reasons = nullptr);

/// The two parts of score(): what does not depend on the other places of the
/// text (match level, importance, named oblast and raion, known places), and
/// what does (closeness to them). Geoparsing computes the first once per name.
double own_score(const Index& index, const Match& m, const Context& ctx, std::vector<std::string>* reasons = nullptr);
/// A candidate with what context scoring needs about it, computed once.
struct Located {
    Located(const Index& index, const Match& m, const Context& ctx);
    const PlaceRecord* record;
    const RankingWeights* weights; ///< the index's
    bool named_oblast;          ///< in an oblast the context names
    double sin_lat = 0, cos_lat = 1;
};
/// own_score() of a candidate already located in the context.
double own_score(const Index& index, const Match& m, const Located& where, const Context& ctx,
                 std::vector<std::string>* reasons = nullptr);

/// An upper bound of context_score(c, ctx, ..., self) for any `self` (to
/// rounding, with a margin), cheap: from the bounding box of the points;
/// infinity when the context was not prepared by mark_named_oblast_points().
double context_score_bound(const Located& c, const Context& ctx);

/// True when context_score(c, ctx, ...) is 0 for any `self`: the candidate
/// lies beyond the reach of every point (most namesakes of a common name).
/// False when unknown (a context not prepared by mark_named_oblast_points()).
bool beyond_context(const Located& c, const Context& ctx);

/// `self`: the name of the text the candidate stands for (its points are skipped).
double context_score(const Located& c, const Context& ctx, std::vector<std::string>* reasons = nullptr,
                     std::size_t self = ContextPoint::k_no_source);
double context_score(const Index& index, const Match& m, const Context& ctx, std::vector<std::string>* reasons = nullptr,
                     std::size_t self = ContextPoint::k_no_source);

} // namespace detail
} // namespace claimtrack::gazetteer
