#pragma once
/// \file
/// Vector export through GDAL/OGR: a format-neutral layer (fields + features)
/// written as GeoJSON (RFC 7946), GeoJSONSeq, GeoPackage, FlatGeobuf, KML or
/// CSV (geometry as WKT). Adding a format is one entry in the format table of
/// src/export/formats.cpp.

#include "claimtrack/core/error.hpp"
#include "claimtrack/core/types.hpp"
#include "claimtrack/geo/polygon.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace claimtrack::exporter {

/// An export failure: unknown format, existing output, or a GDAL error. The
/// message names the driver, the file and the layer.
class ExportError : public Error {
  public:
    explicit ExportError(const std::string &what) : Error(what) {}
};

enum class FieldType { String, Integer, Real, Date, DateTime };

struct Field {
    std::string name;
    FieldType type = FieldType::String;
};

/// Null, text (also for Date/DateTime fields, in ISO 8601), integer or real.
using Value = std::variant<std::monostate, std::string, std::int64_t, double>;

/// One feature: a point, a polygon, a multipolygon, or no geometry (the first
/// set one of `point`, `multipolygon`, `polygon` is used). Coordinates are
/// WGS 84 lon/lat. Values are in field order; missing trailing values are null.
struct Feature {
    std::optional<core::LonLat> point;
    std::vector<core::LonLat> polygon; ///< outer ring only
    geo::MultiPolygon multipolygon;    ///< polygons with holes
    std::vector<Value> values;
};

/// A layer. Its geometry type is derived from the features: Point when all
/// are points (or have none), MultiPolygon when all are polygonal, else mixed.
struct Layer {
    std::string name;
    std::vector<Field> fields;
    std::vector<Feature> features;
    std::string label_field;       ///< KML <name> (empty: none)
    std::string description_field; ///< KML <description> (empty: none)
};

struct WriteOptions {
    std::string format = "GeoJSON"; ///< a name or alias from formats() (case-insensitive)
    std::filesystem::path out;
    bool force = false; ///< overwrite an existing file
};

/// A supported output format.
struct FormatInfo {
    std::string name;                 ///< canonical name: "GeoJSON", "GPKG"...
    std::string driver;               ///< GDAL driver short name
    std::string extension;            ///< usual file extension, with the dot
    std::vector<std::string> aliases; ///< other accepted names, lower case
    bool needs_geometry = false;      ///< cannot store features without geometry (FlatGeobuf in GDAL 3.6)
};

/// Writes the layer to a temporary file next to `options.out` and renames it
/// into place, so that a failure leaves no partial output. Not thread-safe
/// for the same output path; otherwise re-entrant.
/// \throws ExportError (unknown format, existing file without force, a GDAL
/// failure, a date that is not ISO 8601, more values than fields, a feature
/// without geometry for a format that needs_geometry).
void write_layer(const Layer &layer, const WriteOptions &options);

/// The layer as write_layer() would write it in a text format (GeoJSON,
/// GeoJSONSeq, CSV, KML), rendered in memory (GDAL's /vsimem) instead of a
/// file: the same driver, options and output. Thread-safe.
/// \throws ExportError as write_layer(), and for a format that is not text.
std::string render_layer(const Layer &layer, std::string_view format);

/// Canonical format names accepted by write_layer.
std::vector<std::string> supported_formats();

/// Every format with its driver, extension and aliases.
const std::vector<FormatInfo> &formats();

/// The format named `name` (canonical name or alias, any case), or nullptr.
const FormatInfo *find_format(std::string_view name);

} // namespace claimtrack::exporter
