#pragma once
// Private: the weights of namesake ranking, one named number per feature,
// read from geodata/ranking_weights.tsv (stored in the index at build time).

#include <string>
#include <string_view>

namespace claimtrack::gazetteer::detail {

/// Every weight of ranking (see geodata/ranking_weights.tsv for what each
/// one is and where its value comes from). Plain numbers: read in the
/// inner loop of ranking.
struct RankingWeights {
    // How the name matched: by MatchLevel (name, alternate, alias, romanised, skeleton, fuzzy).
    double level[6] = {};
    // Importance of a place on its own: by feature code, plus log10(population + 1) / scale * weight.
    double importance_pplc = 0, importance_ppla = 0, importance_ppla2 = 0, importance_ppla3 = 0;
    double importance_ppl = 0, importance_historical = 0, importance_other = 0;
    double population_log_scale = 1, population_weight = 0;
    // What the text names.
    double named_oblast = 0, named_raion = 0, sentence_oblast = 0;
    double town = 0, town_population = 0;
    double near_named_oblast = 0, near_named_oblast_km = 0;
    // Closeness to the other places of the text, and to places the database knows.
    double text_places = 0, text_places_scale_km = 1;
    double known_places = 0, known_places_scale_km = 1;
    // Penalties.
    double loose_penalty = 0, foreign_name_penalty = 0;
    // The front-line prior.
    double front = 0, front_scale_km = 1, front_date_grace_days = 0, front_date_scale_days = 1, front_undated = 0;
    // A stated offset ("X, 5 km north of Y"): bearing and distance from Y agree.
    double offset = 0, offset_scale_km = 1, offset_km_slack = 1;
    // A hromada named after a name ("X Лиманської громади").
    double hromada = 0, hromada_radius_km = 1, hromada_decay_km = 1;
    // The names of one list ("A, B and C") lie near each other.
    double list_neighbours = 0, list_neighbours_scale_km = 1;
    // The names of one sentence lie near each other (sentence_neighbours.cpp).
    double sentence_places = 0, sentence_places_scale_km = 1;
    // An oblast centre or the capital named by its own name: its namesakes pay this.
    double seat_namesake_penalty = 0;

    /// Parses the table (name TAB value [TAB comment]); every weight must be
    /// given once. \throws GazetteerError naming `source` and the line.
    static RankingWeights parse(std::string_view tsv, std::string_view source);
};

} // namespace claimtrack::gazetteer::detail
