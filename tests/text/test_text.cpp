#include "claimtrack/text/text.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimtrack::text;

TEST_CASE("UTF-8 validation finds the first bad byte", "[text]") {
    CHECK_FALSE(first_invalid_utf8("Ізюм and Izium"));
    CHECK(first_invalid_utf8("ab\xC3") == 2u);           // truncated sequence
    CHECK(first_invalid_utf8("ok \xFF ok") == 3u);        // never valid
    CHECK(first_invalid_utf8("\xED\xA0\x80") == 0u);      // UTF-16 surrogate
}

TEST_CASE("UTF-8 validation finds a bad byte inside Cyrillic runs at any offset", "[text]") {
    // Cyrillic is checked four letters (eight bytes) at a time: an overlong form, a stray
    // continuation byte or a truncated letter must still be found where it is.
    const std::string word = "ПокровськБахмутНовоселівка";
    CHECK_FALSE(first_invalid_utf8(word));
    for (const std::string& bad : {std::string("\xC0\x80"), std::string("\xC1\xBF"), std::string("\x80"), std::string("\xD0")})
        for (std::size_t at = 0; at <= 20; at += 2) {
            std::string s = word;
            s.insert(at, bad);
            INFO("at " << at);
            CHECK(first_invalid_utf8(s) == at);
        }
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

TEST_CASE("binary data is recognised at any offset", "[text]") {
    const std::string line = "A line of plain prose, long enough to span several eight-byte blocks.\n";
    for (std::size_t at = 0; at < 24; ++at) {
        CAPTURE(at);
        std::string with_nul = line + line;
        with_nul[at] = '\0';
        CHECK(looks_binary(with_nul));
        // Line breaks, tabs and form feeds are text; other controls count (over 1 % is binary).
        std::string controls = line + line;
        controls[at] = '\x01';
        CHECK_FALSE(looks_binary(controls)); // 1 in 142 bytes
        controls[at + 30] = '\x02';
        CHECK(looks_binary(controls)); // 2 in 142 bytes
        std::string layout = line + line;
        layout[at] = '\t';
        layout[at + 30] = '\f';
        layout[at + 60] = '\r';
        CHECK_FALSE(looks_binary(layout));
    }
}

TEST_CASE("NFC: Cyrillic, Latin and punctuation pass through, and what needs ICU still gets it", "[text]") {
    std::string already = "Київ, «Ізюм» — Mariupol’s port… Ёлки, Ї, Й, é";
    const std::string copy = already;
    to_nfc(already);
    CHECK(already == copy);
    CHECK(nfc("\xD0\x86\xCC\x88") == "\xD0\x87");       // І + combining diaeresis -> Ї
    CHECK(nfc("Ки\xD1\x96\xCC\x88в") == "Ки\xD1\x97в"); // і + combining diaeresis inside a word
    CHECK(nfc("a\xE2\x80\x80" "b") == "a\xE2\x80\x82" "b"); // U+2000 EN QUAD is U+2002 in NFC
    CHECK(nfc("\xE2\x84\xA6") == "\xCE\xA9");           // OHM SIGN -> GREEK CAPITAL OMEGA
    CHECK_THROWS_AS(nfc("Київ \xD0"), TextError);       // truncated after Cyrillic
    CHECK_THROWS_AS(nfc("Київ \xE2\x80"), TextError);   // truncated punctuation
}

TEST_CASE("UTF-8 validation of two-byte characters", "[text]") {
    CHECK_FALSE(first_invalid_utf8("Ізюм Київ"));
    CHECK(first_invalid_utf8("Ки\xD0") == 4u);        // lead byte at the end
    CHECK(first_invalid_utf8("Ки\xD0x") == 4u);       // lead byte without a continuation
    CHECK(first_invalid_utf8("Ки\xC0\x80") == 4u);    // overlong NUL
    CHECK(first_invalid_utf8("Ки\xC1\xBF") == 4u);    // overlong
}
