#include "claimtrack/geo/gdal_module.hpp"

#include "gdal_functions.hpp"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace claimtrack::geo {

namespace {

/// dlopen()s the first candidate that exists; the handle is never closed
/// (GDAL keeps process-wide state until exit).
void *load_module() {
    std::string tried;
    for (const auto &file : gdal_module_candidates()) {
        std::error_code ec;
        if (!std::filesystem::exists(file, ec)) {
            tried += "\n  '" + file.string() + "': no such file";
            continue;
        }
        dlerror();
        if (void *handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL)) return handle;
        const char *why = dlerror();
        tried += "\n  '" + file.string() + "': " + (why ? why : "dlopen failed");
    }
    throw ModuleError(std::string("cannot load the GDAL module ") + k_gdal_module_file +
                      " (needed to read boundary files and dated layers, control areas and for exports); "
                      "looked for it at:" + tried +
                      "\n  hint: build it with the binary (cmake --build, target claimtrack_gdal), keep it "
                      "beside the executable, or name it with CLAIMTRACK_GDAL_MODULE");
}

} // namespace

std::vector<std::filesystem::path> gdal_module_candidates() {
    if (const char *file = std::getenv("CLAIMTRACK_GDAL_MODULE"); file != nullptr && *file != '\0') return {file};
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec && exe.has_parent_path()) {
        out.push_back(exe.parent_path() / k_gdal_module_file);
        out.push_back(exe.parent_path().parent_path() / "lib" / "claimtrack" / k_gdal_module_file);
    }
#ifdef CLAIMTRACK_GDAL_MODULE_BUILD_PATH
    const std::filesystem::path built(CLAIMTRACK_GDAL_MODULE_BUILD_PATH);
    if (std::find(out.begin(), out.end(), built) == out.end()) out.push_back(built);
#endif
    return out;
}

void *gdal_module_symbol(const char *symbol) {
    // Loaded once; a failure throws out of the initialisation, so the next
    // call tries again.
    static void *const handle = load_module();
    dlerror();
    void *address = dlsym(handle, symbol);
    if (address == nullptr)
        throw ModuleError(std::string("the GDAL module ") + k_gdal_module_file + " has no entry point '" + symbol +
                          "': it is not the module of this build of claimtrack");
    return address;
}

namespace detail {

const GeoFunctions &gdal() {
    static const GeoFunctions &functions = [] () -> const GeoFunctions & {
        using Entry = const GeoFunctions *(*)();
        const auto entry = reinterpret_cast<Entry>(gdal_module_symbol(k_geo_functions_symbol));
        const GeoFunctions *table = entry();
        if (table == nullptr || table->size != sizeof(GeoFunctions))
            throw ModuleError(std::string("the GDAL module ") + k_gdal_module_file +
                              " does not match this build of claimtrack (its geo table differs)");
        return *table;
    }();
    return functions;
}

} // namespace detail

} // namespace claimtrack::geo
