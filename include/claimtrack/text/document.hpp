#pragma once
/// \file
/// Reading articles into core::Document values: plain text with an optional
/// header block, and JSON Lines. Pure functions of bytes; the caller reads files.

#include "claimtrack/core/types.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::text {

/// Parses a plain-text article: an optional header block of `key: value` lines
/// (url, title, source, published, language) ended by a blank line, then the body.
/// `origin` names the input in errors and becomes Document::file.
/// \throws InputError for empty, binary or invalid UTF-8 input, naming `origin`
/// and the byte offset.
core::Document parse_text_article(std::string_view bytes, const std::string& origin);

/// One JSON object per line: {"url","title","published","text"[, "source", "language"]}.
/// Good lines are returned; each bad line is reported in `errors` as
/// "ORIGIN:LINE: reason" and skipped.
std::vector<core::Document> parse_json_lines(std::string_view bytes, const std::string& origin,
                                             std::vector<std::string>& errors);

} // namespace claimtrack::text
