// The CLI's input reading: whole inputs, bounded, with errors naming them.
#include "settings.hpp"

#include "claimtrack/core/error.hpp"

#include <catch2/catch.hpp>

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
