#pragma once
// Private: word tokens of a text with byte offsets, enough to spot names.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::gazetteer::detail {

struct Token {
    std::size_t start = 0;   ///< byte offsets into the text
    std::size_t end = 0;     ///< excludes a possessive "'s"
    std::size_t after = 0;   ///< end including a possessive "'s"
    std::string_view text;   ///< the word, without the possessive
    bool capitalised = false;
    bool cyrillic = false;
    bool possessive = false; ///< "Kyiv's"
    bool has_digit = false;
};

/// Splits UTF-8 text into words: letters and digits, with inner hyphens and
/// apostrophes ("Kamianets-Podilskyi", "Mar'inka"); a trailing "'s" is cut off
/// and flagged.
std::vector<Token> tokenize(std::string_view text);

/// Whether `s` holds byte `c`: a plain loop, for the gaps between words, which are a
/// byte or two (a call to memchr per gap costs more than the scan).
inline bool holds(std::string_view s, char c) {
    for (const char x : s)
        if (x == c) return true;
    return false;
}

/// The bytes between two tokens.
inline std::string_view gap(std::string_view text, const Token& a, const Token& b) {
    return a.after <= b.start ? text.substr(a.after, b.start - a.after) : std::string_view{};
}

} // namespace claimtrack::gazetteer::detail
