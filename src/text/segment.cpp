#include "claimtrack/text/segment.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

namespace claimtrack::text {

// Rule-based sentence splitting for news prose. ICU's sentence iterator was the
// first cut; news text needs rules it lacks (a missing space after a full stop,
// "Lt. Gen." and "Sept." before names and numbers, datelines, headlines and
// captions on their own line), and a byte scan is much faster than converting
// every line to UTF-16.

namespace {

constexpr std::array<std::string_view, 64> k_abbreviations{
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "lt", "gen", "col", "maj", "capt", "cpt", "sgt", "cpl",
    "pvt", "adm", "cmdr", "lieut", "brig", "gov", "sen", "rep", "pres", "rev", "hon", "jr", "sr", "no", "nos",
    "vs", "etc", "approx", "est", "inc", "corp", "co", "ltd", "dept", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "fig", "vol"};

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }

/// Byte length of a closing quote or bracket at i (ASCII or curly), else 0.
std::size_t closer_at(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    const char c = t[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    const std::string_view rest = t.substr(i); // byte tests, not a compare() call per mark
    if (rest.starts_with("\xE2\x80\x9D") || rest.starts_with("\xE2\x80\x99")) return 3;
    if (rest.starts_with("\xC2\xBB")) return 2;
    return 0;
}

/// True when a sentence may start at i: a capital, a digit, an opening quote or bracket, a non-ASCII letter.
bool starts_sentence(std::string_view t, std::size_t i) {
    if (i >= t.size()) return false;
    const auto c = static_cast<unsigned char>(t[i]);
    if (is_upper(c) || is_digit(c) || c == '"' || c == '(' || c == '[' || c == '\'') return true;
    if (const std::string_view rest = t.substr(i);
        rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x98") || rest.starts_with("\xC2\xAB"))
        return true;
    // Cyrillic capitals: U+0400..U+042F.
    if (c == 0xD0 && i + 1 < t.size()) {
        const auto d = static_cast<unsigned char>(t[i + 1]);
        return d >= 0x80 && d <= 0xAF;
    }
    return false;
}

/// Cyrillic abbreviations (lower case) that a full stop does not end: "с. Роботине",
/// "м. Покровськ", "г. Бахмут", "обл.", "ген.", "тыс.".
constexpr std::array<std::string_view, 22> k_cyrillic_abbreviations{
    "г", "гг", "с", "м", "п", "пос", "пгт", "смт", "обл", "ул", "вул", "им", "ім", "ген", "тыс", "тис",
    "млн", "млрд", "кв", "св", "т", "проф"};

/// Byte length of the longest word of `words`: a longer word is none of them, without a look.
template <std::size_t N>
constexpr std::size_t longest(const std::array<std::string_view, N>& words) {
    std::size_t n = 0;
    for (const std::string_view w : words) n = std::max(n, w.size());
    return n;
}

/// A Cyrillic letter (two-byte UTF-8, U+0400..U+04FF) ending at byte `end`.
bool cyrillic_before(std::string_view t, std::size_t end) {
    if (end < 2) return false;
    const auto c = static_cast<unsigned char>(t[end - 2]);
    const auto d = static_cast<unsigned char>(t[end - 1]);
    return c >= 0xD0 && c <= 0xD3 && d >= 0x80 && d <= 0xBF;
}

/// The word ending right before the full stop at `dot` (letters and inner dots).
std::string_view word_before(std::string_view t, std::size_t dot) {
    std::size_t b = dot;
    while (b > 0) {
        if (is_alpha(static_cast<unsigned char>(t[b - 1])) || t[b - 1] == '.') --b;
        else if (cyrillic_before(t, b)) b -= 2;
        else break;
    }
    return t.substr(b, dot - b);
}

/// True when `w` (Cyrillic) is an abbreviation: a single capital (an initial) or a listed word.
bool cyrillic_abbreviation(std::string_view w) {
    if (w.size() == 2 && static_cast<unsigned char>(w[0]) == 0xD0 && static_cast<unsigned char>(w[1]) < 0xB0)
        return true; // an initial: "А. Белоусов"
    // Lower-casing keeps the byte length. Most words before a full stop are longer than any
    // abbreviation, and are not copied.
    if (w.size() > longest(k_cyrillic_abbreviations)) return false;
    std::string lower(w);
    for (std::size_t k = 0; k + 1 < lower.size(); k += 2) {
        auto c = static_cast<unsigned char>(lower[k]);
        auto d = static_cast<unsigned char>(lower[k + 1]);
        if (c == 0xD0 && d >= 0x90 && d <= 0x9F) lower[k + 1] = static_cast<char>(d + 0x20);
        else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) { lower[k] = '\xD1'; lower[k + 1] = static_cast<char>(d - 0x20); }
        else if (c == 0xD0 && d >= 0x80 && d <= 0x8F) { lower[k] = '\xD1'; lower[k + 1] = static_cast<char>(d + 0x10); }
    }
    for (auto a : k_cyrillic_abbreviations)
        if (lower == a) return true;
    return false;
}

/// A full stop at `dot` that ends an abbreviation or an initial, not a sentence.
bool abbreviation_dot(std::string_view t, std::size_t dot) {
    const std::string_view w = word_before(t, dot);
    if (w.empty()) return false;
    if (static_cast<unsigned char>(w[0]) >= 0x80) return w.find('.') == std::string_view::npos && cyrillic_abbreviation(w);
    if (w.find('.') != std::string_view::npos) return true; // U.S. / U.K. / a.m.
    if (w.size() == 1 && is_upper(static_cast<unsigned char>(w[0]))) return true; // initial "W."
    if (w.size() > longest(k_abbreviations)) return false;
    std::string lower(w);
    for (char& c : lower)
        if (is_upper(static_cast<unsigned char>(c))) c = static_cast<char>(c - 'A' + 'a');
    for (auto a : k_abbreviations)
        if (lower == a) return true;
    return false;
}

/// "Роботине — село ...": in Russian and Ukrainian a dash after a name is the copula, not a
/// dateline. A Cyrillic prefix without a comma, a bracket or a digit that is not in capitals
/// ("МОСКВА, 12 сен —" is a dateline) reads as a sentence.
bool cyrillic_copula(std::string_view prefix) {
    bool cyrillic = false, lower = false;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
        const auto c = static_cast<unsigned char>(prefix[k]);
        if (c == ',' || c == '(' || is_digit(c)) return false;
        if ((c == 0xD0 || c == 0xD1) && k + 1 < prefix.size()) {
            cyrillic = true;
            const auto d = static_cast<unsigned char>(prefix[k + 1]);
            if ((c == 0xD0 && d >= 0xB0) || c == 0xD1) lower = true;
            ++k;
        }
    }
    return cyrillic && lower;
}

/// Length of a dateline ending with a dash at the start of `line` ("KYIV, Sept 12 (Reuters) -",
/// "Islam Times -"), or 0. The part before the dash holds only capitalised words, digits,
/// commas, full stops and a parenthesised agency.
std::size_t dateline_length(std::string_view line) {
    const std::size_t limit = std::min<std::size_t>(line.size(), 80);
    // One pass: the prefix is checked as it is read, so that a line of prose, whose second
    // word is in lower case, is given up after a few bytes.
    bool in_paren = false, word_start = true;
    bool after_number = false; // the word before is digits: "МОСКВА, 12 сен —" names a month in lower case
    for (std::size_t i = 0; i < limit; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == ' ' && i >= 1 && i + 2 < limit) {
            std::size_t dash = 0;
            if (line[i + 1] == '-' && line[i + 2] == ' ') dash = 2;
            else if (i + 4 < line.size() && line[i + 1] == '\xE2' && line[i + 2] == '\x80' &&
                     (line[i + 3] == '\x93' || line[i + 3] == '\x94') && line[i + 4] == ' ')
                dash = 4; // en or em dash
            if (dash) return !cyrillic_copula(line.substr(0, i)) ? i + dash + 1 : 0;
        }
        if (c == '(') { in_paren = true; continue; }
        if (c == ')') { in_paren = false; continue; }
        if (c == ' ' || c == ',' || c == '.' || c == '/') { word_start = true; continue; }
        if (word_start && !in_paren && is_lower(c)) return 0; // a dash after this ends no dateline
        // A Cyrillic word in lower case ("Вербовое освобождено, Работино — 7 мая") is prose too,
        // except a month after a day.
        if (word_start && !in_paren && !after_number && i + 1 < limit &&
            ((c == 0xD0 && static_cast<unsigned char>(line[i + 1]) >= 0xB0) ||
             (c == 0xD1 && static_cast<unsigned char>(line[i + 1]) < 0xA0)))
            return 0;
        if (word_start) after_number = is_digit(c);
        word_start = false;
    }
    return 0;
}

/// Index of the first '.', '!' or '?' in text[from, to), else `to`. Eight bytes at a time: few
/// bytes of prose end a sentence.
std::size_t next_terminator(std::string_view text, std::size_t from, std::size_t to) {
    constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
    constexpr std::uint64_t k_highs = 0x8080808080808080ULL;
    // Non-zero when a byte of `v` equals `b` (the classic zero-byte test on v ^ b...b).
    const auto has_byte = [](std::uint64_t v, unsigned char b) {
        const std::uint64_t x = v ^ (k_ones * b);
        return (x - k_ones) & ~x & k_highs;
    };
    std::size_t i = from;
    for (; i + 8 <= to; i += 8) {
        std::uint64_t v = 0;
        std::memcpy(&v, text.data() + i, 8);
        if (has_byte(v, '.') | has_byte(v, '!') | has_byte(v, '?')) break;
    }
    for (; i < to; ++i)
        if (text[i] == '.' || text[i] == '!' || text[i] == '?') return i;
    return to;
}

void push_trimmed(std::string_view text, std::size_t b, std::size_t e, std::vector<core::Span>& out) {
    while (b < e && static_cast<unsigned char>(text[b]) <= ' ') ++b;
    // Bullets: "- ", "* ", "• ".
    while (b < e) {
        if ((text[b] == '-' || text[b] == '*') && b + 1 < e && text[b + 1] == ' ') b += 2;
        else if (text.substr(b).starts_with("\xE2\x80\xA2")) b += 3;
        else break;
        while (b < e && static_cast<unsigned char>(text[b]) <= ' ') ++b;
    }
    while (e > b && static_cast<unsigned char>(text[e - 1]) <= ' ') --e;
    if (e > b) out.push_back({b, e});
}

/// Splits one line (no line breaks inside) into sentences.
void split_line(std::string_view text, std::size_t line_start, std::size_t line_end, std::vector<core::Span>& out) {
    std::size_t start = line_start;
    if (const std::size_t d = dateline_length(text.substr(line_start, line_end - line_start))) {
        push_trimmed(text, line_start, line_start + d, out);
        start = line_start + d;
    }
    for (std::size_t i = next_terminator(text, start, line_end); i < line_end; i = next_terminator(text, i + 1, line_end)) {
        const char c = text[i];
        // Runs of punctuation ("?!", "...").
        std::size_t j = i + 1;
        while (j < line_end && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
        while (const std::size_t q = closer_at(text.substr(0, line_end), j)) j += q;
        // Footnote markers: "[2]".
        while (j < line_end && text[j] == '[') {
            std::size_t k = j + 1;
            while (k < line_end && is_digit(static_cast<unsigned char>(text[k]))) ++k;
            if (k < line_end && text[k] == ']' && k > j + 1) j = k + 1;
            else break;
        }
        std::size_t next = j;
        while (next < line_end && is_space(static_cast<unsigned char>(text[next]))) ++next;
        if (next >= line_end) break; // the line end closes the sentence
        const bool spaced = next > j;
        if (c == '.' && j == i + 1 && abbreviation_dot(text, i)) continue;
        if (spaced) {
            if (!starts_sentence(text, next)) continue;
        } else {
            // "ground.The": no space, but a lower-case word then a capitalised one.
            if (c != '.' || j != i + 1) continue;
            const std::string_view w = word_before(text, i);
            if (w.size() < 2 || !is_lower(static_cast<unsigned char>(w.back()))) continue;
            if (next + 1 >= line_end || !is_upper(static_cast<unsigned char>(text[next])) ||
                !is_lower(static_cast<unsigned char>(text[next + 1])))
                continue;
        }
        push_trimmed(text, start, j, out);
        start = next;
        i = next - 1;
    }
    push_trimmed(text, start, line_end, out);
}

} // namespace

std::vector<core::Span> sentences(std::string_view text) {
    std::vector<core::Span> out;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        split_line(text, line_start, line_end, out);
        line_start = line_end + 1;
    }
    return out;
}

} // namespace claimtrack::text
