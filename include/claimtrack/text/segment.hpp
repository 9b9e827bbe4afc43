#pragma once
/// \file
/// Sentence segmentation that survives news prose.

#include "claimtrack/core/types.hpp"

#include <string_view>
#include <vector>

namespace claimtrack::text {

/// Sentence spans (byte offsets) of UTF-8 `text`, in order, trimmed of
/// surrounding white space. Handles abbreviations (Lt. Gen., U.S., St.),
/// quotes, datelines and headlines glued to the body (a line break without
/// final punctuation ends a sentence). Thread-safe.
std::vector<core::Span> sentences(std::string_view text);

} // namespace claimtrack::text
