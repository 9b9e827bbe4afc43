#include "claimtrack/export/writer.hpp"

#include "gdal_functions.hpp"

#include "claimtrack/geo/gdal_module.hpp"

// write_layer() and render_layer() are done by the GDAL module
// (src/export/gdal/writer.cpp), loaded on the first export.

namespace claimtrack::exporter {

namespace {

const detail::ExportFunctions &gdal() {
    static const detail::ExportFunctions &functions = []() -> const detail::ExportFunctions & {
        using Entry = const detail::ExportFunctions *(*)();
        const auto entry = reinterpret_cast<Entry>(geo::gdal_module_symbol(detail::k_export_functions_symbol));
        const detail::ExportFunctions *table = entry();
        if (table == nullptr || table->size != sizeof(detail::ExportFunctions))
            throw geo::ModuleError(std::string("the GDAL module ") + geo::k_gdal_module_file +
                                   " does not match this build of claimtrack (its export table differs)");
        return *table;
    }();
    return functions;
}

} // namespace

void write_layer(const Layer &layer, const WriteOptions &options) { gdal().write_layer(layer, options); }

std::string render_layer(const Layer &layer, std::string_view format) { return gdal().render_layer(layer, format); }

} // namespace claimtrack::exporter
