#include "claimtrack/text/language.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace claimtrack::text {

namespace {

struct Counts {
    std::size_t latin = 0;
    std::size_t cyrillic = 0;
    double uk = 0.0; ///< evidence for Ukrainian
    double ru = 0.0; ///< evidence for Russian
};

void count_letter(UChar32 c, Counts& n) {
    if (c >= 0x0400 && c <= 0x04FF) {
        ++n.cyrillic;
        const UChar32 l = u_tolower(c);
        if (l == 0x0456 || l == 0x0457 || l == 0x0454 || l == 0x0491) n.uk += 1.0; // і ї є ґ
        if (l == 0x044B || l == 0x044D || l == 0x044A || l == 0x0451) n.ru += 1.0; // ы э ъ ё
    } else if (u_isalpha(c)) {
        ++n.latin;
    }
}

/// Whole-word function words that one language uses and the other does not.
void count_word(std::string_view w, Counts& n) {
    if (w.size() > 10) return; // longer than "також" and "также"
    static constexpr std::array<std::string_view, 10> k_uk{"та", "що", "як", "від", "під", "це", "до", "його", "також", "був"};
    static constexpr std::array<std::string_view, 10> k_ru{"и", "что", "как", "от", "под", "это", "его", "также", "был", "не"};
    for (auto u : k_uk)
        if (w == u) n.uk += 2.0;
    for (auto r : k_ru)
        if (w == r) n.ru += 2.0;
}

constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
constexpr std::uint64_t k_highs = 0x8080808080808080ULL;

/// Of eight ASCII bytes (in memory order, little-endian), the high bit of
/// each that is a letter: (byte | 0x20) in 'a'..'z'.
std::uint64_t ascii_letters(std::uint64_t w) {
    const std::uint64_t folded = w | (k_ones * 0x20);
    // Per byte, on seven bits (no carries between bytes): high bit of x + (0x80 - lo) is x >= lo.
    return (folded + k_ones * (0x80 - 'a')) & ~(folded + k_ones * (0x80 - 'z' - 1)) & k_highs;
}

/// The two-byte Cyrillic letters U+0400..U+045F (the Russian and Ukrainian alphabets) by
/// (lead byte & 1) * 64 + (continuation byte & 0x3F), leads 0xD0 and 0xD1: the lower-case
/// form's bytes and whether the letter is Ukrainian-only (і ї є) or Russian-only (ы э ъ ё).
struct CyrillicLetter {
    unsigned char lower[2] = {0, 0};
    bool letter = false; ///< U+0400..U+045F (0xD1 0xA0.. is beyond)
    unsigned char uk = 0, ru = 0;
};

constexpr std::array<CyrillicLetter, 128> k_cyrillic_letters = [] {
    std::array<CyrillicLetter, 128> table{};
    for (unsigned k = 0; k < 128; ++k) {
        const unsigned c = 0x0400 + k; // lead 0xD0: U+0400..U+043F; lead 0xD1: U+0440..U+047F
        if (c > 0x045F) continue;
        const unsigned l = c < 0x0410 ? c + 0x50 : c < 0x0430 ? c + 0x20 : c;
        table[k].lower[0] = static_cast<unsigned char>(0xC0 | (l >> 6));
        table[k].lower[1] = static_cast<unsigned char>(0x80 | (l & 0x3F));
        table[k].letter = true;
        table[k].uk = (l == 0x0456 || l == 0x0457 || l == 0x0454) ? 1 : 0;
        table[k].ru = (l == 0x044B || l == 0x044D || l == 0x044A || l == 0x0451) ? 1 : 0;
    }
    return table;
}();

/// True when the eight bytes `w` (in memory order, little-endian) are four two-byte
/// characters with lead bytes 0xD0 or 0xD1.
bool four_d0_d1_characters(std::uint64_t w) { return (w & 0xC0FEC0FEC0FEC0FEULL) == 0x80D080D080D080D0ULL; }

} // namespace

std::string detect_language(std::string_view text) {
    Counts n;
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    const auto len = static_cast<int32_t>(text.size());
    // The current word, lower-cased, while it can still be a function word
    // (at most k_max_word bytes; a longer one is only marked too long).
    constexpr std::size_t k_max_word = 16;
    char word[k_max_word];
    std::size_t word_size = 0;
    bool too_long = false;
    auto add_to_word = [&](const char* bytes, std::size_t size) {
        if (word_size + size > k_max_word) {
            too_long = true;
            return;
        }
        std::memcpy(word + word_size, bytes, size);
        word_size += size;
    };
    // A word with a letter outside Cyrillic can be no function word: it is
    // not spelt out (ASCII letters, the bulk of English text, take the fast path).
    bool foreign = false;
    auto end_word = [&] {
        if (word_size > 0 && !foreign && !too_long) count_word(std::string_view(word, word_size), n);
        word_size = 0;
        too_long = false;
        foreign = false;
    };
    for (int32_t i = 0; i < len;) {
        if (std::endian::native == std::endian::little && i + 8 <= len) {
            // Eight ASCII bytes at once, as the byte loop below would take them:
            // letters counted, the word ended at the first other byte.
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & k_highs) == 0) {
                const std::uint64_t letters = ascii_letters(w);
                n.latin += static_cast<std::size_t>(std::popcount(letters));
                if (letters == k_highs) {
                    foreign = true;
                } else {
                    // A letter before the first other byte makes the word foreign.
                    if ((letters & ((k_highs & ~letters) - 1)) != 0) foreign = true;
                    end_word();
                    foreign = (letters >> 63) != 0; // a word still open at the last byte
                }
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80) {
            const uint8_t a = p[i++];
            if ((a | 0x20) >= 'a' && (a | 0x20) <= 'z') { // u_isalpha for ASCII
                ++n.latin;
                foreign = true;
            } else {
                end_word();
            }
            continue;
        }
        if (std::endian::native == std::endian::little && i + 8 <= len) {
            // Four Russian or Ukrainian letters at once, as the letter path below takes them.
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if (four_d0_d1_characters(w)) {
                const CyrillicLetter* l[4];
                bool letters = true;
                for (int k = 0; k < 4; ++k) {
                    const auto lead = static_cast<unsigned>(w >> (16 * k)) & 1U;
                    const auto trail = static_cast<unsigned>(w >> (16 * k + 8)) & 0x3FU;
                    l[k] = &k_cyrillic_letters[lead * 64 + trail];
                    letters = letters && l[k]->letter;
                }
                if (letters) {
                    i += 8;
                    n.cyrillic += 4;
                    n.uk += l[0]->uk + l[1]->uk + l[2]->uk + l[3]->uk;
                    n.ru += l[0]->ru + l[1]->ru + l[2]->ru + l[3]->ru;
                    if (!foreign) {
                        if (word_size + 8 > k_max_word) {
                            too_long = true; // as a letter-by-letter add would find
                        } else {
                            for (int k = 0; k < 4; ++k) std::memcpy(word + word_size + 2 * k, l[k]->lower, 2);
                            word_size += 8;
                        }
                    }
                    continue;
                }
            }
        }
        if ((p[i] == 0xD0 || p[i] == 0xD1) && i + 1 < len && (p[i + 1] & 0xC0) == 0x80) {
            // U+0400..U+047F: the Russian and Ukrainian alphabets (all
            // letters up to U+045F), lower-cased by hand.
            const UChar32 c = ((p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F);
            if (c <= 0x045F) {
                i += 2;
                const UChar32 l = c < 0x0410 ? c + 0x50 : c < 0x0430 ? c + 0x20 : c;
                ++n.cyrillic;
                if (l == 0x0456 || l == 0x0457 || l == 0x0454) n.uk += 1.0; // і ї є
                if (l == 0x044B || l == 0x044D || l == 0x044A || l == 0x0451) n.ru += 1.0; // ы э ъ ё
                if (!foreign) {
                    const char bytes[2] = {static_cast<char>(0xC0 | (l >> 6)), static_cast<char>(0x80 | (l & 0x3F))};
                    add_to_word(bytes, 2);
                }
                continue;
            }
        }
        UChar32 c;
        U8_NEXT(p, i, len, c);
        if (c < 0) continue;
        if (u_isalpha(c)) {
            count_letter(c, n);
            if (c < 0x0400 || c > 0x04FF) {
                foreign = true;
                continue;
            }
            if (foreign) continue;
            char buf[4];
            int32_t k = 0;
            UBool err = false;
            U8_APPEND(reinterpret_cast<uint8_t*>(buf), k, 4, u_tolower(c), err);
            if (!err) add_to_word(buf, static_cast<std::size_t>(k));
        } else {
            end_word();
        }
    }
    end_word();

    if (n.latin + n.cyrillic < 20) return "";
    if (n.cyrillic * 2 < n.latin) return "en";
    return n.uk >= n.ru ? "uk" : "ru";
}

} // namespace claimtrack::text
