#include <catch2/catch.hpp>

// Gains short of a capture (bench/blind4/MISSES.md, session h11c6): a side's success near a place, consolidating
// on the lines it reached, entering a named edge of a place, clearing still under way in it. Each is an advance
// of the side that has it, tried on sentences of at least three shapes in every language, with counter-examples.
// Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <tuple>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
struct Case {
    std::string text, lang;
    Side side;
};
} // namespace

TEST_CASE("extract: success near a place and consolidating on the lines reached are an advance",
          "[extract][advance]") {
    for (const auto& [text, lang, side] : std::vector<Case>{
             {"Сили оборони мають успіх в районі Zarichne.", "uk", Side::UA},
             {"Наші воїни закріплюються на досягнутих рубежах північніше Zarichne.", "uk", Side::UA},
             {"За тиждень російські війська досягли успіху поблизу Zarichne.", "uk", Side::RU},
             {"ВСУ имеют успех в районе Zarichne.", "ru", Side::UA},
             {"Российские войска закрепились на достигнутых рубежах севернее Zarichne.", "ru", Side::RU},
             {"Российские подразделения добились успеха у Zarichne.", "ru", Side::RU},
             {"Ukrainian forces had success near Zarichne.", "en", Side::UA},
             {"Ukrainian troops are consolidating their positions north of Zarichne.", "en", Side::UA},
             {"Russian units have achieved success in the area of Zarichne.", "en", Side::RU},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        check_claim(x, "Zarichne", Change::Advanced, side);
    }
}

TEST_CASE("extract: entering a named edge of a place, and clearing under way in it, are an advance",
          "[extract][advance]") {
    for (const auto& [text, lang, side] : std::vector<Case>{
             {"Невеликі групи окупантів зайшли на східну околицю Zarichne.", "uk", Side::RU},
             {"Російські блогери пишуть, що у Zarichne триває зачистка.", "uk", Side::RU},
             {"Українські підрозділи зайшли на північну околицю Zarichne.", "uk", Side::UA},
             {"Российские войска зашли на северную окраину Zarichne.", "ru", Side::RU},
             {"По словам военкора, в Zarichne продолжается зачистка.", "ru", Side::RU},
             {"Противник зашел на южную окраину Zarichne, сообщил представитель Минобороны России.", "ru", Side::UA},
             {"Russian bloggers said mopping-up operations continue in Zarichne.", "en", Side::RU},
             {"A Russian war correspondent said clearing operations are under way in Zarichne.", "en", Side::RU},
             {"Ukrainian officials said clearing is ongoing in Zarichne after the Russian retreat.", "en", Side::UA},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        const auto* c = claim_for(x, "Zarichne");
        REQUIRE(c);
        CHECK((c->change == Change::Advanced || c->change == Change::Contested));
        CHECK(c->by_side == side);
    }
}

TEST_CASE("extract: success, consolidation and clearing words with no gain at a place are no claim",
          "[extract][advance]") {
    for (const auto& [text, lang] : Cases{
             {"Голова громади Zarichne каже, що мешканці мають успіх у відновленні шкіл.", "uk"},
             {"Сапери продовжують роботу: в Zarichne завершено розмінування полів.", "uk"},
             {"Жители Zarichne имеют успех в сборе урожая, рассказал глава поселка.", "ru"},
             {"В Zarichne идет уборка урожая, рассказал глава поселка.", "ru"},
             {"The council of Zarichne had success with its school repairs.", "en"},
             {"Farmers near Zarichne are consolidating their land holdings.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(x.claims.empty());
    }
}

TEST_CASE("extract: clearing done is a gain, clearing under way an advance, demining no claim", "[extract][advance]") {
    for (const auto& [text, lang, side] : std::vector<Case>{
             {"Українські військові зачистили Zarichne від російських ДРГ.", "uk", Side::UA},
             {"Російські штурмовики зачистили Zarichne, пишуть воєнкори.", "uk", Side::RU},
             {"Підрозділи ЗСУ повністю зачистили Zarichne, повідомили в штабі.", "uk", Side::UA},
             {"Подразделения ВСУ полностью зачистили Zarichne от диверсионных групп.", "ru", Side::UA},
             {"Российские штурмовики зачистили Zarichne, сообщил военкор.", "ru", Side::RU},
             {"По данным Минобороны России, Zarichne зачищено.", "ru", Side::RU},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        const auto* c = claim_for(x, "Zarichne");
        REQUIRE(c);
        CHECK((c->change == Change::Liberated || c->change == Change::Captured));
        CHECK(c->by_side == side);
    }
    // Agentless: the side that did not hold the place took it (a Russian village cleared: Ukraine's capture).
    for (const auto& [text, lang] : Cases{
             {"За даними Генштабу ЗСУ, також зачищено Zarichne.", "uk"},
             {"Кроме того, зачищено Zarichne.", "ru"},
             {"Zarichne зачищена повністю.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne", "RU"}}, lang);
        check_claim(x, "Zarichne", Change::Captured, Side::UA);
    }
    for (const auto& [text, lang, side] : std::vector<Case>{
             {"Російські штурмовики зачищають Zarichne.", "uk", Side::RU},
             {"Российские штурмовики зачищают Zarichne квартал за кварталом.", "ru", Side::RU},
             {"Ukrainian units are clearing Zarichne street by street.", "en", Side::UA},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        check_claim(x, "Zarichne", Change::Advanced, side);
    }
    for (const auto& [text, lang] : Cases{
             {"Сапери зачистили поля біля Zarichne від мін.", "uk"},
             {"Саперы зачистили от мин поля у Zarichne.", "ru"},
             {"Sappers cleared the fields near Zarichne of mines.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(x.claims.empty());
    }
}

TEST_CASE("extract: holding a place or holding the defence in it is the holder's contest", "[extract][advance]") {
    for (const auto& [text, lang] : Cases{
             {"Українські військові досі тримають оборону в Zarichne.", "uk"},
             {"Наші підрозділи тримають оборону на південній околиці Zarichne.", "uk"},
             {"Українські підрозділи тримають Zarichne, попри обстріли.", "uk"},
             {"Украинские подразделения держат оборону в Zarichne.", "ru"},
             {"Подразделения ВСУ удерживают оборону на окраине Zarichne.", "ru"},
             {"Украинские военные держали оборону у Zarichne до последнего.", "ru"},
             {"Ukrainian troops still hold positions in Zarichne.", "en"},
             {"Ukrainian defenders are still defending Zarichne.", "en"},
             {"Ukrainian units continue to hold ground inside Zarichne.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        check_claim(x, "Zarichne", Change::Contested, Side::UA);
    }
    for (const auto& [text, lang] : Cases{
             {"Мешканці Zarichne тримають худобу в сараях.", "uk"},
             {"Жители Zarichne держат оборону от жары в подвалах.", "ru"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(x.claims.empty());
    }
}

// Advance shapes of blind6 (bench/blind6/MISSES.md, class 7, session h11c7): consolidating on lines reached,
// restored positions, infiltration between positions, and an advance's extent before an offset ("advanced
// 250 metres north of X": X is where the advance was made, not an anchor that only locates).
TEST_CASE("extract: restored positions, infiltration between positions and an advance's extent are advances",
          "[extract][advance]") {
    for (const auto& [text, lang, side] : std::vector<std::tuple<std::string, std::string, Side>>{
             {"Ukrainian units are consolidating on the achieved lines near Lyptsi.", "en", Side::UA},
             {"Ukrainian troops restored their positions near Lyptsi, the brigade said.", "en", Side::UA},
             {"Russian troops advanced 300 metres north of Lyptsi.", "en", Side::RU},
             {"Russian forces infiltrated between the positions near Lyptsi.", "en", Side::RU},
             {"Украинские военные восстановили позиции у Lyptsi.", "ru", Side::UA},
             {"Российские войска продвинулись на 2 км южнее Lyptsi.", "ru", Side::RU},
             {"Российские войска просочились между позициями у Lyptsi.", "ru", Side::RU},
             {"Українські військові відновили позиції поблизу Lyptsi.", "uk", Side::UA},
             {"Російські війська просунулися на 2 км на південь від Lyptsi.", "uk", Side::RU},
             {"Російські війська просочилися між позиціями поблизу Lyptsi.", "uk", Side::RU},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Advanced, side);
    }
    // Counter-examples: a distance that locates a place captured elsewhere keeps the anchor out, and new lines
    // taken up after a retreat are no advance.
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russian troops captured Hlyboke, 10 km north of Lyptsi.", "en"},
             {"Российские войска захватили Hlyboke в 10 км к северу от Lyptsi.", "ru"},
             {"Російські війська захопили Hlyboke за 10 км на північ від Lyptsi.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        CHECK(claim_for(x, "Hlyboke"));
        CHECK(!claim_for(x, "Lyptsi"));
    }
}
