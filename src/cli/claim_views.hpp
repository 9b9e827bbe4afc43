#pragma once
// What a stored claim says about control of its place; shared by the export
// and map sub-commands. Header-only, pure functions.

#include "claimtrack/core/types.hpp"
#include "claimtrack/store/store.hpp"

#include <optional>
#include <string>

namespace claimtrack::cli {

/// The date a claim became known: stated_on, else the article's publication.
inline std::optional<core::Date> known_on(const store::StoredClaim &sc) {
    return sc.claim.stated_on ? sc.claim.stated_on : sc.article.published;
}

/// Which side holds the place if the claim is true: "UA", "RU", "contested",
/// or "" when the claim says nothing about control (advanced, other, a denial).
inline std::string controller(const core::Claim &c) {
    if (c.negated) return "";
    switch (c.change) {
    case core::Change::Captured:
    case core::Change::Liberated:
    case core::Change::Repelled:
        return std::string(core::to_string(c.by_side));
    case core::Change::Withdrew:
        return c.by_side == core::Side::UA ? "RU" : c.by_side == core::Side::RU ? "UA" : "";
    case core::Change::Contested:
        return "contested";
    default:
        return "";
    }
}

/// Claims that change who holds a place, as the store's state query counts them.
inline bool is_state_claim(const core::Claim &c) {
    if (c.background || c.negated) return false;
    switch (c.change) {
    case core::Change::Contested:
        return true;
    case core::Change::Captured:
    case core::Change::Liberated:
    case core::Change::Withdrew:
        return c.by_side != core::Side::None;
    default:
        return false;
    }
}

} // namespace claimtrack::cli
