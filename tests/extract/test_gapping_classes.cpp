#include <catch2/catch.hpp>

// Gapped coordination in Russian and Ukrainian bulletins (bench/blind7/MISSES.md, session h11c8; bench/blind6
// class 11): "X было освобождено 11 марта, а 10 марта — Y", "…, а Y — 10 березня": a verbless clause after a
// comma and a conjunction, with another time and a dash, repeats the verb's frame for its place. Three shapes in
// each language, with a counter-example whose clause has a verb of its own. Every sentence was written for these
// tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: a gapped clause with another time repeats the frame for its place", "[extract][list]") {
    for (const auto& [text, lang] : Cases{
             {"Российские войска заняли Zarichne 11 марта, а 10 марта — Tykhe.", "ru"},
             {"Ранее, 11 марта, было освобождено село Zarichne, а 10 марта — Tykhe, сообщили в Минобороны России.",
              "ru"},
             {"Под контроль российских войск перешло Zarichne 11 марта, а Tykhe — 10 марта.", "ru"},
             {"Російські війська захопили Zarichne 11 березня, а 10 березня — Tykhe.", "uk"},
             {"Раніше, 11 березня, росіяни окупували Zarichne, а 10 березня — Tykhe.", "uk"},
             {"Російські війська захопили Zarichne 11 березня, а Tykhe — 10 березня.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
        CHECK(has_claim(x, "Tykhe", Change::Captured, Side::RU));
    }
    // The second clause has a verb of its own: it is that verb's frame, not the first one's.
    for (const auto& [text, lang] : Cases{
             {"Российские войска заняли Zarichne 11 марта, а 10 марта — обстреляли Tykhe.", "ru"},
             {"Російські війська захопили Zarichne 11 березня, а 10 березня — обстріляли Tykhe.", "uk"},
             {"Российские войска заняли Zarichne 11 марта, а Tykhe — пригород, который обстреливают.", "ru"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
        CHECK_FALSE(has_claim(x, "Tykhe", Change::Captured, Side::RU));
    }
}
