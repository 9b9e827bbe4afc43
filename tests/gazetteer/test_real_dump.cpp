// Tests against the real GeoNames dump named by CLAIMTRACK_GEONAMES. They
// fail, not skip, when the dump is not configured.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace claimtrack::gazetteer;

namespace {

fs::path dump_dir() {
    const char* env = std::getenv("CLAIMTRACK_GEONAMES");
    if (env == nullptr || *env == '\0')
        FAIL("CLAIMTRACK_GEONAMES is not set: point it at the GeoNames dump directory (e.g. "
             "../shared/geodata-raw/geonames-ua)");
    if (!fs::exists(fs::path(env) / "UA.txt")) FAIL("CLAIMTRACK_GEONAMES='" << env << "' holds no UA.txt");
    return env;
}

const Gazetteer& real() {
    static const Gazetteer gaz = [] {
        BuildOptions opts;
        opts.dump_dirs = {dump_dir()};
        for (const char* sibling : {"geonames-ru-border", "ru-border-villages"})
            if (fs::is_directory(opts.dump_dirs[0].parent_path() / sibling))
                opts.dump_dirs.push_back(opts.dump_dirs[0].parent_path() / sibling);
        opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
        opts.out = fs::temp_directory_path() / ("claimtrack_test_real_" + std::to_string(::getpid()) + ".ctg");
        const auto stats = build_index(opts);
        CHECK(stats.warnings.empty());
        auto g = Gazetteer::open(opts.out);
        fs::remove(opts.out);
        return g;
    }();
    return gaz;
}

} // namespace

TEST_CASE("real dump: coverage and namesakes", "[gazetteer][geonames]") {
    const auto& g = real();
    CHECK(g.size() > 45000);
    CHECK(g.lookup("Myrolyubivka").size() >= 20);
    GeocodeQuery q;
    q.name = "Myrolyubivka";
    q.near = "Vysokopillia";
    const auto c = g.geocode(q);
    REQUIRE(!c.empty());
    CHECK(c[0].place.id == 707441);
    CHECK(c[0].place.admin2 == "Beryslav");
}

TEST_CASE("real dump: renamings and Russian border villages", "[gazetteer][geonames]") {
    const auto& g = real();
    CHECK(g.lookup("Artemivsk").front().id == 713174);
    CHECK(!g.lookup("Sudzha").empty());
    CHECK(!g.lookup("Martynovka").empty());
}

TEST_CASE("real dump: the place after --near is read by importance", "[gazetteer][geonames]") {
    const auto& g = real();
    GeocodeQuery q;
    q.name = "Андріївка";
    q.near = "Бахмут"; // the city (PPLA2), not the Poltava-oblast village of that name
    const auto c = g.geocode(q);
    REQUIRE(!c.empty());
    CHECK(c[0].place.id == 9114136);
    // A place matched only loosely (another village's old Russian name) stays
    // below the places that bear the name.
    CHECK(c[0].match_level <= 3);
    for (const auto& x : c)
        if (x.match_level >= 4) CHECK(x.score < c[0].score - 0.5);
}

TEST_CASE("real dump: a front-sector phrase anchors the namesakes and is no mention", "[gazetteer][geonames]") {
    const auto& g = real();
    const auto ids = [&](const std::string& text) {
        std::vector<std::pair<std::string, std::int64_t>> out;
        for (const auto& m : g.geoparse(text)) out.emplace_back(m.surface, m.place.id);
        return out;
    };
    using P = std::pair<std::string, std::int64_t>;
    // Written for this test: a village in Zaporizhzhia oblast first, then two
    // villages (genitive; one Cyrillic name only an alternate) on the Bakhmut axis.
    const auto uk = ids("Вчора ворог штурмував Роботине та Вербове. Наші підрозділи втримали позиції поблизу "
                        "Кліщіївки та Андріївки на Бахмутському напрямку.");
    CHECK(std::find(uk.begin(), uk.end(), P{"Кліщіївки", 13512497}) != uk.end());
    CHECK(std::find(uk.begin(), uk.end(), P{"Андріївки", 9114136}) != uk.end());
    CHECK(std::none_of(uk.begin(), uk.end(), [](const P& p) { return p.first == "Бахмутському"; }));

    const auto lone = ids("Бої точилися біля Андріївки на Бахмутському напрямку.");
    REQUIRE(lone.size() == 1);
    CHECK(lone[0] == P{"Андріївки", 9114136});

    const auto ru = ids("Подразделения отразили атаку у Андреевки на Артемовском направлении.");
    REQUIRE(ru.size() == 1);
    CHECK(ru[0] == P{"Андреевки", 9114136});

    const auto en = ids("Fighting went on near Andriivka in the Bakhmut direction.");
    CHECK(std::find(en.begin(), en.end(), P{"Andriivka", 9114136}) != en.end());
}
