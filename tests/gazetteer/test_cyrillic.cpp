// Cyrillic place names in running text: case forms from geodata/inflection,
// Russian and Ukrainian spellings of one village, inflected oblast phrases
// choosing a namesake, people's names left out, and display names. Every
// sentence is written by the project; the dump (tests/data/gazetteer/cyrillic)
// is project-written too.

#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/gazetteer/name_key.hpp"
#include "claimtrack/text/text.hpp"

#include "inflection.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace claimtrack;
using namespace claimtrack::gazetteer;

namespace {

const fs::path k_data = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "gazetteer";
const fs::path k_geodata = CLAIMTRACK_GEODATA_DIR;

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const detail::Inflector& table(const std::string& lang) {
    static const detail::Inflector uk = detail::Inflector::parse(read(k_geodata / "inflection" / "uk.tsv"), "uk.tsv");
    static const detail::Inflector ru = detail::Inflector::parse(read(k_geodata / "inflection" / "ru.tsv"), "ru.tsv");
    return lang == "uk" ? uk : ru;
}

bool has_form(const std::string& lang, const std::string& name, const std::string& form) {
    const auto forms = table(lang).name_forms(name);
    return std::find(forms.begin(), forms.end(), form) != forms.end();
}

bool has_lemma(const std::string& lang, const std::string& form, const std::string& name) {
    const auto lemmas = table(lang).lemmas(form);
    return std::find(lemmas.begin(), lemmas.end(), name) != lemmas.end();
}

const Gazetteer& cyr() {
    static const Gazetteer gaz = [] {
        BuildOptions opts;
        opts.dump_dirs = {k_data / "cyrillic"};
        opts.geodata_dir = k_geodata;
        opts.out = fs::temp_directory_path() / ("claimtrack_test_cyrillic_" + std::to_string(::getpid()) + ".ctg");
        build_index(opts);
        auto g = Gazetteer::open(opts.out);
        fs::remove(opts.out);
        return g;
    }();
    return gaz;
}

/// Settlement mentions of a text as "surface=id".
std::vector<std::string> found(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : cyr().geoparse(text))
        if (m.place.kind == core::PlaceKind::Settlement) out.push_back(m.surface + "=" + std::to_string(m.place.id));
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

TEST_CASE("case forms from the Ukrainian table", "[gazetteer][inflection]") {
    SECTION("nouns in -ка: genitive, dative/locative, accusative, instrumental") {
        CHECK(has_form("uk", "миролюбівка", "миролюбівки"));
        CHECK(has_form("uk", "миролюбівка", "миролюбівці"));
        CHECK(has_form("uk", "миролюбівка", "миролюбівку"));
        CHECK(has_form("uk", "миролюбівка", "миролюбівкою"));
    }
    SECTION("adjectival names") {
        CHECK(has_form("uk", "нововознесенське", "нововознесенського"));
        CHECK(has_form("uk", "нововознесенське", "нововознесенському"));
        CHECK(has_form("uk", "курахове", "курахового"));
        CHECK(has_form("uk", "нікольський", "нікольського"));
    }
    SECTION("masculine nouns, with the і/о alternation") {
        CHECK(has_form("uk", "покровськ", "покровськом"));
        CHECK(has_form("uk", "покровськ", "покровська"));
        CHECK(has_form("uk", "оріхів", "оріхова"));
        CHECK(has_form("uk", "суджа", "суджі"));
    }
    SECTION("two-word names change both words in the same case") {
        CHECK(has_form("uk", "нова сорочина", "нової сорочини"));
        CHECK(has_form("uk", "часів яр", "часова яру"));
        CHECK(has_form("uk", "часів яр", "часового яру")); // the first word read as an adjective
        CHECK(has_form("uk", "часів яр", "часовим яром"));
        CHECK_FALSE(has_form("uk", "нова сорочина", "нової сорочиною"));
    }
    SECTION("the reverse: nominatives of an inflected word") {
        CHECK(has_lemma("uk", "миролюбівці", "миролюбівка"));
        CHECK(has_lemma("uk", "нової сорочини", "нова сорочина"));
    }
}

TEST_CASE("case forms from the Russian table", "[gazetteer][inflection]") {
    CHECK(has_form("ru", "новая сорочина", "новой сорочины"));
    CHECK(has_form("ru", "красный лиман", "красного лимана"));
    CHECK(has_form("ru", "катериновка", "катериновку"));
    CHECK(has_form("ru", "суджа", "судже"));
    CHECK(has_form("ru", "курахово", "курахова"));
    CHECK(has_form("ru", "торецк", "торецком"));
    CHECK(has_form("ru", "доброволье", "доброволья"));
    CHECK(has_form("ru", "харьковская область", "харьковской области"));
    CHECK(has_form("ru", "харьков", "харькова"));
    CHECK(has_form("ru", "часов яр", "часовым яром")); // the first word read as an adjective
    CHECK(has_form("ru", "часов яр", "часовом яре"));
    CHECK(has_lemma("ru", "красного лимана", "красный лиман"));
}

TEST_CASE("a malformed case table is refused with file and line", "[gazetteer][inflection]") {
    CHECK_THROWS_WITH(detail::Inflector::parse("# header\nка\tки\tці\n", "bad.tsv"),
                      Catch::Contains("bad.tsv:2"));
    CHECK_THROWS_WITH(detail::Inflector::parse("а\tи\t\tу\tою\tі\n", "bad.tsv"), Catch::Contains("empty ending"));
}

TEST_CASE("the fast Cyrillic exact key equals text::fold", "[gazetteer]") {
    for (const char* s : {"Миролюбівці", "ЇЖАК Ґанок", "Ёлкино, Йосипівка", "Куп'янськ", "Куп’янськ", "Пыльная",
                          "Підгір'я — село", "Ўзбек Ќ Ѓ Ѐ Ѝ", "Mixed Київ-2"})
        CHECK(exact_key(s) == text::fold(s));
}

TEST_CASE("inflected Ukrainian names in text", "[gazetteer][inflection]") {
    const auto m = found("Сили оборони просунулися біля Курахового, а бої тривають у Роботиному і під Оріховом. "
                         "Ворог обстрілював Вугледар та Часів Яр.");
    CHECK(contains(m, "Курахового=101"));
    CHECK(contains(m, "Роботиному=113"));
    CHECK(contains(m, "Оріховом=114"));
    CHECK(contains(m, "Вугледар=112"));
    CHECK(contains(m, "Часів Яр=109"));
}

TEST_CASE("inflected Russian names in text", "[gazetteer][inflection]") {
    const auto m = found("Подразделения продвинулись у Курахово и под Угледаром. Бои идут в районе Часова Яра и "
                         "возле Старой Сорочины, в Судже спокойно.");
    CHECK(contains(m, "Курахово=101"));
    CHECK(contains(m, "Угледаром=112"));
    CHECK(contains(m, "Часова Яра=109"));
    CHECK(contains(m, "Старой Сорочины=108"));
    CHECK(contains(m, "Судже=107"));
}

TEST_CASE("the first word of a two-word name read as a possessive adjective", "[gazetteer][inflection]") {
    CHECK(contains(found("Бои идут под Часовым Яром."), "Часовым Яром=109"));
    CHECK(contains(found("Оборона тримається біля Часового Яру."), "Часового Яру=109"));
}

TEST_CASE("two short words are matched loosely together, and the named oblast picks the namesake",
          "[gazetteer][inflection]") {
    // 120 has no Cyrillic name: only the skeleton of the two words reaches it.
    CHECK(contains(found("Бои идут у Сухой Балки в Донецкой области."), "Сухой Балки=120"));
    CHECK(contains(found("Бои идут у Сухой Балки в Запорожской области."), "Сухой Балки=121"));
}

TEST_CASE("a preposition of nearness gives precision 2", "[gazetteer][inflection]") {
    for (const auto& m : cyr().geoparse("Бои идут под Угледаром, а в Курахово тихо."))
        if (m.place.id == 112) CHECK(m.precision == 2);
        else if (m.place.id == 101) CHECK(m.precision == 1);
}

TEST_CASE("Russian and Ukrainian spellings of one village", "[gazetteer][inflection]") {
    CHECK(contains(found("Село Олійникове Харківської області знову під обстрілом."), "Олійникове=106"));
    CHECK(contains(found("Войска вошли в Олейниково Харьковской области."), "Олейниково=106"));
    CHECK(contains(found("Войска вошли в Казачью Лопань Харьковской области."), "Казачью Лопань=110"));
    CHECK(contains(found("Окупанти обстріляли Козачу Лопань на Харківщині."), "Козачу Лопань=110"));
}

TEST_CASE("an inflected oblast phrase picks the namesake", "[gazetteer][inflection]") {
    CHECK(contains(found("Российские военные заняли Красное Харьковской области."), "Красное=104"));
    CHECK(contains(found("Обстрелу подверглось село Красное Белгородской области."), "Красное=105"));
    bool oblast = false;
    for (const auto& m : cyr().geoparse("Бої тривають у Донецькій області."))
        oblast = oblast || (m.place.kind == core::PlaceKind::Admin1 && m.surface == "Донецькій області");
    CHECK(oblast);
}

TEST_CASE("a town across the border of the named oblast beats a village inside it", "[gazetteer]") {
    const auto m = cyr().geoparse("After Izium, the Ukrainian offensive in the Kharkiv region turned towards Lyman.");
    const auto lyman = std::find_if(m.begin(), m.end(), [](const core::Mention& x) { return x.surface == "Lyman"; });
    REQUIRE(lyman != m.end());
    CHECK(lyman->place.id == 102);
}

TEST_CASE("Cyrillic people's names are not places", "[gazetteer][inflection]") {
    CHECK(found("Президент Володимир Зеленський привітав військових.").empty());
    CHECK(found("Про це заявив міністр Володимир Петренко.").empty());
    CHECK(found("Группировка «Север» продолжает наступление.").empty());
    CHECK(found("Бои на Донецком направлении продолжаются.").empty());
}

TEST_CASE("display names use the national romanisation of the Ukrainian name", "[gazetteer]") {
    const auto& g = cyr();
    CHECK(g.lookup("Izyum").at(0).name == "Izium");
    CHECK(g.lookup("Balakliya").at(0).name == "Balakliia");
    CHECK(g.lookup("Balakliya").at(0).name_local == "Балаклія");
    CHECK(g.lookup("Zaporizhzhya Oblast").at(0).name == "Zaporizhzhia Oblast");
    CHECK(g.lookup("Krasnoye").size() >= 2);
    CHECK(g.lookup("Sudzha").at(0).name == "Sudzha"); // Russian places keep their names
}

namespace {

/// Precision of the settlement mention with this surface, or 0 when absent.
int precision_of(const std::string& text, const std::string& surface) {
    for (const auto& m : cyr().geoparse(text))
        if (m.surface == surface && m.place.kind == core::PlaceKind::Settlement) return m.precision;
    return 0;
}

} // namespace

TEST_CASE("the origin of a distance gets precision 2", "[gazetteer][distance]") {
    CHECK(precision_of("Shelling was reported 12 km south-east of Izyum on Tuesday.", "Izyum") == 2);
    CHECK(precision_of("The unit dug in 20 km from Robotyne.", "Robotyne") == 2);
    CHECK(precision_of("A depot burned 8km north of Izyum overnight.", "Izyum") == 2);
    CHECK(precision_of("Patrols moved 15 kilometres north west of Robotyne.", "Robotyne") == 2);
    CHECK(precision_of("Бої тривають за 10 км від Роботине.", "Роботине") == 2);
    CHECK(precision_of("Бої тривають за 10 км на північ від Ізюма.", "Ізюма") == 2);
    CHECK(precision_of("Бои идут в 15 км к северу от Изюма.", "Изюма") == 2);
    CHECK(precision_of("Бои идут в 15 км от Работино.", "Работино") == 2);
}

TEST_CASE("a place without a distance figure keeps precision 1", "[gazetteer][distance]") {
    CHECK(precision_of("Troops entered Izyum on Tuesday.", "Izyum") == 1);
    CHECK(precision_of("The road south-east of Izyum was cut.", "Izyum") == 1);     // no figure
    CHECK(precision_of("Twelve of Izyum's schools reopened.", "Izyum") == 1);       // no unit
    CHECK(precision_of("Бої тривають у Роботине та поблизу.", "Роботине") == 1);
}

TEST_CASE("a distance origin is context for the other places of the text", "[gazetteer][distance]") {
    // Lyman has namesakes in Donetsk (102, some 45 km from Izyum) and Kharkiv
    // (103, some 70 km) oblasts; Izyum, the origin of the distance, picks the nearer.
    bool seen = false;
    for (const auto& m : cyr().geoparse("Fighting went on 12 km east of Izyum and in Lyman.")) {
        if (m.surface == "Izyum") CHECK(m.precision == 2);
        if (m.surface != "Lyman") continue;
        seen = true;
        CHECK(m.place.id == 102);
        CHECK(m.precision == 1);
    }
    CHECK(seen);
}
