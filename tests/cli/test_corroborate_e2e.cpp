// End to end: corroboration with the real binary. Articles written here (the
// Russian MoD claiming Vuhledar on 2024-10-02, Ukraine claiming to have
// retaken it on 2024-11-15, a Russian capture of Pokrovsk claimed on
// 2024-09-01, a Ukrainian capture of Sudzha in Russia, an advance) are
// ingested, the shared DeepStateMap weekly layers (CLAIMTRACK_TEST_FRONT)
// imported, and the verdicts read back from the export, `claimants` and the
// map. Bad layer files are written here too.

#include "e2e_util.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "front_dir.hpp"

#include <fstream>
#include <map>

using namespace claimtrack::test;
using nlohmann::json;

namespace {

void article(const fs::path& dir, const std::string& name, const std::string& published, const std::string& body) {
    std::ofstream(dir / name) << "url: https://example.org/" << name << "\ntitle: " << name
                              << "\nsource: claimtrack test\npublished: " << published << "\n\n"
                              << body << '\n';
}

void write_articles(const fs::path& dir) {
    fs::create_directories(dir);
    article(dir, "vuhledar-mod.txt", "2024-10-02",
            "MOSCOW, October 2 - Russia's Defence Ministry said on Wednesday that its forces had taken full control "
            "of Vuhledar in the Donetsk region.");
    article(dir, "vuhledar-ua.txt", "2024-11-15",
            "KYIV, November 15 - Ukraine's General Staff said on Friday that Ukrainian forces had liberated Vuhledar "
            "in the Donetsk region.");
    article(dir, "pokrovsk-mod.txt", "2024-09-01",
            "MOSCOW, September 1 - Russia's Defence Ministry said on Sunday that its troops had captured Pokrovsk in "
            "the Donetsk region.");
    article(dir, "sudzha.txt", "2024-08-15",
            "KYIV, August 15 - Ukraine's commander-in-chief said on Thursday that Ukrainian forces had captured "
            "Sudzha in Russia's Kursk region.");
    article(dir, "kurakhove.txt", "2024-11-20",
            "MOSCOW, November 20 - Russia's Defence Ministry said on Wednesday that its units had advanced near "
            "Kurakhove.");
}

/// The exported claims, by "place/claimant".
std::map<std::string, json> exported(const fs::path& dir, const std::string& db) {
    const auto out = dir / "claims.geojson";
    const auto r = run("export --force --out " + quote(out.string()) + " --db " + quote(db), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::map<std::string, json> by;
    const json doc = json::parse(slurp(out));
    for (const auto& f : doc.at("features")) {
        const auto& p = f.at("properties");
        by[p.value("place_name", "") + "/" + p.value("claimant", "")] = p;
    }
    return by;
}

std::string square() {
    return R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
           R"("geometry":{"type":"Polygon","coordinates":[[[36,48],[37,48],[37,49],[36,49],[36,48]]]}}]})";
}

} // namespace

TEST_CASE("claims are corroborated, contradicted or premature against the DeepStateMap layers", "[corroborate]") {
    const std::string front = front_dir();
    const fs::path dir = scratch("corroborate", "acceptance");
    const std::string db = (dir / "claims.db").string();
    write_articles(dir / "articles");
    REQUIRE(run("ingest " + quote((dir / "articles").string()) + " --db " + quote(db), dir).status == 0);

    auto r = run("control import " + quote(front) + " --db " + quote(db), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("75 new, 0 already stored, 0 failed; source 'deepstate-occupied-weekly'"));
    r = run("control list --json --db " + quote(db), dir);
    const auto list = json::parse(r.out);
    REQUIRE(list.size() == 75);
    CHECK(list.front().at("date") == "2024-07-08");
    CHECK(list.back().at("date") == "2025-12-17");
    CHECK(list.front().at("date_from") == "file name");
    CHECK(list.front().at("content_hash").get<std::string>().size() == 64);
    // Importing again stores nothing.
    r = run("control import " + quote(front) + " --db " + quote(db), dir);
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("0 new, 75 already stored"));

    r = run("corroborate --json --db " + quote(db), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto result = json::parse(r.out);
    CHECK(result.at("snapshots") == 75);
    CHECK(result.at("window_days") == 28);

    const auto claims = exported(dir, db);
    INFO(json(claims).dump(1));
    const auto& vuhledar = claims.at("Vuhledar/Russia's Defence Ministry");
    CHECK(vuhledar.at("corroboration") == "corroborated");
    CHECK(vuhledar.at("lag_days").get<int>() <= 7);
    CHECK(vuhledar.at("decided_by") == "2024-10-07");
    const auto& retaken = claims.at("Vuhledar/Ukraine's General Staff");
    CHECK(retaken.at("corroboration") == "contradicted");
    CHECK(retaken.at("lag_days").is_null());
    CHECK(retaken.at("decided_by") == "2024-11-18,2025-12-17"); // the first after the claim, the latest
    const auto& pokrovsk = claims.at("Pokrovsk/Russia's Defence Ministry");
    CHECK(pokrovsk.at("corroboration") == "premature");
    // GeoNames' Pokrovsk (48.280 N, 37.177 E) lies inside the area from 2025-11-03 on.
    CHECK(pokrovsk.at("lag_days") == 428);
    CHECK(pokrovsk.at("decided_by") == "2025-10-27,2025-11-03");
    CHECK(claims.at("Sudzha/Ukraine's commander").at("corroboration") == "not_applicable"); // in Russia
    CHECK(claims.at("Kurakhove/Russia's Defence Ministry").at("corroboration") == "not_applicable"); // advanced

    SECTION("the reasons of not_applicable") {
        std::map<std::string, std::string> reasons;
        for (const auto& v : result.at("verdicts"))
            if (v.at("verdict") == "not_applicable") reasons[v.at("reason")] = "";
        CHECK(reasons.count("outside the layers' coverage (RU, the layers cover UA)") == 1);
        CHECK(reasons.count("advanced: implies no controller") == 1);
    }
    SECTION("corroborate again changes nothing") {
        r = run("corroborate --db " + quote(db), dir);
        CHECK(r.status == 0);
        CHECK_THAT(r.err, Catch::Contains("0 new, 0 changed, 5 unchanged, 0 removed"));
        CHECK_THAT(r.out, Catch::Contains("corroborated\t1"));
    }
    SECTION("a wider window changes the premature claim only") {
        r = run("corroborate --window 500 --db " + quote(db), dir);
        CHECK_THAT(r.err, Catch::Contains("0 new, 5 changed")); // every row records its window
        CHECK(exported(dir, db).at("Pokrovsk/Russia's Defence Ministry").at("corroboration") == "corroborated");
    }
    SECTION("claimants: per claimant and side, adding up") {
        r = run("claimants --json --db " + quote(db), dir);
        INFO(r.err);
        REQUIRE(r.status == 0);
        const auto t = json::parse(r.out);
        CHECK(t.at("verdicts") == 5);
        std::int64_t sum = 0;
        std::map<std::string, json> by;
        for (const auto& c : t.at("claimants")) {
            sum += c.at("claims").get<std::int64_t>();
            by[c.at("claimant")] = c;
        }
        CHECK(sum == 5);
        const auto& mod = by.at("Russia's Defence Ministry");
        CHECK(mod.at("side") == "RU");
        CHECK(mod.at("claims") == 3);
        CHECK(mod.at("corroborated") == 1);
        CHECK(mod.at("premature") == 1);
        CHECK(mod.at("not_applicable") == 1);
        CHECK(mod.at("median_lag_days") == 5.0);
        CHECK(by.at("Ukraine's General Staff").at("contradicted") == 1);
        CHECK(t.at("sides").size() == 2);
        // --until before the Vuhledar claims leaves the Pokrovsk and Sudzha claims.
        CHECK(json::parse(run("claimants --json --until 2024-09-30 --db " + quote(db), dir).out).at("verdicts") == 2);
    }
    SECTION("export --control --as-of writes the assessed polygon of that date") {
        const auto out = dir / "control.geojson";
        r = run("export --control --as-of 2024-10-10 --out " + quote(out.string()) + " --db " + quote(db), dir);
        INFO(r.err);
        REQUIRE(r.status == 0);
        const json doc = json::parse(slurp(out));
        const json& features = doc.at("features");
        REQUIRE(features.size() == 1);
        CHECK(features[0].at("geometry").at("type") == "MultiPolygon");
        CHECK(features[0].at("properties").at("snapshot_date") == "2024-10-07");
        CHECK(features[0].at("properties").at("area_km2").get<double>() > 100000);
        r = run("export --control --as-of 2024-01-01 --force --out " + quote(out.string()) + " --db " + quote(db), dir);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("no snapshot on or before 2024-01-01"));
    }
    SECTION("the map page carries the assessed areas and the verdicts") {
        const auto html = dir / "map.html";
        r = run("map --out " + quote(html.string()) + " --db " + quote(db), dir);
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK_THAT(r.err, Catch::Contains("75 control snapshots"));
        const std::string page = slurp(html);
        CHECK(page.size() < 1'500'000); // simplified for display
        CHECK_THAT(page, Catch::Contains(R"("ver":"contradicted")"));
        CHECK_THAT(page, Catch::Contains(R"("date":"2024-10-07","rings")"));
    }
}

TEST_CASE("control import: bad layer files are named, the others imported", "[corroborate]") {
    const fs::path dir = scratch("corroborate", "bad-input");
    const fs::path layers = dir / "layers";
    fs::create_directories(layers);
    std::ofstream(layers / "good_20240101.geojson") << square();
    std::ofstream(layers / "nodate.geojson") << square();
    std::ofstream(layers / "points_20240102.geojson")
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
           R"("geometry":{"type":"Point","coordinates":[36,48]}}]})";
    std::ofstream(layers / "garbage_20240103.geojson") << "not a layer at all";
    std::ofstream(layers / "future_20990101.geojson") << square();
    std::ofstream(layers / "bowtie_20240104.geojson")
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
           R"("geometry":{"type":"Polygon","coordinates":[[[36,48],[37,49],[37,48],[36,49],[36,48]]]}}]})";
    std::ofstream(layers / "README.md") << "not a vector file: skipped in a directory\n";
    const std::string db = (dir / "claims.db").string();

    auto r = run("control import " + quote(layers.string()) + " --source test --db " + quote(db), dir);
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("nodate.geojson") && Catch::Contains("no date found"));
    CHECK_THAT(r.err, Catch::Contains("points_20240102.geojson") && Catch::Contains("holds no polygon"));
    CHECK_THAT(r.err, Catch::Contains("garbage_20240103.geojson"));
    CHECK_THAT(r.err, Catch::Contains("future_20990101.geojson") && Catch::Contains("after today"));
    CHECK_THAT(r.err, Catch::Contains("bowtie_20240104.geojson: repaired invalid geometry with MakeValid"));
    CHECK_THAT(r.err, Catch::Contains("2 new, 0 already stored, 4 failed"));
    const auto list = json::parse(run("control list --json --db " + quote(db), dir).out);
    REQUIRE(list.size() == 2);
    CHECK(list[0].at("date") == "2024-01-01");
    CHECK(list[1].at("date") == "2024-01-04");
    CHECK_THAT(list[1].at("repaired").get<std::string>(), Catch::Contains("Self-intersection"));

    SECTION("--date dates a file that carries none; a taken date is refused") {
        r = run("control import " + quote((layers / "nodate.geojson").string()) +
                    " --source test --date 2024-02-01 --db " + quote(db),
                dir);
        CHECK(r.status == 0);
        r = run("control import " + quote((layers / "bowtie_20240104.geojson").string()) +
                    " --source test --date 2024-01-01 --db " + quote(db),
                dir);
        CHECK(r.status == 0); // the name's date wins over --date: already stored
        CHECK_THAT(r.err, Catch::Contains("1 already stored"));
        std::ofstream(layers / "other_20240101.geojson")
            << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
               R"("geometry":{"type":"Polygon","coordinates":[[[36,48],[37,48],[37,48.5],[36,49],[36,48]]]}}]})";
        r = run("control import " + quote((layers / "other_20240101.geojson").string()) + " --source test --db " +
                    quote(db),
                dir);
        CHECK(r.status == 1);
        CHECK_THAT(r.err, Catch::Contains("already holds another snapshot of 2024-01-01"));
        CHECK(json::parse(run("control list --json --db " + quote(db), dir).out).size() == 3);
    }
    SECTION("usage errors") {
        r = run("corroborate --window -1 --db " + quote(db), dir);
        CHECK(r.status == 2);
        r = run("claimants --source nosuch --db " + quote(db), dir);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("no control layers of source 'nosuch'") && Catch::Contains("test"));
        const fs::path empty = dir / "empty.db";
        REQUIRE(run("ingest " + quote((layers / "README.md").string()) + " --db " + quote(empty.string()), dir).status <= 1);
        r = run("corroborate --db " + quote(empty.string()), dir);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("control import"));
    }
}
