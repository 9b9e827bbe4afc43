#include <catch2/catch.hpp>

// Lists of places in a sentence after the claim that counted them (bench/blind3/MISSES.md, class 10, session
// h11c5): a partitive opener ("among them", "the largest of them", «крупнейшими из них», «найбільші з них»)
// names the places of a counted claim before it. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
}

TEST_CASE("extract: a partitive list sentence names the places of the counted claim before it", "[extract][list]") {
    for (const auto& [text, lang] : Cases{
             {"Russian forces captured four villages in the region this week. Among them are Lyptsi and Hlyboke.", "en"},
             {"The Russian army said it had taken several settlements. The largest of them are Lyptsi and Hlyboke.", "en"},
             {"Russian troops seized three villages south-east of Kozacha. They are Lyptsi and Hlyboke.", "en"},
             {"Российские войска заняли четыре села. Крупнейшими из них названы Lyptsi и Hlyboke.", "ru"},
             {"Российские войска захватили несколько сёл. Среди них — Lyptsi и Hlyboke.", "ru"},
             {"Российские войска взяли три населённых пункта. Из них Lyptsi и Hlyboke — самые крупные.", "ru"},
             {"Російські війська захопили чотири села. Найбільші з них — Lyptsi та Hlyboke.", "uk"},
             {"Окупанти захопили кілька сіл. Серед них — Lyptsi і Hlyboke.", "uk"},
             {"Росіяни окупували три населені пункти. З них Lyptsi та Hlyboke — найбільші.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}, {"Kozacha"}}, lang);
        check_claim(x, "Lyptsi", Change::Captured, Side::RU);
        check_claim(x, "Hlyboke", Change::Captured, Side::RU);
        CHECK(!claim_for(x, "Kozacha"));
    }
}

TEST_CASE("extract: a partitive list sentence with no counted claim before it is no claim", "[extract][list]") {
    for (const auto& [text, lang] : Cases{
             {"Residents fled several villages after the shelling. Among them are Lyptsi and Hlyboke.", "en"},
             {"Жители покинули несколько сёл после обстрела. Среди них — Lyptsi и Hlyboke.", "ru"},
             {"Мешканці залишили кілька сіл після обстрілу. Найбільші з них — Lyptsi та Hlyboke.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        CHECK(x.claims.empty());
    }
}

TEST_CASE("extract: a hyphenated bearing after a count noun is no dash introducing its members", "[extract][list]") {
    for (const auto& text : std::vector<std::string>{
             "Ukrainian units retook four villages south-east of Kozacha.",
             "Ukrainian troops liberated several settlements north-west of Kozacha on Monday.",
             "The army said it had recaptured two villages south-west of Kozacha.",
         }) {
        INFO(text);
        const auto x = run(text, {{"Kozacha"}}, "en");
        CHECK(!claim_for(x, "Kozacha"));
    }
    // A dash set off by spaces still introduces the names.
    const auto x = run("Ukrainian units retook two villages - Lyptsi and Hlyboke.", {{"Lyptsi"}, {"Hlyboke"}}, "en");
    check_claim(x, "Lyptsi", Change::Liberated, Side::UA);
}
