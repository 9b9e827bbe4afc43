// The front-line prior of ranking: two villages of one name in one oblast,
// one 80 km from the line of contact, one beside it (project-made dump and
// dated layers: tests/data/gazetteer/front-namesakes, tests/data/geo/front).

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <unistd.h>

using namespace claimtrack;
using namespace claimtrack::gazetteer;
namespace fs = std::filesystem;

namespace {
const fs::path k_data = CLAIMTRACK_TEST_DATA_DIR;
constexpr std::int64_t k_far_village = 1, k_near_village = 2;

Gazetteer build(const std::string& name, bool with_front) {
    BuildOptions opts;
    opts.dump_dirs = {k_data / "gazetteer" / "front-namesakes"};
    opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
    opts.out = fs::temp_directory_path() / ("claimtrack_test_front_" + name + "_" + std::to_string(::getpid()) + ".ctg");
    if (with_front) opts.front_dir = k_data / "geo" / "front";
    const BuildStats stats = build_index(opts);
    CHECK(stats.front_snapshots == (with_front ? 3u : 0u));
    auto g = Gazetteer::open(opts.out);
    fs::remove(opts.out);
    return g;
}

std::vector<Candidate> ask(const Gazetteer& g, std::optional<core::Date> date) {
    GeocodeQuery q;
    q.name = "Zelenyi Hai";
    q.date = date;
    return g.geocode(q);
}

bool has_reason(const Candidate& c, const std::string& part) {
    return std::any_of(c.reasons.begin(), c.reasons.end(), [&](const std::string& r) { return r.find(part) != std::string::npos; });
}

std::int64_t parsed_id(const Gazetteer& g, const std::string& text, std::optional<core::Date> date) {
    ParseHints hints;
    hints.date = date;
    const auto mentions = g.geoparse(text, hints);
    for (const auto& m : mentions)
        if (m.place.name == "Zelenyi Hai") return m.place.id;
    return 0;
}
} // namespace

TEST_CASE("without front-line layers ranking ignores dates", "[front]") {
    const Gazetteer g = build("none", false);
    CHECK(g.front_dates().empty());
    const auto undated = ask(g, std::nullopt), dated = ask(g, core::Date{2024, 4, 3});
    REQUIRE(undated.size() == 2);
    REQUIRE(dated.size() == 2);
    CHECK(undated[0].score == dated[0].score);
    CHECK(undated[0].place.id == dated[0].place.id);
    CHECK_FALSE(has_reason(dated[0], "line of contact"));
}

TEST_CASE("the namesake near the line of contact on the date ranks first", "[front]") {
    const Gazetteer g = build("front", true);
    REQUIRE(g.front_dates().size() == 3);

    SECTION("geocode at a date, with the snapshot and distance among the reasons") {
        const auto c = ask(g, core::Date{2024, 4, 3});
        REQUIRE(c.size() == 2);
        CHECK(c[0].place.id == k_near_village);
        CHECK(has_reason(c[0], "from the line of contact on 2024-04-01 (2 days from the date 2024-04-03)"));
        CHECK(c[0].score > c[1].score);
    }
    SECTION("a snapshot far from the date weighs less") {
        const auto near_date = ask(g, core::Date{2024, 7, 1}), far_date = ask(g, core::Date{2025, 7, 1});
        CHECK(far_date[0].place.id == k_near_village);
        CHECK(far_date[0].score - far_date[1].score < near_date[0].score - near_date[1].score);
    }
    SECTION("without a date: the nearest approach over all snapshots") {
        const auto c = ask(g, std::nullopt);
        CHECK(c[0].place.id == k_near_village);
        CHECK(has_reason(c[0], "at its nearest"));
    }
    SECTION("geoparse reads the text's date") {
        const std::string text = "Artillery hit Zelenyi Hai in Donetsk Oblast overnight, the governor said.";
        CHECK(parsed_id(g, text, core::Date{2024, 4, 3}) == k_near_village);
    }
}

TEST_CASE("front-line layers read at run time rank as those stored at build", "[front]") {
    Gazetteer g = build("runtime", false);
    g.use_front(k_data / "geo" / "front");
    REQUIRE(g.front_dates().size() == 3);
    const Gazetteer stored = build("stored", true);
    const auto a = ask(g, core::Date{2024, 4, 3}), b = ask(stored, core::Date{2024, 4, 3});
    REQUIRE(a.size() == b.size());
    CHECK(a[0].place.id == k_near_village);
    CHECK(a[0].score == b[0].score);
    CHECK_THROWS_AS(g.use_front(k_data / "geo" / "no-such-dir"), GazetteerError);
}
