#include "claimtrack/gazetteer/name_key.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack::gazetteer;

TEST_CASE("skeleton placeholder", "[gazetteer]") { REQUIRE(skeleton_key("Izyum") == skeleton_key("Izium")); }
