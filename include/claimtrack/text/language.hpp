#pragma once
/// \file
/// Language identification for the three languages of the corpus.

#include <string>
#include <string_view>

namespace claimtrack::text {

/// "uk", "ru" or "en" from the text itself: the share of Cyrillic letters, the
/// letters only one orthography has (і ї є ґ against ы э ъ ё), and frequent
/// function words. "" when the text has too few letters to tell. Thread-safe.
std::string detect_language(std::string_view text);

} // namespace claimtrack::text
