#include <catch2/catch.hpp>

// The extractor's private word index and phrase matcher (src/extract/tokens.hpp).
#include "tokens.hpp"

#include <string>
#include <vector>

namespace ex = claimtrack::extract;

namespace {

/// Tokens of `text`, labelled with `words`. The lowered copy is kept alive by the caller.
std::vector<ex::Token> tokens_of(const std::string& text, const std::string& lowered, const ex::Vocabulary& words) {
    auto t = ex::tokenize(text, 0, lowered);
    words.label(t);
    return t;
}

} // namespace

TEST_CASE("Vocabulary gives each word one id and labels tokens", "[extract]") {
    ex::Vocabulary v;
    const auto a = v.intern("captured");
    const auto b = v.intern("village");
    CHECK(a != ex::Vocabulary::k_unknown);
    CHECK(b != a);
    CHECK(v.intern("captured") == a);
    CHECK(v.find("village") == b);
    CHECK(v.find("town") == ex::Vocabulary::k_unknown);
    CHECK(v.find("") == ex::Vocabulary::k_unknown);

    SECTION("growing keeps the ids") {
        const auto word = [](int i) { return std::to_string(i) + "w"; };
        std::vector<std::uint32_t> ids;
        for (int i = 0; i < 5000; ++i) ids.push_back(v.intern(word(i)));
        for (int i = 0; i < 5000; ++i) CHECK(v.find(word(i)) == ids[static_cast<std::size_t>(i)]);
        CHECK(v.find("captured") == a);
    }
    SECTION("labels set ids and the matchers a word starts") {
        ex::PhraseMatcher first, second;
        first.add("captured", 0, v);
        second.add("the village", 0, v);
        const std::string text = "They captured the village";
        const std::string low = ex::fold_lower(text);
        const auto t = tokens_of(text, low, v);
        REQUIRE(t.size() == 4);
        CHECK(t[0].word_id == ex::Vocabulary::k_unknown);
        CHECK(t[1].word_id == a);
        CHECK(first.may_start(t[1]));
        CHECK_FALSE(second.may_start(t[1]));
        CHECK(second.may_start(t[2]));
        CHECK_FALSE(first.may_start(t[3]));
    }
}

TEST_CASE("PhraseMatcher finds the longest phrase, the first added of equals", "[extract]") {
    ex::Vocabulary v;
    ex::PhraseMatcher m;
    m.add("russian", 1, v);
    m.add("russian forces", 2, v);
    m.add("russian armed forces", 3, v);
    m.add("russian forces", 4, v); // the same words again: the first keeps them
    m.add("took * control of", 5, v);
    m.add("took control", 6, v);

    const auto hit_at = [&](const std::string& text, std::size_t pos) {
        const std::string low = ex::fold_lower(text);
        const auto t = tokens_of(text, low, v);
        ex::PhraseHit h;
        const bool found = m.match_at(t, pos, h);
        return found ? std::vector<std::size_t>{h.first, h.last, h.payload} : std::vector<std::size_t>{};
    };
    CHECK(hit_at("Russian forces advanced", 0) == std::vector<std::size_t>{0, 2, 2});
    CHECK(hit_at("Russian armed forces advanced", 0) == std::vector<std::size_t>{0, 3, 3});
    CHECK(hit_at("Russian armed groups", 0) == std::vector<std::size_t>{0, 1, 1});
    CHECK(hit_at("the Russian", 1) == std::vector<std::size_t>{1, 2, 1});
    CHECK(hit_at("the Russian", 0).empty());

    SECTION("a gap spans up to three tokens, not punctuation, and the smallest gap wins") {
        CHECK(hit_at("took control of X", 0) == std::vector<std::size_t>{0, 3, 5});
        CHECK(hit_at("took full operational control of X", 0) == std::vector<std::size_t>{0, 5, 5});
        CHECK(hit_at("took a b c d control of X", 0) == std::vector<std::size_t>{});
        CHECK(hit_at("took, control of X", 0).empty());
        CHECK(hit_at("took over, control of X", 0).empty());
        CHECK(hit_at("took control", 0) == std::vector<std::size_t>{0, 2, 6});
    }
    SECTION("find_all: non-overlapping longest matches, left to right") {
        const std::string text = "Russian armed forces and Russian forces took control";
        const std::string low = ex::fold_lower(text);
        const auto hits = m.find_all(tokens_of(text, low, v));
        REQUIRE(hits.size() == 3);
        CHECK(hits[0].last == 3);
        CHECK(hits[1].payload == 2);
        CHECK(hits[2].payload == 6);
    }
}

TEST_CASE("fold_lower folds ASCII and Cyrillic capitals, keeping byte offsets", "[extract]") {
    CHECK(ex::fold_lower("Avdiivka, AZ@[`{") == "avdiivka, az@[`{");
    CHECK(ex::fold_lower("ПОКРОВСЬК") == "покровськ");
    CHECK(ex::fold_lower("Ёлкино ёж") == "елкино еж");
    CHECK(ex::fold_lower("Ґ Ї Є І") == "ґ ї є і");
    CHECK(ex::fold_lower("Ѐ Џ") == "ѐ џ");
    const std::string mixed = "Сили ЗСУ took Бахмут";
    CHECK(ex::fold_lower(mixed).size() == mixed.size());
}
