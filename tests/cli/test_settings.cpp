// The CLI's input reading (whole inputs, bounded, with errors naming them) and settings.
#include "settings.hpp"

#include "claimtrack/core/error.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cstdlib>
#include <sstream>
#include <string>

using namespace claimtrack;

TEST_CASE("a stream is read whole up to the limit", "[cli]") {
    std::istringstream in(std::string(100000, 'x') + "end");
    CHECK(cli::read_stream(in, "<stdin>", 200000).size() == 100003);
    std::istringstream empty("");
    CHECK(cli::read_stream(empty, "<stdin>", 10).empty());
    std::istringstream exact("0123456789");
    CHECK(cli::read_stream(exact, "<stdin>", 10) == "0123456789");
}

TEST_CASE("a stream over the limit is refused with its name", "[cli]") {
    std::istringstream in(std::string(100000, 'x'));
    CHECK_THROWS_WITH(cli::read_stream(in, "<stdin>", 99999), Catch::Contains("<stdin>") && Catch::Contains("limit"));
}

TEST_CASE("a directory is not read as a file", "[cli]") {
    CHECK_THROWS_WITH(cli::read_file(CLAIMTRACK_TEST_DATA_DIR), Catch::Contains("is a directory"));
}

TEST_CASE("CLAIMTRACK_FRONT fills the front-line layer directory unless --front set it", "[cli]") {
    ::setenv("CLAIMTRACK_FRONT", "/data/deepstate-weekly", 1);
    cli::Settings from_env;
    cli::resolve_defaults(from_env);
    CHECK(from_env.front == "/data/deepstate-weekly");
    cli::Settings from_flag;
    from_flag.front = "/elsewhere";
    cli::resolve_defaults(from_flag);
    CHECK(from_flag.front == "/elsewhere");
    ::unsetenv("CLAIMTRACK_FRONT");
    cli::Settings none;
    cli::resolve_defaults(none);
    CHECK(none.front.empty());
}

TEST_CASE("a bounding box is four finite numbers in range, min before max", "[cli]") {
    const auto b = cli::parse_bbox_option("36.5,47.9,38.25,49.1", "--bbox");
    CHECK(b == std::array<double, 4>{36.5, 47.9, 38.25, 49.1});
    CHECK(cli::parse_bbox_option("-180,-90,180,90", "--bbox")[0] == -180);
    for (const char* bad : {"foo,bar", "foo,bar,baz,qux", "nan,inf,-inf,1e999", "1,2,3", "1,2,3,4,5", "1,2,3,",
                            ",1,2,3", "1e999,0,1,1", "0,0,1,inf", "3,0,1,1", "0,50,1,40", "-200,0,1,1", "0,0,1,95",
                            " 1,2,3,4", "1,2,3,4x", ""}) {
        INFO(bad);
        CHECK_THROWS_WITH(cli::parse_bbox_option(bad, "--bbox"),
                          Catch::StartsWith("--bbox: ") && Catch::Contains(std::string("got '") + bad + "'"));
    }
}
