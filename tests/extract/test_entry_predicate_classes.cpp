#include <catch2/catch.hpp>

// The head of an event-log entry as the subject of its predicate (bench/blind7/MISSES.md, session h11c8):
// "X, Donetsk Oblast — retaken by marines on Monday", "Y — звільнене 9 травня", also as the items of a numbered
// list ("2. Y — освобождено"). A predicate that opens the entry after its dash (a word or two of manner may
// stand before it) is about the head. Each shape is tried in every language, with counter-examples. Every
// sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;

std::string heading(const std::string& lang) {
    if (lang == "ru") return "Хроника недели\n\n";
    if (lang == "uk") return "Хроніка тижня\n\n";
    return "Front log, week to May 12\n\n";
}
} // namespace

TEST_CASE("extract: an entry's head is the subject of a predicate opening the entry", "[extract][entry]") {
    for (const auto& [text, lang] : Cases{
             {"Zarichne, Donetsk Oblast — retaken by Ukrainian marines on Monday. Residents are returning.", "en"},
             {"Zarichne, Zaporizhzhia Oblast — liberated on May 3. Mines are being cleared.", "en"},
             {"Zarichne — fully liberated by Ukrainian troops, the brigade said.", "en"},
             {"Zarichne, Донецкая область — освобождено украинскими морпехами 3 мая.", "ru"},
             {"Zarichne — полностью освобождено подразделениями ВСУ.", "ru"},
             {"Zarichne, Запорожская область — уже освобождено силами ВСУ, идёт разминирование.", "ru"},
             {"Zarichne, Донецька область — звільнене українськими морськими піхотинцями 3 травня.", "uk"},
             {"Zarichne — звільнене 9 травня, триває розмінування.", "uk"},
             {"Zarichne — повністю звільнений, ЗСУ вийшли до кордону.", "uk"},
         }) {
        INFO(text);
        // (An entry at the very start of a text reads as a dateline: a log has a heading first.)
        const auto x = run(heading(lang) + text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Liberated, Side::UA));
    }
    for (const auto& [text, lang] : Cases{
             {"Zarichne, Kharkiv Oblast — captured by Russian forces overnight.", "en"},
             {"Zarichne, Харьковская область — занято российскими войсками ночью.", "ru"},
             {"Zarichne, Харківська область — захоплене російськими військами вночі.", "uk"},
         }) {
        INFO(text);
        const auto x = run(heading(lang) + text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
}

TEST_CASE("extract: the items of a numbered list are entries", "[extract][entry]") {
    for (const auto& [text, lang] : Cases{
             {"Where our flags fly:\n\n1. Zarichne — liberated on May 3\n2. Tykhe — liberated on May 4\n", "en"},
             {"Где стоят наши флаги:\n\n1. Zarichne — освобождено украинскими бойцами 3 мая\n2. Tykhe — "
              "освобождено украинскими бойцами 4 мая\n",
              "ru"},
             {"Де вже стоять наші прапори:\n\n1. Zarichne — звільнене 3 травня\n2. Tykhe — звільнене 4 травня\n", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Liberated, Side::UA));
        CHECK(has_claim(x, "Tykhe", Change::Liberated, Side::UA));
    }
}

TEST_CASE("extract: an entry's predicate with its own place or subject, or no change, leaves the head alone",
          "[extract][entry]") {
    for (const auto& [text, lang] : Cases{
             {"Zarichne, Donetsk Oblast — shelled four times on Wednesday, two people were wounded.", "en"},
             {"Zarichne, Donetsk Oblast — the brigade said its troops had liberated Tykhe.", "en"},
             {"Zarichne, Донецкая область — обстреляно ночью, пострадавших нет.", "ru"},
             {"Zarichne, Донецкая область — украинские бойцы освободили Tykhe.", "ru"},
             {"Zarichne, Донецька область — обстріляне вночі, постраждалих немає.", "uk"},
             {"Zarichne, Донецька область — українські бійці звільнили Tykhe.", "uk"},
         }) {
        INFO(text);
        const auto x = run(heading(lang) + text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK_FALSE(claim_for(x, "Zarichne"));
    }
}
