#include <catch2/catch.hpp>

// Error classes of the unseen-text reports (issue 11): lists, the claimant's own side, partial
// advance, reference places, rebuttals, Russian and Ukrainian forms, attempts. One mechanism per
// test case, each tried on sentences of several shapes in every language it applies to. Every
// sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace claimtrack::test;

TEST_CASE("extract: lists after a relative list opener or a repeated preposition give one claim each",
          "[extract][lists]") {
    // "among which", "среди которых", "серед яких": the relative pronoun opens the list, not a clause.
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russia said its troops had captured five villages, among which Lyptsi and Hlyboke.", "en"},
             {"Russian forces have taken nine villages since March, among which are Lyptsi and Hlyboke.", "en"},
             {"Российские войска заняли пять сел, среди которых Lyptsi и Hlyboke.", "ru"},
             {"Российские войска заняли три села, в числе которых Lyptsi и Hlyboke.", "ru"},
             {"Росіяни захопили п'ять сіл, серед яких Lyptsi та Hlyboke.", "uk"},
             {"Росіяни захопили три села, у числі яких Lyptsi та Hlyboke.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        check_claim(x, "Lyptsi", Change::Captured, Side::RU);
        check_claim(x, "Hlyboke", Change::Captured, Side::RU);
    }
    // A cataphoric list after a counted object in a genitive plural ("п'ять сіл", "пять сёл").
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russian units seized several hamlets on the road. They are Lyptsi and Hlyboke.", "en"},
             {"Российские войска заняли пять сёл. Это Lyptsi и Hlyboke.", "ru"},
             {"Росіяни захопили п'ять сіл. Це Lyptsi та Hlyboke.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        check_claim(x, "Lyptsi", Change::Captured, Side::RU);
        check_claim(x, "Hlyboke", Change::Captured, Side::RU);
    }
    // A gapped second source phrase: "withdrew from A and from positions near B".
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Ukrainian troops have withdrawn from Lyptsi and from some positions near Hlyboke.", "en"},
             {"Ukrainian units pulled back from Lyptsi, and from the trenches around Hlyboke, the army said.", "en"},
             {"Украинские войска отошли из Lyptsi и с позиций у Hlyboke.", "ru"},
             {"Українські війська відійшли з Lyptsi і з позицій біля Hlyboke.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        check_claim(x, "Lyptsi", Change::Withdrew, Side::UA);
        check_claim(x, "Hlyboke", Change::Withdrew, Side::UA);
    }
}

TEST_CASE("extract: the ministry named again is the ministry, not the last speaker", "[extract][side]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russian forces took Lyptsi, the Russian Defence Ministry said. Ukraine's army said fighting goes on. "
              "The ministry also said its troops had taken Hlyboke.",
              "en"},
             {"Минобороны России заявило о захвате Lyptsi. Генштаб ВСУ сообщил, что бои продолжаются. Также "
              "министерство сообщило, что его войска заняли Hlyboke.",
              "ru"},
             {"Міноборони РФ заявило про захоплення Lyptsi. Генштаб ЗСУ повідомив, що бої тривають. Також у "
              "міністерстві заявили, що його війська зайняли Hlyboke.",
              "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        check_claim(x, "Hlyboke", Change::Captured, Side::RU);
        const auto* c = claim_for(x, "Hlyboke");
        REQUIRE(c);
        CHECK(c->claimant_side == Side::RU);
    }
}

TEST_CASE("extract: a side named in a control phrase holds the place, whoever reports it", "[extract][side]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"\"Lyptsi has been under Ukrainian control since Thursday,\" the governor wrote.", "en"},
             {"Lyptsi remains under Ukrainian control, the Russian ministry conceded.", "en"},
             {"Lyptsi находится под контролем ВСУ, заявили в Минобороны России.", "ru"},
             {"Lyptsi перебуває під контролем ЗСУ, заявили в Міноборони РФ.", "uk"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Contested, Side::UA);
    }
    // An absence keeps its reading: the side named is the one absent.
    check_claim(run("Ukrainian officials said there are no Russian troops in Lyptsi.", {{"Lyptsi"}}, "en"), "Lyptsi",
                Change::Contested, Side::UA);
}

TEST_CASE("extract: formations named by their side act for it, and 'lies' as a verb rebuts nothing", "[extract][side]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"По словам Пушилина, украинские формирования покидают Lyptsi.", "ru"},
             {"Украинские формирования оставили Lyptsi, сообщил Пушилин.", "ru"},
             {"За словами Пушиліна, українські формування залишають Lyptsi.", "uk"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Withdrew, Side::UA);
    }
    for (const std::string text : {"Russian units entered Lyptsi and are pushing toward Hlyboke, which lies 5 km away.",
                                   "Russian troops are advancing on Hlyboke, which lies on the road north of Lyptsi."}) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}, {"Hlyboke"}}, "en"), "Hlyboke", Change::Advanced, Side::RU);
    }
    check_claim(run("Ukraine said the Russian report about Lyptsi was all lies.", {{"Lyptsi"}}, "en"), "Lyptsi",
                Change::Contested, Side::UA);
}

TEST_CASE("extract: a battle still going on for a place named before is a contest", "[extract][rebuttal]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russia said it had captured Lyptsi. Ukraine's army said the battle for the village was still going on.",
              "en"},
             {"Russia said it had captured Lyptsi. Kyiv said fighting in the town is still going on.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}}, lang);
        CHECK(std::any_of(x.claims.begin(), x.claims.end(), [](const auto& c) {
            return c.change == Change::Contested && c.by_side == Side::UA && c.place && c.place->name == "Lyptsi";
        }));
    }
}

TEST_CASE("extract: fighting in the other side's place, regained positions and encirclement are advances",
          "[extract][partial]") {
    // A side that reports fighting inside a place of the other side's country is in it.
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Бои идут в Lyptsi, сообщили в Минобороны России.", "ru"},
             {"По данным Минобороны России, бои также идут на окраинах Lyptsi.", "ru"},
             {"Минобороны России сообщило, что идут бои за Lyptsi.", "ru"},
             {"Russian officials said fighting was going on in Lyptsi.", "en"},
             {"Street fighting rages in Lyptsi, the Russian Defence Ministry said.", "en"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Advanced, Side::RU);
    }
    // The same words from the place's own side stay a contest.
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Тривають бої за Lyptsi, повідомили в Генштабі ЗСУ.", "uk"},
             {"The Ukrainian General Staff said fighting goes on in Lyptsi.", "en"},
             {"В Генштабе ВСУ заявили, что идут бои за Lyptsi.", "ru"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Contested, Side::UA);
    }
    // Lost positions regained near a place: ground near it, not the place.
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Ukrainian troops regained lost positions on the outskirts of Lyptsi.", "en"},
             {"Ukrainian units have restored previous positions near Lyptsi.", "en"},
             {"Українські військові відновили втрачені позиції поблизу Lyptsi.", "uk"},
             {"Украинские военные восстановили утраченные позиции у Lyptsi.", "ru"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Advanced, Side::UA);
    }
    // A short passive participle of encirclement: the encircler advances, an official before it only speaks.
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Город Lyptsi практически окружен с трех сторон российскими войсками.", "ru"},
             {"По словам Пушилина, Lyptsi окружены с трех сторон.", "ru"},
             {"Місто Lyptsi майже оточене з трьох боків російськими військами.", "uk"},
             {"Українські підрозділи в Lyptsi оточені.", "uk"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Advanced, Side::RU);
    }
    // After a side withdraws, an agentless advance in the next sentence is the other side's.
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"По словам Пушилина, украинские формирования покидают Hlyboke. Бои также идут на подступах к Lyptsi.", "ru"},
             {"Ukrainian troops withdrew from Hlyboke. Fighting is now on the outskirts of Lyptsi.", "en"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang), "Lyptsi", Change::Advanced, Side::RU);
    }
}

TEST_CASE("extract: the anchor of an offset or a bearing gets no claim of its own", "[extract][reference]") {
    // Russian and Ukrainian distances: "за 7 км від Y", "в 10 км к северу от Y".
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Росіяни просунулися біля Lyptsi, за 7 км від Hlyboke.", "uk"},
             {"Російські війська захопили Lyptsi, що за 12 кілометрів на північ від Hlyboke.", "uk"},
             {"Российские войска заняли Lyptsi, в 10 км к северу от Hlyboke.", "ru"},
             {"Российские войска продвинулись у Lyptsi, в 5 км от Hlyboke.", "ru"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        CHECK(claim_for(x, "Lyptsi"));
        CHECK(!claim_for(x, "Hlyboke"));
    }
    // A compound bearing after a list or a single place: "A and B, south-east of Y".
    for (const std::string text :
         {"Ukrainian troops pushed Russian units back near Lyptsi and Vesele, south-east of Hlyboke.",
          "Russian forces captured Lyptsi, south-west of Hlyboke.",
          "Russian forces captured Lyptsi and Vesele, north-east of Hlyboke, the ministry said."}) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Vesele"}, {"Hlyboke"}}, "en");
        CHECK(claim_for(x, "Lyptsi"));
        CHECK(!claim_for(x, "Hlyboke"));
    }
}

TEST_CASE("extract: officialese rebuttals and holding positions are contests", "[extract][rebuttal]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russian claims to have captured Lyptsi do not correspond to reality, the General Staff said.", "en"},
             {"Reports that Russian troops took Lyptsi are not true, the Ukrainian army said.", "en"},
             {"Заяви росіян про захоплення Lyptsi не відповідають дійсності, повідомили в Генштабі ЗСУ.", "uk"},
             {"Заявления о захвате Lyptsi не соответствуют действительности, заявили в ВСУ.", "ru"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Contested, Side::UA);
    }
    for (const std::string text : {"The Defence Forces are holding their positions in Lyptsi and near Hlyboke.",
                                   "Ukrainian troops are holding their ground in Lyptsi.",
                                   "Ukrainian marines still hold their lines in Lyptsi, the navy said."}) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}, {"Hlyboke"}}, "en"), "Lyptsi", Change::Contested, Side::UA);
    }
    // "holding talks" holds no place.
    CHECK(!claim_for(run("Russia is holding talks in Lyptsi.", {{"Lyptsi"}}, "en"), "Lyptsi"));
}

TEST_CASE("extract: Russian and Ukrainian control returned and nominal approach", "[extract][slavic]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"ВСУ вернули под свой контроль Lyptsi.", "ru"},
             {"В июне украинские военные вернули под контроль Lyptsi и Hlyboke.", "ru"},
             {"ЗСУ повернули під контроль Lyptsi.", "uk"},
             {"Українські військові повернули під свій контроль Lyptsi та Hlyboke.", "uk"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang), "Lyptsi", Change::Liberated, Side::UA);
    }
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Минобороны России сообщило о выходе к окраине Lyptsi.", "ru"},
             {"Российские штурмовики обеспечили выход на подступы к Lyptsi.", "ru"},
             {"Міноборони РФ заявило про вихід на околиці Lyptsi.", "uk"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Advanced, Side::RU);
    }
}

TEST_CASE("extract: a bridgehead or forces for an offensive on a place claim nothing", "[extract][intent]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Противник создает плацдарм для наступления на Lyptsi.", "ru"},
             {"Российские войска стягивают резервы для штурма Lyptsi.", "ru"},
             {"Ворог створює плацдарм для наступу на Lyptsi.", "uk"},
             {"Росіяни накопичують сили для штурму Lyptsi.", "uk"},
             {"Russian forces are building a bridgehead for an offensive on Lyptsi.", "en"},
         }) {
        INFO(text);
        CHECK(!claim_for(run(text, {{"Lyptsi"}}, lang), "Lyptsi"));
    }
}

TEST_CASE("extract: names in apposition after a counted object are its places", "[extract][lists]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Moscow claimed the capture of two villages, Lyptsi and Hlyboke.", "en"},
             {"Russian troops took two more hamlets, Lyptsi and Hlyboke, on Monday.", "en"},
             {"Российские войска заняли два села, Lyptsi и Hlyboke.", "ru"},
             {"Російські війська захопили два села, Lyptsi та Hlyboke.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        check_claim(x, "Lyptsi", Change::Captured, Side::RU);
        check_claim(x, "Hlyboke", Change::Captured, Side::RU);
    }
}

TEST_CASE("extract: a withdrawal with no side named anywhere is the holder's", "[extract][side]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"The garrison of Lyptsi got the order to fall back to a new line.", "en"},
             {"Units in Lyptsi were ordered back.", "en"},
             {"Из Lyptsi отошли.", "ru"},
             {"З Lyptsi відійшли минулої ночі.", "uk"},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Withdrew, Side::UA);
    }
}

TEST_CASE("extract: a plural anaphor takes the settlements of the sentence before", "[extract][anaphora]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russian forces attacked Lyptsi and Hlyboke. The Russian side says the two hamlets have also fallen.", "en"},
             {"Fierce fighting was reported around Lyptsi and Hlyboke on Monday. Moscow says both villages have been taken.",
              "en"},
             {"Российские войска атаковали Lyptsi и Hlyboke. Теперь оба села заняты.", "ru"},
             {"Російські війська атакували Lyptsi та Hlyboke. Обидва села захоплено, заявили в Міноборони РФ.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        check_claim(x, "Lyptsi", Change::Captured, Side::RU);
        check_claim(x, "Hlyboke", Change::Captured, Side::RU);
    }
}

TEST_CASE("extract: 'our units' with no speaker named speak for the report's own side", "[extract][side]") {
    // English and Ukrainian posts without a named speaker are Ukrainian voices; Russian ones Russian.
    for (const auto& [text, lang, side] : std::vector<std::tuple<std::string, std::string, Side>>{
             {"Near Lyptsi, our units pushed the enemy back and improved their tactical position.", "en", Side::UA},
             {"Our defenders advanced near Lyptsi overnight.", "en", Side::UA},
             {"Наші підрозділи відтіснили ворога від Lyptsi.", "uk", Side::UA},
             {"Наши подразделения продвинулись у Lyptsi.", "ru", Side::RU},
         }) {
        INFO(text);
        check_claim(run(text, {{"Lyptsi"}}, lang), "Lyptsi", Change::Advanced, side);
    }
}
