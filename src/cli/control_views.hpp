#pragma once
// Control layers as the sub-commands use them: which source a command means,
// the snapshots of a source as prepared areas, and today's date. Shared by
// control, corroborate, claimants, export and map.

#include "settings.hpp"

#include "claimtrack/geo/control_area.hpp"
#include "claimtrack/store/store.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace claimtrack::cli {

/// `requested` when given (it must have snapshots), else the only source
/// the store holds. \throws InputError naming the sources when none or
/// several match.
std::string choose_source(const store::Store& db, const std::string& requested);

/// Like choose_source, but an empty store (no layers imported) gives "".
std::string source_if_any(const store::Store& db, const std::string& requested);

/// Today's date (UTC).
core::Date today();

/// One snapshot with its polygons.
struct LoadedSnapshot {
    store::ControlSnapshot meta;
    geo::MultiPolygon polygons;
};

/// The snapshots of `source`, in date order, their WKB read back.
std::vector<LoadedSnapshot> load_snapshots(const store::Store& db, const std::string& source);

/// The verdicts of `source` by claim id (empty when source is "").
std::unordered_map<std::int64_t, store::Verdict> verdicts_by_claim(const store::Store& db, const std::string& source);

} // namespace claimtrack::cli
