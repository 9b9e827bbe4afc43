#include <catch2/catch.hpp>

// Error classes of the unseen-text reports (issue 11): lists, the claimant's own side, partial
// advance, reference places, rebuttals, Russian and Ukrainian forms, attempts. One mechanism per
// test case, each tried on sentences of several shapes in every language it applies to. Every
// sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>

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
