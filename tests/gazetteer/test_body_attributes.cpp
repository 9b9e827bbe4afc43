// A place name (or an adjective a village name shares) as the attribute of a body, a side or a call
// sign is no place (issue 11, bench/blind6 PLACE-MISSES classes B and C): "Luhansk militia", "Donetsk
// separatists", "the Kherson administration", «Південного командування» (the village Pivdenne),
// «Українська сторона» (the town Ukrainsk), «з позивним Тур» (the village Tur). Mechanism: the
// nonplace_follower class and k_person_titles (src/gazetteer/lexicon.hpp); the Cyrillic direction_noun and
// title classes of geodata/inflection/words.tsv. Counter-examples: the same names where they are places.
// Every sentence is written for these tests; the real GeoNames dump is used.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimtrack;
using claimtrack::gazetteer::test::place_of;
using claimtrack::gazetteer::test::real;

TEST_CASE("body attributes: a town's name before a noun of a body is no place", "[gazetteer][geonames][bodies]") {
    SECTION("English: militia, separatists, administration, command") {
        CHECK(place_of("Allied Luhansk militia units captured Popasna, the ministry said.", "Luhansk").empty());
        CHECK(place_of("Donetsk separatists claimed Marinka on Tuesday.", "Donetsk").empty());
        CHECK(place_of("Shelling of Nikopol went on, the Kherson administration said.", "Kherson").empty());
        CHECK(place_of("Fighting near Robotyne continued, the Orikhiv command reported.", "Orikhiv").empty());
        // The other places of the sentences stay.
        CHECK(place_of("Allied Luhansk militia units captured Popasna, the ministry said.", "Popasna") == "Popasna");
    }
    SECTION("Ukrainian: a directional or place adjective before командування, угрупування, ополчення") {
        CHECK(place_of("За даними Південного командування, бої тривали біля Оріхова.", "Південного").empty());
        CHECK(place_of("Речник Східного угрупування заявив про атаки біля Торецька.", "Східного").empty());
        CHECK(place_of("Бійці Луганського ополчення зайшли в Попасну.", "Луганського").empty());
        CHECK(place_of("За даними Південного командування, бої тривали біля Оріхова.", "Оріхова") == "Orikhiv");
    }
    SECTION("Russian: the same") {
        CHECK(place_of("По данным Южного командования, бои шли у Орехова.", "Южного").empty());
        CHECK(place_of("Бойцы Луганского ополчения вошли в Попасную.", "Луганского").empty());
        CHECK(place_of("Представитель Восточного командования сообщил об атаках у Торецка.", "Восточного").empty());
    }
}

TEST_CASE("body attributes: a side named by a country's adjective is no place", "[gazetteer][geonames][bodies]") {
    CHECK(place_of("Ворог заявив про захоплення Снагості. Українська сторона цю інформацію не коментувала.", "Українська")
              .empty());
    CHECK(place_of("Бои идут у Торецка. Украинская сторона эти данные не подтвердила.", "Украинская").empty());
    CHECK(place_of("Армія РФ просунулася біля Торецька; Російська сторона не коментує втрати.", "Російська").empty());
    // Counter-examples: the town Ukrainsk in the genitive after a preposition, in the nominative.
    CHECK(place_of("Ворог наступає біля Торецька та Українська.", "Українська") == "Ukrainsk");
    CHECK(place_of("Окуповано Українськ та Гірник.", "Українськ") == "Ukrainsk");
}

TEST_CASE("body attributes: a call sign is a person, not a village", "[gazetteer][geonames][bodies]") {
    CHECK(place_of("Офіцер з позивним Тур розповів про бої біля Покровська.", "Тур").empty());
    CHECK(place_of("Командир роти, позивний Тур, каже, що біля Покровська тихо.", "Тур").empty());
    CHECK(place_of("Боец с позывным Тур рассказал о боях у Покровска.", "Тур").empty());
    CHECK(place_of("A fighter with the call sign Tur spoke near Pokrovsk.", "Tur").empty());
    CHECK(place_of("A sergeant, callsign Tur, said Pokrovsk was quiet.", "Tur").empty());
    // Counter-example: the village of that name where the text puts a settlement.
    CHECK(place_of("Дрони атакували село Тур на Волині.", "Тур") == "Tur");
}

TEST_CASE("body attributes: a region's governor, offensive or incursion is no town", "[gazetteer][geonames][bodies]") {
    // bench/blind7 PLACE-MISSES: "<region> governor", "<region> offensive" name the region, not its city.
    CHECK(place_of("The Kharkiv governor said two people were wounded in Kupiansk.", "Kharkiv").empty());
    CHECK(place_of("Russia's acting Belgorod governor ordered an evacuation.", "Belgorod").empty());
    CHECK(place_of("Live: Ukraine's Kharkiv offensive, day three", "Kharkiv").empty());
    CHECK(place_of("A year after the Kherson counteroffensive, mines still cover the fields.", "Kherson").empty());
    CHECK(place_of("Analysts discussed the Kursk incursion at length.", "Kursk").empty());
    // Counter-examples: the cities as places, the other places of the sentence.
    CHECK(place_of("The Kharkiv governor said two people were wounded in Kupiansk.", "Kupiansk") == "Kupiansk");
    CHECK(place_of("Missiles hit Kharkiv overnight, the governor said.", "Kharkiv") == "Kharkiv");
}
