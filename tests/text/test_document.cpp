#include "claimtrack/text/document.hpp"

#include "claimtrack/core/error.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack;

TEST_CASE("plain-text article with a header block", "[text]") {
    const std::string bytes =
        "url: https://example.org/a\n"
        "title: Village retaken\n"
        "source: Example Wire\n"
        "published: 2023-06-05\n"
        "\n"
        "Ukrainian forces retook the village, a spokesman said.\n";
    const auto doc = text::parse_text_article(bytes, "a.txt");
    CHECK(doc.file == "a.txt");
    CHECK(doc.url == "https://example.org/a");
    CHECK(doc.title == "Village retaken");
    CHECK(doc.source == "Example Wire");
    REQUIRE(doc.published);
    CHECK(doc.published->iso() == "2023-06-05");
    CHECK(doc.text.rfind("Ukrainian forces", 0) == 0);
}

TEST_CASE("article without a header, and unknown dates", "[text]") {
    SECTION("no header: all of it is the body") {
        const auto doc = text::parse_text_article("Title line: with a colon\n\nBody.\n", "b.txt");
        CHECK(doc.title.empty());
        CHECK(doc.text.rfind("Title line", 0) == 0);
    }
    SECTION("a malformed publication date is refused, naming the file") {
        REQUIRE_THROWS_WITH(text::parse_text_article("published: 12/09/2022\n\nBody.\n", "d.txt"),
                            Catch::Contains("d.txt: published: '12/09/2022' is not a date"));
    }
    SECTION("published: unknown") {
        const auto doc = text::parse_text_article("published: unknown\n\nBody text.\n", "c.txt");
        CHECK_FALSE(doc.published);
        CHECK(doc.text == "Body text.\n");
    }
}

TEST_CASE("bad article input is refused with the input named", "[text]") {
    SECTION("empty") { REQUIRE_THROWS_AS(text::parse_text_article("  \n", "empty.txt"), InputError); }
    SECTION("binary") {
        REQUIRE_THROWS_AS(text::parse_text_article(std::string("\x7F" "ELF\0\0\0", 7), "bin.txt"), InputError);
    }
    SECTION("invalid UTF-8 names file and offset") {
        try {
            text::parse_text_article("Latin-1 caf\xE9 text", "latin1.txt");
            FAIL("no exception");
        } catch (const InputError& e) {
            CHECK(std::string(e.what()).find("latin1.txt") != std::string::npos);
            CHECK(std::string(e.what()).find("byte 11") != std::string::npos);
        }
    }
}

TEST_CASE("JSON Lines: good lines kept, bad lines reported", "[text]") {
    const std::string bytes =
        R"({"url":"u1","title":"t1","published":"2024-01-02","text":"First body."})" "\n"
        "{broken json\n"
        "\n"
        R"({"url":"u3","title":"t3"})" "\n"
        R"({"url":"u4","title":"t4","published":"2024-13-40","text":"Fourth body."})" "\n"
        "{\"url\":\"u5\",\"text\":\"Latin-1 caf\xE9\"}\n"
        R"({"url":"u6","published":"Tue, 10 Sep 2024 07:00:00 GMT","text":"Sixth body."})" "\n";
    std::vector<std::string> errors;
    const auto docs = text::parse_json_lines(bytes, "feed.jsonl", errors);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].file == "feed.jsonl:1");
    CHECK(docs[0].published->iso() == "2024-01-02");
    CHECK(docs[1].file == "feed.jsonl:7");
    CHECK(docs[1].published->iso() == "2024-09-10");
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].rfind("feed.jsonl:2: broken JSON", 0) == 0);
    CHECK(errors[1].rfind("feed.jsonl:4: no \"text\"", 0) == 0);
    CHECK(errors[2].rfind("feed.jsonl:5: published: '2024-13-40' is not a date", 0) == 0);
    CHECK(errors[3].rfind("feed.jsonl:6: invalid UTF-8", 0) == 0);
}

TEST_CASE("an article's body is NFC after reading, whichever pass finds it so", "[text]") {
    // NFC text (ASCII, Cyrillic, curly quotes) is read as it is; a decomposed letter in the body
    // or in the header sends the article through ICU, which composes the body.
    const std::string nfc_body = "Бійці «Азову» відбили атаку біля села Іванівка — so said the unit.\n";
    CHECK(text::parse_text_article("title: A\n\n" + nfc_body, "a.txt").text == nfc_body);
    CHECK(text::parse_text_article(nfc_body, "a.txt").text == nfc_body);
    CHECK(text::parse_text_article("title: Cafe\xCC\x81\n\nМаріупол \xD0\x98\xCC\x86 end\n", "b.txt").text ==
          "Маріупол \xD0\x99 end\n");
    CHECK(text::parse_text_article("\xEF\xBB\xBFtitle: A\n\nКиі\xCC\x88в\n", "c.txt").text == "Київ\n");
    // Invalid UTF-8 after NFC-looking text is still found, at its byte.
    try {
        text::parse_text_article(nfc_body + "\xD0", "d.txt");
        FAIL("no exception");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("byte " + std::to_string(nfc_body.size())) != std::string::npos);
    }
}
