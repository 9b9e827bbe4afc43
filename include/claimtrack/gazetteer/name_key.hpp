#pragma once
/// \file
/// Name keys of the gazetteer: the exact key (case, accent and punctuation
/// folded, script preserved) and the loose "skeleton" key that forgives the
/// usual differences between romanisations of one Cyrillic name
/// (Izyum/Izium, Visokopiylya/Vysokopillia, Marjinka/Maryinka/Mariinka,
/// Avdeevka/Avdiivka endings, Kharkov/Kharkiv...). Pure functions; thread-safe.

#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::gazetteer {

/// Exact key: text::fold() with a fast path for ASCII. "Sukhyi  Stavok" -> "sukhyi stavok".
std::string exact_key(std::string_view name);
/// exact_key(name) appended to `out`: one buffer for the keys of many words.
void append_exact_key(std::string& out, std::string_view name);

/// exact_key(name) written to `out` (room for name.size() bytes: the key is
/// never longer) when the name is ASCII and basic Cyrillic letters, with the
/// key's length; k_no_fast_fold for any other character (use exact_key()).
std::size_t fold_key_fast(std::string_view name, char* out);
inline constexpr std::size_t k_no_fast_fold = static_cast<std::size_t>(-1);

/// Loose key of a Latin name (Cyrillic is romanised first with Ukraine's
/// national system). Two spellings of one name map to the same skeleton.
std::string skeleton_key(std::string_view name);

/// Latin renderings writers use for a Cyrillic name: Ukrainian national,
/// BGN/PCGN (Ukrainian or Russian, chosen by the letters present) and a
/// Russian-based press form. Empty for Latin input.
std::vector<std::string> romanisations(std::string_view cyrillic_name);

/// Levenshtein distance between two byte strings, giving up (returning
/// `limit + 1`) as soon as it exceeds `limit`.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit);

} // namespace claimtrack::gazetteer
