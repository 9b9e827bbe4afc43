// The geoparser's word sets: the per-text ViewSet and the compile-time
// WordList, and the hash they share.
#include "lexicon.hpp"
#include "view_set.hpp"
#include "word_hash.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimtrack::gazetteer::detail;

TEST_CASE("word_hash tells apart words that share blocks, lengths or bytes", "[gazetteer][word_sets]") {
    static_assert(word_hash("kyiv") == word_hash(std::string_view("kyiv")), "usable at compile time");
    CHECK(word_hash("abcdefgh") != word_hash("abcdefghi"));  // one byte past a block
    CHECK(word_hash("abcdefgh12345678") != word_hash("abcdefgh12345679"));
    CHECK(word_hash("a") != word_hash(std::string_view("a\0", 2))); // length counts
    CHECK(word_hash("") == word_hash(std::string_view()));
    CHECK(word_hash("ab") != word_hash("ba"));
}

TEST_CASE("word_hash at run time (whole-word loads) equals its byte-at-a-time definition", "[gazetteer][word_sets]") {
    // Closed word lists are hashed at compile time, the text's words at run time: the two
    // must agree for every length and byte, and for words at any alignment.
    std::string buffer;
    for (int i = 0; i < 64; ++i) buffer += static_cast<char>(i * 37 + 200); // high and low bytes
    buffer += "Бахмут Kyiv's north-east Новоселівка";
    for (std::size_t start = 0; start < 9; ++start)
        for (std::size_t n = 0; start + n <= buffer.size(); ++n) {
            const std::string_view w(buffer.data() + start, n);
            INFO("start " << start << ", length " << n);
            REQUIRE(word_hash(w) == word_hash_bytes(w));
        }
    constexpr std::string_view k_word = "photo";
    static_assert(word_hash(k_word) == word_hash_bytes(k_word));
    const std::string runtime(k_word);
    CHECK(word_hash(runtime) == word_hash(k_word)); // a compile-time table finds a run-time word
}

TEST_CASE("ViewSet holds what was inserted and nothing else, past its first size", "[gazetteer][word_sets]") {
    std::vector<std::string> words;
    for (int i = 0; i < 300; ++i) words.push_back("word" + std::to_string(i));
    ViewSet set(4); // grows as it fills
    for (const auto& w : words) set.insert(w);
    for (const auto& w : words) set.insert(w); // repeats are stored once
    CHECK(set.size() == words.size());
    for (const auto& w : words) CHECK(set.contains(w));
    CHECK_FALSE(set.contains("word300"));
    CHECK_FALSE(set.contains("word"));
    set.insert("");
    CHECK_FALSE(set.contains("")); // empty views are never stored
    CHECK(set.size() == words.size());
    CHECK_FALSE(ViewSet().contains("stavok"));
}

TEST_CASE("WordList finds its words and only them", "[gazetteer][word_sets]") {
    static constexpr auto list = word_list(std::to_array<std::string_view>({"the", "region", "oblast", "a", "near"}));
    static_assert(list.contains("oblast"), "built and searched at compile time");
    for (std::string_view w : {"the", "region", "oblast", "a", "near"}) CHECK(list.contains(w));
    for (std::string_view w : {"", "th", "then", "regions", "Near", "b"}) CHECK_FALSE(list.contains(w));
    CHECK(contains(k_stopwords, "the"));
    CHECK_FALSE(contains(k_stopwords, "izium"));
}
