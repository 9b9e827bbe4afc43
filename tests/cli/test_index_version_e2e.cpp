// An index of another index format version (left by an older claimtrack) is rebuilt by any
// command when a GeoNames dump is configured; a file that is no claimtrack index is never
// replaced; without a dump the command exits 4 saying what to do. Texts written for this test.

#include "e2e_util.hpp"

#include <catch2/catch.hpp>

#include "front_dir.hpp"
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using namespace claimtrack::test;

namespace {

const char* k_article = "published: 2025-02-10\nlanguage: en\n\nRussian forces shelled Kupiansk on Monday, the regional "
                        "governor said.\n";

/// A file whose header names another claimtrack index version, padded like a real header.
void write_old_index(const fs::path& file) {
    std::ofstream out(file, std::ios::binary);
    out << "CTGAZ001" << std::string(120, '\0');
}

/// Turns an index of this claimtrack into one "an earlier claimtrack" wrote: its version digits
/// become 001, the rest of the file and the record of its sources beside it stay.
void age_index(const fs::path& file) {
    std::fstream f(file, std::ios::binary | std::ios::in | std::ios::out);
    f.seekp(0);
    f.write("CTGAZ001", 8);
}

const fs::path k_mini = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "gazetteer" / "mini";

/// The command line for `extract --json` on `article` with the index at `index`.
std::string extract_with(const fs::path& index, const fs::path& article) {
    return "extract --json --gazetteer " + quote(index.string()) + " " + quote(article.string());
}

} // namespace

TEST_CASE("an index of another version is rebuilt when a dump is configured, and works", "[cli][index-version]") {
    const fs::path dir = scratch("index-version", "rebuilt");
    const fs::path article = dir / "a.txt", index = dir / "old.ctg";
    std::ofstream(article) << k_article;
    write_old_index(index);
    const char* dump = std::getenv("CLAIMTRACK_GEONAMES");
    REQUIRE(dump != nullptr);
    const auto r = run(extract_with(index, article) + " --geonames " + quote(dump), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.find("rebuilding the gazetteer index") != std::string::npos);
    CHECK(r.err.find("version 001") != std::string::npos);
    const auto j = nlohmann::json::parse(r.out);
    bool kupiansk = false;
    for (const auto& p : j["places"]) kupiansk = kupiansk || p["name"] == "Kupiansk";
    CHECK(kupiansk);
    // The file is now an index of this version: the next command opens it without rebuilding,
    // and no temporary file is left beside it.
    std::ifstream in(index, std::ios::binary);
    std::string magic(8, '\0');
    in.read(magic.data(), 8);
    CHECK(magic != "CTGAZ001");
    CHECK(magic.substr(0, 5) == "CTGAZ");
    const auto again = run(extract_with(index, article), dir);
    CHECK(again.status == 0);
    CHECK(again.err.find("rebuilding") == std::string::npos);
    std::size_t files = 0;
    for (const auto& e : fs::directory_iterator(dir)) files += e.path().filename().string().find(".tmp") != std::string::npos;
    CHECK(files == 0);
}

TEST_CASE("a file that is no claimtrack index is never overwritten: exit 4, file untouched", "[cli][index-version]") {
    const fs::path dir = scratch("index-version", "foreign");
    const fs::path article = dir / "a.txt", index = dir / "notes.ctg";
    std::ofstream(article) << k_article;
    // Longer than an index header, starting almost like one.
    std::string content = "CTGA my own notes, not an index\n";
    while (content.size() < 400) content += "a line of the user's own notes\n";
    std::ofstream(index, std::ios::binary) << content;
    const char* dump = std::getenv("CLAIMTRACK_GEONAMES");
    REQUIRE(dump != nullptr);
    const auto r = run(extract_with(index, article) + " --geonames " + quote(dump), dir);
    CHECK(r.status == 4);
    CHECK(r.out.empty());
    CHECK(r.err.find("notes.ctg") != std::string::npos);
    CHECK(r.err.find("not a claimtrack gazetteer index") != std::string::npos);
    CHECK(slurp(index) == content);
}

TEST_CASE("an index of another version without a dump configured: exit 4 naming the versions and the fix",
          "[cli][index-version]") {
    const fs::path dir = scratch("index-version", "no-dump");
    const fs::path article = dir / "a.txt", index = dir / "old.ctg";
    std::ofstream(article) << k_article;
    write_old_index(index);
    const std::string before = slurp(index);
    const auto r = run(extract_with(index, article), dir, "env -u CLAIMTRACK_GEONAMES");
    CHECK(r.status == 4);
    CHECK(r.out.empty());
    CHECK(r.err.find("old.ctg") != std::string::npos);
    CHECK(r.err.find("version 001") != std::string::npos);
    CHECK(r.err.find("CLAIMTRACK_GEONAMES") != std::string::npos);
    CHECK(slurp(index) == before);
}

TEST_CASE("after an upgrade, an index is rebuilt from the dumps and front-line layers recorded beside it",
          "[cli][index-version]") {
    const fs::path dir = scratch("index-version", "recorded");
    const fs::path index = dir / "g.ctg";
    const std::string front = front_dir();
    const std::string no_env = "env -u CLAIMTRACK_GEONAMES -u CLAIMTRACK_FRONT";
    const auto built = run("gazetteer build --geonames " + quote(k_mini.string()) + " --front " + quote(front) +
                               " --out " + quote(index.string()),
                           dir, no_env);
    INFO(built.err);
    REQUIRE(built.status == 0);
    const std::string record = slurp(dir / "g.ctg.sources");
    CHECK(record.find("dump\t" + fs::absolute(k_mini).lexically_normal().string() + "\n") != std::string::npos);
    CHECK(record.find("front\t" + fs::absolute(front).lexically_normal().string() + "\n") != std::string::npos);
    age_index(index);
    // The place's distance to the line of contact on the date is in its reasons only when the
    // rebuilt index holds the front-line layers.
    const std::string geocode = "geocode Pokrovsk --date 2025-01-10 --gazetteer " + quote(index.string());
    SECTION("nothing configured: dumps and layers both from the record") {
        const auto r = run(geocode, dir, no_env);
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK(r.err.find("rebuilding the gazetteer index") != std::string::npos);
        CHECK(r.err.find("version 001") != std::string::npos);
        CHECK(r.err.find("(as recorded in " + (dir / "g.ctg.sources").string() + ")") != std::string::npos);
        CHECK(r.out.find("from the line of contact") != std::string::npos);
        const auto again = run(geocode, dir, no_env);
        CHECK(again.status == 0);
        CHECK(again.err.find("rebuilding") == std::string::npos);
        CHECK(again.out.find("from the line of contact") != std::string::npos);
    }
    SECTION("a configured dump wins; the recorded layers still come along") {
        const auto r = run(geocode + " --geonames " + quote(k_mini.string()), dir, no_env);
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK(r.err.find("with the front-line layers " + fs::absolute(front).lexically_normal().string() +
                         " (as recorded in") != std::string::npos);
        CHECK(r.out.find("from the line of contact") != std::string::npos);
    }
}

TEST_CASE("a record naming a dump directory that is gone: exit 4 naming it, the index untouched",
          "[cli][index-version]") {
    const fs::path dir = scratch("index-version", "record-gone");
    const fs::path article = dir / "a.txt", index = dir / "old.ctg";
    std::ofstream(article) << k_article;
    write_old_index(index);
    const fs::path gone = dir / "geonames-moved-away";
    std::ofstream(dir / "old.ctg.sources") << "dump\t" << gone.string() << "\n";
    const std::string before = slurp(index);
    const auto r = run(extract_with(index, article), dir, "env -u CLAIMTRACK_GEONAMES");
    CHECK(r.status == 4);
    CHECK(r.out.empty());
    CHECK(r.err.find("version 001") != std::string::npos);
    CHECK(r.err.find(gone.string()) != std::string::npos);
    CHECK(r.err.find("old.ctg.sources") != std::string::npos);
    CHECK(r.err.find("CLAIMTRACK_GEONAMES") != std::string::npos);
    CHECK(slurp(index) == before);
}
