// Syndicated copies (migration 0005): the same text under another URL or
// source is kept as a further carrier of the first article; no URL is lost.
#include "claimtrack/store/store.hpp"

#include "backends.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack;
using core::Change;
using core::Side;
using store::OpenMode;
using store::Store;

namespace {

const core::Place k_robotyne = test::place(801, "Robotyne", "Роботине");
const std::string k_text = "Ukrainian forces liberated Robotyne, the General Staff said.";

core::Extraction one_claim(const core::Document& doc) {
    core::Extraction x;
    x.mentions = {test::mention(k_robotyne, 27)};
    x.claims = {test::claim(doc, k_robotyne, Change::Liberated, Side::UA, Side::UA, "2023-08-28")};
    return x;
}

core::Document copy(const std::string& url, const std::string& source, const std::string& published) {
    core::Document d = test::document(k_text, published, "copy");
    d.url = url;
    d.source = source;
    return d;
}

} // namespace

STORE_TEST("a known text under another URL is recorded as a further carrier", "[store]") {
    auto db = backend.open();
    const auto first = copy("https://wire.example/a", "Example Wire", "2023-08-28");
    const auto outcome = db.record(first, one_claim(first), "1");
    REQUIRE(outcome.inserted);

    SECTION("through record(): the article keeps the first copy, the claims are not doubled") {
        const auto second = copy("https://paper.example/b", "Example Paper", "2023-08-29");
        const auto again = db.record(second, one_claim(second), "1");
        CHECK_FALSE(again.inserted);
        CHECK(again.new_carrier);
        CHECK(again.article_id == outcome.article_id);
        const auto claims = db.claims({});
        REQUIRE(claims.size() == 1);
        CHECK(claims[0].article.url == "https://wire.example/a");
        CHECK(claims[0].article.carriers == 1);
        CHECK(claims[0].article.carrier_urls == std::vector<std::string>{"https://paper.example/b"});
        const auto carriers = db.carriers(outcome.article_id);
        REQUIRE(carriers.size() == 1);
        CHECK(carriers[0].source == "Example Paper");
        CHECK(carriers[0].published->iso() == "2023-08-29");
        CHECK_FALSE(carriers[0].recorded_at.empty());
    }
    SECTION("through record_carrier(), inside a batch; each copy once") {
        auto batch = db.begin_batch();
        CHECK(db.record_carrier(copy("https://paper.example/b", "Example Paper", "2023-08-29")));
        CHECK(db.record_carrier(copy("https://radio.example/c", "Example Radio", "2023-08-29")));
        CHECK_FALSE(db.record_carrier(copy("https://paper.example/b", "Example Paper", "2023-08-29"))); // again
        CHECK_FALSE(db.record_carrier(first));                                                  // the article itself
        batch.commit();
        const auto claims = db.timeline({{k_robotyne.id}, "", false});
        REQUIRE(claims.size() == 1);
        CHECK(claims[0].article.carriers == 2);
        CHECK(claims[0].article.carrier_urls ==
              std::vector<std::string>{"https://paper.example/b", "https://radio.example/c"});
    }
    SECTION("a copy without URL or source (the same file read again) is no outlet") {
        core::Document bare = first;
        bare.url.clear();
        bare.source.clear();
        CHECK_FALSE(db.record_carrier(bare));
        CHECK(db.carriers(outcome.article_id).empty());
    }
    SECTION("an unknown text is not a carrier of anything") {
        auto other = copy("https://x.example/", "X", "2023-08-29");
        other.text = "A different report.";
        CHECK_FALSE(db.record_carrier(other));
    }
}
