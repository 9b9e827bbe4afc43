#pragma once
// What a stored claim says about control of its place; shared by the export
// and map sub-commands. Header-only and thin: the rules themselves live in
// the store (control_of, is_state_claim), so that the exported state, the
// map and `claimtrack state` cannot disagree.

#include "claimtrack/core/types.hpp"
#include "claimtrack/store/store.hpp"

#include <optional>
#include <string>

namespace claimtrack::cli {

/// The date a claim became known, as the store orders claims by it
/// (stated_on, else the article's publication, else the event's end).
inline std::optional<core::Date> known_on(const store::StoredClaim &sc) { return sc.known_on; }

/// Which side holds the place if the claim is true: "UA", "RU", "contested",
/// or "" when the claim says nothing about control (advanced, repelled, a denial).
inline std::string controller(const core::Claim &c) { return std::string(store::to_string(store::control_of(c))); }

/// Claims that change who holds a place, as the store's state query counts them.
inline bool is_state_claim(const core::Claim &c) { return store::is_state_claim(c); }

} // namespace claimtrack::cli
