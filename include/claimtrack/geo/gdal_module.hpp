#pragma once
/// \file
/// The GDAL module. Everything that reads or writes vector files or uses
/// GEOS (boundary files, dated layers, control areas, WKB, exports) is
/// implemented in a shared module, libclaimtrack_gdal.so, that the process
/// loads with dlopen() the first time one of those functions is called: the
/// commands that never touch them (`extract`, `ingest` without --boundaries
/// or --front, queries) do not pay for loading and relocating GDAL and the
/// hundred libraries it depends on at every start.
///
/// Where the module is looked for, in order:
///   1. the file named by CLAIMTRACK_GDAL_MODULE, when set (and only there);
///   2. beside the executable (/proc/self/exe): the build tree and a copied
///      pair of files;
///   3. ../lib/claimtrack/ from the executable's directory (`cmake --install`);
///   4. where the build tree put it (tests and benchmarks run from elsewhere).

#include "claimtrack/core/error.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace claimtrack::geo {

/// The GDAL module cannot be loaded (missing, or not this build's). The
/// message names every file tried and why each failed. Not a GeoError:
/// the CLI maps it to exit status 6 whatever the command.
class ModuleError : public Error {
  public:
    explicit ModuleError(const std::string &what) : Error(what) {}
};

/// The file name of the module.
inline constexpr const char *k_gdal_module_file = "libclaimtrack_gdal.so";

/// The files tried, in order (see above).
std::vector<std::filesystem::path> gdal_module_candidates();

/// The address of the module's entry point `symbol`, loading the module on
/// first use (once per process; thread-safe).
/// \throws ModuleError naming the files tried.
void *gdal_module_symbol(const char *symbol);

} // namespace claimtrack::geo
