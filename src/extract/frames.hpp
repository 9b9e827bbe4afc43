#pragma once
/// \file
/// Claim frames: from an annotated sentence to claims (change, acting side,
/// place or region, claimant, dates, confidence). Private to the extract module.

#include "analysis.hpp"

namespace claimtrack::extract {

/// Appends the claims stated in sentence `s` (index `index` in the document) to `claims`,
/// the claims of the sentences before it. `who` is the
/// sentence's claimant (its own attribution, or one carried from a quote or a
/// pronoun); `ctx` is read and updated (last actor side, pending frames, which of
/// `claims` the last sentence made).
void sentence_claims(const Lexicon& lex, std::string_view text, const Sentence& s, std::size_t index,
                     const std::optional<Attribution>& who, DocContext& ctx, std::vector<core::Claim>& claims);

/// Sets by_side and region of the sentence's area figures from its frames.
void attribute_areas(const Sentence& s, const std::optional<Attribution>& who, const DocContext& ctx,
                     std::vector<core::Area>& areas);

} // namespace claimtrack::extract
