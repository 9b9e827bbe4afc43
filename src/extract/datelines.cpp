#include "datelines.hpp"

#include <array>
#include <cstdint>

namespace claimtrack::extract {

namespace {

/// Decodes the UTF-8 code point at `i`, advancing `i`; U+FFFD on a malformed byte.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = n == 1 ? b : b & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    return cp;
}

bool lower_letter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= 0x430 && c <= 0x45F) || c == 0x491;
}

bool upper_letter(char32_t c) {
    return (c >= U'A' && c <= U'Z') || (c >= 0x400 && c <= 0x42F) || c == 0x490;
}

/// "KYIV", "КИЇВ", "ZAPORIZHZHIA": at least two letters, none in lower case.
bool all_capitals(std::string_view surface) {
    int upper = 0;
    for (std::size_t i = 0; i < surface.size();) {
        const char32_t c = next_code_point(surface, i);
        if (lower_letter(c)) return false;
        if (upper_letter(c)) ++upper;
    }
    return upper >= 2;
}

} // namespace

bool dateline_segment(std::string_view text, core::Span span) {
    if (span.end > text.size() || span.start >= span.end) return false;
    std::string_view st = text.substr(span.start, span.end - span.start);
    while (!st.empty() && static_cast<unsigned char>(st.back()) <= ' ') st.remove_suffix(1);
    return st.ends_with("-") || st.ends_with("\xE2\x80\x94") || st.ends_with("\xE2\x80\x93") || st.ends_with(":");
}

bool dateline_mention(std::string_view text, const core::Mention& m, bool own_segment) {
    const std::size_t start = m.span.start;
    if (start > text.size() || m.span.end > text.size()) return false;
    if (start > 0 && text[start - 1] != '\n') return false;
    const std::string_view rest = text.substr(m.span.end, 4);
    static constexpr std::array<std::string_view, 9> marks{",", ":", ".", " (", " \xE2\x80\x94", " \xE2\x80\x93",
                                                           " -", "\xE2\x80\x94", "\xE2\x80\x93"};
    bool marked = false;
    for (std::string_view mark : marks)
        if (rest.substr(0, mark.size()) == mark) marked = true;
    if (!marked) return false;
    if (all_capitals(m.surface)) return true;
    if (!own_segment) return false;
    // "Robotyne, Zaporizhzhia Oblast — the army said the village was cleared": a name in ordinary case
    // before a dash is a dateline on the text's first line, or with a date or an agency in brackets
    // ("Dnipro, Ukraine (Reuters) -", "Kupiansk, May 3 -"); further down, a line that opens with only
    // a place (and its region) and a dash is an entry of a log whose place the rest of the line is about.
    std::size_t first = 0;
    while (first < text.size() && static_cast<unsigned char>(text[first]) <= ' ') ++first;
    if (start == first) return true;
    const std::size_t eol = text.find('\n', start);
    const std::string_view line = text.substr(start, eol == std::string_view::npos ? text.size() - start : eol - start);
    std::size_t dash = line.find(" \xE2\x80");
    if (dash == std::string_view::npos) dash = line.find(" -");
    const std::string_view head = line.substr(0, dash);
    for (const char c : head)
        if (c == '(' || (c >= '0' && c <= '9')) return true;
    return false;
}

} // namespace claimtrack::extract
