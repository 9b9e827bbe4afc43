#include "claimtrack/text/text.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack::text;

TEST_CASE("UTF-8 validation finds the first bad byte", "[text]") {
    CHECK_FALSE(first_invalid_utf8("Ізюм and Izium"));
    CHECK(first_invalid_utf8("ab\xC3") == 2u);           // truncated sequence
    CHECK(first_invalid_utf8("ok \xFF ok") == 3u);        // never valid
    CHECK(first_invalid_utf8("\xED\xA0\x80") == 0u);      // UTF-16 surrogate
}

TEST_CASE("binary data is recognised", "[text]") {
    CHECK(looks_binary(std::string("PK\x03\x04\0\0", 6)));
    CHECK_FALSE(looks_binary("Plain text.\nSecond line.\n"));
}

TEST_CASE("nfc composes and rejects invalid input", "[text]") {
    CHECK(nfc("I\xCC\x88zium") == "\xC3\x8Fzium"); // I + combining diaeresis -> Ï
    CHECK_THROWS_AS(nfc("bad \xC3"), TextError);
}

TEST_CASE("fold makes case-, accent- and apostrophe-insensitive keys", "[text]") {
    CHECK(fold("Sukhyi  Stavok") == "sukhyi stavok");
    CHECK(fold("KRYVYI RIH") == "kryvyi rih");
    CHECK(fold("Bol’shoye Soldatskoye") == "bolshoye soldatskoye");
    CHECK(fold("Korenëvo") == "korenevo");
    CHECK(fold("Мар'їнка") == fold("МАРЇНКА"));
    CHECK(fold("Ізюм") == "ізюм");
    CHECK(fold("Novo-Oleksandrivka") == "novo oleksandrivka");
}

TEST_CASE("romanisation systems", "[text]") {
    SECTION("Ukrainian national system") {
        CHECK(romanise("Ізюм", Romanisation::UkrainianNational) == "Izium");
        CHECK(romanise("Високопілля", Romanisation::UkrainianNational) == "Vysokopillia");
        CHECK(romanise("Запоріжжя", Romanisation::UkrainianNational) == "Zaporizhzhia");
        CHECK(romanise("Єнакієве", Romanisation::UkrainianNational) == "Yenakiieve");
        CHECK(romanise("Згурівка", Romanisation::UkrainianNational) == "Zghurivka");
        CHECK(romanise("Мар'їнка", Romanisation::UkrainianNational) == "Marinka");
        CHECK(romanise("Щастя", Romanisation::UkrainianNational) == "Shchastia");
    }
    SECTION("BGN/PCGN through ICU") {
        CHECK(romanise("Харків", Romanisation::UkrainianBgn).find("Kharkiv") == 0);
        CHECK(romanise("Изюм", Romanisation::RussianBgn) == "Izyum");
    }
    SECTION("Latin input passes through") {
        CHECK(romanise("Bakhmut", Romanisation::RussianBgn) == "Bakhmut");
    }
    CHECK(has_cyrillic("Бахмут"));
    CHECK_FALSE(has_cyrillic("Bakhmut"));
}
