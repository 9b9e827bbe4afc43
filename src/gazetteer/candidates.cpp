// Geoparse stage 2, candidates: the gazetteer entries a spotted name may stand for, narrowed
// to the kind the wording makes it (a region word, a river, a settlement).

#include "parser.hpp"

namespace claimtrack::gazetteer::parsing {

Spot Parser::make_spot(std::size_t first, std::size_t last, std::vector<Match> matches, bool loose) const {
    Spot s;
    s.first = first;
    s.last = last;
    s.start = m_tokens[first].start;
    s.end = m_tokens[last].end;
    s.key = exact_key(span_text(first, last));
    s.matches = std::move(matches);
    s.weak = loose && first == last;
    return s;
}

/// The stem of a region adjective ("Запорізькій" -> "запорізк",
/// "Курского" -> "курск"): the key without its adjectival ending, when
/// the stem ends as adjectives of place names do (-ськ, -цьк, -зьк, -ск, -цк).
std::string Parser::region_stem(std::size_t i) const {
    const std::string_view k = key(i);
    // Exact keys: "й" folds to "и", "ї" to "і".
    for (std::string_view e : {"ому", "ого", "ими", "іи", "оі", "ою", "ии", "им", "их", "ую", "ая", "ои", "еи", "ые",
                               "ых", "ым", "ое", "ом", "ие", "а", "у", "е", "і"}) {
        if (k.size() <= e.size() + 6 || k.compare(k.size() - e.size(), e.size(), e) != 0) continue;
        const std::string_view stem = k.substr(0, k.size() - e.size());
        for (std::string_view end : {"ск", "цк", "зк"}) // exact keys drop the soft sign
            if (stem.size() > end.size() && stem.compare(stem.size() - end.size(), end.size(), end) == 0)
                return std::string(stem);
        return {};
    }
    return {};
}

/// The oblasts (or raions) whose name is the adjective at token i:
/// "<stem>а область", "<stem>ая область" ("<stem>ий район"). A raion the
/// gazetteer knows by no Cyrillic name of that spelling («Чугуївського району»,
/// «Изюмском районе»: GeoNames names some raions after their centre's council,
/// or in Ukrainian only) is the raion of the town the adjective comes from.
std::vector<Match> Parser::region_adjective_matches(std::size_t i, core::PlaceKind kind) const {
    const std::string stem = region_stem(i);
    std::vector<Match> out;
    if (stem.empty()) return out;
    const auto phrases = kind == core::PlaceKind::Admin1
                             ? std::vector<std::string>{stem + "а область", stem + "ая область"}
                             : std::vector<std::string>{stem + "ий район"};
    for (const auto& phrase : phrases)
        for (const auto& m : m_index.match_cyrillic(phrase))
            if (is_kind(m, kind) && std::none_of(out.begin(), out.end(), [&](const Match& o) { return o.place == m.place; }))
                out.push_back(m);
    if (out.empty() && kind == core::PlaceKind::Admin2)
        if (const auto raion = raion_of_centre(i)) out.push_back(*raion);
    return out;
}

/// The raion whose centre the adjective at token i names: the most important Ukrainian
/// town or city (a seat of a raion, an oblast or the country) that the adjective can come
/// from (axis_town_names), and the ADM2 entry of its admin2 code.
std::optional<Match> Parser::raion_of_centre(std::size_t i) const {
    std::int64_t best = -1;
    double best_importance = -1;
    for (const auto& name : axis_town_names(detail::lower_cyrillic(m_tokens[i].text)))
        for (const auto& m : m_index.match_exact(name)) {
            if (m.level > MatchLevel::Alias || !is_kind(m, core::PlaceKind::Settlement)) continue;
            const auto& r = m_index.record(m.place);
            if (std::string_view(m_index.str(r.country)) != "UA" || std::string_view(m_index.str(r.feature_code)).substr(0, 4) != "PPLA") continue;
            const double imp = m_index.derived(m.place).importance;
            if (imp > best_importance) best_importance = imp, best = m_index.admin2_entry(m_index.str(r.admin2_code));
        }
    if (best < 0) return std::nullopt;
    const auto place = static_cast<std::uint32_t>(best);
    return Match{place, MatchLevel::Alias, false, static_cast<core::PlaceKind>(m_index.record(place).kind)};
}

void Parser::narrow_to_admin(Spot& s, core::PlaceKind kind) const {
    const std::string_view name = m_text.substr(s.start, m_tokens[s.last].end - s.start);
    narrow(s, kind);
    const auto named = kind == core::PlaceKind::Admin1 ? m_index.admin1_named(name) : m_index.admin2_named(name);
    for (auto p : named)
        if (std::none_of(s.matches.begin(), s.matches.end(), [&](const Match& m) { return m.place == p; }))
            s.matches.push_back({p, MatchLevel::Alias, false, static_cast<core::PlaceKind>(m_index.record(p).kind)});
    s.kind = kind;
    s.precision = 3;
}

/// A bare name: the kind matched most closely wins; settlements before
/// countries, oblasts, regions and waters on a tie; waters only after "the".
/// "two villages in Kursk", "100 villages in Kursk", "settlements across Belgorod": a plural noun of
/// settlements (or "territory") before "in"/"across"/"throughout" and the name: villages lie in a
/// region, not in a city, so the name is the oblast's (Latin script; Cyrillic texts use the adjective).
bool Parser::settlements_in_region(const Spot& s) const {
    if (s.first != s.last || m_tokens[s.first].cyrillic || s.first < 2) return false;
    const std::string_view prep = key(s.first - 1);
    // Not "of": "the larger settlements of Sumy and Kharkiv" names the cities themselves.
    if (prep != "in" && prep != "across" && prep != "throughout") return false;
    if (!adjacent(s.first - 1, s.first) || !adjacent(s.first - 2, s.first - 1)) return false;
    const std::string_view noun = key(s.first - 2);
    static constexpr std::string_view k_nouns[] = {"villages", "settlements", "hamlets", "towns",
                                                   "communities", "territory", "territories"};
    return std::find(std::begin(k_nouns), std::end(k_nouns), noun) != std::end(k_nouns);
}

void Parser::keep_bare_name_kinds(Spot& s) const {
    // "the Borova-Pishchane road": a line between places names each of them.
    const bool after_the = !in_compound(s) && s.first > 0 && key(s.first - 1) == "the" && !front_word_after(s.last);
    static constexpr core::PlaceKind k_order[] = {core::PlaceKind::Country, core::PlaceKind::Settlement,
                                                  core::PlaceKind::Admin1, core::PlaceKind::Region,
                                                  core::PlaceKind::Water, core::PlaceKind::Admin2};
    const bool has_water = std::any_of(s.matches.begin(), s.matches.end(),
                                       [&](const Match& m) { return is_kind(m, core::PlaceKind::Water); });
    // "річки Оскіл", "на лівому березі Дніпра", "the river Dnipro": the river, or nothing.
    if (water_slot(s)) {
        if (has_water) narrow(s, core::PlaceKind::Water);
        else s.matches.clear();
        return;
    }
    // "вздовж Дніпра", "вдоль Оскола", «переправилися через Оскіл»: a river the text moves along or
    // crosses, where a river bears the name.
    if ((after_the || along_before(s)) && has_water) {
        narrow(s, core::PlaceKind::Water);
        return;
    }
    // "Харківщину", "на Сумщині", "Kharkivshchyna": the colloquial name of an
    // oblast, even where a village bears it too.
    if (colloquial_region(s) && std::any_of(s.matches.begin(), s.matches.end(),
                                            [&](const Match& m) { return is_kind(m, core::PlaceKind::Admin1); })) {
        narrow(s, core::PlaceKind::Admin1);
        return;
    }
    // «на Запоріжжі», «на Дніпрі»: Ukrainian puts a town in «у/в» and a region or a river in «на» with
    // the locative; where the name is also a river's, the river, else where it is an oblast's, the
    // oblast («наступ на Запоріжжя», the accusative, is the city).
    if (on_region_or_river(s)) {
        const auto has_kind = [&](core::PlaceKind k) {
            return std::any_of(s.matches.begin(), s.matches.end(), [&](const Match& m) { return is_kind(m, k); });
        };
        if (has_water) { // «на Дніпрі»: the river, also where an oblast's name is like it
            narrow(s, core::PlaceKind::Water);
            return;
        }
        if (has_kind(core::PlaceKind::Admin1)) {
            narrow(s, core::PlaceKind::Admin1);
            return;
        }
    }
    // "villages in Kursk", "dozens of settlements across Belgorod": the oblast the city names.
    if (settlements_in_region(s) && std::any_of(s.matches.begin(), s.matches.end(),
                                                [&](const Match& m) { return is_kind(m, core::PlaceKind::Admin1); })) {
        narrow(s, core::PlaceKind::Admin1);
        return;
    }
    int best_level = 99;
    core::PlaceKind best_kind = core::PlaceKind::Other;
    for (auto kind : k_order) {
        if (kind == core::PlaceKind::Water) continue;
        for (const auto& m : s.matches) {
            if (!is_kind(m, kind)) continue;
            if (static_cast<int>(m.level) < best_level) best_level = static_cast<int>(m.level), best_kind = kind;
        }
    }
    if (best_kind == core::PlaceKind::Other) {
        s.matches.clear();
        return;
    }
    narrow(s, best_kind);
    if (best_kind == core::PlaceKind::Settlement && after_the) s.matches.clear(); // "the Kremlin"
}

/// The name right after a noun of a river or its banks: "річки Оскіл",
/// "на правому березі Дніпра", "в русле Северского Донца", "the river Oskil".
bool Parser::water_slot(const Spot& s) const {
    if (s.first == 0) return false;
    const std::size_t p = s.first - 1;
    if (!only_space(detail::gap(m_text, m_tokens[p], m_tokens[s.first]))) return false;
    if (m_tokens[s.first].cyrillic) {
        if (!m_tokens[p].cyrillic) return false;
        if (is(p, detail::CyrillicWords::WaterNoun)) return true;
        // "на березі Сіверського Донця", "реку Северский Донец": the river's own adjective between.
        return p > 0 && m_tokens[p].capitalised && words().adjectival(key(p)) && m_tokens[p - 1].cyrillic &&
               only_space(detail::gap(m_text, m_tokens[p - 1], m_tokens[p])) && is(p - 1, detail::CyrillicWords::WaterNoun);
    }
    const std::string_view w = key(p);
    return w == "river" || w == "rivers";
}

bool Parser::on_region_or_river(const Spot& s) const {
    if (s.first == 0 || s.first != s.last || !m_tokens[s.first].cyrillic || !adjacent(s.first - 1, s.first)) return false;
    if (lower(s.first - 1) != "на") return false; // lower(): the token's lower_cyrillic(), made once per parse
    const std::string_view w = lower(s.first);
    const auto ends = [&](std::string_view e) { return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; };
    // The Ukrainian locative of a noun (Запоріжжі, Дніпрі, Осколі, Донбасі): і and ї are Ukrainian letters.
    return ends("і") || ends("ї");
}

/// The word right before the name says "along" (вздовж, уздовж, вдоль, along): with a river of
/// that name, the river is meant ("наступають вздовж Дніпра", not the city of Dnipro).
bool Parser::along_before(const Spot& s) const {
    if (s.first == 0) return false;
    const std::size_t p = s.first - 1;
    if (!only_space(detail::gap(m_text, m_tokens[p], m_tokens[s.first]))) return false;
    const std::string_view w = key(p);
    if (w == "вздовж" || w == "уздовж" || w == "вдол" || w == "вдоль" || w == "along") return true; // exact keys drop the soft sign
    // Crossing it: «переправилися через Оскіл», «форсировать Оскол», «форсували Дніпро».
    const auto crossing = [&](std::size_t k) {
        const std::string_view v = lower(k);
        for (std::string_view stem : {"переправ", "форсува", "форсир", "форсу"})
            if (v.substr(0, stem.size()) == stem) return true;
        return false;
    };
    if (m_tokens[p].cyrillic && crossing(p)) return true;
    return w == "через" && p > 0 && adjacent(p - 1, p) && m_tokens[p - 1].cyrillic && crossing(p - 1);
}

/// A one-word name in -щина/-ччина (any case) or -shchyna/-chchyna.
bool Parser::colloquial_region(const Spot& s) const {
    if (s.first != s.last) return false;
    const std::string_view k = key(s.first);
    // The infix ends at most four bytes before the key's end ("щиною"): only the key's tail is
    // searched (the same answer as the last occurrence in the whole key).
    static constexpr std::string_view k_infixes[] = {"щин", "ччин", "shchyn", "chchyn"};
    for (std::string_view infix : k_infixes) {
        const std::size_t from = k.size() > infix.size() + 4 ? k.size() - infix.size() - 4 : 0;
        if (k.find(infix, from) != std::string_view::npos) return true;
    }
    return false;
}

/// "Zaporizhzhia and Kherson oblasts": the first name is an oblast too.
void Parser::link_plural_regions() {
    for (std::size_t k = m_spots.size(); k-- > 1;) {
        // Cyrillic adjectives sharing a noun are read as regions when spotted.
        if (!m_spots[k].plural_region || m_tokens[m_spots[k].first].cyrillic) continue;
        for (std::size_t j = k; j-- > 0;) {
            Spot& prev = m_spots[j];
            const std::string_view between = m_text.substr(prev.end, m_spots[j + 1].start - prev.end);
            if (between != " and " && between != ", " && between != " or " && between != ", and " && between != ", or ")
                break;
            const auto kind = m_spots[k].kind;
            const std::string_view name = m_text.substr(prev.start, prev.end - prev.start);
            prev.matches = m_index.match(name, false);
            narrow_to_admin(prev, kind);
            if (prev.matches.empty()) break;
        }
    }
}

/// The candidates of a name the text puts in a region: those in it.
std::vector<Match> Parser::in_region(const std::vector<Match>& matches, std::uint32_t region, bool slot) const {
    const auto& reg = m_index.record(region);
    const bool raion = reg.kind == static_cast<std::uint8_t>(core::PlaceKind::Admin2);
    const std::string_view code = m_index.str(raion ? reg.admin2_code : reg.admin1_code);
    std::vector<Match> out;
    for (const auto& m : matches) {
        const auto& r = m_index.record(m.place);
        // One letter away ("Tige" for "Tykhe") is no evidence once the text names the region,
        // unless a settlement must stand there ("seized Novomykhailvka in Donetsk region").
        if ((m.level == MatchLevel::Fuzzy && !slot) || m.place == region) continue;
        if (m_index.str(raion ? r.admin2_code : r.admin1_code) == code) out.push_back(m);
    }
    return out;
}

/// In a Ukrainian text, a Cyrillic word that matched a place only through the Russian spelling
/// generated for its Ukrainian name (match level Romanised) is a loose reading: "біля Зеленополя"
/// is the genitive of Зеленопіль, not the Russian genitive of Зеленопілля (Зеленополье, whose
/// key drops the soft sign). Such matches count as loose ones, which lose to exact readings.
void Parser::demote_russian_spellings() {
    bool ukrainian_text = false, known = false;
    for (auto& s : m_spots) {
        if (!m_tokens[s.first].cyrillic) continue;
        if (!known) ukrainian_text = &cyrillic_table() == &m_index.ukrainian(), known = true;
        if (!ukrainian_text) return;
        for (auto& m : s.matches)
            if (m.level == MatchLevel::Romanised) m.level = MatchLevel::Skeleton;
    }
}

bool Parser::in_compound(const Spot& s) const {
    const auto [first, last] = detail::compound_range(m_text, m_tokens, s.first, s.last);
    return first != s.first || last != s.last;
}

} // namespace claimtrack::gazetteer::parsing
