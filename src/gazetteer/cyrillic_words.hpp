#pragma once
// Private: the word classes of geodata/inflection/words.tsv (stop words,
// given names, titles, patronymic endings, "near" words, the nouns a name
// can be the attribute of), held as exact keys with their case forms. Immutable after parse(); thread-safe.

#include "inflection.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimtrack::gazetteer::detail {

/// Hash of std::string keys looked up by std::string_view without a copy.
struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

class CyrillicWords {
public:
    /// Word classes, as bits of classes().
    enum Class : unsigned {
        Stop = 1u << 0,          ///< stop words, including the noun_name class
        NounName = 1u << 1,      ///< a common noun that is also a village name ("Прогрес")
        PlaceCue = 1u << 2,      ///< "село", "біля", "захопили": a settlement's slot follows
        FirstName = 1u << 3,
        Title = 1u << 4,
        Near = 1u << 5,
        RegionNoun = 1u << 6,
        DirectionNoun = 1u << 7,
        AxisNoun = 1u << 8,      ///< "напрямок", "направление", "фронт" (also a direction noun)
        WaterNoun = 1u << 9,     ///< "річка", "река", "берег": the name after it is a river's
        EventNoun = 1u << 10,    ///< "контрнаступ", "операция": an adjective before it names no village
        NonplaceFollower = 1u << 11, ///< "command", «агломерація», «кладовище»: the name before is an attribute
        FollowerModifier = 1u << 12, ///< "operational", "regional": may stand between a name and such a noun
        RegionFollower = 1u << 13,   ///< "front", "update": after an oblast's name, the oblast
        Copula = 1u << 14,           ///< «остаётся», «залишається», "remains": a link verb
    };

    CyrillicWords() = default;

    /// \throws GazetteerError naming `source` and the line.
    static CyrillicWords parse(std::string_view tsv, std::string_view source, const Inflector& uk, const Inflector& ru);

    /// All arguments are exact keys (text::fold of the word).
    /// Every class of the word, in one lookup: the geoparser asks several
    /// questions about each word and keeps the answer.
    unsigned classes(std::string_view key) const {
        const auto it = m_classes.find(key);
        return it == m_classes.end() ? 0u : it->second;
    }
    bool stop(std::string_view key) const { return classes(key) & Stop; }
    /// A common noun that is also a village name ("Прогрес"): a stop word
    /// unless a place_cue word stands right before it.
    bool noun_name(std::string_view key) const { return classes(key) & NounName; }
    bool place_cue(std::string_view key) const { return classes(key) & PlaceCue; }
    bool first_name(std::string_view key) const { return classes(key) & FirstName; }
    bool title(std::string_view key) const { return classes(key) & Title; }
    bool near(std::string_view key) const { return classes(key) & Near; }
    bool region_noun(std::string_view key) const { return classes(key) & RegionNoun; }
    bool direction_noun(std::string_view key) const { return classes(key) & (DirectionNoun | AxisNoun); }
    /// "напрямок", "направление", "фронт": after an adjective from a town
    /// ("на Бахмутському напрямку"), the pair names a front sector around it.
    bool axis_noun(std::string_view key) const { return classes(key) & AxisNoun; }
    bool patronymic(std::string_view key) const { return has_ending(m_patronymic_endings, key); }
    bool adjectival(std::string_view key) const { return has_ending(m_adjective_endings, key); }

private:
    std::unordered_map<std::string, unsigned, TransparentHash, std::equal_to<>> m_classes;
    std::vector<std::string> m_patronymic_endings, m_adjective_endings;

    static bool has_ending(const std::vector<std::string>& endings, std::string_view key);
};

} // namespace claimtrack::gazetteer::detail
