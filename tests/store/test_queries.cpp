// Timeline, state and conflicts on a small hand-made history whose right
// answers are stated here:
//   A 2022-09-10  RU MoD: RU captured Vuhledar
//   B 2022-09-11  Kyiv denies that RU captured Vuhledar          (negated)
//   F 2022-09-15  ISW: Bakhmut contested                          (observer)
//   D 2022-09-20  UA: UA liberated Kupiansk
//   E 2022-09-25  RU: RU captured Kupiansk                        (disagrees with D)
//   C 2022-10-05  UA General Staff: UA withdrew from Vuhledar     (=> RU holds it)
//                 + background: "RU captured Bakhmut in May"     (ignored by state)
#include "claimtrack/store/store.hpp"

#include "backends.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack;
using core::Change;
using core::Side;
using store::Control;
using store::OpenMode;
using store::Store;

namespace {

const core::Place k_vuhledar = test::place(1, "Vuhledar", "Вугледар");
const core::Place k_bakhmut = test::place(2, "Bakhmut", "Бахмут");
const core::Place k_kupiansk = test::place(3, "Kupiansk", "Куп'янськ");

void add(Store& s, const std::string& title, const std::string& date, std::vector<core::Claim> claims) {
    auto doc = test::document("Article " + title + " of " + date, date, title);
    core::Extraction x;
    for (auto& c : claims) {
        c.evidence_span = core::Span{0, doc.text.size()};
        c.evidence = doc.text;
        x.claims.push_back(std::move(c));
    }
    s.record(doc, x, "1");
}

core::Claim make(const core::Place& p, Change change, Side by, Side claimant, const std::string& date) {
    return test::claim(test::document("", date), p, change, by, claimant, date);
}

Store history(const test::Backend& backend) {
    auto s = backend.open();
    add(s, "A", "2022-09-10", {make(k_vuhledar, Change::Captured, Side::RU, Side::RU, "2022-09-10")});
    auto denial = make(k_vuhledar, Change::Captured, Side::RU, Side::UA, "2022-09-11");
    denial.negated = true;
    add(s, "B", "2022-09-11", {denial});
    add(s, "F", "2022-09-15", {make(k_bakhmut, Change::Contested, Side::None, Side::None, "2022-09-15")});
    add(s, "D", "2022-09-20", {make(k_kupiansk, Change::Liberated, Side::UA, Side::UA, "2022-09-20")});
    add(s, "E", "2022-09-25", {make(k_kupiansk, Change::Captured, Side::RU, Side::RU, "2022-09-25")});
    auto background = make(k_bakhmut, Change::Captured, Side::RU, Side::UA, "2022-10-05");
    background.background = true;
    add(s, "C", "2022-10-05", {make(k_vuhledar, Change::Withdrew, Side::UA, Side::UA, "2022-10-05"), background});
    return s;
}

std::string titles(const std::vector<store::StoredClaim>& claims) {
    std::string out;
    for (const auto& c : claims) out += c.article.title;
    return out;
}

const store::PlaceState* find(const std::vector<store::PlaceState>& states, const std::string& name, Side side) {
    for (const auto& s : states)
        if (s.place.name == name && s.claimant_side == side) return &s;
    return nullptr;
}

} // namespace

TEST_CASE("control implied by a claim", "[store]") {
    core::Claim c;
    c.change = Change::Withdrew;
    c.by_side = Side::UA;
    CHECK(store::control_of(c) == Control::RU);
    c.change = Change::Liberated;
    CHECK(store::control_of(c) == Control::UA);
    c.negated = true;
    CHECK(store::control_of(c) == Control::Unknown);
    c.negated = false;
    c.change = Change::Advanced;
    CHECK(store::control_of(c) == Control::Unknown);
    c.change = Change::Contested;
    CHECK(store::control_of(c) == Control::Contested);
}

STORE_TEST("timeline of a place, in order, by id or any stored name", "[store]") {
    auto s = history(backend);
    CHECK(titles(s.timeline({{1}, "", false})) == "ABC");
    CHECK(titles(s.timeline({{}, "vuhledar", false})) == "ABC");
    CHECK(titles(s.timeline({{}, "Вугледар", false})) == "ABC");
    CHECK(titles(s.timeline({{2}, "", false})) == "FC");
    CHECK(s.timeline({{}, "Atlantis", false}).empty());
    const auto t = s.timeline({{1}, "", false});
    CHECK(t[1].claim.negated);
    CHECK(t[2].claim.claimant == "General Staff");
}

STORE_TEST("state as of a date, per claimant side, with the claim it rests on", "[store]") {
    auto s = history(backend);
    SECTION("1 October 2022, every side") {
        const auto st = s.state(*core::Date::parse("2022-10-01"));
        CHECK(st.size() == 4);
        REQUIRE(find(st, "Vuhledar", Side::RU));
        CHECK(find(st, "Vuhledar", Side::RU)->controller == Control::RU);
        CHECK(find(st, "Vuhledar", Side::RU)->claim.article.title == "A");
        CHECK_FALSE(find(st, "Vuhledar", Side::UA)); // only a denial so far: no control claim
        REQUIRE(find(st, "Kupiansk", Side::UA));
        CHECK(find(st, "Kupiansk", Side::UA)->controller == Control::UA);
        CHECK(find(st, "Kupiansk", Side::RU)->controller == Control::RU);
        REQUIRE(find(st, "Bakhmut", Side::None));
        CHECK(find(st, "Bakhmut", Side::None)->controller == Control::Contested);
        CHECK(st.front().place.name == "Bakhmut"); // sorted by name
    }
    SECTION("1 October 2022, UA's claims") {
        const auto st = s.state(*core::Date::parse("2022-10-01"), Side::UA);
        REQUIRE(st.size() == 1);
        CHECK(st[0].place.name == "Kupiansk");
    }
    SECTION("10 October 2022, UA's claims: the withdrawal counts, the background claim does not") {
        const auto st = s.state(*core::Date::parse("2022-10-10"), Side::UA);
        REQUIRE(st.size() == 2);
        CHECK(find(st, "Vuhledar", Side::UA)->controller == Control::RU);
        CHECK(find(st, "Vuhledar", Side::UA)->claim.article.title == "C");
        CHECK_FALSE(find(st, "Bakhmut", Side::UA));
    }
    SECTION("observers") {
        CHECK(s.state(*core::Date::parse("2022-10-10"), Side::None).size() == 1);
        CHECK(s.state(*core::Date::parse("2022-09-01")).empty());
    }
}

STORE_TEST("conflicts: the sides disagree, or a capture is denied", "[store]") {
    auto s = history(backend);
    SECTION("all") {
        const auto cs = s.conflicts();
        REQUIRE(cs.size() == 2);
        CHECK(cs[0].kind == store::Conflict::Kind::SidesDisagree);
        CHECK(cs[0].place.name == "Kupiansk");
        CHECK(cs[0].claim.article.title == "D");
        REQUIRE(cs[0].other);
        CHECK(cs[0].other->article.title == "E");
        CHECK(cs[1].kind == store::Conflict::Kind::CaptureDenied);
        CHECK(cs[1].place.name == "Vuhledar");
        CHECK(cs[1].claim.article.title == "B");
        REQUIRE(cs[1].other);
        CHECK(cs[1].other->article.title == "A");
    }
    SECTION("since a date") {
        CHECK(s.conflicts(core::Date::parse("2022-09-21")).size() == 1);
        CHECK(s.conflicts(core::Date::parse("2022-10-01")).empty());
    }
}

STORE_TEST("stats", "[store]") {
    auto s = history(backend);
    const auto st = s.stats();
    CHECK(st.articles == 6);
    CHECK(st.claims == 7);
    CHECK(st.places == 3);
    CHECK(st.first == core::Date::parse("2022-09-10"));
    CHECK(st.last == core::Date::parse("2022-10-05"));
    REQUIRE(st.per_side.size() == 3);
    CHECK(st.per_side[0].side == Side::UA);
    CHECK(st.per_side[0].acting == 2);   // D, C withdrawal
    CHECK(st.per_side[0].claimant == 4); // B, D, C x2
    CHECK(st.per_side[1].acting == 4);   // A, B, E, background
    CHECK(st.per_side[2].claimant == 1); // F
}
