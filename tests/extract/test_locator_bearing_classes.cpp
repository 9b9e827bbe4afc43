#include <catch2/catch.hpp>

// A bearing adverb or an edge right after a place only locates it (bench/blind7/MISSES.md, class 6, session
// h11c8): "ВСУ оставили X западнее Y", "X, західніше Y", "X на західній околиці Y" — Y gets nothing from the verb.
// An edge with no place before it ("вышли на западной окраине Y") still names the verb's place. Three shapes in
// each language, with counter-examples. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: a bearing adverb or an edge after a place only locates it", "[extract][reference]") {
    for (const auto& [text, lang] : Cases{
             {"Ukrainian troops pulled out of Zarichne west of Tykhe to avoid encirclement.", "en"},
             {"Russian forces captured Zarichne, north-west of Tykhe, the ministry said.", "en"},
             {"Ukrainian units retook Zarichne on the western edge of Tykhe.", "en"},
             {"ВСУ оставили Zarichne западнее Tykhe, не дожидаясь окружения.", "ru"},
             {"Российские войска заняли Zarichne, юго-восточнее Tykhe.", "ru"},
             {"Российские подразделения освободили Zarichne на западной окраине Tykhe.", "ru"},
             {"ЗСУ залишили Zarichne західніше Tykhe, щоб уникнути оточення.", "uk"},
             {"Російські війська захопили Zarichne, північно-східніше Tykhe.", "uk"},
             {"Серед сіл, які перейшли під контроль ЗСУ, — Zarichne на західній околиці Tykhe.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(claim_for(x, "Zarichne"));
        CHECK_FALSE(claim_for(x, "Tykhe"));
    }
    // No place before the bearing or the edge: the place after it is the verb's.
    for (const auto& [text, lang] : Cases{
             {"Russian forces reached the western edge of Tykhe.", "en"},
             {"Российские войска вышли на западной окраине Tykhe.", "ru"},
             {"Російські війська закріпилися на західній околиці Tykhe.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Tykhe", Change::Advanced, Side::RU));
    }
}

// A place inside a relative clause of a phrase that describes the verb's place only describes it: "raised a flag
// in X, a village that merges with Y from the west". The relative clause's own verb keeps its place.
TEST_CASE("extract: a place in the description of another gets nothing from the verb", "[extract][reference]") {
    for (const auto& [text, lang] : Cases{
             {"Ukrainian soldiers raised a flag in Zarichne, a village that merges with Tykhe from the west.", "en"},
             {"Ukrainian troops have entered Zarichne, the rail junction that supplied Russian units around Tykhe.",
              "en"},
             {"Russian forces captured Zarichne, a hamlet which lies on the road to Tykhe.", "en"},
             {"Российские войска заняли Zarichne, село, которое примыкает к Tykhe с запада.", "ru"},
             {"ВСУ вошли в Zarichne, узловую станцию, которая снабжала войска под Tykhe.", "ru"},
             {"Российские подразделения освободили Zarichne, посёлок, который стоит на дороге в Tykhe.", "ru"},
             {"Російські війська захопили Zarichne, село, яке прилягає до Tykhe із заходу.", "uk"},
             {"ЗСУ увійшли в Zarichne, вузлову станцію, яка постачала війська біля Tykhe.", "uk"},
             {"Сили оборони звільнили Zarichne, селище, яке стоїть на дорозі до Tykhe.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(claim_for(x, "Zarichne"));
        CHECK_FALSE(claim_for(x, "Tykhe"));
    }
    // The relative clause's own claim verb keeps its place.
    for (const auto& [text, lang] : Cases{
             {"Russian forces shelled Zarichne, a village which Ukrainian troops retook together with Tykhe.", "en"},
             {"Российская артиллерия обстреляла Zarichne, село, которое ВСУ освободили вместе с Tykhe.", "ru"},
             {"Російська артилерія обстріляла Zarichne, село, яке ЗСУ звільнили разом із Tykhe.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Tykhe", Change::Liberated, Side::UA));
    }
}
