#pragma once
// Writing the record of an index's inputs (`<index>.sources`, see IndexSources).

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <optional>
#include <string>

namespace claimtrack::gazetteer::detail {

/// Writes `<options.out>.sources` with the absolute paths of the dump directories and the
/// front-line directory, through a temporary file renamed over it. Returns a warning (the index
/// is usable, only the record is missing) instead of throwing: the index itself was written.
std::optional<std::string> write_index_sources(const BuildOptions& options);

} // namespace claimtrack::gazetteer::detail
