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
