// Name keys: each romanisation family maps two spellings of one name together.

#include "claimtrack/gazetteer/name_key.hpp"
#include "claimtrack/text/text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimtrack::gazetteer;

namespace {
bool same(const char* a, const char* b) { return skeleton_key(a) == skeleton_key(b); }
} // namespace

TEST_CASE("skeleton key forgives romanisation differences", "[gazetteer]") {
    SECTION("y / i / ii / iy / yi") {
        CHECK(same("Izyum", "Izium"));
        CHECK(same("Sukhy Stavok", "Sukhyi Stavok"));
        CHECK(same("Sukhyy Stavok", "Sukhyi Stavok"));
        CHECK(same("Visokopiylya", "Vysokopillia"));
    }
    SECTION("ia / ya, iu / yu, ie / ye") {
        CHECK(same("Vysokopillya", "Vysokopillia"));
        CHECK(same("Myrolyubivka", "Myroliubivka"));
        CHECK(same("Yenakiieve", "Yenakiyeve"));
    }
    SECTION("kh / h / g") {
        CHECK(same("Kharkiv", "Harkiv"));
        CHECK(same("Vugledar", "Vuhledar"));
    }
    SECTION("zh and diacritics") { CHECK(same("Zhytomyr", "Žytomyr")); }
    SECTION("apostrophes and soft signs") {
        CHECK(same("Mar'inka", "Marinka"));
        CHECK(same("Mar’inka", "Мар'їнка"));
    }
    SECTION("Marjinka / Maryinka / Mariinka") {
        CHECK(same("Marjinka", "Maryinka"));
        CHECK(same("Maryinka", "Mariinka"));
    }
    SECTION("-ske / -skoye / -skoe") {
        CHECK(same("Novovoznesenske", "Novovoznesenskoye"));
        CHECK(same("Novovoznesenske", "Novovoznesenskoe"));
    }
    SECTION("-ivka / -evka / -ovka and -iv / -ov") {
        CHECK(same("Avdiivka", "Avdeevka"));
        CHECK(same("Myroliubivka", "Mirolyubovka"));
        CHECK(same("Kharkiv", "Kharkov"));
    }
    SECTION("adjectival endings change with gender") { CHECK(same("Pylne", "Pylna")); }
    SECTION("different names stay apart") {
        CHECK_FALSE(same("Bakhmut", "Pokrovsk"));
        CHECK_FALSE(same("Kherson", "Kharkiv"));
    }
}

TEST_CASE("exact key folds case, accents and punctuation but keeps the script", "[gazetteer]") {
    CHECK(exact_key("Sukhyi  Stavok") == "sukhyi stavok");
    CHECK(exact_key("SUKHYI-STAVOK") == "sukhyi stavok");
    CHECK(exact_key("Ізюм") == exact_key("ізюм"));
    CHECK(exact_key("Mar'inka") == "marinka");
}

TEST_CASE("romanisations of a Cyrillic name", "[gazetteer]") {
    const auto uk = romanisations("Високопілля");
    CHECK(std::find(uk.begin(), uk.end(), "Vysokopillia") != uk.end());
    const auto ru = romanisations("Артёмовск");
    CHECK(std::find(ru.begin(), ru.end(), "Artyomovsk") != ru.end());
    CHECK(romanisations("Latin").empty());
}

TEST_CASE("bounded edit distance", "[gazetteer]") {
    CHECK(bounded_edit_distance("vysokopillia", "vysokopilia", 1) == 1);
    CHECK(bounded_edit_distance("kharkiv", "kherson", 2) == 3);
    CHECK(bounded_edit_distance("abc", "abc", 0) == 0);
}

TEST_CASE("fold_key_fast writes the exact key in place, or declines", "[gazetteer]") {
    for (const char* s : {"Sukhyi  Stavok", "Kamianets-Podilskyi", "Mar'inka", "Миролюбівці", "ЇЖАК Ґанок", "Куп’янськ",
                          "Ёлкино, Йосипівка", ""}) {
        const std::string name = s;
        std::string buf(name.size(), '\0');
        const std::size_t n = fold_key_fast(name, buf.data());
        REQUIRE(n != k_no_fast_fold);
        CHECK(buf.substr(0, n) == exact_key(name));
    }
    std::string buf(16, '\0');
    CHECK(fold_key_fast("Zürich", buf.data()) == k_no_fast_fold); // left to ICU
}

TEST_CASE("fold_key_fast agrees with text::fold on every basic Cyrillic letter and ASCII byte", "[gazetteer]") {
    // Its tables stand in for ICU on the words of every text: each letter between two
    // others, and each printable ASCII byte, as a word of its own and inside one.
    const auto utf8 = [](char32_t cp) {
        std::string s;
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
        return s;
    };
    std::vector<std::string> pieces;
    for (char32_t cp = 0x0400; cp <= 0x045F; ++cp) pieces.push_back(utf8(cp));
    pieces.push_back(utf8(0x0490));
    pieces.push_back(utf8(0x0491));
    for (char c = 0x20; c < 0x7F; ++c) pieces.push_back(std::string(1, c));
    for (const auto& piece : pieces)
        for (const std::string& word : {piece, "Ба" + piece + "х", "ab" + piece + "c"}) {
            std::string buf(word.size(), '\0');
            const std::size_t n = fold_key_fast(word, buf.data());
            REQUIRE(n != k_no_fast_fold);
            INFO("word " << word);
            CHECK(buf.substr(0, n) == claimtrack::text::fold(word));
        }
    std::string buf(8, '\0');
    CHECK(fold_key_fast("Ӂ", buf.data()) == k_no_fast_fold); // U+04C1, beyond the basic letters
    CHECK(fold_key_fast("Ѡ", buf.data()) == k_no_fast_fold); // U+0460
}
