#include "inflection.hpp"
#include "tsv.hpp"

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <algorithm>

namespace claimtrack::gazetteer::detail {

namespace {

constexpr std::size_t k_max_combinations = 32; ///< forms per case of a multi-word name
constexpr std::size_t k_min_stem_bytes = 4;    ///< two Cyrillic letters
constexpr std::size_t k_min_word_bytes = 6;    ///< three Cyrillic letters

/// A word takes a rule's ending when two letters or more stay before it, or,
/// for an ending of two letters or more, when the word has three letters or
/// more: short nouns inflect too (Гай -> Гаю, Поле -> Полі, Ріг -> Розі), yet
/// a one-letter ending never leaves a one-letter stem.
bool stem_fits(std::size_t word_bytes, std::size_t ending_bytes) {
    return word_bytes >= ending_bytes + k_min_stem_bytes ||
           (ending_bytes >= k_min_stem_bytes && word_bytes >= std::max(ending_bytes, k_min_word_bytes));
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// Joins one alternative per word (with `sep`) for every combination, up to the cap.
std::vector<std::string> combine(const std::vector<std::vector<std::string>>& per_word, char sep = ' ') {
    std::vector<std::string> out{std::string()};
    for (std::size_t w = 0; w < per_word.size(); ++w) {
        std::vector<std::string> next;
        for (const auto& prefix : out)
            for (const auto& alt : per_word[w]) {
                if (next.size() >= k_max_combinations) break;
                next.push_back(w == 0 ? alt : prefix + sep + alt);
            }
        out = std::move(next);
    }
    return out;
}

void sort_unique(std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

std::size_t lower_cyrillic_to(std::string_view s, char* out) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    char* o = out;
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            *o++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0 && i + 1 < n) {
            char32_t cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
            if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;
            else if (cp >= 0x0400 && cp <= 0x040F) cp += 0x50;
            else if (cp == 0x0490) cp = 0x0491;
            // As append_utf8: one byte below U+0080, else two (cp < U+0800 here).
            if (cp < 0x80) {
                *o++ = static_cast<char>(cp);
            } else {
                *o++ = static_cast<char>(0xC0 | (cp >> 6));
                *o++ = static_cast<char>(0x80 | (cp & 0x3F));
            }
            i += 2;
            continue;
        }
        *o++ = static_cast<char>(c);
        ++i;
    }
    return static_cast<std::size_t>(o - out);
}

void append_lower_cyrillic(std::string& out, std::string_view s) {
    const std::size_t used = out.size();
    out.resize(used + s.size());
    out.resize(used + lower_cyrillic_to(s, out.data() + used));
}

std::string lower_cyrillic(std::string_view s) {
    std::string out;
    append_lower_cyrillic(out, s);
    return out;
}

bool has_ukrainian_letters(std::string_view s) {
    for (std::string_view l : {"і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ"})
        if (s.find(l) != std::string_view::npos) return true;
    return false;
}

bool has_russian_letters(std::string_view s) {
    for (std::string_view l : {"ы", "э", "ъ", "ё", "Ы", "Э", "Ъ", "Ё"})
        if (s.find(l) != std::string_view::npos) return true;
    return false;
}

Inflector Inflector::parse(std::string_view tsv, std::string_view source) {
    Inflector inf;
    for_each_row(tsv, source, [&](const std::vector<std::string_view>& cols, const std::string& where) {
        if (cols.front() == "@consonants") {
            if (cols.size() < 2) throw GazetteerError(where + ": @consonants needs a list of letters");
            const std::string letters = lower_cyrillic(cols[1]);
            for (std::size_t i = 0; i < letters.size();) {
                const std::size_t len = (static_cast<unsigned char>(letters[i]) & 0xE0) == 0xC0 ? 2 : 1;
                inf.m_consonants.push_back(letters.substr(i, len));
                i += len;
            }
            return;
        }
        if (cols.size() != 1 + k_oblique_cases)
            throw GazetteerError(where + ": expected a nominative ending and " + std::to_string(k_oblique_cases) +
                                 " case columns, got " + std::to_string(cols.size()) + " columns");
        Rule r;
        r.consonant = cols[0] == "+";
        r.ending = r.consonant ? std::string() : lower_cyrillic(cols[0]);
        for (std::size_t c = 0; c < k_oblique_cases; ++c)
            for (std::string_view alt : split(cols[c + 1], '|')) {
                if (alt.empty()) throw GazetteerError(where + ": empty ending in column " + std::to_string(c + 2));
                r.forms[c].push_back(alt == "=" ? r.ending : lower_cyrillic(alt));
            }
        inf.m_rules.push_back(std::move(r));
    });
    std::stable_sort(inf.m_rules.begin(), inf.m_rules.end(),
                     [](const Rule& a, const Rule& b) { return a.ending.size() > b.ending.size(); });
    inf.index_forms();
    return inf;
}

void Inflector::index_forms() {
    for (auto& bucket : m_forms_by_last_byte) bucket.clear();
    for (std::size_t r = 0; r < m_rules.size(); ++r)
        for (std::size_t c = 0; c < k_oblique_cases; ++c)
            for (std::size_t f = 0; f < m_rules[r].forms[c].size(); ++f) {
                const std::string& e = m_rules[r].forms[c][f];
                const auto last = e.empty() ? 0 : static_cast<unsigned char>(e.back());
                m_forms_by_last_byte[last].push_back(
                    {static_cast<std::uint16_t>(r), static_cast<std::uint8_t>(c), static_cast<std::uint16_t>(f)});
            }
}

bool Inflector::ends_in_consonant(std::string_view word) const {
    return std::any_of(m_consonants.begin(), m_consonants.end(), [&](const std::string& c) { return ends_with(word, c); });
}

const Inflector::Rule* Inflector::rule_for(std::string_view word) const {
    for (const auto& r : m_rules) {
        if (r.consonant) {
            if (word.size() >= k_min_stem_bytes && ends_in_consonant(word)) return &r;
            continue;
        }
        if (stem_fits(word.size(), r.ending.size()) && ends_with(word, r.ending)) return &r;
    }
    return nullptr;
}

std::array<std::vector<std::string>, k_oblique_cases> Inflector::word_forms(std::string_view word) const {
    std::array<std::vector<std::string>, k_oblique_cases> out;
    const Rule* r = rule_for(word);
    const std::string_view stem = r ? word.substr(0, word.size() - r->ending.size()) : word;
    for (std::size_t c = 0; c < k_oblique_cases; ++c) {
        if (!r) {
            out[c].emplace_back(word);
            continue;
        }
        for (const auto& e : r->forms[c]) out[c].push_back(std::string(stem) + e);
    }
    return out;
}

std::array<std::vector<std::string>, k_oblique_cases> Inflector::word_lemmas(std::string_view word) const {
    std::array<std::vector<std::string>, k_oblique_cases> out;
    const auto try_forms = [&](const std::vector<FormRef>& forms) {
        for (const FormRef& f : forms) {
            const Rule& r = m_rules[f.rule];
            const std::string& e = r.forms[f.grammatical_case][f.form];
            if (!ends_with(word, e) || word.size() < e.size() + (r.ending.empty() ? k_min_stem_bytes : 0)) continue;
            std::string lemma = std::string(word.substr(0, word.size() - e.size())) + r.ending;
            if (rule_for(lemma) == &r) out[f.grammatical_case].push_back(std::move(lemma));
        }
    };
    try_forms(m_forms_by_last_byte[0]);
    if (!word.empty()) try_forms(m_forms_by_last_byte[static_cast<unsigned char>(word.back())]);
    for (auto& v : out) {
        v.emplace_back(word); // indeclinable reading
        sort_unique(v);
    }
    return out;
}

std::vector<std::string> Inflector::name_forms(std::string_view name) const {
    std::vector<std::string> out;
    if (m_rules.empty()) return out;
    const auto words = split(name, ' ');
    std::vector<std::array<std::vector<std::string>, k_oblique_cases>> forms;
    forms.reserve(words.size());
    for (auto w : words) forms.push_back(hyphenated_word_forms(w));
    for (std::size_t c = 0; c < k_oblique_cases; ++c) {
        std::vector<std::vector<std::string>> per_word;
        for (const auto& f : forms) per_word.push_back(f[c]);
        for (auto& s : combine(per_word))
            if (s != name) out.push_back(std::move(s));
    }
    sort_unique(out);
    return out;
}

/// A word's forms; a hyphen-joined word ("Куп'янськ-Вузловий") also with every part inflected
/// («у Куп'янську-Вузловому», «Куп'янська-Вузлового»), beside the forms with the last part
/// inflected only («Івано-Франківська»).
std::array<std::vector<std::string>, k_oblique_cases> Inflector::hyphenated_word_forms(std::string_view word) const {
    auto out = word_forms(word);
    const auto parts = split(word, '-');
    if (parts.size() < 2 || parts.size() > 3) return out;
    std::vector<std::array<std::vector<std::string>, k_oblique_cases>> per_part;
    for (auto p : parts) {
        if (p.empty()) return out;
        per_part.push_back(word_forms(p));
    }
    for (std::size_t c = 0; c < k_oblique_cases; ++c) {
        std::vector<std::vector<std::string>> alts;
        for (const auto& f : per_part) alts.push_back(f[c]);
        for (auto& s : combine(alts, '-')) out[c].push_back(std::move(s));
        sort_unique(out[c]);
    }
    return out;
}

std::vector<std::string> Inflector::lemmas(std::string_view phrase) const {
    std::vector<std::string> out{std::string(phrase)};
    if (m_rules.empty()) return out;
    const auto words = split(phrase, ' ');
    std::vector<std::array<std::vector<std::string>, k_oblique_cases>> lemmas;
    for (auto w : words) lemmas.push_back(word_lemmas(w));
    for (std::size_t c = 0; c < k_oblique_cases; ++c) {
        std::vector<std::vector<std::string>> per_word;
        for (const auto& l : lemmas) per_word.push_back(l[c]);
        for (auto& s : combine(per_word)) out.push_back(std::move(s));
    }
    sort_unique(out);
    return out;
}

} // namespace claimtrack::gazetteer::detail
