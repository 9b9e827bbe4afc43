#include <catch2/catch.hpp>

// A fronted goal that refers back (bench/blind7/MISSES.md, class 5, session h11c8): Russian and Ukrainian put the
// goal of a verb of entering first, «…, что в город вошли украинские подразделения», «…, що в село зайшли
// російські штурмовики»; the anaphor names the entry's head or the place named before. Three shapes in each
// language (the construction is Russian and Ukrainian word order), with a counter-example naming a place after
// the verb. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: a fronted goal of entering refers back", "[extract][anaphor]") {
    for (const auto& [text, lang] : Cases{
             {"Хроника дня\n\nZarichne — местные жители сообщают, что в город вошли украинские подразделения.", "ru"},
             {"Украинские войска подошли к Zarichne с севера. Очевидцы пишут, что в город вошли украинские подразделения.",
              "ru"},
             {"Бои идут на подступах к Zarichne. По словам военкоров, в село вошли украинские подразделения.", "ru"},
             {"Хроніка дня\n\nZarichne — кореспонденти повідомляють, що в місто зайшли українські підрозділи.", "uk"},
             {"Українські війська підійшли до Zarichne з півночі. Військові пишуть, що в село зайшли українські "
              "штурмовики.",
              "uk"},
             {"Бої точаться на підступах до Zarichne. За словами речника, у село зайшли українські підрозділи.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Advanced, Side::UA));
    }
    // A goal named after its noun is no anaphor.
    for (const auto& [text, lang] : Cases{
             {"Zarichne обстреляли ночью. Очевидцы пишут, что в село Tykhe вошли украинские подразделения.", "ru"},
             {"Zarichne обстріляли вночі. Очевидці пишуть, що в село Tykhe зайшли українські підрозділи.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK_FALSE(claim_for(x, "Zarichne"));
    }
}
