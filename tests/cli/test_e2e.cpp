// End-to-end: the claimtrack binary on articles the project wrote.

#include "e2e_util.hpp"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <type_traits>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

using claimtrack::test::quote;
using claimtrack::test::run;
using claimtrack::test::slurp;

fs::path scratch(const std::string& name) { return claimtrack::test::scratch("e2e", name); }

struct DbCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};

/// Runs a single-value query against the database file.
template <typename T>
T query(const fs::path& db_path, const std::string& sql) {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::unique_ptr<sqlite3, DbCloser> db(raw);
    sqlite3_stmt* stmt = nullptr;
    INFO(sql);
    REQUIRE(sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    T v{};
    if constexpr (std::is_same_v<T, std::string>) {
        const auto* text = sqlite3_column_text(stmt, 0);
        v = text ? reinterpret_cast<const char*>(text) : "";
    } else {
        v = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return v;
}

long long query_int(const fs::path& db_path, const std::string& sql) { return query<long long>(db_path, sql); }

const std::string k_examples = CLAIMTRACK_EXAMPLES_DIR;

} // namespace

TEST_CASE("ingest the examples, then export GeoJSON that OGR reads back", "[cli]") {
    const fs::path dir = scratch("ingest_export");
    const fs::path db = dir / "claims.db";

    auto r = run("ingest " + quote(k_examples) + " --db " + quote(db.string()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(query_int(db, "SELECT count(*) FROM articles") == 8);
    const long long claims = query_int(db, "SELECT count(*) FROM claims");
    CHECK(claims >= 8);

    SECTION("a liberation list gives one UA liberated claim per village") {
        for (const char* village : {"Arkhanhelske", "Mykhailivka", "Khreshchenivka", "Zolota Balka"}) {
            INFO(village);
            CHECK(query_int(db, std::string("SELECT count(*) FROM claims c JOIN places p ON p.id = c.place_id "
                                             "WHERE c.change = 'liberated' AND c.by_side = 'UA' AND p.name = '") +
                                    village + "'") >= 1);
        }
    }
    SECTION("a defence ministry's capture claim and a withdrawal") {
        CHECK(query_int(db, "SELECT count(*) FROM claims c JOIN places p ON p.id = c.place_id WHERE "
                            "c.change = 'captured' AND c.by_side = 'RU' AND p.name = 'Krasnohorivka' "
                            "AND c.claimant_side = 'RU'") >= 1);
        CHECK(query_int(db, "SELECT count(*) FROM claims c JOIN places p ON p.id = c.place_id WHERE "
                            "c.change = 'withdrew' AND c.by_side = 'UA' AND p.name = 'Avdiivka'") >= 1);
    }
    SECTION("Russian and Ukrainian reports: language, inflected names, Moscow's 'liberated' is a capture") {
        CHECK(query_int(db, "SELECT count(*) FROM articles WHERE language = 'ru'") == 1);
        CHECK(query_int(db, "SELECT count(*) FROM articles WHERE language = 'uk'") == 1);
        for (const char* village : {"Zolota Nyva", "Prechystivka"}) {
            INFO(village);
            CHECK(query_int(db, std::string("SELECT count(*) FROM claims c JOIN places p ON p.id = c.place_id "
                                             "WHERE c.change = 'captured' AND c.by_side = 'RU' AND p.name = '") +
                                    village + "'") == 1);
        }
        CHECK(query_int(db, "SELECT count(*) FROM claims c JOIN places p ON p.id = c.place_id JOIN extraction_runs r "
                            "ON r.id = c.run_id JOIN articles a ON a.id = r.article_id WHERE a.language = 'uk' AND "
                            "c.change = 'liberated' AND c.by_side = 'UA' AND p.name = 'Robotyne'") == 1);
    }
    SECTION("ingesting the same articles again changes nothing") {
        auto again = run("ingest " + quote(k_examples) + " --db " + quote(db.string()), dir);
        REQUIRE(again.status == 0);
        CHECK(again.err.find("0 new, 8 already known") != std::string::npos);
        CHECK(query_int(db, "SELECT count(*) FROM articles") == 8);
        CHECK(query_int(db, "SELECT count(*) FROM claims") == claims);
    }
    SECTION("GeoJSON export: RFC 7946, one point per settlement claim") {
        const fs::path geojson = dir / "claims.geojson";
        auto e = run("export --format GeoJSON --out " + quote(geojson.string()) + " --db " + quote(db.string()), dir);
        INFO(e.err);
        REQUIRE(e.status == 0);
        const std::string text = slurp(geojson);
        CHECK(text.find("\"crs\"") == std::string::npos);

        GDALAllRegister();
        GDALDatasetUniquePtr ds(GDALDataset::Open(geojson.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        REQUIRE(ds);
        OGRLayer* layer = ds->GetLayer(0);
        REQUIRE(layer);
        const long long with_place = query_int(
            db, "SELECT count(*) FROM claims c JOIN places p ON p.id = c.place_id WHERE p.kind = 'settlement'");
        const long long region_only = query_int(db, "SELECT count(*) FROM claims WHERE place_id IS NULL");
        CHECK(layer->GetFeatureCount() == with_place + region_only);
        long long points = 0;
        bool saw_arkhanhelske = false;
        for (auto& feature : *layer) {
            const OGRGeometry* g = feature->GetGeometryRef();
            const std::string kind = feature->GetFieldAsString("place_kind");
            if (kind != "settlement") { // a region claim: its polygon with a boundary file, else no geometry
                if (g != nullptr) {
                    const auto type = wkbFlatten(g->getGeometryType());
                    CHECK((type == wkbPolygon || type == wkbMultiPolygon));
                }
                continue;
            }
            REQUIRE(g != nullptr);
            REQUIRE(wkbFlatten(g->getGeometryType()) == wkbPoint);
            ++points;
            const auto* pt = g->toPoint();
            CHECK(pt->getX() > 22.0); // lon first: Ukraine spans 22..41 E, 44..53 N
            CHECK(pt->getX() < 41.0);
            CHECK(pt->getY() > 44.0);
            CHECK(pt->getY() < 53.0);
            CHECK(std::string(feature->GetFieldAsString("evidence")).size() > 10);
            if (std::string(feature->GetFieldAsString("place_name")) == "Arkhanhelske") {
                saw_arkhanhelske = true;
                CHECK(std::string(feature->GetFieldAsString("change")) == "liberated");
                CHECK(std::string(feature->GetFieldAsString("by_side")) == "UA");
                CHECK(feature->GetFieldAsInteger64("place_id") > 0);
            }
        }
        CHECK(points == with_place);
        CHECK(saw_arkhanhelske);
    }
}

TEST_CASE("extract --json follows the output contract", "[cli]") {
    const fs::path dir = scratch("extract_json");
    auto r = run("extract --json " + quote(k_examples + "/05-offensive-area-and-depth.txt"), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    for (const char* key : {"\"article\"", "\"places\"", "\"claims\"", "\"areas\"", "\"distances\"", "\"km2\": 3000",
                            "\"published\": \"2022-09-13\"", "\"Izium\""})
        CHECK(r.out.find(key) != std::string::npos);
}

TEST_CASE("extract --json keeps denied changes out of the claims a map is drawn from", "[cli]") {
    const fs::path dir = scratch("extract_json_negated");
    auto r = run("extract --json " + quote(k_examples + "/04-kyiv-denies-fall.txt"), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto j = nlohmann::json::parse(r.out);
    if (j.is_array()) j = j.at(0);
    REQUIRE(j.contains("negated_claims"));
    for (const auto& c : j["claims"]) CHECK(c["negated"] == false);
    bool denied_capture = false, contested = false;
    for (const auto& c : j["negated_claims"]) {
        CHECK(c["negated"] == true);
        denied_capture = denied_capture || (c["change"] == "captured" && c["by_side"] == "RU");
    }
    for (const auto& c : j["claims"]) contested = contested || (c["change"] == "contested" && c["by_side"] == "UA");
    CHECK(denied_capture);
    CHECK(contested);
}

TEST_CASE("extract --json: villages the text puts outside the gazetteer are named without a point", "[cli]") {
    // A Russian ministry-style list "в Курской области" (project-written, generalisation report 322).
    const fs::path dir = scratch("extract_unresolved");
    auto r = run("extract --json " + quote(std::string(CLAIMTRACK_TEST_DATA_DIR) + "/extract/generalisation/322.txt"), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto out = nlohmann::json::parse(r.out);
    int unresolved = 0;
    for (const auto& p : out["places"]) {
        if (p["kind"] != "settlement") continue;
        if (p["precision"] == "unresolved") {
            ++unresolved;
            CHECK(p["lat"].is_null());
            CHECK(p["lon"].is_null());
            CHECK(p["country"] == "RU");
        } else {
            CHECK(p["surface"] == "Степное"); // the one village the text puts in Zaporizhzhia oblast
        }
    }
    CHECK(unresolved == 3);
    int with_point = 0;
    for (const auto& c : out["claims"])
        if (c["place"].is_object() && !c["place"]["lat"].is_null()) {
            ++with_point;
            CHECK(c["place"]["country"] == "UA");
            CHECK(c["surface"] == "Степное");
        }
    CHECK(with_point == 1);
}

TEST_CASE("bad input: clear errors, non-zero exit, nothing stored lost", "[cli]") {
    const fs::path dir = scratch("bad_input");
    const fs::path db = dir / "claims.db";
    REQUIRE(run("ingest " + quote(k_examples + "/03-army-pulls-back.txt") + " --db " + quote(db.string()), dir)
                .status == 0);
    const long long before = query_int(db, "SELECT count(*) FROM claims");

    SECTION("a missing file is named") {
        auto r = run("ingest " + quote((dir / "nope.txt").string()) + " --db " + quote(db.string()), dir);
        CHECK(r.status != 0);
        CHECK(r.err.find("nope.txt") != std::string::npos);
    }
    SECTION("a directory of mixed files: the batch goes on past bad files") {
        const fs::path mixed = dir / "mixed";
        fs::create_directories(mixed);
        fs::copy_file(k_examples + "/01-kherson-villages-freed.txt", mixed / "good.txt");
        std::ofstream(mixed / "empty.txt").close();
        std::ofstream(mixed / "binary.txt", std::ios::binary) << std::string("\x7f" "ELF\0\0\x01\x02", 8);
        std::ofstream(mixed / "latin1.txt", std::ios::binary) << "published: 2024-01-01\n\nKyiv caf\xE9 text\n";
        std::ofstream(mixed / "feed.jsonl") << "{not json\n";
        auto r = run("ingest " + quote(mixed.string()) + " --db " + quote(db.string()), dir);
        CHECK(r.status == 1);
        for (const char* name : {"empty.txt", "binary.txt", "latin1.txt", "feed.jsonl:1"}) {
            INFO(name);
            CHECK(r.err.find(name) != std::string::npos);
        }
        CHECK(query_int(db, "SELECT count(*) FROM articles") == 2);
        CHECK(query_int(db, "SELECT count(*) FROM claims") > before);
    }
    SECTION("a file that is not a database is refused and left as it was") {
        const fs::path fake = dir / "fake.db";
        std::ofstream(fake) << "this is not an SQLite database, just text\n";
        auto r = run("ingest " + quote(k_examples + "/01-kherson-villages-freed.txt") + " --db " + quote(fake.string()),
                     dir);
        CHECK(r.status != 0);
        CHECK(r.err.find("fake.db") != std::string::npos);
        CHECK(slurp(fake) == "this is not an SQLite database, just text\n");
    }
    SECTION("a read-only database is refused and keeps its data") {
        fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
        // Root ignores file modes: run as an unprivileged user then.
        const std::string prefix = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups" : "";
        auto r = run("ingest " + quote(k_examples + "/01-kherson-villages-freed.txt") + " --db " + quote(db.string()),
                     dir, prefix);
        CHECK(r.status != 0);
        CHECK(r.err.find("claims.db") != std::string::npos);
        CHECK(query<std::string>(db, "PRAGMA integrity_check") == "ok");
        CHECK(query_int(db, "SELECT count(*) FROM claims") == before);
    }
}
