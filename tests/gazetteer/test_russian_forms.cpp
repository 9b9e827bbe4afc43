// Russian spellings of Ukrainian place names generated at index build (issue 11, class 2): the
// rules on their own, and Russian reports naming places GeoNames gives no Russian name for,
// against the real GeoNames dump. Every sentence is written for these tests.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"
#include "russian_forms.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimtrack;
using claimtrack::gazetteer::detail::russian_forms;
using claimtrack::gazetteer::test::real;

namespace {

bool has(const std::vector<std::string>& forms, const std::string& f) {
    return std::find(forms.begin(), forms.end(), f) != forms.end();
}

/// The English name of the settlement read from `surface`, or "".
std::string place_of(const std::string& text, const std::string& surface) {
    for (const auto& m : real().geoparse(text))
        if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.place.name;
    return "";
}

} // namespace

TEST_CASE("russian forms: adjective endings and letters of Ukrainian names", "[gazetteer][russian_forms]") {
    // A feminine adjective before a noun, і from е.
    CHECK(has(russian_forms("велика новосілка"), "великая новоселка"));
    // A plural adjective.
    CHECK(has(russian_forms("малі щербаки"), "малые щербаки"));
    // Single-word neuter adjectives.
    CHECK(has(russian_forms("уманське"), "уманское"));
    CHECK(has(russian_forms("мирне"), "мирное"));
    CHECK(has(russian_forms("іванове"), "иваново"));
    CHECK(has(russian_forms("сторожеве"), "сторожевое"));
    // A masculine adjective before a noun; ї, є, the apostrophe.
    CHECK(has(russian_forms("новий буг"), "новый буг"));
    CHECK(has(russian_forms("п'ятихатки"), "пятихатки"));
    CHECK(has(russian_forms("харків"), "харков"));
    // Bounded, never the name itself.
    for (const char* name : {"велика новосілка", "малі щербаки", "нова іванівка", "старі терни"}) {
        const auto forms = russian_forms(name);
        CHECK(forms.size() <= gazetteer::detail::k_max_russian_forms);
        CHECK_FALSE(has(forms, name));
    }
}

TEST_CASE("russian forms: Russian reports name Ukrainian villages GeoNames has no Russian name for",
          "[gazetteer][geonames][russian_forms]") {
    // Nominative, accusative and instrumental of a two-word name; a plural adjective; a neuter.
    CHECK(place_of("Российские войска освободили Великую Новоселку, сообщили в Минобороны.", "Великую Новоселку") ==
          "Velyka Novosilka");
    CHECK(place_of("Бои шли под Великой Новоселкой всю ночь.", "Великой Новоселкой") == "Velyka Novosilka");
    CHECK(place_of("Противник атаковал позиции у села Малые Щербаки.", "Малые Щербаки") == "Mali Shcherbaky");
    CHECK(place_of("Уманское зачищено полностью, штурмовики закрепились у Новобахмутовки.", "Уманское") == "Umanske");
    // A short name is not turned into a common word ("Сіль" -> "Сил").
    CHECK(place_of("Подразделения Сил обороны отошли на новые позиции у Покровска.", "Сил").empty());
}
