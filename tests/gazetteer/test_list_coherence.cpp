// List coherence (issue 11, namesakes settled by list neighbours): the settlements of one list
// ("A, B and C", «A, B и C», «A — B — C») lie near each other, so the namesake close to the list's
// other members wins over one close to another place of the text. Zelene has a namesake 7 km from
// Pokrovsk (687361, beside Myrnohrad and Rodynske) and one 5 km from Huliaipole (9114031, beside
// Orikhiv). Every sentence is written for these tests; the real GeoNames dump is used.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimtrack;
using claimtrack::gazetteer::test::real;

namespace {

constexpr std::int64_t k_zelene_pokrovsk = 687361;
constexpr std::int64_t k_zelene_huliaipole = 9114031;

/// The GeoNames id of the settlement read at `surface` (its first mention), or 0.
std::int64_t id_of(const std::string& text, const std::string& surface) {
    for (const auto& m : real().geoparse(text))
        if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.place.id;
    return 0;
}

} // namespace

TEST_CASE("list coherence: a list member is the namesake near the other members", "[gazetteer][geonames][lists]") {
    SECTION("English: 'A, X and B', with the other namesake beside places named earlier") {
        CHECK(id_of("Heavy fighting continued in Huliaipole and Orikhiv on Sunday. The ministry in Moscow said its "
                    "troops had captured Myrnohrad, Zelene and Rodynske.",
                    "Zelene") == k_zelene_pokrovsk);
        CHECK(id_of("Drones hit Huliaipole and Orikhiv again. Ukrainian officials said Russian forces had entered "
                    "Rodynske or Zelene, and were shelling Myrnohrad.",
                    "Zelene") == k_zelene_pokrovsk);
    }
    SECTION("Russian: «A, X и B» and a line «A — X — B»") {
        CHECK(id_of("Тяжёлые бои продолжаются в Гуляйполе и Орехове. Минобороны России сообщило о взятии Мирнограда, "
                    "Зеленого и Родинского.",
                    "Зеленого") == k_zelene_pokrovsk);
        CHECK(id_of("Бои идут у Гуляйполя и Орехова. Российские войска продвинулись на участке Мирноград — Зеленое — "
                    "Родинское.",
                    "Зеленое") == k_zelene_pokrovsk);
    }
    SECTION("Ukrainian: «A, X та B»") {
        CHECK(id_of("Запеклі бої тривають у Гуляйполі та Оріхові. У Міноборони РФ заявили про захоплення Мирнограда, "
                    "Зеленого і Родинського.",
                    "Зеленого") == k_zelene_pokrovsk);
        CHECK(id_of("Бої тривають біля Гуляйполя та Оріхова. Ворог наступає на Мирноград, Зелене та Родинське.",
                    "Зелене") == k_zelene_pokrovsk);
    }
}

TEST_CASE("list coherence: counter-examples, the list decides the other way", "[gazetteer][geonames][lists]") {
    // Listed with Huliaipole and Orikhiv, Zelene is the village beside them, though Myrnohrad and
    // Rodynske are named in the next sentence.
    CHECK(id_of("Heavy fighting continued in Huliaipole, Zelene and Orikhiv. The ministry said its troops had captured "
                "Myrnohrad and Rodynske.",
                "Zelene") == k_zelene_huliaipole);
    CHECK(id_of("Бої тривають біля Гуляйполя, Зеленого та Оріхова. Ворог наступає на Мирноград і Родинське.",
                "Зеленого") == k_zelene_huliaipole);
    CHECK(id_of("Бои идут у Гуляйполя, Зеленого и Орехова. Противник наступает на Мирноград и Родинское.",
                "Зеленого") == k_zelene_huliaipole);
}
