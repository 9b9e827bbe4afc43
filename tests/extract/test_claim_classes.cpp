#include <catch2/catch.hpp>

// Denials inside a complement, partial control, approach wording, withdrawal verb forms and the side
// of reported actors, in English, Russian and Ukrainian. Every sentence was written for these tests.
#include "claimtrack/extract/extractor.hpp"

#include "datelines.hpp"
#include "lexicon.hpp"
#include "sentence_fixture.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace ct = claimtrack;
using ct::core::Change;
using ct::core::Side;

using namespace claimtrack::test;

namespace {

/// Whether `x` holds a negated claim of `change` by `side` on `place`.
bool has_negated(const ct::core::Extraction& x, const std::string& place, Change change, Side side) {
    return std::any_of(x.claims.begin(), x.claims.end(), [&](const ct::core::Claim& c) {
        return c.negated && c.place && c.place->name == place && c.change == change && c.by_side == side;
    });
}

/// A denied capture: negated, and the denier's contest the only plain claim on the place.
void check_denied(const ct::core::Extraction& x, const std::string& place) {
    INFO("place " << place);
    CHECK(has_negated(x, place, Change::Captured, Side::RU));
    check_claim(x, place, Change::Contested, Side::UA);
}

} // namespace

TEST_CASE("extract: a capture inside a denial's complement is negated", "[extract][denial]") {
    // The complement after a comma and a complementiser (ru/uk), with coordinated verbs (en).
    check_denied(run("Речник угруповання заперечив, що російські війська захопили Липці.", {{"Липці"}}, "uk"),
                 "Липці");
    check_denied(run("Командування заперечило, що окупанти захопили Глибоке.", {{"Глибоке"}}, "uk"), "Глибоке");
    check_denied(run("Представитель ВСУ отрицал, что российские военные захватили Липцы.", {{"Липцы"}}, "ru"),
                 "Липцы");
    check_denied(run("The command denied on Monday that Russian troops had crossed the border and seized Hlyboke.",
                     {{"Hlyboke"}}, "en"),
                 "Hlyboke");
    check_denied(run("Kyiv denied that Russian units had broken through and captured Lyptsi.", {{"Lyptsi"}}, "en"),
                 "Lyptsi");
    // A denier whose side is guessed as the agent's own still denies the other side's gain.
    check_denied(run("Водночас він заперечив, що росіяни захопили Вовчанськ.", {{"Вовчанськ"}}, "uk"), "Вовчанськ");
}

TEST_CASE("extract: the speaker's side holds a place free of the enemy", "[extract][denial]") {
    check_claim(run("A spokesman said Lyptsi is under the control of our forces.", {{"Lyptsi"}}, "en"), "Lyptsi",
                Change::Contested, Side::UA);
    check_claim(run("Ukrainian officials said there is no enemy presence in Hlyboke.", {{"Hlyboke"}}, "en"),
                "Hlyboke", Change::Contested, Side::UA);
    check_claim(run("The Ukrainian army insisted there were no Russian soldiers in Vovchansk.", {{"Vovchansk"}}, "en"),
                "Vovchansk", Change::Contested, Side::UA);
    check_claim(run("Речник ЗСУ наголосив, що у Липцях немає ворога.", {{"Липцях"}}, "uk"), "Липцях",
                Change::Contested, Side::UA);
    check_claim(run("В ВСУ заявили, что в Липцах нет противника.", {{"Липцах"}}, "ru"), "Липцах", Change::Contested,
                Side::UA);
}


TEST_CASE("extract: near-complete or majority control is an advance, holding ground a contest", "[extract][partial]") {
    check_claim(run("Hlyboke has been almost entirely occupied by Russian troops, officials said.", {{"Hlyboke"}}, "en"),
                "Hlyboke", Change::Advanced, Side::RU);
    check_claim(run("Russian troops now control the greater part of Lyptsi, the army said.", {{"Lyptsi"}}, "en"),
                "Lyptsi", Change::Advanced, Side::RU);
    check_claim(run("Russian units have seized the bulk of Vovchansk.", {{"Vovchansk"}}, "en"), "Vovchansk",
                Change::Advanced, Side::RU);
    check_claim(run("Российские войска почти полностью заняли Липцы.", {{"Липцы"}}, "ru"), "Липцы", Change::Advanced,
                Side::RU);
    check_claim(run("Российские подразделения захватили большую часть Глубокого.", {{"Глубокого"}}, "ru"), "Глубокого",
                Change::Advanced, Side::RU);
    check_claim(run("Росіяни майже повністю окупували Липці.", {{"Липці"}}, "uk"), "Липці", Change::Advanced, Side::RU);
    check_claim(run("Окупанти захопили більшу частину Глибокого.", {{"Глибокого"}}, "uk"), "Глибокого",
                Change::Advanced, Side::RU);
    // Holding positions inside the place: the holder contests it.
    check_claim(run("Ukrainian units still hold positions in Lyptsi.", {{"Lyptsi"}}, "en"), "Lyptsi",
                Change::Contested, Side::UA);
    check_claim(run("The brigade continues to hold ground inside Hlyboke.", {{"Hlyboke"}}, "en"), "Hlyboke",
                Change::Contested, Side::UA);
}

TEST_CASE("extract: improving positions near a place and reaching a named edge are advances", "[extract][approach]") {
    check_claim(run("Russian units had improved their positions near Lyptsi, the ministry said.", {{"Lyptsi"}}, "en"),
                "Lyptsi", Change::Advanced, Side::RU);
    check_claim(run("Russian troops improved their tactical position around Hlyboke.", {{"Hlyboke"}}, "en"), "Hlyboke",
                Change::Advanced, Side::RU);
    check_claim(run("Russian forces reached the northern outskirts of Vovchansk.", {{"Vovchansk"}}, "en"), "Vovchansk",
                Change::Advanced, Side::RU);
    check_claim(run("Российские военные улучшили положение у Липцов.", {{"Липцов"}}, "ru"), "Липцов", Change::Advanced,
                Side::RU);
    check_claim(run("Российские штурмовые группы вышли на восточные окраины Глубокого.", {{"Глубокого"}}, "ru"), "Глубокого",
                Change::Advanced, Side::RU);
    check_claim(run("Окупанти покращили позиції біля Липців.", {{"Липців"}}, "uk"), "Липців", Change::Advanced,
                Side::RU);
    check_claim(run("Росіяни вийшли на південні околиці Глибокого.", {{"Глибокого"}}, "uk"), "Глибокого",
                Change::Advanced, Side::RU);
}

namespace {

/// No claim of `x` (negated or not) is on `place`.
bool no_claim_on(const ct::core::Extraction& x, const std::string& place) {
    return std::none_of(x.claims.begin(), x.claims.end(),
                        [&](const ct::core::Claim& c) { return c.place && c.place->name == place; });
}

ct::core::Mention mention_at(std::string_view text, std::string_view surface) {
    ct::core::Mention m;
    const std::size_t at = text.find(surface);
    m.span = {at, at + surface.size()};
    m.surface = std::string(surface);
    return m;
}

} // namespace

TEST_CASE("extract: a dateline is where a report was filed, never a claim's fallback place", "[extract][dateline]") {
    SECTION("the mark after a name opening a line, in capitals or in a segment of its own") {
        const std::string a = "KYIV (Reuters) - Russian forces advanced.";
        CHECK(ct::extract::dateline_mention(a, mention_at(a, "KYIV"), false));
        const std::string b = "КИЇВ, 5 травня - Окупанти просунулися.";
        CHECK(ct::extract::dateline_mention(b, mention_at(b, "КИЇВ"), false));
        const std::string c = "Text.\nDnipro, Ukraine (Reuters) -";
        CHECK(ct::extract::dateline_mention(c, mention_at(c, "Dnipro"), true));
        CHECK(ct::extract::dateline_segment(c, {6, c.size()}));
        // A sentence's subject opening a line is no dateline.
        const std::string d = "Lyptsi, a border village, was captured.";
        CHECK_FALSE(ct::extract::dateline_mention(d, mention_at(d, "Lyptsi"), false));
        const std::string e = "Russian troops entered KYIV, officials said.";
        CHECK_FALSE(ct::extract::dateline_mention(e, mention_at(e, "KYIV"), false));
    }
    SECTION("an anaphor or a later list does not fall back on it") {
        const auto en = run("KYIV (Reuters) - Russian forces said on Monday they had captured the village.", {{"KYIV"}},
                            "en");
        CHECK(no_claim_on(en, "KYIV"));
        const auto town = run("POKROVSK, Ukraine (Reuters) - Officials said the town had been encircled.",
                              {{"POKROVSK"}}, "en");
        CHECK(no_claim_on(town, "POKROVSK"));
        const auto uk = run("ЗАПОРІЖЖЯ, 3 червня - Окупанти заявили, що захопили це село.", {{"ЗАПОРІЖЖЯ"}}, "uk");
        CHECK(no_claim_on(uk, "ЗАПОРІЖЖЯ"));
        const auto ru = run("ДОНЕЦК, 5 мая — Российские войска освободили этот населённый пункт.", {{"ДОНЕЦК", "UA"}},
                            "ru");
        CHECK(no_claim_on(ru, "ДОНЕЦК"));
        // A place named in the body still takes the claim.
        check_claim(run("KYIV (Reuters) - Russian forces said they had captured Lyptsi.", {{"KYIV"}, {"Lyptsi"}}, "en"),
                    "Lyptsi", Change::Captured, Side::RU);
    }
}

TEST_CASE("extract: withdrawal participles and predicative capture participles", "[extract][verbforms]") {
    check_claim(run("Из Липцов украинские подразделения отведены на новые рубежи.", {{"Липцов"}}, "ru"), "Липцов",
                Change::Withdrew, Side::UA);
    check_claim(run("Украинские части выведены на подготовленные позиции из Глубокого.", {{"Глубокого"}}, "ru"),
                "Глубокого", Change::Withdrew, Side::UA);
    check_claim(run("З Липців українські підрозділи відведено на нові позиції.", {{"Липців"}}, "uk"), "Липців",
                Change::Withdrew, Side::UA);
    check_claim(run("Українські підрозділи відійшли з Глибокого.", {{"Глибокого"}}, "uk"), "Глибокого",
                Change::Withdrew, Side::UA);
    check_claim(run("Село Липці окуповане російськими військами, повідомив речник.", {{"Липці"}}, "uk"), "Липці",
                Change::Captured, Side::RU);
    check_claim(run("Глибоке було захоплене ворогом ще навесні.", {{"Глибоке"}}, "uk"), "Глибоке", Change::Captured,
                Side::RU);
    check_claim(run("Вовчанськ захоплений окупантами, визнали в угрупованні.", {{"Вовчанськ"}}, "uk"), "Вовчанськ",
                Change::Captured, Side::RU);
}

TEST_CASE("extract: the side of an arm named after its adjective is the agent's, not the speaker's", "[extract][side]") {
    check_claim(run("A Ukrainian military spokesman said Russian infantry had entered Lyptsi.", {{"Lyptsi"}}, "en"),
                "Lyptsi", Change::Advanced, Side::RU);
    check_claim(run("Ukrainian officials said Russian paratroopers had pushed into Hlyboke.", {{"Hlyboke"}}, "en"),
                "Hlyboke", Change::Advanced, Side::RU);
    check_claim(run("Ukrainian marines have left Krynky, the spokesman said.", {{"Krynky"}}, "en"), "Krynky",
                Change::Withdrew, Side::UA);
    check_claim(run("Українські морпіхи залишили Кринки, повідомив речник.", {{"Кринки"}}, "uk"), "Кринки",
                Change::Withdrew, Side::UA);
    check_claim(run("По словам украинского офицера, российская пехота вошла в Липцы.", {{"Липцы"}}, "ru"), "Липцы",
                Change::Advanced, Side::RU);
    check_claim(run("За словами речника ЗСУ, російська піхота зайшла в Липці.", {{"Липці"}}, "uk"), "Липці",
                Change::Advanced, Side::RU);
}

TEST_CASE("extract ru/uk: a bare settlement noun refers back to the last settlement", "[extract][anaphor]") {
    const auto ru = run("Российские войска взяли посёлок Липцы. Украинские подразделения отведены на новые рубежи "
                        "западнее населённого пункта.",
                        {{"Липцы"}}, "ru");
    CHECK(has_claim(ru, "Липцы", Change::Withdrew, Side::UA));
    const auto ru2 = run("Бои шли за Глубокое. Украинские войска оставили село после штурма.", {{"Глубокое"}}, "ru");
    CHECK(has_claim(ru2, "Глубокое", Change::Withdrew, Side::UA));
    const auto uk = run("Російські війська захопили Липці. Українські підрозділи відійшли на нові позиції північніше села.",
                        {{"Липці"}}, "uk");
    CHECK(has_claim(uk, "Липці", Change::Withdrew, Side::UA));
    const auto uk2 = run("Бої тривали за Глибоке. Українські бійці вийшли з селища вночі.", {{"Глибоке"}}, "uk");
    CHECK(has_claim(uk2, "Глибоке", Change::Withdrew, Side::UA));
    // A noun followed by its name is that name, not an anaphor.
    const auto named = run("Російські війська захопили Липці. Окупанти увійшли до села Глибоке.",
                           {{"Липці"}, {"Глибоке"}}, "uk");
    CHECK(has_claim(named, "Глибоке", Change::Advanced, Side::RU));
}

TEST_CASE("extract: a possessive part of the place named before is held by its defenders", "[extract][anaphor]") {
    const auto en = run("Russian troops entered Lyptsi, though Ukrainian units still hold positions in its western "
                        "districts.",
                        {{"Lyptsi"}}, "en");
    CHECK(has_claim(en, "Lyptsi", Change::Contested, Side::UA));
    const auto en2 = run("Russian forces reached Hlyboke. Ukrainian troops are still holding its centre.", {{"Hlyboke"}},
                         "en");
    CHECK(has_claim(en2, "Hlyboke", Change::Contested, Side::UA));
    const auto ru = run("Российские войска вышли на окраины Липцов. Силы обороны удерживают его центральную часть.",
                        {{"Липцов"}}, "ru");
    CHECK(has_claim(ru, "Липцов", Change::Contested, Side::UA));
    const auto uk = run("Окупанти вийшли на околиці Глибокого. Українські бійці утримують його центральну частину.",
                        {{"Глибокого"}}, "uk");
    CHECK(has_claim(uk, "Глибокого", Change::Contested, Side::UA));
}

TEST_CASE("extract en: a passive repel's subject is the attacker", "[extract][side]") {
    check_claim(run("Russian units had been beaten back near Lyptsi, officials said.", {{"Lyptsi"}}, "en"), "Lyptsi",
                Change::Repelled, Side::UA);
    check_claim(run("Russian troops were repelled at Hlyboke.", {{"Hlyboke"}}, "en"), "Hlyboke", Change::Repelled,
                Side::UA);
    check_claim(run("Ukrainian troops repelled Russian attacks near Vovchansk.", {{"Vovchansk"}}, "en"), "Vovchansk",
                Change::Repelled, Side::UA);
}

TEST_CASE("extract: positions taken, digging in, the approaches and the outskirts entered are advances",
          "[extract][approach]") {
    check_claim(run("Ukrainian units regained positions on the outskirts of Lyptsi.", {{"Lyptsi"}}, "en"), "Lyptsi",
                Change::Advanced, Side::UA);
    check_claim(run("Russian troops took positions near Hlyboke, the ministry said.", {{"Hlyboke"}}, "en"), "Hlyboke",
                Change::Advanced, Side::RU);
    check_claim(run("According to the ministry, Russian assault groups have seized positions inside Vovchansk.",
                    {{"Vovchansk"}}, "en"),
                "Vovchansk", Change::Advanced, Side::RU);
    check_claim(run("ВСУ закрепились у Липцов.", {{"Липцов"}}, "ru"), "Липцов", Change::Advanced, Side::UA);
    check_claim(run("По данным военкоров, российские военные закрепились возле Глубокого.", {{"Глубокого"}}, "ru"),
                "Глубокого", Change::Advanced, Side::RU);
    check_claim(run("Российские подразделения ведут бои на подступах к Волчанску.", {{"Волчанску"}}, "ru"),
                "Волчанску", Change::Advanced, Side::RU);
    check_claim(run("Українські військові закріпилися біля Липців.", {{"Липців"}}, "uk"), "Липців", Change::Advanced,
                Side::UA);
    check_claim(run("Наші підрозділи відтіснили ворога від Глибокого.", {{"Глибокого"}}, "uk"), "Глибокого",
                Change::Advanced, Side::UA);
    check_claim(run("Російські штурмовики зайшли на околиці Вовчанська.", {{"Вовчанська"}}, "uk"), "Вовчанська",
                Change::Advanced, Side::RU);
    check_claim(run("Російські війська ведуть бої на підступах до Вовчанська.", {{"Вовчанська"}}, "uk"), "Вовчанська",
                Change::Advanced, Side::RU);
}

TEST_CASE("extract: a battle that goes on, and fighting at a place, are the defender's contest", "[extract][contest]") {
    check_claim(run("The battle for Lyptsi goes on, the brigade said.", {{"Lyptsi"}}, "en"), "Lyptsi",
                Change::Contested, Side::UA);
    check_claim(run("Street fighting in Hlyboke was still going on by the evening.", {{"Hlyboke"}}, "en"), "Hlyboke",
                Change::Contested, Side::UA);
    check_claim(run("Clashes around Vovchansk are going on, according to the General Staff.", {{"Vovchansk"}}, "en"),
                "Vovchansk", Change::Contested, Side::UA);
    check_claim(run("ВСУ ведут бои у Липцов.", {{"Липцов"}}, "ru"), "Липцов", Change::Contested, Side::UA);
    check_claim(run("В самом Глубоком продолжаются бои, сообщил украинский военный.", {{"Глубоком"}}, "ru"), "Глубоком",
                Change::Contested, Side::UA);
    check_claim(run("Сили оборони ведуть бої біля Липців.", {{"Липців"}}, "uk"), "Липців", Change::Contested,
                Side::UA);
    check_claim(run("За словами речника, бої за Глибоке тривають.", {{"Глибоке"}}, "uk"), "Глибоке",
                Change::Contested, Side::UA);
    check_claim(run("У Вовчанську досі ведуться бої, повідомив Генштаб.", {{"Вовчанську"}}, "uk"), "Вовчанську",
                Change::Contested, Side::UA);
}

TEST_CASE("extract: a counted object's members named after it ('among them', 'в том числе', 'зокрема')",
          "[extract][lists]") {
    const auto check_list = [](const ct::core::Extraction& x, std::initializer_list<std::string> places, Change change,
                               Side side) {
        for (const auto& p : places) check_claim(x, p, change, side);
    };
    check_list(run("Russian forces have taken nine villages this week, among them Lyptsi, Hlyboke and Vesele.",
                   {{"Lyptsi"}, {"Hlyboke"}, {"Vesele"}}, "en"),
               {"Lyptsi", "Hlyboke", "Vesele"}, Change::Captured, Side::RU);
    check_list(run("Russian troops captured four settlements, in particular Lyptsi and Vesele.", {{"Lyptsi"}, {"Vesele"}},
                   "en"),
               {"Lyptsi", "Vesele"}, Change::Captured, Side::RU);
    check_list(run("Ukrainian forces freed several villages, including Lyptsi and Hlyboke, the General Staff said.",
                   {{"Lyptsi"}, {"Hlyboke"}}, "en"),
               {"Lyptsi", "Hlyboke"}, Change::Liberated, Side::UA);
    check_list(run("Российские войска заняли девять сел, в том числе Липцы, Глубокое и Веселое.",
                   {{"Липцы"}, {"Глубокое"}, {"Веселое"}}, "ru"),
               {"Липцы", "Глубокое", "Веселое"}, Change::Captured, Side::RU);
    check_list(run("Российские войска заняли пять населенных пунктов, среди них Липцы и Глубокое.",
                   {{"Липцы"}, {"Глубокое"}}, "ru"),
               {"Липцы", "Глубокое"}, Change::Captured, Side::RU);
    // A long participle as the modifier of the counted noun: "among the captured villages".
    check_list(run("Среди захваченных сел ведомство упомянуло Липцы и Веселое.", {{"Липцы"}, {"Веселое"}}, "ru"),
               {"Липцы", "Веселое"}, Change::Captured, Side::RU);
    check_list(run("Окупанти захопили чотири села, зокрема Липці та Веселе.", {{"Липці"}, {"Веселе"}}, "uk"),
               {"Липці", "Веселе"}, Change::Captured, Side::RU);
    check_list(run("Росіяни захопили три села, у тому числі Липці та Глибоке.", {{"Липці"}, {"Глибоке"}}, "uk"),
               {"Липці", "Глибоке"}, Change::Captured, Side::RU);
    check_list(run("Серед захоплених сіл противник називає Липці та Глибоке.", {{"Липці"}, {"Глибоке"}}, "uk"),
               {"Липці", "Глибоке"}, Change::Captured, Side::RU);
}
