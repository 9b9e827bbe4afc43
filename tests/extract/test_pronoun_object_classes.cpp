#include <catch2/catch.hpp>

// A personal pronoun as the object of a change of hands (bench/blind7/MISSES.md, session h11c8): "retook A and
// B, only to lose them again", "In December they lost it again", "росіяни повернули собі село". The pronoun names
// the places this sentence claimed before the verb, else those of the last claims; a denial's "it" is no place.
// Each is tried on sentences of at least three shapes in every language. Every sentence was written for these
// tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: a pronoun object of a change of hands names the places claimed before", "[extract][anaphor]") {
    for (const auto& [text, lang] : Cases{
             {"In September Ukrainian troops retook Zarichne and Tykhe, only to lose them again in December.", "en"},
             {"Ukrainian troops retook Zarichne and Tykhe in September. In December they lost them again.", "en"},
             {"Ukrainian marines retook Zarichne and Tykhe in August but lost them in December.", "en"},
             {"Украинские войска освободили Zarichne и Tykhe в сентябре, но в декабре снова оставили их.", "ru"},
             {"Украинские войска освободили Zarichne и Tykhe в сентябре. В декабре они оставили их.", "ru"},
             {"ВСУ освободили Zarichne и Tykhe летом, а зимой оставили их.", "ru"},
             {"Українські війська звільнили Zarichne і Tykhe у вересні, але у грудні знову залишили їх.", "uk"},
             {"Українські війська звільнили Zarichne і Tykhe у вересні. У грудні вони залишили їх.", "uk"},
             {"ЗСУ звільнили Zarichne і Tykhe влітку, а взимку залишили їх.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        for (const char* place : {"Zarichne", "Tykhe"}) {
            INFO(place);
            CHECK(has_claim(x, place, Change::Liberated, Side::UA));
            CHECK(has_claim(x, place, Change::Withdrew, Side::UA));
        }
    }
}

TEST_CASE("extract: taken back for oneself is a regain", "[extract][anaphor]") {
    for (const auto& [text, lang] : Cases{
             {"Российские войска вернули себе Zarichne в сентябре.", "ru"},
             {"В сентябре российские подразделения отбили себе Zarichne.", "ru"},
             {"Zarichne ВСУ освободили летом, но в сентябре российские войска вернули себе село.", "ru"},
             {"Російські війська повернули собі Zarichne у вересні.", "uk"},
             {"У вересні російські підрозділи відбили собі Zarichne.", "uk"},
             {"Zarichne Сили оборони звільнили влітку, але у вересні росіяни повернули собі село.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
}

TEST_CASE("extract: a denial's pronoun and a pronoun before a noun are no place", "[extract][anaphor]") {
    for (const auto& [text, lang] : Cases{
             {"Russia said its troops had taken Zarichne and were advancing near Tykhe. Kyiv denied it.", "en"},
             {"Российские войска заняли Zarichne. Потом они оставили их позиции у Tykhe.", "ru"},
             {"Російські війська захопили Zarichne. Потім вони залишили їх позиції біля Tykhe.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Withdrew, Side::RU));
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Withdrew, Side::UA));
    }
}
