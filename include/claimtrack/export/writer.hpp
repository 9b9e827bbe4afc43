#pragma once
/// \file
/// Vector export through GDAL/OGR: a format-neutral layer (fields + features)
/// written as GeoJSON (RFC 7946), GeoPackage, FlatGeobuf, KML, CSV...

#include "claimtrack/core/error.hpp"
#include "claimtrack/core/types.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace claimtrack::exporter {

/// A GDAL failure; the message names the driver, the dataset and the layer.
class ExportError : public Error {
public:
    explicit ExportError(const std::string& what) : Error(what) {}
};

enum class FieldType { String, Integer, Real, Date, DateTime };

struct Field {
    std::string name;
    FieldType type = FieldType::String;
};

/// Null, text (also for Date/DateTime fields, in ISO 8601), integer or real.
using Value = std::variant<std::monostate, std::string, std::int64_t, double>;

/// A point, a polygon (outer ring), or no geometry; values in field order.
struct Feature {
    std::optional<core::LonLat> point;
    std::vector<core::LonLat> polygon;
    std::vector<Value> values;
};

struct Layer {
    std::string name;
    std::vector<Field> fields;
    std::vector<Feature> features;
};

struct WriteOptions {
    std::string format = "GeoJSON"; ///< a name from supported_formats() (case-insensitive)
    std::filesystem::path out;
    bool force = false;             ///< overwrite an existing file
};

/// Writes the layer. \throws ExportError (unknown format, existing file
/// without force, GDAL failure).
void write_layer(const Layer& layer, const WriteOptions& options);

/// Format names accepted by write_layer.
std::vector<std::string> supported_formats();

} // namespace claimtrack::exporter
