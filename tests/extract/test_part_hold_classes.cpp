#include <catch2/catch.hpp>

// Holding a part of a place (bench/blind7/MISSES.md, session h11c8): "Russian units still hold the eastern part
// of X", "восточную часть X российские части удерживают", "тримають центр і південну частину X" is the holder's
// contest of the place, not its capture. Tried on sentences of three shapes in every language, with the whole
// place held as counter-example. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: holding a part of a place is the holder's contest", "[extract][status]") {
    for (const auto& [text, lang] : Cases{
             {"Russian units control the eastern part of Zarichne, the governor said.", "en"},
             {"Russian troops are holding the northern outskirts of Zarichne.", "en"},
             {"Russian forces hold the centre of Zarichne, according to the brigade.", "en"},
             {"Восточную часть Zarichne российские части по-прежнему удерживают.", "ru"},
             {"Российские войска контролируют северную окраину Zarichne.", "ru"},
             {"Российские подразделения удерживают центр Zarichne, сообщил военкор.", "ru"},
             {"Східну частину Zarichne російські підрозділи досі утримують.", "uk"},
             {"Російські війська контролюють північну околицю Zarichne.", "uk"},
             {"Російські підрозділи утримують центр Zarichne, повідомив речник.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Contested, Side::RU));
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
}

TEST_CASE("extract: holding positions at a place is the holder's contest", "[extract][status]") {
    for (const auto& [text, lang] : Cases{
             {"Ukrainian units still hold positions near Zarichne.", "en"},
             {"Some of the brigade still holds positions near Zarichne, on the road south.", "en"},
             {"Ukrainian troops still hold positions outside Zarichne, the spokesman said.", "en"},
             {"Украинские подразделения по-прежнему удерживают позиции у Zarichne.", "ru"},
             {"Часть бригады ВСУ всё ещё удерживает позиции возле Zarichne.", "ru"},
             {"Украинские войска удерживают позиции под Zarichne, сообщил спикер.", "ru"},
             {"Українські підрозділи досі тримають позиції біля Zarichne.", "uk"},
             {"Частина бригади ЗСУ досі утримує позиції поблизу Zarichne.", "uk"},
             {"Українські війська утримують позиції під Zarichne, повідомив речник.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        const auto* c = claim_for(x, "Zarichne");
        REQUIRE(c);
        CHECK(c->by_side == Side::UA);
        CHECK((c->change == Change::Contested || c->change == Change::Advanced));
    }
}
