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

TEST_CASE("function words decide, wherever they fall in the text's eight-byte blocks", "[text]") {
    // Letters common to both alphabets; only the function words differ.
    const std::string neutral = "село гора вода рада пора мама нога рука";
    for (std::size_t k = 0; k < 10; ++k) {
        const std::string lead = std::string(k, 'x') + " 12, ";
        CAPTURE(k);
        CHECK(detect_language(lead + neutral + " как что под") == "ru");
        CHECK(detect_language(lead + neutral + " та що як") == "uk");
        // A word with a Latin letter is no function word.
        CHECK(detect_language(lead + neutral + " та Xкак Xчто") == "uk");
        CHECK(detect_language(lead + neutral + " как Xта Xщо Xяк") == "ru");
        CHECK(detect_language(lead + neutral + " как xxxxxxxxxxxxxxxx та що") == "uk");
    }
}
