// The ranking weight table (geodata/ranking_weights.tsv): its parser, and a
// table given at run time replacing the one stored in the index (the hook
// scripts/fit_ranking.py fits the table through).

#include "claimtrack/gazetteer/gazetteer.hpp"
#include "ranking_weights.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace claimtrack;
using namespace claimtrack::gazetteer;

namespace {

const fs::path k_geodata = CLAIMTRACK_GEODATA_DIR;

std::string shipped_table() {
    std::ifstream in(k_geodata / "ranking_weights.tsv", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The shipped table with one weight's value replaced.
std::string with_weight(std::string table, const std::string& name, const std::string& value) {
    const std::regex row("(^|\n)" + name + "\t[^\t\n]*");
    REQUIRE(std::regex_search(table, row));
    return std::regex_replace(table, row, "$1" + name + "\t" + value);
}

fs::path write_temp(const std::string& name, const std::string& text) {
    const fs::path p = fs::temp_directory_path() / ("claimtrack_test_" + name + "_" + std::to_string(::getpid()));
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

Gazetteer mini_gazetteer() {
    BuildOptions opts;
    opts.dump_dirs = {fs::path(CLAIMTRACK_TEST_DATA_DIR) / "gazetteer" / "mini"};
    opts.geodata_dir = k_geodata;
    opts.out = fs::temp_directory_path() / ("claimtrack_test_weights_" + std::to_string(::getpid()) + ".ctg");
    build_index(opts);
    auto g = Gazetteer::open(opts.out);
    fs::remove(opts.out);
    return g;
}

double score_of(const std::vector<Candidate>& c, std::int64_t id) {
    for (const auto& x : c)
        if (x.place.id == id) return x.score;
    FAIL("no candidate " << id);
    return 0;
}

} // namespace

TEST_CASE("the shipped weight table parses, and a broken one is refused with its file and row", "[gazetteer]") {
    const auto w = detail::RankingWeights::parse(shipped_table(), "ranking_weights.tsv");
    CHECK(w.named_oblast > w.town);
    CHECK(w.text_places_scale_km > 0);
    CHECK_THROWS_WITH(detail::RankingWeights::parse(with_weight(shipped_table(), "front", "lots"), "t.tsv"),
                      Catch::Contains("t.tsv") && Catch::Contains("not a number"));
    CHECK_THROWS_WITH(detail::RankingWeights::parse(shipped_table() + "front\t0.1\n", "t.tsv"),
                      Catch::Contains("'front' given twice"));
    CHECK_THROWS_WITH(detail::RankingWeights::parse(shipped_table() + "fronts\t0.1\n", "t.tsv"),
                      Catch::Contains("unknown ranking weight 'fronts'"));
    CHECK_THROWS_WITH(detail::RankingWeights::parse(with_weight(shipped_table(), "front_scale_km", "0"), "t.tsv"),
                      Catch::Contains("must be positive"));
    CHECK_THROWS_WITH(detail::RankingWeights::parse("level_name\t0.3\n", "t.tsv"), Catch::Contains("missing"));
}

TEST_CASE("a weight table given at run time replaces the index's", "[gazetteer]") {
    Gazetteer gaz = mini_gazetteer();
    GeocodeQuery q;
    q.name = "Myroliubivka";
    q.oblast = "Kharkiv";
    const auto before = gaz.geocode(q);
    REQUIRE(before.size() == 2);
    CHECK(before[0].place.id == 4); // the namesake in the oblast asked for

    SECTION("a feature weight: without the named oblast, the larger namesake wins") {
        const fs::path t = write_temp("no_oblast.tsv", with_weight(shipped_table(), "named_oblast", "0"));
        gaz.use_ranking_weights(t);
        fs::remove(t);
        const auto after = gaz.geocode(q);
        REQUIRE(after.size() == 2);
        CHECK(after[0].place.id == 3);
        CHECK(score_of(after, 4) == Approx(score_of(before, 4) - 1.0)); // the shipped named_oblast
    }
    SECTION("an importance weight: the per-place importance is derived again") {
        const fs::path t = write_temp("ppl.tsv", with_weight(shipped_table(), "importance_ppl", "2.1"));
        gaz.use_ranking_weights(t);
        fs::remove(t);
        const auto after = gaz.geocode(q);
        CHECK(score_of(after, 3) == Approx(score_of(before, 3) + 2.0));
        CHECK(score_of(after, 4) == Approx(score_of(before, 4) + 2.0));
    }
    SECTION("a missing or broken table is refused naming it, and the index's table stays") {
        CHECK_THROWS_WITH(gaz.use_ranking_weights("/nonexistent/weights.tsv"),
                          Catch::Contains("/nonexistent/weights.tsv"));
        const fs::path t = write_temp("broken.tsv", "level_name\t0.3\n");
        CHECK_THROWS_WITH(gaz.use_ranking_weights(t), Catch::Contains(t.string()) && Catch::Contains("missing"));
        fs::remove(t);
        CHECK(score_of(gaz.geocode(q), 4) == Approx(score_of(before, 4)));
    }
}
