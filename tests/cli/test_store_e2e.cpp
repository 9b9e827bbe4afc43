// End-to-end tests of the store through the real claimtrack binary: the query
// commands (--json) on the project's examples, export views that agree with
// them, and ingestion that survives kill -9, runs beside another ingester and
// beside a backup. Corpora are generated here, from templates in this file.

#include "corpus_util.hpp"
#include "e2e_util.hpp"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace claimtrack;

namespace {

// ---------------------------------------------------------------- running the binary

using test::quote;
using test::RunResult;
using test::run;
using test::slurp;

fs::path scratch(const std::string& name) { return test::scratch("store_e2e", name); }

/// Runs a query sub-command with --json and parses its output.
json run_json(const std::string& args, const fs::path& dir) {
    const RunResult r = run(args + " --json", dir);
    INFO(args << "\n" << r.err);
    REQUIRE(r.status == 0);
    return json::parse(r.out);
}

using test::Process;

// ---------------------------------------------------------------- reading the database

struct DbCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalizer {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

/// A read-only connection for checks; safe beside a writer (WAL).
class Db {
public:
    explicit Db(const fs::path& path) {
        sqlite3* raw = nullptr;
        const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
        m_db.reset(raw);
        INFO(path);
        REQUIRE(rc == SQLITE_OK);
        sqlite3_busy_timeout(raw, 10'000);
    }

    /// Every row of a query, each column as text ("" for NULL).
    std::vector<std::vector<std::string>> rows(const std::string& sql) const {
        sqlite3_stmt* raw = nullptr;
        INFO(sql);
        REQUIRE(sqlite3_prepare_v2(m_db.get(), sql.c_str(), -1, &raw, nullptr) == SQLITE_OK);
        std::unique_ptr<sqlite3_stmt, StmtFinalizer> stmt(raw);
        std::vector<std::vector<std::string>> out;
        int rc = 0;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int i = 0; i < sqlite3_column_count(raw); ++i) {
                const auto* text = sqlite3_column_text(raw, i);
                row.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
            }
            out.push_back(std::move(row));
        }
        REQUIRE(rc == SQLITE_DONE);
        return out;
    }
    std::string text(const std::string& sql) const {
        const auto r = rows(sql);
        REQUIRE(r.size() == 1);
        return r.front().front();
    }
    long long integer(const std::string& sql) const { return std::stoll(text(sql)); }

private:
    std::unique_ptr<sqlite3, DbCloser> m_db;
};

/// Per article URL: extraction runs, claims and mentions of its current run.
using ArticleShape = std::map<std::string, std::tuple<std::string, std::string, std::string>>;

ArticleShape article_shapes(const Db& db) {
    ArticleShape out;
    for (const auto& r : db.rows(R"sql(
SELECT a.url,
       (SELECT count(*) FROM extraction_runs r WHERE r.article_id = a.id),
       (SELECT count(*) FROM claims c JOIN extraction_runs r ON r.id = c.run_id WHERE r.article_id = a.id),
       (SELECT count(*) FROM mentions m JOIN extraction_runs r ON r.id = m.run_id WHERE r.article_id = a.id)
FROM articles a)sql"))
        out[r[0]] = {r[1], r[2], r[3]};
    return out;
}

/// How closely a stored article must match a clean ingest of the same text.
enum class Match {
    Exact, ///< the same claims and mentions: the store was written by one uninterrupted ingest
    Runs,  ///< one run each: ingest reads the places already stored as context, so an article
           ///< stored by a later run (after a kill) may resolve more places than a clean ingest does
};

/// Every stored article is whole: one run, with the claims and mentions a
/// clean ingest of the same article gives (`Match::Exact`).
void check_articles_whole(const fs::path& db_path, const ArticleShape& reference, Match match = Match::Exact) {
    const Db db(db_path);
    CHECK(db.text("PRAGMA integrity_check") == "ok");
    CHECK(db.rows("PRAGMA foreign_key_check").empty());
    for (const auto& [url, shape] : article_shapes(db)) {
        INFO(url);
        REQUIRE(reference.count(url) == 1);
        if (match == Match::Exact)
            CHECK(shape == reference.at(url));
        else
            CHECK(std::get<0>(shape) == "1");
    }
}

// ---------------------------------------------------------------- a generated corpus

using test::write_corpus;

/// A clean ingest of `corpus` into a reference database; the shape of each article.
ArticleShape reference_shapes(const fs::path& corpus, const fs::path& dir) {
    const fs::path db = dir / "reference.db";
    const RunResult r = run("ingest " + quote(corpus.string()) + " --db " + quote(db.string()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return article_shapes(Db(db));
}

/// Waits until the database holds at least `articles` articles or the process ends.
void wait_for_articles(const fs::path& db_path, long long articles, Process& p) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (p.running() && std::chrono::steady_clock::now() < deadline) {
        if (fs::exists(db_path)) {
            sqlite3* raw = nullptr;
            sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
            std::unique_ptr<sqlite3, DbCloser> db(raw);
            sqlite3_stmt* stmt = nullptr;
            long long n = 0;
            // The schema may not exist yet: then prepare fails and we wait.
            if (sqlite3_prepare_v2(raw, "SELECT count(*) FROM articles", -1, &stmt, nullptr) == SQLITE_OK &&
                sqlite3_step(stmt) == SQLITE_ROW)
                n = sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
            if (n >= articles) return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

// ---------------------------------------------------------------- JSON helpers

std::string str(const json& j) { return j.is_string() ? j.get<std::string>() : ""; }

/// The state row of a place (by name) and claimant side ("" for observers), or null.
json state_row(const json& state, const std::string& place, const std::string& claimant_side) {
    for (const auto& row : state)
        if (row["place"]["name"] == place && str(row["claimant_side"]) == claimant_side) return row;
    return nullptr;
}

bool has_place(const json& state, const std::string& place) {
    return std::any_of(state.begin(), state.end(), [&](const json& row) { return row["place"]["name"] == place; });
}

// ---------------------------------------------------------------- export vs queries

using Key = std::tuple<std::string, std::string, std::string, std::string>;

/// Reads an exported GeoJSON file: one key per feature from the named fields.
std::vector<Key> exported(const fs::path& file, const std::vector<const char*>& fields) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    OGRLayer* layer = ds->GetLayer(0);
    REQUIRE(layer);
    std::vector<Key> out;
    for (auto& f : *layer) {
        std::string v[4];
        for (std::size_t i = 0; i < fields.size() && i < 4; ++i) {
            const int idx = f->GetFieldIndex(fields[i]);
            REQUIRE(idx >= 0);
            v[i] = f->IsFieldSetAndNotNull(idx) ? f->GetFieldAsString(idx) : "";
        }
        out.emplace_back(v[0], v[1], v[2], v[3]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Key> state_keys(const json& state) {
    std::vector<Key> out;
    for (const auto& row : state)
        out.emplace_back(std::to_string(row["claim"]["id"].get<long long>()),
                         std::to_string(row["place"]["id"].get<long long>()), str(row["claimant_side"]),
                         str(row["controller"]));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Key> conflict_keys(const json& conflicts) {
    std::vector<Key> out;
    for (const auto& c : conflicts)
        out.emplace_back(std::to_string(c["claim"]["id"].get<long long>()),
                         std::to_string(c["place"]["id"].get<long long>()), str(c["kind"]),
                         c["other"].is_null() ? "" : std::to_string(c["other"]["id"].get<long long>()));
    std::sort(out.begin(), out.end());
    return out;
}

/// `export --as-of D` and `state --as-of D` give the same rows; so do
/// `export --conflicts` and `conflicts` (as of D). Returns the number of rows compared.
std::size_t check_export_agrees(const fs::path& db, const std::string& day, const std::string& extra,
                                const fs::path& dir) {
    const std::string db_arg = " --db " + quote(db.string());
    const fs::path state_file = dir / ("state-" + day + ".geojson");
    const RunResult e = run("export --force --format GeoJSON --out " + quote(state_file.string()) + " --as-of " + day +
                                extra + db_arg,
                            dir);
    INFO(day << extra << "\n" << e.err);
    REQUIRE(e.status == 0);
    const json state = run_json("state --as-of " + day + extra + db_arg, dir);
    CHECK(exported(state_file, {"claim_id", "place_id", "claimant_side", "controller"}) == state_keys(state));

    const fs::path conflicts_file = dir / ("conflicts-" + day + ".geojson");
    REQUIRE(run("export --force --format GeoJSON --conflicts --out " + quote(conflicts_file.string()) + " --as-of " +
                    day + db_arg,
                dir)
                .status == 0);
    const json conflicts = run_json("conflicts --as-of " + day + db_arg, dir);
    CHECK(exported(conflicts_file, {"claim_id", "place_id", "conflict_kind", "conflict_with"}) ==
          conflict_keys(conflicts));
    return state.size() + conflicts.size();
}

const std::string k_examples = CLAIMTRACK_EXAMPLES_DIR;

/// The examples ingested once per test case into `dir`/claims.db.
fs::path ingest_examples(const fs::path& dir) {
    const fs::path db = dir / "claims.db";
    const RunResult r = run("ingest " + quote(k_examples) + " --db " + quote(db.string()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return db;
}

} // namespace

TEST_CASE("store queries on the examples: timeline, state, stats", "[cli][store]") {
    const fs::path dir = scratch("queries");
    const fs::path db = ingest_examples(dir);
    const std::string db_arg = " --db " + quote(db.string());

    SECTION("stats: eight articles, claims from 2022-09-13 to 2024-10-06") {
        const json s = run_json("stats" + db_arg, dir);
        CHECK(s["articles"] == 8);
        CHECK(s["extraction_runs"] == 8);
        CHECK(s["claims"] == Db(db).integer("SELECT count(*) FROM claims"));
        CHECK(s["superseded_claims"] == 0);
        CHECK(s["first"] == "2022-09-13");
        CHECK(s["last"] == "2024-10-06");
        long long acting = 0;
        for (const auto& side : s["per_side"]) acting += side["acting"].get<long long>();
        CHECK(acting == s["claims"].get<long long>());
    }
    SECTION("timeline: Kyiv's withdrawal from Avdiivka, with its source") {
        const json t = run_json("timeline Avdiivka" + db_arg, dir);
        REQUIRE(t.size() >= 1);
        const json& c = t[0];
        CHECK(c["change"] == "withdrew");
        CHECK(c["by_side"] == "UA");
        CHECK(c["claimant_side"] == "UA");
        CHECK(c["known_on"] == "2024-02-17");
        CHECK(str(c["article"]["url"]).find("03-army-pulls-back") != std::string::npos);
        CHECK(c["place"]["admin1"] == "Donetsk");
    }
    SECTION("timeline: Moscow's capture claim on Krasnohorivka") {
        const json t = run_json("timeline Krasnohorivka" + db_arg, dir);
        const bool found = std::any_of(t.begin(), t.end(), [](const json& c) {
            return c["change"] == "captured" && c["by_side"] == "RU" && c["claimant_side"] == "RU" &&
                   c["known_on"] == "2024-09-10" && c["negated"] == false;
        });
        CHECK(found);
    }
    SECTION("state as of a date only counts what was known by then") {
        const json before = run_json("state --as-of 2022-09-12" + db_arg, dir);
        CHECK(before.empty());
        const json sep = run_json("state --as-of 2022-10-01" + db_arg, dir);
        for (const char* town : {"Balakliia", "Kupiansk", "Izium"}) {
            INFO(town);
            const json row = state_row(sep, town, "UA");
            REQUIRE(!row.is_null());
            CHECK(row["controller"] == "UA");
            CHECK(row["claim"]["change"] == "liberated");
        }
        CHECK_FALSE(has_place(sep, "Arkhanhelske")); // freed on 2022-10-05
        const json oct = run_json("state --as-of 2022-10-05" + db_arg, dir);
        for (const char* village : {"Arkhanhelske", "Mykhailivka", "Khreshchenivka", "Zolota Balka"}) {
            INFO(village);
            CHECK(has_place(oct, village));
        }
        CHECK_FALSE(has_place(run_json("state --as-of 2024-02-16" + db_arg, dir), "Avdiivka"));
        const json feb = run_json("state --as-of 2024-02-17" + db_arg, dir);
        const json avdiivka = state_row(feb, "Avdiivka", "UA");
        REQUIRE(!avdiivka.is_null());
        CHECK(avdiivka["controller"] == "RU"); // Kyiv says its troops withdrew
    }
    SECTION("state per claimant side: Moscow claims Krasnohorivka") {
        const json ru = run_json("state --as-of 2024-09-10 --claimant-side RU" + db_arg, dir);
        const json row = state_row(ru, "Krasnohorivka", "RU");
        REQUIRE(!row.is_null());
        CHECK(row["controller"] == "RU");
        for (const auto& r : ru) CHECK(r["claimant_side"] == "RU");
    }
}

// What the examples say, stated in full. These depend on the extractor
// reading denials and "fighting continues" as claims about the right place;
// it does not yet (the Robotyne capture claim is read as background, the
// denial is not read, and the contested report lands on Kurakhove), so the
// case may fail without failing the suite. Remove [!mayfail] once it passes.
TEST_CASE("store conflicts on the examples: the right answers", "[cli][store]") {
    const fs::path dir = scratch("conflicts_examples");
    const fs::path db = ingest_examples(dir);
    const json conflicts = run_json("conflicts --db " + quote(db.string()), dir);
    const auto has = [&conflicts](const std::string& place, const std::string& kind) {
        return std::any_of(conflicts.begin(), conflicts.end(),
                           [&](const json& c) { return c["place"]["name"] == place && c["kind"] == kind; });
    };
    CHECK(has("Krasnohorivka", "sides_disagree")); // RU: captured; UA: fighting continues
    CHECK(has("Robotyne", "capture_denied"));       // RU: captured; Kyiv: false
    const json state = run_json("state --as-of 2024-09-10 --claimant-side UA --db " + quote(db.string()), dir);
    const json row = state_row(state, "Krasnohorivka", "UA");
    REQUIRE(!row.is_null());
    CHECK(row["controller"] == "contested");
}

TEST_CASE("export --as-of and --conflicts agree with state and conflicts", "[cli][store]") {
    const fs::path dir = scratch("export_agrees");
    SECTION("on the examples") {
        const fs::path db = ingest_examples(dir);
        std::size_t rows = 0;
        for (const char* day : {"2022-09-13", "2022-10-05", "2024-02-17", "2024-05-21", "2024-12-31"})
            rows += check_export_agrees(db, day, "", dir);
        rows += check_export_agrees(db, "2024-12-31", " --claimant-side UA", dir);
        CHECK(rows > 10);
    }
    SECTION("on a generated history with contradictions") {
        write_corpus(dir / "corpus", 0, 160);
        const fs::path db = dir / "generated.db";
        REQUIRE(run("ingest " + quote((dir / "corpus").string()) + " --db " + quote(db.string()), dir).status == 0);
        const json conflicts = run_json("conflicts --db " + quote(db.string()), dir);
        CHECK(!conflicts.empty());
        for (const char* day : {"2023-06-15", "2024-12-31"}) check_export_agrees(db, day, "", dir);
        check_export_agrees(db, "2024-03-01", " --claimant-side RU", dir);
    }
}

TEST_CASE("ingest killed with SIGKILL mid-batch leaves whole articles, and a re-run completes", "[cli][store]") {
    const fs::path dir = scratch("kill9");
    const int total = 400;
    write_corpus(dir / "corpus", 0, total);
    const ArticleShape reference = reference_shapes(dir / "corpus", dir);
    REQUIRE(reference.size() == static_cast<std::size_t>(total));

    const fs::path db = dir / "claims.db";
    const std::vector<std::string> args = {"ingest", (dir / "corpus").string(), "--db", db.string(), "--batch", "25"};
    int killed = 0;
    for (long long target : {1LL, 120LL, 250LL}) {
        Process p(args, dir, "ingest");
        wait_for_articles(db, target, p);
        if (!p.running()) continue; // finished first: nothing to kill this round
        p.kill_hard();
        const int status = p.wait();
        if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) ++killed;
        INFO("killed at >= " << target << " articles");
        check_articles_whole(db, reference, Match::Runs);
    }
    CHECK(killed >= 1);
    CHECK(Db(db).integer("SELECT count(*) FROM articles") < total);

    const RunResult r = run("ingest " + quote((dir / "corpus").string()) + " --db " + quote(db.string()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.find(" already known, 0 re-extracted, 0 failed") != std::string::npos);
    check_articles_whole(db, reference, Match::Runs);
    CHECK(article_shapes(Db(db)).size() == reference.size());
}

TEST_CASE("two ingest processes on one new database both finish", "[cli][store]") {
    const fs::path dir = scratch("concurrent");
    write_corpus(dir / "a", 0, 200);
    write_corpus(dir / "b", 100, 200); // 100 articles in both
    const fs::path db = dir / "claims.db";
    Process a({"ingest", (dir / "a").string(), "--db", db.string(), "--batch", "20"}, dir, "a");
    Process b({"ingest", (dir / "b").string(), "--db", db.string(), "--batch", "20"}, dir, "b");
    const int sa = a.wait(), sb = b.wait();
    INFO(a.err() << "\n" << b.err());
    CHECK((WIFEXITED(sa) && WEXITSTATUS(sa) == 0));
    CHECK((WIFEXITED(sb) && WEXITSTATUS(sb) == 0));
    CHECK(a.err().find("locked") == std::string::npos);
    CHECK(b.err().find("locked") == std::string::npos);
    const Db check(db);
    CHECK(check.text("PRAGMA integrity_check") == "ok");
    CHECK(check.integer("SELECT count(*) FROM articles") == 300);
    CHECK(check.integer("SELECT count(*) FROM extraction_runs") == 300);
    CHECK(check.integer("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                        "(SELECT 1 FROM extraction_runs r WHERE r.article_id = a.id)") == 0);
}

TEST_CASE("db backup while an ingest runs gives a sound copy", "[cli][store]") {
    const fs::path dir = scratch("backup");
    write_corpus(dir / "corpus", 0, 400);
    const ArticleShape reference = reference_shapes(dir / "corpus", dir);
    const fs::path db = dir / "claims.db", copy = dir / "backup.db";
    Process ingest({"ingest", (dir / "corpus").string(), "--db", db.string(), "--batch", "25"}, dir, "ingest");
    wait_for_articles(db, 1, ingest);
    const RunResult r = run("db backup " + quote(copy.string()) + " --db " + quote(db.string()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const int status = ingest.wait();
    INFO(ingest.err());
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    check_articles_whole(copy, reference);
    CHECK(Db(copy).integer("SELECT count(*) FROM articles") >= 1);
    CHECK(run("db check --db " + quote(copy.string()), dir).status == 0);
    CHECK(article_shapes(Db(db)) == reference);
}
