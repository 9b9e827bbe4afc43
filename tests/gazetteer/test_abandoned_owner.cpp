// A name whose only bearer "as its own" is an abandoned, destroyed or historical place (GeoNames
// PPLQ, PPLW, PPLH) is no one's: a living village that bore it (a renaming's old name among its
// alternate names) pays no foreign_name_penalty for it (issue 11, namesakes; scoring.cpp,
// owned_by_a_settlement). Lastochkyne, the old name of Krynychne (9113130, 5 km west of Avdiivka),
// is also the name of an abandoned place in Crimea (Lastochkyno, PPLQ, 12238228); listed with
// Orlivka, whose namesakes include one in Crimea, the penalty let the Crimean pair win. Every
// sentence is written for these tests; the real GeoNames dump is used.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimtrack;
using claimtrack::gazetteer::test::real;

namespace {

constexpr std::int64_t k_krynychne = 9113130;
constexpr std::int64_t k_lastochkyno_crimea = 12238228;

std::int64_t id_of(const std::string& text, const std::string& surface) {
    for (const auto& m : real().geoparse(text))
        if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.place.id;
    return 0;
}

} // namespace

TEST_CASE("abandoned owner: a renamed village's old name, also an abandoned place's, is the village near the text",
          "[gazetteer][geonames][namesakes]") {
    SECTION("English: a list with a namesake-rich neighbour, a fronted place phrase, a town in the sentence before") {
        CHECK(id_of("Fighting goes on around Avdiivka. Russian forces say they have taken Lastochkyne and Orlivka.",
                    "Lastochkyne") == k_krynychne);
        CHECK(id_of("Near Avdiivka, Russian units pushed into Lastochkyne on Tuesday.", "Lastochkyne") == k_krynychne);
        CHECK(id_of("The assault on Avdiivka continues. Lastochkyne came under heavy fire overnight.", "Lastochkyne") ==
              k_krynychne);
    }
    SECTION("Ukrainian: the same three shapes") {
        CHECK(id_of("Бої тривають довкола Авдіївки. Росіяни заявили про захоплення Ласточкиного та Орлівки.",
                    "Ласточкиного") == k_krynychne);
        CHECK(id_of("Біля Авдіївки російські підрозділи зайшли в Ласточкине у вівторок.", "Ласточкине") == k_krynychne);
        CHECK(id_of("Штурм Авдіївки триває. Ласточкине вночі зазнало сильного обстрілу.", "Ласточкине") == k_krynychne);
    }
    SECTION("Russian: the same three shapes") {
        CHECK(id_of("Бои идут вокруг Авдеевки. Российские войска заявили о взятии Ласточкино и Орловки.", "Ласточкино") ==
              k_krynychne);
        CHECK(id_of("Под Авдеевкой российские подразделения зашли в Ласточкино во вторник.", "Ласточкино") == k_krynychne);
        CHECK(id_of("Штурм Авдеевки продолжается. Ласточкино ночью попало под сильный обстрел.", "Ласточкино") ==
              k_krynychne);
    }
}

TEST_CASE("abandoned owner: geocoding the name alone ranks the living village first", "[gazetteer][geonames][namesakes]") {
    gazetteer::GeocodeQuery q;
    q.name = "Ласточкино";
    const auto ranked = real().geocode(q);
    REQUIRE(ranked.size() >= 2);
    CHECK(ranked[0].place.id == k_krynychne);
    CHECK(ranked[1].place.id == k_lastochkyno_crimea);
}
