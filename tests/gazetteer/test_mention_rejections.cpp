// A rejection applies to one mention, not to the name in the whole text (issue 11, class 4):
// a sentence's capitalised first word before a place does not make the pair a person's name,
// and a compound modifier ("Russian-held") does not make the place part of a longer name.
// English only: Cyrillic sentence openers and modifiers are handled by the Cyrillic word
// classes. Every sentence is written for these tests.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimtrack;
using claimtrack::gazetteer::test::real;

namespace {

/// The English name of a settlement read from `surface` anywhere in the text, or "".
std::string place_of(const std::string& text, const std::string& surface) {
    for (const auto& m : real().geoparse(text))
        if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.place.name;
    return "";
}

} // namespace

TEST_CASE("mention rejections: a sentence's first word before a place makes no person of it",
          "[gazetteer][geonames][mention_rejections]") {
    // An adverb, an imperative and a preposition-like word opening the sentence.
    CHECK(place_of("Nearby Stepove, a village north of Avdiivka, changed hands twice.", "Stepove") == "Stepove");
    CHECK(place_of("The order read: \"Take Pokrovsk, then move on.\" Fighting near Pokrovsk went on all week.",
                   "Pokrovsk") == "Pokrovsk");
    CHECK(place_of("Beyond Kurakhove, the line held. Russian units shelled Kurakhove again.", "Kurakhove") ==
          "Kurakhove");
    // A person's name stays a person's name.
    CHECK(place_of("Oleh Syniehubov said shelling hit Kupiansk.", "Syniehubov").empty());
}

TEST_CASE("mention rejections: a compound modifier before a place is no part of its name",
          "[gazetteer][geonames][mention_rejections]") {
    CHECK(place_of("Shelling hit Russian-held Donetsk overnight.", "Donetsk") == "Donetsk");
    CHECK(place_of("Drones struck Ukrainian-held Kramatorsk on Sunday.", "Kramatorsk") == "Kramatorsk");
    CHECK(place_of("Artillery pounded Russian-occupied Horlivka for hours.", "Horlivka") == "Horlivka");
}
