#pragma once
// Private: Gazetteer::Impl and the ranking of candidates, shared by geocode()
// and geoparse().

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "index.hpp"

#include <set>
#include <string>
#include <vector>

namespace claimtrack::gazetteer {

struct Gazetteer::Impl {
    explicit Impl(const std::filesystem::path& file) : index(file) {}
    detail::Index index;
};

namespace detail {

/// A point that candidates are ranked by closeness to.
struct ContextPoint {
    double lat = 0;
    double lon = 0;
    std::string label;  ///< for reasons: the place name, or "known place"
    double weight = 1.0;
    std::string admin1_code; ///< oblast of the place, when known ("UA.07")
};

/// What a text (or a geocode query) says about where its places are.
struct Context {
    std::set<std::string> admin1_codes;  ///< oblasts named ("UA.08")
    std::set<std::string> admin2_codes;  ///< raions named ("UA.08.6502")
    std::vector<ContextPoint> points;    ///< other places of the text, --near
    std::vector<ContextPoint> known;     ///< places the database holds claims about
};

/// Score of a candidate (higher is better). Adds human-readable reasons when
/// `reasons` is given.
double score(const Index& index, const Match& m, const Context& ctx, std::vector<std::string>* reasons = nullptr);

/// The two parts of score(): what does not depend on the other places of the
/// text (match level, importance, named oblast and raion, known places), and
/// what does (closeness to them). Geoparsing computes the first once per name.
double own_score(const Index& index, const Match& m, const Context& ctx, std::vector<std::string>* reasons = nullptr);
double context_score(const Index& index, const Match& m, const Context& ctx, std::vector<std::string>* reasons = nullptr);

} // namespace detail
} // namespace claimtrack::gazetteer
