// Common words and bodies that are not places, and common nouns that are village names where
// the wording puts a settlement (issue 11, class 5), against the real GeoNames dump. Every
// sentence is written for these tests.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimtrack;
using claimtrack::gazetteer::test::real;

namespace {

std::vector<core::Mention> parse(const std::string& text) { return real().geoparse(text); }

bool settlement(const std::vector<core::Mention>& ms, const std::string& surface) {
    return std::any_of(ms.begin(), ms.end(), [&](const core::Mention& m) {
        return m.surface == surface && m.place.kind == core::PlaceKind::Settlement;
    });
}

bool any_mention(const std::vector<core::Mention>& ms, const std::string& surface) {
    return std::any_of(ms.begin(), ms.end(), [&](const core::Mention& m) { return m.surface == surface; });
}

} // namespace

TEST_CASE("opening pronouns: 'Тим часом', 'Тем временем' are no town", "[gazetteer][geonames][common_words]") {
    auto ms = parse("Тим часом окупанти обстріляли Краснопілля.");
    CHECK_FALSE(any_mention(ms, "Тим"));
    ms = parse("Тим не менш, ворог атакував Миропілля вночі.");
    CHECK_FALSE(any_mention(ms, "Тим"));
    ms = parse("Тем временем противник обстрелял Краснополье и Мирополье.");
    CHECK_FALSE(any_mention(ms, "Тем"));
    ms = parse("Тем не менее бои у Волчанска продолжаются.");
    CHECK_FALSE(any_mention(ms, "Тем"));
}

TEST_CASE("bodies: a region adjective before an abbreviation is an administration, not a village",
          "[gazetteer][geonames][common_words]") {
    auto ms = parse("Про обстріл Краснопілля повідомила Сумська ОВА.");
    CHECK_FALSE(any_mention(ms, "Сумська"));
    ms = parse("Харківська ОДА повідомила про удар по Балаклії.");
    CHECK_FALSE(any_mention(ms, "Харківська"));
    ms = parse("Херсонская ВГА сообщила об обстреле Берислава.");
    CHECK_FALSE(any_mention(ms, "Херсонская"));
    CHECK(settlement(ms, "Берислава"));
}

TEST_CASE("noun names: a village named like a common noun in a list headed by a place word",
          "[gazetteer][geonames][common_words]") {
    // Ukrainian, Russian: a list after "поблизу"/"у", and after "населених пунктів".
    auto ms = parse("Бої точаться поблизу Торецька, Північного та Дружби.");
    CHECK(settlement(ms, "Дружби"));
    ms = parse("Бои идут у Торецка, Северного и Дружбы.");
    CHECK(settlement(ms, "Дружбы"));
    ms = parse("Ворог атакував у районах населених пунктів Гродівка, Михайлівка, Прогрес та Ізмайлівка.");
    CHECK(settlement(ms, "Прогрес"));
    // English: after "near" in a list, after "the village of".
    ms = parse("Fighting went on near Toretsk, Pivnichne and Druzhba.");
    CHECK(settlement(ms, "Druzhba"));
    ms = parse("Russian troops entered the village of Druzhba near Toretsk.");
    CHECK(settlement(ms, "Druzhba"));
    ms = parse("Russian forces attacked near Hrodivka, Mykhailivka, Prohres and Izmailivka.");
    CHECK(settlement(ms, "Prohres"));
    // Not in a settlement's slot, or opening a sentence: the word.
    ms = parse("Druzhba between the two nations was praised in Toretsk.");
    CHECK_FALSE(settlement(ms, "Druzhba"));
    ms = parse("He spoke of progress near Toretsk.");
    CHECK_FALSE(any_mention(ms, "progress"));
    ms = parse("Дружба народів — тема зустрічі в Торецьку.");
    CHECK_FALSE(settlement(ms, "Дружба"));
}
