#include "claimtrack/core/corroboration.hpp"

#include <array>
#include <utility>

namespace claimtrack::core {

namespace {

constexpr std::array<std::pair<Corroboration, std::string_view>, 5> k_names{{
    {Corroboration::Corroborated, "corroborated"},
    {Corroboration::Premature, "premature"},
    {Corroboration::Contradicted, "contradicted"},
    {Corroboration::Pending, "pending"},
    {Corroboration::NotApplicable, "not_applicable"},
}};

long days_between(Date from, Date to) { return to.days_since_epoch() - from.days_since_epoch(); }

} // namespace

std::string_view to_string(Corroboration c) {
    for (const auto &[value, name] : k_names)
        if (value == c) return name;
    return "not_applicable";
}

std::optional<Corroboration> corroboration_from_string(std::string_view s) {
    for (const auto &[value, name] : k_names)
        if (name == s) return value;
    return std::nullopt;
}

Judgement not_applicable(std::string reason) {
    Judgement j;
    j.verdict = Corroboration::NotApplicable;
    j.reason = std::move(reason);
    return j;
}

Judgement judge(Date claim_date, bool implies_occupied, const std::vector<Observation> &observations,
                long window_days) {
    Judgement j;
    const auto shows = [implies_occupied](const Observation &o) { return o.occupied == implies_occupied; };
    if (observations.empty()) {
        j.verdict = Corroboration::Pending;
        j.reason = "no snapshot yet";
        return j;
    }
    const Date window_end = claim_date.plus_days(window_days);
    // The last snapshot on or before the claim: what the map showed already.
    std::size_t after = 0; // first snapshot after the claim
    while (after < observations.size() && observations[after].date <= claim_date) ++after;
    if (after > 0 && shows(observations[after - 1])) {
        std::size_t first = after - 1; // the start of the run that still holds on the claim date
        while (first > 0 && shows(observations[first - 1])) --first;
        j.verdict = Corroboration::Corroborated;
        j.lag_days = days_between(claim_date, observations[first].date);
        j.decided_by = {observations[first].snapshot_id};
        if (first != after - 1) j.decided_by.push_back(observations[after - 1].snapshot_id);
        return j;
    }
    if (after == 0 && observations.front().date > window_end)
        return not_applicable("claim made before the first snapshot (" + observations.front().date.iso() + ")");
    for (std::size_t i = after; i < observations.size() && observations[i].date <= window_end; ++i) {
        if (!shows(observations[i])) continue;
        j.verdict = Corroboration::Corroborated;
        j.lag_days = days_between(claim_date, observations[i].date);
        j.decided_by = {observations[i].snapshot_id};
        return j;
    }
    const Observation &latest = observations.back();
    if (after == observations.size()) {
        j.verdict = Corroboration::Pending;
        j.reason = "no snapshot after the claim yet (latest " + latest.date.iso() + ")";
        if (after > 0) j.decided_by = {observations[after - 1].snapshot_id};
        return j;
    }
    if (latest.date < window_end) {
        j.verdict = Corroboration::Pending;
        j.reason = "window open until " + window_end.iso() + " (latest snapshot " + latest.date.iso() + ")";
        j.decided_by = {observations[after].snapshot_id};
        if (after + 1 < observations.size()) j.decided_by.push_back(latest.snapshot_id);
        return j;
    }
    for (std::size_t i = after; i < observations.size(); ++i) {
        if (!shows(observations[i])) continue;
        j.verdict = Corroboration::Premature;
        j.lag_days = days_between(claim_date, observations[i].date);
        j.decided_by = {observations[i - 1].snapshot_id, observations[i].snapshot_id};
        return j;
    }
    j.verdict = Corroboration::Contradicted;
    j.decided_by = {observations[after].snapshot_id};
    if (after + 1 < observations.size()) j.decided_by.push_back(latest.snapshot_id);
    return j;
}

} // namespace claimtrack::core
