#pragma once
/// \file
/// Value types of the store's control layers and verdicts (migration 0004):
/// assessed control snapshots (dated occupied-area polygons, kept as WKB: the
/// store does not read geometry), the verdict each claim gets against one
/// source's snapshots, and the per-claimant reliability table. The Store
/// methods that read and write them are declared in store.hpp.

#include "claimtrack/core/corroboration.hpp"
#include "claimtrack/core/types.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claimtrack::store {

/// A snapshot to store, as read from a layer file.
struct NewSnapshot {
    std::string source;       ///< e.g. "deepstate-occupied-weekly"
    core::Date date;
    std::string date_from;    ///< "attribute NAME", "file name", "--date"
    std::string coverage;     ///< ISO country code of the territory assessed ("UA")
    std::string file;
    std::int64_t features = 0;
    std::int64_t polygons = 0;
    std::string repaired;     ///< features repaired with MakeValid, comma-separated; "" when none
    double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
    std::string geometry_wkb; ///< WKB MultiPolygon, WGS 84 lon/lat
};

/// A stored snapshot.
struct ControlSnapshot {
    std::int64_t id = 0;
    std::string source;
    core::Date date;
    std::string date_from;
    std::string coverage;
    std::string content_hash;  ///< SHA-256 (hex) of the WKB
    std::string file;
    std::int64_t features = 0;
    std::int64_t polygons = 0;
    std::string repaired;
    double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
    std::int64_t geometry_bytes = 0;
    std::string geometry_wkb;  ///< only when asked for (control_snapshots(..., true))
    std::string imported_at;
};

/// What add_control_snapshot() did.
struct SnapshotOutcome {
    enum class Kind {
        Inserted,
        Unchanged, ///< the same geometry of the same date and source is stored already
        DateTaken, ///< the source holds another geometry for that date: nothing stored
    };
    Kind kind = Kind::Inserted;
    std::int64_t id = 0;       ///< the new or the existing snapshot
    std::string existing_file; ///< DateTaken, Unchanged: the file the stored snapshot came from
};

/// A current claim about a settlement, with what corroboration needs.
struct CorroborationCandidate {
    std::int64_t claim_id = 0;
    core::Change change = core::Change::Other;
    core::Side by_side = core::Side::None;
    bool negated = false;
    bool background = false;
    std::optional<core::Date> known_on;
    std::int64_t place_id = 0;
    core::PlaceKind place_kind = core::PlaceKind::Other;
    std::string country;
    std::optional<core::LonLat> lonlat; ///< nullopt when the place has no point
};

/// A claim's verdict against one source's snapshots.
struct Verdict {
    std::int64_t claim_id = 0;
    std::string source;
    long window_days = 28;
    core::Corroboration verdict = core::Corroboration::NotApplicable;
    core::Side implied = core::Side::None;  ///< the controller the claim implies; None when it implies none
    std::optional<long> lag_days;
    std::string reason;
    std::vector<std::int64_t> decided_by;   ///< control_snapshots ids
    std::string computed_at;                ///< when this verdict was first computed (ISO 8601 UTC)
};

/// What store_verdicts() changed.
struct VerdictUpdate {
    std::int64_t added = 0, changed = 0, unchanged = 0, removed = 0;
};

struct ClaimantQuery {
    std::string source;              ///< verdicts of this source
    std::optional<core::Date> since; ///< claims known on or after
    std::optional<core::Date> until; ///< on or before
};

/// One row of the reliability table. claims = corroborated + contradicted +
/// premature + pending + not_applicable.
struct ClaimantStats {
    std::string claimant;                  ///< as written; "" for the per-side rows
    core::Side side = core::Side::None;    ///< the claimant's side (None: observers, unknown)
    std::int64_t claims = 0;
    std::int64_t corroborated = 0;
    std::int64_t contradicted = 0;
    std::int64_t premature = 0;
    std::int64_t pending = 0;
    std::int64_t not_applicable = 0;
    std::optional<double> median_lag_days; ///< over corroborated claims
};

struct ClaimantReport {
    std::string source;
    std::vector<ClaimantStats> claimants; ///< by claims, descending, then name
    std::vector<ClaimantStats> sides;     ///< UA, RU, None (those with claims)
    std::int64_t verdicts = 0;            ///< claims with a verdict in the period (the sum of `claims`)
};

} // namespace claimtrack::store
