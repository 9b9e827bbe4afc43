#include <catch2/catch.hpp>

// The extractor's per-sentence analysis (src/extract/analysis.hpp).
#include "analysis.hpp"

#include <vector>

namespace ex = claimtrack::extract;

TEST_CASE("view_hits points each sentence at its part of the document's hits", "[extract]") {
    // Three sentences analysed in turn: the first with two verbs and a mention, the second with
    // nothing, the third with one verb and a report. Their views were taken while the buffers
    // grew; view_hits re-takes them from the sizes alone.
    ex::SentenceHits hits;
    const ex::VerbEntry entry{"captured", ex::VerbClass::Gain, ex::VerbHint::None, ex::verb_shape("captured")};
    hits.verbs = {{1, 2, &entry}, {5, 6, &entry}, {0, 1, &entry}};
    hits.mentions = {{3, 4, nullptr}};
    hits.reports = {{2, 3, ex::ReportKind::Say}};
    std::vector<ex::Sentence> sentences(3);
    const std::vector<ex::VerbHit> stale(3); // stands for the buffers as they were
    sentences[0].verbs = std::span<const ex::VerbHit>(stale).subspan(0, 2);
    sentences[0].mentions = std::span<const ex::MentionRef>(hits.mentions).subspan(0, 1);
    sentences[2].verbs = std::span<const ex::VerbHit>(stale).subspan(2, 1);
    sentences[2].reports = std::span<const ex::ReportHit>(hits.reports);

    ex::view_hits(sentences, hits);
    REQUIRE(sentences[0].verbs.size() == 2);
    CHECK(sentences[0].verbs.data() == hits.verbs.data());
    CHECK(sentences[0].verbs[1].first == 5);
    CHECK(sentences[0].mentions.size() == 1);
    CHECK(sentences[0].reports.empty());
    CHECK(sentences[1].verbs.empty());
    CHECK(sentences[1].mentions.empty());
    REQUIRE(sentences[2].verbs.size() == 1);
    CHECK(sentences[2].verbs.data() == hits.verbs.data() + 2);
    CHECK(sentences[2].reports.data() == hits.reports.data());
    CHECK(sentences[2].mentions.empty());
}
