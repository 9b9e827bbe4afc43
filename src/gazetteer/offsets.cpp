// Geoparse stage 3, context: stated offsets. "Bilohorivka (northeast of Siversk)", "Stepove,
// a village just north of Avdiivka", "X lies about 10 km south of Y", "X, в трёх километрах к
// северу от Y", "X, що за 7 км на захід від Y", "X севернее Y": the text says where X lies from
// Y. Ranking gives X's namesakes that lie that way, at about that distance, the `offset` bonus
// (issue 11: namesakes settled by a stated offset).

#include "parser.hpp"

#include "inflection.hpp"

#include <cctype>
#include <cmath>

namespace claimtrack::gazetteer::parsing {

namespace {

/// Kilometres between two points, flat-earth (fine within a hundred km).
double km_between(double lat, double lon, double alat, double alon) {
    const double dy = (lat - alat) * 110.57;
    const double dx = (lon - alon) * 111.32 * std::cos((lat + alat) * 0.5 * M_PI / 180.0);
    return std::hypot(dx, dy);
}

constexpr double k_no_km = -1;

bool starts(std::string_view w, std::string_view p) { return w.substr(0, p.size()) == p; }
bool has_part(std::string_view w, std::string_view p) { return w.find(p) != std::string_view::npos; }

/// The compass bearing (degrees clockwise from north) a direction word
/// names, or NaN: "north-east", "northeast", "северо-западу", "юго-восточнее",
/// "південний" + "схід", "північніше".
double bearing_of(std::string_view w) {
    double x = 0, y = 0;
    if (has_part(w, "north") || has_part(w, "север") || has_part(w, "півн")) y += 1;
    if (has_part(w, "south") || has_part(w, "юг") || has_part(w, "півд")) y -= 1;
    if (has_part(w, "east") || has_part(w, "восто") || has_part(w, "схі")) x += 1;
    if (has_part(w, "west") || has_part(w, "запад") || has_part(w, "захі")) x -= 1;
    if (x == 0 && y == 0) return std::nan("");
    double b = std::atan2(x, y) * 180.0 / M_PI;
    return b < 0 ? b + 360 : b;
}

bool en_compass(std::string_view w) {
    for (std::string_view c : {"north", "south", "east", "west", "northeast", "north-east", "northwest", "north-west",
                               "southeast", "south-east", "southwest", "south-west"})
        if (w == c) return true;
    return false;
}

/// "к северу", "к юго-западу" (after "к"); "севернее", "северо-восточнее".
bool ru_dative_direction(std::string_view w) {
    for (std::string_view c : {"северу", "югу", "западу", "востоку", "северо-западу", "северо-востоку", "юго-западу", "юго-востоку"})
        if (w == c) return true;
    return false;
}
bool comparative_direction(std::string_view w) {
    // ru "севернее", "юго-западнее"; uk "північніше", "південно-східніше".
    const bool ru = w.size() > 4 && w.compare(w.size() - 4, 4, "ее") == 0;
    const bool uk = w.size() > 6 && w.compare(w.size() - 6, 6, "іше") == 0;
    if (!ru && !uk) return false;
    for (std::string_view stem : {"север", "юж", "запад", "восточн", "юго-", "півн", "півд", "захі", "схі"})
        if (starts(w, stem)) return true;
    return false;
}
bool uk_direction_noun(std::string_view w) { return w == "північ" || w == "південь" || w == "захід" || w == "схід"; }
bool uk_direction_adjective(std::string_view w) { return w == "північний" || w == "південний"; }

/// Words between a place and the distance or direction that follows it:
/// "X, a small village just", "X lies about", "X, located some", "X, расположенная
/// примерно в", "X, що за".
bool filler(std::string_view w) {
    static constexpr std::string_view k_words[] = {
        "a", "an", "the", "to", "just", "some", "about", "roughly", "approximately", "around", "nearly", "almost",
        "only", "barely", "less", "than", "more", "under", "over", "located", "situated", "lies", "lie", "lying",
        "sits", "sit", "is", "are", "was", "which", "that", "now", "also", "both", "village", "villages", "town",
        "towns", "settlement", "settlements", "hamlet", "hamlets", "city", "small", "tiny", "hilltop", "key",
        "frontline", "front-line", "few", "several",
        "в", "во", "у", "за", "примерно", "около", "почти", "всего", "лишь", "приблизно", "близько", "майже", "лише",
        "всього", "расположен", "расположена", "расположено", "расположены", "расположенный", "расположенная",
        "расположенное", "расположенного", "расположенной", "находится", "находящийся", "находящаяся",
        "находящееся", "находятся", "лежит", "розташований", "розташована", "розташоване", "розташовані",
        "розташованого", "знаходиться", "лежить", "що", "который", "которая", "которое", "село", "посёлок",
        "поселок", "деревня", "город", "селище", "місто", "несколько", "кілька", "нескольких", "кількох",
    };
    for (std::string_view f : k_words)
        if (w == f) return true;
    return false;
}

/// Kilometres per unit word, or 0.
double unit_km(std::string_view w) {
    for (std::string_view u : {"km", "kilometres", "kilometers", "kilometre", "kilometer", "км", "километрах", "километров",
                               "километра", "километр", "кілометрах", "кілометрів", "кілометри", "кілометр"})
        if (w == u) return 1.0;
    if (w == "miles" || w == "mile" || w == "mi") return 1.609;
    return 0;
}

/// A number written as a word: "three", "трёх", "трьох"; 0 when it is none.
double number_word(std::string_view w) {
    static constexpr std::pair<std::string_view, double> k_numbers[] = {
        {"two", 2},  {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9},
        {"ten", 10}, {"двух", 2},  {"трёх", 3}, {"трех", 3}, {"четырёх", 4}, {"четырех", 4}, {"пяти", 5},
        {"шести", 6}, {"семи", 7}, {"восьми", 8}, {"девяти", 9}, {"десяти", 10}, {"двох", 2}, {"трьох", 3},
        {"чотирьох", 4}, {"п'яти", 5}, {"п’яти", 5}, {"шести", 6}, {"восьми", 8}, {"дев'яти", 9}, {"дев’яти", 9},
    };
    for (const auto& [word, n] : k_numbers)
        if (w == word) return n;
    return 0;
}

double leading_number(std::string_view w) {
    double n = 0;
    std::size_t k = 0;
    for (; k < w.size() && std::isdigit(static_cast<unsigned char>(w[k])); ++k) n = n * 10 + (w[k] - '0');
    return k == 0 ? 0 : n;
}

} // namespace

/// False when token p starts no direction phrase, told from its exact key (computed for every
/// token already) without a lower-case copy: each word direction_phrase() starts with has a
/// key it implies. A compass word ("north-east") has its hyphen as a space; "к", "на" and the
/// comparatives' endings ("-ее", "-іше") fold to themselves.
bool Parser::may_start_direction(std::size_t p) const {
    const std::string_view k = key(p);
    const auto ends = [&](std::string_view e) { return k.size() >= e.size() && k.substr(k.size() - e.size()) == e; };
    if (m_tokens[p].cyrillic) return k == "к" || k == "на" || ends("ее") || ends("іше");
    for (std::string_view c : {"north", "south", "east", "west", "northeast", "north east", "northwest", "north west",
                               "southeast", "south east", "southwest", "south west"})
        if (k == c) return true;
    return false;
}

/// The direction phrase at token p, and the first token of the name it
/// measures from: "north-east of [the town of] Y", "к северу от Y",
/// "на північний схід від Y", "севернее Y". NaN bearing when there is none.
std::pair<double, std::size_t> Parser::direction_phrase(std::size_t p) const {
    const std::pair<double, std::size_t> none{std::nan(""), 0};
    if (!may_start_direction(p)) return none;
    const auto word = [&](std::size_t k) { return has(k) ? lower(k) : std::string_view(); };
    const std::string_view w = word(p);
    double bearing = std::nan("");
    std::size_t q = 0;
    if (!m_tokens[p].cyrillic) {
        if (!en_compass(w) || word(p + 1) != "of") return none;
        bearing = bearing_of(w);
        q = p + 2;
        for (int skip = 0; skip < 4 && has(q) && !m_tokens[q].capitalised; ++skip, ++q) {
            const std::string_view s = word(q);
            if (s != "the" && s != "city" && s != "town" && s != "village" && s != "of" && s != "regional" &&
                s != "capital" && s != "russian-held" && s != "occupied")
                return none;
        }
    } else if (w == "к" && ru_dative_direction(word(p + 1)) && word(p + 2) == "от") {
        bearing = bearing_of(word(p + 1));
        q = p + 3;
    } else if (comparative_direction(w)) {
        bearing = bearing_of(w);
        q = p + 1;
    } else if (w == "на" && uk_direction_noun(word(p + 1)) && word(p + 2) == "від") {
        bearing = bearing_of(word(p + 1));
        q = p + 3;
    } else if (w == "на" && uk_direction_adjective(word(p + 1)) && uk_direction_noun(word(p + 2)) && word(p + 3) == "від") {
        bearing = bearing_of(std::string(word(p + 1)).append(word(p + 2)));
        q = p + 4;
    } else {
        return none;
    }
    if (m_tokens[p].cyrillic)
        for (int skip = 0; skip < 1 && has(q) && !m_tokens[q].capitalised; ++skip) {
            const std::string_view s = word(q);
            if (s == "города" || s == "села" || s == "посёлка" || s == "поселка" || s == "міста" || s == "селища") ++q;
        }
    if (!has(q) || !m_tokens[q].capitalised) return none;
    return {bearing, q};
}

void Parser::find_offsets() {
    m_offsets.clear();
    if (m_spots.empty()) return;
    // (find_hromada_qualifiers() adds to them at the end.)
    constexpr std::size_t npos = std::string::npos;
    std::vector<std::size_t> first_of(m_tokens.size(), npos), last_of(m_tokens.size(), npos);
    for (std::size_t k = 0; k < m_spots.size(); ++k) {
        if (m_spots[k].kind != core::PlaceKind::Settlement) continue;
        first_of[m_spots[k].first] = k;
        last_of[m_spots[k].last] = k;
    }
    const auto crosses_sentence = [&](std::size_t a, std::size_t b) {
        for (char c : detail::gap(m_text, m_tokens[a], m_tokens[b]))
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n') return true;
        return false;
    };
    constexpr int k_max_back = 10;
    constexpr int k_max_list = 4;
    for (std::size_t p = 1; p < m_tokens.size(); ++p) {
        const auto [bearing, q] = direction_phrase(p);
        if (std::isnan(bearing) || first_of[q] == npos) continue;
        const std::size_t anchor = first_of[q];
        // Back from the direction word to the place it locates, over fillers and a distance.
        double km = k_no_km, unit = 0;
        std::size_t j = p - 1;
        std::size_t target = npos;
        for (int steps = 0; steps < k_max_back; ++steps) {
            if (crosses_sentence(j, j + 1)) break;
            const Token& t = m_tokens[j];
            const std::string_view w = lower(j);
            if (last_of[j] != npos) {
                target = last_of[j];
                break;
            }
            if (t.capitalised && !filler(w)) break;
            if (t.has_digit) {
                double n = leading_number(w);
                if (n == 0) break;
                if (w.size() > 2 && w.compare(w.size() - 2, 2, "km") == 0) unit = 1.0; // "18km"
                if (unit > 0 && (km == k_no_km || unit == 1.0)) km = n * unit;
            } else if (const double u = unit_km(w); u > 0) {
                unit = u;
            } else if (const double n = number_word(w); n > 0) {
                if (unit > 0 && km == k_no_km) km = n * unit;
            } else if (!filler(w)) {
                break;
            }
            if (j == 0) break;
            --j;
        }
        if (target == npos || m_spots[target].sig == m_spots[anchor].sig) continue;
        m_offsets.push_back({target, anchor, bearing, km});
        // "near Berestove and Pishchane, south-east of Kupiansk": the list before it too.
        std::size_t head = m_spots[target].first;
        for (int n = 0; n < k_max_list && head >= 2; ++n) {
            std::size_t prev = head - 1;
            const std::string_view g = detail::gap(m_text, m_tokens[prev], m_tokens[head]);
            if (g != ", ") {
                const std::string_view link = lower(prev);
                if (!(link == "and" || link == "и" || link == "і" || link == "та" || link == "й") || !only_space(g)) break;
                if (prev == 0) break;
                --prev;
                const std::string_view g2 = detail::gap(m_text, m_tokens[prev], m_tokens[prev + 1]);
                if (!only_space(g2) && g2 != ", ") break;
            }
            if (last_of[prev] == npos) break;
            const std::size_t member = last_of[prev];
            if (m_spots[member].sig != m_spots[anchor].sig) m_offsets.push_back({member, anchor, bearing, km});
            head = m_spots[member].first;
        }
    }
    find_hromada_qualifiers();
}

/// "Новоселівку Лиманської громади", "село X Лиманской громады": the adjective of a hromada
/// names its centre; X lies within the hromada, around that town (no direction).
void Parser::find_hromada_qualifiers() {
    constexpr std::size_t npos = std::string::npos;
    std::vector<std::size_t> last_of(m_tokens.size(), npos);
    for (std::size_t k = 0; k < m_spots.size(); ++k)
        if (m_spots[k].kind == core::PlaceKind::Settlement) last_of[m_spots[k].last] = k;
    for (std::size_t t = 1; t + 1 < m_tokens.size(); ++t) {
        if (!m_tokens[t].cyrillic || !m_tokens[t].capitalised || !adjacent(t, t + 1)) continue;
        if (last_of[t - 1] == npos) continue; // before the lower-case form of the next word is made
        if (lower(t + 1).compare(0, std::string_view("громад").size(), "громад") != 0) continue;
        const std::string_view g = detail::gap(m_text, m_tokens[t - 1], m_tokens[t]);
        if (!only_space(g) && g != ", ") continue;
        // The hromada's centre: the most important settlement its adjective can come from.
        const std::uint32_t none = static_cast<std::uint32_t>(-1);
        std::uint32_t best = none;
        double best_importance = -1;
        for (const auto& name : axis_town_names(detail::lower_cyrillic(m_tokens[t].text)))
            for (const auto& m : m_index.match_exact(name)) {
                if (m.level > MatchLevel::Alias || !is_kind(m, core::PlaceKind::Settlement)) continue;
                const double imp = m_index.derived(m.place).importance;
                if (imp > best_importance) best_importance = imp, best = m.place;
            }
        if (best == none) continue;
        StatedOffset o;
        o.target = last_of[t - 1];
        o.bearing_deg = std::nan("");
        o.fixed_anchor = true;
        o.anchor_lat = m_index.record(best).lat;
        o.anchor_lon = m_index.record(best).lon;
        m_offsets.push_back(o);
    }
}

/// The bonus a candidate at (lat, lon) of an offset's target gets when its anchor lies at
/// (alat, alon): weight * how well the bearing agrees * how well the distance agrees.
double Parser::offset_bonus(const StatedOffset& o, double lat, double lon, double alat, double alon) const {
    const auto& w = m_index.weights();
    if (o.fixed_anchor) {
        // Within the hromada's radius in full, then fading fast: a village farther out lies in another one.
        const double km = km_between(lat, lon, alat, alon);
        return w.hromada * (km <= w.hromada_radius_km ? 1.0 : std::exp(-(km - w.hromada_radius_km) / w.hromada_decay_km));
    }
    const double dy = (lat - alat) * 110.57;
    const double dx = (lon - alon) * 111.32 * std::cos((lat + alat) * 0.5 * M_PI / 180.0);
    const double d = std::hypot(dx, dy);
    constexpr double k_same_spot_km = 1.5; // a bearing from a point this close says nothing
    double along = 1.0;
    if (d >= k_same_spot_km) {
        const double b = std::atan2(dx, dy);
        along = std::max(0.0, std::cos(b - o.bearing_deg * M_PI / 180.0));
    }
    const double closeness = o.km > 0 ? std::exp(-std::abs(d - o.km) / (w.offset_km_slack + 0.25 * o.km))
                                      : std::exp(-d / w.offset_scale_km);
    return w.offset * along * closeness;
}

} // namespace claimtrack::gazetteer::parsing
