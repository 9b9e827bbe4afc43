// Cyrillic names whose neighbour word gives them a role no place has: a speaker («Шевченко наголосив»,
// «— заявив Волошин», «как сообщил Коваленко»), a street («на вулиці Шевченка», «на улице Мира»), a
// military unit («полку Азов», «батальона Восток»). Ukrainian surnames and street names are often also
// village names (Шевченкове, Залужне, Миру); the English side has the same test for "said", "told".

#include "parser.hpp"

namespace claimtrack::gazetteer::parsing {

namespace {

bool among(std::string_view w, std::span<const std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

/// Verbs of saying in the forms that take a person as subject (past singular and plural, present
/// third person), Ukrainian and Russian. Full words: a stem would also catch nouns («заяви»).
constexpr std::string_view k_saying[] = {
    "заявив", "заявила", "заявили", "заявляє", "повідомив", "повідомила", "повідомили", "повідомляє", "сказав",
    "сказала", "розповів", "розповіла", "розповідає", "зазначив", "зазначила", "зазначає", "додав", "додала",
    "наголосив", "наголосила", "наголошує", "підкреслив", "підкреслила", "пояснив", "пояснила", "прокоментував",
    "прокоментувала", "написав", "написала", "уточнив", "уточнила", "вважає", "каже", "говорить", "переконаний",
    "заявил", "сообщил", "сообщила", "сообщили", "сообщает", "сказал", "рассказал", "рассказала", "отметил",
    "отметила", "добавил", "добавила", "подчеркнул", "подчеркнула", "пояснил", "пояснила", "написал", "уточнил",
    "считает", "говорит", "прокомментировал",
};

/// Nouns of a street, square or avenue, and of a military unit, in their common cases: the name right
/// after one is the street's or the unit's («вулиці Шевченка», «проспекті Миру», «полку Азов»).
constexpr std::string_view k_street_or_unit[] = {
    "вулиця", "вулиці", "вулицю", "вулицею", "вул", "проспект", "проспекті", "проспекту", "провулок", "провулку",
    "площа", "площі", "площу", "бульвар", "бульварі", "бульвару", "улица", "улице", "улицу", "улицы", "ул",
    "проспекте", "переулок", "переулке", "площадь", "площади", "бульваре", "полк", "полку", "полка", "полком",
    "бригада", "бригади", "бригаді", "бригаду", "бригады", "бригаде", "батальйон", "батальйону", "батальон",
    "батальона", "батальоне",
};

/// «за словами Залужного», «по словам Коваленко»: the name of whoever is quoted.
constexpr std::string_view k_according_to[] = {"словами", "словам"};

} // namespace

bool Parser::named_by_role_word(const Spot& s) const {
    if (!m_tokens[s.first].cyrillic) return false;
    // The word before may open the sentence («Бригада Холодний Яр воює …», «Улица Мира перекрыта»).
    if (s.first > 0 && adjacent(s.first - 1, s.first) && m_tokens[s.first - 1].cyrillic &&
        (!m_tokens[s.first - 1].capitalised || sentence_start(s.first - 1))) {
        const std::string before = detail::lower_cyrillic(m_tokens[s.first - 1].text);
        if (among(before, k_street_or_unit) || among(before, k_saying) || among(before, k_according_to)) return true;
    }
    // «Шевченко наголосив»: the name as the subject of a verb of saying, not after a preposition
    // («У Покровську повідомили» is the town).
    const std::size_t n = next_adjacent(s.last);
    if (n == std::string::npos || !m_tokens[n].cyrillic || m_tokens[n].capitalised) return false;
    if (!among(detail::lower_cyrillic(m_tokens[n].text), k_saying)) return false;
    const std::size_t p = prev_adjacent(s.first);
    return p == std::string::npos || !is(p, detail::CyrillicWords::PlaceCue); // «У Покровську повідомили»: the town
}

} // namespace claimtrack::gazetteer::parsing
