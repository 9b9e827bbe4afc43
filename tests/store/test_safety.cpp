// Bad database files, read-only databases, backup, concurrent writers and a
// writer killed with SIGKILL in the middle of a batch.
#include "claimtrack/store/store.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <map>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace claimtrack;
using core::Change;
using core::Side;
using store::OpenMode;
using store::Store;
using store::StoreError;

namespace {

/// Article `i` with `i % 5 + 1` claims: all-or-nothing is checked by counting them.
core::Extraction article_claims(const core::Document& doc, int i) {
    core::Extraction x;
    for (int k = 0; k <= i % 5; ++k)
        x.claims.push_back(test::claim(doc, test::place(100 + k, "Village " + std::to_string(k)), Change::Captured,
                                       Side::RU, Side::RU, "2022-09-10"));
    return x;
}

void ingest(Store& s, int first, int count, int batch_size) {
    for (int i = first; i < first + count; i += batch_size) {
        auto batch = s.begin_batch();
        for (int j = i; j < std::min(first + count, i + batch_size); ++j) {
            const auto doc = test::document(std::string("Article number ").append(std::to_string(j)).append("."),
                                            "2022-09-10", std::string("a").append(std::to_string(j)));
            s.record(doc, article_claims(doc, j), "1");
        }
        batch.commit();
    }
}

/// Every article holds exactly the claims it was recorded with.
void check_all_or_nothing(Store& s) {
    std::map<std::string, int> per_article;
    for (const auto& c : s.claims({})) per_article[c.article.title]++;
    CHECK(static_cast<std::int64_t>(per_article.size()) == s.stats().articles);
    for (const auto& [title, n] : per_article) {
        INFO(title);
        CHECK(n == std::stoi(title.substr(1)) % 5 + 1);
    }
}

void write_bytes(const std::filesystem::path& path, std::streamoff offset, const std::string& bytes) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(offset);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace

TEST_CASE("a file that is not an SQLite database gives a StoreError naming it", "[store]") {
    test::TempPath db("notadb");
    std::ofstream(db.path()) << "url: https://example.org\ntitle: not a database at all, just text\n\n"
                             << std::string(2000, 'x');
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        try {
            Store::open(db.path(), mode);
            FAIL("opened a text file as a database");
        } catch (const StoreError& e) {
            CHECK_THAT(e.what(), Catch::Contains(db.str()));
            CHECK_THAT(e.what(), Catch::Contains("not a database"));
            CHECK(e.code() == 26); // SQLITE_NOTADB
        }
    }
    CHECK(std::filesystem::file_size(db.path()) > 2000); // untouched
}

TEST_CASE("a directory is not a database", "[store]") {
    CHECK_THROWS_AS(Store::open(std::filesystem::temp_directory_path(), OpenMode::ReadWrite), StoreError);
}

TEST_CASE("read-only databases", "[store]") {
    test::TempPath db("readonly");
    { auto s = Store::open(db.path(), OpenMode::ReadWrite); }
    SECTION("writing through a read-only connection fails naming the path") {
        auto s = Store::open(db.path(), OpenMode::ReadOnly);
        const auto doc = test::document("text", "2022-09-10");
        try {
            s.record(doc, {}, "1");
            FAIL("wrote through a read-only connection");
        } catch (const StoreError& e) {
            CHECK_THAT(e.what(), Catch::Contains(db.str()));
            CHECK(e.code() == 8); // SQLITE_READONLY
        }
    }
    SECTION("a write-protected file") {
        ::chmod(db.path().c_str(), 0444);
        if (::geteuid() == 0) {
            WARN("running as root: file permissions do not apply, skipped");
        } else {
            CHECK_THROWS_WITH(Store::open(db.path(), OpenMode::ReadWrite), Catch::Contains("read-only"));
            CHECK_NOTHROW(Store::open(db.path(), OpenMode::ReadOnly));
        }
        ::chmod(db.path().c_str(), 0644);
    }
}

TEST_CASE("corruption is detected", "[store]") {
    test::TempPath db("corrupt");
    {
        auto s = Store::open(db.path(), OpenMode::ReadWrite);
        ingest(s, 0, 200, 50);
        CHECK(s.check().empty());
    }
    SECTION("in the schema page: open fails") {
        write_bytes(db.path(), 100, std::string(3000, '\x5a'));
        CHECK_THROWS_AS(Store::open(db.path(), OpenMode::ReadWrite), StoreError);
    }
    SECTION("in a data page: check() or the query reports it") {
        const auto size = static_cast<std::streamoff>(std::filesystem::file_size(db.path()));
        write_bytes(db.path(), size - 4096 + 8, std::string(3000, '\x5a'));
        bool detected = false;
        try {
            auto s = Store::open(db.path(), OpenMode::ReadOnly);
            detected = !s.check().empty();
        } catch (const StoreError& e) {
            detected = true;
        }
        CHECK(detected);
    }
}

TEST_CASE("backup makes a consistent copy", "[store]") {
    test::TempPath db("backup-src");
    test::TempPath copy("backup-dst");
    auto s = Store::open(db.path(), OpenMode::ReadWrite);
    ingest(s, 0, 20, 7);
    s.backup(copy.path());
    {
        auto b = Store::open(copy.path(), OpenMode::ReadOnly);
        CHECK(b.stats().articles == 20);
        CHECK(b.check().empty());
    }
    CHECK_THROWS_WITH(s.backup(copy.path()), Catch::Contains("already exists"));
    auto mem = Store::open(":memory:", OpenMode::ReadWrite);
    test::TempPath mem_copy("backup-mem");
    mem.backup(mem_copy.path());
    CHECK(Store::open(mem_copy.path(), OpenMode::ReadOnly).schema_version() == Store::latest_schema_version());
}

TEST_CASE("two writers on one database both finish", "[store]") {
    test::TempPath db("concurrent");
    // Both create and migrate the same new file at once: the switch to WAL
    // and the migrations must wait for each other, not fail as "locked".
    auto writer = [&db](int first) {
        auto s = Store::open(db.path(), OpenMode::ReadWrite);
        ingest(s, first, 300, 10);
    };
    std::thread t1(writer, 0), t2(writer, 1000);
    t1.join();
    t2.join();
    auto s = Store::open(db.path(), OpenMode::ReadOnly);
    CHECK(s.stats().articles == 600);
    check_all_or_nothing(s);
}

TEST_CASE("a writer killed with SIGKILL mid-batch leaves a sound database; a re-run completes it", "[store]") {
    test::TempPath db("killed");
    { auto s = Store::open(db.path(), OpenMode::ReadWrite); }
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            auto s = Store::open(db.path(), OpenMode::ReadWrite);
            ingest(s, 0, 1'000'000, 25);
        } catch (...) {
        }
        ::_exit(0);
    }
    // Let it commit a few batches, then kill it wherever it is.
    for (int i = 0; i < 200; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (Store::open(db.path(), OpenMode::ReadOnly).stats().articles >= 200) break;
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));
    {
        auto s = Store::open(db.path(), OpenMode::ReadWrite);
        CHECK(s.check().empty());
        const auto stored = s.stats().articles;
        CHECK(stored > 0);
        CHECK(stored % 25 == 0); // whole batches only
        check_all_or_nothing(s);
        ingest(s, 0, 400, 25); // the re-run: known articles are skipped, the rest recorded
        CHECK(s.stats().articles == std::max<std::int64_t>(stored, 400));
        check_all_or_nothing(s);
    }
}
