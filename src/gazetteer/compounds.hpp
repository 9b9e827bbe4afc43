#pragma once
// Private: hyphen- and dash-joined names of lines and roads ("the
// Borova-Pishchane road", "the Siversk–Soledar–Bakhmut line"), which name
// each of their parts, as opposed to real hyphenated names
// (Kamianets-Podilskyi, Huliai-Pole, Novo-Oleksandrivka).

#include "tokens.hpp"

#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace claimtrack::gazetteer::detail {

/// Whether a word (Latin or Cyrillic, as `cyrillic` says) is a name the
/// gazetteer knows.
using IsName = std::function<bool(std::string_view word, bool cyrillic)>;

/// Splits every capitalised word whose parts are joined by hyphens into its
/// parts when the whole word is no known name but each part (capitalised, two
/// letters or more) is one. The parts are tokens of their own, with the
/// hyphen as the gap between them; a possessive stays with the last part.
std::vector<Token> split_hyphen_compounds(std::vector<Token> tokens, const IsName& is_name);

/// The bytes between two tokens join the parts of a compound: one hyphen or
/// dash, no spaces.
bool dash_join(std::string_view gap);

/// The tokens of the dash-joined compound around tokens first..last (both
/// widened over capitalised neighbours joined by dash_join()); first..last
/// themselves when there is none.
std::pair<std::size_t, std::size_t> compound_range(std::string_view text, const std::vector<Token>& tokens,
                                                   std::size_t first, std::size_t last);

} // namespace claimtrack::gazetteer::detail
