#include <catch2/catch.hpp>

// Status of a place in a party's own voice (bench/blind3/MISSES.md, class 2, session h11c5): the state of the
// situation at a place, a place "holding", a place "still contested". Each mechanism is tried on sentences of at
// least three shapes in every language it applies to, with counter-examples. Every sentence was written for
// these tests.
#include "sentence_fixture.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;

} // namespace

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

TEST_CASE("extract: a denial whose subject names the report ('these reports') is the other side's, not the reporter's",
          "[extract][rebuttal]") {
    for (const auto& [text, lang] : Cases{
             {"Russian bloggers said Russian forces had captured Lyptsi. These reports are false.", "en"},
             {"Russian war correspondents wrote that Lyptsi had been taken. Such claims are untrue.", "en"},
             {"Russian bloggers said Russian forces had captured Lyptsi. A Ukrainian spokesman called the reports premature.", "en"},
             {"Российские военкоры сообщили о взятии Lyptsi. Эти сообщения не соответствуют действительности.", "ru"},
             {"Российские блогеры написали, что войска взяли Lyptsi. Такие заявления не соответствуют действительности.", "ru"},
             {"Российские военкоры сообщили о взятии Lyptsi. Эти сведения преждевременны.", "ru"},
             {"Російські блогери написали, що окупанти захопили Lyptsi. Ці повідомлення не відповідають дійсності.", "uk"},
             {"Російські блогери написали про захоплення Lyptsi. Такі заяви — фейк, наголосили в бригаді.", "uk"},
             {"Російські блогери написали, що окупанти захопили Lyptsi. Ці дані передчасні.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}}, lang);
        CHECK(has_claim(x, "Lyptsi", Change::Contested, Side::UA));
    }
    // Confirming the report denies nothing.
    const auto x = run("Russian bloggers said Russian forces had captured Lyptsi. The Russian defence ministry confirmed these reports.",
                       {{"Lyptsi"}}, "en");
    CHECK(std::none_of(x.claims.begin(), x.claims.end(), [](const auto& c) { return c.change == Change::Contested; }));
}

TEST_CASE("extract: a capture inside the content clause of a denied report is denied, its own agent no denier",
          "[extract][rebuttal]") {
    for (const auto& [text, lang] : Cases{
             {"A Ukrainian spokesman said reports that Russian forces had captured Lyptsi were untrue.", "en"},
             {"Claims that Russian troops seized Lyptsi are false, the Ukrainian General Staff said.", "en"},
             {"The Ukrainian army said reports that Russian units had entered Lyptsi were premature.", "en"},
             {"Представитель ВСУ заявил, что сообщения о том, что российские войска взяли Lyptsi, не соответствуют действительности.", "ru"},
             {"В ВСУ заявили, что информация о том, что противник захватил Lyptsi, не соответствует действительности.", "ru"},
             {"Заявления о том, что российские войска заняли Lyptsi, не соответствуют действительности, сообщили в ВСУ.", "ru"},
             {"Речник ЗСУ заявив, що повідомлення про те, що російські війська захопили Lyptsi, не відповідають дійсності.", "uk"},
             {"У ЗСУ заявили, що інформація про те, що ворог окупував Lyptsi, не відповідає дійсності.", "uk"},
             {"Заяви про те, що росіяни захопили Lyptsi, не відповідають дійсності, повідомили в ЗСУ.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}}, lang);
        CHECK(has_claim(x, "Lyptsi", Change::Contested, Side::UA));
        // The denied capture is kept only as a negated claim, and no side is said to have taken it.
        CHECK(std::none_of(x.claims.begin(), x.claims.end(), [](const auto& c) {
            return !c.negated && (c.change == Change::Captured || c.change == Change::Liberated);
        }));
    }
    // A comma that closes no report's content clause still ends the denial's reach.
    const auto x = run("Российские войска взяли Lyptsi, не соответствуют действительности лишь данные о потерях.", {{"Lyptsi"}}, "ru");
    check_claim(x, "Lyptsi", Change::Captured, Side::RU);
}

TEST_CASE("extract: with no named speaker, 'the enemy' and 'our' are read in the voice of the narration's own words",
          "[extract][side]") {
    // Ukrainian voice in Russian-language text (whose default with no speaker is Moscow's).
    for (const auto& text : std::vector<std::string>{
             "Оккупанты атаковали позиции наших защитников у Hlyboke. Противник имел частичный успех вблизи Lyptsi.",
             "Силы обороны сдерживают штурмы в районе Hlyboke. Наши подразделения отошли с позиций у Lyptsi.",
             "Рашисты снова штурмовали Hlyboke. Противник продвинулся у Lyptsi.",
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, "ru");
        const auto* c = claim_for(x, "Lyptsi");
        REQUIRE(c);
        CHECK(c->by_side == (text.find("Наши") != std::string::npos ? Side::UA : Side::RU));
    }
    // Russian voice in English and Ukrainian text (whose default is Kyiv's).
    for (const auto& [text, lang] : Cases{
             {"The Kyiv regime's forces shelled Hlyboke again. Our units liberated Lyptsi.", "en"},
             {"Neo-Nazis fired on Hlyboke overnight. Our assault groups took Lyptsi.", "en"},
             {"Неонацисти обстріляли Hlyboke. Наші підрозділи звільнили Lyptsi.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        check_claim(x, "Lyptsi", Change::Captured, Side::RU);
    }
    // A named speaker of a side speaks in its own words; both sides' words leave the default.
    {
        const auto x = run("Оккупанты атаковали у Hlyboke. Минобороны России сообщило, что наши подразделения освободили Lyptsi.",
                           {{"Lyptsi"}, {"Hlyboke"}}, "ru");
        check_claim(x, "Lyptsi", Change::Captured, Side::RU);
    }
    {
        const auto x = run("Неонацисти обстріляли Hlyboke, а окупанти відступили. Наші підрозділи звільнили Lyptsi.",
                           {{"Lyptsi"}, {"Hlyboke"}}, "uk");
        check_claim(x, "Lyptsi", Change::Liberated, Side::UA);
    }
    // The narration's words fade after a few sentences.
    {
        const auto x = run("Оккупанты атаковали у Hlyboke. Погода была дождливой. Дороги размыло. Связь пропала. "
                           "Наши подразделения освободили Lyptsi.",
                           {{"Lyptsi"}, {"Hlyboke"}}, "ru");
        check_claim(x, "Lyptsi", Change::Captured, Side::RU);
    }
}

// Long-standing status (bench/blind6/MISSES.md, class 3, session h11c7): a state that began long before the
// report ("since 2022", "с марта", "з початку вторгнення"), said in the stretch of the clause around the verb,
// is no change of the front; a state since a recent day, and a change dated in the past, still are.
TEST_CASE("extract: a state since long before the report is no claim", "[extract][status]") {
    for (const auto& [text, lang] : Cases{
             {"Occupied Lyptsi has been under Russian control since the first weeks of the invasion.", "en"},
             {"Lyptsi has been under Russian control since March 2022, the governor said.", "en"},
             {"In the north, Lyptsi, occupied since 2022, was shelled again on Monday.", "en"},
             {"Lyptsi остаётся под контролем российских войск с марта.", "ru"},
             {"Lyptsi, оккупированный с 2022 года, снова обстреляли.", "ru"},
             {"Lyptsi находится под контролем российских войск с начала войны.", "ru"},
             {"Lyptsi залишається під контролем російських військ з березня.", "uk"},
             {"Окупований з 2022 року Lyptsi знову обстріляли.", "uk"},
             {"Lyptsi перебуває під контролем окупантів з початку вторгнення.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}}, lang);
        CHECK(!claim_for(x, "Lyptsi"));
    }
    // Counter-examples: since a recent day the state is news; a change dated long ago is a (background) claim;
    // a state since long ago in another comma-bounded stretch leaves the verb's claim alone.
    for (const auto& [text, lang] : Cases{
             {"Lyptsi has been under Ukrainian control since Thursday, the brigade said.", "en"},
             {"Russian troops captured Lyptsi in March 2022.", "en"},
             {"Ukrainian troops liberated Lyptsi, held by Russia since 2022, the brigade said.", "en"},
             {"Российские войска захватили Lyptsi в марте 2022 года.", "ru"},
             {"ВСУ освободили Lyptsi, оккупированный с 2022 года.", "ru"},
             {"Російські війська захопили Lyptsi у березні 2022 року.", "uk"},
             {"ЗСУ звільнили Lyptsi, окупований з 2022 року.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}}, lang);
        CHECK(claim_for(x, "Lyptsi"));
    }
}
