// Gazetteer: open(), lookup() and geocode() over the loaded index.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "gazetteer_impl.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace claimtrack::gazetteer {

using detail::Index;
using detail::Match;
using detail::MatchLevel;

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Gazetteer Gazetteer::open(const std::filesystem::path& index) {
    return Gazetteer(std::make_unique<Impl>(index));
}

std::size_t Gazetteer::size() const { return m_impl->index.size(); }

std::vector<core::Place> Gazetteer::lookup(std::string_view name) const {
    auto matches = m_impl->index.match(name);
    std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.level < b.level; });
    std::vector<core::Place> out;
    out.reserve(matches.size());
    for (const auto& m : matches) out.push_back(m_impl->index.place(m.place));
    return out;
}




std::vector<Candidate> Gazetteer::geocode(const GeocodeQuery& query) const {
    const Index& index = m_impl->index;
    detail::Context ctx;
    if (query.near) {
        // Every settlement reading of the reference place counts: the
        // candidate closest to any of them wins ("Myrolyubivka near
        // Vysokopillia" picks the pair of namesakes that lie together).
        for (const auto& m : index.match(*query.near)) {
            const auto& r = index.record(m.place);
            if (static_cast<core::PlaceKind>(r.kind) != core::PlaceKind::Settlement) continue;
            ctx.points.push_back({r.lat, r.lon, std::string(index.str(r.name)) + " (" + index.str(r.admin1) + ")", 1.0,
                                  index.str(r.admin1_code)});
        }
    }
    if (query.oblast) {
        for (auto i : index.admin1_named(*query.oblast)) ctx.admin1_codes.insert(index.str(index.record(i).admin1_code));
        for (const auto& m : index.match(*query.oblast, false)) {
            const auto& r = index.record(m.place);
            if (static_cast<core::PlaceKind>(r.kind) == core::PlaceKind::Admin1) ctx.admin1_codes.insert(index.str(r.admin1_code));
        }
    }
    std::vector<Candidate> out;
    for (const auto& m : index.match(query.name)) {
        Candidate c;
        c.place = index.place(m.place);
        c.match_level = static_cast<int>(m.level);
        c.score = detail::score(index, m, ctx, &c.reasons);
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    return out;
}

} // namespace claimtrack::gazetteer
