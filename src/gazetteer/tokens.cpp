#include "tokens.hpp"

namespace claimtrack::gazetteer::detail {

namespace {

struct CodePoint {
    char32_t cp = 0;
    std::size_t len = 1;
};

CodePoint decode(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto at = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
    if (c < 0x80) return {c, 1};
    if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) return {((c & 0x1Fu) << 6) | at(1), 2};
    if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) return {((c & 0x0Fu) << 12) | (at(1) << 6) | at(2), 3};
    if ((c & 0xF8) == 0xF0 && i + 3 < s.size()) return {((c & 0x07u) << 18) | (at(1) << 12) | (at(2) << 6) | at(3), 4};
    return {0xFFFD, 1};
}

bool is_ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_cyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
    if (c >= 0x300 && c <= 0x36F) return true; // combining marks
    return is_cyrillic(c);
}

bool is_upper(char32_t c) {
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    if (c >= 0x0400 && c <= 0x042F) return true;
    if (c >= 0x0100 && c <= 0x017F) return c % 2 == 0; // Latin Extended-A pairs (approximate)
    if (c == 0x0490) return true;                       // Ґ
    return false;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == '`' || c == 0x2019 || c == 0x02BC; } // Куп`янськ: a backtick typed for the apostrophe
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2011; }

} // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    out.reserve(text.size() / 6 + 1); // about one word in six bytes of prose
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80 && !is_ascii_alnum(byte)) { // spaces and punctuation, without decoding
            ++i;
            continue;
        }
        CodePoint cp = decode(text, i);
        if (!is_letter(cp.cp)) {
            i += cp.len;
            continue;
        }
        Token& t = out.emplace_back(); // filled in place: a text has hundreds of words
        t.start = i;
        t.capitalised = is_upper(cp.cp);
        // Flags in locals while the word is read: stores into `t` would be reloaded after
        // every byte read (char may alias them).
        bool has_digit = false, cyrillic = false;
        std::size_t j = i;
        while (j < text.size()) {
            const auto byte = static_cast<unsigned char>(text[j]);
            if (is_ascii_alnum(byte)) { // the common case, without decoding
                has_digit = has_digit || (byte >= '0' && byte <= '9');
                ++j;
                continue;
            }
            const CodePoint c = decode(text, j);
            if (is_letter(c.cp)) {
                cyrillic = cyrillic || is_cyrillic(c.cp);
                has_digit = has_digit || (c.cp >= '0' && c.cp <= '9');
                j += c.len;
                continue;
            }
            // An inner hyphen or apostrophe followed by a letter stays in the word.
            if ((is_hyphen(c.cp) || is_apostrophe(c.cp)) && j + c.len < text.size() &&
                is_letter(decode(text, j + c.len).cp)) {
                const std::size_t after = j + c.len;
                if (is_apostrophe(c.cp)) {
                    const CodePoint s = decode(text, after);
                    const bool possessive_s = (s.cp == 's' || s.cp == 'S') &&
                                              (after + 1 >= text.size() || !is_letter(decode(text, after + 1).cp));
                    if (possessive_s) {
                        t.end = j;
                        t.possessive = true;
                        t.text = text.substr(t.start, t.end - t.start);
                        t.after = after + 1;
                        break;
                    }
                }
                j = after;
                continue;
            }
            break;
        }
        t.has_digit = has_digit;
        t.cyrillic = cyrillic;
        if (!t.possessive) {
            t.end = j;
            t.after = j;
            t.text = text.substr(t.start, t.end - t.start);
        }
        i = t.after;
    }
    return out;
}

} // namespace claimtrack::gazetteer::detail
