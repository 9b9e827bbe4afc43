// Ukrainian spellings of Russian place names (see ukrainian_forms.hpp).

#include "ukrainian_forms.hpp"

#include <algorithm>
#include <string_view>

namespace claimtrack::gazetteer::detail {

namespace {

bool ends(const std::string& w, std::string_view e) {
    return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

bool vowel(std::string_view letter) {
    static constexpr std::string_view k_vowels[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є"};
    return std::find(std::begin(k_vowels), std::end(k_vowels), letter) != std::end(k_vowels);
}

/// Letters of a Russian stem in Ukrainian spelling (two bytes a Cyrillic letter; others copied).
std::string map_letters(std::string_view stem) {
    std::string out;
    std::string_view prev;
    for (std::size_t i = 0; i < stem.size();) {
        const std::size_t n = (static_cast<unsigned char>(stem[i]) & 0xE0) == 0xC0 && i + 1 < stem.size() ? 2 : 1;
        const std::string_view c = stem.substr(i, n);
        const bool after_vowel = !prev.empty() && vowel(prev);
        const bool at_start = prev.empty() || prev == " " || prev == "-";
        if (c == "ы") out += "и";
        else if (c == "и") out += after_vowel ? "ї" : "і";
        else if (c == "э") out += "е";
        else if (c == "ё") out += after_vowel || at_start ? "йо" : "ьо";
        else if (c == "ъ") out += "'";
        else out += c;
        prev = c;
        i += n;
    }
    return out;
}

/// The Ukrainian endings a Russian word's ending may take, and the stem before it; the word with
/// no ending rule gives itself as stem and an empty ending.
struct Split {
    std::string stem;
    std::vector<std::string> endings;
};

Split split(const std::string& w) {
    struct Rule {
        std::string_view from;
        std::vector<std::string> to;
    };
    static const Rule k_rules[] = {
        {"ская", {"ська"}}, {"цкая", {"цька"}}, {"ское", {"ське"}}, {"цкое", {"цьке"}}, {"ский", {"ський"}},
        {"цкий", {"цький"}}, {"ские", {"ські"}}, {"цкие", {"цькі"}}, {"овка", {"івка"}}, {"евка", {"івка", "ївка"}},
        {"ая", {"а"}}, {"яя", {"я"}}, {"ое", {"е"}}, {"ее", {"є"}}, {"ые", {"і"}}, {"ие", {"і"}}, {"ый", {"ий"}},
        {"ино", {"іне", "іно"}}, {"ово", {"ове", "ово"}}, {"ево", {"еве", "ево"}}, {"ск", {"ськ"}}, {"цк", {"цьк"}},
    };
    for (const auto& r : k_rules)
        if (ends(w, r.from)) return {w.substr(0, w.size() - r.from.size()), r.to};
    return {w, {""}};
}

} // namespace

std::vector<std::string> ukrainian_forms(const std::string& ru) {
    // Words and the separators between them.
    std::vector<std::string> words, seps;
    std::string cur;
    for (char c : ru) {
        if (c == ' ' || c == '-') {
            words.push_back(cur);
            seps.emplace_back(1, c);
            cur.clear();
        } else {
            cur += c;
        }
    }
    words.push_back(cur);
    std::vector<std::string> out = {""};
    for (std::size_t k = 0; k < words.size(); ++k) {
        const Split s = split(words[k]);
        const std::string stem = map_letters(s.stem);
        std::vector<std::string> next;
        for (const auto& prefix : out)
            for (const auto& e : s.endings)
                if (next.size() < k_max_ukrainian_forms) next.push_back(prefix + stem + e + (k < seps.size() ? seps[k] : ""));
        out = std::move(next);
    }
    std::vector<std::string> unique;
    for (auto& f : out)
        if (f != ru && std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(std::move(f));
    return unique;
}

} // namespace claimtrack::gazetteer::detail
