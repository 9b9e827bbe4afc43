#include "claimtrack/text/text.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

namespace claimtrack::text {

namespace {

/// Eight bytes (from a character boundary) that are four well-formed two-byte characters: a lead
/// byte 0xC2..0xDF, then a continuation byte, as the byte loop below accepts them one by one.
bool four_two_byte_characters(std::uint64_t w) {
    if constexpr (std::endian::native != std::endian::little) return false;
    if ((w & 0xC0E0C0E0C0E0C0E0ull) != 0x80C080C080C080C0ull) return false; // lead 110xxxxx, then 10xxxxxx
    for (int k = 0; k < 4; ++k) // lead 0xC0 or 0xC1: an overlong form
        if (((w >> (16 * k)) & 0x1E) == 0) return false;
    return true;
}

} // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < n) {
        // ASCII, the bulk of most texts, eight bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
            if (four_two_byte_characters(w)) { // Cyrillic words, four letters at a time
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        // Two-byte characters (Cyrillic, accented Latin) without a decoder call.
        if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        const int32_t at = i;
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) return static_cast<std::size_t>(at);
    }
    return std::nullopt;
}

bool looks_binary(std::string_view s) {
    const std::size_t probe = std::min<std::size_t>(s.size(), 64 * 1024);
    constexpr std::uint64_t k_ones = 0x0101010101010101ull;
    constexpr std::uint64_t k_highs = 0x8080808080808080ull;
    std::size_t control = 0;
    std::size_t i = 0;
    while (i < probe) {
        // Eight bytes at a time while none is below 0x20 (NUL and the other
        // controls): only a line break in a few dozen bytes of prose is.
        if (i + 8 <= probe) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            if (((w - k_ones * 0x20) & ~w & k_highs) == 0) {
                i += 8;
                continue;
            }
        }
        const std::size_t end = std::min(probe, i + 8);
        for (; i < end; ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
        }
    }
    return probe > 0 && control * 100 > probe; // >1 % control characters
}

namespace {

icu::UnicodeString to_unicode(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

void require_utf8(std::string_view s, const char* what) {
    if (auto bad = first_invalid_utf8(s))
        throw TextError(std::string(what) + ": invalid UTF-8 at byte " + std::to_string(*bad));
}

const icu::Normalizer2& normalizer(UNormalization2Mode mode, const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getInstance(nullptr, name, mode, status);
    if (U_FAILURE(status) || n == nullptr)
        throw TextError(std::string("ICU normaliser '") + name + "' unavailable: " + u_errorName(status));
    return *n;
}

bool is_apostrophe(UChar32 c) {
    return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == '`' || c == 0x00B4 ||
           c == 0x02B9 || c == 0x02BB;
}

bool is_soft_or_hard_sign(UChar32 c) {
    return c == 0x044C || c == 0x042C || c == 0x044A || c == 0x042A;
}

} // namespace

std::string nfc(std::string_view s) {
    std::string out(s);
    to_nfc(out);
    return out;
}

namespace {

/// The code points that leave a text NFC whatever surrounds them: NFC
/// quick-check "yes" and combining class 0 (no decomposition, no reordering,
/// nothing composes onto them from behind). Asked of ICU once, for the two-byte
/// range (Latin, Greek, Cyrillic) and General Punctuation (dashes, curly quotes).
struct NfcInert {
    std::array<bool, 0x800> two_byte{};  ///< U+0000..U+07FF
    std::array<bool, 0x100> punctuation{}; ///< U+2000..U+20FF

    NfcInert() {
        const auto inert = [](UChar32 c) {
            return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
        };
        for (UChar32 c = 0; c < 0x800; ++c) two_byte[static_cast<std::size_t>(c)] = inert(c);
        for (UChar32 c = 0; c < 0x100; ++c) punctuation[static_cast<std::size_t>(c)] = inert(0x2000 + c);
    }
};

/// True when `s` is valid UTF-8 made only of ASCII and NfcInert code points:
/// then it is NFC (ICU's quick check would say "yes"), found in one pass with
/// no call per character. False means "ask ICU" (or invalid UTF-8).
bool surely_nfc(std::string_view s) {
    static const NfcInert k_inert; // immutable once built
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    const auto continuation = [&](std::size_t k) { return k < n && (p[k] & 0xC0) == 0x80; };
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) { // ASCII, eight bytes at a time
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
            // Four two-byte characters (a Cyrillic word), looked up without a branch per byte.
            if (four_two_byte_characters(w)) {
                const auto code = [w](int k) {
                    const auto lane = static_cast<unsigned>(w >> (16 * k));
                    return ((lane & 0x1Fu) << 6) | ((lane >> 8) & 0x3Fu);
                };
                if (!(k_inert.two_byte[code(0)] & k_inert.two_byte[code(1)] & k_inert.two_byte[code(2)] &
                      k_inert.two_byte[code(3)]))
                    return false;
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xC2 && c <= 0xDF && continuation(i + 1)) {
            if (!k_inert.two_byte[((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)]) return false;
            i += 2;
        } else if (c == 0xE2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x83 && continuation(i + 2)) {
            if (!k_inert.punctuation[((p[i + 1] & 0x03u) << 6) | (p[i + 2] & 0x3Fu)]) return false;
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

bool surely_valid_nfc(std::string_view s) { return surely_nfc(s); }

void to_nfc(std::string& s) {
    // ASCII, Cyrillic and Latin text with common punctuation, most articles,
    // stops here without a copy or a call into ICU.
    if (surely_nfc(s)) return;
    require_utf8(s, "nfc");
    // ICU's UTF-8 entry points: no UTF-16 copy of the text (it would take twice the article).
    const auto& n = normalizer(UNORM2_COMPOSE, "nfc");
    const icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
    UErrorCode status = U_ZERO_ERROR;
    if (n.isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return;
    status = U_ZERO_ERROR;
    std::string out;
    out.reserve(s.size());
    icu::StringByteSink<std::string> sink(&out);
    n.normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status)) throw TextError(std::string("nfc: ") + u_errorName(status));
    s = std::move(out);
}

std::string fold(std::string_view s) {
    require_utf8(s, "fold");
    UErrorCode status = U_ZERO_ERROR;
    const auto& nfkd = normalizer(UNORM2_DECOMPOSE, "nfkc");
    icu::UnicodeString decomposed = nfkd.normalize(to_unicode(s), status);
    if (U_FAILURE(status)) throw TextError(std::string("fold: ") + u_errorName(status));

    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK || is_apostrophe(c) || is_soft_or_hard_sign(c)) continue;
        if (!u_isalnum(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out.push_back(' ');
            pending_space = false;
        }
        const UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        char buf[4];
        int32_t len = 0;
        UBool err = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, f, err);
        if (err) continue;
        out.append(buf, static_cast<std::size_t>(len));
    }
    return out;
}

bool has_cyrillic(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c >= 0x0400 && c <= 0x052F) return true;
    }
    return false;
}

namespace {

/// Ukraine's national romanisation (Cabinet of Ministers resolution 55, 2010).
/// Є, Ї, Й, Ю, Я are written Ye, Yi, Y, Yu, Ya at the start of a word and
/// ie, i, i, iu, ia elsewhere; "зг" is "zgh"; soft sign and apostrophe are dropped.
std::string romanise_ukrainian_national(std::string_view s) {
    struct Rule { UChar32 c; const char* initial; const char* other; };
    static constexpr Rule k_rules[] = {
        {0x0430, "a", "a"},   {0x0431, "b", "b"},    {0x0432, "v", "v"},   {0x0433, "h", "h"},
        {0x0491, "g", "g"},   {0x0434, "d", "d"},    {0x0435, "e", "e"},   {0x0454, "ye", "ie"},
        {0x0436, "zh", "zh"}, {0x0437, "z", "z"},    {0x0438, "y", "y"},   {0x0456, "i", "i"},
        {0x0457, "yi", "i"},  {0x0439, "y", "i"},    {0x043A, "k", "k"},   {0x043B, "l", "l"},
        {0x043C, "m", "m"},   {0x043D, "n", "n"},    {0x043E, "o", "o"},   {0x043F, "p", "p"},
        {0x0440, "r", "r"},   {0x0441, "s", "s"},    {0x0442, "t", "t"},   {0x0443, "u", "u"},
        {0x0444, "f", "f"},   {0x0445, "kh", "kh"},  {0x0446, "ts", "ts"}, {0x0447, "ch", "ch"},
        {0x0448, "sh", "sh"}, {0x0449, "shch", "shch"}, {0x044E, "yu", "iu"}, {0x044F, "ya", "ia"},
        // Russian letters, should a Russian name reach this system.
        {0x044B, "y", "y"},   {0x044D, "e", "e"},    {0x0451, "yo", "io"},
    };
    const icu::UnicodeString u = to_unicode(s);
    std::string out;
    out.reserve(s.size());
    bool word_start = true;
    UChar32 prev = 0;
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        const UChar32 lower = u_tolower(c);
        if (is_apostrophe(c) || is_soft_or_hard_sign(c)) continue;
        const Rule* rule = nullptr;
        for (const auto& r : k_rules)
            if (r.c == lower) rule = &r;
        if (rule == nullptr) {
            icu::UnicodeString one(c);
            out += to_utf8(one);
            word_start = !u_isalpha(c);
            prev = 0;
            continue;
        }
        std::string piece = (lower == 0x0433 && prev == 0x0437) ? "gh" : (word_start ? rule->initial : rule->other);
        if (c != lower && !piece.empty()) {
            // Upper case: capitalise the first letter only (Shch, Ya), unless the
            // next letter is also upper case (all-caps words).
            const bool next_upper = i < u.length() && u_isupper(u.char32At(i));
            for (std::size_t k = 0; k < piece.size(); ++k)
                if (k == 0 || next_upper) piece[k] = static_cast<char>(std::toupper(piece[k]));
        }
        out += piece;
        word_start = false;
        prev = lower;
    }
    return out;
}

/// ICU transliterators are expensive to create and not documented as safe for
/// concurrent use, so each thread keeps its own, created on first use.
std::string romanise_icu(std::string_view s, const char* id) {
    thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>> cache;
    auto it = cache.find(id);
    if (it == cache.end()) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !t)
            throw TextError(std::string("ICU transliterator '") + id + "' unavailable: " + u_errorName(status));
        it = cache.emplace(id, std::move(t)).first;
    }
    icu::UnicodeString u = to_unicode(s);
    it->second->transliterate(u);
    return to_utf8(u);
}

} // namespace

std::string romanise(std::string_view s, Romanisation system) {
    require_utf8(s, "romanise");
    if (!has_cyrillic(s)) return std::string(s);
    switch (system) {
    case Romanisation::UkrainianNational: return romanise_ukrainian_national(s);
    case Romanisation::UkrainianBgn: return romanise_icu(s, "uk-uk_Latn/BGN");
    case Romanisation::RussianBgn: return romanise_icu(s, "ru-ru_Latn/BGN");
    }
    return std::string(s);
}

} // namespace claimtrack::text
