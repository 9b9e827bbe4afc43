#include <catch2/catch.hpp>

// Withdrawals not said with a plain "withdrew" (bench/blind4/MISSES.md, session h11c6): leaving by a decision or
// an order, withdrawal as a noun with a modifier before its source, and the euphemism of "more advantageous lines".
// Each is a withdrawal of the side that leaves, tried on sentences of at least three shapes in every language, with
// counter-examples. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
struct Case {
    std::string text, lang;
    Side side;
};
} // namespace

TEST_CASE("extract: leaving by a decision or an order is a withdrawal", "[extract][withdrawal]") {
    for (const auto& [text, lang, side] : std::vector<Case>{
             {"Ukraine's military confirmed that its troops had been ordered out of Zarichne.", "en", Side::UA},
             {"A decision was taken to withdraw from Zarichne, the Ukrainian General Staff said.", "en", Side::UA},
             {"Russian units were ordered out of Zarichne overnight, Moscow said.", "en", Side::RU},
             {"Российское командование объявило о решении отвести войска из Zarichne.", "ru", Side::RU},
             {"Командование ВСУ отдало приказ вывести подразделения из Zarichne.", "ru", Side::UA},
             {"Минобороны России сообщило о решении вывести гарнизон из Zarichne.", "ru", Side::RU},
             {"Командування ЗСУ дозволило підрозділам відійти з Zarichne.", "uk", Side::UA},
             {"Російське командування ухвалило рішення відвести війська з Zarichne.", "uk", Side::RU},
             {"Командування ЗСУ наказало бригаді вийти з Zarichne.", "uk", Side::UA},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        check_claim(x, "Zarichne", Change::Withdrew, side);
    }
}

TEST_CASE("extract: a withdrawal noun with a modifier, and 'more advantageous lines', are a withdrawal",
          "[extract][withdrawal]") {
    for (const auto& [text, lang, side] : std::vector<Case>{
             {"Командование ВСУ объявило о выводе своих подразделений из Zarichne.", "ru", Side::UA},
             {"Минобороны России подтвердило отвод всех войск из Zarichne.", "ru", Side::RU},
             {"Российские подразделения заняли более выгодные рубежи у Zarichne.", "ru", Side::RU},
             {"Міноборони Росії визнало відхід своїх військ біля Zarichne.", "uk", Side::RU},
             {"Російські підрозділи «зайняли вигідніші рубежі оборони» біля Zarichne.", "uk", Side::RU},
             {"Генштаб ЗСУ повідомив про відхід наших підрозділів із Zarichne.", "uk", Side::UA},
             {"Russian units took up more advantageous positions near Zarichne, Moscow said.", "en", Side::RU},
             {"Ukrainian troops moved to more favourable lines west of Zarichne, the General Staff said.", "en", Side::UA},
             {"Moscow said its forces withdrew to more advantageous positions outside Zarichne.", "en", Side::RU},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        check_claim(x, "Zarichne", Change::Withdrew, side);
    }
}

TEST_CASE("extract: taking advantageous ground and orders that are not to leave are no withdrawal",
          "[extract][withdrawal]") {
    const auto no_withdrawal = [](const claimtrack::core::Extraction& x) {
        return std::none_of(x.claims.begin(), x.claims.end(),
                            [](const auto& c) { return c.change == Change::Withdrew && !c.negated; });
    };
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Командование ВСУ отдало приказ удерживать Zarichne любой ценой.", "ru"},
             {"Командування наказало бригаді закріпитися в Zarichne.", "uk"},
             {"Ukrainian troops were ordered to hold Zarichne at all costs.", "en"},
             {"Российские войска заняли Zarichne.", "ru"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(no_withdrawal(x));
    }
}

TEST_CASE("extract: leaving positions at or near a place is a withdrawal from it", "[extract][withdrawal]") {
    for (const auto& [text, lang, side] : std::vector<Case>{
             {"Ukrainian units had pulled back from positions near Zarichne.", "en", Side::UA},
             {"Ukrainian units withdrew from positions in Zarichne to avoid encirclement.", "en", Side::UA},
             {"Russian troops abandoned positions north of Zarichne, the General Staff said.", "en", Side::RU},
             {"Украинские подразделения отошли с позиций у Zarichne.", "ru", Side::UA},
             {"Противник оставил позиции в районе Zarichne, сообщил представитель Минобороны России.", "ru", Side::UA},
             {"Российские войска отошли с позиций севернее Zarichne.", "ru", Side::RU},
             {"Українські підрозділи відійшли з позицій біля Zarichne.", "uk", Side::UA},
             {"Українські підрозділи залишили позиції поблизу Zarichne.", "uk", Side::UA},
             {"Окупанти залишили позиції в районі Zarichne.", "uk", Side::RU},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        check_claim(x, "Zarichne", Change::Withdrew, side);
    }
    // Positions taken near a place stay an advance; positions left with no place named give no claim.
    {
        const auto x = run("Ukrainian troops took positions near Zarichne.", {{"Zarichne"}}, "en");
        check_claim(x, "Zarichne", Change::Advanced, Side::UA);
    }
    {
        const auto x = run("Near Zarichne, Ukrainian units withdrew from positions held for months.", {{"Zarichne"}}, "en");
        CHECK(std::none_of(x.claims.begin(), x.claims.end(), [](const auto& c) { return c.change == Change::Advanced; }));
    }
}
