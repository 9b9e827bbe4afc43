#include "ranking_weights.hpp"

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "tsv.hpp"

#include <charconv>
#include <cmath>
#include <utility>
#include <vector>

namespace claimtrack::gazetteer::detail {

namespace {

using Field = double RankingWeights::*;

const std::vector<std::pair<std::string_view, Field>>& fields() {
    static const std::vector<std::pair<std::string_view, Field>> table{
        {"importance_pplc", &RankingWeights::importance_pplc},
        {"importance_ppla", &RankingWeights::importance_ppla},
        {"importance_ppla2", &RankingWeights::importance_ppla2},
        {"importance_ppla3", &RankingWeights::importance_ppla3},
        {"importance_ppl", &RankingWeights::importance_ppl},
        {"importance_historical", &RankingWeights::importance_historical},
        {"importance_other", &RankingWeights::importance_other},
        {"population_log_scale", &RankingWeights::population_log_scale},
        {"population_weight", &RankingWeights::population_weight},
        {"named_oblast", &RankingWeights::named_oblast},
        {"named_raion", &RankingWeights::named_raion},
        {"sentence_oblast", &RankingWeights::sentence_oblast},
        {"town", &RankingWeights::town},
        {"town_population", &RankingWeights::town_population},
        {"near_named_oblast", &RankingWeights::near_named_oblast},
        {"near_named_oblast_km", &RankingWeights::near_named_oblast_km},
        {"text_places", &RankingWeights::text_places},
        {"text_places_scale_km", &RankingWeights::text_places_scale_km},
        {"known_places", &RankingWeights::known_places},
        {"known_places_scale_km", &RankingWeights::known_places_scale_km},
        {"loose_penalty", &RankingWeights::loose_penalty},
        {"foreign_name_penalty", &RankingWeights::foreign_name_penalty},
        {"front", &RankingWeights::front},
        {"front_scale_km", &RankingWeights::front_scale_km},
        {"front_date_grace_days", &RankingWeights::front_date_grace_days},
        {"front_date_scale_days", &RankingWeights::front_date_scale_days},
        {"front_undated", &RankingWeights::front_undated},
        {"offset", &RankingWeights::offset},
        {"offset_scale_km", &RankingWeights::offset_scale_km},
        {"offset_km_slack", &RankingWeights::offset_km_slack},
        {"hromada", &RankingWeights::hromada},
        {"hromada_radius_km", &RankingWeights::hromada_radius_km},
        {"hromada_decay_km", &RankingWeights::hromada_decay_km},
        {"list_neighbours", &RankingWeights::list_neighbours},
        {"list_neighbours_scale_km", &RankingWeights::list_neighbours_scale_km},
        {"sentence_places", &RankingWeights::sentence_places},
        {"sentence_places_scale_km", &RankingWeights::sentence_places_scale_km},
        {"seat_namesake_penalty", &RankingWeights::seat_namesake_penalty},
    };
    return table;
}

constexpr std::string_view k_levels[6] = {"level_name",     "level_alternate", "level_alias",
                                          "level_romanised", "level_skeleton", "level_fuzzy"};

} // namespace

RankingWeights RankingWeights::parse(std::string_view tsv, std::string_view source) {
    RankingWeights w;
    const auto& named = fields();
    std::vector<bool> seen(named.size() + 6, false);
    for_each_row(tsv, source, [&](const std::vector<std::string_view>& cols, const std::string& where) {
        if (cols.size() < 2) throw GazetteerError(where + ": expected 'name<TAB>weight[<TAB>comment]'");
        double value = 0;
        const auto [ptr, ec] = std::from_chars(cols[1].data(), cols[1].data() + cols[1].size(), value);
        if (ec != std::errc() || ptr != cols[1].data() + cols[1].size() || !std::isfinite(value))
            throw GazetteerError(where + ": '" + std::string(cols[1]) + "' is not a number");
        std::size_t slot = seen.size();
        for (std::size_t k = 0; k < 6; ++k)
            if (cols[0] == k_levels[k]) slot = named.size() + k, w.level[k] = value;
        for (std::size_t k = 0; k < named.size() && slot == seen.size(); ++k)
            if (cols[0] == named[k].first) slot = k, w.*(named[k].second) = value;
        if (slot == seen.size()) throw GazetteerError(where + ": unknown ranking weight '" + std::string(cols[0]) + "'");
        if (seen[slot]) throw GazetteerError(where + ": ranking weight '" + std::string(cols[0]) + "' given twice");
        seen[slot] = true;
    });
    for (std::size_t k = 0; k < seen.size(); ++k)
        if (!seen[k])
            throw GazetteerError(std::string(source) + ": ranking weight '" +
                                 std::string(k < named.size() ? named[k].first : k_levels[k - named.size()]) +
                                 "' missing");
    for (double scale : {w.population_log_scale, w.text_places_scale_km, w.known_places_scale_km, w.front_scale_km, w.list_neighbours_scale_km, w.sentence_places_scale_km,
                         w.front_date_scale_days})
        if (!(scale > 0)) throw GazetteerError(std::string(source) + ": a scale (…_scale, …_scale_km, …_days) must be positive");
    return w;
}

} // namespace claimtrack::gazetteer::detail
