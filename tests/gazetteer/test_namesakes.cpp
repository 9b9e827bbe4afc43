// Names that stand for something other than the town that bears them, against the real GeoNames
// dump: a name governed by a river noun is the river (or nothing), never the city of the same name.
// Every sentence is written for these tests.

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

/// No settlement is read from `surface`.
bool no_settlement(const std::vector<core::Mention>& ms, const std::string& surface) {
    return std::none_of(ms.begin(), ms.end(), [&](const core::Mention& m) {
        return m.surface == surface && m.place.kind == core::PlaceKind::Settlement;
    });
}

bool settlement(const std::vector<core::Mention>& ms, const std::string& surface) {
    return std::any_of(ms.begin(), ms.end(), [&](const core::Mention& m) {
        return m.surface == surface && m.place.kind == core::PlaceKind::Settlement;
    });
}

bool water(const std::vector<core::Mention>& ms, const std::string& surface) {
    return std::any_of(ms.begin(), ms.end(), [&](const core::Mention& m) {
        return m.surface == surface && m.place.kind == core::PlaceKind::Water;
    });
}

} // namespace

TEST_CASE("rivers: a name after a river or bank noun is the river, not the town", "[gazetteer][geonames][rivers]") {
    // Ukrainian: the bank, the river noun, the mouth.
    auto ms = parse("Саперы укріпили позиції на правому березі Дніпра поблизу Херсона.");
    CHECK(no_settlement(ms, "Дніпра"));
    CHECK(water(ms, "Дніпра"));
    ms = parse("Групи противника перетнули русло річки Оскіл за ніч.");
    CHECK(no_settlement(ms, "Оскіл"));
    ms = parse("Катери помітили біля гирла Дніпра, повідомили в обласній адміністрації.");
    CHECK(no_settlement(ms, "Дніпра"));
    // Russian.
    ms = parse("Подразделения закрепились на левом берегу Днепра ещё в ноябре.");
    CHECK(no_settlement(ms, "Днепра"));
    ms = parse("Мост через реку Днепр был поврежден ударом дрона.");
    CHECK(no_settlement(ms, "Днепр"));
    CHECK(water(ms, "Днепр"));
    ms = parse("Лодки заметили в пойме Оскола у самой воды.");
    CHECK(no_settlement(ms, "Оскола"));
    // The river's own adjective between the noun and the name.
    ms = parse("Бійці закріпилися на березі Сіверського Донця вище за течією.");
    CHECK(no_settlement(ms, "Донця"));
    ms = parse("Противник пытается форсировать реку Северский Донец ночью.");
    CHECK(no_settlement(ms, "Донец"));
    // The delta, the left or right bank as one word, the floodplain (uk, ru).
    ms = parse("Морпіхи утримують плацдарм у дельті Дніпра попри обстріли.");
    CHECK(no_settlement(ms, "Дніпра"));
    CHECK(water(ms, "Дніпра"));
    ms = parse("На лівобережжі Дніпра знову активізувалися ДРГ.");
    CHECK(no_settlement(ms, "Дніпра"));
    ms = parse("Группы высадились на левобережье Днепра под утро.");
    CHECK(no_settlement(ms, "Днепра"));
    ms = parse("В дельте Днепра продолжаются бои за острова.");
    CHECK(no_settlement(ms, "Днепра"));
    ms = parse("У плавнях Дніпра помітили човни противника.");
    CHECK(no_settlement(ms, "Дніпра"));
    // English: "the river X", "X River", "across the X".
    ms = parse("Patrols moved along the river Dnipro before dawn.");
    CHECK(no_settlement(ms, "Dnipro"));
    ms = parse("Boats were seen crossing the Dnipro River near the islands.");
    CHECK(no_settlement(ms, "Dnipro River"));
    ms = parse("Engineers threw a pontoon across the Oskil overnight.");
    CHECK(no_settlement(ms, "Oskil"));
}

TEST_CASE("rivers: the city of the same name stays a city elsewhere", "[gazetteer][geonames][rivers]") {
    auto ms = parse("Дрони атакували Дніпро вночі, а на березі Дніпра тривали бої.");
    CHECK(settlement(ms, "Дніпро"));
    CHECK(no_settlement(ms, "Дніпра"));
    ms = parse("В Днепре прозвучали взрывы, сообщили местные власти.");
    CHECK(settlement(ms, "Днепре"));
    ms = parse("A missile hit an office block in Dnipro on Tuesday.");
    CHECK(settlement(ms, "Dnipro"));
}

TEST_CASE("noun names: a common noun after a plural settlement noun is a village", "[gazetteer][geonames][noun_names]") {
    // "населённые пункты X и Y", "населені пункти X та Y", "сёла X и Y": the list stands in a
    // settlement's slot, so a village named like a common noun ("Прогрес") is a place there.
    auto ms = parse("Штурмовики заняли населённые пункты Прогресс и Очеретино в Донецкой области.");
    CHECK(settlement(ms, "Прогресс"));
    ms = parse("Противник атакував населені пункти Прогрес та Очеретине на Донеччині.");
    CHECK(settlement(ms, "Прогрес"));
    ms = parse("Бои шли за сёла Прогресс и Очеретино у Покровска.");
    CHECK(settlement(ms, "Прогресс"));
    // Without the slot the noun is a word ("прогресс" of the talks).
    ms = parse("Прогресс в переговорах не достигнут, заявили в Очеретино.");
    CHECK_FALSE(settlement(ms, "Прогресс"));
}

namespace {

/// The name is not read as a located place in Ukraine.
bool not_in_ukraine(const std::vector<core::Mention>& ms, const std::string& surface) {
    return std::none_of(ms.begin(), ms.end(), [&](const core::Mention& m) {
        return m.surface == surface && m.place.located() && m.place.country == "UA";
    });
}

} // namespace

TEST_CASE("Russian regions: a village of the sentence far from the region is no Ukrainian namesake",
          "[gazetteer][geonames][russian_regions]") {
    auto ms = parse("The ministry said its troops retook Olgovka and Pogrebki in the Kursk region and forced "
                    "Ukrainian units out of Makhnovka.");
    CHECK(not_in_ukraine(ms, "Makhnovka"));
    ms = parse("Russian units cleared Olgovka, Kursk region, and later entered Makhnovka.");
    CHECK(not_in_ukraine(ms, "Makhnovka"));
    // Without the Russian region the name is the Ukrainian village.
    ms = parse("Fighting went on for Makhnovka, the governor said.");
    CHECK_FALSE(not_in_ukraine(ms, "Makhnovka"));
    ms = parse("Минобороны заявило, что войска заняли Ольговку и Погребки в Курской области и выбили ВСУ из Махновки.");
    CHECK(not_in_ukraine(ms, "Махновки"));
    ms = parse("Росіяни стверджують, що зайняли Ольгівку в Курській області, а бої тривають за Махнівку.");
    CHECK(not_in_ukraine(ms, "Махнівку"));
    // A Ukrainian village near the region stays itself.
    ms = parse("Shelling from Olgovka in the Kursk region hit Krasnopillia overnight.");
    CHECK_FALSE(not_in_ukraine(ms, "Krasnopillia"));
}

TEST_CASE("gender: a masculine adjective name is not a neuter or feminine namesake", "[gazetteer][geonames][gender]") {
    // "Нікольський" (a хутор or посёлок) is not the village "Нікольське"/"Микільське".
    auto ms = parse("Блогери стверджують, що загарбники захопили Нікольський біля кордону.");
    CHECK_FALSE(settlement(ms, "Нікольський"));
    ms = parse("Бои за Никольский продолжались всю ночь, сообщил военкор.");
    CHECK_FALSE(settlement(ms, "Никольский"));
    ms = parse("Штурмовики увійшли в Нікольський, однак підтверджень немає.");
    CHECK_FALSE(settlement(ms, "Нікольський"));
    // The neuter name itself is the village.
    ms = parse("Окупанти обстріляли Нікольське на Донеччині.");
    CHECK(settlement(ms, "Нікольське"));
    ms = parse("Российские войска атаковали Никольское в Донецкой области.");
    CHECK(settlement(ms, "Никольское"));
}

TEST_CASE("longer names: the second word of a name the gazetteer lacks is no place of its own",
          "[gazetteer][geonames][longer_names]") {
    // "Сіверського Донця" is a river, "Казачьей Локни" a Russian village: not the villages Донець, Локня.
    auto ms = parse("Окопи тягнуться вздовж Сіверського Донця на кілька кілометрів.");
    CHECK(no_settlement(ms, "Донця"));
    ms = parse("Бои шли у Казачьей Локни всю неделю, сообщил губернатор.");
    CHECK(no_settlement(ms, "Локни"));
    ms = parse("Загарбники підійшли до Козачої Локні з півночі.");
    CHECK(no_settlement(ms, "Локні"));
    // A known two-word name is still found whole.
    ms = parse("Окупанти обстріляли Велику Новосілку вночі.");
    CHECK(settlement(ms, "Велику Новосілку"));
}
