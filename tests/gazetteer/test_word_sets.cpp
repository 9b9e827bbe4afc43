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
