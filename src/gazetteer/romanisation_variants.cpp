#include "romanisation_variants.hpp"

#include "tsv.hpp"

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <algorithm>

namespace claimtrack::gazetteer::detail {

namespace {

bool latin_lower(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool word_start(std::string_view s, std::size_t i) { return i == 0 || s[i - 1] == ' '; }
bool word_end(std::string_view s, std::size_t i) { return i == s.size() || s[i] == ' '; }

} // namespace

RomanisationVariants RomanisationVariants::parse(std::string_view tsv, std::string_view source) {
    RomanisationVariants out;
    for_each_row(tsv, source, [&](const std::vector<std::string_view>& cols, const std::string& where) {
        if (cols.size() < 3) throw GazetteerError(where + ": expected 'from<TAB>to<TAB>where', got " + std::to_string(cols.size()) + " column(s)");
        if (!latin_lower(cols[0]) || !latin_lower(cols[1]))
            throw GazetteerError(where + ": 'from' and 'to' must be lower-case Latin letters");
        Rule r{std::string(cols[0]), std::string(cols[1]), Where::Any};
        const std::string_view w = cols[2];
        if (w == "any") r.where = Where::Any;
        else if (w == "start") r.where = Where::Start;
        else if (w == "end") r.where = Where::End;
        else if (w == "inner") r.where = Where::Inner;
        else if (w == "consonant") r.where = Where::Consonant;
        else throw GazetteerError(where + ": unknown position '" + std::string(w) + "' (any, start, end, inner, consonant)");
        out.m_rules.push_back(std::move(r));
    });
    return out;
}

void RomanisationVariants::rewrites(std::string_view key, std::size_t from, bool no_vowel_rules,
                                    std::vector<Rewrite>& out) const {
    for (const auto& r : m_rules) {
        const bool vowel = r.from.size() == 1 && r.where == Where::Inner;
        if (vowel && no_vowel_rules) continue;
        for (std::size_t i = key.find(r.from, from); i != std::string_view::npos; i = key.find(r.from, i + 1)) {
            const std::size_t end = i + r.from.size();
            const bool starts = word_start(key, i), ends = word_end(key, end);
            bool ok = true;
            switch (r.where) {
            case Where::Any: break;
            case Where::Start: ok = starts; break;
            case Where::End: ok = ends; break;
            case Where::Inner: ok = !starts && !ends; break;
            case Where::Consonant: ok = !starts && !ends && !is_vowel(key[i - 1]) && key[i - 1] != ' '; break;
            }
            if (!ok) continue;
            std::string s;
            s.reserve(key.size() + r.to.size());
            s.append(key.substr(0, i)).append(r.to).append(key.substr(end));
            out.push_back({std::move(s), i + r.to.size(), vowel});
        }
    }
}

std::vector<std::string> RomanisationVariants::variants(std::string_view key) const {
    std::vector<Rewrite> one, two;
    rewrites(key, 0, false, one);
    // A second rule only after the first one's letters: each pair of places
    // once, never rewriting a rewrite. Two vowels of one word rewritten
    // (e -> i, o -> i) are another name more often than a Russian spelling,
    // and most of the variants of a long word: not tried.
    for (const auto& r : one) rewrites(r.text, r.after, r.vowel, two);
    std::vector<std::string> out;
    out.reserve(one.size() + two.size());
    for (auto& v : one) out.push_back(std::move(v.text));
    for (auto& v : two) out.push_back(std::move(v.text));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    std::erase(out, std::string(key));
    return out;
}

} // namespace claimtrack::gazetteer::detail
