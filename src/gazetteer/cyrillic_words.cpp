#include "cyrillic_words.hpp"
#include "tsv.hpp"

#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/gazetteer/name_key.hpp"

#include <algorithm>

namespace claimtrack::gazetteer::detail {

namespace {

using ClassMap = std::unordered_map<std::string, unsigned, TransparentHash, std::equal_to<>>;

/// The word and its case forms in both languages, as exact keys, get the classes.
void add_with_forms(ClassMap& map, unsigned classes, std::string_view word, const Inflector& uk, const Inflector& ru) {
    const std::string lower = lower_cyrillic(word);
    map[exact_key(lower)] |= classes;
    for (const Inflector* inf : {&uk, &ru})
        for (const auto& f : inf->name_forms(lower)) map[exact_key(f)] |= classes;
}

} // namespace

CyrillicWords CyrillicWords::parse(std::string_view tsv, std::string_view source, const Inflector& uk,
                                   const Inflector& ru) {
    CyrillicWords w;
    for_each_row(tsv, source, [&](const std::vector<std::string_view>& cols, const std::string& where) {
        if (cols.size() != 2) throw GazetteerError(where + ": expected a class and a list of words");
        unsigned classes = 0;
        if (cols[0] == "stop") classes = Stop;
        else if (cols[0] == "first_name") classes = FirstName;
        else if (cols[0] == "title") classes = Title;
        else if (cols[0] == "near") classes = Near;
        else if (cols[0] == "region_noun") classes = RegionNoun;
        else if (cols[0] == "direction_noun") classes = DirectionNoun;
        else if (cols[0] == "axis_noun") classes = AxisNoun;
        else if (cols[0] == "water_noun") classes = WaterNoun;
        else if (cols[0] == "event_noun") classes = EventNoun;
        else if (cols[0] == "noun_name") classes = NounName | Stop;
        else if (cols[0] == "place_cue") classes = PlaceCue;
        else if (cols[0] == "nonplace_follower") classes = NonplaceFollower;
        else if (cols[0] == "follower_modifier") classes = FollowerModifier;
        else if (cols[0] == "region_follower") classes = RegionFollower;
        else if (cols[0] == "copula") classes = Copula;
        std::vector<std::string>* endings = cols[0] == "patronymic" ? &w.m_patronymic_endings
                                            : cols[0] == "adjective_ending" ? &w.m_adjective_endings : nullptr;
        if (!classes && !endings) throw GazetteerError(where + ": unknown word class '" + std::string(cols[0]) + "'");
        for (std::string_view word : split(cols[1], '|')) {
            if (word.empty()) continue;
            // Not names: no case forms (the rows list every form they need).
            constexpr unsigned k_listed_forms = PlaceCue | NonplaceFollower | FollowerModifier | RegionFollower | Copula;
            if (classes & k_listed_forms) w.m_classes[exact_key(lower_cyrillic(word))] |= classes;
            else if (classes) add_with_forms(w.m_classes, classes, word, uk, ru);
            else endings->push_back(exact_key(lower_cyrillic(word)));
        }
    });
    return w;
}

bool CyrillicWords::has_ending(const std::vector<std::string>& endings, std::string_view key) {
    // The last byte first: it rules out most endings without a comparison call.
    return std::any_of(endings.begin(), endings.end(), [&](const std::string& e) {
        return key.size() > e.size() + 4 && (e.empty() || key.back() == e.back()) &&
               key.substr(key.size() - e.size()) == e;
    });
}

} // namespace claimtrack::gazetteer::detail
