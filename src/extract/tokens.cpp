#include "tokens.hpp"

#include "claimtrack/extract/extractor.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace claimtrack::extract {

namespace {

constexpr std::string_view k_quote = "\"";
constexpr std::string_view k_apos = "'";
constexpr std::string_view k_dash = "-";
constexpr std::string_view k_poss = "'s";
constexpr std::string_view k_ellipsis = "...";

/// ASCII letters and digits, by byte: a table, because the tokenizer asks about every byte of
/// prose and three range tests branch unpredictably on it.
constexpr std::array<bool, 256> k_ascii_alnum = [] {
    std::array<bool, 256> table{};
    for (unsigned c = 0; c < 256; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return table;
}();

bool ascii_alnum(unsigned char c) { return k_ascii_alnum[c]; }

/// True when the eight bytes `v` (in memory order) are four two-byte Cyrillic letters (a lead
/// byte 0xD0..0xD3, then a continuation byte): a Russian or Ukrainian word is read four letters
/// at a time.
bool four_cyrillic_letters(std::uint64_t v) {
    constexpr bool little = std::endian::native == std::endian::little;
    constexpr std::uint64_t mask = little ? 0xC0FCC0FCC0FCC0FCULL : 0xFCC0FCC0FCC0FCC0ULL;
    constexpr std::uint64_t want = little ? 0x80D080D080D080D0ULL : 0xD080D080D080D080ULL;
    return (v & mask) == want;
}

/// How many of the eight bytes `v` (in memory order) start with a run of ASCII letters and
/// digits: an English word is read a word at a time instead of a byte at a time.
std::size_t ascii_alnum_prefix(std::uint64_t v) {
    constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
    constexpr std::uint64_t k_highs = 0x8080808080808080ULL;
    if constexpr (std::endian::native != std::endian::little) {
        std::size_t k = 0;
        while (k < 8 && ascii_alnum(static_cast<unsigned char>(v >> (56 - 8 * k)))) ++k;
        return k;
    } else {
        // Per byte, on the low seven bits (no sum carries into the next byte): the high bit of
        // `x + (0x80 - lo)` is set when x >= lo. Setting 0x20 lower-cases letters and keeps
        // digits; the digit test reads the unchanged bytes.
        const std::uint64_t low7 = v & ~k_highs;
        const std::uint64_t folded = low7 | (k_ones * 0x20);
        const std::uint64_t letter = (folded + k_ones * (0x80 - 'a')) & ~(folded + k_ones * (0x80 - 'z' - 1));
        const std::uint64_t digit = (low7 + k_ones * (0x80 - '0')) & ~(low7 + k_ones * (0x80 - '9' - 1));
        const std::uint64_t alnum = (letter | digit) & ~v & k_highs; // and not a byte of a longer character
        const std::uint64_t other = ~alnum & k_highs;
        return other == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(other)) / 8;
    }
}
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/// A multi-byte punctuation mark at `i`: its byte length and normalised text, or 0.
std::size_t multibyte_punct(std::string_view t, std::size_t i, std::string_view& norm) {
    const auto b = [&](std::size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0; };
    if (b(0) == 0xE2 && b(1) == 0x80) {
        switch (b(2)) {
        case 0x98: case 0x99: case 0x9B: norm = k_apos; return 3;          // ‘ ’ ‛
        case 0x9C: case 0x9D: case 0x9E: case 0x9F: norm = k_quote; return 3; // “ ” „ ‟
        case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: norm = k_dash; return 3;
        case 0xA6: norm = k_ellipsis; return 3;
        case 0xA2: norm = "*"; return 3; // bullet
        case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85: case 0x86: case 0x87: case 0x88:
        case 0x89: case 0x8A: case 0xAF: norm = {}; return 3; // U+2000..U+200A, U+202F: thin and other spaces
        default: break;
        }
    }
    if (b(0) == 0xC2 && (b(1) == 0xAB || b(1) == 0xBB)) { norm = k_quote; return 2; } // « »
    if (b(0) == 0xC2 && b(1) == 0xA0) { norm = {}; return 2; }                     // no-break space
    return 0;
}

/// Length of the UTF-8 sequence starting with lead byte `c`.
std::size_t utf8_len(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c >> 5) == 0x6) return 2;
    if ((c >> 4) == 0xE) return 3;
    if ((c >> 3) == 0x1E) return 4;
    return 1;
}

bool word_byte_at(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) return ascii_alnum(c) && !ascii_digit(c);
    if (c != 0xE2 && c != 0xC2) return true; // no multi-byte mark starts otherwise
    std::string_view dummy;
    return multibyte_punct(t, i, dummy) == 0;
}

/// A curly apostrophe (U+2019) at i. Byte tests: this runs after every word.
bool right_quote_at(std::string_view t, std::size_t i) {
    return i + 3 <= t.size() && t[i] == '\xE2' && t[i + 1] == '\x80' && t[i + 2] == '\x99';
}

/// Apostrophe (ASCII or curly) at i: its byte length, else 0.
std::size_t apostrophe_at(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    if (t[i] == '\'') return 1;
    if (right_quote_at(t, i)) return 3;
    return 0;
}

/// A curly apostrophe (U+2019) between two Cyrillic letters.
bool cyrillic_apostrophe(std::string_view t, std::size_t i) {
    if (!right_quote_at(t, i) || i < 2 || i + 4 >= t.size()) return false;
    const auto before = static_cast<unsigned char>(t[i - 2]);
    const auto after = static_cast<unsigned char>(t[i + 3]);
    return before >= 0xD0 && before <= 0xD2 && after >= 0xD0 && after <= 0xD2;
}

/// A two-byte sequence after lower-casing.
struct FoldedPair {
    unsigned char lead = 0, trail = 0;
};

/// Lower-cased two-byte sequences with lead byte 0xD0..0xD2, by (lead - 0xD0) * 256 + trail: a table,
/// because which branch a Cyrillic letter would take is as unpredictable as the text.
constexpr std::array<FoldedPair, 3 * 256> k_fold_cyrillic = [] {
    std::array<FoldedPair, 3 * 256> table{};
    for (unsigned lead = 0xD0; lead <= 0xD2; ++lead)
        for (unsigned d = 0; d < 256; ++d) {
            FoldedPair f{static_cast<unsigned char>(lead), static_cast<unsigned char>(d)};
            if (lead == 0xD0 && d == 0x81) f.trail = 0xB5;                              // Ё -> е
            else if (lead == 0xD0 && d >= 0x90 && d <= 0x9F) f.trail = static_cast<unsigned char>(d + 0x20); // А..П
            else if (lead == 0xD0 && d >= 0xA0 && d <= 0xAF) f = {0xD1, static_cast<unsigned char>(d - 0x20)}; // Р..Я
            else if (lead == 0xD0 && d >= 0x80 && d <= 0x8F) f = {0xD1, static_cast<unsigned char>(d + 0x10)}; // Ѐ..Џ
            else if (lead == 0xD1 && d == 0x91) f = {0xD0, 0xB5};                       // ё -> е
            else if (lead == 0xD2 && d == 0x90) f.trail = 0x91;                          // Ґ -> ґ
            table[(lead - 0xD0) * 256 + d] = f;
        }
    return table;
}();

/// Hash of a word, eight bytes at a time (a multiply per byte would cost more than the
/// table lookup it serves). The bytes after the last full eight are read as an eight-byte
/// word ending with the word's last byte, and a word shorter than eight bytes as two
/// overlapping four-byte words (or its first, middle and last byte): fixed loads instead of a
/// loop over the tail, which most words, being short, are all tail. The loads cover every
/// byte, and the size seeds the hash.
std::uint64_t word_hash(std::string_view s) {
    constexpr std::uint64_t k_mul = 0x9E3779B97F4A7C15ULL;
    const std::size_t n = s.size();
    const char* p = s.data();
    std::uint64_t h = n * k_mul;
    std::uint64_t v = 0;
    if (n >= 8) {
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            std::memcpy(&v, p + i, 8);
            h = (h ^ v) * k_mul;
            h ^= h >> 32;
        }
        if (i == n) return h ^ (h >> 29);
        std::memcpy(&v, p + n - 8, 8);
    } else if (n >= 4) {
        std::uint32_t lo = 0, hi = 0;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        v = lo | (static_cast<std::uint64_t>(hi) << 32);
    } else if (n > 0) {
        const auto byte = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
        v = byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
    }
    h = (h ^ v) * k_mul;
    return h ^ (h >> 29);
}

/// True when the `n` bytes at `a` and `b` are equal. Inline, eight bytes at a time: the words
/// compared are short, and a call to memcmp per token cost more than the comparison.
bool same_bytes(const char* a, const char* b, std::size_t n) {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x = 0, y = 0;
        std::memcpy(&x, a + i, 8);
        std::memcpy(&y, b + i, 8);
        if (x != y) return false;
    }
    for (; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

} // namespace

std::string fold_lower(std::string_view text) {
    std::string out(text);
    // Through a local pointer: stores through std::string::operator[] may alias the string's own
    // pointer and size, which the compiler would then reload for every byte.
    char* const s = out.data();
    const std::size_t n = out.size();
    constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
    constexpr std::uint64_t k_highs = 0x8080808080808080ULL;
    std::size_t i = 0;
    while (i < n) {
        // Eight ASCII bytes at once, the common case of English prose. With every byte below 0x80
        // no sum carries into the next byte: the high bit of each byte of `at_least_a` is set
        // when it is 'A' or above, and that of `above_z` when it is above 'Z'.
        if (i + 8 <= n) {
            std::uint64_t v = 0;
            std::memcpy(&v, s + i, 8);
            if ((v & k_highs) == 0) {
                const std::uint64_t at_least_a = v + k_ones * (0x80 - 'A');
                const std::uint64_t above_z = v + k_ones * (0x80 - 'Z' - 1);
                v |= (at_least_a & ~above_z & k_highs) >> 2; // 0x20 on each capital
                std::memcpy(s + i, &v, 8);
                i += 8;
                continue;
            }
            // Four two-byte letters (a Russian or Ukrainian word), each through the table as below.
            if (four_cyrillic_letters(v)) {
                for (std::size_t k = i; k < i + 8; k += 2) {
                    const auto c = static_cast<unsigned char>(s[k]);
                    if (c > 0xD2) continue; // U+04C0..U+04FF: no capital the table folds
                    const FoldedPair f = k_fold_cyrillic[(c - 0xD0) * 256U + static_cast<unsigned char>(s[k + 1])];
                    s[k] = static_cast<char>(f.lead);
                    s[k + 1] = static_cast<char>(f.trail);
                }
                i += 8;
                continue;
            }
        }
        // Byte by byte to the end of the eight (or one past it, for a letter across their end).
        for (const std::size_t end = std::min(n, i + 8); i < end; ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c < 0x80) {
                // Branch-free: capitals are too frequent and too irregular to predict.
                s[i] = static_cast<char>(c | (static_cast<unsigned>(c - 'A') < 26U ? 0x20 : 0));
            } else if (c >= 0xD0 && c <= 0xD2 && i + 1 < n) {
                const FoldedPair f = k_fold_cyrillic[(c - 0xD0) * 256U + static_cast<unsigned char>(s[i + 1])];
                s[i] = static_cast<char>(f.lead);
                s[i + 1] = static_cast<char>(f.trail);
                ++i;
            }
        }
    }
    return out;
}

bool capital_at(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c >= 'A' && c <= 'Z') return true;
    if (i + 1 >= t.size()) return false;
    const auto d = static_cast<unsigned char>(t[i + 1]);
    return (c == 0xD0 && d >= 0x80 && d <= 0xAF) || (c == 0xD2 && d == 0x90);
}

std::vector<Token> tokenize(std::string_view text, std::size_t offset, std::string_view lowered) {
    std::vector<Token> out;
    out.reserve(text.size() / 5 + 4);
    tokenize(text, offset, lowered, out);
    return out;
}

void tokenize(std::string_view text, std::size_t offset, std::string_view low, std::vector<Token>& out) {
    // `out` may hold an earlier sentence's tokens: a possessive joins only a token of this one.
    const std::size_t first = out.size();
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c <= ' ') { ++i; continue; }
        std::string_view pn;
        // Only lead bytes 0xE2 and 0xC2 start a multi-byte mark: no call for the other tokens.
        if (const std::size_t len = c == 0xE2 || c == 0xC2 ? multibyte_punct(text, i, pn) : 0) {
            if (pn.empty()) { i += len; continue; } // no-break space
            // "’s" possessive.
            if (pn == k_apos && i + len < n && (text[i + len] == 's' || text[i + len] == 'S') &&
                (i + len + 1 >= n || !word_byte_at(text, i + len + 1)) && out.size() > first && out.back().span.end == offset + i) {
                out.push_back({{offset + i, offset + i + len + 1}, k_poss, true, false, false});
                i += len + 1;
                continue;
            }
            out.push_back({{offset + i, offset + i + len}, pn, false, false, false});
            i += len;
            continue;
        }
        if (ascii_digit(c)) {
            std::size_t j = i + 1;
            while (j < n && (ascii_digit(static_cast<unsigned char>(text[j])) ||
                             ((text[j] == ',' || text[j] == '.') && j + 1 < n &&
                              ascii_digit(static_cast<unsigned char>(text[j + 1])))))
                ++j;
            out.push_back({{offset + i, offset + j}, low.substr(i, j - i), false, true, false});
            i = j;
            continue;
        }
        if (c >= 0x80 || ascii_alnum(c)) {
            std::size_t j = i;
            while (j < n) {
                if (j + 8 <= n) {
                    std::uint64_t v = 0;
                    std::memcpy(&v, text.data() + j, 8);
                    if (four_cyrillic_letters(v)) { j += 8; continue; }
                    const std::size_t run = ascii_alnum_prefix(v);
                    j += run;
                    if (run == 8) continue;
                }
                const auto d = static_cast<unsigned char>(text[j]);
                if (d < 0x80) {
                    if (ascii_alnum(d)) { ++j; continue; }
                    // Inner apostrophe not starting a possessive: Mar'inka.
                    if (d == '\'' && j + 1 < n && word_byte_at(text, j + 1) &&
                        !((text[j + 1] == 's' || text[j + 1] == 'S') && (j + 2 >= n || !word_byte_at(text, j + 2)))) {
                        ++j;
                        continue;
                    }
                    break;
                }
                if (d >= 0xD0 && d <= 0xD3) { j += 2; continue; } // a Cyrillic letter, the common case
                std::string_view dummy;
                if (multibyte_punct(text, j, dummy)) {
                    // Ukrainian apostrophe inside a word: "п’ять", "об’єкт".
                    if (!cyrillic_apostrophe(text, j)) break;
                    j += 3;
                    continue;
                }
                j += utf8_len(d);
            }
            j = std::min(j, n);
            out.push_back({{offset + i, offset + j}, low.substr(i, j - i), true, false, capital_at(text, i)});
            i = j;
            if (const std::size_t a = apostrophe_at(text, i);
                a && i + a < n && (text[i + a] == 's' || text[i + a] == 'S') &&
                (i + a + 1 >= n || !word_byte_at(text, i + a + 1))) {
                out.push_back({{offset + i, offset + i + a + 1}, k_poss, true, false, false});
                i += a + 1;
            }
            continue;
        }
        out.push_back({{offset + i, offset + i + 1}, low.substr(i, 1), false, false, false});
        ++i;
    }
}

std::vector<std::string> phrase_words(std::string_view phrase) {
    // The tables write a possessive as a word of its own ("russia 's army"); in text it joins the word
    // before it ("Russia's"), and only joined does the tokenizer read it as one token "'s".
    std::string joined(phrase);
    for (std::size_t at = joined.find(" 's"); at != std::string::npos; at = joined.find(" 's", at)) joined.erase(at, 1);
    const std::string lowered = fold_lower(joined);
    std::vector<std::string> words;
    for (const Token& t : tokenize(joined, 0, lowered)) words.emplace_back(t.norm);
    return words;
}

std::uint32_t Vocabulary::new_matcher_bit() {
    if (m_matcher_bits == ~0U) throw ExtractError("Vocabulary: more than 32 phrase matchers");
    const std::uint32_t bit = (m_matcher_bits + 1) & ~m_matcher_bits; // the lowest bit not handed out
    m_matcher_bits |= bit;
    return bit;
}

std::size_t Vocabulary::slot_of(std::string_view word, std::uint64_t hash) const {
    const std::size_t mask = m_slots.size() - 1;
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    std::size_t i = hash & mask;
    for (; m_slots[i].id != k_unknown; i = (i + 1) & mask) {
        if (m_slots[i].tag != tag) continue;
        const Word& w = m_words[m_slots[i].id - 1];
        if (w.text_size == word.size() && same_bytes(m_text.data() + w.text_begin, word.data(), word.size())) break;
    }
    return i;
}

void Vocabulary::grow() {
    m_slots.assign(m_slots.empty() ? 1024 : m_slots.size() * 2, Slot{});
    for (std::uint32_t id = 1; id <= m_words.size(); ++id) {
        const std::string_view text = text_of(m_words[id - 1]);
        const std::uint64_t hash = word_hash(text);
        m_slots[slot_of(text, hash)] = {id, static_cast<std::uint32_t>(hash >> 32)};
    }
}

std::uint32_t Vocabulary::intern(std::string_view word) {
    if (4 * (m_words.size() + 1) > m_slots.size()) grow();
    const std::uint64_t hash = word_hash(word);
    Slot& slot = m_slots[slot_of(word, hash)];
    if (slot.id == k_unknown) {
        m_words.push_back({static_cast<std::uint32_t>(m_text.size()), static_cast<std::uint32_t>(word.size()), 0});
        m_text += word;
        slot = {static_cast<std::uint32_t>(m_words.size()), static_cast<std::uint32_t>(hash >> 32)};
        if (word.size() == 1) m_byte_words[static_cast<unsigned char>(word[0])] = slot.id;
    }
    return slot.id;
}

std::uint32_t Vocabulary::find(std::string_view word) const {
    if (word.size() == 1) return m_byte_words[static_cast<unsigned char>(word[0])];
    if (m_slots.empty()) return k_unknown;
    return m_slots[slot_of(word, word_hash(word))].id;
}

void Vocabulary::label(std::span<Token> tokens) const {
    for (Token& t : tokens) {
        t.word_id = find(t.norm);
        t.phrase_starts = t.word_id == k_unknown ? 0 : m_words[t.word_id - 1].starts;
    }
}

void PhraseMatcher::add(std::string_view phrase, std::uint32_t payload, Vocabulary& vocabulary) {
    const std::vector<std::string> words = phrase_words(phrase);
    if (words.empty() || words.front() == "*") return;
    std::vector<std::uint32_t> ids;
    for (const auto& w : words) ids.push_back(w == "*" ? k_gap : vocabulary.intern(w));
    const auto number = static_cast<std::uint32_t>(m_payloads.size());
    m_payloads.push_back(payload);

    if (m_bit == 0) m_bit = vocabulary.new_matcher_bit();
    vocabulary.mark_start(ids.front(), m_bit);
    if (ids.front() >= m_first.size()) m_first.resize(ids.front() + 1, 0);
    if (m_first[ids.front()] == 0) {
        m_starts.emplace_back();
        m_first[ids.front()] = static_cast<std::uint32_t>(m_starts.size());
    }
    const std::size_t start = m_first[ids.front()] - 1;

    if (std::find(ids.begin(), ids.end(), k_gap) != ids.end()) {
        GapPhrase gapped{static_cast<std::uint32_t>(m_gap_words.size()), static_cast<std::uint32_t>(ids.size()), number};
        constexpr std::uint32_t k_max_gap = 3; // tokens a gap spans, as match_from() reads it
        for (std::size_t w = 1; w < ids.size(); ++w) {
            if (ids[w] == k_gap) {
                gapped.reach += k_max_gap;
                continue;
            }
            gapped.need = ids[w];
            break;
        }
        m_starts[start].gapped.push_back(gapped);
        m_gap_words.insert(m_gap_words.end(), ids.begin(), ids.end());
        return;
    }
    if (m_starts[start].node == k_none) {
        m_starts[start].node = static_cast<std::uint32_t>(m_nodes.size());
        m_nodes.emplace_back();
    }
    std::uint32_t node = m_starts[start].node;
    for (std::size_t w = 1; w < ids.size(); ++w) {
        auto& next = m_nodes[node].next;
        auto it = std::lower_bound(next.begin(), next.end(), ids[w], [](const auto& e, std::uint32_t id) { return e.first < id; });
        if (it == next.end() || it->first != ids[w]) {
            it = next.insert(it, {ids[w], static_cast<std::uint32_t>(m_nodes.size())});
            node = it->second;
            m_nodes.emplace_back(); // after the last use of `next` and `it`, which it may move
        } else {
            node = it->second;
        }
    }
    if (m_nodes[node].phrase == k_none) m_nodes[node].phrase = number;
}

bool PhraseMatcher::match_from(Tokens tokens, std::size_t pos, const GapPhrase& p, std::size_t w,
                               std::size_t& end) const {
    if (w == p.size) { end = pos; return true; }
    if (m_gap_words[p.begin + w] == k_gap) {
        for (std::size_t gap = 0; gap <= 3 && pos + gap <= tokens.size(); ++gap) {
            if (gap > 0) {
                const std::string_view g = tokens[pos + gap - 1].norm;
                if (g == "." || g == ";" || g == "," || g == ":") return false;
            }
            if (match_from(tokens, pos + gap, p, w + 1, end)) return true;
        }
        return false;
    }
    if (pos >= tokens.size() || tokens[pos].word_id != m_gap_words[p.begin + w]) return false;
    return match_from(tokens, pos + 1, p, w + 1, end);
}

/// The longest of the phrases starting with the word of token `pos` (one does).
bool PhraseMatcher::match_phrases(Tokens tokens, std::size_t pos, PhraseHit& hit) const {
    const Start& start = m_starts[m_first[tokens[pos].word_id] - 1];
    std::uint32_t best = k_none;
    std::size_t best_end = 0;
    const auto consider = [&](std::uint32_t phrase, std::size_t end) {
        if (best == k_none || end > best_end || (end == best_end && phrase < best)) {
            best = phrase;
            best_end = end;
        }
    };
    // Node `node` is reached after tokens [pos, k).
    std::uint32_t node = start.node;
    for (std::size_t k = pos + 1; node != k_none; ++k) {
        const Node& n = m_nodes[node];
        if (n.phrase != k_none) consider(n.phrase, k);
        if (k >= tokens.size()) break;
        const std::uint32_t id = tokens[k].word_id;
        if (id == Vocabulary::k_unknown) break; // a word of no phrase continues none
        const auto it = std::lower_bound(n.next.begin(), n.next.end(), id,
                                         [](const auto& e, std::uint32_t i) { return e.first < i; });
        node = it != n.next.end() && it->first == id ? it->second : k_none;
    }
    for (const GapPhrase& p : start.gapped) {
        if (p.need != k_gap) {
            bool found = false;
            for (std::size_t k = pos + 1, last = std::min(tokens.size(), pos + 2 + p.reach); k < last && !found; ++k)
                found = tokens[k].word_id == p.need;
            if (!found) continue; // the phrase's next word is not within the gaps' reach
        }
        if (std::size_t end = 0; match_from(tokens, pos + 1, p, 1, end)) consider(p.phrase, end);
    }
    if (best == k_none) return false;
    hit = {pos, best_end, m_payloads[best]};
    return true;
}

std::vector<PhraseHit> PhraseMatcher::find_all(Tokens tokens) const {
    std::vector<PhraseHit> hits;
    for_each_match(tokens, [&](const PhraseHit& h) { hits.push_back(h); });
    return hits;
}

} // namespace claimtrack::extract
