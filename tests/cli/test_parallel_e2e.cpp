// End-to-end: extract and ingest with several workers (--jobs) give exactly
// what one worker gives, in input order.

#include "e2e_util.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using claimtrack::test::quote;
using claimtrack::test::run;

fs::path scratch(const std::string& name) { return claimtrack::test::scratch("parallel", name); }

/// Short reports written for this test, varied so that articles differ.
std::string report(int i) {
    static const char* places[] = {"Kupiansk", "Izium", "Balakliia", "Lyman", "Robotyne", "Avdiivka", "Vuhledar",
                                   "Bakhmut", "Soledar", "Kreminna", "Vovchansk", "Orikhiv"};
    static const char* sides[] = {"Ukrainian forces liberated", "Russian troops captured", "Ukraine's army withdrew from",
                                  "Russian forces advanced near"};
    const std::string place = places[i % 12];
    return std::string(sides[i % 4]) + " " + place + ", the General Staff said on Monday (report " +
           std::to_string(i) + "). Fighting continued about 12 km east of " + places[(i + 5) % 12] +
           ", and officials said troops had regained 40 square kilometres.";
}

/// Inputs of every shape: text articles, a JSON Lines file longer than one
/// batch of the workers (with a broken line), another text article, and
/// the example articles' directory.
std::vector<std::string> write_inputs(const fs::path& dir) {
    std::vector<std::string> inputs;
    for (int i = 0; i < 7; ++i) {
        const fs::path p = dir / ("a" + std::to_string(i) + ".txt");
        std::ofstream(p) << "title: Report " << i << "\npublished: 2023-0" << (1 + i % 9) << "-1" << i
                         << "\n\n" << report(i) << "\n";
        inputs.push_back(p.string());
    }
    const fs::path jsonl = dir / "feed.jsonl";
    {
        std::ofstream out(jsonl);
        for (int i = 0; i < 600; ++i) {
            if (i == 300) out << "{\"url\": \"broken\n";
            out << nlohmann::json{{"url", "https://example.org/" + std::to_string(i)},
                                  {"title", "Line " + std::to_string(i)},
                                  {"published", "2023-06-" + std::to_string(10 + i % 18)},
                                  {"text", report(i) + " " + report(i + 1)}}
                       .dump()
                << "\n";
        }
    }
    inputs.push_back(jsonl.string());
    const fs::path last = dir / "z.txt";
    std::ofstream(last) << report(99) << "\n";
    inputs.push_back(last.string());
    inputs.push_back(CLAIMTRACK_EXAMPLES_DIR);
    return inputs;
}

std::string args_of(const std::vector<std::string>& inputs) {
    std::string s;
    for (const auto& in : inputs) s += " " + quote(in);
    return s;
}

struct DbCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};

/// Every article and claim of a database, in id order, as text.
std::string dump_claims(const fs::path& db_path) {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::unique_ptr<sqlite3, DbCloser> db(raw);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.get(),
                               "SELECT a.id, a.url, a.file, c.id, c.change, ifnull(c.by_side, ''), "
                               "ifnull(c.place_id, 0), c.surface, c.evidence_start FROM articles a "
                               "JOIN extraction_runs r ON r.article_id = a.id LEFT JOIN claims c ON c.run_id = r.id "
                               "ORDER BY a.id, c.id",
                               -1, &stmt, nullptr) == SQLITE_OK);
    std::string out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const auto* t = sqlite3_column_text(stmt, i);
            out += t ? reinterpret_cast<const char*>(t) : "NULL";
            out += '|';
        }
        out += '\n';
    }
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

TEST_CASE("extract --jobs N prints the same bytes as --jobs 1, in input order", "[cli]") {
    const fs::path dir = scratch("extract");
    const auto inputs = write_inputs(dir);
    const fs::path missing = dir / "missing.txt";
    const std::string args = args_of(inputs) + " " + quote(missing.string());

    for (const char* format : {"--jsonl", "--json", ""}) {
        INFO(format);
        const auto one = run(std::string("extract ") + format + " --jobs 1" + args, dir);
        const auto three = run(std::string("extract ") + format + " --jobs 3" + args, dir);
        const auto by_default = run(std::string("extract ") + format + args, dir);
        CHECK(one.status == 1); // the broken line and the missing file
        CHECK(one.err.find("feed.jsonl:301: broken JSON") != std::string::npos);
        CHECK(one.err.find("missing.txt") != std::string::npos);
        CHECK(three.status == one.status);
        CHECK(three.err == one.err);
        CHECK(by_default.err == one.err);
        REQUIRE(!one.out.empty());
        CHECK(three.out == one.out);
        CHECK(by_default.out == one.out);
    }

    // Order: the articles come out as the inputs list them.
    const auto r = run("extract --jsonl --jobs 3" + args_of(inputs), dir);
    std::vector<std::string> files;
    std::size_t pos = 0;
    while (pos < r.out.size()) {
        const std::size_t eol = r.out.find('\n', pos);
        files.push_back(nlohmann::json::parse(r.out.substr(pos, eol - pos))["article"]["file"]);
        pos = eol + 1;
    }
    REQUIRE(files.size() == 7 + 600 + 1 + 8);
    CHECK(files[0] == inputs[0]);
    CHECK(files[6] == inputs[6]);
    CHECK(files[7] == inputs[7] + ":1");
    CHECK(files[7 + 299] == inputs[7] + ":300");
    CHECK(files[7 + 300] == inputs[7] + ":302"); // after the broken line 301
    CHECK(files[7 + 599] == inputs[7] + ":601");
    CHECK(files[7 + 600] == inputs[8]);
    CHECK(files.back().find("08-uk-general-staff.txt") != std::string::npos);
}

TEST_CASE("ingest --jobs N records what --jobs 1 records, in input order", "[cli]") {
    const fs::path dir = scratch("ingest");
    const auto inputs = write_inputs(dir);
    const auto one = run("ingest --jobs 1 --db " + quote((dir / "one.db").string()) + args_of(inputs), dir);
    const auto three = run("ingest --jobs 3 --batch 50 --db " + quote((dir / "three.db").string()) + args_of(inputs), dir);
    INFO(one.err);
    INFO(three.err);
    CHECK(one.status == 1); // the broken line
    CHECK(three.status == 1);
    CHECK(one.err.find("616 new, 0 already known") != std::string::npos);
    CHECK(three.err.find("616 new, 0 already known") != std::string::npos);
    const std::string claims = dump_claims(dir / "one.db");
    CHECK(claims.size() > 10000);
    CHECK(dump_claims(dir / "three.db") == claims);

    // Again: every article is known, found by the workers before extraction.
    const auto again = run("ingest --jobs 3 --db " + quote((dir / "three.db").string()) + args_of(inputs), dir);
    CHECK(again.err.find("0 new, 616 already known") != std::string::npos);
    CHECK(dump_claims(dir / "three.db") == claims);
}

TEST_CASE("the workers read while the gazetteer loads, and a gazetteer error still stops everything with exit 4",
          "[cli]") {
    const fs::path dir = scratch("bad-gazetteer");
    const auto inputs = write_inputs(dir);
    const fs::path bad = dir / "not-an-index.ctg";
    std::ofstream(bad) << "not a gazetteer index\n";
    const std::string with_bad = " --gazetteer " + quote(bad.string());
    for (const char* jobs : {" --jobs 1", " --jobs 2"}) {
        INFO(jobs);
        const auto x = run(std::string("extract --jsonl") + jobs + with_bad + args_of(inputs), dir);
        CHECK(x.status == 4);
        CHECK(x.out.empty());
        CHECK(x.err.find("not-an-index.ctg") != std::string::npos);
        const fs::path db = dir / (std::string("bad") + (jobs[8] == '1' ? "1" : "2") + ".db");
        const auto i = run(std::string("ingest --quiet --db ") + quote(db.string()) + jobs + with_bad + args_of(inputs), dir);
        CHECK(i.status == 4);
        CHECK(i.err.find("not-an-index.ctg") != std::string::npos);
        // Nothing stored: no article was extracted.
        const auto count = run("stats --json --db " + quote(db.string()), dir);
        REQUIRE(count.status == 0);
        CHECK(nlohmann::json::parse(count.out)["articles"] == 0);
    }
}

TEST_CASE("a truncated, empty or directory index (mapped, not read) stops extract with exit 4 naming it", "[cli]") {
    const fs::path dir = scratch("truncated-gazetteer");
    const auto inputs = write_inputs(dir);
    std::string good;
    {
        std::ifstream in(CLAIMTRACK_TEST_INDEX, std::ios::binary);
        good.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    REQUIRE(good.size() > 4096);
    const fs::path half = dir / "half.ctg", short_by_one = dir / "short-by-one.ctg", empty = dir / "empty.ctg",
                   folder = dir / "folder.ctg";
    std::ofstream(half, std::ios::binary).write(good.data(), static_cast<std::streamsize>(good.size() / 2));
    std::ofstream(short_by_one, std::ios::binary).write(good.data(), static_cast<std::streamsize>(good.size() - 1));
    std::ofstream(empty, std::ios::binary).flush();
    fs::create_directories(folder);
    for (const fs::path& bad : {half, short_by_one, empty, folder}) {
        INFO(bad);
        const auto x = run("extract --jsonl --jobs 2 --gazetteer " + quote(bad.string()) + args_of(inputs), dir);
        CHECK(x.status == 4);
        CHECK(x.out.empty());
        CHECK(x.err.find(bad.filename().string()) != std::string::npos);
    }
}

TEST_CASE("a JSON Lines file of many short lines is read a batch at a time, in order, with its bad lines reported",
          "[cli]") {
    // More lines than the workers hold at once (a few batches of 256): the
    // file is read from its open stream by the workers, chunk by chunk; the
    // output and the errors come in line order whatever the number of jobs.
    const fs::path dir = scratch("many-lines");
    const fs::path jsonl = dir / "many.jsonl";
    constexpr int k_lines = 3000;
    {
        std::ofstream out(jsonl);
        for (int i = 1; i <= k_lines; ++i) {
            if (i % 700 == 0) {
                out << "{\"text\": broken\n";
                continue;
            }
            out << nlohmann::json{{"url", "https://example.org/many/" + std::to_string(i)},
                                  {"published", "2023-07-" + std::to_string(10 + i % 18)},
                                  {"text", report(i)}}
                       .dump()
                << "\n";
        }
    }
    const auto one = run("extract --jsonl --jobs 1 " + quote(jsonl.string()), dir);
    const auto two = run("extract --jsonl --jobs 2 " + quote(jsonl.string()), dir);
    const auto three = run("extract --jsonl --jobs 3 " + quote(jsonl.string()), dir);
    CHECK(one.status == 1);
    for (int bad : {700, 1400, 2100, 2800})
        CHECK(one.err.find("many.jsonl:" + std::to_string(bad) + ": broken JSON") != std::string::npos);
    CHECK(one.err.find("many.jsonl:700:") < one.err.find("many.jsonl:2800:"));
    CHECK(two.err == one.err);
    CHECK(three.err == one.err);
    REQUIRE(!one.out.empty());
    CHECK(two.out == one.out);
    CHECK(three.out == one.out);
    std::vector<std::string> urls;
    for (std::size_t pos = 0; pos < three.out.size();) {
        const std::size_t eol = three.out.find('\n', pos);
        urls.push_back(nlohmann::json::parse(three.out.substr(pos, eol - pos))["article"]["url"]);
        pos = eol + 1;
    }
    REQUIRE(urls.size() == k_lines - 4);
    CHECK(urls.front() == "https://example.org/many/1");
    CHECK(urls[698] == "https://example.org/many/699");
    CHECK(urls[699] == "https://example.org/many/701");
    CHECK(urls.back() == "https://example.org/many/" + std::to_string(k_lines));

    // Ingest with several jobs: every line once, in order; a second run finds them all known.
    const fs::path db = dir / "many.db";
    const auto first = run("ingest --jobs 2 --batch 100 --db " + quote(db.string()) + " " + quote(jsonl.string()), dir);
    INFO(first.err);
    CHECK(first.err.find(std::to_string(k_lines - 4) + " new, 0 already known") != std::string::npos);
    const auto again = run("ingest --jobs 3 --db " + quote(db.string()) + " " + quote(jsonl.string()), dir);
    INFO(again.err);
    CHECK(again.err.find("0 new, " + std::to_string(k_lines - 4) + " already known") != std::string::npos);
}
