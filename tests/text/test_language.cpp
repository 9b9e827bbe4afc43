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

TEST_CASE("letters only one language has count wherever they fall in four-letter steps", "[text]") {
    // No function word: the letters і ї є (Ukrainian) and ы э ъ ё (Russian) decide, in lower
    // case and capitals, at every offset of the text's eight-byte blocks and inside long words.
    for (std::size_t k = 0; k < 10; ++k) {
        const std::string lead = std::string(k, ' ') + "7 ";
        CAPTURE(k);
        CHECK(detect_language(lead + "Їжаки їдять ягоди біля ріки, Єнакієве стоїть поруч з полями") == "uk");
        CHECK(detect_language(lead + "Ёжики съели ягоды возле этой реки, ЭТИ поля были рядом") == "ru");
        CHECK(detect_language(lead + "найдовшіїїїїїїїїслова нашої мови існують тут") == "uk");
        CHECK(detect_language(lead + "длиннейшиееёёёёёёёёслова нашей ыыыы речи") == "ru");
    }
}

TEST_CASE("a long word before a function word leaves the function word counted", "[text]") {
    // Words longer than any function word (sixteen bytes and more) are read four letters at a
    // time; the next word starts afresh.
    const std::string neutral = "село гора вода рада пора мама нога рука";
    for (std::size_t k = 0; k < 8; ++k) {
        CAPTURE(k);
        const std::string pad(k, ' ');
        CHECK(detect_language(pad + neutral + " переговорами переговорами что как под") == "ru");
        CHECK(detect_language(pad + neutral + " переговорами переговорами що як під") == "uk");
        // A function word glued to a long word is part of it.
        CHECK(detect_language(pad + neutral + " переговорамищо переговорамияк та") == "uk");
    }
}
