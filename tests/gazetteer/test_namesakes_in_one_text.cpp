// One name, two places in one text: a text that names two namesakes and tells them apart by
// their regions ("X in A oblast ... not X in B oblast") gives each spot its own place; a
// name repeated for one place (with or without its region the second time) keeps one place.
// Against the real GeoNames dump: each pair below is two villages of one name in two oblasts
// (one in each, or several in the first but none in the second). Every sentence is written
// for these tests.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimtrack;
using claimtrack::gazetteer::test::real;

namespace {

/// The admin1 of each settlement mention whose surface starts with `stem`, in text order.
std::vector<std::string> oblasts_of(const std::string& text, const std::string& stem) {
    std::vector<std::string> out;
    for (const auto& m : real().geoparse(text))
        if (m.place.kind == core::PlaceKind::Settlement && m.surface.rfind(stem, 0) == 0) out.push_back(m.place.admin1);
    return out;
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct Pair {
    std::string text, stem, first, second; ///< the oblast (a part of its admin1 name) of the first two spots
};

/// Each text gives `spots` settlements of the stem: the first two in their oblasts (one place when the
/// two are the same oblast), any third the second's place.
void check(const std::vector<Pair>& cases, std::size_t spots) {
    for (const auto& c : cases) {
        INFO(c.text);
        const auto oblasts = oblasts_of(c.text, c.stem);
        REQUIRE(oblasts.size() == spots);
        CHECK(has(oblasts[0], c.first));
        CHECK(has(oblasts[1], c.second));
        if (c.first == c.second) CHECK(oblasts[0] == oblasts[1]);
        if (spots > 2) CHECK(oblasts[2] == oblasts[1]);
    }
}

} // namespace

TEST_CASE("namesakes in one text: two regions, two places", "[gazetteer][geonames][namesakes_in_text]") {
    const std::vector<Pair> cases = {
        // en
        {"Martynivka in Sumy oblast should not be confused with Martynivka in Kirovohrad oblast.", "Martynivka", "Sumy",
         "Kirovohrad"},
        {"Shelling hit Petropavlivka, Luhansk oblast, overnight. Petropavlivka in Odesa oblast, by contrast, stayed quiet.",
         "Petropavlivka", "Luhansk", "Odes"},
        {"Residents of Novooleksandrivka in the Kherson region were evacuated, and Novooleksandrivka in the Donetsk "
         "region was shelled again.",
         "Novooleksandrivka", "Kherson", "Donetsk"},
        // uk
        {"Мартинівка на Сумщині — не те саме село, що Мартинівка в Кіровоградській області.", "Мартинів", "Sumy", "Kirovohrad"},
        {"Петропавлівка Луганської області під обстрілом, а в Петропавлівці Одеської області тихо.", "Петропавлів",
         "Luhansk", "Odes"},
        {"Жителів Новоолександрівки Херсонської області евакуювали. Новоолександрівку Донецької області знову "
         "обстріляли.",
         "Новоолександрів", "Kherson", "Donetsk"},
        // ru
        {"Мартыновка в Сумской области и Мартыновка в Кировоградской области — разные сёла.", "Мартынов", "Sumy",
         "Kirovohrad"},
        {"В Петропавловке Луганской области шли бои, а в Петропавловке Одесской области спокойно.", "Петропавлов",
         "Luhansk", "Odes"},
        {"Новоалександровку Херсонской области обстреляли; Новоалександровка Донецкой области осталась без света.",
         "Новоалександров", "Kherson", "Donetsk"},
    };
    check(cases, 2);
}

TEST_CASE("namesakes in one text: one name repeated for one place keeps it", "[gazetteer][geonames][namesakes_in_text]") {
    const std::vector<Pair> cases = {
        // the region once, then the bare name; the region twice
        {"Martynivka in Sumy oblast was shelled on Monday. By Tuesday Martynivka had no power.", "Martynivka", "Sumy",
         "Sumy"},
        {"Martynivka in Sumy oblast was shelled on Monday, and Martynivka, Sumy oblast, lost power on Tuesday.",
         "Martynivka", "Sumy", "Sumy"},
        {"Petropavlivka was shelled on Monday. Petropavlivka in Luhansk oblast has been under fire for weeks.",
         "Petropavlivka", "Luhansk", "Luhansk"},
        {"Мартинівку на Сумщині обстріляли в понеділок. У вівторок Мартинівка залишилася без світла.", "Мартинів",
         "Sumy", "Sumy"},
        {"Петропавлівка Луганської області під обстрілом; у Петропавлівці Луганської області немає світла.",
         "Петропавлів", "Luhansk", "Luhansk"},
        {"Новоолександрівку обстріляли вночі. Новоолександрівка Херсонської області без світла.", "Новоолександрів",
         "Kherson", "Kherson"},
        {"Мартыновку в Сумской области обстреляли. Во вторник в Мартыновке не было света.", "Мартынов", "Sumy", "Sumy"},
        {"В Петропавловке Луганской области шли бои; Петропавловка Луганской области без света.", "Петропавлов",
         "Luhansk", "Luhansk"},
        {"Новоалександровку обстреляли ночью. Новоалександровка Херсонской области осталась без света.",
         "Новоалександров", "Kherson", "Kherson"},
    };
    check(cases, 2);
}

TEST_CASE("namesakes in one text: a bare mention after two regions is the last one's place",
          "[gazetteer][geonames][namesakes_in_text]") {
    const std::vector<Pair> cases = {
        {"Martynivka in Sumy oblast is quiet. Martynivka in Kirovohrad oblast was shelled, and Martynivka lost power.",
         "Martynivka", "Sumy", "Kirovohrad"},
        {"У Петропавлівці Одеської області тихо. Петропавлівку Луганської області обстріляли, і Петропавлівка "
         "залишилася без світла.",
         "Петропавлів", "Odes", "Luhansk"},
        {"Новоалександровка Херсонской области с электричеством. Новоалександровку Донецкой области обстреляли, "
         "в Новоалександровке нет света.",
         "Новоалександров", "Kherson", "Donetsk"},
    };
    check(cases, 3);
}
