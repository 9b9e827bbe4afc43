// Control snapshots and verdicts in the store (migration 0004): stored once,
// verdicts replaced idempotently, the claimant table adds up.

#include "claimtrack/store/store.hpp"

#include "backends.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack;
using namespace claimtrack::store;
using claimtrack::core::Corroboration;

namespace {

NewSnapshot snapshot(const std::string& date, const std::string& wkb) {
    NewSnapshot n;
    n.source = "layers";
    n.date = *core::Date::parse(date);
    n.date_from = "file name";
    n.coverage = "UA";
    n.file = "area-" + date + ".geojson";
    n.features = 1;
    n.polygons = 1;
    n.min_lon = 36, n.min_lat = 48, n.max_lon = 37, n.max_lat = 49;
    n.geometry_wkb = wkb;
    return n;
}

Verdict verdict(std::int64_t claim, Corroboration v, std::optional<long> lag, std::vector<std::int64_t> by) {
    Verdict out;
    out.claim_id = claim;
    out.source = "layers";
    out.verdict = v;
    out.implied = core::Side::RU;
    out.lag_days = lag;
    out.decided_by = std::move(by);
    return out;
}

/// Three claims: two by the RU MoD, one by the UA General Staff.
std::vector<std::int64_t> three_claims(Store& s) {
    const auto doc = test::document("Forces took Alpha, Beta and Gamma.", "2024-10-02");
    core::Extraction x;
    const auto a = test::place(1, "Alpha"), b = test::place(2, "Beta"), g = test::place(3, "Gamma");
    x.claims = {test::claim(doc, a, core::Change::Captured, core::Side::RU, core::Side::RU, "2024-10-02"),
                test::claim(doc, b, core::Change::Captured, core::Side::RU, core::Side::RU, "2024-10-03"),
                test::claim(doc, g, core::Change::Liberated, core::Side::UA, core::Side::UA, "2024-11-15")};
    s.record(doc, x, "1");
    std::vector<std::int64_t> ids;
    for (const auto& c : s.corroboration_candidates()) ids.push_back(c.claim_id);
    return ids;
}

} // namespace

STORE_TEST("a control snapshot is stored once, by source and date", "[control]") {
    auto s = backend.open();
    const std::string wkb("\x01\x06\x00\x00\x00\x00\x00\x00\x00", 9); // an empty MultiPolygon; opaque to the store
    const auto first = s.add_control_snapshot(snapshot("2024-10-07", wkb));
    CHECK(first.kind == SnapshotOutcome::Kind::Inserted);
    const auto again = s.add_control_snapshot(snapshot("2024-10-07", wkb));
    CHECK(again.kind == SnapshotOutcome::Kind::Unchanged);
    CHECK(again.id == first.id);
    const auto other = s.add_control_snapshot(snapshot("2024-10-07", wkb + "x"));
    CHECK(other.kind == SnapshotOutcome::Kind::DateTaken);
    CHECK(other.existing_file == "area-2024-10-07.geojson");
    // The same geometry a week later is another snapshot (the map did not move).
    CHECK(s.add_control_snapshot(snapshot("2024-10-14", wkb)).kind == SnapshotOutcome::Kind::Inserted);

    const auto list = s.control_snapshots();
    REQUIRE(list.size() == 2);
    CHECK(list[0].date == core::Date{2024, 10, 7});
    CHECK(list[0].content_hash.size() == 64);
    CHECK(list[0].content_hash == list[1].content_hash);
    CHECK(list[0].geometry_wkb.empty()); // not asked for
    CHECK(list[0].geometry_bytes == 9);
    CHECK(s.control_snapshots("layers", true)[1].geometry_wkb == wkb);
    CHECK(s.control_snapshots("other").empty());
    CHECK(s.control_sources() == std::vector<std::string>{"layers"});
}

STORE_TEST("verdicts are replaced idempotently and keep their snapshots", "[control]") {
    auto s = backend.open();
    const auto ids = three_claims(s);
    REQUIRE(ids.size() == 3);
    const std::string wkb("\x01\x06\x00\x00\x00\x00\x00\x00\x00", 9);
    const auto s1 = s.add_control_snapshot(snapshot("2024-10-07", wkb)).id;
    const auto s2 = s.add_control_snapshot(snapshot("2024-11-18", wkb + "1")).id;
    std::vector<Verdict> set{verdict(ids[0], Corroboration::Corroborated, 5, {s1}),
                             verdict(ids[1], Corroboration::Corroborated, 4, {s1}),
                             verdict(ids[2], Corroboration::Contradicted, std::nullopt, {s2, s1})};
    auto u = s.store_verdicts("layers", set);
    CHECK(u.added == 3);
    const auto stored = s.verdicts("layers");
    REQUIRE(stored.size() == 3);
    CHECK(stored[2].decided_by == std::vector<std::int64_t>{s1, s2}); // by id
    CHECK(stored[0].lag_days == 5);
    CHECK_FALSE(stored[2].lag_days);
    CHECK_FALSE(stored[0].computed_at.empty());

    SECTION("the same verdicts again change nothing") {
        u = s.store_verdicts("layers", set);
        CHECK(u.unchanged == 3);
        CHECK(u.added + u.changed + u.removed == 0);
        CHECK(s.verdicts("layers")[0].computed_at == stored[0].computed_at);
    }
    SECTION("a changed verdict is rewritten, a missing one removed") {
        set[1] = verdict(ids[1], Corroboration::Premature, 60, {s2});
        set.pop_back();
        u = s.store_verdicts("layers", set);
        CHECK(u.changed == 1);
        CHECK(u.unchanged == 1);
        CHECK(u.removed == 1);
        const auto now = s.verdicts("layers");
        REQUIRE(now.size() == 2);
        CHECK(now[1].verdict == Corroboration::Premature);
        CHECK(now[1].decided_by == std::vector<std::int64_t>{s2});
        CHECK(s.check().empty()); // no dangling verdict_snapshots
    }
    SECTION("a verdict of another source is refused") {
        set[0].source = "elsewhere";
        CHECK_THROWS_AS(s.store_verdicts("layers", set), StoreError);
        CHECK(s.verdicts("layers").size() == 3); // nothing half-written
    }
}

STORE_TEST("the claimant table counts every verdict once", "[control]") {
    auto s = backend.open();
    const auto ids = three_claims(s);
    const std::string wkb("\x01\x06\x00\x00\x00\x00\x00\x00\x00", 9);
    const auto s1 = s.add_control_snapshot(snapshot("2024-10-07", wkb)).id;
    s.store_verdicts("layers", {verdict(ids[0], Corroboration::Corroborated, 5, {s1}),
                                verdict(ids[1], Corroboration::Corroborated, 2, {s1}),
                                verdict(ids[2], Corroboration::Contradicted, std::nullopt, {s1})});
    const auto r = s.claimants({"layers", {}, {}});
    CHECK(r.verdicts == 3);
    REQUIRE(r.claimants.size() == 2);
    CHECK(r.claimants[0].claimant == "MoD");
    CHECK(r.claimants[0].side == core::Side::RU);
    CHECK(r.claimants[0].claims == 2);
    CHECK(r.claimants[0].corroborated == 2);
    CHECK(r.claimants[0].median_lag_days == Approx(3.5));
    CHECK(r.claimants[1].contradicted == 1);
    CHECK_FALSE(r.claimants[1].median_lag_days);
    std::int64_t sum = 0;
    for (const auto& c : r.claimants) {
        sum += c.claims;
        CHECK(c.claims == c.corroborated + c.contradicted + c.premature + c.pending + c.not_applicable);
    }
    CHECK(sum == r.verdicts);
    REQUIRE(r.sides.size() == 2);
    CHECK(r.sides[0].side == core::Side::UA);
    // --since leaves out the October claims.
    CHECK(s.claimants({"layers", core::Date{2024, 11, 1}, {}}).verdicts == 1);
    CHECK(s.claimants({"other", {}, {}}).verdicts == 0);
}
