// What the text itself says about which namesake it means (issue 11, class 1), against the
// real GeoNames dump: the oblast named in the name's own sentence (also as a colloquial
// -щина name or as "the region" after an oblast), a second mention in another case form,
// and an alias in parentheses or after "now"/"formerly". Every sentence is written for these tests.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimtrack;
using claimtrack::gazetteer::test::real;

namespace {

std::vector<core::Mention> parse(const std::string& text, const char* date = "2024-09-25") {
    gazetteer::ParseHints hints;
    hints.date = core::Date::parse(date);
    return real().geoparse(text, hints);
}

/// The oblast of the settlement read from `surface`, or "" when none.
std::string oblast_of(const std::vector<core::Mention>& ms, const std::string& surface) {
    for (const auto& m : ms)
        if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.place.admin1;
    return "";
}

/// The name (English) of the place read from `surface`, or "".
std::string place_of(const std::vector<core::Mention>& ms, const std::string& surface) {
    for (const auto& m : ms)
        if (m.surface == surface) return m.place.name;
    return "";
}

} // namespace

// Both texts name Donetsk oblast with towns near a Donetsk Berestove; the sentence of the
// village names Kharkiv oblast, whose Berestove is meant.
TEST_CASE("sentence oblast: the oblast of the name's own sentence outranks one named elsewhere",
          "[gazetteer][geonames][sentence_oblast]") {
    // A fronted locative.
    auto ms = parse("Drones struck Bakhmut and Siversk in Donetsk Oblast overnight. In Kharkiv Oblast, Russian troops "
                    "attacked near Berestove, the General Staff said.");
    CHECK(oblast_of(ms, "Berestove") == "Kharkiv");
    CHECK(oblast_of(ms, "Siversk") == "Donetsk");
    // "in the region": the oblast named last before it.
    ms = parse("Drones struck Bakhmut and Siversk in Donetsk Oblast overnight. Kharkiv Oblast saw heavy fighting as "
               "well: in the region, assault groups pressed near Berestove.");
    CHECK(oblast_of(ms, "Berestove") == "Kharkiv");
    // Ukrainian, a colloquial -щина name.
    ms = parse("Дрони атакували Бахмут і Сіверськ на Донеччині. На Харківщині окупанти штурмували Берестове.");
    CHECK(oblast_of(ms, "Берестове") == "Kharkiv");
    // Russian: the -щина name in Russian spelling, and the full oblast phrase.
    ms = parse("Дроны атаковали Бахмут и Северск в Донецкой области. На Харьковщине оккупанты штурмовали Берестовое.");
    CHECK(oblast_of(ms, "Берестовое") == "Kharkiv");
    ms = parse("Дроны атаковали Бахмут и Северск в Донецкой области. В Харьковской области оккупанты штурмовали "
               "Берестовое, сообщил Генштаб.");
    CHECK(oblast_of(ms, "Берестовое") == "Kharkiv");
    CHECK(oblast_of(ms, "Северск") == "Donetsk");
}

TEST_CASE("sentence oblast: a region named as a border is no qualifier of the sentence's places",
          "[gazetteer][geonames][sentence_oblast]") {
    // Russian villages near the border: the Ukrainian oblast across it does not pull them to
    // Ukrainian namesakes.
    auto ms = parse("The ministry said its troops retook Olgovka and Pogrebki near the border with Ukraine's Sumy region.");
    CHECK(oblast_of(ms, "Pogrebki") != "Sumy");
    // A village near the border of another oblast stays with the places of the text.
    ms = parse("Дроны атаковали Бахмут и Северск в Донецкой области. Оккупанты штурмовали Берестовое у границы с "
               "Харьковской областью.");
    CHECK(oblast_of(ms, "Берестовое") == "Donetsk");
    ms = parse("Дрони атакували Бахмут і Сіверськ на Донеччині. Окупанти штурмували Берестове біля кордону з "
               "Харківською областю.");
    CHECK(oblast_of(ms, "Берестове") == "Donetsk");
    ms = parse("Drones struck Bakhmut and Siversk in Donetsk Oblast. Russian troops attacked Berestove near the border "
               "with Kharkiv Oblast.");
    CHECK(oblast_of(ms, "Berestove") == "Donetsk");
}

TEST_CASE("colloquial regions: Russian -щина names are oblasts", "[gazetteer][geonames][sentence_oblast]") {
    auto ms = parse("На Донетчине идут тяжелые бои, сообщил военкор.");
    CHECK(place_of(ms, "Донетчине") == "Donetsk Oblast");
    ms = parse("Ракета упала на Харьковщине ночью.");
    CHECK(place_of(ms, "Харьковщине") == "Kharkiv Oblast");
    ms = parse("Беженцы с Херсонщины прибыли во Львов.");
    CHECK(place_of(ms, "Херсонщины") == "Kherson Oblast");
}

TEST_CASE("second mention: another case form of a name is the same place", "[gazetteer][geonames][same_name]") {
    // The first mention is put in an oblast; the later one, in another case, follows it.
    auto ms = parse("Бої тривають біля Берестового Харківської області. Берестове лежить за 20 км від Сіверська.");
    CHECK(oblast_of(ms, "Берестового") == "Kharkiv");
    CHECK(oblast_of(ms, "Берестове") == "Kharkiv");
    ms = parse("Бои идут у Берестового Харьковской области. Берестовое находится в 20 км от Северска.");
    CHECK(oblast_of(ms, "Берестового") == "Kharkiv");
    CHECK(oblast_of(ms, "Берестовое") == "Kharkiv");
    ms = parse("Fighting went on near Berestove in Kharkiv Oblast. Berestove lies 20 km from Siversk.");
    CHECK(oblast_of(ms, "Berestove") == "Kharkiv");
}

TEST_CASE("aliases: a name and the name the text gives as its other name are one place",
          "[gazetteer][geonames][aliases]") {
    // Krasne was renamed Ivanivske (Bakhmut raion); on its own "Krasne" is another village.
    auto ms = parse("Russian troops claimed Krasne (now Ivanivske) west of the city.", "2023-05-20");
    CHECK(place_of(ms, "Krasne") == "Ivanivske");
    ms = parse("Окупанти заявили про захоплення Красного (нині Іванівське) на захід від міста.", "2023-05-20");
    CHECK(place_of(ms, "Красного") == "Ivanivske");
    ms = parse("Войска заняли Красное (украинское название — Ивановское) к западу от Артемовска.", "2023-05-20");
    CHECK(place_of(ms, "Красное") == "Ivanivske");
    ms = parse("Минобороны заявило о взятии Красного, ныне Ивановское, под Артемовском.", "2023-05-20");
    CHECK(place_of(ms, "Красного") == "Ivanivske");
    // An offset in parentheses links nothing: two places.
    ms = parse("Ukrainian troops regained ground near Siversk (north-east of Bakhmut).");
    CHECK(place_of(ms, "Siversk") == "Siversk");
    CHECK(place_of(ms, "Bakhmut") == "Bakhmut");
}

TEST_CASE("loose namesakes: a hromada centre spelt exactly beats a loose match in a named oblast",
          "[gazetteer][geonames][sentence_oblast]") {
    auto ms = parse("Russian forces took Siversk earlier. Kharkiv Oblast was shelled too.");
    CHECK(oblast_of(ms, "Siversk") == "Donetsk");
    ms = parse("Окупанти захопили Сіверськ. Харківщину теж обстріляли.");
    CHECK(oblast_of(ms, "Сіверськ") == "Donetsk");
    ms = parse("Войска заняли Северск. Харьковскую область тоже обстреляли.");
    CHECK(oblast_of(ms, "Северск") == "Donetsk");
    // A Russian spelling matching a hromada centre's Russian alternate name exactly does not
    // outrank the village next to the other places, matched loosely.
    ms = parse("Противник безуспешно атаковал у Клещеевки и Андреевки южнее Артемовска. В Киеве участок называют ключевым.",
               "2023-05-21");
    CHECK(oblast_of(ms, "Андреевки") == "Donetsk");
}

TEST_CASE("raion qualifiers: a raion GeoNames names after its centre's council is found by the centre's adjective",
          "[gazetteer][geonames][raion_qualifier]") {
    // Rubizhne: a village of Chuhuiv raion (Kharkiv) and a city of Luhansk oblast. GeoNames calls Chuhuiv's
    // raion "Chuhuiv City Council" and gives it no Cyrillic name: the adjective names it through its centre.
    const auto admin2_of = [](const std::vector<core::Mention>& ms, const std::string& surface) {
        for (const auto& m : ms)
            if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.place.admin2;
        return std::string();
    };
    auto ms = parse("Бої тривають за Рубіжне Чугуївського району, невелике село на березі річки.");
    CHECK(oblast_of(ms, "Рубіжне") == "Kharkiv");
    CHECK(admin2_of(ms, "Рубіжне") == "Chuhuiv");
    ms = parse("Ворог обстріляв Рубіжне у Чугуївському районі.");
    CHECK(oblast_of(ms, "Рубіжне") == "Kharkiv");
    ms = parse("Противник обстрелял Рубежное Чугуевского района.");
    CHECK(oblast_of(ms, "Рубежное") == "Kharkiv");
    // Russian locatives of raion adjectives («в Изюмском районе») are raions too.
    ms = parse("Бои идут за Каменку в Изюмском районе.");
    CHECK(oblast_of(ms, "Каменку") == "Kharkiv");
    CHECK(admin2_of(ms, "Каменку") == "Izyum");
    ms = parse("Бои идут за Каменку в Чугуевском районе.");
    CHECK(admin2_of(ms, "Каменку") == "Chuhuiv");
    // Counter-examples: without the raion the city of Rubizhne; a town's adjective before another noun
    // names no raion; a Russian instrumental noun stays the town.
    ms = parse("Бої тривають за Рубіжне, повідомили в штабі.");
    CHECK(oblast_of(ms, "Рубіжне") == "Luhansk");
    ms = parse("Противник атаковал под Купянском и Бахмутом.");
    CHECK(place_of(ms, "Купянском") == "Kupiansk");
}
