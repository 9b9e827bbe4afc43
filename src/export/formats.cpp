#include "formats.hpp"

#include <algorithm>
#include <cctype>

namespace claimtrack::exporter {

namespace detail {

namespace {
std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}
} // namespace

const std::vector<FormatSpec> &format_specs() {
    // Immutable table, initialised once (thread-safe static initialisation).
    static const std::vector<FormatSpec> specs{
        {{"GeoJSON", "GeoJSON", ".geojson", {"json", "rfc7946"}},
         {},
         {"RFC7946=YES", "COORDINATE_PRECISION=6", "WRITE_BBOX=NO"}},
        {{"GeoJSONSeq",
          "GeoJSONSeq",
          ".geojsonl",
          {"geojsonl", "geojsons", "geojsonseq", "geojson-seq", "ndgeojson", "jsonl"}},
         {},
         {"COORDINATE_PRECISION=6", "RS=NO"}},
        {{"GPKG", "GPKG", ".gpkg", {"geopackage"}}, {}, {"SPATIAL_INDEX=YES", "FID=fid", "GEOMETRY_NAME=geom"}, true},
        {{"FlatGeobuf", "FlatGeobuf", ".fgb", {"fgb"}, true}, {}, {"SPATIAL_INDEX=YES"}},
        {{"KML", "KML", ".kml", {}}, {}, {}, false, true},
        {{"CSV", "CSV", ".csv", {"csvwkt", "csv-wkt"}},
         {},
         {"GEOMETRY=AS_WKT", "GEOMETRY_NAME=wkt", "CREATE_CSVT=YES", "STRING_QUOTING=IF_NEEDED"}},
    };
    return specs;
}

const FormatSpec *find_format_spec(std::string_view name) {
    const std::string key = lower(name);
    for (const auto &spec : format_specs()) {
        if (lower(spec.info.name) == key) return &spec;
        if (std::find(spec.info.aliases.begin(), spec.info.aliases.end(), key) != spec.info.aliases.end()) return &spec;
    }
    return nullptr;
}

} // namespace detail

const std::vector<FormatInfo> &formats() {
    static const std::vector<FormatInfo> infos = [] {
        std::vector<FormatInfo> out;
        for (const auto &spec : detail::format_specs())
            out.push_back(spec.info);
        return out;
    }();
    return infos;
}

std::vector<std::string> supported_formats() {
    std::vector<std::string> names;
    for (const auto &info : formats())
        names.push_back(info.name);
    return names;
}

const FormatInfo *find_format(std::string_view name) {
    const detail::FormatSpec *spec = detail::find_format_spec(name);
    return spec ? &spec->info : nullptr;
}

} // namespace claimtrack::exporter
