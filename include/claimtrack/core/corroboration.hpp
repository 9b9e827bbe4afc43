#pragma once
/// \file
/// Corroboration: holding a claim against dated assessed control maps
/// (snapshots of the occupied area, e.g. DeepStateMap's weekly layers). The
/// rule alone, on plain values: which snapshots showed the place inside the
/// occupied area is the caller's business (geo answers it, store keeps the
/// result). Pure functions; thread-safe; never throw.

#include "claimtrack/core/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::core {

/// A claim's verdict against the snapshots.
enum class Corroboration {
    Corroborated,  ///< a snapshot within the window after the claim, or already before it, shows the implied controller
    Premature,     ///< the implied controller shows only later than the window
    Contradicted,  ///< every snapshot after the claim, to the latest, shows the other controller
    Pending,       ///< no snapshot after the claim yet, or the window is still open
    NotApplicable, ///< no controller implied, or a place or date the layers do not cover
};

/// "corroborated", "premature", "contradicted", "pending", "not_applicable".
std::string_view to_string(Corroboration c);
std::optional<Corroboration> corroboration_from_string(std::string_view s);

/// What one snapshot shows at the claim's place.
struct Observation {
    Date date;
    bool occupied = false;       ///< the place lies inside the snapshot's occupied area
    std::int64_t snapshot_id = 0;
};

struct Judgement {
    Corroboration verdict = Corroboration::NotApplicable;
    /// Corroborated: days from the claim to the first snapshot showing the
    /// implied controller (<= 0 when the map showed it first); premature: the
    /// same, beyond the window; otherwise nullopt.
    std::optional<long> lag_days;
    /// The snapshots the verdict rests on (ids as given in the observations).
    std::vector<std::int64_t> decided_by;
    /// Why pending or not applicable (empty otherwise).
    std::string reason;
};

/// Judges a claim made on `claim_date` that implies the place is occupied
/// (a capture by the occupying side) or not (a liberation, a withdrawal by the
/// occupier), against `observations` in ascending date order. A snapshot
/// dated on or before the claim counts as "already"; the window covers the
/// `window_days` after the claim. The horizon is the latest snapshot: a
/// window reaching beyond it is still open. A claim made more than the
/// window before the first snapshot is not applicable (the layers do not go
/// back that far); no observations at all is pending.
Judgement judge(Date claim_date, bool implies_occupied, const std::vector<Observation> &observations,
                long window_days);

/// A not-applicable judgement with its reason.
Judgement not_applicable(std::string reason);

} // namespace claimtrack::core
