// Geoparse, list coherence: the settlements of one list ("A, B and C", «A, B и C», «A — B»)
// lie near each other, so a namesake close to the list's other members is preferred
// (ranking feature list_neighbours, geodata/ranking_weights.tsv).

#include "parser.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace claimtrack::gazetteer::parsing {

namespace {

/// The text between two names of one list.
bool list_separator(std::string_view g) {
    static constexpr std::string_view k_separators[] = {", ", " and ", ", and ", " or ", ", or ", " и ", ", и ", " или ",
                                                         " і ", ", і ", " та ", ", та ", " й ", " або ", " — ", " – ",
                                                         " - ", "—", "–", "-", " —", "— "};
    if (g.size() > 8) return false; // longer than any (" або ", " или ": 8 bytes)
    for (std::string_view s : k_separators)
        if (g == s) return true;
    return false;
}

} // namespace

std::vector<std::vector<std::size_t>> Parser::neighbours_in_runs(const std::function<bool(std::size_t, std::size_t)>& joined,
                                                                 std::size_t window) const {
    std::vector<std::vector<std::size_t>> out(m_spots.size());
    std::size_t k = 0;
    while (k < m_spots.size()) {
        std::size_t e = k; // the run m_spots[k..e]
        while (e + 1 < m_spots.size() && joined(k, e)) ++e;
        // The members a few places away in a long run: a run of a hundred names costs no more
        // than a hundred short ones.
        for (std::size_t j = k; j <= e; ++j) {
            if (m_spots[j].kind != core::PlaceKind::Settlement) continue;
            for (std::size_t o = j > k + window ? j - window : k; o <= std::min(e, j + window); ++o)
                if (m_spots[o].kind == core::PlaceKind::Settlement && m_name_of[o] != m_name_of[j])
                    out[m_name_of[j]].push_back(m_name_of[o]);
        }
        k = e + 1;
    }
    // A name named again with the same neighbours (a text repeating a list) counts them once.
    for (auto& v : out) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }
    return out;
}

void Parser::find_lists() {
    constexpr std::size_t k_window = 4;
    m_list_neighbours = neighbours_in_runs(
        [&](std::size_t, std::size_t e) {
            return list_separator(m_text.substr(m_spots[e].end, m_spots[e + 1].start - m_spots[e].end));
        },
        k_window);
}

const std::vector<Parser::Scored>* Parser::with_list_neighbours(std::size_t i, const std::vector<Scored>& own,
                                                                const Ranked& ranked, std::vector<Scored>& scratch) const {
    const auto& w = m_index.weights();
    if (i >= m_list_neighbours.size() || m_list_neighbours[i].empty() || w.list_neighbours == 0) return nullptr;
    // A town (the ranking's `town`: town_population or more) or a seat of an oblast or the country bearing the name as its own is known on its own ("Авдеевка, Угледар, Селидово и
    // Красногоровка": the town of 15,000, not a village near Avdiivka that once bore its name).
    if (std::any_of(m_spots[i].matches.begin(), m_spots[i].matches.end(), [&](const Match& o) { return known_on_its_own(o); }))
        return nullptr;
    std::vector<const detail::PlaceRecord*> points;
    for (std::size_t n : m_list_neighbours[i])
        if (!ranked[n].empty() && !m_spots[n].unresolved) points.push_back(&m_index.record(ranked[n].front().second));
    if (points.empty()) return nullptr;
    if (&own != &scratch) scratch = own;
    for (auto& s : scratch) {
        double nearest = std::numeric_limits<double>::infinity();
        for (const auto* p : points)
            if (p != s.where.record)
                nearest = std::min(nearest, detail::distance_km(s.where.record->lat, s.where.record->lon, p->lat, p->lon));
        if (std::isfinite(nearest)) s.own += w.list_neighbours * std::exp(-nearest / w.list_neighbours_scale_km);
    }
    return &scratch;
}

} // namespace claimtrack::gazetteer::parsing
