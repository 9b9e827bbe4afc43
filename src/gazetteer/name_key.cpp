#include "claimtrack/gazetteer/name_key.hpp"

#include "claimtrack/text/text.hpp"

#include <algorithm>
#include <array>

namespace claimtrack::gazetteer {

namespace {

/// Lower-case, undecorated form of a basic Cyrillic letter (U+0400..U+045F,
/// U+0490/U+0491) as text::fold() gives it, 0 for the soft and hard signs.
constexpr char32_t fold_cyrillic_letter(char32_t c) {
    if (c >= 0x0410 && c <= 0x042F) c += 0x20;
    else if (c >= 0x0400 && c <= 0x040F) c += 0x50;
    else if (c == 0x0490) c = 0x0491;
    switch (c) {
    case 0x0450: case 0x0451: return 0x0435; // ѐ ё -> е
    case 0x0453: return 0x0433;              // ѓ -> г
    case 0x0457: return 0x0456;              // ї -> і
    case 0x045C: return 0x043A;              // ќ -> к
    case 0x0439: case 0x045D: return 0x0438; // й ѝ -> и
    case 0x045E: return 0x0443;              // ў -> у
    case 0x044C: case 0x044A: return 0;      // ь ъ
    default: return c;
    }
}

} // namespace

namespace {

/// fold_key_fast() of an ASCII byte: the key's byte (letters lower-cased, digits), 1 for a
/// byte that is dropped (apostrophes), 0 for one that separates words.
constexpr std::array<unsigned char, 128> k_ascii_key = [] {
    std::array<unsigned char, 128> t{};
    for (unsigned c = 0; c < 128; ++c) {
        if (c - 'a' < 26u || c - '0' < 10u) t[c] = static_cast<unsigned char>(c);
        else if (c - 'A' < 26u) t[c] = static_cast<unsigned char>(c + ('a' - 'A'));
        else if (c == '\'' || c == '`') t[c] = 1;
    }
    return t;
}();

/// fold_key_fast() of a two-byte character with lead byte 0xD0..0xD2 (U+0400..U+04BF), by
/// (lead - 0xD0) * 64 + (second byte & 0x3F): its folded two bytes, nothing (the soft and
/// hard signs), or no fast fold (outside the basic letters).
struct CyrillicKey {
    enum Kind : unsigned char { NotBasic, Dropped, Letter } kind = NotBasic;
    unsigned char lead = 0, trail = 0;
};
constexpr std::array<CyrillicKey, 3 * 64> k_cyrillic_key = [] {
    std::array<CyrillicKey, 3 * 64> t{};
    for (char32_t cp = 0x0400; cp < 0x04C0; ++cp) {
        CyrillicKey& k = t[cp - 0x0400];
        const bool basic = (cp >= 0x0400 && cp <= 0x045F) || cp == 0x0490 || cp == 0x0491;
        if (!basic) continue;
        const char32_t f = fold_cyrillic_letter(cp);
        if (f == 0) {
            k.kind = CyrillicKey::Dropped;
            continue;
        }
        k.kind = CyrillicKey::Letter; // two bytes, like every basic Cyrillic letter
        k.lead = static_cast<unsigned char>(0xC0 | (f >> 6));
        k.trail = static_cast<unsigned char>(0x80 | (f & 0x3F));
    }
    return t;
}();

} // namespace

std::size_t fold_key_fast(std::string_view s, char* out) {
    // By tables (k_ascii_key, k_cyrillic_key): every word of every text passes here.
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t size = s.size();
    std::size_t n = 0;
    bool pending_space = false;
    for (std::size_t i = 0; i < size;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            const unsigned char k = k_ascii_key[c];
            if (k > 1) {
                if (pending_space) out[n++] = ' ', pending_space = false;
                out[n++] = static_cast<char>(k);
            } else if (k == 0) {
                pending_space = n > 0;
            }
            continue;
        }
        if ((c & 0xE0) == 0xC0 && i + 1 < size) {
            const unsigned char second = p[i + 1];
            i += 2;
            if (c >= 0xD0 && c <= 0xD2) {
                const CyrillicKey k = k_cyrillic_key[(c - 0xD0) * 64u + (second & 0x3Fu)];
                if (k.kind == CyrillicKey::NotBasic) return k_no_fast_fold;
                if (k.kind == CyrillicKey::Letter) {
                    if (pending_space) out[n++] = ' ', pending_space = false;
                    out[n++] = static_cast<char>(k.lead);
                    out[n++] = static_cast<char>(k.trail);
                }
                continue;
            }
            const char32_t cp = ((c & 0x1Fu) << 6) | (second & 0x3Fu);
            if (cp == 0x02BC || cp == 0x02B9 || cp == 0x02BB) continue; // modifier-letter apostrophes
            return k_no_fast_fold;
        }
        if (c == 0xE2 && i + 2 < size && p[i + 1] == 0x80) {
            const unsigned char b = p[i + 2];
            if (b == 0x99 || b == 0x98) { // ’ ‘
                i += 3;
                continue;
            }
        }
        return k_no_fast_fold;
    }
    return n;
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// Consonant digraphs and single letters that romanisations render differently.
std::string collapse_consonants(std::string_view w) {
    struct Rule { std::string_view from, to; };
    static constexpr std::array<Rule, 12> k_rules{{
        {"shch", "sc"}, {"sch", "sc"}, {"kh", "h"}, {"zh", "z"}, {"ch", "c"}, {"sh", "s"},
        {"ts", "c"},    {"tz", "c"},   {"ck", "k"}, {"g", "h"},  {"j", "y"},  {"w", "v"},
    }};
    std::string out;
    out.reserve(w.size());
    for (std::size_t i = 0; i < w.size();) {
        bool done = false;
        for (const auto& r : k_rules) {
            if (w.substr(i, r.from.size()) == r.from) {
                out += r.to;
                i += r.from.size();
                done = true;
                break;
            }
        }
        if (!done) out.push_back(w[i++]);
    }
    return out;
}

/// Iotated vowels (ya/ia/ja -> a ...) and i/y/ii/iy/yi -> i.
std::string collapse_vowels(std::string_view w) {
    std::string out;
    out.reserve(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        const char next = i + 1 < w.size() ? w[i + 1] : '\0';
        if ((c == 'i' || c == 'y') && (next == 'a' || next == 'e' || next == 'u' || next == 'o')) continue;
        out.push_back(c == 'y' ? 'i' : c);
    }
    return out;
}

std::string squeeze(std::string_view w) {
    std::string out;
    out.reserve(w.size());
    for (char c : w)
        if (out.empty() || out.back() != c) out.push_back(c);
    return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
}

/// Russian and Ukrainian forms of common endings: -ovka/-evka/-ivka,
/// -skoye/-ske, -noye/-ne, -ovo/-eve, -ov/-iv.
std::string unify_endings(std::string w) {
    replace_all(w, "ovk", "ivk");
    replace_all(w, "evk", "ivk");
    replace_all(w, "ovsk", "ivsk");
    replace_all(w, "evsk", "ivsk");
    if (ends_with(w, "oe")) w.erase(w.size() - 2, 1);
    if (w.size() > 4 && w[w.size() - 2] == 'v' && (w.back() == 'o' || w.back() == 'e') &&
        (w[w.size() - 3] == 'o' || w[w.size() - 3] == 'e')) {
        w.replace(w.size() - 3, 3, "ove");
    }
    if (w.size() > 3 && w.back() == 'v' && (w[w.size() - 2] == 'o' || w[w.size() - 2] == 'e'))
        w[w.size() - 2] = 'i';
    return w;
}

/// Adjectival names change gender with the noun writers have in mind
/// (Pylna/Pylne/Pylnaya, Novovoznesenske/-skoye/-ska): drop the ending vowel.
std::string drop_adjective_vowel(std::string w) {
    if (w.size() < 5) return w;
    const char last = w.back();
    if (last != 'e' && last != 'a' && last != 'i') return w;
    const std::string_view stem(w.data(), w.size() - 1);
    if (ends_with(stem, "n") || ends_with(stem, "sk")) w.pop_back();
    return w;
}

std::string skeleton_word(std::string_view word) {
    std::string w = squeeze(collapse_vowels(collapse_consonants(word)));
    return drop_adjective_vowel(squeeze(unify_endings(std::move(w))));
}

} // namespace

void append_exact_key(std::string& out, std::string_view name) {
    const std::size_t start = out.size();
    out.resize(start + name.size());
    if (const std::size_t n = fold_key_fast(name, out.data() + start); n != k_no_fast_fold) {
        out.resize(start + n);
        return;
    }
    out.resize(start);
    out += text::fold(name);
}

std::string exact_key(std::string_view name) {
    std::string out;
    append_exact_key(out, name);
    return out;
}

std::string skeleton_key(std::string_view name) {
    std::string folded;
    if (text::has_cyrillic(name)) folded = exact_key(text::romanise(name, text::Romanisation::UkrainianNational));
    else folded = exact_key(name);
    std::string out;
    out.reserve(folded.size());
    std::size_t start = 0;
    while (start <= folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        if (end > start) out += skeleton_word(std::string_view(folded).substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::vector<std::string> romanisations(std::string_view name) {
    std::vector<std::string> out;
    if (!text::has_cyrillic(name)) return out;
    // Letters only one of the two languages has decide which BGN table applies.
    static constexpr std::array<std::string_view, 8> k_uk_only{"і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ"};
    static constexpr std::array<std::string_view, 8> k_ru_only{"ы", "э", "ъ", "ё", "Ы", "Э", "Ъ", "Ё"};
    const auto has_any = [&](const auto& letters) {
        return std::any_of(letters.begin(), letters.end(),
                           [&](std::string_view l) { return name.find(l) != std::string_view::npos; });
    };
    const bool uk = has_any(k_uk_only);
    const bool ru = has_any(k_ru_only);
    out.push_back(text::romanise(name, text::Romanisation::UkrainianNational));
    if (!ru) out.push_back(text::romanise(name, text::Romanisation::UkrainianBgn));
    if (!uk) {
        std::string bgn = text::romanise(name, text::Romanisation::RussianBgn);
        out.push_back(bgn);
        // Press form: no middle dots, ë as e or yo ("Artyomovsk").
        std::string press = bgn;
        replace_all(press, "·", "");
        std::string yo = press;
        replace_all(press, "ë", "e");
        replace_all(yo, "ë", "yo");
        out.push_back(press);
        if (yo != press) out.push_back(yo);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (diff > limit) return limit + 1;
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], limit + 1);
}

} // namespace claimtrack::gazetteer
