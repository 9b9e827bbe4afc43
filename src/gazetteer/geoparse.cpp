// Gazetteer::geoparse(): spot place names in a text and resolve namesakes
// jointly (oblasts and raions the text names, closeness to the text's other
// places, places already known, then importance). The stages are in parser.hpp.

#include "parser.hpp"

namespace claimtrack::gazetteer {

namespace parsing {

Parser::Parser(const Index& index, std::string_view text, const ParseHints& hints, const detail::Boundaries* boundaries)
    : m_index(index), m_text(text), m_hints(hints), m_boundaries(boundaries),
      m_tokens(detail::split_hyphen_compounds(detail::tokenize(text), [&](std::string_view w, bool cyrillic) {
          return cyrillic ? !index.match_cyrillic(w).empty() : !index.match(w, false).empty();
      })) {
    // The keys of all words in one buffer (views are taken once it is complete): a key is
    // never longer than its word, so the text's size holds them all, but for the rare
    // word ICU folds longer.
    std::vector<std::size_t> ends;
    ends.reserve(m_tokens.size());
    m_key_bytes.resize(m_text.size());
    std::size_t used = 0;
    for (const auto& t : m_tokens) {
        if (used + t.text.size() > m_key_bytes.size()) m_key_bytes.resize(used + t.text.size());
        std::size_t n = fold_key_fast(t.text, m_key_bytes.data() + used);
        if (n == k_no_fast_fold) {
            const std::string k = exact_key(t.text);
            if (used + k.size() > m_key_bytes.size()) m_key_bytes.resize(used + k.size());
            k.copy(m_key_bytes.data() + used, k.size());
            n = k.size();
        }
        ends.push_back(used += n);
    }
    m_key_bytes.resize(used);
    m_keys.reserve(m_tokens.size());
    for (std::size_t i = 0, start = 0; i < m_tokens.size(); start = ends[i++])
        m_keys.push_back(std::string_view(m_key_bytes).substr(start, ends[i] - start));
    // Lower-case forms, when asked (lower()). Room for all of them at once: each token is
    // lowered at most once and never grows, so the buffer never moves and the views
    // lower() hands out stay valid while others are added.
    std::size_t token_bytes = 0;
    for (const auto& t : m_tokens) token_bytes += t.text.size();
    m_lower_bytes.reserve(token_bytes);
    m_lower.assign(m_tokens.size(), {k_not_lowered, k_not_lowered});
    m_word_classes.assign(m_tokens.size(), k_unknown_classes);
    m_lower_case_keys = detail::ViewSet(m_tokens.size());
    for (std::size_t i = 0; i < m_tokens.size(); ++i)
        if (!m_tokens[i].capitalised) m_lower_case_keys.insert(m_keys[i]);
    mark_headlines();
    mark_person_runs();
    mark_cyrillic_persons();
    mark_credit_lines();
}

void Parser::lower_token(std::size_t i) const {
    const Token& t = m_tokens[i];
    const std::size_t begin = m_lower_bytes.size();
    m_lower_bytes.resize(begin + t.text.size()); // a lower-case form is never longer than its word
    char* out = m_lower_bytes.data() + begin;
    std::size_t n = t.text.size();
    if (t.cyrillic) {
        n = detail::lower_cyrillic_to(t.text, out);
    } else {
        for (const char c : t.text) *out++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    m_lower_bytes.resize(begin + n);
    m_lower[i] = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(begin + n)};
}

/// The case table for reading Cyrillic names of this text: Ukrainian when
/// its letters are more often Ukrainian-only than Russian-only.
const detail::Inflector& Parser::cyrillic_table() {
    if (m_cyrillic_table) return *m_cyrillic_table;
    std::size_t uk = 0, ru = 0;
    for (std::size_t i = 0; i + 1 < m_text.size(); ++i) {
        if (static_cast<unsigned char>(m_text[i]) != 0xD1) continue;
        const auto b = static_cast<unsigned char>(m_text[i + 1]);
        uk += (b == 0x96 || b == 0x97 || b == 0x94) ? 1 : 0; // і ї є
        ru += (b == 0x8B || b == 0x8D || b == 0x8A || b == 0x91) ? 1 : 0; // ы э ъ ё
    }
    m_cyrillic_table = uk > ru ? &m_index.ukrainian() : &m_index.russian();
    return *m_cyrillic_table;
}

/// Lines that are mostly capitalised words are headlines: there, a
/// capitalised neighbour says nothing about names.
void Parser::mark_headlines() {
    m_headline.assign(m_tokens.size(), false);
    std::size_t line_start = 0;
    for (std::size_t i = 0; i <= m_tokens.size(); ++i) {
        const bool new_line = i == m_tokens.size() ||
                              (i > 0 && detail::holds(detail::gap(m_text, m_tokens[i - 1], m_tokens[i]), '\n'));
        if (!new_line) continue;
        if (i > line_start && is_headline(line_start, i))
            for (std::size_t k = line_start; k < i; ++k) m_headline[k] = true;
        line_start = i;
    }
}

/// A title-case line: short, mostly capitalised words, no full stop at the
/// end and no list of names (commas).
bool Parser::is_headline(std::size_t first, std::size_t end) const {
    const std::string_view line = m_text.substr(m_tokens[first].start, m_tokens[end - 1].after - m_tokens[first].start);
    const std::size_t line_end = m_text.find('\n', m_tokens[end - 1].after);
    const std::string_view tail = m_text.substr(m_tokens[end - 1].after, line_end == std::string_view::npos ? std::string_view::npos : line_end - m_tokens[end - 1].after);
    if (tail.find('.') != std::string_view::npos || std::count(line.begin(), line.end(), ',') > 1) return false;
    std::size_t words = 0, caps = 0;
    for (std::size_t k = first; k < end; ++k) {
        if (m_tokens[k].text.size() <= 3 || m_tokens[k].has_digit) continue;
        ++words;
        caps += m_tokens[k].capitalised ? 1 : 0;
    }
    return words >= 3 && caps * 10 >= words * 8;
}

/// Runs of two or more capitalised Latin words that are not a place name
/// ("Oleh Syniehubov"): their words are people's or organisations' names
/// wherever they occur alone in this text.
void Parser::mark_person_runs() {
    std::size_t i = 0;
    while (i < m_tokens.size()) {
        if (!m_tokens[i].capitalised || m_tokens[i].cyrillic || m_headline[i] || common_word(i)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (next_adjacent(j) != std::string::npos && m_tokens[j + 1].capitalised && !m_tokens[j + 1].cyrillic)
            ++j;
        // "Nearby Stepove, a village …", "Take Pokrovsk, then …": a sentence's first word is
        // capitalised whatever it is; when the rest of the run is a place, the run is no person.
        if (j > i && sentence_start(i) && run_is_placeish(i + 1, j)) {
            i = j + 1;
            continue;
        }
        // "Sumy Border Watch", "Bakhmut Roads Service": an organisation named after a town or seat
        // leaves the town a place elsewhere in the text (its other words still mark people).
        if (j > i && !run_is_placeish(i, j))
            for (std::size_t k = i; k <= j; ++k)
                if (k != i || !names_town(i)) m_person_words.insert(key(k));
        i = j + 1;
    }
}

/// Cyrillic people: a given name or a patronymic, the capitalised words
/// next to it, and the capitalised word after a title ("министр Х") are
/// people's names wherever they occur alone in this text.
void Parser::mark_cyrillic_persons() {
    const auto is_cap_cyr = [&](std::size_t k) { return has(k) && m_tokens[k].cyrillic && m_tokens[k].capitalised; };
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        // Only a capitalised word, or a title before one, marks anything.
        if (!m_tokens[i].cyrillic || (!is_cap_cyr(i) && !is_cap_cyr(i + 1))) continue;
        const bool person = is_cap_cyr(i) && (is(i, detail::CyrillicWords::FirstName) || words().patronymic(key(i)));
        const bool title = is(i, detail::CyrillicWords::Title);
        if (!person && !title) continue;
        if (person) m_person_words.insert(key(i));
        for (std::size_t k = i; (k = next_adjacent(k)) != std::string::npos && is_cap_cyr(k) && k <= i + 2;)
            if (!is(k, detail::CyrillicWords::Stop)) m_person_words.insert(key(k));
        if (!person) continue;
        for (std::size_t k = i; (k = prev_adjacent(k)) != std::string::npos && is_cap_cyr(k) && k + 2 >= i;)
            if (!is(k, detail::CyrillicWords::Title)) m_person_words.insert(key(k));
    }
}

/// "Author: …", "Photo: …", "Фото: …": the rest of the line credits
/// people and units, whose names are not places.
void Parser::mark_credit_lines() {
    m_credit.assign(m_tokens.size(), false);
    for (std::size_t i = 0; i + 1 < m_tokens.size(); ++i) {
        // The colon first: a byte test, where the word list costs a hash per token.
        const std::string_view g = detail::gap(m_text, m_tokens[i], m_tokens[i + 1]);
        if (g.empty() || g.front() != ':' || g.find('\n') != std::string_view::npos) continue;
        if (!detail::contains(detail::k_credit_words, key(i))) continue;
        for (std::size_t k = i + 1; k < m_tokens.size(); ++k) {
            if (detail::holds(detail::gap(m_text, m_tokens[k - 1], m_tokens[k]), '\n')) break;
            m_credit[k] = true;
        }
    }
}

bool Parser::run_is_placeish(std::size_t i, std::size_t j) const {
    for (std::size_t k = i; k <= j; ++k)
        if (detail::contains(detail::k_place_suffixes, key(k)) || detail::contains(detail::k_facility_words, key(k)) ||
            common_word(k))
            return true;
    // "near Uspenivka Donetsk": a name and its oblast (after the word tests: a skeleton key is dearer).
    if (j > i && !m_index.admin1_named(m_tokens[j].text).empty()) return true;
    const std::string name(m_text.substr(m_tokens[i].start, m_tokens[j].end - m_tokens[i].start));
    return !m_index.match_exact(name).empty();
}

/// Token i alone is the own name of a Ukrainian town or seat (Sumy, Kupiansk).
bool Parser::names_town(std::size_t i) const {
    for (const auto& m : m_index.match_exact(m_tokens[i].text))
        if (m.own && m.level <= MatchLevel::Alternate && is_kind(m, core::PlaceKind::Settlement) &&
            seat_or_town(m_index.record(m.place)))
            return true;
    return false;
}

/// The first word of a sentence or a line: capitalised whatever it is.
bool Parser::sentence_start(std::size_t i) const {
    std::size_t p = m_tokens[i].start;
    while (p > 0 && (m_text[p - 1] == ' ' || m_text[p - 1] == '\t')) --p;
    if (p == 0) return true;
    const char c = m_text[p - 1];
    if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"') return true;
    const std::string_view before = m_text.substr(0, p);
    for (std::string_view mark : {"«", "—", "–", "…"})
        if (before.size() >= mark.size() && before.substr(before.size() - mark.size()) == mark) return true;
    return false;
}

} // namespace parsing

std::vector<core::Mention> Gazetteer::geoparse(std::string_view text, const ParseHints& hints) const {
    return parsing::Parser(m_impl->index, text, hints, m_impl->boundaries.get()).run();
}

} // namespace claimtrack::gazetteer
