// End-to-end: a Telegram Desktop export (tests/data/telegram/general_staff,
// written for the project in the documented format) through `extract` and
// `ingest`, checked in the database and in `timeline`.

#include "e2e_util.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <set>
#include <string>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace claimtrack;

namespace {

const std::string k_export = CLAIMTRACK_TEST_DATA_DIR "/telegram/general_staff";

/// Rows of a query on the database, each a '|'-joined string.
std::vector<std::string> rows(const fs::path& db, const std::string& sql) {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::vector<std::string> out;
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
        std::string row;
        for (int i = 0; i < sqlite3_column_count(st); ++i) {
            if (i) row += '|';
            const auto* t = sqlite3_column_text(st, i);
            row += t ? reinterpret_cast<const char*>(t) : "";
        }
        out.push_back(row);
    }
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return out;
}

} // namespace

TEST_CASE("ingest a Telegram export: one article per message with text, t.me URLs, dates", "[telegram]") {
    const fs::path dir = test::scratch("telegram_e2e", "ingest");
    const fs::path db = dir / "claims.db";
    // The export folder, as Telegram Desktop writes it.
    auto r = test::run("ingest " + test::quote(k_export) + " --channel GeneralStaffTest --db " + test::quote(db.string()),
                       dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.find("50 messages, 43 with text (1 forwarded, 1 edited); skipped 3 service, 3 media without caption, "
                     "1 empty") != std::string::npos);
    CHECK(r.err.find("ingest: 43 new") != std::string::npos);

    CHECK(rows(db, "SELECT count(*) FROM articles") == std::vector<std::string>{"43"});
    // Every article: its t.me URL (the message id of its file name) and the message's date.
    for (const auto& row : rows(db, "SELECT url, file, published FROM articles")) {
        const auto a = row.find('|'), b = row.rfind('|');
        const std::string url = row.substr(0, a), file = row.substr(a + 1, b - a - 1), day = row.substr(b + 1);
        const std::string id = file.substr(file.rfind('#') + 1);
        CHECK(url == "https://t.me/GeneralStaffTest/" + id);
        CHECK(day.size() == 10);
        CHECK(day.rfind("2023-", 0) == 0);
    }
    CHECK(rows(db, "SELECT published, source FROM articles WHERE url LIKE '%/16'") ==
          std::vector<std::string>{"2023-06-16|Ministry of Defence of Ukraine (test channel)"});
    CHECK(rows(db, "SELECT title FROM articles WHERE url LIKE '%/20'") ==
          std::vector<std::string>{"General Staff of the Armed Forces (test channel), post 20, edited 2023-06-20 14:00"});

    // Its claims appear in `timeline`, with the message's URL and date.
    r = test::run("timeline Storozhove --json --db " + test::quote(db.string()), dir);
    REQUIRE(r.status == 0);
    const json t = json::parse(r.out);
    REQUIRE(t.size() == 1);
    CHECK(t[0]["change"] == "liberated");
    CHECK(t[0]["by_side"] == "UA");
    CHECK(t[0]["article"]["published"] == "2023-06-04");
    CHECK(t[0]["known_on"] == "2023-05-29"); // "said on Monday": the Monday before the post
    CHECK(t[0]["article"]["url"] == "https://t.me/GeneralStaffTest/4");
    // The forwarded post's claim keeps its original channel as its source.
    r = test::run("timeline Neskuchne --json --db " + test::quote(db.string()), dir);
    REQUIRE(r.status == 0);
    const json f = json::parse(r.out);
    REQUIRE(f.size() == 1);
    CHECK(f[0]["article"]["source"] == "Ministry of Defence of Ukraine (test channel)");

    std::set<std::string> places;
    for (const auto& row : rows(db, "SELECT DISTINCT p.name FROM claims c JOIN places p ON p.id = c.place_id "
                                    "WHERE c.change = 'liberated'"))
        places.insert(row);
    for (const char* p : {"Makarivka", "Staromaiorske", "Robotyne", "Neskuchne", "Blahodatne", "Urozhaine", "Piatykhatky"})
        CHECK(places.count(p) == 1);

    // Idempotent: the same export again adds nothing.
    r = test::run("ingest " + test::quote(k_export + "/result.json") + " --channel GeneralStaffTest --db " +
                      test::quote(db.string()),
                  dir);
    REQUIRE(r.status == 0);
    CHECK(r.err.find("0 new, 43 already known") != std::string::npos);
}

TEST_CASE("extract reads a Telegram export, and errors name the input", "[telegram]") {
    const fs::path dir = test::scratch("telegram_e2e", "extract");
    auto r = test::run("extract --jsonl -q " + test::quote(k_export + "/result.json"), dir);
    REQUIRE(r.status == 0);
    std::size_t lines = 0;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line); ++lines) {
        const json j = json::parse(line);
        CHECK(j["article"]["url"].get<std::string>().rfind("https://t.me/c/1987654321/", 0) == 0);
    }
    CHECK(lines == 43);

    SECTION("a bad --channel") {
        r = test::run("extract --channel 'not a name' " + test::quote(k_export), dir);
        CHECK(r.status == 1);
        CHECK(r.err.find("--channel") != std::string::npos);
    }
    SECTION("a broken export") {
        std::ofstream(dir / "result.json") << "{\n \"name\": \"X\",\n \"type\": \"public_channel\",\n \"id\": 1,\n"
                                              " \"messages\": [\n  {\"id\": 1, \"type\": \"message\", ";
        r = test::run("extract " + test::quote((dir / "result.json").string()), dir);
        CHECK(r.status == 1);
        CHECK(r.err.find("result.json: not a readable Telegram export: JSON error at byte") != std::string::npos);
    }
}
