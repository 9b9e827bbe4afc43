// Store benchmark (not a timed test: hidden from ctest). Run with
//   test_store "[bench]"            (CLAIMTRACK_BENCH_CLAIMS=1000000 by default)
// Generates a history of claims over 30,000 places, records it through
// Store::record in batches, then times timeline, state and conflicts.
#include "claimtrack/store/store.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>

using namespace claimtrack;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

/// CPU time of this process in ms: wall time is noisy on a shared machine.
double cpu_ms() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

long env_or(const char* name, long fallback) {
    const char* v = std::getenv(name);
    return v ? std::atol(v) : fallback;
}

core::Extraction generate(std::mt19937_64& rng, const core::Document& doc, const std::vector<core::Place>& places,
                          int claims, core::Date day) {
    static constexpr core::Change k_changes[] = {core::Change::Captured, core::Change::Liberated,
                                                 core::Change::Withdrew, core::Change::Contested,
                                                 core::Change::Advanced};
    static constexpr core::Side k_sides[] = {core::Side::UA, core::Side::RU, core::Side::None};
    core::Extraction x;
    for (int k = 0; k < claims; ++k) {
        const auto& p = places[rng() % places.size()];
        auto c = test::claim(doc, p, k_changes[rng() % 5], k_sides[rng() % 2], k_sides[rng() % 3], day.iso());
        c.evidence_span = core::Span{0, doc.text.size()};
        c.evidence = doc.text;
        c.negated = rng() % 50 == 0;
        c.background = rng() % 20 == 0;
        x.claims.push_back(std::move(c));
        x.mentions.push_back(test::mention(p, 0));
    }
    return x;
}

} // namespace

TEST_CASE("store benchmark", "[.][bench]") {
    const long total_claims = env_or("CLAIMTRACK_BENCH_CLAIMS", 1'000'000);
    const long n_places = env_or("CLAIMTRACK_BENCH_PLACES", 30'000);
    test::TempPath temp("bench");
    // CLAIMTRACK_BENCH_DB keeps the database for inspection (the file must not exist).
    const char* keep = std::getenv("CLAIMTRACK_BENCH_DB");
    const std::filesystem::path path = keep ? std::filesystem::path(keep) : temp.path();
    std::mt19937_64 rng(42);
    std::vector<core::Place> places;
    for (long i = 0; i < n_places; ++i) places.push_back(test::place(1'000'000 + i, "Place " + std::to_string(i)));

    auto s = store::Store::open(path, store::OpenMode::ReadWrite);
    const core::Date start{2022, 2, 24};
    long claims = 0, articles = 0, text_bytes = 0;
    const auto t0 = Clock::now();
    const double cpu0 = cpu_ms();
    while (claims < total_claims) {
        auto batch = s.begin_batch();
        for (int i = 0; i < 1000 && claims < total_claims; ++i, ++articles) {
            const core::Date day = start.plus_days(static_cast<long>(articles * 1100 / (total_claims / 5 + 1)));
            auto doc = test::document("Generated article " + std::to_string(articles) +
                                          ". Forces claimed to have captured a village near the front line, the "
                                          "ministry said on Telegram, a claim that could not be verified.",
                                      day.iso(), "g" + std::to_string(articles));
            text_bytes += static_cast<long>(doc.text.size());
            const int n = 1 + static_cast<int>(rng() % 9); // 5 claims per article on average
            s.record(doc, generate(rng, doc, places, n, day), "1");
            claims += n;
        }
        batch.commit();
    }
    const double ingest_ms = ms_since(t0);
    const double ingest_cpu_ms = cpu_ms() - cpu0;
    const auto size = static_cast<double>(std::filesystem::file_size(path));

    auto ro = store::Store::open(path, store::OpenMode::ReadOnly);
    std::vector<double> timeline_ms;
    std::size_t timeline_rows = 0;
    for (int i = 0; i < 50; ++i) {
        const auto t = Clock::now();
        timeline_rows += ro.timeline({{places[rng() % places.size()].id}, "", false}).size();
        timeline_ms.push_back(ms_since(t));
    }
    std::sort(timeline_ms.begin(), timeline_ms.end());
    const auto by_name = Clock::now();
    ro.timeline({{}, "place 12345", false});
    const double by_name_ms = ms_since(by_name);
    auto t = Clock::now();
    double c0 = cpu_ms();
    const auto state = ro.state(core::Date{2023, 10, 1});
    const double state_ms = ms_since(t), state_cpu = cpu_ms() - c0;
    t = Clock::now();
    const auto state_ua = ro.state(core::Date{2023, 10, 1}, core::Side::UA);
    const double state_ua_ms = ms_since(t);
    t = Clock::now();
    c0 = cpu_ms();
    const auto conflicts = ro.conflicts();
    const double conflicts_ms = ms_since(t), conflicts_cpu = cpu_ms() - c0;

    std::printf("store benchmark: %ld claims, %ld articles, %ld places\n", claims, articles, n_places);
    std::printf("  record:     %.0f articles/s, %.0f claims/s wall; %.0f articles/s per CPU second "
                "(store only, batches of 1000)\n",
                articles / (ingest_ms / 1000), claims / (ingest_ms / 1000), articles / (ingest_cpu_ms / 1000));
    std::printf("  size:       %.0f bytes/claim beyond article text (%.0f MB file)\n",
                (size - static_cast<double>(text_bytes)) / static_cast<double>(claims), size / 1e6);
    std::printf("  timeline:   median %.2f ms, max %.2f ms (%.1f claims/place); by name %.2f ms\n",
                timeline_ms[timeline_ms.size() / 2], timeline_ms.back(),
                static_cast<double>(timeline_rows) / 50.0, by_name_ms);
    std::printf("  state:      %.0f ms wall, %.0f ms CPU (%zu rows); --claimant-side UA %.0f ms (%zu rows)\n",
                state_ms, state_cpu, state.size(), state_ua_ms, state_ua.size());
    std::printf("  conflicts:  %.0f ms wall, %.0f ms CPU (%zu)\n", conflicts_ms, conflicts_cpu, conflicts.size());
    CHECK(claims >= total_claims);
}
