#pragma once
// Private: the small closed word lists the geoparser uses to tell a place
// name from a metonym, a person, or an English word that is also a village.
// All entries are exact keys (lower case, folded).

#include "word_hash.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <string_view>

namespace claimtrack::gazetteer::detail {

/// A closed word list with a hash table built at compile time: the
/// geoparser asks about nearly every word of a text, and a lookup is one
/// hash, one or two probes and one comparison (a binary search over the
/// longest list costs eight string comparisons).
template <std::size_t N>
class WordList {
public:
    constexpr explicit WordList(const std::array<std::string_view, N>& words) : m_words(words) {
        for (std::size_t i = 0; i < N; ++i) {
            std::size_t slot = word_hash(m_words[i]) & (k_slots - 1);
            while (m_slots[slot] != 0) slot = (slot + 1) & (k_slots - 1);
            m_slots[slot] = static_cast<std::uint16_t>(i + 1);
        }
    }

    constexpr bool contains(std::string_view word) const {
        for (std::size_t slot = word_hash(word) & (k_slots - 1); m_slots[slot] != 0; slot = (slot + 1) & (k_slots - 1))
            if (m_words[m_slots[slot] - 1] == word) return true;
        return false;
    }

private:
    /// A power of two at least twice the list: short probe runs, never full.
    static constexpr std::size_t k_slots = std::bit_ceil(2 * N + 1);
    static_assert(N < 65535, "slots hold 16-bit word numbers");
    std::array<std::string_view, N> m_words;
    std::array<std::uint16_t, k_slots> m_slots{};
};

template <std::size_t N>
constexpr WordList<N> word_list(const std::array<std::string_view, N>& words) {
    return WordList<N>(words);
}

template <std::size_t N>
constexpr bool contains(const WordList<N>& list, std::string_view word) {
    return list.contains(word);
}

/// Capitalised words that are never place names here: function words at the
/// start of a sentence, months and days, titles, and English or transliterated
/// words that GeoNames also has as village names.
inline constexpr auto k_stopwords = word_list(std::to_array<std::string_view>({
    "a", "an", "the", "in", "on", "at", "of", "to", "from", "by", "for", "with", "near", "into", "over", "after",
    "before", "during", "since", "until", "as", "and", "or", "but", "if", "when", "while", "where", "then", "there",
    "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
    "my", "your", "both", "all", "some", "many", "most", "more", "other", "another", "each", "every", "one", "two",
    "three", "four", "five", "no", "not", "yes", "also", "however", "meanwhile", "earlier", "later", "now", "today",
    "yesterday", "tomorrow", "here", "so", "thus", "still", "yet", "about", "around", "outside", "inside", "across",
    "along", "against", "between", "through", "toward", "towards", "under", "upon", "via", "per", "what", "which",
    "who", "whom", "why", "how", "according", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mr", "mrs", "ms", "dr", "president", "minister", "general", "colonel", "governor", "mayor", "commander",
    "kremlin", "pentagon", "victory", "peace", "glory", "hope", "freedom", "liberty", "friendship", "dawn", "star",
    "sunrise", "progress", "prohres", "pobeda", "peremoha", "mirne", "mirnoye", "mirnyi", "mirny", "stavok", "pravda", "druzhba", "zoria",
    "zarya", "mayak", "mir", "sever", "vostok", "zapad", "yug", "center", "centre", "nord", "sud", "nato", "telegram",
    // Common nouns of news pages and nationality adjectives, capitalised at the start of a
    // sentence or a line ("Police chief …", "News", "Ukrainian forces …").
    "police", "news", "author", "photo", "video", "source", "update", "updated", "editing", "reporting", "writing",
    "army", "troops", "forces", "officials", "authorities", "residents", "soldiers", "ukrainian", "russian",
    "belarusian", "polish", "chechen", "georgian", "american", "british", "european", "soviet", "moldovan",
    "hungarian", "romanian", "turkish", "iranian", "korean", "german", "french",
}));

/// Transliterated common nouns that are also village names (stop words above): a village
/// where the wording puts a settlement ("the village of Druzhba", "near A, B and Druzhba"),
/// mid-sentence, and then only near the other places of the text (like Cyrillic noun_name).
inline constexpr auto k_noun_names = word_list(std::to_array<std::string_view>({
    "pobeda", "peremoha", "mirne", "mirnoye", "pravda", "druzhba", "zoria", "zarya", "mayak", "progress", "prohres",
}));

/// Words that open a credit line with a colon ("Photo: …", "Автор: …"): the names after
/// them on that line are people's, units' or agencies'.
inline constexpr auto k_credit_words = word_list(std::to_array<std::string_view>({
    "photo", "photos", "author", "credit", "credits", "illustration", "фото", "автор", "джерело", "источник",
    "ілюстрація", "иллюстрация",
}));

/// Titles and roles that precede a person's name.
inline constexpr auto k_person_titles = word_list(std::to_array<std::string_view>({
    "president", "minister", "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain",
    "capt", "sergeant", "sgt", "mr", "mrs", "ms", "dr", "spokesman", "spokeswoman", "spokesperson", "governor",
    "mayor", "commander", "chief", "head", "secretary", "deputy", "premier", "chancellor", "senator", "ambassador",
    "analyst", "journalist", "correspondent", "blogger", "patriarch", "pope", "prince", "st", "callsign",
    "nickname",
}));

/// Capitals whose names stand for their governments ("Moscow said").
inline constexpr auto k_capitals = word_list(std::to_array<std::string_view>({
    "kyiv", "kiev", "moscow", "washington", "minsk", "london", "paris", "berlin", "beijing", "brussels",
    "tehran", "ankara", "warsaw", "pyongyang", "budapest", "kremlin",
}));

/// Words that let a capital be a place: "missiles hit Kyiv", "in Moscow".
inline constexpr auto k_locative_preps = word_list(std::to_array<std::string_view>({
    "in", "near", "outside", "around", "into", "over", "at", "towards", "toward", "on", "to", "across", "reach",
    "reached", "via", "through", "of", "outskirts", "hit", "struck", "targeted", "entered",
}));

/// Verbs after a capital that make it a government ("Kyiv dismissed").
inline constexpr auto k_agent_verbs = word_list(std::to_array<std::string_view>({
    "said", "says", "say", "told", "claimed", "claims", "announced", "announces", "denied", "denies", "dismissed",
    "hoped", "hopes", "wants", "wanted", "warned", "warns", "insists", "insisted", "accused", "accuses",
    "responded", "stated", "reported", "added", "will", "would", "has", "had", "is", "was", "agreed", "rejected",
    "believes", "launched", "sent", "urged", "urges", "threatened", "threatens", "condemned", "condemns",
    "refused", "refuses", "demanded", "demands", "proposed", "proposes", "promised", "promises", "expects",
    "welcomed", "welcomes", "vowed", "vows",
}));

/// Cyrillic pronouns (exact keys) that open adverbial phrases ("Тим часом", "Тем не менее",
/// "Тому що"): capitalised at a sentence's start before a lower-case word, not a place.
inline constexpr auto k_opening_pronouns = word_list(std::to_array<std::string_view>({
    "тим", "тем", "том", "тои", "тому", "тот", // exact keys: "й" folds to "и"
}));

/// Capitalised words that may follow a settlement name ("Kherson City").
inline constexpr auto k_place_suffixes = word_list(std::to_array<std::string_view>({
    "oblast", "region", "river", "city", "raion", "rayon", "district", "province", "reservoir", "island",
    "peninsula", "bay", "oblasts", "regions",
}));

inline constexpr auto k_admin1_words = word_list(std::to_array<std::string_view>({"region", "oblast", "province",
                                                                "regions", "oblasts", "provinces", "republic", "republics"}));
inline constexpr auto k_admin2_words = word_list(std::to_array<std::string_view>({"district", "districts", "raion",
                                                                "raions", "rayon", "rayons"}));

/// Adjectives of a part of a region: "southern Odesa", "western Kursk" read X as the oblast.
inline constexpr auto k_compass_adjectives = word_list(std::to_array<std::string_view>({
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
    "north-eastern", "north-western", "south-eastern", "south-western", "central",
}));

/// Words before "in X", "into X" or "of X" that make X a region: "villages in Kursk",
/// "the incursion into Kursk".
inline constexpr auto k_region_container_words = word_list(std::to_array<std::string_view>({
    "villages", "settlements", "towns", "hamlets", "communities", "districts", "incursion", "invasion",
}));

/// Words before a name that put a mention near, not at, the place (precision 2).
inline constexpr auto k_near_words = word_list(std::to_array<std::string_view>({"near", "outside", "around", "outskirts",
                                                              "towards", "toward", "direction", "approaches"}));

/// Distance phrases before a name: "12 km south-east of Bakhmut", "20 km from
/// X", "за 10 км (на північ) від X", "в 15 км (к северу) от X". Exact keys:
/// the words that link the figure to the name, units, and the words of a
/// direction (with the Cyrillic prepositions that introduce one).
inline constexpr auto k_distance_links = word_list(std::to_array<std::string_view>({
    "of", "from", "від", "вiд", "од", "от",
}));
inline constexpr auto k_distance_units = word_list(std::to_array<std::string_view>({
    "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mi", "mile", "miles",
    "км", "кілометр", "кілометри", "кілометрів", "кілометрах", "километр", "километра", "километров", "километрах",
}));
inline constexpr auto k_direction_words = word_list(std::to_array<std::string_view>({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north east",
    "north west", "south east", "south west", "northeastern", "northwestern", "southeastern", "southwestern",
    "на", "північ", "південь", "схід", "захід", "північнии", "південнии", "північнии схід", "північнии захід",
    "південнии схід", "південнии захід", "північніше", "південніше", "східніше", "західніше",
    "к", "северу", "югу", "востоку", "западу", "северо востоку", "северо западу", "юго востоку", "юго западу",
    "северо", "юго", "севернее", "южнее", "восточнее", "западнее",
}));

/// Capitalised function words that may follow a name in running text.
inline constexpr auto k_joining_words = word_list(std::to_array<std::string_view>({
    "and", "or", "of", "in", "on", "at", "to", "the", "from", "by", "for", "with",
}));

/// Capitalised words that make a run of names a facility or a body, not a
/// person ("Avdiivka Coke Plant", "Tavriisk Group of Forces").
inline constexpr auto k_facility_words = word_list(std::to_array<std::string_view>({
    "plant", "park", "street", "square", "station", "airport", "bridge", "dam", "mine", "factory", "works",
    "group", "forces", "army", "ministry", "university", "school", "hospital", "port", "oblast", "council",
    "administration", "command", "brigade", "battalion", "regiment", "corps", "district", "highway", "road",
}));

/// Words after "the X" that make X a settlement: "the Bakhmut front".
inline constexpr auto k_front_words = word_list(std::to_array<std::string_view>({
    "front", "direction", "axis", "sector", "salient", "pocket", "bridgehead", "area", "outskirts", "district",
    "fronts", "directions", "axes", "sectors", "salients", "pockets", "bridgeheads", "areas", "districts",
    // "dismissed the Kupyansk report": what is said about the place.
    "report", "reports", "claim", "claims",
    // "the Chernihiv, Poltava and Odesa oblasts": regions, read as such once spotted.
    "oblasts", "regions", "provinces",
}));

/// Surnames of public figures of the war that GeoNames also has as (alternate)
/// village names; alone and capitalised they are the people.
inline constexpr auto k_public_figures = word_list(std::to_array<std::string_view>({
    "putin", "zelensky", "zelenskyy", "zelenskyi", "shoigu", "peskov", "gerasimov", "medvedev", "lavrov",
    "biden", "trump", "syrskyi", "syrsky", "zaluzhnyi", "zaluzhny", "budanov", "kadyrov", "prigozhin",
    "surovikin", "belousov", "lukashenko", "zakharova", "humeniuk", "humenyuk", "maliar", "kuleba", "yermak",
    "podolyak", "podoliak", "arestovych", "kirby", "stoltenberg", "rutte", "macron", "scholz", "erdogan",
}));

} // namespace claimtrack::gazetteer::detail
