#pragma once
// The JSON contract of `claimtrack extract --json` (see README, "Output of extract").

#include "json_writer.hpp"

#include "claimtrack/core/types.hpp"

#include <nlohmann/json.hpp>

namespace claimtrack::cli {

/// A place as a JSON value (geocode's candidates).
nlohmann::json to_json(const core::Place& place);

/// The same place, streamed.
void write_json(JsonWriter& w, const core::Place& place);
/// One article's extraction as an object: {"areas", "article", "claims", ...}.
void write_json(JsonWriter& w, const core::Document& doc, const core::Extraction& extraction);

} // namespace claimtrack::cli
