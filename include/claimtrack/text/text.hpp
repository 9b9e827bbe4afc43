#pragma once
/// \file
/// UTF-8 validation, Unicode normalisation and folding (ICU behind the scenes).
/// All functions are thread-safe (ICU's singletons are read-only after init).

#include "claimtrack/core/error.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace claimtrack::text {

/// Thrown for text that cannot be processed (e.g. invalid UTF-8 passed to nfc()).
class TextError : public Error {
public:
    explicit TextError(const std::string& what) : Error(what) {}
};

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when `s` is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

/// True when `s` contains a NUL byte or a high share of control characters:
/// the signature of a binary file.
bool looks_binary(std::string_view s);

/// True when `s` is valid UTF-8 made only of ASCII and code points that leave a text NFC
/// whatever surrounds them: then first_invalid_utf8() finds nothing and to_nfc() changes
/// neither `s` nor any part of it cut at a character boundary. False says nothing: ask them.
/// One pass, for a reader that would otherwise make both.
bool surely_valid_nfc(std::string_view s);

/// Unicode NFC. \throws TextError on invalid UTF-8.
std::string nfc(std::string_view s);

/// Unicode NFC in place: no copy when `s` is already normalised (ASCII, most
/// text), one output string otherwise (never a UTF-16 copy). \throws TextError
/// on invalid UTF-8, leaving `s` as it was.
void to_nfc(std::string& s);

/// Search key: NFKD, diacritics removed, case-folded, apostrophes and
/// soft signs dropped, punctuation and runs of space collapsed to one space.
/// "Sukhyi  Stavok" and "SUKHY STAVOK" differ only by the y/yi rule, which the
/// gazetteer's own key handles; this one is script-preserving (Cyrillic stays Cyrillic).
std::string fold(std::string_view s);

/// Romanisation systems for Cyrillic names.
enum class Romanisation {
    UkrainianNational, ///< Ukraine's 2010 official system (Kharkiv, Zaporizhzhia)
    UkrainianBgn,      ///< BGN/PCGN for Ukrainian (ICU uk-uk_Latn/BGN)
    RussianBgn,        ///< BGN/PCGN for Russian (ICU ru-ru_Latn/BGN)
};

/// Cyrillic to Latin in the given system; Latin input is returned unchanged.
std::string romanise(std::string_view s, Romanisation system);

/// True when `s` holds at least one Cyrillic letter.
bool has_cyrillic(std::string_view s);

} // namespace claimtrack::text
