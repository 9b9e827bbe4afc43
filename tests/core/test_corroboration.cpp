// core::judge on hand-made weekly observations of one place.

#include "claimtrack/core/corroboration.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack::core;

namespace {

/// Weekly snapshots from 2024-07-01, id = week number + 1; `occupied` per week.
std::vector<Observation> weekly(const std::vector<bool> &occupied) {
    std::vector<Observation> out;
    for (std::size_t i = 0; i < occupied.size(); ++i)
        out.push_back({Date{2024, 7, 1}.plus_days(static_cast<long>(7 * i)), occupied[i],
                       static_cast<std::int64_t>(i + 1)});
    return out;
}

} // namespace

TEST_CASE("a capture the next snapshot shows is corroborated with its lag", "[corroboration]") {
    // Occupied from week 3 (2024-07-22) on.
    const auto obs = weekly({false, false, false, true, true, true, true, true, true});
    const auto j = judge(Date{2024, 7, 19}, true, obs, 28);
    CHECK(j.verdict == Corroboration::Corroborated);
    CHECK(j.lag_days == 3);
    CHECK(j.decided_by == std::vector<std::int64_t>{4});
    CHECK(j.reason.empty());

    SECTION("a claim the map had already shown has a lag <= 0") {
        const auto late = judge(Date{2024, 8, 1}, true, obs, 28);
        CHECK(late.verdict == Corroboration::Corroborated);
        CHECK(late.lag_days == -10); // first shown 2024-07-22
        CHECK(late.decided_by == std::vector<std::int64_t>{4, 5});
    }
    SECTION("a snapshot on the claim's day counts as already") {
        const auto same = judge(Date{2024, 7, 22}, true, obs, 28);
        CHECK(same.verdict == Corroboration::Corroborated);
        CHECK(same.lag_days == 0);
    }
}

TEST_CASE("a liberation while the map keeps the place occupied is contradicted", "[corroboration]") {
    const auto obs = weekly({true, true, true, true, true, true, true, true, true, true});
    const auto j = judge(Date{2024, 7, 10}, false, obs, 28);
    CHECK(j.verdict == Corroboration::Contradicted);
    CHECK_FALSE(j.lag_days);
    CHECK(j.decided_by == std::vector<std::int64_t>{3, 10}); // the first after the claim, the latest
}

TEST_CASE("a capture shown only after the window is premature", "[corroboration]") {
    // Occupied only from week 8 (2024-08-26): 47 days after a claim of 2024-07-10.
    const auto obs = weekly({false, false, false, false, false, false, false, false, true, true});
    const auto j = judge(Date{2024, 7, 10}, true, obs, 28);
    CHECK(j.verdict == Corroboration::Premature);
    CHECK(j.lag_days == 47);
    CHECK(j.decided_by == std::vector<std::int64_t>{8, 9});
    SECTION("a wider window corroborates it") {
        const auto wide = judge(Date{2024, 7, 10}, true, obs, 60);
        CHECK(wide.verdict == Corroboration::Corroborated);
        CHECK(wide.lag_days == 47);
    }
}

TEST_CASE("pending: no snapshot after the claim, or the window still open", "[corroboration]") {
    const auto obs = weekly({false, false, false, false});
    const auto none_after = judge(Date{2024, 8, 1}, true, obs, 28);
    CHECK(none_after.verdict == Corroboration::Pending);
    CHECK_THAT(none_after.reason, Catch::Contains("no snapshot after the claim"));
    const auto open = judge(Date{2024, 7, 10}, true, obs, 28); // window to 08-07, latest 07-22
    CHECK(open.verdict == Corroboration::Pending);
    CHECK_THAT(open.reason, Catch::Contains("window open until 2024-08-07"));
    CHECK(judge(Date{2024, 7, 10}, true, {}, 28).verdict == Corroboration::Pending);
    // A window still open does not hide a snapshot that already shows it.
    CHECK(judge(Date{2024, 7, 10}, false, obs, 28).verdict == Corroboration::Corroborated);
}

TEST_CASE("a claim long before the first snapshot is not applicable", "[corroboration]") {
    const auto obs = weekly({false, true, true});
    const auto j = judge(Date{2022, 9, 10}, true, obs, 28);
    CHECK(j.verdict == Corroboration::NotApplicable);
    CHECK_THAT(j.reason, Catch::Contains("before the first snapshot (2024-07-01)"));
    // Within the window before the first snapshot it is judged.
    CHECK(judge(Date{2024, 6, 20}, true, obs, 28).verdict == Corroboration::Corroborated);
}

TEST_CASE("verdict names round-trip", "[corroboration]") {
    for (auto c : {Corroboration::Corroborated, Corroboration::Premature, Corroboration::Contradicted,
                   Corroboration::Pending, Corroboration::NotApplicable})
        CHECK(corroboration_from_string(to_string(c)) == c);
    CHECK_FALSE(corroboration_from_string("true"));
}
