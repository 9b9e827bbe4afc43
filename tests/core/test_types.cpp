#include "claimtrack/core/types.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack::core;

TEST_CASE("enum names round-trip", "[core]") {
    for (Change c : {Change::Captured, Change::Liberated, Change::Withdrew, Change::Advanced, Change::Repelled,
                     Change::Contested, Change::Other})
        CHECK(change_from_string(to_string(c)) == c);
    for (PlaceKind k : {PlaceKind::Settlement, PlaceKind::Admin1, PlaceKind::Admin2, PlaceKind::Region,
                        PlaceKind::Country, PlaceKind::Water, PlaceKind::Other})
        CHECK(place_kind_from_string(to_string(k)) == k);
    CHECK(to_string(Side::UA) == "UA");
    CHECK(side_from_string("RU") == Side::RU);
    CHECK_FALSE(side_from_string(""));
    CHECK_FALSE(change_from_string("conquered"));
    CHECK(to_string(ClaimStatus::Assessed) == "assessed");
}
