#include <catch2/catch.hpp>

// A flag over a place in a headline or a video (bench/blind7/MISSES.md, class 11, session h11c8): the noun first
// with no auxiliary ("Ukrainian flag raised over X"), and soldiers shown with a flag over a place ("відео з
// прапором над X"). The flag's nation, else the speaker's side, took it. Three shapes in every language. Every
// sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: a flag raised over a place in a headline or a video is a gain", "[extract][flag]") {
    for (const auto& [text, lang] : Cases{
             {"Ukrainian flag raised over Zarichne village council", "en"},
             {"Live: Ukrainian flags hoisted above Zarichne\n\nThe video appeared in the morning.", "en"},
             {"Marines posted a video with the Ukrainian flag over Zarichne.", "en"},
             {"Украинский флаг поднят над сельсоветом Zarichne", "ru"},
             {"Морпехи ВСУ показали видео с украинским флагом над Zarichne.", "ru"},
             {"Бойцы ВСУ опубликовали фото с флагом над Zarichne, официального подтверждения нет.", "ru"},
             {"Український прапор піднято над сільрадою Zarichne", "uk"},
             {"Бійці бригади показали відео з прапором над Zarichne.", "uk"},
             {"Прапор України встановлено над школою в Zarichne, повідомили військові.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Liberated, Side::UA));
    }
}
