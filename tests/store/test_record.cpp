#include "claimtrack/store/store.hpp"

#include "backends.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace claimtrack;
using core::Change;
using core::Side;
using store::OpenMode;
using store::Store;

namespace {

const core::Place k_vuhledar = test::place(701, "Vuhledar", "Вугледар");
const core::Place k_pavlivka = test::place(702, "Pavlivka", "Павлівка");

core::Extraction two_claims(const core::Document& doc) {
    core::Extraction x;
    x.mentions = {test::mention(k_vuhledar, 0), test::mention(k_pavlivka, 10)};
    x.mentions[0].runner_up = k_pavlivka;
    x.claims = {test::claim(doc, k_vuhledar, Change::Captured, Side::RU, Side::RU, "2022-09-10"),
                test::claim(doc, k_pavlivka, Change::Captured, Side::RU, Side::RU, "2022-09-10")};
    core::Area area;
    area.surface = "about 500 sq km";
    area.km2 = 500;
    area.qualifier = "about";
    area.unit = "km2";
    area.value = 500;
    x.areas = {area};
    core::Distance distance;
    distance.surface = "10 km";
    distance.min_km = 10;
    distance.qualifier = "exact";
    distance.type = "advance";
    x.distances = {distance};
    return x;
}

} // namespace

STORE_TEST("recording the same article twice changes nothing", "[store]") {
    auto s = backend.open();
    const auto doc = test::document("Vuhledar and Pavlivka were captured, the ministry said.", "2022-09-10");
    const auto first = s.record(doc, two_claims(doc), "0.1.0");
    CHECK(first.inserted);
    CHECK_FALSE(first.reextracted);
    const auto again = s.record(doc, two_claims(doc), "0.1.0");
    CHECK_FALSE(again.inserted);
    CHECK_FALSE(again.reextracted);
    CHECK(again.article_id == first.article_id);
    CHECK(s.claims({}).size() == 2);
    CHECK(s.stats().articles == 1);
    CHECK(s.stats().runs == 1);
    CHECK(s.known_places().size() == 2);
}

STORE_TEST("claims round-trip with places, dates and evidence", "[store]") {
    auto s = backend.open();
    auto doc = test::document("Intro. Vuhledar was captured. Outro.", "2022-09-12", "a1");
    auto x = two_claims(doc);
    x.claims[0].evidence_span = core::Span{7, 29};
    x.claims[0].evidence = "Vuhledar was captured.";      // equals the text at the span: stored as a span
    x.claims[1].evidence = "a sentence from elsewhere";     // differs: stored as text
    x.claims[1].event_from = core::Date::parse("2022-09-01");
    x.claims[1].negated = true;
    x.claims[1].area_km2 = 12.5;
    s.record(doc, x, "1");
    const auto claims = s.claims({});
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].claim.evidence == "Vuhledar was captured.");
    CHECK(claims[1].claim.evidence == "a sentence from elsewhere");
    CHECK(claims[1].claim.event_from == core::Date::parse("2022-09-01"));
    CHECK(claims[1].claim.negated);
    CHECK(claims[1].claim.area_km2 == Approx(12.5));
    CHECK(claims[0].claim.place->name_local == "Вугледар");
    CHECK(claims[0].claim.place->lonlat.lon_deg == Approx(k_vuhledar.lonlat.lon_deg));
    CHECK(claims[0].article.title == "a1");
    CHECK(claims[0].article.published == core::Date::parse("2022-09-12"));
    CHECK(claims[0].known_on == core::Date::parse("2022-09-10"));
    CHECK_FALSE(claims[0].recorded_at.empty());
    CHECK_FALSE(claims[0].superseded);
}

STORE_TEST("a newer extractor supersedes the old run's claims and keeps them", "[store]") {
    auto s = backend.open();
    const auto doc = test::document("Vuhledar and Pavlivka were captured, the ministry said.", "2022-09-10");
    const auto first = s.record(doc, two_claims(doc), "0.9.0");
    core::Extraction better;
    better.claims = {test::claim(doc, k_vuhledar, Change::Captured, Side::RU, Side::RU, "2022-09-10")};
    SECTION("newer version: a new run") {
        const auto second = s.record(doc, better, "0.10.0"); // numeric, not lexicographic, order
        CHECK_FALSE(second.inserted);
        CHECK(second.reextracted);
        CHECK(second.article_id == first.article_id);
        CHECK(s.claims({}).size() == 1);
        store::ClaimFilter all;
        all.include_superseded = true;
        const auto history = s.claims(all);
        REQUIRE(history.size() == 3);
        int superseded = 0;
        for (const auto& c : history) superseded += c.superseded ? 1 : 0;
        CHECK(superseded == 2);
        const auto stats = s.stats();
        CHECK(stats.runs == 2);
        CHECK(stats.claims == 1);
        CHECK(stats.superseded_claims == 2);
        SECTION("the old version again changes nothing") {
            const auto third = s.record(doc, two_claims(doc), "0.9.0");
            CHECK_FALSE(third.inserted);
            CHECK_FALSE(third.reextracted);
            CHECK(s.claims({}).size() == 1);
        }
    }
}

STORE_TEST("claim filters", "[store]") {
    auto s = backend.open();
    const auto a = test::document("RU claim", "2022-09-10", "a");
    const auto b = test::document("UA claim", "2022-10-10", "b");
    core::Extraction xa, xb;
    xa.claims = {test::claim(a, k_vuhledar, Change::Captured, Side::RU, Side::RU, "2022-09-10")};
    xb.claims = {test::claim(b, k_vuhledar, Change::Liberated, Side::UA, Side::UA, "2022-10-10")};
    s.record(a, xa, "1");
    s.record(b, xb, "1");
    store::ClaimFilter f;
    f.since = core::Date::parse("2022-10-01");
    CHECK(s.claims(f).size() == 1);
    f = {};
    f.until = core::Date::parse("2022-10-01");
    CHECK(s.claims(f).size() == 1);
    f = {};
    f.side = Side::UA;
    REQUIRE(s.claims(f).size() == 1);
    CHECK(s.claims(f)[0].claim.change == Change::Liberated);
    f = {};
    f.claimant_side = Side::None;
    CHECK(s.claims(f).empty());
}

STORE_TEST("claims() returns what for_each_claim() visits, in the same order", "[store]") {
    auto s = backend.open();
    for (int i = 0; i < 5; ++i) {
        const auto doc = test::document("article " + std::to_string(i), "2022-09-1" + std::to_string(i));
        s.record(doc, two_claims(doc), "1");
    }
    const auto doc = test::document("an older one", "2022-09-01");
    auto x = two_claims(doc);
    x.claims[0].stated_on = core::Date::parse("2022-09-01");
    s.record(doc, x, "1");
    store::ClaimFilter f;
    f.since = core::Date::parse("2022-09-05");
    std::vector<std::int64_t> visited;
    s.for_each_claim(f, [&visited](store::StoredClaim& c) { visited.push_back(c.id); });
    std::vector<std::int64_t> listed;
    for (const auto& c : s.claims(f)) listed.push_back(c.id);
    CHECK(visited.size() == 11);
    CHECK(listed == visited);
}

STORE_TEST("a batch commits many articles at once, each all-or-nothing", "[store]") {
    auto s = backend.open();
    SECTION("committed") {
        auto batch = s.begin_batch();
        for (int i = 0; i < 10; ++i) {
            const auto doc = test::document("article " + std::to_string(i), "2022-09-10");
            s.record(doc, two_claims(doc), "1");
        }
        batch.commit();
        CHECK(s.stats().articles == 10);
    }
    SECTION("not committed: rolled back (PostgreSQL: each article committed on its own)") {
        {
            auto batch = s.begin_batch();
            const auto doc = test::document("lost", "2022-09-10");
            s.record(doc, two_claims(doc), "1");
        }
        CHECK(s.stats().articles == (backend.postgresql() ? 1 : 0));
    }
    SECTION("a failing article inside a batch leaves the others") {
        auto batch = s.begin_batch();
        const auto good = test::document("good", "2022-09-10");
        s.record(good, two_claims(good), "1");
        const auto bad = test::document("bad", "2022-09-10");
        auto x = two_claims(bad);
        x.claims[0].place = test::place(999, "Nowhere");
        x.claims[0].place->kind = static_cast<core::PlaceKind>(99); // violates the CHECK on places.kind
        CHECK_THROWS_AS(s.record(bad, x, "1"), store::StoreError);
        batch.commit();
        CHECK(s.stats().articles == 1);
        CHECK(s.claims({}).size() == 2);
    }
    SECTION("batches do not nest; a moved batch commits once, then another can start") {
        auto batch = s.begin_batch();
        CHECK_THROWS_WITH(s.begin_batch(), Catch::Contains("already open"));
        auto moved = std::move(batch);
        const auto doc = test::document("moved", "2022-09-10");
        s.record(doc, two_claims(doc), "1");
        moved.commit();
        moved.commit();
        CHECK(s.stats().articles == 1);
        auto next = s.begin_batch();
        next.commit();
    }
}

STORE_TEST("rows written in a batch refer only to rows that exist, also after a failed article", "[store]") {
    // SQLite checks no foreign keys inside a batch: record() must write every
    // parent row itself, and forget the places of an article rolled back.
    auto s = backend.open();
    const core::Place kurakhove = test::place(703, "Kurakhove", "Курахове");
    {
        auto batch = s.begin_batch();
        const auto first = test::document("first", "2022-09-10");
        s.record(first, two_claims(first), "1");
        // Kurakhove is written for the mention, then the claim's region fails
        // (a CHECK): the article is rolled back, Kurakhove with it.
        const auto failed = test::document("failed", "2022-09-10");
        core::Extraction bad;
        bad.mentions = {test::mention(kurakhove, 0)};
        bad.claims = {test::claim(failed, kurakhove, Change::Captured, Side::RU, Side::RU, "2022-09-10")};
        bad.claims[0].region = test::place(998, "Nowhere");
        bad.claims[0].region->kind = static_cast<core::PlaceKind>(99);
        CHECK_THROWS_AS(s.record(failed, bad, "1"), store::StoreError);
        // The next article names Kurakhove again: it must be written again.
        const auto next = test::document("next", "2022-09-10");
        core::Extraction good;
        good.mentions = {test::mention(kurakhove, 0)};
        good.claims = {test::claim(next, kurakhove, Change::Captured, Side::RU, Side::RU, "2022-09-10")};
        s.record(next, good, "1");
        s.record(first, two_claims(first), "2"); // re-extracted: a new run supersedes the first
        batch.commit();
    }
    CHECK(s.stats().articles == 2);
    CHECK(s.check().empty()); // PRAGMA foreign_key_check (SQLite), the same checks on PostgreSQL
    const auto claims = s.claims({});
    CHECK(std::count_if(claims.begin(), claims.end(), [](const store::StoredClaim& c) {
              return c.claim.place && c.claim.place->id == 703;
          }) == 1);
    // After the batch, a record() outside one is checked again and still succeeds.
    const auto after = test::document("after", "2022-09-11");
    s.record(after, two_claims(after), "1");
    CHECK(s.check().empty());
}

TEST_CASE("a content hash computed by the caller finds the same article", "[store]") {
    auto s = Store::open(":memory:", OpenMode::ReadWrite);
    const auto doc = test::document("Vuhledar and Pavlivka were captured, the ministry said.", "2022-09-10");
    const std::string hash = Store::content_hash(doc.text);
    CHECK(hash.size() == 64);
    CHECK(hash == Store::content_hash(std::string(doc.text)));
    CHECK(hash != Store::content_hash(doc.text + " "));
    CHECK_FALSE(s.up_to_date(hash, "0.1.0"));
    const auto first = s.record(doc, two_claims(doc), "0.1.0", hash);
    CHECK(first.inserted);
    CHECK(s.up_to_date(hash, "0.1.0"));
    CHECK(s.up_to_date(doc, "0.1.0"));
    CHECK_FALSE(s.up_to_date(hash, "0.2.0"));
    // Without the hash, record() computes the same one: nothing new.
    const auto again = s.record(doc, two_claims(doc), "0.1.0");
    CHECK_FALSE(again.inserted);
    CHECK(again.article_id == first.article_id);
    CHECK(s.stats().articles == 1);
}

TEST_CASE("a place recorded again with other fields is updated, the same place is not rewritten", "[store]") {
    auto s = Store::open(":memory:", OpenMode::ReadWrite);
    const auto doc = test::document("Vuhledar and Pavlivka were captured, the ministry said.", "2022-09-10");
    s.record(doc, two_claims(doc), "0.1.0");
    // A newer extractor names Vuhledar's place with another population and point.
    auto x = two_claims(doc);
    core::Place moved = k_vuhledar;
    moved.population = 14'000;
    moved.lonlat = core::LonLat{37.25, 47.78};
    x.mentions[0].place = moved;
    x.claims[0].place = moved;
    s.record(doc, x, "0.2.0");
    const auto claims = s.claims({});
    REQUIRE(claims.size() == 2);
    const auto& vuhledar = claims[0].claim.place->id == k_vuhledar.id ? claims[0] : claims[1];
    CHECK(vuhledar.claim.place->population == 14'000);
    CHECK(vuhledar.claim.place->lonlat.lon_deg == 37.25);
    CHECK(vuhledar.claim.place->lonlat.lat_deg == 47.78);
}
