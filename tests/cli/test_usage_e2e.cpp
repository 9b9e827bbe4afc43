// Usage errors and careless input through the real binary (issue 13): every
// usage error exits 2 with one line naming the option; future-dated articles
// and directories without articles are reported, never silently accepted.
#include "e2e_util.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace claimtrack;
using test::run;

namespace {

std::size_t lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

void write(const test::fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

} // namespace

TEST_CASE("every usage error exits 2 with one line naming the option", "[cli]") {
    const auto dir = test::scratch("usage", "errors");
    const std::string db = " --db " + test::quote((dir / "u.db").string());
    const std::string out = " --out " + test::quote((dir / "x.geojson").string());
    struct Case {
        std::string args;
        std::string names; // what the one line must name
    };
    const Case cases[] = {
        {"export --format geojson" + out + db + " --bbox foo,bar", "--bbox"},
        {"export --format geojson" + out + db + " --bbox foo,bar,baz,qux", "--bbox"},
        {"export --format geojson" + out + db + " --bbox nan,inf,-inf,1e999", "--bbox"},
        {"export --format geojson" + out + db + " --frobnicate", "--frobnicate"},
        {"ingest --batch 0 x.txt" + db, "--batch"},
        {"ingest --batch-seconds -1 x.txt" + db, "--batch-seconds"},
        {"", "missing command"},
        {"db" + db, "missing command"},
        {"timeline " + test::quote("Krasno\xffhorivka") + db, "place: not valid UTF-8"},
        {"geocode " + test::quote("Bakh\xc3") + " --limit 3", "name: not valid UTF-8"},
        {"state --as-of 2024-13-45" + db, "--as-of"},
    };
    for (const auto& c : cases) {
        INFO(c.args);
        const auto r = run(c.args, dir);
        CHECK(r.status == 2);
        CHECK(lines(r.err) == 1);
        CHECK_THAT(r.err, Catch::StartsWith("claimtrack: ") && Catch::Contains(c.names));
        CHECK(r.err.size() < 300); // no 309-digit ranges
    }
    SECTION("--help and --version still exit 0") {
        CHECK(run("--help", dir).status == 0);
        CHECK(run("--version", dir).status == 0);
        CHECK(run("ingest --help", dir).status == 0);
    }
}

TEST_CASE("an article dated in the future is refused, naming it, and the others are stored", "[cli]") {
    const auto dir = test::scratch("usage", "future");
    write(dir / "future.txt", "published: 2999-06-01\n\nRussian forces captured Avdiivka, the ministry said.\n");
    write(dir / "today.txt", "published: 2024-02-17\n\nRussian forces captured Avdiivka, the ministry said.\n");
    const auto r = run("ingest " + test::quote((dir / "future.txt").string()) + " " +
                           test::quote((dir / "today.txt").string()) + " --db " + test::quote((dir / "f.db").string()),
                       dir);
    CHECK(r.status == 1); // some inputs of the batch failed
    CHECK_THAT(r.err, Catch::Contains("future.txt: published: 2999-06-01 is in the future"));
    CHECK_THAT(r.err, Catch::Contains("1 new") && Catch::Contains("1 failed"));
}

TEST_CASE("a directory without articles says what it skipped", "[cli]") {
    const auto dir = test::scratch("usage", "skipped");
    const auto in = dir / "in";
    test::fs::create_directories(in / "sub");
    write(in / "notes.md", "# Notes\n");
    write(in / "sub" / "report.pdf", "%PDF-1.4\n");
    write(in / "sub" / "more.md", "more\n");
    const std::string db = " --db " + test::quote((dir / "s.db").string());
    SECTION("only .md and .pdf: a failed input, exit 1, with the skipped files counted") {
        const auto r = run("ingest " + test::quote(in.string()) + db, dir);
        CHECK(r.status == 1);
        CHECK_THAT(r.err, Catch::Contains("no articles in this directory") &&
                              Catch::Contains("skipped 3 other files: 2 .md, 1 .pdf"));
    }
    SECTION("an empty directory") {
        test::fs::create_directories(dir / "empty");
        const auto r = run("ingest " + test::quote((dir / "empty").string()) + db, dir);
        CHECK(r.status == 1);
        CHECK_THAT(r.err, Catch::Contains("no articles in this directory") && Catch::Contains("holds no files"));
    }
    SECTION("articles beside other files: read, and the others named in a note") {
        write(in / "a.txt", "published: 2024-02-17\n\nRussian forces captured Avdiivka, the ministry said.\n");
        const auto r = run("ingest " + test::quote(in.string()) + db, dir);
        CHECK(r.status == 0);
        CHECK_THAT(r.err, Catch::Contains("skipped 3 files that are not an article format: 2 .md, 1 .pdf"));
        CHECK_THAT(r.err, Catch::Contains("1 new"));
    }
}

TEST_CASE("JSON Lines files are read a line at a time, and a bad line costs only itself", "[cli]") {
    const auto dir = test::scratch("usage", "jsonl");
    write(dir / "in.jsonl", "{\"url\":\"https://example.org/a\",\"published\":\"2024-02-17\","
                            "\"text\":\"Russian forces captured Avdiivka, the ministry said.\"}\nbroken\n"
                            "{\"published\":\"2999-01-01\",\"text\":\"Later.\"}\n");
    const auto r = run("ingest " + test::quote((dir / "in.jsonl").string()) + " --db " +
                           test::quote((dir / "i.db").string()),
                       dir);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("in.jsonl:2: broken JSON") && Catch::Contains("1 new") &&
                          Catch::Contains("in.jsonl:3: published: 2999-01-01 is in the future"));
}

TEST_CASE("syndicated copies: the first article is kept, every further URL recorded and shown", "[cli]") {
    const auto dir = test::scratch("usage", "carriers");
    const std::string text = "Russia's defence ministry said on Saturday that its forces had captured Avdiivka.";
    std::string lines;
    int n = 0;
    for (const char* outlet : {"wire", "paper", "radio"})
        lines += "{\"url\":\"https://" + std::string(outlet) + ".example/" + std::to_string(++n) +
                 "\",\"source\":\"Example " + outlet + "\",\"published\":\"2024-02-17\",\"text\":\"" + text + "\"}\n";
    write(dir / "copies.jsonl", lines);
    const std::string db = " --db " + test::quote((dir / "c.db").string());
    auto r = run("ingest " + test::quote((dir / "copies.jsonl").string()) + db, dir);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("1 new, 2 already known") &&
                          Catch::Contains("2 copies of known articles under another URL or source"));
    // Again, with one more outlet: only that one is new.
    write(dir / "more.jsonl", "{\"url\":\"https://tv.example/4\",\"source\":\"Example tv\",\"text\":\"" + text + "\"}\n");
    r = run("ingest " + test::quote((dir / "more.jsonl").string()) + " " + test::quote((dir / "copies.jsonl").string()) +
                db,
            dir);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("0 new, 4 already known") && Catch::Contains("; 1 copy of known articles"));

    r = run("timeline Avdiivka --json" + db, dir);
    REQUIRE(r.status == 0);
    const auto timeline = nlohmann::json::parse(r.out);
    REQUIRE(timeline.size() == 1);
    const auto& article = timeline[0]["article"];
    CHECK(article["url"] == "https://wire.example/1");
    CHECK(article["carried_by"] == 4);
    REQUIRE(article["carriers"].size() == 3);
    CHECK(article["carriers"][0]["url"] == "https://paper.example/2");
    CHECK(article["carriers"][0]["source"] == "Example paper");
    CHECK(article["carriers"][0]["published"] == "2024-02-17");
    CHECK(article["carriers"][2]["url"] == "https://tv.example/4");
    CHECK(article["carriers"][2]["published"].is_null());

    const auto out = dir / "claims.geojson";
    r = run("export --format geojson --out " + test::quote(out.string()) + db, dir);
    REQUIRE(r.status == 0);
    const auto fc = nlohmann::json::parse(test::slurp(out));
    REQUIRE(fc["features"].size() == 1);
    CHECK(fc["features"][0]["properties"]["carried_by"] == 4);
    CHECK(fc["features"][0]["properties"]["carrier_urls"] ==
          "https://paper.example/2 https://radio.example/3 https://tv.example/4");
}
