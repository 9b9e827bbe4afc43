// Bad database files, read-only databases, backup, concurrent writers and a
// writer killed with SIGKILL in the middle of a batch.
#include "claimtrack/store/store.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <functional>
#include <grp.h>
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

/// Runs `body` in a child process as a user that file modes bind: uid/gid
/// 65534 (nobody) when this runs as root, as CI does (what setpriv
/// --reuid=65534 --regid=65534 --clear-groups does), else as this user.
/// \returns what `body` returned: empty when all went as expected, else what
/// did not. The child fails loudly if it cannot drop root.
std::string as_unprivileged(const std::function<std::string()>& body) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        std::string result;
        try {
            if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setresgid(65534, 65534, 65534) != 0 ||
                                     ::setresuid(65534, 65534, 65534) != 0))
                result = std::string("cannot drop root privileges: ") + std::strerror(errno);
            else if (::geteuid() == 0)
                result = "still root after dropping privileges";
            else
                result = body();
        } catch (const std::exception& e) {
            result = std::string("unexpected exception: ") + e.what();
        }
        for (std::size_t done = 0; done < result.size();) {
            const auto n = ::write(fds[1], result.data() + done, result.size() - done);
            if (n <= 0) ::_exit(2);
            done += static_cast<std::size_t>(n);
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string result;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) result.append(buffer, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return result;
}

/// "" when `open` throws a StoreError whose message holds every one of `parts`.
std::string expect_store_error(const std::function<void()>& open, const std::vector<std::string>& parts) {
    try {
        open();
        return "did not throw\n";
    } catch (const StoreError& e) {
        std::string missing;
        for (const auto& part : parts)
            if (std::string(e.what()).find(part) == std::string::npos)
                missing += "message '" + std::string(e.what()) + "' lacks '" + part + "'\n";
        return missing;
    }
}

/// A fresh directory in the temp directory, made writable again and removed on scope exit.
class TempDir {
public:
    explicit TempDir(const std::string& stem)
        : m_path(std::filesystem::temp_directory_path() /
                 ("claimtrack-" + stem + "-" + std::to_string(::getpid()))) {
        clean();
        std::filesystem::create_directories(m_path);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() { clean(); }
    const std::filesystem::path& path() const { return m_path; }
    void set_mode(mode_t mode) const { REQUIRE(::chmod(m_path.c_str(), mode) == 0); }

private:
    void clean() const {
        std::error_code ec;
        ::chmod(m_path.c_str(), 0755);
        std::filesystem::remove_all(m_path, ec);
    }
    std::filesystem::path m_path;
};

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
    SECTION("a write-protected file: refused read-write, readable read-only, also for root") {
        { auto s = Store::open(db.path(), OpenMode::ReadWrite); ingest(s, 0, 10, 5); }
        REQUIRE(::chmod(db.path().c_str(), 0444) == 0);
        const std::string problems = as_unprivileged([&db] {
            std::string out = expect_store_error([&db] { Store::open(db.path(), OpenMode::ReadWrite); },
                                                 {db.str(), "read-only"});
            auto s = Store::open(db.path(), OpenMode::ReadOnly);
            if (s.stats().articles != 10) out += "read " + std::to_string(s.stats().articles) + " articles\n";
            return out;
        });
        INFO(problems);
        CHECK(problems.empty());
        ::chmod(db.path().c_str(), 0644);
    }
}

TEST_CASE("a database in a directory the reader cannot write stays readable", "[store]") {
    TempDir dir("rodir");
    const auto db = dir.path() / "claims.db";
    { auto s = Store::open(db, OpenMode::ReadWrite); ingest(s, 0, 20, 5); }
    // Read-write opens switched it to WAL; the last close removed -wal and -shm.
    REQUIRE_FALSE(std::filesystem::exists(db.string() + "-shm"));
    REQUIRE_FALSE(std::filesystem::exists(db.string() + "-wal"));
    dir.set_mode(0555);

    SECTION("read-only opens read it; writes fail naming the directory") {
        const std::string problems = as_unprivileged([&db, &dir] {
            std::string out;
            auto s = Store::open(db, OpenMode::ReadOnly);
            if (s.stats().articles != 20) out += "stats: " + std::to_string(s.stats().articles) + " articles\n";
            if (s.claims({}).size() != 60) out += "claims: " + std::to_string(s.claims({}).size()) + "\n";
            if (s.state(core::Date{2023, 1, 1}).empty()) out += "state: empty\n";
            if (!s.check().empty()) out += "check: not sound\n";
            const auto doc = test::document("a new one", "2022-09-10");
            out += expect_store_error([&] { s.record(doc, {}, "1"); }, {db.string()});
            out += expect_store_error([&db] { Store::open(db, OpenMode::ReadWrite); },
                                      {db.string(), dir.path().string(), "read-only"});
            out += expect_store_error([&dir] { Store::open(dir.path() / "new.db", OpenMode::ReadWrite); },
                                      {(dir.path() / "new.db").string(), "cannot be created"});
            return out;
        });
        INFO(problems);
        CHECK(problems.empty());
        CHECK_FALSE(std::filesystem::exists(db.string() + "-shm"));
    }
    SECTION("commits still in the write-ahead log are not silently skipped") {
        dir.set_mode(0755);
        // A writer that dies without closing leaves its commit in -wal.
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            try {
                auto s = Store::open(db, OpenMode::ReadWrite);
                ingest(s, 100, 5, 5);
                ::_exit(0); // with the connection open: nothing is checkpointed
            } catch (...) {
                ::_exit(1);
            }
        }
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
        REQUIRE(std::filesystem::file_size(db.string() + "-wal") > 0);
        // With its -shm SQLite rebuilds the index in memory; without, it cannot.
        const bool keep_shm = GENERATE(true, false);
        INFO("-shm kept: " << keep_shm);
        if (!keep_shm) std::filesystem::remove(db.string() + "-shm");
        dir.set_mode(0555);
        const std::string problems = as_unprivileged([&db] {
            try {
                auto s = Store::open(db, OpenMode::ReadOnly);
                const auto n = s.stats().articles;
                return n == 25 ? std::string() : "read " + std::to_string(n) + " articles, not 25\n";
            } catch (const StoreError& e) {
                const std::string what = e.what();
                return what.find(db.string() + "-wal") != std::string::npos &&
                               what.find("not yet in the database") != std::string::npos
                           ? std::string()
                           : "unclear message: " + what + "\n";
            }
        });
        INFO(problems);
        CHECK(problems.empty());
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
    {
        // File system failures are StoreErrors naming the paths, not std::filesystem errors.
        test::TempPath blocked("backup-blocked");
        const auto partial = blocked.str() + ".partial";
        std::filesystem::create_directories(std::filesystem::path(partial) / "in-the-way");
        CHECK(expect_store_error([&] { s.backup(blocked.path()); }, {partial}).empty());
        std::filesystem::remove_all(partial);
        const auto nowhere = std::filesystem::temp_directory_path() / "claimtrack-no-such-dir" / "copy.db";
        CHECK(expect_store_error([&] { s.backup(nowhere); }, {nowhere.string()}).empty());
    }
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

TEST_CASE("a writer killed with SIGKILL mid-batch leaves a sound database, and a re-run completes it", "[store]") {
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
    // Let it commit some batches (however slow the machine), then kill it
    // wherever it is.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
    bool committed = false;
    while (!committed && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        committed = Store::open(db.path(), OpenMode::ReadOnly).stats().articles >= 200;
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(committed); // else the writer never got going: the test proves nothing
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
