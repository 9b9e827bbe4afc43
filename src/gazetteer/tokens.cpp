#include "tokens.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

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

constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
constexpr std::uint64_t k_highs = 0x8080808080808080ULL;

/// Eight bytes (in memory order) that are four two-byte letters with lead bytes 0xD0..0xD3
/// (U+0400..U+04FF, all Cyrillic letters to is_letter()): a Russian or Ukrainian word is read
/// four letters at a time.
bool four_cyrillic_letters(std::uint64_t v) {
    return (v & 0xC0FCC0FCC0FCC0FCULL) == 0x80D080D080D080D0ULL; // little-endian
}

/// Of eight bytes (in memory order, little-endian), the high bit of each ASCII letter, and
/// in `digits` that of each ASCII digit: per byte on seven bits, so no sum carries into the
/// next byte (the high bit of x + (0x80 - lo) is set when x >= lo).
std::uint64_t ascii_letters(std::uint64_t v, std::uint64_t& digits) {
    const std::uint64_t low7 = v & ~k_highs;
    const std::uint64_t folded = low7 | (k_ones * 0x20);
    const std::uint64_t letter = (folded + k_ones * (0x80 - 'a')) & ~(folded + k_ones * (0x80 - 'z' - 1));
    digits = (low7 + k_ones * (0x80 - '0')) & ~(low7 + k_ones * (0x80 - '9' - 1)) & ~v & k_highs;
    return letter & ~v & k_highs;
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
            // Eight bytes at a time while they are letters: four Cyrillic ones, or a run of ASCII
            // letters and digits (read as the byte loop below would read them).
            if (std::endian::native == std::endian::little && j + 8 <= text.size()) {
                std::uint64_t v = 0;
                std::memcpy(&v, text.data() + j, 8);
                if (four_cyrillic_letters(v)) {
                    cyrillic = true;
                    j += 8;
                    continue;
                }
                std::uint64_t digits = 0;
                const std::uint64_t alnum = ascii_letters(v, digits) | digits;
                const std::uint64_t other = ~alnum & k_highs;
                const std::size_t run = other == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(other)) / 8;
                if (run > 0) {
                    const std::uint64_t in_run = run == 8 ? ~0ULL : (1ULL << (8 * run)) - 1;
                    has_digit = has_digit || (digits & in_run) != 0;
                    j += run;
                    continue;
                }
            }
            const auto byte = static_cast<unsigned char>(text[j]);
            if (is_ascii_alnum(byte)) { // the common case, without decoding
                has_digit = has_digit || (byte >= '0' && byte <= '9');
                ++j;
                continue;
            }
            if (byte >= 0xD0 && byte <= 0xD3 && j + 1 < text.size()) { // a Cyrillic letter, as decode() reads it
                cyrillic = true;
                j += 2;
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
