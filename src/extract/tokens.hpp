#pragma once
/// \file
/// Word tokens of English news prose and a phrase matcher over them.
/// Private to the extract module.

#include "claimtrack/core/types.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimtrack::extract {

/// One token: a word, a number, or one punctuation mark. `norm` is the
/// ASCII-lower-cased text ("’s" and "'s" both become "'s"; curly quotes
/// become '"'); it views either the source text's lowered copy or a literal.
struct Token {
    core::Span span;       ///< bytes in the document
    std::string_view norm; ///< normalised text
    bool word = false;     ///< letters (any script)
    bool number = false;   ///< digits, with inner , or .
    bool upper = false;    ///< starts with an ASCII capital letter
};

/// Tokenizes `text` (a sentence), whose first byte is at `offset` in the
/// document. `lowered` receives the lower-cased copy the tokens' norms view,
/// so it must outlive the tokens and is not touched afterwards.
std::vector<Token> tokenize(std::string_view text, std::size_t offset, std::string& lowered);

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
        std::uint32_t payload = 0;
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    bool match_from(const std::vector<Token>& tokens, std::size_t pos, const Phrase& p, std::size_t w,
                    std::size_t& end) const;
    std::unordered_map<std::string, std::vector<Phrase>, Hash, std::equal_to<>> m_by_first;
};

} // namespace claimtrack::extract
