#include "claimtrack/store/store.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>
#include <sstream>

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
