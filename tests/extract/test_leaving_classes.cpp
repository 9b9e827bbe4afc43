#include <catch2/catch.hpp>

// Changes in forms the verb tables lacked (bench/blind7/MISSES.md, session h11c8): leaving as a noun with the
// units between ("о выходе подразделений из X", "вихід підрозділів з X"), a side that fled, "no longer hold",
// the imperfective present of leaving in a speaker's own words, declared control ("заявило о полном контроле
// над X"), and an event named after "since/after" that is real whatever was attempted before it. Each is
// tried on sentences of at least three shapes in every language it applies to. Every sentence was written for
// these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: leaving a place, as a noun, by fleeing or by holding it no more", "[extract][withdrawal]") {
    for (const auto& [text, lang] : Cases{
             {"Russian bloggers admitted that their troops no longer hold Zarichne.", "en"},
             {"Russian units no longer control Zarichne, the governor said.", "en"},
             {"By Friday the Russian garrison no longer held Zarichne.", "en"},
             {"Минобороны России сообщило о выходе подразделений из Zarichne.", "ru"},
             {"Российское командование объявило об отводе войск из Zarichne.", "ru"},
             {"«Zarichne тоже оставляем», — сказал представитель Минобороны России.", "ru"},
             {"Окупанти тікали з Zarichne так швидко, що кидали техніку.", "uk"},
             {"Російські війська втекли з Zarichne вночі.", "uk"},
             {"Міноборони РФ оголосило про вихід підрозділів із Zarichne.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Withdrew, Side::RU));
    }
}

TEST_CASE("extract: declared control of a place is a gain", "[extract][control]") {
    for (const auto& [text, lang] : Cases{
             {"Russia's defence ministry declared full control over Zarichne.", "en"},
             {"Минобороны России заявило о полном контроле над Zarichne.", "ru"},
             {"Российские военные объявили о контроле над Zarichne.", "ru"},
             {"Минобороны РФ заявило о контроле над Zarichne.", "ru"},
             {"Міноборони РФ заявило про повний контроль над Zarichne.", "uk"},
             {"Російські військові оголосили про контроль над Zarichne.", "uk"},
             {"Міністерство оборони РФ заявило про контроль над Zarichne.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
}

TEST_CASE("extract: an event after 'since' or 'after' happened, whatever was attempted before it",
          "[extract][irrealis]") {
    for (const auto& text : {
             std::string("Russian commanders have been trying to reach Tykhe since the fall of Zarichne in February."),
             std::string("Russian units tried to push on after the capture of Zarichne last week."),
             std::string("The enemy has been attempting to advance following the capture of Zarichne in March."),
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, "en");
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
        CHECK_FALSE(has_claim(x, "Tykhe", Change::Captured, Side::RU));
    }
    for (const auto& [text, lang] : Cases{
             {"После взятия Zarichne российские войска пытаются продвинуться к Tykhe.", "ru"},
             {"Після захоплення Zarichne російські війська намагаються просунутися до Tykhe.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Tykhe"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
}
