#include <catch2/catch.hpp>

// Status of a place in a party's own voice (bench/blind3/MISSES.md, class 2, session h11c5): the state of the
// situation at a place, a place "holding", a place "still contested". Each mechanism is tried on sentences of at
// least three shapes in every language it applies to, with counter-examples. Every sentence was written for
// these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
}

TEST_CASE("extract: the situation at a place said to be under control or stable is the speaker's contest",
          "[extract][rebuttal]") {
    for (const auto& [text, lang] : Cases{
             {"A Ukrainian army spokesman said the situation in Lyptsi remains difficult but under control.", "en"},
             {"The situation around Lyptsi is stable, the brigade's press officer told reporters on Monday.", "en"},
             {"According to Ukraine's General Staff, the situation near Lyptsi has remained under control.", "en"},
             {"Представитель ВСУ заявил, что ситуация в Lyptsi остается сложной, но контролируемой.", "ru"},
             {"Обстановка вокруг Lyptsi стабильная, сообщил спикер украинской бригады.", "ru"},
             {"По словам украинского командира, ситуация у Lyptsi под контролем.", "ru"},
             {"Речник ЗСУ заявив, що ситуація в Lyptsi складна, але контрольована.", "uk"},
             {"Обстановка навколо Lyptsi стабільна, повідомили в бригаді ЗСУ.", "uk"},
             {"За словами командира батальйону ЗСУ, ситуація біля Lyptsi залишається під контролем.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}}, lang);
        check_claim(x, "Lyptsi", Change::Contested, Side::UA);
    }
    // The speaker's side, not the place's country: a Russian official on a Russian village.
    for (const auto& [text, lang] : Cases{
             {"Russia's defence ministry said the situation around Lyptsi was under control.", "en"},
             {"В Минобороны России заявили, что обстановка в Lyptsi остается под контролем.", "ru"},
             {"У Міноборони Росії заявили, що ситуація в Lyptsi стабільна.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi", "RU"}}, lang);
        check_claim(x, "Lyptsi", Change::Contested, Side::RU);
    }
}

TEST_CASE("extract: a situation that is not the front's, or an English description of it, is no claim",
          "[extract][rebuttal]") {
    for (const auto& [text, lang] : Cases{
             {"Officials said the humanitarian situation in Lyptsi remains under control after the shelling.", "en"},
             {"The energy situation in Lyptsi is stable after repairs to the substation, the utility said.", "en"},
             {"The situation in Lyptsi is difficult after a night of drone strikes, the mayor said.", "en"},
             {"Гуманитарная ситуация в Lyptsi остается сложной после обстрела.", "ru"},
             {"Энергетическая обстановка в Lyptsi стабильная, сообщили в администрации.", "ru"},
             {"Радиационная обстановка в Lyptsi под контролем, заявили спасатели.", "ru"},
             {"Енергетична ситуація в Lyptsi стабільна, повідомили в обласній адміністрації.", "uk"},
             {"Гуманітарна ситуація в Lyptsi залишається складною після обстрілу.", "uk"},
             {"Епідемічна ситуація в Lyptsi під контролем, заявили лікарі.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}}, lang);
        CHECK(x.claims.empty());
    }
}

TEST_CASE("extract: a place said to be holding or still contested is contested by its holder",
          "[extract][rebuttal]") {
    for (const auto& text : std::vector<std::string>{
             "\"Lyptsi is holding, and our supply routes still work,\" a spokesman for the National Guard said.",
             "The town of Lyptsi remains contested, the analysts assess.",
             "Lyptsi is still contested after a week of assaults, the General Staff said.",
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}}, "en");
        check_claim(x, "Lyptsi", Change::Contested, Side::UA);
    }
    // Holding talks or a meeting is no claim on the place it is held in.
    const auto x = run("The mayor of Lyptsi is holding a meeting with the residents on Friday.", {{"Lyptsi"}}, "en");
    CHECK(x.claims.empty());
}
