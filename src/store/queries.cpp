// The read side of the store: timeline, state as of a date, conflicts,
// statistics, backup and integrity check.

#include "claimtrack/store/store.hpp"

#include "store_impl.hpp"

#include <algorithm>
#include <map>

namespace claimtrack::store {

namespace {

/// A JSON array of ids, bound to json_each(?): a list of values through one parameter.
std::string json_ids(const std::vector<std::int64_t>& ids) {
    std::string out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(ids[i]);
    }
    return out + ']';
}

bool known_since(const StoredClaim& c, const std::optional<core::Date>& since) {
    return !since || (c.known_on && *c.known_on >= *since);
}

core::Date end_of_time() { return core::Date{9999, 12, 31}; }

std::vector<Conflict> disagreements(const std::vector<PlaceState>& latest, const std::optional<core::Date>& since) {
    struct Pair {
        const PlaceState* ua = nullptr;
        const PlaceState* ru = nullptr;
    };
    std::map<std::int64_t, Pair> by_place;
    for (const PlaceState& s : latest) {
        if (s.claimant_side == core::Side::UA) by_place[s.place.id].ua = &s;
        if (s.claimant_side == core::Side::RU) by_place[s.place.id].ru = &s;
    }
    std::vector<Conflict> out;
    for (const PlaceState& s : latest) { // keeps the name order of `latest`
        if (s.claimant_side != core::Side::UA) continue;
        const Pair& p = by_place[s.place.id];
        if (!p.ru || p.ua->controller == p.ru->controller) continue;
        if (p.ua->controller == Control::Unknown || p.ru->controller == Control::Unknown) continue;
        if (!known_since(p.ua->claim, since) && !known_since(p.ru->claim, since)) continue;
        out.push_back(Conflict{Conflict::Kind::SidesDisagree, s.place, p.ua->claim, p.ru->claim});
    }
    return out;
}

} // namespace

std::vector<StoredClaim> Store::timeline(const TimelineQuery& query) const {
    std::vector<std::int64_t> ids = query.place_ids;
    if (!query.name.empty()) {
        auto q = m_impl->place_ids_by_name.use();
        q.bind(1, query.name);
        while (q.step()) ids.push_back(q.int64(0));
    }
    if (ids.empty()) return {};
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto q = m_impl->timeline.use();
    q.bind(1, json_ids(ids)).bind(2, query.include_superseded);
    std::vector<StoredClaim> out;
    while (q.step()) out.push_back(read_claim(q));
    return out;
}

std::vector<PlaceState> Store::state(core::Date as_of, std::optional<core::Side> claimant_side) const {
    auto q = m_impl->state.use();
    q.bind(1, as_of.iso());
    if (claimant_side) q.bind(2, core::to_string(*claimant_side));
    std::vector<PlaceState> out;
    while (q.step()) {
        PlaceState s;
        s.claim = read_claim(q);
        s.place = s.claim.claim.place.value_or(core::Place{});
        s.claimant_side = s.claim.claim.claimant_side;
        s.controller = control_of(s.claim.claim);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Conflict> Store::conflicts(std::optional<core::Date> since, std::optional<core::Date> as_of) const {
    // One read transaction: both queries see the same snapshot.
    sql::Transaction tx(*m_impl->db, sql::Transaction::Kind::Deferred);
    std::vector<Conflict> out = disagreements(state(as_of.value_or(end_of_time())), since);
    auto q = m_impl->denials.use();
    q.bind_text_or_null(1, date_text(since)).bind_text_or_null(2, date_text(as_of));
    while (q.step()) {
        Conflict c;
        c.kind = Conflict::Kind::CaptureDenied;
        c.claim = read_claim(q);
        c.place = c.claim.claim.place.value_or(core::Place{});
        auto d = m_impl->denied_claim.use();
        d.bind(1, c.place.id)
            .bind(2, core::to_string(c.claim.claim.change))
            .bind(3, core::to_string(c.claim.claim.by_side))
            .bind_text_or_null(4, date_text(c.claim.known_on));
        if (d.step()) c.other = read_claim(d);
        out.push_back(std::move(c));
    }
    tx.commit();
    return out;
}

Stats Store::stats() const {
    Stats s;
    s.schema_version = m_impl->schema_version;
    sql::Transaction tx(*m_impl->db, sql::Transaction::Kind::Deferred);
    {
        auto q = m_impl->stats_totals.use();
        q.step();
        s.articles = q.int64(0);
        s.runs = q.int64(1);
        s.claims = q.int64(2);
        s.superseded_claims = q.int64(3);
        s.places = q.int64(4);
        s.mentions = q.int64(5);
        s.first = core::Date::parse(q.text(6));
        s.last = core::Date::parse(q.text(7));
    }
    s.per_side = {SideStats{core::Side::UA}, SideStats{core::Side::RU}, SideStats{core::Side::None}};
    auto q = m_impl->stats_sides.use();
    while (q.step()) {
        const auto by = core::side_from_string(q.text(0)).value_or(core::Side::None);
        const auto claimant = core::side_from_string(q.text(1)).value_or(core::Side::None);
        for (SideStats& side : s.per_side) {
            if (side.side == by) side.acting += q.int64(2);
            if (side.side == claimant) side.claimant += q.int64(2);
        }
    }
    tx.commit();
    return s;
}

} // namespace claimtrack::store
