#pragma once
/// \file
/// Word tokens of news prose (Latin and Cyrillic) and a phrase matcher over them.
/// Private to the extract module.

#include "claimtrack/core/types.hpp"

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimtrack::extract {

/// One token: a word, a number, or one punctuation mark. `norm` is the
/// lower-cased text (ASCII and Cyrillic, ё as е) ("’s" and "'s" both become "'s"; curly quotes
/// become '"'); it views either the source text's lowered copy or a literal.
struct Token {
    core::Span span;       ///< bytes in the document
    std::string_view norm; ///< normalised text
    bool word = false;     ///< letters (any script)
    bool number = false;   ///< digits, with inner , or .
    bool upper = false;    ///< starts with an ASCII or Cyrillic capital letter
    std::uint64_t hash = 0; ///< hash of `norm` (see token_hash), for the phrase matchers
};

/// Hash of a token's normalised text (FNV-1a).
inline std::uint64_t token_hash(std::string_view s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
}

/// Tokenizes `text` (a sentence), whose first byte is at `offset` in the
/// document. `lowered` is fold_lower(text) (same length);
/// the tokens' norms view it, so it must outlive them.
std::vector<Token> tokenize(std::string_view text, std::size_t offset, std::string_view lowered);

/// `text` with ASCII and Cyrillic letters lower-cased and ё folded to е;
/// byte length and offsets are kept.
std::string fold_lower(std::string_view text);

/// True when the letter at byte `i` is an ASCII or Cyrillic capital.
bool capital_at(std::string_view text, std::size_t i);

/// Splits a lexicon phrase the way tokenize() splits prose.
std::vector<std::string> phrase_words(std::string_view phrase);

/// A hit of a phrase: tokens [first, last) and the payload the phrase was added with.
struct PhraseHit {
    std::size_t first = 0;
    std::size_t last = 0;
    std::uint32_t payload = 0;
};

/// Longest-match phrase lookup over token sequences. A phrase word "*"
/// matches a gap of 0..3 tokens (not crossing sentence punctuation).
/// Thread-safe for concurrent const use.
class PhraseMatcher {
public:
    void add(std::string_view phrase, std::uint32_t payload);

    /// Longest phrase starting at token `pos`, if any.
    bool match_at(const std::vector<Token>& tokens, std::size_t pos, PhraseHit& hit) const;

    /// Every non-overlapping longest match, left to right.
    std::vector<PhraseHit> find_all(const std::vector<Token>& tokens) const;

    bool empty() const { return m_by_first.empty(); }

private:
    struct Phrase {
        std::vector<std::string> words;
        std::vector<std::uint64_t> hashes; ///< token_hash of each word
        std::uint32_t payload = 0;
    };
    struct Bucket {
        std::string first; ///< the first word shared by the bucket's phrases
        std::vector<Phrase> phrases;
    };
    bool match_from(const std::vector<Token>& tokens, std::size_t pos, const Phrase& p, std::size_t w,
                    std::size_t& end) const;
    /// Phrases by the hash of their first word; a bit set of those hashes rejects most tokens cheaply.
    std::unordered_map<std::uint64_t, std::vector<Bucket>> m_by_first;
    std::bitset<65536> m_first_bits;
};

} // namespace claimtrack::extract
