#pragma once
// Private: what the GDAL module (libclaimtrack_gdal.so, see
// claimtrack/geo/gdal_module.hpp) does for the export module: writing and
// rendering layers with GDAL's drivers (src/export/gdal/writer.cpp).

#include "claimtrack/export/writer.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace claimtrack::exporter::detail {

// In the module: write_layer() and render_layer() as writer.hpp documents them.
void write_with_gdal(const Layer &layer, const WriteOptions &options);
std::string render_with_gdal(const Layer &layer, std::string_view format);

struct ExportFunctions {
    std::size_t size; ///< sizeof(ExportFunctions) in the module's build
    void (*write_layer)(const Layer &layer, const WriteOptions &options);
    std::string (*render_layer)(const Layer &layer, std::string_view format);
};

/// The module's entry point: `extern "C" const ExportFunctions *NAME()`.
inline constexpr const char *k_export_functions_symbol = "claimtrack_gdal_export_functions_v1";

} // namespace claimtrack::exporter::detail
