// End-to-end on PostgreSQL/PostGIS: the real binary against a database of
// the throwaway test cluster (tests/support/pg_cluster.sh, a CTest fixture).
// The same articles give the same answers as SQLite; two ingesters at once
// lose nothing; QGIS/OGR read claims_current; db copy moves a store whole;
// bad connections exit 3 naming the server without its password.

#include "corpus_util.hpp"
#include "e2e_util.hpp"
#include "pg_test.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <chrono>
#include <map>
#include <regex>
#include <thread>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace claimtrack;
using test::quote;
using test::run;
using test::RunResult;

namespace {

fs::path scratch(const std::string& name) { return test::scratch("pg_e2e", name); }

json run_json(const std::string& args, const fs::path& dir) {
    const RunResult r = run(args + " --json", dir);
    INFO(args << "\n" << r.err);
    REQUIRE(r.status == 0);
    return json::parse(r.out);
}

/// Drops what only says when or where a row was written (transaction time,
/// the database's name), recursively: the rest must be equal.
json without_write_times(json j) {
    if (j.is_object()) {
        for (const char* key : {"recorded_at", "database", "ingested_at", "computed_at"}) j.erase(key);
        for (auto& [key, value] : j.items()) value = without_write_times(value);
    } else if (j.is_array()) {
        for (auto& value : j) value = without_write_times(value);
    }
    return j;
}

/// The features of a GeoJSON export, write times dropped, in a stable order.
std::vector<std::string> features(const fs::path& file) {
    const json doc = json::parse(test::slurp(file));
    std::vector<std::string> out;
    for (const auto& f : doc.at("features")) out.push_back(without_write_times(f).dump());
    std::sort(out.begin(), out.end());
    return out;
}

int exit_code(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

} // namespace

TEST_CASE("the same articles in SQLite and in PostgreSQL give the same answers", "[cli][store][pg]") {
    const fs::path dir = scratch("same");
    test::write_corpus(dir / "corpus", 0, 60);
    fs::copy(CLAIMTRACK_EXAMPLES_DIR, dir / "corpus", fs::copy_options::recursive);
    const std::string lite = (dir / "claims.db").string();
    const test::PgDatabase pg("same");
    const std::string server = pg.uri(); // the URI form here, key=value in the other tests
    for (const std::string& db : {lite, server}) {
        const RunResult r = run("ingest " + quote((dir / "corpus").string()) + " --db " + quote(db), dir);
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
    for (const std::string args : {"stats", "state --as-of 2024-06-30", "state --as-of 2023-03-01 --claimant-side UA",
                                   "conflicts", "conflicts --since 2024-01-01", "timeline Bakhmut --all"}) {
        INFO(args);
        const json a = run_json(args + " --db " + quote(lite), dir);
        const json b = run_json(args + " --db " + quote(server), dir);
        CHECK(without_write_times(a) == without_write_times(b));
        CHECK(!a.empty());
    }
    const json stats = run_json("stats --db " + quote(server), dir);
    CHECK(stats.at("articles") == 68);
    CHECK_THAT(stats.at("database").get<std::string>(), Catch::StartsWith("postgresql://postgres@"));
    for (const std::string view : {"", " --as-of 2024-06-30", " --conflicts"}) {
        INFO(view);
        const fs::path a = dir / "a.geojson", b = dir / "b.geojson";
        fs::remove(a);
        fs::remove(b);
        REQUIRE(run("export --format GeoJSON --out " + quote(a.string()) + view + " --db " + quote(lite), dir).status == 0);
        const RunResult r = run("export --format GeoJSON --out " + quote(b.string()) + view + " --db " + quote(server), dir);
        INFO(r.err);
        REQUIRE(r.status == 0);
        const auto fa = features(a);
        CHECK(fa == features(b));
        if (view.empty()) CHECK(fa.size() > 60);
    }
    // The map page reads the same store.
    const RunResult map = run("map --out " + quote((dir / "map.html").string()) + " --db " + quote(server), dir);
    INFO(map.err);
    CHECK(map.status == 0);
    CHECK(fs::file_size(dir / "map.html") > 1000);
}

TEST_CASE("two ingest processes into one PostgreSQL database: counts add up, no duplicates", "[cli][store][pg]") {
    const fs::path dir = scratch("concurrent");
    test::write_corpus(dir / "a", 0, 150);
    test::write_corpus(dir / "b", 75, 150); // 75 articles in both
    const test::PgDatabase pg("concurrent");
    // Created first, so that both race on articles and places, not on the schema.
    const RunResult seed = run("ingest " + quote((dir / "a" / "00000.txt").string()) + " --db " + quote(pg.conninfo()), dir);
    REQUIRE(seed.status == 0);
    test::Process a({"ingest", (dir / "a").string(), "--db", pg.conninfo(), "--batch", "10"}, dir, "a");
    test::Process b({"ingest", (dir / "b").string(), "--db", pg.conninfo(), "--batch", "10"}, dir, "b");
    const int sa = a.wait(), sb = b.wait();
    INFO(a.err() << "\n" << b.err());
    CHECK(exit_code(sa) == 0);
    CHECK(exit_code(sb) == 0);
    CHECK_THAT(a.err(), Catch::Contains(" 0 failed"));
    CHECK_THAT(b.err(), Catch::Contains(" 0 failed"));
    // Whatever one writer stored first, the other found known: together every article once,
    // and every claim a writer says it recorded is stored (each article whole).
    const std::regex counts(R"(ingest: (\d+) new, (\d+) already known, 0 re-extracted, 0 failed; (\d+) claims)");
    std::smatch ma, mb, ms;
    const std::string ea = a.err(), eb = b.err(), es = seed.err;
    REQUIRE(std::regex_search(ea, ma, counts));
    REQUIRE(std::regex_search(eb, mb, counts));
    REQUIRE(std::regex_search(es, ms, counts));
    CHECK(std::stoi(ma[1]) + std::stoi(mb[1]) == 224); // 225 distinct, one stored before
    CHECK(std::stoi(ma[1]) + std::stoi(ma[2]) == 150);
    CHECK(std::stoi(mb[1]) + std::stoi(mb[2]) == 150);
    const json stats = run_json("stats --db " + quote(pg.conninfo()), dir);
    CHECK(stats.at("articles") == 225);
    CHECK(stats.at("extraction_runs") == 225);
    CHECK(stats.at("claims") == std::stoi(ma[3]) + std::stoi(mb[3]) + std::stoi(ms[3]));
    CHECK(stats.at("superseded_claims") == 0);
    // No text twice, no run without its article or article without its run.
    CHECK(pg.exec("SELECT count(DISTINCT content_hash) FROM articles") == std::vector<std::string>{"225"});
    CHECK(pg.exec("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                  "(SELECT 1 FROM extraction_runs r WHERE r.article_id = a.id)") == std::vector<std::string>{"0"});
    CHECK(run("db check --db " + quote(pg.conninfo()), dir).status == 0);
}

namespace {

/// Per article URL: extraction runs, claims and mentions of its current run (as test_store_e2e.cpp's
/// article_shapes, read from PostgreSQL).
std::map<std::string, std::string> pg_article_shapes(const test::PgDatabase& pg) {
    std::map<std::string, std::string> out;
    for (const std::string& row : pg.exec(R"sql(
SELECT a.url || chr(9) ||
       (SELECT count(*) FROM extraction_runs r WHERE r.article_id = a.id) || '/' ||
       (SELECT count(*) FROM claims c JOIN extraction_runs r ON r.id = c.run_id WHERE r.article_id = a.id) || '/' ||
       (SELECT count(*) FROM mentions m JOIN extraction_runs r ON r.id = m.run_id WHERE r.article_id = a.id)
FROM articles a)sql")) {
        const auto tab = row.find('\t');
        out[row.substr(0, tab)] = row.substr(tab + 1);
    }
    return out;
}

/// Waits until the database holds at least `articles` articles or the process ends
/// (before the schema exists the query fails: then it waits).
void wait_for_pg_articles(const test::PgDatabase& pg, long long articles, test::Process& p) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (p.running() && std::chrono::steady_clock::now() < deadline) {
        try {
            const auto rows = pg.exec("SELECT count(*) FROM articles");
            if (!rows.empty() && std::stoll(rows.front()) >= articles) return;
        } catch (const std::exception&) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

/// Every stored article is one of the corpus and has exactly one extraction run; no run, claim or
/// mention lacks its parent. (Claim and mention counts are not compared with a clean ingest: ingest
/// reads the places already stored as context, so an article stored after a kill, in a later run,
/// may resolve more places than it does in one uninterrupted run.)
void check_pg_articles_whole(const test::PgDatabase& pg, const std::map<std::string, std::string>& reference) {
    for (const auto& [url, shape] : pg_article_shapes(pg)) {
        INFO(url << " " << shape);
        REQUIRE(reference.count(url) == 1);
        CHECK(shape.rfind("1/", 0) == 0);
    }
    CHECK(pg.exec("SELECT count(*) FROM extraction_runs r WHERE NOT EXISTS "
                  "(SELECT 1 FROM articles a WHERE a.id = r.article_id)") == std::vector<std::string>{"0"});
    CHECK(pg.exec("SELECT count(*) FROM claims c WHERE NOT EXISTS "
                  "(SELECT 1 FROM extraction_runs r WHERE r.id = c.run_id)") == std::vector<std::string>{"0"});
    CHECK(pg.exec("SELECT count(*) FROM mentions m WHERE NOT EXISTS "
                  "(SELECT 1 FROM extraction_runs r WHERE r.id = m.run_id)") == std::vector<std::string>{"0"});
}

} // namespace

TEST_CASE("ingest into PostgreSQL killed with SIGKILL leaves whole articles, and a re-run completes", "[cli][store][pg]") {
    const fs::path dir = scratch("kill9");
    const int total = 400;
    test::write_corpus(dir / "corpus", 0, total);
    const test::PgDatabase reference_db("kill9_reference");
    {
        const RunResult r = run("ingest " + quote((dir / "corpus").string()) + " --db " + quote(reference_db.uri()), dir);
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
    const auto reference = pg_article_shapes(reference_db);
    REQUIRE(reference.size() == static_cast<std::size_t>(total));

    const test::PgDatabase pg("kill9");
    const std::vector<std::string> args = {"ingest", (dir / "corpus").string(), "--db", pg.uri(), "--batch", "25"};
    int killed = 0;
    for (long long target : {1LL, 120LL, 250LL}) {
        test::Process p(args, dir, "ingest");
        wait_for_pg_articles(pg, target, p);
        if (!p.running()) continue; // finished first: nothing to kill this round
        p.kill_hard();
        const int status = p.wait();
        if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) ++killed;
        INFO("killed at >= " << target << " articles");
        check_pg_articles_whole(pg, reference);
    }
    CHECK(killed >= 1);
    CHECK(run("db check --db " + quote(pg.uri()), dir).status == 0);

    const RunResult r = run("ingest " + quote((dir / "corpus").string()) + " --db " + quote(pg.uri()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains(" 0 re-extracted, 0 failed"));
    check_pg_articles_whole(pg, reference);
    CHECK(pg_article_shapes(pg).size() == reference.size());
}

TEST_CASE("db backup of PostgreSQL while an ingest runs gives a sound SQLite copy", "[cli][store][pg]") {
    const fs::path dir = scratch("backup");
    test::write_corpus(dir / "corpus", 0, 300);
    const test::PgDatabase pg("backup");
    const fs::path copy = dir / "backup.db";
    test::Process ingest({"ingest", (dir / "corpus").string(), "--db", pg.conninfo(), "--batch", "25"}, dir, "ingest");
    wait_for_pg_articles(pg, 1, ingest);
    const RunResult r = run("db backup " + quote(copy.string()) + " --db " + quote(pg.conninfo()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const int status = ingest.wait();
    INFO(ingest.err());
    CHECK(exit_code(status) == 0);
    // The copy is one snapshot: a sound SQLite store whose every article has its one run.
    CHECK(run("db check --db " + quote(copy.string()), dir).status == 0);
    const json stats = run_json("stats --db " + quote(copy.string()), dir);
    CHECK(stats.at("articles").get<long long>() >= 1);
    CHECK(stats.at("articles") == stats.at("extraction_runs"));
    CHECK(pg.exec("SELECT count(*) FROM articles") == std::vector<std::string>{"300"});
}

TEST_CASE("ogrinfo reads claims_current as a point layer, as QGIS would", "[cli][store][pg]") {
    const fs::path dir = scratch("ogrinfo");
    const test::PgDatabase pg("ogrinfo");
    REQUIRE(run("ingest " + quote(CLAIMTRACK_EXAMPLES_DIR) + " --db " + quote(pg.conninfo()), dir).status == 0);
    const fs::path out = dir / "ogrinfo.txt";
    const std::string cmd = "ogrinfo -ro -al PG:" + quote(pg.conninfo()) + " claims_current >" + quote(out.string()) + " 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
    const std::string text = test::slurp(out);
    INFO(text.substr(0, 2000));
    CHECK_THAT(text, Catch::Contains("Geometry: Point"));
    CHECK_THAT(text, Catch::Contains("ID[\"EPSG\",4326]"));
    // Every current claim about a place with coordinates is a feature with a point.
    const json geojson_claims = [&] {
        REQUIRE(run("export --format GeoJSON --out " + quote((dir / "e.geojson").string()) + " --db " +
                        quote(pg.conninfo()),
                    dir)
                    .status == 0);
        return json::parse(test::slurp(dir / "e.geojson")).at("features");
    }();
    const std::smatch m = [&] {
        std::smatch found;
        static const std::regex count(R"(Feature Count: (\d+))");
        REQUIRE(std::regex_search(text, found, count));
        return found;
    }();
    const int features = std::stoi(m[1]);
    CHECK(features > 10);
    const json stats = run_json("stats --db " + quote(pg.conninfo()), dir);
    CHECK(features <= stats.at("claims").get<int>());
    std::size_t points = 0;
    for (std::size_t at = 0; (at = text.find("  POINT (", at)) != std::string::npos; ++at) ++points;
    CHECK(static_cast<int>(points) == features);
    CHECK_THAT(text, Catch::Contains("claimant (String)") && Catch::Contains("known_on (String)"));
}

TEST_CASE("db copy moves a store to PostgreSQL and back whole", "[cli][store][pg]") {
    const fs::path dir = scratch("copy");
    test::write_corpus(dir / "corpus", 0, 40);
    const std::string lite = (dir / "claims.db").string(), back = (dir / "back.db").string();
    REQUIRE(run("ingest " + quote((dir / "corpus").string()) + " --db " + quote(lite), dir).status == 0);
    const test::PgDatabase pg("copy");
    RunResult r = run("db copy --from " + quote(lite) + " --to " + quote(pg.uri()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("40 articles"));
    r = run("db copy --from " + quote(pg.conninfo()) + " --to " + quote(back), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    // Whole: the same answers, write times included (the rows are copied, not re-recorded).
    for (const std::string args : {"stats", "state --as-of 2024-12-31", "conflicts", "timeline Avdiivka --all"}) {
        INFO(args);
        json a = run_json(args + " --db " + quote(lite), dir);
        json b = run_json(args + " --db " + quote(pg.conninfo()), dir);
        json c = run_json(args + " --db " + quote(back), dir);
        for (json* j : {&a, &b, &c})
            if (j->is_object()) j->erase("database");
        CHECK(a == b);
        CHECK(a == c);
    }
    // Into a store that holds rows: refused, nothing changed.
    r = run("db copy --from " + quote(lite) + " --to " + quote(pg.conninfo()), dir);
    CHECK(r.status == 3);
    CHECK_THAT(r.err, Catch::Contains("db copy fills an empty store"));
    CHECK(run_json("stats --db " + quote(pg.conninfo()), dir).at("articles") == 40);
    // db backup of PostgreSQL writes an SQLite file of one snapshot; db check answers.
    r = run("db backup " + quote((dir / "backup.db").string()) + " --db " + quote(pg.conninfo()), dir);
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(run_json("stats --db " + quote((dir / "backup.db").string()), dir).at("claims") ==
          run_json("stats --db " + quote(lite), dir).at("claims"));
    r = run("db check --db " + quote(pg.conninfo()), dir);
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains(": ok"));
}

TEST_CASE("bad PostgreSQL connections exit 3 naming the server, never the password", "[cli][store][pg]") {
    const fs::path dir = scratch("bad");
    const std::string tcp = test::pg_fixture_conninfo("tcp");
    const auto check = [&dir](const std::string& db, const std::string& expected, const std::string& secret) {
        const RunResult r = run("stats --db " + quote(db), dir);
        INFO(db << "\n" << r.err);
        CHECK(r.status == 3);
        CHECK_THAT(r.err, Catch::Contains("database error") && Catch::Contains(expected));
        if (!secret.empty()) CHECK(r.err.find(secret) == std::string::npos);
    };
    check("postgresql://ana:hunter2@127.0.0.1:1/claims?connect_timeout=5", "postgresql://ana@127.0.0.1:1/claims",
          "hunter2");
    check(tcp + " password=wrong-secret dbname=postgres", "password authentication failed", "wrong-secret");
    const test::PgDatabase plain("plain", false);
    check(plain.conninfo(), "no PostGIS extension", "");
    const test::PgDatabase newer("newer");
    REQUIRE(run("ingest " + quote(CLAIMTRACK_EXAMPLES_DIR) + " --db " + quote(newer.conninfo()), dir).status == 0);
    newer.exec("INSERT INTO schema_migrations VALUES (42, '0042_future.sql', 'x', 'now')");
    check(newer.conninfo(), "is newer than this claimtrack knows", "");
    // Ingest refuses before reading any article, and stores nothing.
    const RunResult r = run("ingest " + quote(CLAIMTRACK_EXAMPLES_DIR) + " --db " + quote(plain.conninfo()), dir);
    CHECK(r.status == 3);
}
