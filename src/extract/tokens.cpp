#include "tokens.hpp"

#include <algorithm>

namespace claimtrack::extract {

namespace {

constexpr std::string_view k_quote = "\"";
constexpr std::string_view k_apos = "'";
constexpr std::string_view k_dash = "-";
constexpr std::string_view k_poss = "'s";
constexpr std::string_view k_ellipsis = "...";

bool ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
    std::string_view dummy;
    return multibyte_punct(t, i, dummy) == 0;
}

/// Apostrophe (ASCII or curly) at i: its byte length, else 0.
std::size_t apostrophe_at(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    if (t[i] == '\'') return 1;
    if (t.compare(i, 3, "\xE2\x80\x99") == 0) return 3;
    return 0;
}

/// A curly apostrophe (U+2019) between two Cyrillic letters.
bool cyrillic_apostrophe(std::string_view t, std::size_t i) {
    if (t.compare(i, 3, "\xE2\x80\x99") != 0 || i < 2 || i + 4 >= t.size()) return false;
    const auto before = static_cast<unsigned char>(t[i - 2]);
    const auto after = static_cast<unsigned char>(t[i + 3]);
    return before >= 0xD0 && before <= 0xD2 && after >= 0xD0 && after <= 0xD2;
}

} // namespace

std::string fold_lower(std::string_view text) {
    std::string s(text);
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 'A' && c <= 'Z') { s[i] = static_cast<char>(c - 'A' + 'a'); continue; }
        if (c < 0xD0 || c > 0xD2 || i + 1 >= n) continue;
        const auto d = static_cast<unsigned char>(s[i + 1]);
        if (c == 0xD0 && d == 0x81) { s[i + 1] = '\xB5'; }                          // Ё -> е
        else if (c == 0xD0 && d >= 0x90 && d <= 0x9F) s[i + 1] = static_cast<char>(d + 0x20); // А..П
        else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) { s[i] = '\xD1'; s[i + 1] = static_cast<char>(d - 0x20); } // Р..Я
        else if (c == 0xD0 && d >= 0x80 && d <= 0x8F) { s[i] = '\xD1'; s[i + 1] = static_cast<char>(d + 0x10); } // Ѐ..Џ
        else if (c == 0xD1 && d == 0x91) { s[i] = '\xD0'; s[i + 1] = '\xB5'; }        // ё -> е
        else if (c == 0xD2 && d == 0x90) s[i + 1] = '\x91';                          // Ґ -> ґ
        ++i;
    }
    return s;
}

bool capital_at(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c >= 'A' && c <= 'Z') return true;
    if (i + 1 >= t.size()) return false;
    const auto d = static_cast<unsigned char>(t[i + 1]);
    return (c == 0xD0 && d >= 0x80 && d <= 0xAF) || (c == 0xD2 && d == 0x90);
}

std::vector<Token> tokenize(std::string_view text, std::size_t offset, std::string_view low) {
    std::vector<Token> out;
    out.reserve(text.size() / 5 + 4);
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c <= ' ') { ++i; continue; }
        std::string_view pn;
        if (const std::size_t len = multibyte_punct(text, i, pn)) {
            if (pn.empty()) { i += len; continue; } // no-break space
            // "’s" possessive.
            if (pn == k_apos && i + len < n && (text[i + len] == 's' || text[i + len] == 'S') &&
                (i + len + 1 >= n || !word_byte_at(text, i + len + 1)) && !out.empty() && out.back().span.end == offset + i) {
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
                const auto d = static_cast<unsigned char>(text[j]);
                if (d < 0x80) {
                    if (ascii_alnum(d) && !(ascii_digit(d) && false)) { ++j; continue; }
                    // Inner apostrophe not starting a possessive: Mar'inka.
                    if (d == '\'' && j + 1 < n && word_byte_at(text, j + 1) &&
                        !((text[j + 1] == 's' || text[j + 1] == 'S') && (j + 2 >= n || !word_byte_at(text, j + 2)))) {
                        ++j;
                        continue;
                    }
                    break;
                }
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
    for (Token& t : out) t.hash = token_hash(t.norm);
    return out;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
    const std::string lowered = fold_lower(phrase);
    std::vector<std::string> words;
    for (const Token& t : tokenize(phrase, 0, lowered)) words.emplace_back(t.norm);
    return words;
}

void PhraseMatcher::add(std::string_view phrase, std::uint32_t payload) {
    Phrase p{phrase_words(phrase), {}, payload};
    if (p.words.empty() || p.words.front() == "*") return;
    for (const auto& w : p.words) p.hashes.push_back(token_hash(w));
    const std::uint64_t h = p.hashes.front();
    m_first_bits.set(h & 65535);
    auto& buckets = m_by_first[h];
    for (Bucket& b : buckets)
        if (b.first == p.words.front()) {
            b.phrases.push_back(std::move(p));
            return;
        }
    Bucket b{p.words.front(), {}};
    b.phrases.push_back(std::move(p));
    buckets.push_back(std::move(b));
}

bool PhraseMatcher::match_from(const std::vector<Token>& tokens, std::size_t pos, const Phrase& p, std::size_t w,
                               std::size_t& end) const {
    if (w == p.words.size()) { end = pos; return true; }
    if (p.words[w] == "*") {
        for (std::size_t gap = 0; gap <= 3 && pos + gap <= tokens.size(); ++gap) {
            if (gap > 0) {
                const std::string_view g = tokens[pos + gap - 1].norm;
                if (g == "." || g == ";" || g == "," || g == ":") return false;
            }
            if (match_from(tokens, pos + gap, p, w + 1, end)) return true;
        }
        return false;
    }
    if (pos >= tokens.size() || tokens[pos].hash != p.hashes[w] || tokens[pos].norm != p.words[w]) return false;
    return match_from(tokens, pos + 1, p, w + 1, end);
}

bool PhraseMatcher::match_at(const std::vector<Token>& tokens, std::size_t pos, PhraseHit& hit) const {
    const std::uint64_t h = tokens[pos].hash;
    if (!m_first_bits.test(h & 65535)) return false;
    const auto it = m_by_first.find(h);
    if (it == m_by_first.end()) return false;
    bool found = false;
    for (const Bucket& b : it->second) {
        if (b.first != tokens[pos].norm) continue;
        for (const Phrase& p : b.phrases) {
            std::size_t end = 0;
            if (match_from(tokens, pos + 1, p, 1, end) && (!found || end > hit.last)) {
                hit = {pos, end, p.payload};
                found = true;
            }
        }
    }
    return found;
}

std::vector<PhraseHit> PhraseMatcher::find_all(const std::vector<Token>& tokens) const {
    std::vector<PhraseHit> hits;
    for (std::size_t i = 0; i < tokens.size();) {
        PhraseHit h;
        if (match_at(tokens, i, h)) {
            hits.push_back(h);
            i = h.last;
        } else {
            ++i;
        }
    }
    return hits;
}

} // namespace claimtrack::extract
