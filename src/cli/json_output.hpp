#pragma once
// The JSON contract of `claimtrack extract --json` (see README, "Output of extract").

#include "claimtrack/core/types.hpp"

#include <nlohmann/json.hpp>

namespace claimtrack::cli {

nlohmann::json to_json(const core::Place& place);
nlohmann::json to_json(const core::Document& doc, const core::Extraction& extraction);

} // namespace claimtrack::cli
