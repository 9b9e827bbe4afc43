#pragma once
/// \file
/// Reading articles into core::Document values: plain text with an optional
/// header block, and JSON Lines. Pure functions of bytes; the caller reads files.
/// (Streaming readers, a document at a time: claimtrack/text/stream.hpp.)

#include "claimtrack/core/types.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::text {

/// What every reader accepts. Defaults accept everything up to 1 GiB.
struct ReadOptions {
    /// Articles published after this date are refused (an InputError for a
    /// whole article, a reported line or item in JSON Lines and feeds): a date
    /// in the future is a typo or a wrong clock, and its claims would shape
    /// `state --as-of` for dates to come. nullopt: no check.
    std::optional<core::Date> latest_published;
    /// The largest document read (an article, a JSON line, a feed item), in bytes.
    std::size_t max_document_bytes = std::size_t{1} << 30;
};

/// \throws InputError when `published` is later than options.latest_published,
/// naming the date and the limit (not the input: the caller adds it).
void check_published(const std::optional<core::Date>& published, const ReadOptions& options);

/// Parses a plain-text article: an optional header block of `key: value` lines
/// (url, title, source, published, language) ended by a blank line, then the body.
/// `origin` names the input in errors and becomes Document::file. Takes the
/// bytes by value: the body is cut from them in place (no second copy of a
/// large article).
/// \throws InputError for empty, binary or invalid UTF-8 input, naming `origin`
/// and the byte offset, and for a malformed or future publication date.
core::Document parse_text_article(std::string bytes, const std::string& origin, const ReadOptions& options = {});

/// One JSON object per line: {"url","title","published","text"[, "source", "language"]}.
/// Good lines are returned; each bad line is reported in `errors` as
/// "ORIGIN:LINE: reason" and skipped.
std::vector<core::Document> parse_json_lines(std::string_view bytes, const std::string& origin,
                                             std::vector<std::string>& errors, const ReadOptions& options = {});

/// One JSON Lines record (`line` without its newline) as a document named
/// `where` ("ORIGIN:LINE"). Consumes `line` (its storage becomes the text when it can).
/// \throws InputError (without `where`) for a bad record.
core::Document parse_json_line(std::string& line, const std::string& where, const ReadOptions& options = {});

} // namespace claimtrack::text
