#include <catch2/catch.hpp>

// Area figures on unseen text (issue 11, item 7; bench/blind7/AREA-MISSES.md, session h11a8): the number and unit
// forms an area figure is written in, and the test of whether it is territory (a gain or control figure) or land
// measured for another reason (farmland, mined land, an area still to be taken, the size of a region, a rate),
// which goes to `other_areas`. Each class has sentences of at least three shapes in every language. Every
// sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <vector>

using namespace claimtrack::test;

namespace {
struct Case {
    std::string text, lang;
    double km2;
};

/// Each sentence holds exactly one area figure, of `km2`, territorial or not.
void check_cases(const std::vector<Case>& cases, bool territorial) {
    for (const auto& [text, lang, km2] : cases) {
        INFO(text);
        const auto x = run(text, {}, lang);
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].km2 == Approx(km2).epsilon(0.001));
        CHECK(x.areas[0].territorial == territorial);
    }
}
/// A sentence naming one place (`place`, as the gazetteer would find it) and holding one area figure of `km2`.
struct PlaceCase {
    std::string text, lang, place;
    double km2;
};

void check_place_cases(const std::vector<PlaceCase>& cases, bool territorial) {
    for (const auto& [text, lang, place, km2] : cases) {
        INFO(text);
        const auto x = run(text, {{place}}, lang);
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].km2 == Approx(km2).epsilon(0.001));
        CHECK(x.areas[0].territorial == territorial);
    }
}
} // namespace

TEST_CASE("extract: area digits grouped by spaces (no-break, thin), decimal commas and points", "[extract][areas]") {
    check_cases(
        {
            {"Russian forces have taken 1 250 square kilometres since January, the ministry said.", "en", 1250},
            {"Ukraine said its troops had regained 12.5 sq km near the border.", "en", 12.5},
            {"Russia has seized about 2\u2009350 square kilometres this year, analysts said.", "en", 2350},
            {"Российские войска заняли 1\u00a0250 кв. км с начала года.", "ru", 1250},
            {"ВСУ освободили около 12,5 квадратных километров.", "ru", 12.5},
            {"С начала года армия взяла под контроль 2\u2009350 квадратных километров.", "ru", 2350},
            {"Сили оборони звільнили 1\u202f250 кв. км.", "uk", 1250},
            {"ЗСУ відбили близько 12,5 квадратного кілометра.", "uk", 12.5},
            {"Російські війська захопили 2 350 квадратних кілометрів.", "uk", 2350},
        },
        true);
}

TEST_CASE("extract: an area number scaled by a word ('1.5 thousand', '1,5 тыс.', 'півтори тисячі')",
          "[extract][areas]") {
    check_cases(
        {
            {"Russia now controls about 1.5 thousand square kilometres of the region.", "en", 1500},
            {"Ukrainian troops hold some 1.2 thousand sq km, the commander said.", "en", 1200},
            {"Russian forces have taken two thousand square kilometres this year.", "en", 2000},
            {"Российская армия взяла под контроль около 1,5 тыс. кв. км.", "ru", 1500},
            {"ВСУ удерживают полторы тысячи квадратных километров.", "ru", 1500},
            {"С начала года освобождено свыше 3,2 тыс. квадратных километров.", "ru", 3200},
            {"С начала года армия заняла более полутора тысяч квадратных километров.", "ru", 1500},
            {"ЗСУ звільнили півтори тисячі квадратних кілометрів.", "uk", 1500},
            {"Окупанти захопили близько 1,5 тис. кв. км.", "uk", 1500},
            {"Сили оборони контролюють понад 2,4 тис. квадратних кілометрів.", "uk", 2400},
        },
        true);
}

TEST_CASE("extract: area number words, teens and compounds ('two hundred and fifty', 'двести пятьдесят')",
          "[extract][areas]") {
    check_cases(
        {
            {"Ukrainian forces recaptured about two hundred square kilometres.", "en", 200},
            {"Russia took two hundred and fifty square kilometres in May.", "en", 250},
            {"Troops liberated forty-five square kilometres last week.", "en", 45},
            {"Российские войска заняли около двухсот квадратных километров.", "ru", 200},
            {"ВСУ освободили двести пятьдесят квадратных километров.", "ru", 250},
            {"Армия взяла под контроль шестьдесят пять квадратных километров.", "ru", 65},
            {"ВСУ освободили пятнадцать квадратных километров у села.", "ru", 15},
            {"ЗСУ звільнили двісті квадратних кілометрів.", "uk", 200},
            {"Росіяни захопили близько трьохсот шістдесяти квадратних кілометрів.", "uk", 360},
            {"Сили оборони звільнили сорок п'ять квадратних кілометрів.", "uk", 45},
            {"ЗСУ звільнили п'ятнадцять квадратних кілометрів.", "uk", 15},
        },
        true);
}

TEST_CASE("extract: area ranges ('200-250', 'between 300 and 400', 'от 300 до 400')", "[extract][areas]") {
    check_cases(
        {
            {"Russian forces captured 200-250 sq km in March.", "en", 200},
            {"Ukraine regained between 300 and 400 square kilometres.", "en", 300},
            {"Russia seized 150 to 200 square kilometres in the spring.", "en", 150},
            {"Российские войска заняли 200–250 кв. км.", "ru", 200},
            {"ВСУ освободили от 300 до 400 квадратных километров.", "ru", 300},
            {"Армия заняла 150-200 квадратных километров.", "ru", 150},
            {"Росіяни захопили 200–250 кв. км.", "uk", 200},
            {"ЗСУ звільнили від 300 до 400 квадратних кілометрів.", "uk", 300},
            {"Окупанти захопили 150-200 квадратних кілометрів.", "uk", 150},
        },
        true);
}

TEST_CASE("extract: area units ('square kms', '200-square-kilometre', 'km²', 'кв км', hectares)", "[extract][areas]") {
    check_cases(
        {
            {"Russia took 950 square kms in two months.", "en", 950},
            {"Ukraine holds 430 sq kms of the region.", "en", 430},
            {"Russian troops carved out a 200-square-kilometre chunk of the region.", "en", 200},
            {"Ukrainian forces retook 120 km² near the town.", "en", 120},
            {"Russia captured some 300 square miles in the offensive.", "en", 776.9964},
            {"Ukrainian troops liberated 500 hectares of territory.", "en", 5},
            {"Российские войска заняли 120 кв км.", "ru", 120},
            {"ВСУ освободили 80 км² у села.", "ru", 80},
            {"Армия взяла под контроль 500 гектаров территории.", "ru", 5},
            {"Российские войска заняли 45 кв. километров.", "ru", 45},
            {"ЗСУ звільнили 120 кв км.", "uk", 120},
            {"Окупанти захопили 80 км² біля села.", "uk", 80},
            {"Сили оборони звільнили 300 гектарів території.", "uk", 3},
            {"Росіяни захопили 45 кв. кілометрів.", "uk", 45},
        },
        true);
}

TEST_CASE("extract: an area restated in other units after a comma, dash or 'or' is one figure", "[extract][areas]") {
    check_cases(
        {
            {"Russia has captured about 4,000 square kilometres, or roughly 1,544 square miles, this "
             "year.", "en", 4000},
            {"Ukraine retook 500 sq km — about 193 square miles — in the south.", "en", 500},
            {"The army seized 300 square miles, or some 777 square kilometres.", "en", 776.9964},
            {"ВСУ освободили 1 200 гектаров, или 12 кв. км.", "ru", 12},
            {"Армия заняла 500 гектаров — это 5 квадратных километров.", "ru", 5},
            {"Российские войска заняли 3 тыс. гектаров, то есть 30 кв. км.", "ru", 30},
            {"ЗСУ звільнили 1 200 гектарів, або 12 кв. км.", "uk", 12},
            {"Окупанти захопили 500 гектарів — тобто 5 квадратних кілометрів.", "uk", 5},
            {"Сили оборони звільнили 3 тис. гектарів, тобто 30 кв. км.", "uk", 30},
        },
        true);
}

TEST_CASE("extract: not territory: land sown, harvested or burnt (farmland, crops, forest, wildfires)",
          "[extract][areas]") {
    check_cases(
        {
            {"Farmers could not sow some 60,000 hectares because of the fighting.", "en", 600},
            {"Crops on about 15,000 hectares were left unharvested near the front.", "en", 150},
            {"Fires destroyed 400 hectares of forest near the village.", "en", 4},
            {"Wildfires near the front have burnt some 2,000 hectares this summer.", "en", 20},
            {"Из-за обстрелов аграрии не смогли засеять около 20 тыс. гектаров.", "ru", 200},
            {"Урожай с 5 тысяч гектаров остался неубранным.", "ru", 50},
            {"Посевы на 3 тыс. гектаров погибли от пожаров.", "ru", 30},
            {"Лесные пожары уничтожили около 3 тыс. гектаров.", "ru", 30},
            {"Цього року в громаді не засіяно 12 тисяч гектарів.", "uk", 120},
            {"Посіви на 3 тис. гектарів знищив вогонь.", "uk", 30},
            {"Урожай зібрали лише з 800 гектарів.", "uk", 8},
            {"Лісові пожежі знищили близько 3 тис. гектарів.", "uk", 30},
        },
        false);
}

TEST_CASE("extract: not territory: land demined, mined, contaminated or still to be checked", "[extract][areas]") {
    check_cases(
        {
            {"Sappers have demined 40 hectares around the village.", "en", 0.4},
            {"Some 20,000 square kilometres remain contaminated with mines.", "en", 20000},
            {"An estimated 5,000 sq km still need to be checked for explosives.", "en", 5000},
            {"Пиротехники разминировали 50 гектаров за неделю.", "ru", 0.5},
            {"Около 30 тысяч квадратных километров остаются заминированными.", "ru", 30000},
            {"Разминировать предстоит ещё 2 тыс. квадратных километров.", "ru", 2000},
            {"Піротехніки ДСНС за тиждень розмінували 70 гектарів.", "uk", 0.7},
            {"Близько 30 тисяч квадратних кілометрів залишаються замінованими.", "uk", 30000},
            {"Розмінувати ще треба 2 тис. квадратних кілометрів.", "uk", 2000},
        },
        false);
}

TEST_CASE("extract: not territory: an area still to be taken or that a side plans to take", "[extract][areas]") {
    check_cases(
        {
            {"Russia would still need to capture about 8,000 square kilometres of the region.", "en", 8000},
            {"Russian forces plan to capture another 500 square kilometres by spring.", "en", 500},
            {"About 6,500 square kilometres of the oblast are still to be taken, analysts said.", "en", 6500},
            {"России ещё предстоит захватить около 8 тыс. кв. км области.", "ru", 8000},
            {"Российские войска планируют занять ещё 500 квадратных километров.", "ru", 500},
            {"Для этого армии нужно взять под контроль ещё 6 тыс. квадратных километров.", "ru", 6000},
            {"Росії ще треба захопити близько 8 тис. кв. км області.", "uk", 8000},
            {"Окупанти планують захопити ще 500 квадратних кілометрів.", "uk", 500},
            {"Для цього ворогу доведеться взяти під контроль ще 6 тисяч квадратних кілометрів.", "uk", 6000},
        },
        false);
}

TEST_CASE("extract: not territory: the size of a region, island, reservoir or city", "[extract][areas]") {
    check_cases(
        {
            {"The island covers about 0.2 square kilometres.", "en", 0.2},
            {"The oblast, which spans some 26,500 sq km, borders Russia.", "en", 26500},
            {"The reservoir is about 2,150 square kilometres in area.", "en", 2150},
            {"The oblast has an area of about 26,500 square kilometres.", "en", 26500},
            {"Площадь водохранилища составляет около 2 тыс. квадратных километров.", "ru", 2000},
            {"Площадь полуострова — около 27 тыс. кв. км.", "ru", 27000},
            {"Площадь города составляет 300 квадратных километров.", "ru", 300},
            {"Площадь Донецкой области составляет 26,5 тыс. кв. км.", "ru", 26500},
            {"Херсонская область занимает площадь 28,5 тыс. кв. км.", "ru", 28500},
            {"Площа водосховища становить близько 2 тис. квадратних кілометрів.", "uk", 2000},
            {"Площа півострова — близько 27 тис. кв. км.", "uk", 27000},
            {"Площа міста становить 300 квадратних кілометрів.", "uk", 300},
            {"Площа Донецької області становить 26,5 тис. кв. км.", "uk", 26500},
            {"Херсонська область займає площу 28,5 тис. кв. км.", "uk", 28500},
        },
        false);
}

TEST_CASE("extract: not territory: a rate (per day)", "[extract][areas]") {
    check_cases(
        {
            {"Russian forces were gaining about 15 square kilometres a day.", "en", 15},
            {"Russia advanced by 20 sq km per day in November.", "en", 20},
            {"The army took 12 square kilometres daily last month.", "en", 12},
            {"Российские войска занимали около 15 кв. км в сутки.", "ru", 15},
            {"Армия продвигалась на 20 квадратных километров в день.", "ru", 20},
            {"Темп наступления — 12 кв. км ежедневно.", "ru", 12},
            {"Російські війська захоплювали близько 15 кв. км на добу.", "uk", 15},
            {"Окупанти просувалися на 20 квадратних кілометрів щодня.", "uk", 20},
            {"Темп наступу — 12 кв. км щодоби.", "uk", 12},
        },
        false);
}

TEST_CASE("extract: not territory: land to be ceded or handed over", "[extract][areas]") {
    check_cases(
        {
            {"Moscow demands that Kyiv cede about 6,000 square kilometres it still holds.", "en", 6000},
            {"Ukraine will not hand over some 5,000 sq km of the region, the president said.", "en", 5000},
            {"The plan would see Kyiv give up around 6,600 square kilometres.", "en", 6600},
            {"Москва требует от Киева уступить около 6 тыс. кв. км.", "ru", 6000},
            {"Кремль предлагает Украине отдать ещё 5 тысяч квадратных километров.", "ru", 5000},
            {"По плану Киев должен передать России около 6,6 тыс. кв. км.", "ru", 6600},
            {"Москва вимагає від Києва віддати близько 6 тис. кв. км.", "uk", 6000},
            {"Україна не погодиться передати ще 5 тисяч квадратних кілометрів.", "uk", 5000},
            {"Кремль хоче, щоб Київ поступився близько 6,6 тис. кв. км.", "uk", 6600},
        },
        false);
}

TEST_CASE("extract: a territorial figure with land words after it stays territorial", "[extract][areas]") {
    check_cases(
        {
            {"Ukrainian troops liberated 50 square kilometres, including fields and forests, the army said.", "en", 50},
            {"Российские войска заняли 70 кв. км, в том числе лесополосы и поля.", "ru", 70},
            {"ЗСУ звільнили 70 кв. км, зокрема лісосмуги та поля.", "uk", 70},
        },
        true);
}

TEST_CASE("extract: a not-territory cue in an earlier clause (', and', 'but', 'а', 'але') does not reach the figure",
          "[extract][areas]") {
    check_cases(
        {
            {"Kyiv refused to hand over any land, and its troops recaptured 20 square kilometres.", "en", 20},
            {"Farmers could not harvest the crops, but the army liberated 40 square kilometres nearby.", "en", 40},
            {"Russia plans to take the whole region, while Ukraine has regained 15 square kilometres this "
             "month.", "en", 15},
            {"Киев отказался уступить территории, а ВСУ освободили 20 кв. км.", "ru", 20},
            {"Урожай собрать не удалось, но армия освободила 40 кв. км.", "ru", 40},
            {"Москва планирует захватить всю область, однако ВСУ вернули 15 кв. км.", "ru", 15},
            {"Київ відмовився віддати землі, а ЗСУ звільнили 20 кв. км.", "uk", 20},
            {"Урожай зібрати не вдалося, але армія звільнила 40 кв. км.", "uk", 40},
            {"Окупанти планують захопити всю область, проте ЗСУ повернули 15 кв. км.", "uk", 15},
        },
        true);
}

TEST_CASE("extract: a front length is a distance, not an area", "[extract][areas]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"The front line is about 1,000 km long.", "en"},
             {"Протяжённость линии фронта — более 1 200 км.", "ru"},
             {"Лінія фронту простягається на 1 200 кілометрів.", "uk"},
         }) {
        INFO(text);
        CHECK(run(text, {}, lang).areas.empty());
    }
}

TEST_CASE("extract: a headline that restates a body figure without its qualifier is one figure", "[extract][areas]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russia says it took 480 sq km in March\n\nThe Russian Defence Ministry said its forces had taken about "
              "480 square kilometres in March.", "en"},
             {"Kyiv says troops hold 75 square kilometres\n\nUkraine's army said on Friday its units held more than 75 "
              "square kilometres after the assault.", "en"},
             {"Армия заняла 300 кв. км за месяц\n\nПо данным Минобороны, войска заняли около 300 квадратных "
              "километров за месяц.", "ru"},
             {"ЗСУ звільнили 120 кв. км\n\nЗа словами командувача, сили оборони звільнили майже 120 квадратних "
              "кілометрів.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {}, lang);
        CHECK(x.areas.size() == 1);
    }
}

// Session 10 (h11a10, bench/blind8/AREA-MISSES.md): a crop named after the figure, a mined or contaminated
// participle in any case form before it, square miles in Russian and Ukrainian, a dot as thousands separator.

TEST_CASE("extract: not territory: a crop named after the figure ('of winter wheat', 'озимой пшеницы', 'під соняшником')",
          "[extract][areas]") {
    check_cases(
        {
            {"Some 25,000 hectares of winter wheat near the front will not be harvested this year.", "en", 250},
            {"About 8,000 hectares under sunflowers and maize lie within range of the guns.", "en", 80},
            {"Officials said 3,500 hectares of spring barley in the district were lost.", "en", 35},
            {"Около 25 тыс. гектаров озимой пшеницы у линии фронта не будут убраны.", "ru", 250},
            {"В районе под обстрелом оказались 8 тысяч гектаров подсолнечника.", "ru", 80},
            {"Фермеры потеряли 3 500 гектаров под кукурузой.", "ru", 35},
            {"Близько 25 тис. гектарів озимої пшениці біля фронту не зберуть.", "uk", 250},
            {"Під обстрілами опинилися 8 тисяч гектарів під соняшником.", "uk", 80},
            {"Аграрії втратили 3 500 гектарів кукурудзи та ячменю.", "uk", 35},
        },
        false);
}

TEST_CASE("extract: not territory: a mined or contaminated participle in any case form before the figure",
          "[extract][areas]") {
    check_cases(
        {
            {"In the region, potentially contaminated land still covers about 3,000 sq km.", "en", 3000},
            {"The mined area around the reservoir is estimated at 1,200 square kilometres.", "en", 1200},
            {"Officials said mine-contaminated fields there cover 900 sq km.", "en", 900},
            {"В области остаются потенциально загрязненными около 3 тыс. кв. км.", "ru", 3000},
            {"Заминированной считается территория площадью 1 200 квадратных километров.", "ru", 1200},
            {"Под заминированными полями в районе находятся 900 кв. км.", "ru", 900},
            {"В області залишаються потенційно забрудненими близько 3 тис. кв. км.", "uk", 3000},
            {"Замінованою вважають територію площею 1 200 квадратних кілометрів.", "uk", 1200},
            {"Під замінованими полями в районі перебувають 900 кв. км.", "uk", 900},
        },
        false);
}

TEST_CASE("extract: square miles in Russian and Ukrainian ('кв. миль', 'квадратных миль', 'квадратних миль')",
          "[extract][areas]") {
    check_cases(
        {
            {"Russian troops have taken about 100 square miles since March.", "en", 258.9988},
            {"Ukraine regained 40 sq mi near the river.", "en", 103.59952},
            {"The army seized 1,000 sq. miles in the spring.", "en", 2589.988},
            {"Российские войска заняли около 100 квадратных миль с марта.", "ru", 258.9988},
            {"ВСУ освободили 40 кв. миль у реки.", "ru", 103.59952},
            {"Армия захватила тысячу квадратных миль весной.", "ru", 2589.988},
            {"Російські війська захопили близько 100 квадратних миль з березня.", "uk", 258.9988},
            {"ЗСУ звільнили 40 кв. миль біля річки.", "uk", 103.59952},
            {"Армія захопила тисячу квадратних миль навесні.", "uk", 2589.988},
        },
        true);
}

TEST_CASE("extract: a dot between groups of three digits is a thousands separator ('1.300 km²', '12.500 кв. км')",
          "[extract][areas]") {
    check_cases(
        {
            {"Russian forces have taken 1.300 km² since January, the ministry said.", "en", 1300},
            {"Ukraine said its troops had regained 12.500 square kilometres in the south.", "en", 12500},
            {"Russia now occupies about 1.250.000 hectares of the region.", "en", 12500},
            {"Российские войска заняли 1.300 кв. км с начала года.", "ru", 1300},
            {"ВСУ освободили около 12.500 квадратных километров.", "ru", 12500},
            {"Армия взяла под контроль 2.350 км² за год.", "ru", 2350},
            {"Сили оборони звільнили 1.300 кв. км.", "uk", 1300},
            {"ЗСУ відбили близько 12.500 квадратних кілометрів.", "uk", 12500},
            {"Російські війська захопили 2.350 км² за рік.", "uk", 2350},
        },
        true);
    // A dot before one, two or four digits, or before a multiplier, stays a decimal point.
    check_cases(
        {
            {"Ukraine said its troops had regained 12.5 sq km near the border.", "en", 12.5},
            {"Russia has taken some 1.250 thousand square kilometres this year.", "en", 1250},
            {"ВСУ освободили около 2.75 кв. км.", "ru", 2.75},
            {"ЗСУ звільнили 0.500 кв. км біля села.", "uk", 0.5},
        },
        true);
}

TEST_CASE("extract: not territory: the area of a named place ('the area of Kursk region is', 'площадь Курской области —')",
          "[extract][areas]") {
    check_place_cases(
        {
            {"The area of Kursk region is about 30,000 square kilometres.", "en", "Kursk", 30000},
            {"The total area of Zaporizhzhia oblast - 27,180 sq km - is larger than Belgium.", "en", "Zaporizhzhia", 27180},
            {"By comparison, the area of Ukraine is 603,628 square kilometres.", "en", "Ukraine", 603628},
            {"Площадь Курской области — почти 30 тыс. кв. км.", "ru", "Курской области", 30000},
            {"Общая площадь Запорожской области составляет 27,2 тыс. кв. км.", "ru", "Запорожской области", 27200},
            {"Для сравнения, площадь Украины — 603,6 тыс. кв. км.", "ru", "Украины", 603600},
            {"Площа Курської області — майже 30 тис. кв. км.", "uk", "Курської області", 30000},
            {"Загальна площа Запорізької області — 27,2 тис. кв. км.", "uk", "Запорізької області", 27200},
            {"Для порівняння, площа України становить 603,6 тис. кв. км.", "uk", "України", 603600},
        },
        false);
}

TEST_CASE("extract: the area of territory taken or held stays territorial ('the area of liberated territory')",
          "[extract][areas]") {
    check_place_cases(
        {
            {"The area of liberated territory is about 1,000 sq km.", "en", "Kursk", 1000},
            {"The area of Russian-occupied territory grew to 113,000 sq km.", "en", "Russian", 113000},
            {"The area under Ukrainian control in Kursk region shrank to 500 square kilometres.", "en", "Kursk", 500},
            {"Площадь освобожденной территории составляет около 1000 кв. км.", "ru", "Курской", 1000},
            {"Площадь подконтрольной ВСУ территории в Курской области сократилась до 500 кв. км.", "ru", "Курской", 500},
            {"Площадь оккупированных территорий составляет 113 тыс. кв. км.", "ru", "Курской", 113000},
            {"Площа звільненої території становить близько 1000 кв. км.", "uk", "Курській", 1000},
            {"Площа окупованих територій становить 113 тис. кв. км.", "uk", "Курській", 113000},
            {"Площа підконтрольної ЗСУ території в Курській області скоротилася до 500 кв. км.", "uk", "Курській", 500},
        },
        true);
}

TEST_CASE("extract: not territory: a mined or contaminated predicate past the phrase that names the land",
          "[extract][areas]") {
    check_cases(
        {
            {"Some 174,000 square kilometres of the country are potentially contaminated by mines.", "en", 174000},
            {"About 5,000 hectares around the old airfield remain heavily mined.", "en", 50},
            {"Roughly 2,000 sq km in the east of the region still need thorough demining.", "en", 2000},
            {"Около 174 тыс. кв. км территории страны потенциально заминированы.", "ru", 174000},
            {"Около 5 тыс. гектаров вокруг старого аэродрома до сих пор остаются заминированными.", "ru", 50},
            {"Примерно 2 тыс. кв. км на востоке региона требуют тщательного разминирования.", "ru", 2000},
            {"Близько 174 тис. кв. км території країни потенційно заміновані.", "uk", 174000},
            {"Близько 5 тис. гектарів навколо старого аеродрому досі залишаються замінованими.", "uk", 50},
            {"Приблизно 2 тис. кв. км на сході регіону потребують ретельного розмінування.", "uk", 2000},
        },
        false);
    // A later clause about other land does not reach the figure.
    check_cases(
        {
            {"Russian troops took 120 sq km this month, and the fields they left behind are mined.", "en", 120},
            {"Армия заняла 120 кв. км за месяц, а оставленные поля заминированы.", "ru", 120},
            {"Армія зайняла 120 кв. км за місяць, а залишені поля заміновані.", "uk", 120},
        },
        true);
}

TEST_CASE("extract: not territory: land flooded, evacuated or in an exclusion zone", "[extract][areas]") {
    check_cases(
        {
            {"After the dam was destroyed, about 600 sq km were flooded.", "en", 600},
            {"The Chornobyl exclusion zone covers 2,600 square kilometres.", "en", 2600},
            {"Officials ordered the evacuation of an area of 120 sq km.", "en", 120},
            {"Под угрозой затопления оказались 600 кв. км.", "ru", 600},
            {"Зона отчуждения ЧАЭС занимает 2600 кв. км.", "ru", 2600},
            {"Власти объявили эвакуацию на территории площадью 120 кв. км.", "ru", 120},
            {"Під загрозою затоплення опинилися 600 кв. км.", "uk", 600},
            {"Зона відчуження ЧАЕС займає 2600 кв. км.", "uk", 2600},
            {"Влада оголосила евакуацію на території площею 120 кв. км.", "uk", 120},
        },
        false);
}

TEST_CASE("extract: not territory: land still to be taken ('still needs to take', 'лишилося зайняти') or to be "
          "withdrawn from",
          "[extract][areas]") {
    check_cases(
        {
            {"Russia still needs to take about 6,600 sq km to control all of the region.", "en", 6600},
            {"Moscow needs to seize another 900 square kilometres to reach the border.", "en", 900},
            {"The Kremlin demands a withdrawal from 6,500 sq km of the oblast.", "en", 6500},
            {"Для полного контроля над областью армии осталось занять 3 тыс. кв. км.", "ru", 3000},
            {"Россия требует вывести войска с 6,5 тыс. кв. км области.", "ru", 6500},
            {"Москва настаивает на выводе войск из 900 кв. км региона.", "ru", 900},
            {"Для повного контролю над областю ворогу лишилося зайняти 3 тис. кв. км.", "uk", 3000},
            {"Росія вимагає вивести війська з 6,5 тис. кв. км області.", "uk", 6500},
            {"Окупантам залишається захопити ще 900 кв. км регіону.", "uk", 900},
        },
        false);
}

TEST_CASE("extract: 'square' written after the length unit ('250 km sq', 'kilometres squared', '250 км кв.')",
          "[extract][areas]") {
    check_cases(
        {
            {"Russia has captured 250 km sq this month, analysts said.", "en", 250},
            {"Ukrainian troops regained about 40 kilometres squared near the river.", "en", 40},
            {"The army seized 1,200 kms squared in the spring.", "en", 1200},
            {"Российские войска заняли 250 км кв. за месяц.", "ru", 250},
            {"ВСУ освободили около 40 километров квадратных у реки.", "ru", 40},
            {"Армия захватила 1 200 км. кв. весной.", "ru", 1200},
            {"Російські війська захопили 250 км кв. за місяць.", "uk", 250},
            {"ЗСУ звільнили близько 40 кілометрів квадратних біля річки.", "uk", 40},
            {"Армія захопила 1 200 км. кв. навесні.", "uk", 1200},
        },
        true);
}

TEST_CASE("extract: a tail between the number and its unit ('600-odd', 'or so', 'с лишним', 'з гаком', '600 more')",
          "[extract][areas]") {
    check_cases(
        {
            {"Russia has taken 600-odd square kilometres since August.", "en", 600},
            {"Ukraine regained 40 or so sq km near the river, officials said.", "en", 40},
            {"The army seized 1,200 more square kilometres in the spring.", "en", 1200},
            {"Россия заняла 600 с лишним квадратных километров с августа.", "ru", 600},
            {"ВСУ освободили 40 с небольшим кв. км у реки.", "ru", 40},
            {"Армия заняла 1 200 новых квадратных километров весной.", "ru", 1200},
            {"Росія зайняла 600 з гаком квадратних кілометрів із серпня.", "uk", 600},
            {"ЗСУ звільнили 40 з лишком кв. км біля річки.", "uk", 40},
            {"Армія зайняла 1 200 нових квадратних кілометрів навесні.", "uk", 1200},
        },
        true);
    const auto x = run("Russia has taken 600-odd square kilometres since August.", {}, "en");
    REQUIRE(x.areas.size() == 1);
    CHECK(x.areas[0].qualifier == "over");
}

TEST_CASE("extract: a share of territory in percent is no area figure (areas holds figures with a km² value)",
          "[extract][areas]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russia occupies about 18% of Ukraine's territory, officials said.", "en"},
             {"Ukraine has lost around 40 percent of the land it took in the region.", "en"},
             {"Moscow now holds nearly a fifth of the country.", "en"},
             {"Россия контролирует около 18% территории Украины.", "ru"},
             {"ВСУ потеряли почти 40 процентов занятой в области земли.", "ru"},
             {"Армия заняла почти пятую часть страны.", "ru"},
             {"Росія окупувала майже 20% території України.", "uk"},
             {"ЗСУ втратили близько 40 відсотків зайнятої в області землі.", "uk"},
             {"Армія зайняла майже п'яту частину країни.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {}, lang);
        CHECK(x.areas.empty());
    }
}

TEST_CASE("extract: a claim verb between an earlier cue and the figure takes the figure as its object",
          "[extract][areas]") {
    check_cases(
        {
            {"Russia, which plans to capture the whole region, has taken 500 sq km this year.", "en", 500},
            {"Despite the mined fields, Ukrainian troops liberated 20 square kilometres near the river.", "en", 20},
            {"Russian forces, advancing through farmland, captured 90 square kilometres.", "en", 90},
            {"Россия, которая планирует занять всю область, заняла 500 кв. км.", "ru", 500},
            {"Несмотря на заминированные поля, ВСУ освободили 20 кв. км у реки.", "ru", 20},
            {"После уборки урожая армия заняла ещё 90 квадратных километров.", "ru", 90},
            {"Росія, яка планує захопити всю область, окупувала 500 кв. км.", "uk", 500},
            {"Незважаючи на заміновані поля, ЗСУ звільнили 20 кв. км біля річки.", "uk", 20},
            {"Після збору урожаю армія зайняла ще 90 квадратних кілометрів.", "uk", 90},
        },
        true);
    // The verb the cue governs ("plans to (quickly) liberate", "планирует занять") is no shield.
    check_cases(
        {
            {"Ukraine plans to quickly liberate 500 sq km in the south.", "en", 500},
            {"Россия планирует захватить ещё 500 кв. км.", "ru", 500},
            {"Росія планує захопити ще 500 кв. км.", "uk", 500},
        },
        false);
}

TEST_CASE("extract: a daily rate named before the figure ('ежедневно ... по', 'щодоби', 'daily average') or 'each day'",
          "[extract][areas]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russia gained 27 square kilometres each day in November.", "en"},
             {"The daily average reached 27 sq km last month, analysts said.", "en"},
             {"In November, Russian troops took about 27 sq km every day.", "en"},
             {"Армия ежедневно занимала по 27 кв. км.", "ru"},
             {"Среднесуточный темп продвижения — 27 кв. км.", "ru"},
             {"В ноябре войска занимали около 27 кв. км каждый день.", "ru"},
             {"Ворог щодня захоплював по 27 кв. км.", "uk"},
             {"Середньодобовий темп просування — 27 кв. км.", "uk"},
             {"Щодоби окупанти захоплюють близько 27 кв. км.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {}, lang);
        REQUIRE(x.areas.size() == 1);
        CHECK_FALSE(x.areas[0].territorial);
        CHECK(x.areas[0].unit == "km2/day");
    }
}

TEST_CASE("extract: a weekly rate is not territory but no km2/day figure ('per week', 'в неделю', 'на тиждень')",
          "[extract][areas]") {
    for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
             {"Russian troops were gaining about 200 sq km per week in the autumn.", "en"},
             {"Осенью российские войска занимали около 200 кв. км в неделю.", "ru"},
             {"Восени окупанти захоплювали близько 200 кв. км на тиждень.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {}, lang);
        REQUIRE(x.areas.size() == 1);
        CHECK_FALSE(x.areas[0].territorial);
        CHECK(x.areas[0].unit == "km2");
    }
}
