// Russian spellings of Ukrainian place names generated at index build (issue 11, class 2): the
// rules on their own, and Russian reports naming places GeoNames gives no Russian name for,
// against the real GeoNames dump. Every sentence is written for these tests.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "inflection.hpp"
#include "real_gazetteer.hpp"
#include "russian_forms.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace claimtrack;
using claimtrack::gazetteer::detail::russian_forms;
using claimtrack::gazetteer::detail::RussianStems;
using claimtrack::gazetteer::test::place_of;
using claimtrack::gazetteer::test::real;

namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// geodata/romanisation/uk_ru_stems.tsv, the table `gazetteer build` reads.
const RussianStems& stems() {
    static const RussianStems table = RussianStems::parse(
        read_file(std::filesystem::path(CLAIMTRACK_GEODATA_DIR) / "romanisation" / "uk_ru_stems.tsv"), "uk_ru_stems.tsv");
    return table;
}

/// The Russian forms of a Ukrainian name with the project's stem table.
std::vector<std::string> ru(const std::string& uk) { return russian_forms(uk, stems()); }

bool has(const std::vector<std::string>& forms, const std::string& f) {
    return std::find(forms.begin(), forms.end(), f) != forms.end();
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

TEST_CASE("russian forms: stems and suffixes from the table", "[gazetteer][russian_forms]") {
    REQUIRE_FALSE(stems().empty());
    SECTION("suffixes: -івка, -ївка, -іївка, -ці, -івське, -ськ, -піль, -пілля") {
        CHECK(has(ru("дружківка"), "дружковка"));
        CHECK(has(ru("задунаївка"), "задунаевка"));
        CHECK(has(ru("сергіївка"), "сергеевка"));
        CHECK(has(ru("георгіївка"), "георгиевка"));
        CHECK(has(ru("василівка"), "васильевка"));
        CHECK(has(ru("савинці"), "савинцы"));
        CHECK(has(ru("петрівське"), "петровское"));
        CHECK(has(ru("українськ"), "украинск"));
        CHECK(has(ru("олександропіль"), "александрополь"));
        CHECK(has(ru("добропілля"), "доброполье"));
    }
    SECTION("stems: first names, і from о, words Russian spells otherwise") {
        CHECK(has(ru("новоолександрівка"), "новоалександровка"));
        CHECK(has(ru("новомиколаївка"), "новониколаевка"));
        CHECK(has(ru("костянтинівка"), "константиновка"));
        CHECK(has(ru("володимирівка"), "владимировка"));
        CHECK(has(ru("кіндрашівка"), "кондрашовка"));
        CHECK(has(ru("кіндратівка"), "кондратовка"));
        CHECK(has(ru("катеринівка"), "екатериновка"));
        CHECK(has(ru("ганнівка"), "анновка"));
        CHECK(has(ru("вільне"), "вольное"));
        CHECK(has(ru("рівне"), "ровное"));
        CHECK(has(ru("підгірне"), "подгорное"));
        CHECK(has(ru("спокійне"), "спокойное"));
        CHECK(has(ru("степове"), "степное"));
        CHECK(has(ru("шахтарське"), "шахтерское"));
        CHECK(has(ru("піщане"), "песчаное"));
        CHECK(has(ru("вугледар"), "угледар"));
        CHECK(has(ru("мар'янівка"), "марьяновка"));
        CHECK(has(ru("мар’їнка"), "марьинка")); // any apostrophe
    }
    SECTION("neuter adjectives in -ле, -ке, -те, -ре, -де") {
        CHECK(has(ru("веселе"), "веселое"));
        CHECK(has(ru("широке"), "широкое"));
        CHECK(has(ru("золоте"), "золотое"));
    }
    SECTION("counter-examples: the letter-only spellings stay, positions are kept, the cap holds") {
        CHECK(has(ru("курахове"), "курахово"));
        CHECK(has(ru("велика новосілка"), "великая новоселка"));
        CHECK(has(ru("олександрівка"), "олександровка")); // without the stem row's change too
        CHECK_FALSE(has(ru("соленівка"), "селеновка"));     // "олен" only at the start of a word
        CHECK_FALSE(has(ru("новопідгірне"), "новоподгорное")); // "під" only at the start
        for (const char* name : {"новоолександрівка", "нововолодимирівка", "старокостянтинівка", "мар'їнка"}) {
            const auto forms = ru(name);
            CHECK(forms.size() <= gazetteer::detail::k_max_russian_forms);
            CHECK_FALSE(has(forms, name));
        }
        CHECK(russian_forms("олександрівка") != ru("олександрівка")); // without a table: letters only
    }
}

TEST_CASE("russian forms: a malformed stem table is refused with file and line", "[gazetteer][russian_forms]") {
    CHECK_THROWS_WITH(RussianStems::parse("# header\nівка\tовка\n", "bad.tsv"), Catch::Contains("bad.tsv:2"));
    CHECK_THROWS_WITH(RussianStems::parse("івка\tovka\tend\n", "bad.tsv"), Catch::Contains("not a Cyrillic word"));
    CHECK_THROWS_WITH(RussianStems::parse("івка\tовка\tmiddle\n", "bad.tsv"), Catch::Contains("unknown position"));
}

TEST_CASE("russian forms: the generated spelling equals GeoNames' Russian name for most villages that have one",
          "[gazetteer][geonames][russian_forms]") {
    // Every Ukrainian settlement of the dump with a Cyrillic name in Ukrainian letters and another that looks
    // Russian (Russian letters or a Russian ending): does a generated form equal one of them (ё as е)?
    // A measure of the table on all of GeoNames, not on the texts of any corpus.
    const char* dir = std::getenv("CLAIMTRACK_GEONAMES");
    REQUIRE(dir != nullptr);
    std::ifstream in(std::filesystem::path(dir) / "UA.txt");
    REQUIRE(in);
    const auto lower = [](std::string s) {
        std::string out = gazetteer::detail::lower_cyrillic(s);
        for (const auto& [from, to] : {std::pair<std::string, std::string>{"ё", "е"}, {"’", "'"}, {"ʼ", "'"}})
            for (std::size_t at; (at = out.find(from)) != std::string::npos;) out.replace(at, from.size(), to);
        return out;
    };
    const auto ends = [](const std::string& w, std::initializer_list<const char*> es) {
        return std::any_of(es.begin(), es.end(), [&](std::string_view e) {
            return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
        });
    };
    std::size_t villages = 0, generated = 0, letters_only = 0;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ss(line);
        for (std::string field; std::getline(ss, field, '\t');) f.push_back(field);
        if (f.size() < 8 || f[6] != "P") continue;
        std::string uk;
        std::vector<std::string> russian;
        std::stringstream names(f[3]);
        for (std::string n; std::getline(names, n, ',');) {
            if (n.empty() || static_cast<unsigned char>(n[0]) < 0xD0) continue; // Cyrillic names only
            if (gazetteer::detail::has_ukrainian_letters(n)) {
                if (uk.empty()) uk = lower(n);
            } else if (gazetteer::detail::has_russian_letters(n) ||
                       ends(lower(n), {"ое", "ый", "ая", "ский", "цкий", "ка", "ово", "ино", "ск"})) {
                russian.push_back(lower(n));
            }
        }
        if (uk.empty() || russian.empty()) continue;
        ++villages;
        const auto hit = [&](const std::vector<std::string>& forms) {
            return std::any_of(forms.begin(), forms.end(), [&](const std::string& g) {
                return std::find(russian.begin(), russian.end(), lower(g)) != russian.end();
            });
        };
        generated += hit(ru(uk)) ? 1 : 0;
        letters_only += hit(russian_forms(uk)) ? 1 : 0;
    }
    REQUIRE(villages > 1000);
    const double share = static_cast<double>(generated) / static_cast<double>(villages);
    const double before = static_cast<double>(letters_only) / static_cast<double>(villages);
    WARN("Russian name generated for " << generated << " of " << villages << " villages (" << share
                                       << "); letters only: " << letters_only << " (" << before << ")");
    CHECK(share >= 0.7);
    CHECK(share >= before + 0.4);
}

TEST_CASE("russian forms: Russian spellings reach villages GeoNames has no Russian name for by an exact key",
          "[gazetteer][geonames][russian_forms]") {
    // Each village below has only its Ukrainian name in GeoNames; the Russian spelling now matches it as a
    // romanisation of its Cyrillic name (match level 3), not only by a loose key.
    const auto level_of = [](const std::string& name, std::int64_t id) {
        gazetteer::GeocodeQuery q;
        q.name = name;
        for (const auto& c : real().geocode(q))
            if (c.place.id == id) return c.match_level;
        return -1;
    };
    CHECK(level_of("Новоконстантиновка", 699509) == 3);
    CHECK(level_of("Нововладимировка", 699778) == 3);
    CHECK(level_of("Привольное", 696222) == 3);
    CHECK(level_of("Песчаное", 694788) == 3);
    CHECK(level_of("Анновка", 713336) == 3);
    // In text, with the oblast: the only Новокостянтинівка of Zaporizhzhia oblast.
    CHECK(place_of("Российские войска освободили Новоконстантиновку в Запорожской области.", "Новоконстантиновку") ==
          "Novokostiantynivka");
    CHECK(place_of("Штурмовики закрепились на окраине Привольного Запорожской области.", "Привольного") == "Pryvilne");
}

TEST_CASE("russian forms: a renamed village's former Ukrainian name gets Russian spellings too",
          "[gazetteer][geonames][russian_forms]") {
    // Pivnichne (formerly Сєверне) and Krynychne (formerly Ласточкине) west of Avdiivka: Russian reports keep the
    // former names, Северное and Ласточкино; GeoNames holds them in Ukrainian only, and namesakes in Crimea carry
    // the Russian spelling.
    const auto ids_of = [](const char* name) {
        std::vector<std::int64_t> ids;
        for (const auto& p : real().lookup(name)) ids.push_back(p.id);
        return ids;
    };
    constexpr std::int64_t k_pivnichne = 9113129, k_krynychne = 9113130;
    const auto has_id = [](const std::vector<std::int64_t>& v, std::int64_t id) {
        return std::find(v.begin(), v.end(), id) != v.end();
    };
    CHECK(has_id(ids_of("Северное"), k_pivnichne));
    CHECK(has_id(ids_of("Ласточкино"), k_krynychne));
    // In sentences (without the front-line layers, the text's places settle it).
    CHECK(place_of("Бои идут у Ласточкино, между Авдеевкой и Тоненьким.", "Ласточкино") == "Krynychne");
    CHECK(place_of("Новый рубеж обороны: Ласточкино — Орловка — Тоненькое.", "Ласточкино") == "Krynychne");
    CHECK(place_of("Противник атакует Северное со стороны Авдеевки и Тоненького.", "Северное") == "Pivnichne");
    // A first-name stem Russian spells otherwise (Кіндрашівка, Russian Кондрашовка), north of Kupiansk.
    CHECK(place_of("Кондрашовка, в семи километрах к северу от Купянска, под контролем противника.", "Кондрашовка") ==
          "Kindrashivka");
    CHECK(place_of("Бои идут у Кондрашовки под Купянском.", "Кондрашовки") == "Kindrashivka");
    // Counter-example: the current name is found as before.
    CHECK(place_of("Бои идут у Криничного под Авдеевкой.", "Криничного") == "Krynychne");
}
