#include <catch2/catch.hpp>

// A fronted locative sets the scene of a verb that names no place (bench/blind7/MISSES.md, session h11c8): "In
// nearby X, fighting goes on", «В соседнем X, по данным ведомства, бои идут на восточных окраинах», «У
// сусідньому X бої тривають» with a comma after the name. A word before the name may qualify it. Three shapes in
// every language, with a counter-example whose verb names a place of its own. Every sentence was written for
// these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: a fronted locative is the scene of a verb with no place", "[extract][scene]") {
    for (const auto& [text, lang] : Cases{
             {"In nearby Zarichne, according to the ministry, Russian troops are advancing on the eastern outskirts.",
              "en"},
             {"In Zarichne, Russian units advanced 300 metres, the ministry said.", "en"},
             {"In neighbouring Zarichne, Russian assault groups gained a foothold on the eastern outskirts.", "en"},
             {"В соседнем Zarichne, по данным Минобороны России, российские войска продвинулись на восточных окраинах.",
              "ru"},
             {"В Zarichne, по словам военкоров, российские штурмовики продвинулись на 300 метров.", "ru"},
             {"В соседнем Zarichne, сообщили в Минобороны России, российские подразделения закрепились на окраине.",
              "ru"},
             {"У сусідньому Zarichne, за даними Генштабу, російські війська просунулися на східних околицях.", "uk"},
             {"У Zarichne, за словами речника, російські штурмовики просунулися на 300 метрів.", "uk"},
             {"У сусідньому Zarichne, повідомили в Генштабі, російські підрозділи закріпилися на околиці.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Advanced, Side::RU));
    }
    // A live blog's time stamp before the locative.
    for (const auto& [text, lang] : Cases{
             {"Live\n\n12:30 In nearby Zarichne, Russian units advanced 300 metres, the ministry said.", "en"},
             {"Онлайн\n\n12:30 В соседнем Zarichne, по словам военкоров, российские штурмовики продвинулись на 300 "
              "метров.",
              "ru"},
             {"Онлайн\n\n12:30 У сусідньому Zarichne, за даними Генштабу, російські війська просунулися на східних "
              "околицях.",
              "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Advanced, Side::RU));
    }
    // The verb names its own place: the scene gets nothing.
    for (const auto& [text, lang] : Cases{
             {"In nearby Zarichne, officials said Russian troops had advanced near Tykhe.", "en"},
             {"В соседнем Zarichne, по данным Минобороны России, российские войска продвинулись у Tykhe.", "ru"},
             {"У сусідньому Zarichne, за даними Генштабу, російські війська просунулися біля Tykhe.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Tykhe", Change::Advanced, Side::RU));
        CHECK_FALSE(claim_for(x, "Zarichne"));
    }
}
