// What the two backends must do alike (many writers, copying a store from
// one to the other) and what only PostgreSQL can get wrong: connection
// strings, the server's errors, PostGIS, the QGIS view.
#include "claimtrack/store/store.hpp"

#include "backends.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <thread>

using namespace claimtrack;
using core::Change;
using core::Side;
using store::OpenMode;
using store::Store;
using store::StoreError;

namespace {

const core::Place k_region = [] {
    core::Place p = test::place(90, "Donetsk Oblast");
    p.kind = core::PlaceKind::Admin1;
    return p;
}();

/// Article `i`: `i % 4 + 1` claims about villages every article shares (so
/// writers in parallel upsert the same places), one with a region.
core::Extraction article_claims(const core::Document& doc, int i) {
    core::Extraction x;
    for (int k = 0; k <= i % 4; ++k) {
        const auto p = test::place(100 + (i + k) % 6, "Village " + std::to_string((i + k) % 6));
        x.mentions.push_back(test::mention(p, 0));
        x.claims.push_back(test::claim(doc, p, k % 2 ? Change::Liberated : Change::Captured, k % 2 ? Side::UA : Side::RU,
                                       k % 2 ? Side::UA : Side::RU, "2022-09-" + std::to_string(10 + i % 19)));
    }
    x.claims[0].region = k_region;
    return x;
}

core::Document article(int i) {
    return test::document("Article number " + std::to_string(i) + ".", "2022-09-10", "a" + std::to_string(i));
}

void ingest(Store& s, int first, int count, int batch_size) {
    for (int i = first; i < first + count; i += batch_size) {
        auto batch = s.begin_batch();
        for (int j = i; j < std::min(first + count, i + batch_size); ++j) {
            const auto doc = article(j);
            s.record(doc, article_claims(doc, j), "1");
        }
        batch.commit();
    }
}

/// Every article once, with exactly the claims it was recorded with.
void check_whole(Store& s, int articles) {
    std::map<std::string, int> per_article;
    for (const auto& c : s.claims({})) per_article[c.article.title]++;
    CHECK(s.stats().articles == articles);
    CHECK(static_cast<int>(per_article.size()) == articles);
    for (const auto& [title, n] : per_article) {
        INFO(title);
        CHECK(n == std::stoi(title.substr(1)) % 4 + 1);
    }
}

std::string error_of(const std::string& location, OpenMode mode = OpenMode::ReadOnly) {
    try {
        Store::open(location, mode);
    } catch (const StoreError& e) {
        return e.what();
    }
    return {};
}

/// Everything a store answers, as text: claims with ids, places, provenance.
std::string everything(const Store& s) {
    std::string out = std::to_string(s.stats().articles) + " articles\n";
    store::ClaimFilter all;
    all.include_superseded = true;
    for (const auto& c : s.claims(all)) {
        out += std::to_string(c.id) + ' ' + c.claim.surface + ' ' + std::string(core::to_string(c.claim.change)) + ' ' +
               (c.known_on ? c.known_on->iso() : "-") + ' ' + c.claim.evidence + ' ' + c.article.url + ' ' +
               c.recorded_at + ' ' + c.extractor_version + (c.superseded ? " superseded" : "") + ' ' +
               (c.valid_to ? c.valid_to->iso() : "-") + ' ' + std::to_string(c.article.carriers) + ' ' +
               (c.claim.region ? c.claim.region->name : "-") + ' ' +
               (c.claim.place ? std::to_string(c.claim.place->lonlat.lon_deg) : "-") + '\n';
    }
    for (const auto& st : s.state(*core::Date::parse("2030-01-01")))
        out += "state " + st.place.name + ' ' + std::string(store::to_string(st.controller)) + '\n';
    return out;
}

} // namespace

TEST_CASE("a --db value selects the backend, and messages never show a password", "[store]") {
    CHECK(store::is_postgresql("postgresql://ana@db.example.org:5432/claims"));
    CHECK(store::is_postgresql("postgres://localhost/claims"));
    CHECK(store::is_postgresql("host=/run/postgresql dbname=claims"));
    CHECK(store::is_postgresql("dbname=claims"));
    CHECK_FALSE(store::is_postgresql("claims.db"));
    CHECK_FALSE(store::is_postgresql("/data/a=b.db"));
    CHECK_FALSE(store::is_postgresql(":memory:"));
    CHECK(store::display_location("postgresql://ana:s3cret@db.example.org:5433/claims") ==
          "postgresql://ana@db.example.org:5433/claims");
    CHECK(store::display_location("host=db.example.org user=ana password=s3cret dbname=claims") ==
          "postgresql://ana@db.example.org/claims");
    CHECK(store::display_location("claims.db") == "claims.db");
}

STORE_TEST("two writers on one store at once: counts add up, no article twice", "[store]") {
    { auto s = backend.open(); } // created and migrated (the SQLite suite tests a race on creation)
    // Overlapping ranges: articles 150..299 come from both writers.
    auto writer = [&backend](int first) {
        auto s = backend.open();
        ingest(s, first, 300, 10);
    };
    std::thread t1(writer, 0), t2(writer, 150);
    t1.join();
    t2.join();
    auto s = backend.open(OpenMode::ReadOnly);
    check_whole(s, 450);
    CHECK(s.stats().runs == 450);
    CHECK(s.check().empty());
}

STORE_TEST("a store copied to the other backend and back is the same", "[store][pg]") {
    auto s = backend.open();
    ingest(s, 0, 40, 10);
    // A superseded run, a carrier, a snapshot with a verdict: every table has rows.
    const auto again = article(3);
    s.record(again, article_claims(again, 3), "2");
    auto copy = article(5);
    copy.url = "https://elsewhere.example.org/a5";
    CHECK(s.record_carrier(copy));
    store::NewSnapshot snap;
    snap.source = "test-layer";
    snap.date = *core::Date::parse("2022-09-20");
    snap.date_from = "--date";
    snap.coverage = "UA";
    snap.file = "layer.geojson";
    snap.features = snap.polygons = 1;
    // WKB of POLYGON((37 48, 38 48, 38 49, 37 48)), little-endian.
    const unsigned char wkb[] = {1, 3, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0,
                                 0, 0, 0, 0, 0, 0x80, 0x42, 0x40, 0, 0, 0, 0, 0, 0, 0x48, 0x40,
                                 0, 0, 0, 0, 0, 0, 0x43, 0x40, 0, 0, 0, 0, 0, 0, 0x48, 0x40,
                                 0, 0, 0, 0, 0, 0, 0x43, 0x40, 0, 0, 0, 0, 0, 0x80, 0x48, 0x40,
                                 0, 0, 0, 0, 0, 0x80, 0x42, 0x40, 0, 0, 0, 0, 0, 0, 0x48, 0x40};
    snap.geometry_wkb.assign(reinterpret_cast<const char*>(wkb), sizeof wkb);
    snap.min_lon = 37, snap.min_lat = 48, snap.max_lon = 38, snap.max_lat = 49;
    const auto added = s.add_control_snapshot(snap);
    store::Verdict v;
    v.claim_id = s.claims({}).front().id;
    v.source = "test-layer";
    v.window_days = 14;
    v.verdict = core::Corroboration::Corroborated;
    v.implied = Side::RU;
    v.lag_days = 3;
    v.decided_by = {added.id};
    s.store_verdicts("test-layer", {v});
    const std::string before = everything(s);

    // To the other backend and back into a third store of this one.
    std::unique_ptr<test::Backend> other;
    if (backend.postgresql())
        other = std::make_unique<test::SqliteBackend>("copy");
    else
        other = std::make_unique<test::PgBackend>("copy");
    {
        auto there = other->open();
        const auto counts = Store::copy(s, there);
        REQUIRE(counts.size() == 11);
        CHECK(counts[0] == std::make_pair(std::string("articles"), std::int64_t{40}));
        CHECK(everything(there) == before);
        CHECK(there.control_snapshots("", true).at(0).geometry_wkb == snap.geometry_wkb);
        CHECK(there.verdicts("test-layer").size() == 1);
        CHECK(there.carriers(s.claims({}).front().article.id).size() ==
              s.carriers(s.claims({}).front().article.id).size());
        CHECK_THROWS_WITH(Store::copy(s, there), Catch::Contains("db copy fills an empty store"));
        // New rows after a copy get fresh ids (PostgreSQL's identity columns continue).
        const auto more = article(1000);
        there.record(more, article_claims(more, 1000), "1");
        CHECK(there.stats().articles == 41);
    }
    // And back into a new store of this backend: what the other one holds now.
    const std::unique_ptr<test::Backend> back =
        backend.postgresql() ? std::unique_ptr<test::Backend>(std::make_unique<test::PgBackend>("back"))
                             : std::make_unique<test::SqliteBackend>("back");
    auto home = back->open();
    Store::copy(other->open(OpenMode::ReadOnly), home);
    CHECK(home.stats().articles == 41);
    CHECK(everything(home) == everything(other->open(OpenMode::ReadOnly)));
}

TEST_CASE("PostgreSQL: the server's refusals are StoreErrors naming it, without password", "[store][pg]") {
    const std::string tcp = test::pg_fixture_conninfo("tcp");
    SECTION("wrong password") {
        const std::string e = error_of(tcp + " password=not-the-secret dbname=postgres");
        CHECK_THAT(e, Catch::Contains("password authentication failed"));
        CHECK_THAT(e, Catch::Contains("postgresql://claimtrack_tester@127.0.0.1:"));
        CHECK_THAT(e, !Catch::Contains("not-the-secret"));
    }
    SECTION("nothing listening") {
        const std::string e = error_of("postgresql://nobody:pw@127.0.0.1:1/claims?connect_timeout=5");
        CHECK_THAT(e, Catch::Contains("postgresql://nobody@127.0.0.1:1/claims: cannot connect"));
        CHECK_THAT(e, !Catch::Contains("pw"));
    }
    SECTION("no such database") {
        CHECK_THAT(error_of(test::pg_fixture_conninfo() + " dbname=ct_no_such_database"),
                   Catch::Contains("ct_no_such_database") && Catch::Contains("does not exist"));
    }
    SECTION("a database without PostGIS") {
        test::PgDatabase plain("nopostgis", false);
        CHECK_THAT(error_of(plain.conninfo(), OpenMode::ReadWrite),
                   Catch::Contains("no PostGIS extension") && Catch::Contains("CREATE EXTENSION postgis"));
    }
    SECTION("a schema newer than this program") {
        test::PgDatabase db("newer");
        { Store::open(db.conninfo(), OpenMode::ReadWrite); }
        db.exec("INSERT INTO schema_migrations VALUES (99, '0099_future.sql', 'x', 'now')");
        CHECK_THAT(error_of(db.conninfo()), Catch::Contains("schema version 99 (0099_future.sql) is newer"));
    }
    SECTION("a database of something else") {
        test::PgDatabase db("other");
        db.exec("CREATE TABLE invoices(id int)");
        CHECK_THAT(error_of(db.conninfo(), OpenMode::ReadWrite), Catch::Contains("not a claimtrack database"));
    }
    SECTION("an edited migration") {
        test::PgDatabase db("edited");
        { Store::open(db.conninfo(), OpenMode::ReadWrite); }
        db.exec("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 2");
        CHECK_THAT(error_of(db.conninfo()), Catch::Contains("applied migrations must never be edited"));
    }
}

TEST_CASE("PostgreSQL: PostGIS points and polygons, the claims_current view, read-only opens", "[store][pg]") {
    const test::PgBackend backend("postgis");
    {
        auto s = backend.open();
        ingest(s, 0, 8, 4);
        CHECK(s.check().empty());
    }
    auto s = backend.open(OpenMode::ReadOnly);
    CHECK(s.schema_version() == Store::latest_schema_version());
    const auto doc = article(99);
    CHECK_THROWS_WITH(s.record(doc, article_claims(doc, 99), "1"), Catch::Contains("read-only transaction"));
    const auto& db = backend.database();
    // Rows of the view: one per current claim, with its place's point in SRID 4326.
    db.exec("DO $$ BEGIN "
            "IF (SELECT count(*) FROM claims_current) <> (SELECT count(*) FROM claims) THEN RAISE 'view rows'; END IF; "
            "IF EXISTS (SELECT 1 FROM claims_current WHERE GeometryType(geom) <> 'POINT' OR ST_SRID(geom) <> 4326) "
            "THEN RAISE 'view geometry'; END IF; "
            "IF (SELECT Find_SRID(current_schema()::varchar, 'places', 'geom')) <> 4326 THEN RAISE 'places srid'; END IF; "
            "IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'places_geom' AND indexdef LIKE '%gist%') "
            "THEN RAISE 'gist index'; END IF; "
            "END $$");
}
