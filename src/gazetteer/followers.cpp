// A name read by the words right after it, in all three languages: the attribute of a noun that is no
// settlement ("the Khortytsia operational command", «Покровська агломерація», «Лісове кладовище»), an
// oblast's name before "front" or "update" (the oblast), a predicative adjective in the instrumental
// before a link verb («Ключевым остаётся …», «Новим стало …») and a given name with an apposition of
// age ("Serhii, 34, flies drones", «Сергій, 34 роки, …»). The word lists are the nonplace_follower,
// follower_modifier, region_follower and copula classes of geodata/inflection/words.tsv.

#include "parser.hpp"

#include "inflection.hpp"

#include <charconv>

namespace claimtrack::gazetteer::parsing {

namespace {

bool ends(std::string_view w, std::string_view e) {
    return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

} // namespace

/// The first lower-case word after the name, past up to two modifiers ("operational", "regional"),
/// is a noun of a unit, a body, a landmark or an area. A Cyrillic noun form stands outside a
/// settlement's slot: «у Харкові вокзал постраждав» keeps the town.
bool Parser::attribute_of_nonplace(const Spot& s) const {
    const bool cyrillic = m_tokens[s.first].cyrillic;
    // After a preposition, only an adjective form is an attribute («у Покровській агломерації»; «у
    // Харкові вокзал» is the town).
    if (cyrillic && !(s.first == s.last && words().adjectival(key(s.first)))) {
        if (const std::size_t p = prev_adjacent(s.first); p != std::string::npos && is(p, detail::CyrillicWords::PlaceCue))
            return false;
        if (in_place_slot(s.first)) return false;
    }
    constexpr int k_max_modifiers = 2;
    std::size_t k = s.last;
    for (int n = 0; n <= k_max_modifiers; ++n) {
        k = next_adjacent(k);
        if (k == std::string::npos || m_tokens[k].capitalised || m_tokens[k].cyrillic != cyrillic) return false;
        if (is(k, detail::CyrillicWords::NonplaceFollower)) return true;
        if (!is(k, detail::CyrillicWords::FollowerModifier)) return false;
    }
    return false;
}

/// "the Donetsk front", "gives Kursk update": the word after the name makes an oblast's name the oblast.
bool Parser::region_follower_after(const Spot& s) const {
    const std::size_t n = next_adjacent(s.last);
    return n != std::string::npos && !m_tokens[n].capitalised && !m_tokens[n].cyrillic &&
           is(n, detail::CyrillicWords::RegionFollower);
}

/// «Ключевым остаётся удержание …», «Ключовим залишається …», «Новою стала …»: a capitalised word in
/// the instrumental of an adjective right before a link verb is the predicate, not a place (a town in
/// the instrumental follows a preposition: «под Покровском», «між Курським і …»).
bool Parser::predicative_instrumental(const Spot& s) const {
    if (s.first != s.last || !m_tokens[s.first].cyrillic) return false;
    if (const std::size_t p = prev_adjacent(s.first); p != std::string::npos && m_tokens[p].cyrillic && !m_tokens[p].capitalised)
        return false;
    const std::string w = detail::lower_cyrillic(m_tokens[s.first].text);
    if (!ends(w, "ым") && !ends(w, "им") && !ends(w, "ою") && !ends(w, "ой")) return false;
    const std::size_t n = next_adjacent(s.first);
    return n != std::string::npos && m_tokens[n].cyrillic && !m_tokens[n].capitalised && is(n, detail::CyrillicWords::Copula);
}

/// "Serhii, 34, flies drones", «Сергій, 34 роки, воює», «Сергей, 34 года, …»: a one-word name, a comma,
/// a two-digit number and then a comma, a bracket or a word of years: a person and their age.
bool Parser::age_apposition(const Spot& s) const {
    if (s.first != s.last || !has(s.last + 2)) return false;
    const Token& age = m_tokens[s.last + 1];
    if (detail::gap(m_text, m_tokens[s.last], age) != ", " || age.text.size() != 2) return false;
    int years = 0;
    if (std::from_chars(age.text.data(), age.text.data() + age.text.size(), years).ec != std::errc{} || years < 10)
        return false;
    const std::string_view after = detail::gap(m_text, age, m_tokens[s.last + 2]);
    if (!after.empty() && (after.front() == ',' || after.front() == ')')) return true;
    static constexpr std::string_view k_years[] = {"роки", "років", "рік", "года", "лет", "год", "years", "year"};
    const std::string y = detail::lower_cyrillic(m_tokens[s.last + 2].text);
    return only_space(after) && std::find(std::begin(k_years), std::end(k_years), y) != std::end(k_years);
}

} // namespace claimtrack::gazetteer::parsing
