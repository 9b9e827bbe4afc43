// Cyrillic headlines in Title Case («Тепле Літо Закінчилося Атаками На Енергетику», «Ситуація На Фронті
// Станом На Ранок»): Ukrainian and Russian write headlines in sentence case, so a line that capitalises
// its prepositions and conjunctions too capitalises every common noun, and a noun that is also a village
// name (Атаки, Ранок) reads as one. There, a one-word name stands for a place only when one of its
// candidates is a town (the towns a headline is about: «Лиман Тримається», «Оборона Харкова»); the
// villages of a report are named again in its body, in sentence case.

#include "parser.hpp"

namespace claimtrack::gazetteer::parsing {

/// A capitalised Cyrillic function word (a stop word of at most three letters: «На», «У», «Як», «Не»)
/// inside the headline line around token i, not opening it.
bool Parser::cyrillic_title_case_line(std::size_t i) const {
    if (!m_headline[i] || !m_tokens[i].cyrillic) return false;
    const auto line_break = [&](std::size_t k) { // between tokens k-1 and k
        return detail::holds(detail::gap(m_text, m_tokens[k - 1], m_tokens[k]), '\n');
    };
    std::size_t first = i;
    while (first > 0 && !line_break(first)) --first;
    constexpr std::size_t k_max_function_word_bytes = 6; // three Cyrillic letters
    for (std::size_t k = first + 1; has(k) && !line_break(k); ++k) {
        const Token& t = m_tokens[k];
        if (t.cyrillic && t.capitalised && t.text.size() <= k_max_function_word_bytes && is(k, detail::CyrillicWords::Stop))
            return true;
    }
    return false;
}

bool Parser::title_case_village(const Spot& s) const {
    return s.first == s.last && cyrillic_title_case_line(s.first) && !any_town(s);
}

} // namespace claimtrack::gazetteer::parsing
