#pragma once
// The JSON of the read-side answers, one builder per answer: `timeline`,
// `state`, `conflicts` and `stats` print them with --json, and `serve`
// answers its /api endpoints with the same values, so the two cannot differ.

#include "claimtrack/store/store.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace claimtrack::cli {

nlohmann::json place_json(const std::optional<core::Place>& p);
nlohmann::json claim_json(const store::StoredClaim& s);

/// `db`, when given, adds each article's further carriers (syndicated copies) in full.
nlohmann::json timeline_json(const std::vector<store::StoredClaim>& claims, const store::Store* db = nullptr);
nlohmann::json state_json(const std::vector<store::PlaceState>& states);
nlohmann::json conflicts_json(const std::vector<store::Conflict>& conflicts);
/// `claimtrack claimants --json`: the report of `query` (corroboration).
nlohmann::json claimants_json(const store::ClaimantReport& report, const store::ClaimantQuery& query);
/// `database`: the path as the user named it.
nlohmann::json stats_json(const store::Stats& stats, const std::string& database);

} // namespace claimtrack::cli
