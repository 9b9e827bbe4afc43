// Hyphen-joined names whose parts both inflect (issue 11, bench/blind6 PLACE-MISSES class D):
// «у Куп'янську-Вузловому», «Куп'янська-Вузлового», «в Купянске-Узловом», «Кам'янки-Дніпровської»
// were read as the first part's town (Kupiansk, Kamianka) or missed. The case tables now also
// inflect every part of a hyphen-joined word (src/gazetteer/inflection.cpp, hyphenated_word_forms),
// beside the forms with the last part inflected only («Івано-Франківська»). Ukrainian and Russian
// only: English names do not inflect. Every sentence is written for these tests.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimtrack;
using claimtrack::gazetteer::test::place_of;
using claimtrack::gazetteer::test::real;

TEST_CASE("hyphenated names: both parts inflected", "[gazetteer][geonames][hyphenated]") {
    SECTION("Ukrainian: locative, genitive, instrumental") {
        CHECK(place_of("У Куп'янську-Вузловому відновили електропостачання.", "Куп'янську-Вузловому") == "Kupiansk-Vuzlovyi");
        CHECK(place_of("Енергетики працюють на околицях Куп'янська-Вузлового.", "Куп'янська-Вузлового") ==
              "Kupiansk-Vuzlovyi");
        CHECK(place_of("Бої тривають між Куп'янськом-Вузловим і Ківшарівкою.", "Куп'янськом-Вузловим") ==
              "Kupiansk-Vuzlovyi");
        CHECK(place_of("Дрони атакували околиці Кам'янки-Дніпровської.", "Кам'янки-Дніпровської") == "Kamianka-Dniprovska");
    }
    SECTION("Russian: locative, genitive") {
        CHECK(place_of("В Купянске-Узловом восстановили свет.", "Купянске-Узловом") == "Kupiansk-Vuzlovyi");
        CHECK(place_of("Жители Купянска-Узлового ждут ремонта.", "Купянска-Узлового") == "Kupiansk-Vuzlovyi");
        CHECK(place_of("Обстрелу подверглась окраина Каменки-Днепровской.", "Каменки-Днепровской") == "Kamianka-Dniprovska");
    }
}

TEST_CASE("hyphenated names: counter-examples", "[gazetteer][geonames][hyphenated]") {
    // Only the last part inflects: still the city.
    CHECK(place_of("Жителі Івано-Франківська допомагають.", "Івано-Франківська") == "Ivano-Frankivsk");
    CHECK(place_of("Жители Ивано-Франковска помогают.", "Ивано-Франковска") == "Ivano-Frankivsk");
    // The town alone stays the town.
    CHECK(place_of("У Куп'янську відновили електропостачання.", "Куп'янську") == "Kupiansk");
}
