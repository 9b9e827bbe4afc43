#pragma once
/// \file
/// Word tokens of news prose (Latin and Cyrillic) and a phrase matcher over them.
/// Private to the extract module.

#include "claimtrack/core/types.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
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
    std::uint32_t word_id = 0;       ///< Vocabulary id of `norm`, 0 when no lexicon phrase uses it
    std::uint32_t phrase_starts = 0; ///< bits of the matchers with a phrase starting with `norm`
};

/// A run of tokens: a sentence's, viewing its document's token buffer.
using Tokens = std::span<const Token>;

/// The words of the lexicon phrases, with dense ids. Each token of prose is looked up once
/// (label()); the phrase matchers then compare integers instead of strings, and a matcher
/// skips a token that starts none of its phrases from the token alone (`phrase_starts`),
/// without a lookup of its own: most tokens start no phrase of most matchers.
/// Thread-safe for concurrent const use.
class Vocabulary {
public:
    /// Id of a word that no lexicon phrase uses.
    static constexpr std::uint32_t k_unknown = 0;

    /// A bit of Token::phrase_starts for a new matcher. \throws ExtractError beyond 32 matchers.
    std::uint32_t new_matcher_bit();
    /// The id of `word`, added when new.
    std::uint32_t intern(std::string_view word);
    /// Records that a phrase of the matcher with bit `matcher_bit` starts with word `id`.
    void mark_start(std::uint32_t id, std::uint32_t matcher_bit) { m_words[id - 1].starts |= matcher_bit; }
    /// The id of `word`, or k_unknown.
    std::uint32_t find(std::string_view word) const;
    /// Sets word_id and phrase_starts of every token from its norm.
    void label(std::span<Token> tokens) const;

private:
    /// A word: where its text is in m_text, and its matcher bits.
    struct Word {
        std::uint32_t text_begin = 0;
        std::uint32_t text_size = 0;
        std::uint32_t starts = 0; ///< matcher bits, as Token::phrase_starts
    };
    /// Open addressing with linear probing in a power-of-two table kept at most a quarter full:
    /// most tokens of prose are no lexicon word, and a miss probes on to an empty slot, which a
    /// sparser table reaches sooner (a few thousand words, so the table stays small). Each slot
    /// keeps the high half of its word's hash, so that a probe compares text only on a hit.
    struct Slot {
        std::uint32_t id = k_unknown; ///< k_unknown: empty
        std::uint32_t tag = 0;
    };
    std::string_view text_of(const Word& w) const { return {m_text.data() + w.text_begin, w.text_size}; }
    /// The slot holding `word`, else the empty slot where it belongs.
    std::size_t slot_of(std::string_view word, std::uint64_t hash) const;
    void grow();
    std::vector<Word> m_words; ///< by id - 1
    std::string m_text;        ///< the words' texts, back to back
    /// Ids of the one-byte words, by byte: punctuation is a good part of prose, and a table
    /// answers for it without hashing.
    std::array<std::uint32_t, 256> m_byte_words{};
    std::vector<Slot> m_slots;
    std::uint32_t m_matcher_bits = 0; ///< bits handed out so far
};

/// Tokenizes `text` (a sentence), whose first byte is at `offset` in the
/// document. `lowered` is fold_lower(text) (same length);
/// the tokens' norms view it, so it must outlive them.
std::vector<Token> tokenize(std::string_view text, std::size_t offset, std::string_view lowered);
/// As above, appending the tokens to `out`: a document's sentences share one buffer.
void tokenize(std::string_view text, std::size_t offset, std::string_view lowered, std::vector<Token>& out);

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
/// The tokens must have been labelled by the vocabulary the phrases were added with.
/// Thread-safe for concurrent const use.
class PhraseMatcher {
public:
    /// Adds `phrase` (split by phrase_words()), interning its words in `vocabulary`.
    void add(std::string_view phrase, std::uint32_t payload, Vocabulary& vocabulary);

    /// True when a phrase starts with the token's word: a match at it is possible.
    bool may_start(const Token& t) const { return t.phrase_starts & m_bit; }
    /// This matcher's bit in Token::phrase_starts (0 while it has no phrase).
    std::uint32_t start_bit() const { return m_bit; }

    /// Longest phrase starting at token `pos`, if any.
    bool match_at(Tokens tokens, std::size_t pos, PhraseHit& hit) const {
        // Inline: most calls are rejected by this test alone.
        return may_start(tokens[pos]) && match_phrases(tokens, pos, hit);
    }

    /// Every non-overlapping longest match, left to right.
    std::vector<PhraseHit> find_all(Tokens tokens) const;

    /// Calls `f(const PhraseHit&)` for each match find_all() would return, in order, without
    /// collecting them: most sentences have none, and those that do keep them elsewhere.
    template <typename F>
    void for_each_match(Tokens tokens, F&& f) const {
        for (std::size_t i = 0; i < tokens.size();) {
            PhraseHit h;
            if (match_at(tokens, i, h)) {
                f(h);
                i = h.last;
            } else {
                ++i;
            }
        }
    }

    bool empty() const { return m_starts.empty(); }

private:
    static constexpr std::uint32_t k_none = static_cast<std::uint32_t>(-1);
    /// A phrase word "*": a gap. No token carries this id.
    static constexpr std::uint32_t k_gap = static_cast<std::uint32_t>(-1);
    /// The phrases are numbered in the order they were added: of two equally long matches, the
    /// one added first wins. Most phrases have no gap and form a trie of word ids, walked once
    /// per position (many phrases share their first words: "the", "russian", "в"); the few with
    /// a gap are tried one by one.
    struct Node {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> next; ///< (word id, node), sorted by id
        std::uint32_t phrase = k_none; ///< the first phrase that ends here
    };
    /// A phrase with a gap: m_gap_words[begin, begin + size), vocabulary ids or k_gap.
    /// `need` is the phrase's first word after its first that is no gap (k_gap when there is
    /// none), `reach` how many tokens the gaps before it may span: a match needs that word
    /// within tokens [pos + 1, pos + 1 + reach], which rejects most tries without a walk.
    struct GapPhrase {
        std::uint32_t begin = 0;
        std::uint32_t size = 0;
        std::uint32_t phrase = 0;
        std::uint32_t need = k_gap;
        std::uint32_t reach = 0;
    };
    /// The phrases starting with one word: the trie node after it (k_none when only phrases with
    /// a gap do), and those with a gap.
    struct Start {
        std::uint32_t node = k_none;
        std::vector<GapPhrase> gapped;
    };
    bool match_phrases(Tokens tokens, std::size_t pos, PhraseHit& hit) const;
    bool match_from(Tokens tokens, std::size_t pos, const GapPhrase& p, std::size_t w,
                    std::size_t& end) const;
    std::uint32_t m_bit = 0; ///< this matcher's bit in Token::phrase_starts, set by the first add()
    std::vector<std::uint32_t> m_payloads; ///< by phrase number
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_gap_words;
    /// m_first[id] is 1 + the index in m_starts of the phrases starting with word `id`, 0 when none
    /// does; ids beyond its end start no phrase.
    std::vector<std::uint32_t> m_first;
    std::vector<Start> m_starts;
};

} // namespace claimtrack::extract
