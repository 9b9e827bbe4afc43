#pragma once
/// \file
/// Numbers (digits and words), area and distance figures in one sentence.
/// Private to the extract module.

#include "lexicon.hpp"

#include <optional>

namespace claimtrack::extract {

/// A number or a range of numbers read from tokens [first, last).
struct Quantity {
    std::size_t first = 0;
    std::size_t last = 0;
    double min = 0;
    std::optional<double> max; ///< nullopt: open upper bound ("several dozen")
    bool range = false;
};

/// Reads a number at token `pos` ("3,000", "four", "twenty-five", "1.5 million",
/// "several dozen"), or a range ("from four to several dozen", "one to two").
std::optional<Quantity> read_quantity(const Lexicon& lex, Tokens tokens, std::size_t pos);

/// Figures found in one sentence. Spans index the document.
struct SentenceFigures {
    std::vector<core::Area> areas;
    std::vector<std::size_t> area_token; ///< first token of each area (for side attribution)
    std::vector<core::Distance> distances;
    std::vector<std::pair<std::size_t, std::size_t>> offset_anchor_tokens; ///< token range of each offset anchor
};

/// Areas and distances in a tokenized sentence. `text` is the whole document
/// (for surfaces); `mentions` are the sentence's mentions as token ranges
/// paired with their document mention, used to name offset anchors.
struct MentionRef {
    std::size_t first = 0;
    std::size_t last = 0;
    const core::Mention* mention = nullptr;
    bool dateline = false; ///< "KYIV (Reuters) -": where the report was filed, never a claim's fallback place
};
SentenceFigures find_figures(const Lexicon& lex, std::string_view text, Tokens tokens,
                             std::span<const MentionRef> mentions);

} // namespace claimtrack::extract
