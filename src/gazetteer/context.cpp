// Geoparse stage 3, context: what the text says about where its places are (regions that
// qualify names and lists of names, front sectors, the points of the other places).

#include "parser.hpp"

#include <charconv>

namespace claimtrack::gazetteer::parsing {

/// The nominatives an adjective of a town may come from: Бахмутський ->
/// Бахмут, Покровський -> Покровськ, Донецький -> Донецьк, Авдіївський ->
/// Авдіївка, Курахівський -> Курахове, Гуляйпільський -> Гуляйполе;
/// Russian likewise (Артемовский -> Артемовск, Авдеевский -> Авдеевка).
std::vector<std::string> Parser::axis_town_names(const std::string& adjective) {
    std::vector<std::string> out;
    constexpr std::size_t k_max_ending_bytes = 8; // four Cyrillic letters: "ього", "ому"
    for (std::string_view infix : {"цьк", "ськ", "цк", "ск"}) {
        const std::size_t pos = adjective.rfind(infix);
        if (pos == std::string::npos || pos < 4) continue;
        const std::size_t tail = adjective.size() - pos - infix.size();
        if (tail == 0 || tail > k_max_ending_bytes) continue;
        const std::string stem = adjective.substr(0, pos);
        const bool ts = infix.substr(0, 2) == "ц";
        out.push_back(stem + std::string(infix));
        if (ts) break; // Донецький: only Донецьк
        out.push_back(stem);
        out.push_back(stem + "ка");
        const auto ends = [&](std::string_view e) {
            return stem.size() > e.size() && stem.compare(stem.size() - e.size(), e.size(), e) == 0;
        };
        if (ends("ів")) out.push_back(stem.substr(0, stem.size() - 4) + "ове");
        if (ends("іль")) out.push_back(stem.substr(0, stem.size() - 6) + "оле");
        break;
    }
    return out;
}

/// The town of an axis phrase: the most important settlement bearing one
/// of the nominatives as a name, an alternate name or a renaming.
void Parser::add_axis_anchor(std::size_t i) {
    const std::uint32_t none = static_cast<std::uint32_t>(-1);
    std::uint32_t best = none;
    double best_importance = -1;
    for (const auto& name : axis_town_names(detail::lower_cyrillic(m_tokens[i].text))) {
        for (const auto& m : m_index.match_exact(name)) {
            if (m.level > MatchLevel::Alias || !is_kind(m, core::PlaceKind::Settlement)) continue;
            const double imp = m_index.derived(m.place).importance;
            if (imp > best_importance) best_importance = imp, best = m.place;
        }
    }
    if (best == none) return;
    const auto& r = m_index.record(best);
    m_anchors.emplace_back(r.lat, r.lon, std::string(m_index.str(r.name)) + " (front sector named in the text)", 1.0,
                           m_index.str(r.admin1_code));
}

void Parser::add_town_anchor(const Spot& s) {
    const Match* best = nullptr;
    for (const auto& m : s.matches) {
        if (m.level > MatchLevel::Romanised || !is_kind(m, core::PlaceKind::Settlement)) continue;
        if (!best || m_index.derived(m.place).importance > m_index.derived(best->place).importance) best = &m;
    }
    if (!best) return;
    const auto& r = m_index.record(best->place);
    m_anchors.emplace_back(r.lat, r.lon, std::string(m_index.str(r.name)) + " (front sector named in the text)", 1.0,
                           m_index.str(r.admin1_code));
}

/// The last token of the name a region phrase at token `r` qualifies, or
/// npos: "A, X", "A X", "A in (the) (western) X", "A of X", "A (X", ru/uk
/// "A Курской области", "A в Курской области", "A на Сумщині", and the
/// apposition "A and B, two Kursk-oblast villages".
std::size_t Parser::name_before_region(std::size_t r, const Spot& region) const {
    if (r == 0) return std::string::npos;
    const bool cyr = m_tokens[r].cyrillic;
    std::size_t k = r - 1;
    const auto ok_gap = [&](std::size_t a, std::size_t b) {
        const std::string_view g = detail::gap(m_text, m_tokens[a], m_tokens[b]);
        return only_space(g) || g == ", " || g == " (";
    };
    const auto name_end = [&](std::size_t e) { return m_tokens[e].capitalised && !m_tokens[e].has_digit && m_tokens[e].cyrillic == cyr; };
    if (name_end(k)) return ok_gap(k, r) ? k : std::string::npos;
    if (cyr) {
        const std::string_view w = key(k);
        const bool prep = w == "в" || w == "у" || w == "во" || (w == "на" && colloquial_region(region));
        if (!prep || !adjacent(k, r) || k == 0 || !name_end(k - 1) || !adjacent(k - 1, k)) return std::string::npos;
        return k - 1;
    }
    // Latin: up to three linking words.
    std::size_t words = 0;
    while (!m_tokens[k].capitalised && words < 3 && adjacent(k, k + 1)) {
        const std::string_view w = key(k);
        const bool link = w == "in" || w == "of" || w == "the" || detail::contains(detail::k_compass_adjectives, w) ||
                          w == "two" || w == "three" || w == "four" || w == "both";
        if (!link || k == 0) return std::string::npos;
        --k, ++words;
    }
    // "Russia's Kursk region": a country's possessive before the region.
    if (m_tokens[k].possessive && k > 0 && !m_tokens[k - 1].capitalised && key(k - 1) == "in") k -= 2, ++words;
    if (words == 0 || !name_end(k)) return std::string::npos;
    const std::string_view first = key(k + 1);
    const bool apposition = first == "two" || first == "three" || first == "four" || first == "both";
    const std::string_view g = detail::gap(m_text, m_tokens[k], m_tokens[k + 1]);
    if (apposition) {
        // ", two Kursk-oblast villages": the noun after the region word says so.
        // The region word may be a token of its own ("Kursk oblast") or joined ("Kursk-oblast").
        const auto settlements_at = [&](std::size_t t) {
            return has(t) && (key(t) == "villages" || key(t) == "settlements" || key(t) == "towns" || key(t) == "hamlets");
        };
        const bool villages = settlements_at(region.last + 1) || settlements_at(region.last + 2);
        return g == ", " && villages ? k : std::string::npos;
    }
    return only_space(g) ? k : std::string::npos;
}

/// «Ситуація в Донецькій області …», «Взрывы в Белгородской области», «Загалом у …»: a sentence's
/// first word before a region phrase is capitalised whatever it is. Unknown to the gazetteer, it is
/// a place the text names (reported unresolved) only if it could be a settlement's name: not with
/// an ending of an abstract noun (-ція, -ння, -ість …), an oblique case (-ом, -ами, -ого …) or a
/// plural of events (-ли, -хи, -вы …) or of people (-ники), nor an adverb of time or degree.
bool Parser::common_word_shape(std::size_t i) const {
    static constexpr std::string_view k_endings[] = {
        "ція", "ция", "ія", "ия", "ння", "ние", "ність", "ость", "ом", "ем", "ами", "ями", "ях", "ах", "ого", "ього",
        "его", "ли", "лы", "хи", "вы", "ви", "ры", "ри",
        "ники", // plurals of nouns of people: прикордонники, пограничники, захисники
    };
    static constexpr std::string_view k_adverbs[] = {
        "сьогодні", "сегодня", "вчора", "вчера", "вночі", "уночі", "ночью", "также", "також", "загалом", "всего",
        "всього", "зокрема", "кроме", "крім", "тем", "тим", "однак", "однако", "утром", "вранці", "ввечері", "вечером",
    };
    const std::string w = detail::lower_cyrillic(m_tokens[i].text);
    if (std::find(std::begin(k_adverbs), std::end(k_adverbs), w) != std::end(k_adverbs)) return true;
    return std::any_of(std::begin(k_endings), std::end(k_endings), [&](std::string_view e) {
        return w.size() > e.size() + 4 && w.compare(w.size() - e.size(), e.size(), e) == 0;
    });
}

/// Region phrases constrain the names (and lists of names) they qualify:
/// only candidates in the region stay; a name with none there is reported
/// unresolved, never as a namesake elsewhere. A name not in the gazetteer
/// at all ("Казачья Поповка") is reported unresolved too, whole.
void Parser::bind_regions() {
    std::vector<Spot> added;
    std::vector<bool> removed(m_spots.size(), false);
    for (std::size_t r = 0; r < m_spots.size(); ++r) {
        const Spot& region = m_spots[r];
        if ((region.kind != core::PlaceKind::Admin1 && region.kind != core::PlaceKind::Admin2) ||
            region.matches.size() != 1 || region.plural_region)
            continue;
        const std::uint32_t reg = region.matches.front().place;
        std::size_t e = name_before_region(region.first, region);
        bool bound = false;
        while (e != std::string::npos) {
            std::size_t a = name_start(e);
            if (stop_token(a) && a == e) break;
            std::size_t exact = std::string::npos;
            bool inside = false;
            for (std::size_t k = 0; k < m_spots.size(); ++k) {
                if (removed[k] || m_spots[k].last < a || m_spots[k].first > e) continue;
                // "Велику Новосілку на Донеччині": a longer name ending here (its first word an
                // adjective in a case name_start does not take) is the name the region follows.
                if ((m_spots[k].first == a || (m_spots[k].first < a && m_spots[k].kind == core::PlaceKind::Settlement)) &&
                    m_spots[k].last == e)
                    exact = k;
                else inside = true;
            }
            if (exact != std::string::npos) a = m_spots[exact].first;
            if (exact != std::string::npos) {
                Spot& s = m_spots[exact];
                const bool area = s.kind != core::PlaceKind::Settlement; // "Demidovka": only a tract of that name
                if (s.kind == core::PlaceKind::Admin1 || s.kind == core::PlaceKind::Admin2 || s.kind == core::PlaceKind::Country)
                    break;
                auto kept = area ? std::vector<Match>{} : in_region(s.matches, reg, in_place_slot(s.first));
                // "Kharkiv, Donetsk region": a town outside the region makes a list of places.
                if (kept.empty() && !village_of_region(s, {reg})) break;
                s.region = reg;
                s.unresolved = kept.empty();
                s.matches = std::move(kept);
                s.kind = core::PlaceKind::Settlement;
                bound = true;
            } else if (name_long_enough(a, e) && !(a == e && sentence_start(a) && common_word_shape(a))) {
                // Not in the gazetteer (or only part of it, "Поповка" of "Казачья Поповка").
                for (std::size_t k = 0; k < m_spots.size() && inside; ++k)
                    if (m_spots[k].first >= a && m_spots[k].last <= e) removed[k] = true;
                Spot s = make_spot(a, e, {}, false);
                s.region = reg;
                s.unresolved = true;
                s.sig = "k" + s.key;
                added.push_back(std::move(s));
                bound = true;
            }
            e = previous_in_list(a);
        }
        m_spots[r].binds = bound;
    }
    if (added.empty() && std::none_of(removed.begin(), removed.end(), [](bool b) { return b; })) {
        share_regions();
        return;
    }
    std::vector<Spot> all;
    all.reserve(m_spots.size() + added.size());
    for (std::size_t k = 0; k < m_spots.size(); ++k)
        if (!removed[k]) all.push_back(std::move(m_spots[k]));
    for (auto& s : added) all.push_back(std::move(s));
    std::stable_sort(all.begin(), all.end(), [](const Spot& x, const Spot& y) { return x.start < y.start; });
    m_spots = std::move(all);
    share_regions();
}

/// A name put in a region is that place at its mentions without one (the last region before them, else the first).
void Parser::share_regions() {
    // The first bound spot of each name (one pass; texts of megabytes hold many).
    std::unordered_map<std::string_view, const Spot*> bound_of;
    for (const Spot& bound : m_spots)
        if (bound.region != Spot::k_no_region) bound_of.emplace(bound.sig, &bound);
    if (bound_of.empty()) return;
    // A text that puts the name in two regions ("X in A oblast … X in B oblast … X") means by a bare
    // mention the place it put the name in last; before any region, the first region's place.
    // Only spots without a region are written below: the bound ones pointed to stay as they are.
    std::unordered_map<std::string_view, const Spot*> last_bound;
    for (Spot& s : m_spots) {
        if (s.region != Spot::k_no_region) {
            if (s.kind == core::PlaceKind::Settlement) last_bound.insert_or_assign(s.sig, &s);
            continue;
        }
        if (s.kind != core::PlaceKind::Settlement) continue;
        const auto it = bound_of.find(s.sig);
        if (it == bound_of.end()) continue;
        const auto later = last_bound.find(s.sig);
        const Spot& bound = later != last_bound.end() ? *later->second : *it->second;
        s.region = bound.region;
        s.unresolved = bound.unresolved;
        s.matches = bound.matches;
    }
}

Context Parser::base_context() const {
    Context ctx;
    for (const auto& s : m_spots) {
        if (s.matches.size() != 1) continue;
        const auto& r = m_index.record(s.matches.front().place);
        // "near the border with the Sumy region": a landmark, not where the text's places lie.
        if (s.kind == core::PlaceKind::Admin1 && !border_region(s)) ctx.admin1_codes.insert(m_index.str(r.admin1_code));
        if (s.kind == core::PlaceKind::Admin2) ctx.admin2_codes.insert(m_index.str(r.admin2_code));
    }
    for (const auto& p : m_hints.known_places) ctx.known.emplace_back(p.lat_deg, p.lon_deg, "known place");
    detail::set_front_date(m_index, ctx, m_hints.date);
    detail::mark_named_oblasts(m_index, ctx);
    return ctx;
}

} // namespace claimtrack::gazetteer::parsing

namespace claimtrack::gazetteer::parsing {

void Parser::sign_names() {
    for (Spot& s : m_spots) {
        if (s.matches.empty()) {
            s.sig = "k" + s.key;
            continue;
        }
        std::vector<std::uint32_t> ids;
        ids.reserve(s.matches.size());
        for (const auto& m : s.matches) ids.push_back(m.place);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        s.sig.assign(1, 'p');
        s.sig.reserve(1 + 11 * ids.size());
        for (std::uint32_t id : ids) { // "p12,345," without a temporary string per id
            char digits[10];
            s.sig.append(digits, std::to_chars(digits, digits + sizeof digits, id).ptr);
            s.sig += ',';
        }
    }
}

bool Parser::alias_gap(const Spot& a, const Spot& b) const {
    if (b.first <= a.last) return false;
    const std::string_view between = m_text.substr(a.end, b.start - a.end);
    constexpr std::size_t k_max_words = 5;
    if (b.first - a.last - 1 > k_max_words) return false;
    for (std::size_t k = a.last + 1; k < b.first; ++k)
        if (m_tokens[k].capitalised || m_tokens[k].has_digit) return false;
    // "Красное (украинское название — Ивановское)", "Artemivsk (now Bakhmut)", "Krasne (Ivanivske)".
    if (between.substr(0, 2) == " (" || between.substr(0, 1) == "(") {
        if (between.find(')') != std::string_view::npos) return false;
        return m_text.substr(b.end, 1) == ")";
    }
    // "Dzerzhynsk, now Toretsk", "Торецк, бывший Дзержинск", "Торецьк, колишній Дзержинськ".
    if (between.substr(0, 2) != ", " || b.first == a.last + 1) return false;
    static constexpr std::string_view k_alias_words[] = {
        "formerly", "now", "renamed", "previously", "called", "known", "as", "once",
        "ранее", "бывший", "бывшее", "бывшая", "бывш", "ныне", "теперь", "прежде", "переименованный", "переименованное",
        "колишнє", "колишній", "колишня", "нині", "тепер", "раніше", "перейменоване", "перейменований"};
    for (std::size_t k = a.last + 1; k < b.first; ++k) {
        const std::string_view w = m_tokens[k].text;
        const std::string lower = m_tokens[k].cyrillic ? detail::lower_cyrillic(w) : std::string(key(k));
        if (std::find(std::begin(k_alias_words), std::end(k_alias_words), lower) == std::end(k_alias_words)) return false;
    }
    return true;
}

void Parser::link_aliases() {
    for (std::size_t a = 0; a + 1 < m_spots.size(); ++a) {
        const Spot& x = m_spots[a];
        const Spot& y = m_spots[a + 1];
        if (x.kind != core::PlaceKind::Settlement || y.kind != core::PlaceKind::Settlement || x.unresolved ||
            y.unresolved || x.matches.empty() || y.matches.empty() || x.sig == y.sig || !alias_gap(x, y))
            continue;
        std::set<std::uint32_t> common;
        for (const auto& m : x.matches)
            if (std::any_of(y.matches.begin(), y.matches.end(), [&](const Match& o) { return o.place == m.place; }))
                common.insert(m.place);
        if (common.empty()) continue; // "A (north-west of B)": two places
        const std::string sx = x.sig, sy = y.sig;
        for (Spot& t : m_spots) {
            if (t.kind != core::PlaceKind::Settlement || (t.sig != sx && t.sig != sy)) continue;
            std::erase_if(t.matches, [&](const Match& m) { return !common.count(m.place); });
            t.sig = sx;
        }
    }
}

std::vector<std::size_t> Parser::sentence_ids() const {
    std::vector<std::size_t> ids(m_tokens.size(), 0);
    std::size_t id = 0;
    for (std::size_t i = 1; i < m_tokens.size(); ++i) {
        const std::string_view g = detail::gap(m_text, m_tokens[i - 1], m_tokens[i]);
        if (g.size() == 1 && g[0] == ' ') { // the common gap: no sentence ends there
            ids[i] = id;
            continue;
        }
        bool stop = false, newline = false; // one pass over the gap (a byte or two)
        for (const char c : g) {
            stop = stop || c == '.' || c == '!' || c == '?';
            newline = newline || c == '\n';
        }
        // "Sept. 24", "р. Оскіл": a full stop before a figure or a lower-case word ends no sentence.
        if (newline || (stop && g.back() == ' ' && m_tokens[i].capitalised)) ++id;
        ids[i] = id;
    }
    return ids;
}

bool Parser::border_region(const Spot& s) const {
    constexpr std::size_t k_max_back = 4;
    for (std::size_t back = 1; back <= k_max_back && back <= s.first; ++back) {
        const std::string_view w = key(s.first - back);
        for (std::string_view stem : {"border", "frontier", "границ", "граничит", "кордон", "межу"})
            if (w.substr(0, stem.size()) == stem) return true;
    }
    // "villages on the Donetsk border": the border word right after the name.
    if (const std::size_t n = next_adjacent(s.last); n != std::string::npos)
        for (std::string_view stem : {"border", "frontier"})
            if (key(n).substr(0, stem.size()) == stem) return true;
    return false;
}

std::vector<std::set<std::string, std::less<>>> Parser::sentence_oblasts(const std::vector<std::size_t>& sentence) const {
    std::vector<std::set<std::string, std::less<>>> out(m_spots.size());
    std::map<std::size_t, std::set<std::string, std::less<>>> by_sentence;
    const auto code_of = [&](const Spot& s) { return std::string(m_index.str(m_index.record(s.matches.front().place).admin1_code)); };
    for (const Spot& s : m_spots)
        if (s.kind == core::PlaceKind::Admin1 && s.matches.size() == 1 && !s.binds && !border_region(s))
            by_sentence[sentence[s.first]].insert(code_of(s));
    // "in the region", «в области», «в регіоні»: the oblast named last before it (spots
    // are in text order: one pass over tokens and spots together).
    const Spot* last = nullptr;
    std::size_t next = 0;
    for (std::size_t i = 1; i < m_tokens.size(); ++i) {
        for (; next < m_spots.size() && m_spots[next].start < m_tokens[i].start; ++next)
            if (m_spots[next].kind == core::PlaceKind::Admin1 && m_spots[next].matches.size() == 1) last = &m_spots[next];
        if (!last) continue;
        const std::string_view w = key(i), p = key(i - 1);
        const bool en = !m_tokens[i].cyrillic && (w == "region" || w == "oblast") && p == "the";
        const bool cyr = m_tokens[i].cyrillic && !m_tokens[i].capitalised &&
                         (w == "области" || w == "області" || w == "регионе" || w == "регіоні") &&
                         (p == "в" || p == "у" || p == "на" || p == "по");
        if (en || cyr) by_sentence[sentence[i]].insert(code_of(*last));
    }
    if (by_sentence.empty()) return out;
    for (std::size_t k = 0; k < m_spots.size(); ++k)
        if (auto it = by_sentence.find(sentence[m_spots[k].first]); it != by_sentence.end()) out[k] = it->second;
    return out;
}

} // namespace claimtrack::gazetteer::parsing
