#include "claimtrack/store/store.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace claimtrack;
using store::OpenMode;
using store::Store;
using store::StoreError;

namespace {

/// Runs SQL on a database file directly, as another program (or an older claimtrack) would.
void raw_exec(const std::filesystem::path& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    INFO(message);
    REQUIRE(rc == SQLITE_OK);
}

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string error_of(const std::filesystem::path& path, OpenMode mode) {
    try {
        Store::open(path, mode);
    } catch (const StoreError& e) {
        return e.what();
    }
    return {};
}

} // namespace

TEST_CASE("migrations bring an empty database to the latest schema", "[store]") {
    SECTION("in memory") {
        auto s = Store::open(":memory:", OpenMode::ReadWrite);
        CHECK(s.schema_version() == Store::latest_schema_version());
        CHECK(Store::latest_schema_version() >= 1);
    }
    SECTION("in a file, reopened read-only") {
        test::TempPath db("migrate");
        { auto s = Store::open(db.path(), OpenMode::ReadWrite); }
        auto s = Store::open(db.path(), OpenMode::ReadOnly);
        CHECK(s.schema_version() == Store::latest_schema_version());
        CHECK(s.stats().articles == 0);
    }
}

TEST_CASE("a database made by the first migration only upgrades in place", "[store]") {
    // schema_v1.sql: the dump of a database written by claimtrack when
    // 0001_initial.sql was its only migration, holding one article and claim.
    test::TempPath db("v1");
    raw_exec(db.path(), slurp(CLAIMTRACK_SOURCE_DIR "/tests/store/data/schema_v1.sql"));
    {
        auto s = Store::open(db.path(), OpenMode::ReadWrite);
        CHECK(s.schema_version() == Store::latest_schema_version());
        const auto claims = s.claims({});
        REQUIRE(claims.size() == 1);
        CHECK(claims[0].claim.place->name == "Vuhledar");
        CHECK(claims[0].claim.evidence == "Russia's defence ministry said its forces captured Vuhledar.");
    }
    // Reopening applies nothing more and the checksums still match.
    auto s = Store::open(db.path(), OpenMode::ReadOnly);
    CHECK(s.stats().claims == 1);
}

TEST_CASE("an older schema is not migrated in read-only mode", "[store]") {
    test::TempPath db("v1ro");
    raw_exec(db.path(), slurp(CLAIMTRACK_SOURCE_DIR "/tests/store/data/schema_v1.sql"));
    if (Store::latest_schema_version() > 1) {
        const std::string what = error_of(db.path(), OpenMode::ReadOnly);
        CHECK_THAT(what, Catch::Contains("is older than"));
        CHECK_THAT(what, Catch::Contains("0001_initial.sql"));
    }
}

TEST_CASE("a schema newer than this program is refused, naming file and versions", "[store]") {
    test::TempPath db("future");
    { auto s = Store::open(db.path(), OpenMode::ReadWrite); }
    const int future = Store::latest_schema_version() + 1;
    raw_exec(db.path(), "INSERT INTO schema_migrations VALUES (" + std::to_string(future) +
                            ", '9999_from_the_future.sql', 'x', '2030-01-01T00:00:00Z');"
                            "PRAGMA user_version = " + std::to_string(future) + ";");
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        const std::string what = error_of(db.path(), mode);
        CHECK_THAT(what, Catch::Contains(db.str()));
        CHECK_THAT(what, Catch::Contains("version " + std::to_string(future)));
        CHECK_THAT(what, Catch::Contains("9999_from_the_future.sql"));
        CHECK_THAT(what, Catch::Contains(std::string("(").append(std::to_string(future - 1)).append(",")));
    }
}

TEST_CASE("an edited migration is detected by its checksum", "[store]") {
    test::TempPath db("edited");
    { auto s = Store::open(db.path(), OpenMode::ReadWrite); }
    raw_exec(db.path(), "UPDATE schema_migrations SET checksum = 'deadbeef' WHERE version = 1");
    CHECK_THAT(error_of(db.path(), OpenMode::ReadWrite), Catch::Contains("must never be edited"));
}

TEST_CASE("databases without a claimtrack schema", "[store]") {
    SECTION("read-only open of a missing file") {
        test::TempPath db("missing");
        CHECK_THAT(error_of(db.path(), OpenMode::ReadOnly), Catch::Contains("no such database"));
    }
    SECTION("read-only open of an empty SQLite file") {
        test::TempPath db("empty");
        std::ofstream(db.path()).close();
        CHECK_THAT(error_of(db.path(), OpenMode::ReadOnly), Catch::Contains("no claimtrack schema"));
    }
    SECTION("another application's database is left alone") {
        test::TempPath db("foreign");
        raw_exec(db.path(), "CREATE TABLE recipes(name TEXT)");
        CHECK_THAT(error_of(db.path(), OpenMode::ReadWrite), Catch::Contains("not a claimtrack database"));
    }
}

namespace {

/// Runs `sql` on a database file directly and returns its rows, one string per row (columns joined by '|').
std::vector<std::string> raw_rows(const std::filesystem::path& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
    INFO(sqlite3_errmsg(db));
    REQUIRE(rc == SQLITE_OK);
    std::vector<std::string> rows;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            if (c > 0) row += '|';
            if (const auto* text = sqlite3_column_text(stmt, c)) row += reinterpret_cast<const char*>(text);
        }
        rows.push_back(row);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

/// The opcodes of the program SQLite compiles `sql` into.
std::vector<std::string> opcodes(const std::filesystem::path& path, const std::string& sql) {
    std::vector<std::string> out;
    for (const auto& row : raw_rows(path, "EXPLAIN " + sql)) {
        const auto first = row.find('|');
        const auto second = row.find('|', first + 1);
        out.push_back(row.substr(first + 1, second - first - 1));
    }
    return out;
}

void check_inserts_build_no_temporary_tables(const std::filesystem::path& db) {
    const std::string claim = "INSERT INTO claims(run_id, change, by_side, place_id, surface, verb, claimant, status, "
                              "time_precision, evidence_start, evidence_end, confidence, background, negated) "
                              "VALUES (1, 'captured', 'RU', 1, 'x', 'took', '', 'claimed', 'day', 0, 1, 0.9, 0, 0)";
    const std::string place = "INSERT INTO places(id, name, kind) VALUES (1, 'x', 'settlement')";
    for (const auto& sql : {claim, place}) {
        INFO(sql);
        const auto ops = opcodes(db, sql);
        CHECK_FALSE(ops.empty());
        CHECK(std::count(ops.begin(), ops.end(), "OpenEphemeral") == 0);
    }
    // The checks still refuse what they refused.
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
    CHECK(sqlite3_exec(raw, "INSERT INTO places(id, name, kind) VALUES (987654321, 'x', 'planet')", nullptr, nullptr, nullptr) ==
          SQLITE_CONSTRAINT);
    CHECK(sqlite3_exec(raw,
                       "INSERT INTO claims(run_id, change, surface, verb, claimant, status, time_precision, "
                       "evidence_start, evidence_end, confidence, background, negated) "
                       "VALUES (1, 'annexed', 'x', 'took', '', 'claimed', 'day', 0, 1, 0.9, 0, 0)",
                       nullptr, nullptr, nullptr) == SQLITE_CONSTRAINT);
    sqlite3_close(raw);
    // The state query's seek is still the claims_control index.
    const auto plan = raw_rows(db, "EXPLAIN QUERY PLAN SELECT c.id FROM claims c WHERE c.place_id = 1 AND "
                                   "c.claimant_side IS NOT DISTINCT FROM 'UA' AND c.place_id IS NOT NULL AND "
                                   "c.background = 0 AND c.negated = 0 AND (c.change = 'captured' OR c.change = "
                                   "'liberated' OR c.change = 'withdrew' OR c.change = 'contested') AND (c.change = "
                                   "'contested' OR c.by_side IS NOT NULL) AND c.known_on <= '2025-01-01' "
                                   "ORDER BY c.known_on DESC, c.id DESC LIMIT 1");
    REQUIRE_FALSE(plan.empty());
    CHECK_THAT(plan.back(), Catch::Contains("USING INDEX claims_control"));
}

} // namespace

TEST_CASE("recording a claim builds no temporary table for its checks", "[store]") {
    // SQLite evaluates `IN` lists of three values or more with a temporary
    // table per statement run; migration 0006 spells those checks with `=`/OR.
    SECTION("a new database") {
        test::TempPath db("checks_new");
        { auto s = Store::open(db.path(), OpenMode::ReadWrite); }
        check_inserts_build_no_temporary_tables(db.path());
    }
    SECTION("a database upgraded from the first schema") {
        test::TempPath db("checks_v1");
        raw_exec(db.path(), slurp(CLAIMTRACK_SOURCE_DIR "/tests/store/data/schema_v1.sql"));
        { auto s = Store::open(db.path(), OpenMode::ReadWrite); }
        check_inserts_build_no_temporary_tables(db.path());
    }
}

TEST_CASE("mentions carry no index by place after migration 0007 and stats counts them through mentions_run", "[store]") {
    // No query looks mentions up by place; each recorded mention paid for the index.
    const auto check = [](const std::filesystem::path& db) {
        const auto indexes = raw_rows(db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'mentions' "
                                          "AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name");
        CHECK(indexes == std::vector<std::string>{"mentions_run"});
        const auto plan = raw_rows(db, "EXPLAIN QUERY PLAN SELECT count(*) FROM mentions m JOIN extraction_runs r "
                                       "ON r.id = m.run_id WHERE r.superseded_by IS NULL");
        REQUIRE_FALSE(plan.empty());
        CHECK_THAT(plan.front(), Catch::Contains("mentions_run"));
    };
    SECTION("a new database") {
        test::TempPath db("mentions_new");
        { auto s = Store::open(db.path(), OpenMode::ReadWrite); }
        check(db.path());
    }
    SECTION("a database upgraded from the first schema") {
        test::TempPath db("mentions_v1");
        raw_exec(db.path(), slurp(CLAIMTRACK_SOURCE_DIR "/tests/store/data/schema_v1.sql"));
        CHECK(raw_rows(db.path(), "SELECT name FROM sqlite_schema WHERE name = 'mentions_place'").size() == 1);
        { auto s = Store::open(db.path(), OpenMode::ReadWrite); }
        check(db.path());
    }
}
