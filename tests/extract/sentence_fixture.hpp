#pragma once
// Shared by the extract tests that run the extractor over project-written sentences with hand-made
// settlement mentions (the gazetteer's own matching is tested in tests/gazetteer).
#include "claimtrack/extract/extractor.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace claimtrack::test {

namespace ct = claimtrack;
using ct::core::Change;
using ct::core::Side;

struct Known {
    std::string surface;
    std::string country = "UA";
    std::int64_t population = 0; ///< for "the city" / "the village" (a city: 10,000 or more, or a seat)
    std::string feature_code = "PPL";
};

inline const ct::extract::Extractor& extractor() {
    static const ct::extract::Extractor ex(CLAIMTRACK_GEODATA_DIR);
    return ex;
}

/// Runs the extractor over `text`, every occurrence of a known name being a settlement mention.
inline ct::core::Extraction run(const std::string& text, const std::vector<Known>& known, const std::string& language) {
    ct::core::Document doc;
    doc.text = text;
    doc.language = language;
    doc.published = ct::core::Date::parse("2024-05-15");
    std::vector<ct::core::Mention> mentions;
    std::int64_t id = 1;
    for (const Known& k : known) {
        ct::core::Place p;
        p.id = id++;
        p.name = k.surface;
        p.kind = ct::core::PlaceKind::Settlement;
        p.country = k.country;
        p.population = k.population;
        p.feature_code = k.feature_code;
        p.lonlat = {30.0 + static_cast<double>(id), 48.0};
        for (std::size_t pos = text.find(k.surface); pos != std::string::npos; pos = text.find(k.surface, pos + 1)) {
            ct::core::Mention m;
            m.span = {pos, pos + k.surface.size()};
            m.surface = k.surface;
            m.place = p;
            mentions.push_back(m);
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const ct::core::Mention& a, const ct::core::Mention& b) { return a.span.start < b.span.start; });
    return extractor().extract(doc, mentions);
}

/// The first claim on `place` that is not a negated one.
inline const ct::core::Claim* claim_for(const ct::core::Extraction& x, const std::string& place) {
    for (const auto& c : x.claims)
        if (c.place && c.place->name == place && !c.negated) return &c;
    return nullptr;
}

/// Whether `x` holds a plain (not negated) claim of `change` by `side` on `place`, among all of its claims
/// (a contest often follows the claim it answers).
inline bool has_claim(const ct::core::Extraction& x, const std::string& place, Change change, Side side) {
    for (const auto& c : x.claims)
        if (c.place && c.place->name == place && !c.negated && c.change == change && c.by_side == side) return true;
    return false;
}

inline void check_claim(const ct::core::Extraction& x, const std::string& place, Change change, Side side) {
    INFO("place " << place);
    const auto* c = claim_for(x, place);
    CHECK(c);
    if (!c) return;
    CHECK(c->change == change);
    CHECK(c->by_side == side);
}

} // namespace claimtrack::test
