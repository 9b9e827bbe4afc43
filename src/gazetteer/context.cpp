// Geoparse stage 3, context: what the text says about where its places are (regions that
// qualify names and lists of names, front sectors, the points of the other places).

#include "parser.hpp"

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
        while (e != std::string::npos) {
            const std::size_t a = name_start(e);
            if (stop_token(a) && a == e) break;
            std::size_t exact = std::string::npos;
            bool inside = false;
            for (std::size_t k = 0; k < m_spots.size(); ++k) {
                if (removed[k] || m_spots[k].last < a || m_spots[k].first > e) continue;
                if (m_spots[k].first == a && m_spots[k].last == e) exact = k;
                else inside = true;
            }
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
            } else if (name_long_enough(a, e)) {
                // Not in the gazetteer (or only part of it, "Поповка" of "Казачья Поповка").
                for (std::size_t k = 0; k < m_spots.size() && inside; ++k)
                    if (m_spots[k].first >= a && m_spots[k].last <= e) removed[k] = true;
                Spot s = make_spot(a, e, {}, false);
                s.region = reg;
                s.unresolved = true;
                added.push_back(std::move(s));
            }
            e = previous_in_list(a);
        }
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

/// A name put in a region once is that place at every mention.
void Parser::share_regions() {
    for (const Spot& bound : m_spots) {
        if (bound.region == Spot::k_no_region) continue;
        for (Spot& s : m_spots)
            if (s.region == Spot::k_no_region && s.kind == core::PlaceKind::Settlement && s.key == bound.key) {
                s.region = bound.region;
                s.unresolved = bound.unresolved;
                s.matches = bound.matches;
            }
    }
}

Context Parser::base_context() const {
    Context ctx;
    for (const auto& s : m_spots) {
        if (s.matches.size() != 1) continue;
        const auto& r = m_index.record(s.matches.front().place);
        if (s.kind == core::PlaceKind::Admin1) ctx.admin1_codes.insert(m_index.str(r.admin1_code));
        if (s.kind == core::PlaceKind::Admin2) ctx.admin2_codes.insert(m_index.str(r.admin2_code));
    }
    for (const auto& p : m_hints.known_places) ctx.known.emplace_back(p.lat_deg, p.lon_deg, "known place");
    detail::set_front_date(m_index, ctx, m_hints.date);
    detail::mark_named_oblasts(m_index, ctx);
    return ctx;
}

} // namespace claimtrack::gazetteer::parsing
