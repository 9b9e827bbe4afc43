#pragma once
// Private: the Cyrillic word classes of geodata/inflection/words.tsv (stop
// words, given names, titles, patronymic endings, "near" words), held as
// exact keys with their case forms. Immutable after parse(); thread-safe.

#include "inflection.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace claimtrack::gazetteer::detail {

class CyrillicWords {
public:
    CyrillicWords() = default;

    /// \throws GazetteerError naming `source` and the line.
    static CyrillicWords parse(std::string_view tsv, std::string_view source, const Inflector& uk, const Inflector& ru);

    /// All arguments are exact keys (text::fold of the word).
    /// Stop words, including the noun_name class.
    bool stop(const std::string& key) const { return m_stop.count(key) > 0; }
    /// A common noun that is also a village name ("Прогрес"): a stop word
    /// unless a place_cue word stands right before it.
    bool noun_name(const std::string& key) const { return m_noun_names.count(key) > 0; }
    /// "село", "біля", "захопили": the capitalised word after it stands in a settlement's slot.
    bool place_cue(const std::string& key) const { return m_place_cues.count(key) > 0; }
    bool first_name(const std::string& key) const { return m_first_names.count(key) > 0; }
    bool title(const std::string& key) const { return m_titles.count(key) > 0; }
    bool near(const std::string& key) const { return m_near.count(key) > 0; }
    bool region_noun(const std::string& key) const { return m_region_nouns.count(key) > 0; }
    bool direction_noun(const std::string& key) const { return m_direction_nouns.count(key) > 0 || axis_noun(key); }
    /// "напрямок", "направление", "фронт": after an adjective from a town
    /// ("на Бахмутському напрямку"), the pair names a front sector around it.
    bool axis_noun(const std::string& key) const { return m_axis_nouns.count(key) > 0; }
    bool patronymic(const std::string& key) const { return has_ending(m_patronymic_endings, key); }
    bool adjectival(const std::string& key) const { return has_ending(m_adjective_endings, key); }

private:
    std::unordered_set<std::string> m_stop, m_first_names, m_titles, m_near, m_region_nouns, m_direction_nouns,
        m_axis_nouns, m_noun_names, m_place_cues;
    std::vector<std::string> m_patronymic_endings, m_adjective_endings;

    static bool has_ending(const std::vector<std::string>& endings, const std::string& key);
};

} // namespace claimtrack::gazetteer::detail
