#include <catch2/catch.hpp>

// Interview voice and whose words a statement is (bench/blind7/MISSES.md, session h11c8): an interview's lead
// names the person whose answers follow ("We spoke to a Ukrainian company commander", "Мы поговорили с командиром
// роты ВСУ"), and "we" in the answers is that person's side; a question asserts nothing; a speaker named inside a
// quotation ("whatever Moscow says") is not the quotation's speaker; a minister who sums up the week speaks the
// summary that follows; in a Ukrainian text the defence ministry named with no country is Ukraine's, and Russian
// and Ukrainian reporting verbs take a ministry's neuter past ("Минобороны доложило"). Each is tried on sentences
// of at least three shapes in every language it applies to. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: an interview's answers speak for the person its lead names", "[extract][speaker]") {
    for (const auto& [text, lang] : Cases{
             {"Russia said its troops had captured Zarichne. We spoke by phone to a Ukrainian company commander.\n\n"
              "Is it true that Zarichne is lost?\n\"Yes. We pulled out of Zarichne on Friday night.\"",
              "en"},
             {"Russia said its troops had captured Zarichne. We talked to a Ukrainian drone operator.\n\n"
              "What happened in Zarichne?\n\"We pulled back from Zarichne in good order. Nobody was encircled, whatever Moscow "
              "says.\"",
              "en"},
             {"Russia said its troops had captured Zarichne. Speaking to a Ukrainian platoon commander, we asked "
              "about the town.\n\n\"We withdrew from Zarichne two days ago.\"",
              "en"},
             {"Минобороны России заявило о взятии Zarichne. Мы поговорили с командиром роты ВСУ.\n\n"
              "Правда ли, что Zarichne потерян?\n«Да. Наши подразделения вышли из Zarichne в пятницу».",
              "ru"},
             {"Минобороны России заявило о взятии Zarichne. Мы побеседовали с командиром взвода ВСУ.\n\n"
              "Что произошло в Zarichne?\n«Наши бойцы оставили Zarichne ночью. Никто не был окружён, что бы ни говорили в Москве».",
              "ru"},
             {"Минобороны России заявило о взятии Zarichne. Мы поговорили по телефону с офицером ВСУ.\n\n"
              "«Наши подразделения вышли из Zarichne два дня назад».",
              "ru"},
             {"Міноборони РФ заявило про захоплення Zarichne. Ми поговорили з командиром роти ЗСУ.\n\n"
              "— Чи правда, що Zarichne втрачено?\n— Так. Наші підрозділи вийшли з Zarichne в п'ятницю.",
              "uk"},
             {"Міноборони РФ заявило про захоплення Zarichne. Ми поспілкувалися з командиром взводу ЗСУ.\n\n"
              "— Що сталося в Zarichne?\n— Наші бійці залишили Zarichne вночі.",
              "uk"},
             {"Міноборони РФ заявило про захоплення Zarichne. Ми поговорили телефоном з українським офіцером.\n\n"
              "— Наші підрозділи вийшли з Zarichne два дні тому.",
              "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Withdrew, Side::UA));
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Withdrew, Side::RU));
    }
}

TEST_CASE("extract: a question asserts nothing", "[extract][speaker]") {
    for (const auto& [text, lang] : Cases{
             {"Has Russia captured Zarichne?", "en"},
             {"Is it true that Zarichne is lost?", "en"},
             {"Did Ukrainian troops really retake Zarichne?", "en"},
             {"Захватила ли Россия Zarichne?", "ru"},
             {"Правда ли, что Zarichne потерян?", "ru"},
             {"Действительно ли ВСУ освободили Zarichne?", "ru"},
             {"Чи захопила Росія Zarichne?", "uk"},
             {"Чи правда, що Zarichne втрачено?", "uk"},
             {"Чи справді ЗСУ звільнили Zarichne?", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK_FALSE(claim_for(x, "Zarichne"));
    }
}

TEST_CASE("extract: a minister summing up speaks the summary, and a ministry with no country in a Ukrainian text "
          "is Ukraine's",
          "[extract][speaker]") {
    for (const auto& [text, lang] : Cases{
             {"Минобороны России сообщило, что войска оставили Tykhe. Замминистра обороны Украины подвела итоги "
              "недели: «Освобождено семь населённых пунктов». Это Zarichne, Vodiane и Levadne.",
              "ru"},
             {"Міноборони РФ заявило, що війська залишили Tykhe. Заступниця міністра оборони підбила підсумки тижня: "
              "«Звільнено сім населених пунктів». Це Zarichne, Vodiane та Levadne.",
              "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Vodiane"}, {"Levadne"}, {"Tykhe"}}, lang);
        for (const char* place : {"Zarichne", "Vodiane", "Levadne"}) {
            INFO(place);
            CHECK(has_claim(x, place, Change::Liberated, Side::UA));
            CHECK_FALSE(has_claim(x, place, Change::Captured, Side::RU));
        }
    }
    for (const auto& text : {
             std::string("Russia's defence ministry said its troops had left Tykhe. Ukraine's deputy defence minister "
                         "summed up the week: the army had liberated Zarichne, Vodiane and Levadne."),
             std::string("Ukraine's defence minister sums up the week: troops liberated Zarichne, Vodiane and Levadne."),
             std::string("Russia's defence ministry said its troops had left Tykhe. Ukraine's deputy defence minister "
                         "summed up: Zarichne, Vodiane and Levadne were liberated."),
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Vodiane"}, {"Levadne"}, {"Tykhe"}}, "en");
        const auto* c = claim_for(x, "Zarichne");
        REQUIRE(c);
        CHECK(c->by_side == Side::UA);
        CHECK(c->claimant.find("minister") != std::string::npos);
    }
    for (const auto& text : {
             std::string("Міністерство оборони повідомило, що Zarichne звільнено."),
             std::string("Заступниця міністра оборони повідомила, що Сили оборони звільнили Zarichne."),
             std::string("У міністерстві оборони заявили, що Zarichne звільнено."),
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, "uk");
        const auto* c = claim_for(x, "Zarichne");
        REQUIRE(c);
        CHECK(c->change == Change::Liberated);
        CHECK(c->by_side == Side::UA);
        CHECK(c->claimant_side == Side::UA);
    }
    // Russia's ministry is still named with its country.
    const auto x = run("Міністерство оборони РФ заявило про звільнення Zarichne.", {{"Zarichne"}}, "uk");
    CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
}

TEST_CASE("extract: a ministry's neuter past reports", "[extract][speaker]") {
    for (const auto& [text, lang] : Cases{
             {"Zarichne полностью освобождено, об этом в среду доложило Минобороны.", "ru"},
             {"Минобороны отметило, что Zarichne освобождено.", "ru"},
             {"Zarichne освобождено, уточнило Минобороны России.", "ru"},
             {"Zarichne звільнено, про це заявило Міноборони РФ.", "uk"},
             {"Міноборони РФ зазначило, що Zarichne звільнено.", "uk"},
             {"Zarichne звільнено, уточнило Міноборони РФ.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        check_claim(x, "Zarichne", Change::Captured, Side::RU);
    }
}
