#pragma once
/// \file
/// Cutting a long text into windows that are read one at a time, so that the
/// working memory of geoparsing and extraction is bounded by the window, not
/// by the article.

#include "claimtrack/core/types.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimtrack::text {

/// Consecutive spans covering all of `text`, each at most `max_bytes` long
/// (one span when the text is no longer). Each cut falls at the last paragraph
/// break ("\n\n") of the window when there is one in its second half, else at
/// the last line break, else after the last sentence end (". "), else at the
/// last space, else at a UTF-8 character boundary: a sentence is never cut
/// unless it is longer than half a window. Thread-safe.
std::vector<core::Span> windows(std::string_view text, std::size_t max_bytes);

} // namespace claimtrack::text
