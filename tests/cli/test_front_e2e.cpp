// End to end: the front-line prior with the shared DeepStateMap weekly layers
// (CLAIMTRACK_TEST_FRONT, set by scripts/test.sh and .ci/run; else the
// directory beside CLAIMTRACK_GEONAMES). Four villages named Petropavlivka lie
// in Kharkiv oblast; a report of 10 September 2024 means the one by the line of
// contact east of Kupiansk (GeoNames 697421).

#include "e2e_util.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "front_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

using namespace claimtrack::test;

TEST_CASE("extract picks the namesake by the line of contact on the article's date", "[front]") {
    const std::string front = front_dir();
    const fs::path dir = scratch("front", "petropavlivka");
    const fs::path article = dir / "report.txt";
    std::ofstream(article) << "url: https://example.org/front\ntitle: Shelling\nsource: test\npublished: 2024-09-10\n\n"
                              "On 10 September 2024, Russian forces shelled Petropavlivka, Kharkiv.\n";
    const auto r = run("extract --json --front " + quote(front) + " " + quote(article.string()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    std::vector<std::int64_t> ids;
    for (const auto& p : j.at("places"))
        if (p.value("name", "") == "Petropavlivka") ids.push_back(p.value("id", std::int64_t{0}));
    CHECK(ids == std::vector<std::int64_t>{697421});
}

TEST_CASE("geocode --date shows the distance to that week's line among the reasons", "[front]") {
    const std::string front = front_dir();
    const fs::path dir = scratch("front", "geocode");
    const auto r = run("geocode Petropavlivka --oblast Kharkiv --date 2024-09-10 --json --front " + quote(front), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto c = nlohmann::json::parse(r.out).at("candidates");
    REQUIRE(c.size() >= 4);
    CHECK(c[0].at("id") == 697421);
    double km = -1;
    const std::regex reason(R"(^([0-9.]+) km from the line of contact on 2024-09-09 \(1 day from the date 2024-09-10\)$)");
    for (const auto& why : c[0].at("reasons")) {
        std::smatch m;
        const std::string s = why.get<std::string>();
        if (std::regex_match(s, m, reason)) km = std::stod(m[1]);
    }
    CHECK(km >= 3.0);
    CHECK(km <= 6.0); // "about 4 km"
    // The Petropavlivkas west of Kharkiv lie far from the line that week.
    for (const auto& cand : c)
        if (cand.at("id") == 8699748) CHECK(cand.at("score").get<double>() < c[0].at("score").get<double>() - 0.3);
}
