#include "cyrillic_words.hpp"
#include "tsv.hpp"

#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/gazetteer/name_key.hpp"

#include <algorithm>

namespace claimtrack::gazetteer::detail {

namespace {

/// The word and its case forms in both languages, as exact keys.
void add_with_forms(std::unordered_set<std::string>& set, std::string_view word, const Inflector& uk,
                    const Inflector& ru) {
    const std::string lower = lower_cyrillic(word);
    set.insert(exact_key(lower));
    for (const Inflector* inf : {&uk, &ru})
        for (const auto& f : inf->name_forms(lower)) set.insert(exact_key(f));
}

} // namespace

CyrillicWords CyrillicWords::parse(std::string_view tsv, std::string_view source, const Inflector& uk,
                                   const Inflector& ru) {
    CyrillicWords w;
    for_each_row(tsv, source, [&](const std::vector<std::string_view>& cols, const std::string& where) {
        if (cols.size() != 2) throw GazetteerError(where + ": expected a class and a list of words");
        std::unordered_set<std::string>* set = nullptr;
        if (cols[0] == "stop") set = &w.m_stop;
        else if (cols[0] == "first_name") set = &w.m_first_names;
        else if (cols[0] == "title") set = &w.m_titles;
        else if (cols[0] == "near") set = &w.m_near;
        else if (cols[0] == "region_noun") set = &w.m_region_nouns;
        else if (cols[0] == "direction_noun") set = &w.m_direction_nouns;
        else if (cols[0] == "axis_noun") set = &w.m_axis_nouns;
        else if (cols[0] == "noun_name") set = &w.m_noun_names;
        else if (cols[0] == "place_cue") set = &w.m_place_cues;
        std::vector<std::string>* endings = cols[0] == "patronymic" ? &w.m_patronymic_endings
                                            : cols[0] == "adjective_ending" ? &w.m_adjective_endings : nullptr;
        if (!set && !endings) throw GazetteerError(where + ": unknown word class '" + std::string(cols[0]) + "'");
        for (std::string_view word : split(cols[1], '|')) {
            if (word.empty()) continue;
            if (set == &w.m_place_cues) {
                w.m_place_cues.insert(exact_key(lower_cyrillic(word))); // not a name: no case forms
            } else if (set) {
                add_with_forms(*set, word, uk, ru);
                if (set == &w.m_noun_names) add_with_forms(w.m_stop, word, uk, ru);
            }
            else endings->push_back(exact_key(lower_cyrillic(word)));
        }
    });
    return w;
}

bool CyrillicWords::has_ending(const std::vector<std::string>& endings, const std::string& key) {
    return std::any_of(endings.begin(), endings.end(), [&](const std::string& e) {
        return key.size() > e.size() + 4 && key.compare(key.size() - e.size(), e.size(), e) == 0;
    });
}

} // namespace claimtrack::gazetteer::detail
