#pragma once
// Private: what the GDAL module (src/geo/gdal, built into
// libclaimtrack_gdal.so, see claimtrack/geo/gdal_module.hpp) does for the geo
// module, as a table of functions the module hands out, and how geo reaches it.

#include "claimtrack/geo/boundaries.hpp"
#include "claimtrack/geo/control_area.hpp"
#include "claimtrack/geo/dated_layers.hpp"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::geo::detail {

/// A control area's polygons prepared for point tests (GEOS): what
/// ControlArea::contains() asks once the point lies in the area's box.
class PreparedArea {
  public:
    virtual ~PreparedArea() = default;
    virtual bool contains(core::LonLat point) const = 0;
    virtual std::size_t polygon_count() const = 0;
};

/// What read_layer_file() takes from the file with GDAL; its date and the
/// checks on the date are decided outside the module.
struct LayerRead {
    LayerFile file; ///< file, polygons, features, repaired (not date, date_from, box)
    std::optional<core::Date> attribute_date;
    std::string attribute_name;
};

/// The module's functions. Each throws GeoError as the public function it
/// serves documents.
struct GeoFunctions {
    std::size_t size; ///< sizeof(GeoFunctions) in the module's build
    std::vector<Boundary> (*read_boundaries)(const std::filesystem::path &path);
    LayerRead (*read_layer)(const std::filesystem::path &path, const LayerFileOptions &options);
    std::string (*to_wkb)(const MultiPolygon &polygons);
    MultiPolygon (*from_wkb)(std::string_view wkb, std::string_view what);
    MultiPolygon (*simplify)(const MultiPolygon &polygons, double tolerance_deg);
    std::unique_ptr<PreparedArea> (*prepare)(const MultiPolygon &polygons, std::string_view what);
};

/// The module's entry point: `extern "C" const GeoFunctions *NAME()`.
inline constexpr const char *k_geo_functions_symbol = "claimtrack_gdal_geo_functions_v1";

/// The module's table, loading the module on first use.
/// \throws ModuleError when it cannot be loaded or is of another build.
const GeoFunctions &gdal();

} // namespace claimtrack::geo::detail
