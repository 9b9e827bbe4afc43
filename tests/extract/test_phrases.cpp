#include <catch2/catch.hpp>

// The extractor's private word index and phrase matcher (src/extract/tokens.hpp), and the verb
// phrases' shapes (src/extract/lexicon.hpp).
#include "lexicon.hpp"
#include "tokens.hpp"

#include <set>
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

TEST_CASE("fold_lower gives the same bytes wherever a letter falls in the eight-byte steps", "[extract]") {
    // Byte by byte, as fold_lower is specified: ASCII capitals and the Cyrillic table.
    const auto reference = [](const std::string& s) {
        std::string out = s;
        for (std::size_t i = 0; i < out.size(); ++i) {
            const auto c = static_cast<unsigned char>(out[i]);
            if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
            if (c >= 0xD0 && c <= 0xD2 && i + 1 < out.size()) {
                const std::string folded = ex::fold_lower(out.substr(i, 2));
                out.replace(i, 2, folded);
                ++i;
            }
        }
        return out;
    };
    const std::string pieces[] = {"A", "z", "@", "[", "Ж", "ё", "Ї", " ", "Q", "1", "’"};
    for (std::size_t shift = 0; shift < 9; ++shift) {
        std::string text(shift, 'X');
        for (int round = 0; round < 5; ++round)
            for (const auto& p : pieces) text += p;
        CHECK(ex::fold_lower(text) == reference(text));
    }
    CHECK(ex::fold_lower("ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{") == "abcdefghijklmnopqrstuvwxyz@[`{");
}

TEST_CASE("Vocabulary finds one-byte words, punctuation included", "[extract]") {
    ex::Vocabulary v;
    const auto comma = v.intern(",");
    const auto a = v.intern("a");
    CHECK(v.find(",") == comma);
    CHECK(v.find("a") == a);
    CHECK(v.find(".") == ex::Vocabulary::k_unknown);
    CHECK(v.find("b") == ex::Vocabulary::k_unknown);
    CHECK(v.intern(",") == comma);
}

TEST_CASE("tokenize appends a sentence's tokens to a shared buffer", "[extract]") {
    const std::string text = "Kyiv fell. ’s Avdiivka's";
    const std::string low = ex::fold_lower(text);
    const std::string_view t = text, l = low;
    std::vector<ex::Token> shared;
    ex::tokenize(t.substr(0, 10), 0, l.substr(0, 10), shared);
    const std::size_t first = shared.size();
    ex::tokenize(t.substr(11), 11, l.substr(11), shared);
    const auto alone = ex::tokenize(t.substr(11), 11, l.substr(11));
    REQUIRE(shared.size() == first + alone.size());
    for (std::size_t k = 0; k < alone.size(); ++k) {
        CHECK(shared[first + k].span.start == alone[k].span.start);
        CHECK(shared[first + k].norm == alone[k].norm);
        CHECK(shared[first + k].word == alone[k].word);
    }
    // The apostrophe opening the second sentence joins no token of the first.
    CHECK(shared[first].norm == "'");
}

TEST_CASE("PhraseMatcher::for_each_match visits what find_all returns", "[extract]") {
    ex::Vocabulary v;
    ex::PhraseMatcher m;
    CHECK(m.start_bit() == 0);
    m.add("russian forces", 1, v);
    m.add("forces", 2, v);
    CHECK(m.start_bit() != 0);
    const std::string text = "Russian forces and forces";
    const std::string low = ex::fold_lower(text);
    const auto t = tokens_of(text, low, v);
    std::vector<ex::PhraseHit> seen;
    m.for_each_match(t, [&](const ex::PhraseHit& h) { seen.push_back(h); });
    const auto all = m.find_all(t);
    REQUIRE(seen.size() == all.size());
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].payload == 1);
    CHECK(seen[1].first == 3);
    CHECK(seen[1].payload == 2);
}

TEST_CASE("tokenize reads long and short words alike", "[extract]") {
    // Words longer than eight bytes, and words ending at each byte of an eight-byte step.
    const std::string text = "Counteroffensives near Mar'inka, Avdiivka's outskirts; abcdefgh1234@x A1 ab-cd «Схід»";
    const std::string low = ex::fold_lower(text);
    std::vector<std::string> norms;
    for (const auto& t : ex::tokenize(text, 0, low)) norms.emplace_back(t.norm);
    CHECK(norms == std::vector<std::string>{"counteroffensives", "near", "mar'inka", ",", "avdiivka", "'s",
                                            "outskirts", ";", "abcdefgh1234", "@", "x", "a1", "ab", "-", "cd",
                                            "\"", "схід", "\""});
}

TEST_CASE("tokenize reads Cyrillic words of any length", "[extract]") {
    const std::string text = "Збройні сили України звільнили п’ять населених пунктів, Ґ і ЖЖЖЖЖ.";
    const std::string low = ex::fold_lower(text);
    std::vector<std::string> norms;
    for (const auto& t : ex::tokenize(text, 0, low)) norms.emplace_back(t.norm);
    CHECK(norms == std::vector<std::string>{"збройні", "сили", "україни", "звільнили", "п’ять", "населених",
                                            "пунктів", ",", "ґ", "і", "жжжжж", "."});
}

TEST_CASE("Vocabulary tells apart words of every size that differ in one byte", "[extract]") {
    // Words are hashed with fixed loads that overlap for most sizes (two four-byte halves below
    // eight bytes, a last eight-byte word ending with the word's last byte): a byte changed at any
    // position, inside an overlap or not, makes another word.
    ex::Vocabulary v;
    std::vector<std::string> words;
    for (std::size_t size = 2; size <= 26; ++size) {
        const std::string base(size, 'a');
        words.push_back(base);
        for (std::size_t at = 0; at < size; ++at) {
            std::string w = base;
            w[at] = 'b';
            words.push_back(w);
        }
    }
    std::vector<std::uint32_t> ids;
    for (const auto& w : words) ids.push_back(v.intern(w));
    CHECK(std::set<std::uint32_t>(ids.begin(), ids.end()).size() == words.size());
    for (std::size_t i = 0; i < words.size(); ++i) CHECK(v.find(words[i]) == ids[i]);
    CHECK(v.find("aaaaaaaaac") == ex::Vocabulary::k_unknown);
    CHECK(v.find(std::string(27, 'a')) == ex::Vocabulary::k_unknown);
}

TEST_CASE("verb_shape reads what the frame rules need from a verb phrase", "[extract]") {
    const ex::VerbShape expel = ex::verb_shape("pushed * out of");
    CHECK(expel.expel);
    CHECK(expel.of_object); // "out of" ends with "of" too
    CHECK_FALSE(expel.adjectival);
    CHECK(ex::verb_shape("выбили * из").expel);
    CHECK_FALSE(ex::verb_shape("выбили из").expel); // no gap: nobody is driven out
    const ex::VerbShape adjective = ex::verb_shape("recently - liberated");
    CHECK(adjective.adjectival);
    CHECK_FALSE(adjective.expel);
    CHECK(ex::verb_shape("control most of").of_object);
    const ex::VerbShape plain = ex::verb_shape("captured");
    CHECK_FALSE(plain.expel);
    CHECK_FALSE(plain.adjectival);
    CHECK_FALSE(plain.of_object);
}

TEST_CASE("PhraseMatcher: a table's possessive written as a word of its own matches the joined one of text",
          "[extract]") {
    CHECK(ex::phrase_words("russia 's general staff") == std::vector<std::string>{"russia", "'s", "general", "staff"});
    CHECK(ex::phrase_words("russia's army") == std::vector<std::string>{"russia", "'s", "army"});
    ex::Vocabulary v;
    ex::PhraseMatcher m;
    m.add("general staff", 1, v);
    m.add("russia 's general staff", 2, v);
    m.add("ukraine 's forces", 3, v);
    for (const auto& [text, payload] : std::vector<std::pair<std::string, std::size_t>>{
             {"Russia's General Staff said", 2}, {"Russia\xE2\x80\x99s General Staff said", 2}, {"Ukraine's forces", 3}}) {
        INFO(text);
        const std::string low = ex::fold_lower(text);
        const auto t = tokens_of(text, low, v);
        ex::PhraseHit h;
        REQUIRE(m.match_at(t, 0, h));
        CHECK(h.payload == payload);
    }
}

TEST_CASE("PhraseMatcher tries a phrase with gaps only when its next word is within their reach", "[extract]") {
    ex::Vocabulary v;
    ex::PhraseMatcher m;
    m.add("pushed * back", 1, v);      // one gap: "back" within 1 + 3 tokens
    m.add("held * * line", 2, v);      // two gaps: "line" within 1 + 6 tokens
    m.add("entered *", 3, v);          // a gap and nothing after it
    m.add("moved * closer to", 4, v);
    m.add("moved * closer", 5, v);
    const auto hit_at = [&](const std::string& text) {
        const std::string low = ex::fold_lower(text);
        const auto t = tokens_of(text, low, v);
        ex::PhraseHit h;
        return m.match_at(t, 0, h) ? std::vector<std::size_t>{h.last, h.payload} : std::vector<std::size_t>{};
    };
    // The next word right after the first, and at the far end of what the gaps span.
    CHECK(hit_at("pushed back the unit") == std::vector<std::size_t>{2, 1});
    CHECK(hit_at("pushed the enemy units back") == std::vector<std::size_t>{5, 1});
    CHECK(hit_at("pushed the enemy assault units back").empty());
    CHECK(hit_at("held the line") == std::vector<std::size_t>{3, 2});
    CHECK(hit_at("held a b c d e f line") == std::vector<std::size_t>{8, 2});
    CHECK(hit_at("held a b c d e f g line").empty());
    // The word is within reach but a comma stops the gap.
    CHECK(hit_at("pushed them, back").empty());
    // Nothing after the gap: the phrase is its first word.
    CHECK(hit_at("entered the town") == std::vector<std::size_t>{1, 3});
    // Two phrases share the next word; the longer wins; none when it is too far.
    CHECK(hit_at("moved a little closer to town") == std::vector<std::size_t>{5, 4});
    CHECK(hit_at("moved a bit little closer") == std::vector<std::size_t>{5, 5});
    CHECK(hit_at("moved a bit more little closer").empty());
    // At the end of the tokens: the reach stops there.
    CHECK(hit_at("pushed").empty());
    CHECK(hit_at("held").empty());
}
