// Names as unseen reports spell them: Russian-based romanisations, lines and
// roads joining place names with hyphens or dashes, a town named exactly
// among loosely spelt villages, and a name cut off at the end of an excerpt.
// Every sentence is written for these tests.

#include "compounds.hpp"
#include "real_dump.hpp"
#include "romanisation_variants.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace claimtrack::gazetteer;

namespace {

struct Found {
    std::string surface, name, admin1;
    std::int64_t id;
};

std::vector<Found> places(const std::string& text) {
    std::vector<Found> out;
    for (const auto& m : real_dump().geoparse(text)) out.push_back({m.surface, m.place.name, m.place.admin1, m.place.id});
    return out;
}

bool has(const std::vector<Found>& ms, const std::string& surface, std::int64_t id) {
    return std::any_of(ms.begin(), ms.end(), [&](const Found& f) { return f.surface == surface && f.id == id; });
}

bool has_in(const std::vector<Found>& ms, const std::string& surface, const std::string& name, const std::string& admin1) {
    return std::any_of(ms.begin(), ms.end(),
                       [&](const Found& f) { return f.surface == surface && f.name == name && f.admin1 == admin1; });
}

bool named(const std::vector<Found>& ms, const std::string& surface) {
    return std::any_of(ms.begin(), ms.end(), [&](const Found& f) { return f.surface == surface; });
}

constexpr std::int64_t k_pokrovsk = 704422, k_olenivka_donetsk = 698614, k_huliaipole = 707898, k_vuhledar = 690823,
                       k_siversk = 694403, k_bakhmut = 713174, k_kurakhove = 695357;

const detail::RomanisationVariants& table() {
    static const auto t = [] {
        std::ifstream in(std::string(CLAIMTRACK_GEODATA_DIR) + "/romanisation/ru_uk.tsv");
        REQUIRE(in);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        return detail::RomanisationVariants::parse(text, "ru_uk.tsv");
    }();
    return t;
}

bool variant(const std::string& key, const std::string& wanted) {
    const auto v = table().variants(key);
    return std::find(v.begin(), v.end(), wanted) != v.end();
}

} // namespace

TEST_CASE("romanisation table: Russian-based spellings rewritten to Ukrainian letters", "[gazetteer]") {
    CHECK(variant("olyonivka", "olenivka"));     // ё after a consonant
    CHECK(variant("seversk", "siversk"));         // е of a root
    CHECK(variant("ocheretino", "ocheretine"));   // neuter -o
    CHECK(variant("ugledar", "vugledar"));        // prothetic v
    CHECK(variant("dobropolye", "dobropilia"));   // two rules at two places
    CHECK(variant("yekaterinivka", "katerinivka"));
    CHECK(variant("chasovyi yar", "chasiv yar"));  // rules apply at the end of every word
    CHECK(variant("polohiv", "polohy"));
    CHECK(variant("bolshaya novosyolka", "velykaya novosyolka"));
    // Positions are respected: no rewrite of a first or last letter by an inner rule.
    CHECK_FALSE(variant("elenivka", "ilenivka"));
    CHECK_FALSE(variant("yoshkar", "eshkar"));
    const auto v = table().variants("seversk");
    CHECK(std::find(v.begin(), v.end(), "seversk") == v.end());
    CHECK(std::is_sorted(v.begin(), v.end()));
}

TEST_CASE("romanisation table: a bad row names the file and line", "[gazetteer]") {
    using detail::RomanisationVariants;
    CHECK_THROWS_WITH(RomanisationVariants::parse("# c\nyo\te\n", "t.tsv"), Catch::Contains("t.tsv:2"));
    CHECK_THROWS_WITH(RomanisationVariants::parse("yo\tE\tany\n", "t.tsv"), Catch::Contains("lower-case"));
    CHECK_THROWS_WITH(RomanisationVariants::parse("yo\te\tmiddle\n", "t.tsv"), Catch::Contains("unknown position 'middle'"));
    CHECK(RomanisationVariants::parse("", "t.tsv").empty());
}

TEST_CASE("hyphen compounds: split only when each part is a name and the whole is none", "[gazetteer]") {
    const std::vector<std::string> names{"Borova", "Pishchane", "Kamianets-Podilskyi", "Kamianets", "Siversk"};
    const detail::IsName is_name = [&](std::string_view w, bool) {
        return std::find(names.begin(), names.end(), std::string(w)) != names.end();
    };
    const auto words = [&](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& t : detail::split_hyphen_compounds(detail::tokenize(text), is_name)) out.emplace_back(t.text);
        return out;
    };
    CHECK(words("the Borova-Pishchane road") == std::vector<std::string>{"the", "Borova", "Pishchane", "road"});
    CHECK(words("Kamianets-Podilskyi's mayor") == std::vector<std::string>{"Kamianets-Podilskyi", "mayor"});
    CHECK(words("the Borova-Novyi road") == std::vector<std::string>{"the", "Borova-Novyi", "road"});
    CHECK(words("a Borova-based unit") == std::vector<std::string>{"a", "Borova-based", "unit"});
    // The possessive stays with the last part.
    const std::string text = "the Siversk-Borova's end";
    const auto tokens = detail::split_hyphen_compounds(detail::tokenize(text), is_name);
    REQUIRE(tokens.size() == 4);
    CHECK_FALSE(tokens[1].possessive);
    CHECK(tokens[2].possessive);
    CHECK(detail::gap(text, tokens[1], tokens[2]) == "-");
    CHECK(detail::compound_range(text, tokens, 2, 2) == std::pair<std::size_t, std::size_t>{1, 2});
}

TEST_CASE("real dump: Russian-based spellings of Ukrainian towns and villages", "[gazetteer][geonames]") {
    // A Russian root with a Ukrainian ending: matched by skeleton, not one letter away.
    const auto g = real_dump().geocode(GeocodeQuery{"Olyonivka", std::nullopt, std::nullopt});
    const auto olenivka = std::find_if(g.begin(), g.end(), [](const Candidate& c) { return c.place.id == k_olenivka_donetsk; });
    REQUIRE(olenivka != g.end());
    CHECK(std::find(olenivka->reasons.begin(), olenivka->reasons.end(), "one letter away") == olenivka->reasons.end());
    // In running text, with context or in a claim's slot, in several shapes.
    CHECK(has(places("Prisoners were held at a camp in Olyonivka, in the Donetsk region."), "Olyonivka", k_olenivka_donetsk));
    CHECK(has(places("Russian forces seized Gulyaipole, the ministry said."), "Gulyaipole", k_huliaipole));
    CHECK(has(places("Moscow claimed its troops had taken Gulyai-Pole after weeks of assaults."), "Gulyai-Pole", k_huliaipole));
    CHECK(has(places("Ukrainian troops held positions near Ugledarsk and Kurakhovo."), "Kurakhovo", k_kurakhove));
    CHECK(has(places("The ministry said its units took the village of Seversk."), "Seversk", k_siversk));
    CHECK(has(places("Shelling went on near Artyomovsk and Kleshcheyivka."), "Artyomovsk", k_bakhmut));
    CHECK(has_in(places("Shelling went on near Artyomovsk and Kleshcheyivka."), "Kleshcheyivka", "Klishchiivka", "Donetsk"));
    CHECK(has_in(places("Drones hit Zaporozhia overnight, officials in Orikhiv reported."), "Zaporozhia", "Zaporizhzhia",
                 "Zaporizhzhia"));
    CHECK(has_in(places("Russian troops advanced near Chasovyi Yar."), "Chasovyi Yar", "Chasiv Yar", "Donetsk"));
    CHECK(has_in(places("Russian forces seized Bolshaya Novosyolka."), "Bolshaya Novosyolka", "Velyka Novosilka", "Donetsk"));
    CHECK(has_in(places("Fighting continues near Polohiv and Orikhiv."), "Polohiv", "Polohy", "Zaporizhzhia"));
    // A loosely spelt word with no place word before it and nothing near it stays out.
    CHECK_FALSE(named(places("Gulyaipole, the band, released a new album."), "Gulyaipole"));
}

TEST_CASE("real dump: a word one edit away from a name, in a settlement's slot and a named oblast", "[gazetteer][geonames]") {
    // "Novomykhailvka" (a letter dropped) is one edit from Novomykhailivka.
    CHECK(has_in(places("Russian forces seized Novomykhailvka in Donetsk region."), "Novomykhailvka", "Novomykhailivka",
                 "Donetsk"));
    CHECK(has_in(places("Fighting continued near Novomykhailvka in the Donetsk region."), "Novomykhailvka",
                 "Novomykhailivka", "Donetsk"));
    // Without the slot, or without the oblast: no place.
    CHECK_FALSE(named(places("Novomykhailvka was quiet, officials in Donetsk region said."), "Novomykhailvka"));
    CHECK_FALSE(named(places("Russian forces seized Novomykhailvka."), "Novomykhailvka"));
    // The named oblast also says which namesake.
    CHECK(has_in(places("Russian forces seized Novomykhailvka in Kharkiv region."), "Novomykhailvka", "Novomykhailivka",
                 "Kharkiv"));
}

TEST_CASE("real dump: a town named exactly beats loosely spelt villages near the other places", "[gazetteer][geonames]") {
    // Pokrovske lies by Mariupol; "Pokrovsk" is the town.
    CHECK(has(places("POKROVSK, Ukraine — Shelling hit Mariupol and Olenivka overnight."), "POKROVSK", k_pokrovsk));
    CHECK(has(places("Russian troops pushed toward Pokrovsk from Mariupol and Olenivka."), "Pokrovsk", k_pokrovsk));
    CHECK(has(places("Біля Маріуполя та Оленівки тихо, а бої за Покровськ тривають."), "Покровськ", k_pokrovsk));
    // The village's own name still finds the village.
    CHECK(has_in(places("Russian troops entered Pokrovske near Mariupol."), "Pokrovske", "Pokrovske", "Donetsk"));
}

TEST_CASE("real dump: lines and roads joining place names with hyphens or dashes", "[gazetteer][geonames]") {
    for (const char* text : {"Russian units dug in along the Borova-Pishchane road.",
                             "Russian units dug in along the Borova–Pishchane road."}) {
        const auto m = places(text);
        CHECK(has_in(m, "Borova", "Borova", "Kharkiv"));
        CHECK(has_in(m, "Pishchane", "Pishchane", "Kharkiv"));
    }
    const auto line = places("Ukrainian forces hold the Siversk–Soledar–Bakhmut line.");
    CHECK(has(line, "Siversk", k_siversk));
    CHECK(named(line, "Soledar"));
    CHECK(has(line, "Bakhmut", k_bakhmut));
    const auto road = places("Russian troops reached the Kurakhove-Pokrovsk highway.");
    CHECK(has(road, "Kurakhove", k_kurakhove));
    CHECK(has(road, "Pokrovsk", k_pokrovsk));
    CHECK(has(places("Росіяни вийшли на трасу Бахмут-Костянтинівка."), "Бахмут", k_bakhmut));
    CHECK(has_in(places("Российские войска перерезали трассу Покровск–Константиновка."), "Константиновка",
                 "Kostiantynivka", "Donetsk"));
    // Real hyphenated names stay whole; a bare "the X road" stays a road's name.
    CHECK(has_in(places("Kamianets-Podilskyi was hit by drones."), "Kamianets-Podilskyi", "Kamianets-Podilskyi",
                 "Khmelnytskyi"));
    CHECK_FALSE(named(places("Russian troops reached the Pokrovsk highway."), "Pokrovsk"));
}

TEST_CASE("real dump: a name cut off at the end of an excerpt", "[gazetteer][geonames]") {
    const auto uk = places("Російські війська захопили Пологи, повідомили в міністерстві. Бої тривають на околицях міста Полог");
    CHECK(has_in(uk, "Полог", "Polohy", "Zaporizhzhia"));
    const auto en = places("Russian forces entered Huliaipole on Monday. Fighting continues in the centre of Huliai");
    CHECK(has(en, "Huliai", k_huliaipole));
    const auto ru = places("Бои идут за Покровск. Армия удерживает позиции у Покровс…");
    CHECK(has(ru, "Покровс", k_pokrovsk));
    // Only at the very end, and only five letters or more.
    CHECK_FALSE(named(places("Fighting continues in the centre of Huliai, said the army of Huliaipole."), "Huliai"));
    CHECK_FALSE(named(places("Russian forces entered Huliaipole. Fighting continues near Huli"), "Huli"));
}

TEST_CASE("the tokenizer reads words the same wherever they fall in its eight-byte steps", "[gazetteer]") {
    // Long and short Latin and Cyrillic words, digits inside a run of letters, inner hyphens
    // and apostrophes, a possessive, accented Latin letters.
    const std::string words =
        "Unit7 of the Novoselivka garrison, Краматорськ-2 та Куп'янськ, Дніпропетровщина's "
        "Kyiv's ЗАЛІЗНИЧНЕ 2024 Zaporizhzhia-bound Škoda Ярославнаабв1гд";
    struct Expected {
        std::string text;
        bool cyrillic, has_digit, capitalised, possessive;
    };
    const std::vector<Expected> expected = {
        {"Unit7", false, true, true, false},         {"of", false, false, false, false},
        {"the", false, false, false, false},         {"Novoselivka", false, false, true, false},
        {"garrison", false, false, false, false},    {"Краматорськ-2", true, true, true, false},
        {"та", true, false, false, false},           {"Куп'янськ", true, false, true, false},
        {"Дніпропетровщина", true, false, true, true}, {"Kyiv", false, false, true, true},
        {"ЗАЛІЗНИЧНЕ", true, false, true, false},     {"2024", false, true, false, false},
        {"Zaporizhzhia-bound", false, false, true, false}, {"Škoda", false, false, true, false},
        {"Ярославнаабв1гд", true, true, true, false},
    };
    for (std::size_t k = 0; k < 10; ++k) {
        CAPTURE(k);
        const std::string text = std::string(k, ' ') + words;
        const auto tokens = detail::tokenize(text);
        REQUIRE(tokens.size() == expected.size());
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            CAPTURE(i);
            CHECK(std::string(tokens[i].text) == expected[i].text);
            CHECK(tokens[i].start == text.find(expected[i].text));
            CHECK(tokens[i].cyrillic == expected[i].cyrillic);
            CHECK(tokens[i].has_digit == expected[i].has_digit);
            CHECK(tokens[i].capitalised == expected[i].capitalised);
            CHECK(tokens[i].possessive == expected[i].possessive);
        }
    }
}
