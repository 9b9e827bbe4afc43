// Stated offsets settle namesakes (issue 11): "X (northeast of Y)", "X, 12 km northeast of Y",
// "X lies 15 km south-east of Y", "X, в 15 км к юго-востоку от Y", "X, що на північний схід від Y",
// "X, південно-східніше Y". Against the real GeoNames dump: Bilohorivka has a namesake in Luhansk
// oblast north-east of Siversk and one in Donetsk oblast south-east of it, so each sentence is
// written twice, once for each direction. Every sentence is written for these tests.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimtrack;
using claimtrack::gazetteer::test::real;

namespace {

/// The oblast `surface` resolves to in `text` ("" when it is not found).
std::string oblast_of(const std::string& text, const std::string& surface) {
    for (const auto& m : real().geoparse(text))
        if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.place.admin1;
    return {};
}

} // namespace

TEST_CASE("offsets: English direction phrases pick the namesake that lies that way", "[gazetteer][geonames][offsets]") {
    // Parenthetical, apposition with a distance, a verb of position, a glued "16km", a list.
    CHECK(oblast_of("Fighting was reported at Bilohorivka (northeast of Siversk) on Monday.", "Bilohorivka") == "Luhansk");
    CHECK(oblast_of("Fighting was reported at Bilohorivka (southeast of Siversk) on Monday.", "Bilohorivka") == "Donetsk");
    CHECK(oblast_of("Troops entered Bilohorivka, a small village some 12 km northeast of Siversk, at dawn.", "Bilohorivka") ==
          "Luhansk");
    CHECK(oblast_of("Bilohorivka lies about 15 kilometres (9 miles) south-east of Siversk.", "Bilohorivka") == "Donetsk");
    CHECK(oblast_of("Bilohorivka lies about 12 kilometres north-east of Siversk.", "Bilohorivka") == "Luhansk");
    CHECK(oblast_of("Shelling hit Bilohorivka, 16km southeast of Siversk, overnight.", "Bilohorivka") == "Donetsk");
    CHECK(oblast_of("Units held out near Lyman and Bilohorivka, south-east of Siversk.", "Bilohorivka") == "Donetsk");
}

TEST_CASE("offsets: Russian direction phrases pick the namesake that lies that way", "[gazetteer][geonames][offsets]") {
    CHECK(oblast_of("Бои шли у Белогоровки, северо-восточнее Северска.", "Белогоровки") == "Luhansk");
    CHECK(oblast_of("Бои шли у Белогоровки, юго-восточнее Северска.", "Белогоровки") == "Donetsk");
    CHECK(oblast_of("Белогоровка расположена примерно в 15 км к юго-востоку от Северска.", "Белогоровка") == "Donetsk");
    CHECK(oblast_of("Военные вошли в Белогоровку, в двенадцати километрах к северо-востоку от Северска.", "Белогоровку") ==
          "Luhansk");
}

TEST_CASE("offsets: Ukrainian direction phrases pick the namesake that lies that way", "[gazetteer][geonames][offsets]") {
    CHECK(oblast_of("Окупанти атакували Білогорівку, що на північний схід від Сіверська.", "Білогорівку") == "Luhansk");
    CHECK(oblast_of("Окупанти атакували Білогорівку, що на південний схід від Сіверська.", "Білогорівку") == "Donetsk");
    CHECK(oblast_of("Білогорівка розташована за 16 км на південний схід від Сіверська.", "Білогорівка") == "Donetsk");
    CHECK(oblast_of("Бої точаться біля Білогорівки, південно-східніше Сіверська.", "Білогорівки") == "Donetsk");
    CHECK(oblast_of("Бої точаться біля Білогорівки, північно-східніше Сіверська.", "Білогорівки") == "Luhansk");
}

TEST_CASE("offsets: a direction phrase locates only the name it follows", "[gazetteer][geonames][offsets]") {
    // Another clause between the name and the phrase: no offset; the anchor itself is unaffected.
    const auto ms = real().geoparse("Russian forces took Bilohorivka and then advanced northeast of Siversk.");
    bool siversk = false;
    for (const auto& m : ms)
        if (m.surface == "Siversk") siversk = m.place.admin1 == "Donetsk";
    CHECK(siversk);
    // The same name on both sides ("north of Chasiv Yar" after "near Chasiv Yar") is no offset.
    CHECK(oblast_of("Assaults continued near Chasiv Yar, north of Chasiv Yar and in Toretsk.", "Chasiv Yar") == "Donetsk");
}

namespace {

/// The raion (GeoNames ADM2) `surface` resolves to in `text`.
std::string raion_of(const std::string& text, const std::string& surface) {
    for (const auto& m : real().geoparse(text))
        if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.place.admin2;
    return {};
}

} // namespace

TEST_CASE("offsets: a hromada named after a village puts it around the hromada's centre", "[gazetteer][geonames][offsets]") {
    // Another place of the text pulls elsewhere (Toretsk); the hromada of Lyman decides. Russian and Ukrainian.
    CHECK(raion_of("Бои шли в Торецке. Враг оккупировал Новоселовку Лиманской громады.", "Новоселовку") == "Kramatorskyi");
    CHECK(raion_of("Бої тривають у Торецьку. Окупанти захопили Новоселівку Лиманської громади.", "Новоселівку") ==
          "Kramatorskyi");
    // Alone in the text, against a larger namesake (a hromada centre of its own) farther out.
    CHECK(raion_of("Ворог обстріляв Миколаївку Сіверської громади, повідомили в ОВА.", "Миколаївку") == "Bakhmut");
    CHECK(raion_of("Противник обстрелял Николаевку Северской громады.", "Николаевку") == "Bakhmut");
    // Without the hromada the other place of the text wins: the qualifier is what moved it.
    CHECK(raion_of("Бои шли в Торецке. Враг оккупировал Новоселовку.", "Новоселовку") != "Kramatorskyi");
}
