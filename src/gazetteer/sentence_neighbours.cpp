// Geoparse, sentence coherence: the settlements one sentence names lie near each other ("Among the
// villages retaken near X were A and B", «Бои идут у A, северо-западнее B»), more than the places of
// the whole text do, so a namesake close to the places chosen for the other names of its own
// sentence is preferred (ranking feature sentence_places, geodata/ranking_weights.tsv).

#include "parser.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace claimtrack::gazetteer::parsing {

bool Parser::known_on_its_own(const Match& o) const {
    if (!o.own || o.level > MatchLevel::Romanised || !is_kind(o, core::PlaceKind::Settlement)) return false;
    const auto& rec = m_index.record(o.place);
    const std::string_view code = m_index.str(rec.feature_code);
    return (static_cast<double>(rec.population) >= m_index.weights().town_population && code != "PPLX") || code == "PPLA" ||
           code == "PPLC";
}

void Parser::find_sentence_neighbours(const std::vector<std::size_t>& sentence) {
    if (m_index.weights().sentence_places == 0) {
        m_sentence_neighbours.assign(m_spots.size(), {});
        return;
    }
    constexpr std::size_t k_window = 6;
    m_sentence_neighbours = neighbours_in_runs(
        [&](std::size_t k, std::size_t e) { return sentence[m_spots[e + 1].first] == sentence[m_spots[k].first]; }, k_window);
}

const std::vector<Parser::Scored>* Parser::with_sentence_neighbours(std::size_t i, const std::vector<Scored>& own,
                                                                    const Ranked& ranked, std::vector<Scored>& scratch) const {
    const auto& w = m_index.weights();
    if (i >= m_sentence_neighbours.size() || m_sentence_neighbours[i].empty() || w.sentence_places == 0) return nullptr;
    // A town or a seat bearing the name as its own is known on its own, as in a list.
    if (std::any_of(m_spots[i].matches.begin(), m_spots[i].matches.end(), [&](const Match& o) { return known_on_its_own(o); }))
        return nullptr;
    // The chosen places of the sentence's other names, each with the weight of its choice (as a
    // point of the text: a near tie counts less than a sure one).
    std::vector<std::pair<const detail::PlaceRecord*, double>> points;
    for (std::size_t n : m_sentence_neighbours[i]) {
        if (m_spots[n].unresolved) continue;
        const PointOfName p = point_of(n, ranked[n]);
        if (p == PointOfName{}) continue;
        points.emplace_back(&m_index.record(p.place), p.weight);
    }
    if (points.empty()) return nullptr;
    if (&own != &scratch) scratch = own;
    for (auto& s : scratch) {
        double best = 0;
        for (const auto& [p, weight] : points)
            if (p != s.where.record)
                best = std::max(best, weight * std::exp(-detail::distance_km(s.where.record->lat, s.where.record->lon, p->lat, p->lon) /
                                                        w.sentence_places_scale_km));
        s.own += w.sentence_places * best;
    }
    return &scratch;
}

} // namespace claimtrack::gazetteer::parsing
