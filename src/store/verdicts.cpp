// Store: verdicts of claims against control snapshots (migration 0004), and
// the per-claimant reliability table built from them. Verdicts are derived
// data: store_verdicts() replaces a source's set, touching only rows that change.

#include "claimtrack/store/store.hpp"

#include "store_impl.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

namespace claimtrack::store {

namespace {

std::string join_ids(const std::vector<std::int64_t>& ids) {
    std::string out;
    for (auto id : ids) {
        if (!out.empty()) out += ',';
        out += std::to_string(id);
    }
    return out;
}

std::vector<std::int64_t> split_ids(const std::string& text) {
    std::vector<std::int64_t> out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = text.find(',', i);
        if (j == std::string::npos) j = text.size();
        if (j > i) out.push_back(std::stoll(text.substr(i, j - i)));
        i = j + 1;
    }
    return out;
}

/// Everything a verdict row says, for comparing a new verdict with the stored
/// one (the snapshots are a set: kept by id).
std::string verdict_key(const Verdict& v) {
    std::vector<std::int64_t> by = v.decided_by;
    std::sort(by.begin(), by.end());
    by.erase(std::unique(by.begin(), by.end()), by.end());
    return std::to_string(v.window_days) + '|' + std::string(core::to_string(v.verdict)) + '|' +
           std::string(core::to_string(v.implied)) + '|' + (v.lag_days ? std::to_string(*v.lag_days) : "-") + '|' +
           v.reason + '|' + join_ids(by);
}

std::string verdict_select(sql::Dialect d) {
    return R"sql(
SELECT v.id, v.claim_id, v.source, v.window_days, v.verdict, v.implied, v.lag_days, v.reason, v.computed_at,
       (SELECT )sql" + dialect::join_ids(d, "snapshot_id") + R"sql( FROM (SELECT s.snapshot_id FROM verdict_snapshots s
                                               WHERE s.verdict_id = v.id ORDER BY s.snapshot_id) ids)
FROM verdicts v)sql";
}

Verdict read_verdict(const sql::Statement::Use& q) {
    Verdict v;
    v.claim_id = q.int64(1);
    v.source = q.text(2);
    v.window_days = static_cast<long>(q.int64(3));
    v.verdict = core::corroboration_from_string(q.text(4)).value_or(core::Corroboration::NotApplicable);
    v.implied = core::side_from_string(q.text(5)).value_or(core::Side::None);
    if (const auto lag = q.opt_int64(6)) v.lag_days = static_cast<long>(*lag);
    v.reason = q.text(7);
    v.computed_at = q.text(8);
    v.decided_by = split_ids(q.text(9));
    return v;
}

std::optional<double> median(std::vector<long> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? static_cast<double>(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

void count(ClaimantStats& s, core::Corroboration v) {
    ++s.claims;
    switch (v) {
    case core::Corroboration::Corroborated: ++s.corroborated; break;
    case core::Corroboration::Contradicted: ++s.contradicted; break;
    case core::Corroboration::Premature: ++s.premature; break;
    case core::Corroboration::Pending: ++s.pending; break;
    case core::Corroboration::NotApplicable: ++s.not_applicable; break;
    }
}

void bind_lag(sql::Statement::Use& q, int index, const std::optional<long>& lag) {
    if (lag)
        q.bind(index, static_cast<std::int64_t>(*lag));
    else
        q.bind_null(index);
}

} // namespace

std::vector<CorroborationCandidate> Store::corroboration_candidates() const {
    sql::Statement stmt(*m_impl->db, R"sql(
SELECT c.id, c.change, c.by_side, c.negated, c.background, c.known_on, p.id, p.kind, p.country, p.lon, p.lat
FROM claims c
JOIN places p ON p.id = c.place_id
WHERE c.run_id NOT IN (SELECT id FROM extraction_runs WHERE superseded_by IS NOT NULL)
ORDER BY c.id)sql");
    auto q = stmt.use();
    std::vector<CorroborationCandidate> out;
    while (q.step()) {
        CorroborationCandidate c;
        c.claim_id = q.int64(0);
        c.change = core::change_from_string(q.text(1)).value_or(core::Change::Other);
        c.by_side = core::side_from_string(q.text(2)).value_or(core::Side::None);
        c.negated = q.int64(3) != 0;
        c.background = q.int64(4) != 0;
        c.known_on = core::Date::parse(q.text(5));
        c.place_id = q.int64(6);
        c.place_kind = core::place_kind_from_string(q.text(7)).value_or(core::PlaceKind::Other);
        c.country = q.text(8);
        const auto lon = q.opt_real(9), lat = q.opt_real(10);
        if (lon && lat && !std::isnan(*lon) && !std::isnan(*lat)) c.lonlat = core::LonLat{*lon, *lat};
        out.push_back(std::move(c));
    }
    return out;
}

VerdictUpdate Store::store_verdicts(const std::string& source, const std::vector<Verdict>& verdicts) {
    Impl& s = *m_impl;
    sql::Transaction tx(*s.db, sql::Transaction::Kind::Immediate);
    struct Stored {
        std::int64_t id;
        std::string key;
        bool seen = false;
    };
    std::unordered_map<std::int64_t, Stored> stored;
    {
        sql::Statement select(*s.db, verdict_select(m_impl->dialect()) + " WHERE v.source = ?1");
        auto q = select.use();
        q.bind(1, source);
        while (q.step()) {
            const Verdict v = read_verdict(q);
            stored.emplace(v.claim_id, Stored{q.int64(0), verdict_key(v)});
        }
    }
    sql::Statement insert(*s.db, R"sql(
INSERT INTO verdicts(claim_id, source, window_days, verdict, implied, lag_days, reason, computed_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, )sql" + dialect::now(s.dialect()) + R"sql() RETURNING id)sql");
    sql::Statement update(*s.db, R"sql(
UPDATE verdicts SET window_days = ?2, verdict = ?3, implied = ?4, lag_days = ?5, reason = ?6,
                    computed_at = )sql" + dialect::now(s.dialect()) + R"sql(
WHERE id = ?1)sql");
    sql::Statement clear_links(*s.db, "DELETE FROM verdict_snapshots WHERE verdict_id = ?1");
    sql::Statement link(*s.db, "INSERT INTO verdict_snapshots(verdict_id, snapshot_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
    sql::Statement remove(*s.db, "DELETE FROM verdicts WHERE id = ?1");
    VerdictUpdate out;
    for (const Verdict& v : verdicts) {
        if (v.source != source)
            throw StoreError(s.name() + ": storing verdicts of '" + source + "': claim " +
                             std::to_string(v.claim_id) + " carries a verdict of '" + v.source + "'");
        std::int64_t id = 0;
        if (auto it = stored.find(v.claim_id); it != stored.end()) {
            it->second.seen = true;
            if (it->second.key == verdict_key(v)) {
                ++out.unchanged;
                continue;
            }
            id = it->second.id;
            auto u = update.use();
            u.bind(1, id)
                .bind(2, static_cast<std::int64_t>(v.window_days))
                .bind(3, core::to_string(v.verdict))
                .bind_text_or_null(4, core::to_string(v.implied))
                .bind(6, v.reason);
            bind_lag(u, 5, v.lag_days);
            u.run();
            clear_links.use().bind(1, id).run();
            ++out.changed;
        } else {
            auto q = insert.use();
            q.bind(1, v.claim_id)
                .bind(2, source)
                .bind(3, static_cast<std::int64_t>(v.window_days))
                .bind(4, core::to_string(v.verdict))
                .bind_text_or_null(5, core::to_string(v.implied))
                .bind(7, v.reason);
            bind_lag(q, 6, v.lag_days);
            q.step();
            id = q.int64(0);
            q.run();
            ++out.added;
        }
        for (auto snapshot : v.decided_by) link.use().bind(1, id).bind(2, snapshot).run();
    }
    for (const auto& [claim, row] : stored) {
        if (row.seen) continue;
        remove.use().bind(1, row.id).run();
        ++out.removed;
    }
    tx.commit();
    return out;
}

std::vector<Verdict> Store::verdicts(const std::string& source) const {
    sql::Statement stmt(*m_impl->db, verdict_select(m_impl->dialect()) + " WHERE v.source = ?1 ORDER BY v.claim_id");
    auto q = stmt.use();
    q.bind(1, source);
    std::vector<Verdict> out;
    while (q.step()) out.push_back(read_verdict(q));
    return out;
}

ClaimantReport Store::claimants(const ClaimantQuery& query) const {
    sql::Statement stmt(*m_impl->db, R"sql(
SELECT c.claimant, COALESCE(c.claimant_side, ''), v.verdict, v.lag_days
FROM verdicts v
JOIN claims c ON c.id = v.claim_id
WHERE v.source = ?1 AND (CAST(?2 AS TEXT) IS NULL OR c.known_on >= ?2) AND (CAST(?3 AS TEXT) IS NULL OR c.known_on <= ?3)
  AND c.run_id NOT IN (SELECT id FROM extraction_runs WHERE superseded_by IS NOT NULL))sql");
    auto q = stmt.use();
    q.bind(1, query.source).bind_text_or_null(2, date_text(query.since)).bind_text_or_null(3, date_text(query.until));
    ClaimantReport report;
    report.source = query.source;
    using Key = std::tuple<std::string, int>;
    std::map<Key, std::pair<ClaimantStats, std::vector<long>>> rows;
    std::map<int, std::pair<ClaimantStats, std::vector<long>>> sides;
    while (q.step()) {
        const core::Side side = core::side_from_string(q.text(1)).value_or(core::Side::None);
        const auto verdict = core::corroboration_from_string(q.text(2)).value_or(core::Corroboration::NotApplicable);
        const auto lag = q.opt_int64(3);
        for (auto* entry : {&rows[{q.text(0), static_cast<int>(side)}], &sides[static_cast<int>(side)]}) {
            count(entry->first, verdict);
            if (verdict == core::Corroboration::Corroborated && lag) entry->second.push_back(static_cast<long>(*lag));
        }
        auto& row = rows[{q.text(0), static_cast<int>(side)}].first;
        row.claimant = q.text(0);
        row.side = side;
        sides[static_cast<int>(side)].first.side = side;
        ++report.verdicts;
    }
    for (auto& [key, entry] : rows) {
        entry.first.median_lag_days = median(std::move(entry.second));
        report.claimants.push_back(std::move(entry.first));
    }
    std::stable_sort(report.claimants.begin(), report.claimants.end(),
                     [](const ClaimantStats& a, const ClaimantStats& b) { return a.claims > b.claims; });
    for (core::Side side : {core::Side::UA, core::Side::RU, core::Side::None}) {
        auto it = sides.find(static_cast<int>(side));
        if (it == sides.end()) continue;
        it->second.first.median_lag_days = median(std::move(it->second.second));
        report.sides.push_back(std::move(it->second.first));
    }
    return report;
}

} // namespace claimtrack::store
