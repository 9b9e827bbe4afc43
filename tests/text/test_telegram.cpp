#include "claimtrack/text/telegram.hpp"

#include "claimtrack/core/error.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <streambuf>
#include <vector>

using namespace claimtrack;

namespace {

struct Read {
    text::TelegramStats stats;
    std::vector<core::Document> docs;
};

Read read(std::istream& in, const std::string& channel = "") {
    Read r;
    r.stats = text::read_telegram_export(in, "result.json", {channel},
                                         [&r](core::Document&& d) { r.docs.push_back(std::move(d)); });
    return r;
}

Read read(const std::string& json, const std::string& channel = "") {
    std::istringstream in(json);
    return read(in, channel);
}

const core::Document* by_file(const Read& r, const std::string& file) {
    for (const auto& d : r.docs)
        if (d.file == file) return &d;
    return nullptr;
}

/// A stream of an export with `n` messages, made as it is read (never whole in memory).
class GeneratedExport : public std::streambuf {
public:
    explicit GeneratedExport(std::size_t n) : m_n(n) {
        m_chunk = R"({"name": "Generated", "type": "public_channel", "id": 42, "messages": [)";
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + m_chunk.size());
    }

protected:
    int_type underflow() override {
        if (m_i > m_n) return traits_type::eof();
        if (m_i == m_n) {
            m_chunk = "]}";
        } else {
            m_chunk = (m_i ? "," : "") + std::string(R"({"id": )") + std::to_string(m_i + 1) +
                      R"(, "type": "message", "date": "2024-01-0)" + std::to_string(m_i % 9 + 1) +
                      R"(T10:00:00", "text": ["Report )" + std::to_string(m_i) +
                      R"(: ", {"type": "bold", "text": "forces advanced"}, " near the village."]})";
        }
        ++m_i;
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + m_chunk.size());
        return traits_type::to_int_type(*gptr());
    }

private:
    std::size_t m_n;
    std::size_t m_i = 0;
    std::string m_chunk;
};

} // namespace

TEST_CASE("the General Staff-style test export", "[text][telegram]") {
    std::ifstream in(CLAIMTRACK_TEST_DATA_DIR "/telegram/general_staff/result.json", std::ios::binary);
    REQUIRE(in);
    const Read r = read(in, "@GeneralStaffTest");
    CHECK(r.stats.messages == 50);
    CHECK(r.stats.service == 3);
    CHECK(r.stats.media_only == 3);
    CHECK(r.stats.empty == 1);
    CHECK(r.stats.articles == 43);
    CHECK(r.docs.size() == 43);
    CHECK(r.stats.forwarded == 1);
    CHECK(r.stats.edited == 1);
    for (const auto& d : r.docs) {
        CHECK(d.url == "https://t.me/GeneralStaffTest/" + d.file.substr(d.file.find('#') + 1));
        CHECK(d.published.has_value());
        CHECK(!d.text.empty());
    }
    SECTION("a plain text message") {
        const auto* d = by_file(r, "result.json#4");
        REQUIRE(d);
        CHECK(d->published->iso() == "2023-06-04");
        CHECK(d->source == "General Staff of the Armed Forces (test channel)");
        CHECK(d->title == "General Staff of the Armed Forces (test channel), post 4");
        CHECK(d->language == "en");
    }
    SECTION("entities are joined in order: their text, not their markup") {
        const auto* d = by_file(r, "result.json#35");
        REQUIRE(d);
        CHECK(d->text == "⚡️ Ukrainian forces liberated Lobkove in Zaporizhzhia Oblast, the General Staff said. "
                         "#Lobkove Details https://example.org/report");
    }
    SECTION("a photo with a caption is an article; without one it is skipped") {
        CHECK(by_file(r, "result.json#44") != nullptr);
        CHECK(by_file(r, "result.json#8") == nullptr);
        CHECK(by_file(r, "result.json#22") == nullptr); // empty
        CHECK(by_file(r, "result.json#11") == nullptr); // service
    }
    SECTION("a forwarded post keeps its original channel as the source") {
        const auto* d = by_file(r, "result.json#16");
        REQUIRE(d);
        CHECK(d->source == "Ministry of Defence of Ukraine (test channel)");
        CHECK(d->title.find("forwarded from Ministry of Defence of Ukraine") != std::string::npos);
    }
    SECTION("an edited message: its last text, with the edit date") {
        const auto* d = by_file(r, "result.json#20");
        REQUIRE(d);
        CHECK(d->published->iso() == "2023-06-20");
        CHECK(d->title.find(", edited 2023-06-20 14:00") != std::string::npos);
    }
    SECTION("Ukrainian text") {
        const auto* d = by_file(r, "result.json#15");
        REQUIRE(d);
        CHECK(d->language == "uk");
    }
}

TEST_CASE("Telegram URLs", "[text][telegram]") {
    const std::string chat = R"({"name": "Test", "type": "public_channel", "id": 1234567,
        "messages": [{"id": 7, "type": "message", "date": "2024-02-03T09:00:00", "text": "Troops advanced."}]})";
    SECTION("without a public name: the channel's t.me/c link") {
        CHECK(read(chat).docs.at(0).url == "https://t.me/c/1234567/7");
    }
    SECTION("--channel in any usual spelling") {
        for (const char* name : {"testchannel", "@testchannel", "https://t.me/testchannel", "t.me/testchannel/"})
            CHECK(read(chat, name).docs.at(0).url == "https://t.me/testchannel/7");
    }
    SECTION("a bad public name is an input error") {
        CHECK_THROWS_AS(read(chat, "no spaces"), InputError);
        CHECK_THROWS_AS(read(chat, "abc"), InputError);
    }
    SECTION("a personal chat has no link") {
        const std::string personal = R"({"name": "Someone", "type": "personal_chat", "id": 5,
            "messages": [{"id": 1, "type": "message", "date": "2024-02-03T09:00:00", "text": "Hello there."}]})";
        CHECK(read(personal).docs.at(0).url.empty());
    }
}

TEST_CASE("an account export with several chats", "[text][telegram]") {
    const std::string account = R"({"about": "Here is the data you requested.", "chats": {"about": "chats",
        "list": [
          {"name": "Channel A", "type": "public_channel", "id": 11, "messages": [
             {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "text": "First post of A."}]},
          {"name": "Channel B", "type": "private_channel", "id": 22, "messages": [
             {"id": 1, "type": "service", "date": "2024-01-01T10:00:00", "action": "create_channel"},
             {"id": 2, "type": "message", "date": "2024-01-02T10:00:00", "text_entities": [
                {"type": "plain", "text": "Only "}, {"type": "italic", "text": "entities"}]}]}]}})";
    CHECK(text::looks_like_telegram_export(account));
    const Read r = read(account);
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[0].source == "Channel A");
    CHECK(r.docs[0].url == "https://t.me/c/11/1");
    CHECK(r.docs[1].source == "Channel B");
    CHECK(r.docs[1].text == "Only entities");
    CHECK(r.stats.service == 1);
}

TEST_CASE("bad exports are input errors naming the file", "[text][telegram]") {
    SECTION("broken JSON, with the byte offset") {
        try {
            read(R"({"name": "X", "type": "public_channel", "messages": [{"id": 1,)");
            FAIL("no error");
        } catch (const InputError& e) {
            CHECK(std::string(e.what()).find("result.json") != std::string::npos);
            CHECK(std::string(e.what()).find("byte") != std::string::npos);
        }
    }
    SECTION("JSON without messages") { CHECK_THROWS_AS(read(R"({"name": "X"})"), InputError); }
    SECTION("a message with a bad date") {
        CHECK_THROWS_AS(read(R"({"messages": [{"id": 1, "type": "message", "date": "soon", "text": "x y"}]})"),
                        InputError);
    }
    SECTION("invalid UTF-8") {
        CHECK_THROWS_AS(read("{\"messages\": [{\"id\": 1, \"type\": \"message\", \"date\": \"2024-01-01\", "
                             "\"text\": \"bad \xC3\x28 byte\"}]}"),
                        InputError);
    }
}

TEST_CASE("detecting an export from its first bytes", "[text][telegram]") {
    CHECK(text::looks_like_telegram_export("\xEF\xBB\xBF{\n \"name\": \"X\",\n \"type\": \"public_channel\",\n "
                                           "\"id\": 1,\n \"messages\": ["));
    CHECK_FALSE(text::looks_like_telegram_export(R"({"url": "u", "title": "t", "text": "x"})"));
    CHECK_FALSE(text::looks_like_telegram_export("<html>"));
}

TEST_CASE("a large export is read as a stream", "[text][telegram]") {
    // 200,000 messages (about 25 MB of JSON) that never exist whole: the reader
    // must hand each one over as it is read.
    GeneratedExport source(200000);
    std::istream in(&source);
    std::size_t seen = 0, bytes = 0;
    const auto stats = text::read_telegram_export(in, "big.json", {}, [&](core::Document&& d) {
        ++seen;
        bytes += d.text.size();
    });
    CHECK(stats.articles == 200000);
    CHECK(seen == 200000);
    CHECK(bytes > 200000 * 40);
}
