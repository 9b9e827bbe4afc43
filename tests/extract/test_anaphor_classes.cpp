#include <catch2/catch.hpp>

// Anaphora resolved by the fit of the noun (bench/blind3/MISSES.md, class 4, session h11c5): "the village",
// «село», «селі» take the last settlement that is a village, "the city", «город», «місто» the last city, not
// the nearest name. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;

const Known village{"Lyptsi", "UA", 900, "PPLA3"}; // a hromada seat that is a village
const Known city{"Hlybokyi", "UA", 45000, "PPLA2"};
} // namespace

TEST_CASE("extract: a city noun takes the last city named, not a village named after it", "[extract][anaphor]") {
    for (const auto& [text, lang] : Cases{
             {"Russian forces attacked Hlybokyi from the south and shelled Lyptsi. Russian troops entered the city on Sunday.", "en"},
             {"Fighting near Hlybokyi spread to Lyptsi. Russian units have pushed into the city from the east.", "en"},
             {"The army reported heavy shelling of Hlybokyi and Lyptsi. Russian troops were advancing into the city.", "en"},
             {"Российские войска атаковали Hlybokyi с юга и обстреляли Lyptsi. Российские штурмовые группы вошли в город в воскресенье.", "ru"},
             {"Бои у Hlybokyi перекинулись на Lyptsi. Российские подразделения зашли в город с востока.", "ru"},
             {"Армия сообщила об обстрелах Hlybokyi и Lyptsi. Российские штурмовики вошли в город.", "ru"},
             {"Російські війська атакували Hlybokyi з півдня та обстріляли Lyptsi. Окупанти зайшли в місто в неділю.", "uk"},
             {"Бої біля Hlybokyi перекинулися на Lyptsi. Російські підрозділи увійшли в місто зі сходу.", "uk"},
             {"Армія повідомила про обстріли Hlybokyi та Lyptsi. Російські штурмовики зайшли в місто.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {city, village}, lang);
        check_claim(x, "Hlybokyi", Change::Advanced, Side::RU);
        CHECK(!claim_for(x, "Lyptsi"));
    }
}

TEST_CASE("extract: a village noun takes the last village named, not a city named after it", "[extract][anaphor]") {
    for (const auto& [text, lang] : Cases{
             {"Russian forces attacked Lyptsi on the road to Hlybokyi. Russian troops entered the village on Sunday.", "en"},
             {"Fighting near Lyptsi drew closer to Hlybokyi. Russian units have pushed into the village from the east.", "en"},
             {"Российские войска атаковали Lyptsi на дороге к Hlybokyi. Российские штурмовые группы вошли в село в воскресенье.", "ru"},
             {"Бои у Lyptsi приблизились к Hlybokyi. Российские подразделения зашли в село с востока.", "ru"},
             {"Російські війська атакували Lyptsi на дорозі до Hlybokyi. Окупанти зайшли в село в неділю.", "uk"},
             {"Бої біля Lyptsi наблизилися до Hlybokyi. Російські підрозділи увійшли в село зі сходу.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {city, village}, lang);
        check_claim(x, "Lyptsi", Change::Advanced, Side::RU);
        CHECK(!std::any_of(x.claims.begin(), x.claims.end(), [](const auto& c) {
            return c.place && c.place->name == "Hlybokyi" && c.verb.find("entered") != std::string::npos;
        }));
    }
}

TEST_CASE("extract: a noun that fits the nearest name keeps it, and 'they' before a singular noun is the forces",
          "[extract][anaphor]") {
    // The nearest name fits: it stays the antecedent.
    for (const auto& [text, lang] : Cases{
             {"Russian forces shelled Hlybokyi and attacked Lyptsi. They entered the village on Sunday.", "en"},
             {"Российские войска обстреляли Hlybokyi и атаковали Lyptsi. Штурмовики вошли в село.", "ru"},
             {"Російські війська обстріляли Hlybokyi та атакували Lyptsi. Штурмовики зайшли в село.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {city, village}, lang);
        REQUIRE(claim_for(x, "Lyptsi"));
        CHECK(claim_for(x, "Lyptsi")->change == Change::Advanced);
        CHECK(!claim_for(x, "Hlybokyi"));
    }
}
