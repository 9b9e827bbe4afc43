#include <catch2/catch.hpp>

// Relative clauses about a settlement (bench/blind6/MISSES.md, class 4, session h11c7): in "X, which Ukraine
// retook at the weekend, lies on the road to Y", "5 km from X, which the army liberated", «в 6 км от X,
// который ВСУ оставили», «від X, яке ЗСУ звільнили» the clause's verb is about its antecedent X, even when X
// only locates another place in the main clause, and the clause ends at its comma: places after it are not
// the verb's. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
const Known antecedent{"Lyptsi", "UA", 1200};
const Known main_place{"Hlyboke", "UA", 900};
const Known later{"Vovchansk", "UA", 17000, "PPLA3"};
} // namespace

TEST_CASE("extract: a relative clause's verb is about its antecedent, and stops at its comma", "[extract][relative]") {
    for (const auto& [text, lang] : Cases{
             {"Lyptsi, which Ukraine retook at the weekend, lies on the main road from Hlyboke to Vovchansk.", "en"},
             {"Hlyboke lies about 6 km from Lyptsi, which Ukrainian troops retook in May.", "en"},
             {"The road runs past Lyptsi, which the army liberated on Monday, towards Vovchansk.", "en"},
             {"Lyptsi, который ВСУ освободили на выходных, лежит на дороге из Hlyboke в Vovchansk.", "ru"},
             {"Hlyboke находится в 6 км от Lyptsi, который ВСУ освободили в мае.", "ru"},
             {"Дорога проходит через Lyptsi, который украинские военные освободили в понедельник, к Vovchansk.", "ru"},
             {"Lyptsi, яке Україна звільнила на вихідних, лежить на дорозі з Hlyboke до Vovchansk.", "uk"},
             {"Hlyboke розташоване за 6 км від Lyptsi, яке ЗСУ звільнили в травні.", "uk"},
             {"Дорога проходить через Lyptsi, яке українські військові звільнили в понеділок, до Vovchansk.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {antecedent, main_place, later}, lang);
        check_claim(x, "Lyptsi", Change::Liberated, Side::UA);
        CHECK(!claim_for(x, "Hlyboke"));
        CHECK(!claim_for(x, "Vovchansk"));
    }
}

TEST_CASE("extract: a withdrawal in a relative clause is from its antecedent", "[extract][relative]") {
    for (const auto& [text, lang] : Cases{
             {"Hlyboke lies 6 km from Lyptsi, which Ukrainian units abandoned in June.", "en"},
             {"Hlyboke находится в 6 км от Lyptsi, который украинские подразделения оставили в июне.", "ru"},
             {"Hlyboke розташоване за 6 км від Lyptsi, який українські підрозділи залишили в червні.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {antecedent, main_place}, lang);
        check_claim(x, "Lyptsi", Change::Withdrew, Side::UA);
        CHECK(!claim_for(x, "Hlyboke"));
    }
    // Counter-example: a clause opened by "that" after a region or a count noun runs on to the list it introduces.
    for (const auto& [text, lang] : Cases{
             {"The president named villages in the region that he said the army had liberated: Lyptsi, Hlyboke and Vovchansk.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {antecedent, main_place, later}, lang);
        CHECK(claim_for(x, "Lyptsi"));
        CHECK(claim_for(x, "Vovchansk"));
    }
}
