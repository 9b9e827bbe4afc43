#include <catch2/catch.hpp>

// Claims spilling onto a reference place (bench/blind6/MISSES.md, class 5, session h11c7): "X, a village on the
// northern edge of Y", «X, село на северной окраине Y», «X, село на північній околиці Y» (an edge or side phrase
// in apposition) and "advanced west of Y towards X", «западнее Y в направлении X», «на захід від Y у напрямку X»
// (the bearing a movement starts from, before its destination): Y only locates X and gets no claim. Every
// sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
const Known target{"Lyptsi", "UA", 1200};
const Known reference{"Vovchansk", "UA", 17000, "PPLA3"};
} // namespace

TEST_CASE("extract: an edge or side of a place in apposition only locates the place before it", "[extract][reference]") {
    for (const auto& [text, lang] : Cases{
             {"Russian fighters have taken full control of Lyptsi, a village on the northern edge of Vovchansk.", "en"},
             {"Ukrainian troops liberated Lyptsi, on the western side of Vovchansk, the brigade said.", "en"},
             {"Russian units captured Lyptsi, a hamlet on the fringes of Vovchansk.", "en"},
             {"Российские войска заняли Lyptsi, село на северной окраине Vovchansk.", "ru"},
             {"ВСУ освободили Lyptsi, посёлок на западной стороне Vovchansk, сообщила бригада.", "ru"},
             {"Штурмовики взяли Lyptsi — село на южной окраине Vovchansk.", "ru"},
             {"Російські війська захопили Lyptsi, село на північній околиці Vovchansk.", "uk"},
             {"ЗСУ звільнили Lyptsi, селище на західній стороні Vovchansk, повідомила бригада.", "uk"},
             {"Штурмовики захопили Lyptsi — село на південній околиці Vovchansk.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {target, reference}, lang);
        CHECK(claim_for(x, "Lyptsi"));
        CHECK(!claim_for(x, "Vovchansk"));
    }
    // Counter-example: an edge phrase that is the verb's own object is the place's (an advance there).
    for (const auto& [text, lang] : Cases{
             {"Russian troops gained a foothold on the northern edge of Vovchansk.", "en"},
             {"Российские войска закрепились на северной окраине Vovchansk.", "ru"},
             {"Російські війська закріпилися на північній околиці Vovchansk.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {target, reference}, lang);
        check_claim(x, "Vovchansk", Change::Advanced, Side::RU);
    }
}

TEST_CASE("extract: the bearing a movement starts from only locates its destination", "[extract][reference]") {
    for (const auto& [text, lang] : Cases{
             {"Russian forces likely advanced west of Vovchansk towards Lyptsi.", "en"},
             {"Russian units pushed south of Vovchansk toward Lyptsi on Monday.", "en"},
             {"Ukrainian troops have advanced north of Vovchansk towards Lyptsi, the brigade said.", "en"},
             {"Российские войска продвинулись западнее Vovchansk в направлении Lyptsi.", "ru"},
             {"Российские подразделения продвинулись к югу от Vovchansk в сторону Lyptsi.", "ru"},
             {"ВСУ продвинулись севернее Vovchansk в направлении Lyptsi, сообщила бригада.", "ru"},
             {"Російські війська просунулися на захід від Vovchansk у напрямку Lyptsi.", "uk"},
             {"Російські підрозділи просунулися на південь від Vovchansk в бік Lyptsi.", "uk"},
             {"ЗСУ просунулися на північ від Vovchansk у напрямку Lyptsi, повідомила бригада.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {target, reference}, lang);
        CHECK(claim_for(x, "Lyptsi"));
        CHECK(!claim_for(x, "Vovchansk"));
    }
    // Counter-example: two places joined as the movement's area both take it.
    for (const auto& [text, lang] : Cases{
             {"Russian forces advanced near Vovchansk and Lyptsi.", "en"},
             {"Российские войска продвинулись у Vovchansk и Lyptsi.", "ru"},
             {"Російські війська просунулися біля Vovchansk та Lyptsi.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {target, reference}, lang);
        CHECK(claim_for(x, "Lyptsi"));
        CHECK(claim_for(x, "Vovchansk"));
    }
}
