#include "claimtrack/text/language.hpp"

#include <catch2/catch.hpp>

using claimtrack::text::detect_language;

TEST_CASE("language of a text: en, uk, ru", "[text]") {
    CHECK(detect_language("Ukrainian forces said they had pushed the enemy back from two villages.") == "en");
    CHECK(detect_language("Українські військові звільнили село та просунулися на кілька кілометрів, "
                          "повідомили в Генштабі.") == "uk");
    CHECK(detect_language("Подразделения группировки войск освободили населённый пункт, сообщили "
                          "в Минобороны России.") == "ru");
    SECTION("a Cyrillic place name inside English text stays English") {
        CHECK(detect_language("The village of Вугледар (Vuhledar) was in the news again on Monday "
                              "as fighting went on around it.") == "en");
    }
    SECTION("too little text to tell") { CHECK(detect_language("OK 12") == ""); }
}
