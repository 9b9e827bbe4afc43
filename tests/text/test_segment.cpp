#include <catch2/catch.hpp>

#include "claimtrack/text/segment.hpp"

#include <string>
#include <vector>

using claimtrack::text::sentences;

namespace {

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& s : sentences(text)) out.push_back(text.substr(s.start, s.size()));
    return out;
}

} // namespace

TEST_CASE("segment: plain sentences", "[text][segment]") {
    const auto s = split("The brigade held the line. Shelling went on overnight! Was the bridge hit? Nobody knew.");
    REQUIRE(s.size() == 4);
    CHECK(s[0] == "The brigade held the line.");
    CHECK(s[3] == "Nobody knew.");
}

TEST_CASE("segment: abbreviations and initials do not end a sentence", "[text][segment]") {
    SECTION("titles") {
        const auto s = split("Lt. Gen. Ivan Petrenko visited St. Mykola church. He left at noon.");
        REQUIRE(s.size() == 2);
        CHECK(s[0] == "Lt. Gen. Ivan Petrenko visited St. Mykola church.");
    }
    SECTION("U.S. and initials") {
        const auto s = split("The U.S. envoy J. R. Smith met officials on Sept. 3 in the capital. Talks ended.");
        REQUIRE(s.size() == 2);
    }
    SECTION("months before numbers") {
        const auto s = split("The town changed hands on Nov. 9 after a week of fighting.");
        REQUIRE(s.size() == 1);
    }
}

TEST_CASE("segment: a missing space after a full stop", "[text][segment]") {
    const auto s = split("The column stopped near the river.The next morning it moved on.");
    REQUIRE(s.size() == 2);
    CHECK(s[1] == "The next morning it moved on.");
}

TEST_CASE("segment: quotes stay with their sentence", "[text][segment]") {
    const auto s = split("\xE2\x80\x9CWe pushed them back,\xE2\x80\x9D the colonel said. \xE2\x80\x9CThe village is ours.\xE2\x80\x9D");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "\xE2\x80\x9CWe pushed them back,\xE2\x80\x9D the colonel said.");
    CHECK(s[1] == "\xE2\x80\x9CThe village is ours.\xE2\x80\x9D");
}

TEST_CASE("segment: datelines are split off", "[text][segment]") {
    SECTION("agency dateline") {
        const auto s = split("LVIV, March 3 (Reuters) - Officials said the road was open again.");
        REQUIRE(s.size() == 2);
        CHECK(s[0] == "LVIV, March 3 (Reuters) -");
        CHECK(s[1] == "Officials said the road was open again.");
    }
    SECTION("a dash inside a sentence is no dateline") {
        const auto s = split("The strike - the third this week - hit a depot.");
        REQUIRE(s.size() == 1);
    }
}

TEST_CASE("segment: headlines, captions and bullets end at the line break", "[text][segment]") {
    const std::string text = "Troops regain ground in the south\n"
                             "Photo: a tank on a road\n\n"
                             "- Two villages retaken\n"
                             "\xE2\x80\xA2 One bridge destroyed\n"
                             "The army said more details would follow.";
    const auto s = split(text);
    REQUIRE(s.size() == 5);
    CHECK(s[0] == "Troops regain ground in the south");
    CHECK(s[2] == "Two villages retaken");
    CHECK(s[3] == "One bridge destroyed");
}

TEST_CASE("segment: spans are trimmed byte offsets", "[text][segment]") {
    const std::string text = "  First one.   Second one.  ";
    const auto spans = sentences(text);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].start == 2);
    CHECK(text.substr(spans[1].start, spans[1].size()) == "Second one.");
    CHECK(sentences("").empty());
}

TEST_CASE("segment: Russian and Ukrainian abbreviations and the copula dash", "[text][segment]") {
    SECTION("settlement and oblast abbreviations") {
        const auto s = split("Бої тривають біля с. Лугове Харківської обл. та м. Вовчанськ. Ворог відступив.");
        REQUIRE(s.size() == 2);
        CHECK(s[1] == "Ворог відступив.");
    }
    SECTION("an initial before a surname") {
        const auto s = split("Об этом заявил министр А. Петров. Других данных нет.");
        REQUIRE(s.size() == 2);
        CHECK(s[0] == "Об этом заявил министр А. Петров.");
    }
    SECTION("a dash after a village name is not a dateline") {
        const auto s = split("Лугове — село, яке окупанти зайняли навесні.");
        REQUIRE(s.size() == 1);
    }
    SECTION("a gapped clause with a dash after a comma is not a dateline") {
        CHECK(split("Луговое освобождено 5 мая, Каменка — 7 мая, сообщили военные.").size() == 1);
        CHECK(split("Нескучне звільнили, Сторожеве — наступного дня.").size() == 1);
        CHECK(split("Киев, 5 июня — Войска отошли.").size() == 2);
    }
    SECTION("a capitalised Cyrillic dateline is still split off") {
        const auto s = split("МОСКВА, 12 сен — Войска заняли рубеж.");
        REQUIRE(s.size() == 2);
        CHECK(s[1] == "Войска заняли рубеж.");
    }
}

TEST_CASE("segment: sentence ends at every position of the eight-byte scan", "[text][segment]") {
    // The terminators are looked for eight bytes at a time: a full stop, "!" or "?" is found in the
    // first, a middle or the last byte of a block, past the first block, and in the tail after it.
    for (std::size_t pad = 0; pad < 20; ++pad)
        for (const char end : {'.', '!', '?'}) {
            const std::string first = "Troops held " + std::string(pad, 'x') + end;
            const auto s = split(first + " Shelling went on.");
            REQUIRE(s.size() == 2);
            CHECK(s[0] == first);
            CHECK(s[1] == "Shelling went on.");
        }
}

TEST_CASE("segment: a dateline may hold a lower-case word in parentheses", "[text][segment]") {
    SECTION("an agency in lower case") {
        const auto s = split("KYIV, May 2 (via agencies) - The bridge was closed.");
        REQUIRE(s.size() == 2);
        CHECK(s[0] == "KYIV, May 2 (via agencies) -");
        CHECK(s[1] == "The bridge was closed.");
    }
    SECTION("a lower-case word after the parentheses ends the dateline") {
        const auto s = split("KYIV (Reuters) officials said - The bridge was closed.");
        REQUIRE(s.size() == 1);
    }
}
