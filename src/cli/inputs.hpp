#pragma once
// Input paths to documents: which reader a path needs, directories expanded,
// and documents pulled one at a time (JSON Lines by line, feeds by item).

#include "claimtrack/text/stream.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimtrack::cli {

/// What the readers accept: nothing published after tomorrow (UTC; a day of
/// grace for time zones), at most 1 GiB per document.
text::ReadOptions default_read_options();

/// Opens one input path as a stream of documents: a .jsonl/.ndjson file (a line
/// at a time), an RSS/Atom feed (.rss/.atom, or .xml that looks like one; an
/// item at a time), a saved HTML page (.html/.htm), a text article (anything
/// else), or "-" for standard input (JSON Lines when it starts with '{', else
/// read whole and recognised). \throws InputError naming the path.
std::unique_ptr<text::DocumentStream> open_input(const std::string& path, const text::ReadOptions& options);

/// Expands directories (recursively, sorted) into article files; other paths
/// pass through. A directory without article files is an error in `errors`
/// that says what was skipped; other skipped files are counted in `notes`.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& errors,
                                       std::vector<std::string>& notes);

} // namespace claimtrack::cli
