#pragma once
/// \file
/// A self-contained HTML map page: places coloured by claimed controller, a
/// time slider over claim dates, a popup per place with its timeline, and
/// oblast outlines as the base layer. No network is needed to open it (no
/// tiles, no libraries: inline SVG and a little JavaScript). Article text is
/// untrusted: it travels as JSON inside the page and is only ever inserted
/// with textContent, so markup in an article cannot run.

#include "claimtrack/export/writer.hpp"
#include "claimtrack/geo/polygon.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace claimtrack::exporter {

/// One claim about a place, as the popup lists it.
struct MapEvent {
    std::string date;       ///< ISO 8601 date the claim became known; "" when unknown
    std::string change;     ///< captured, liberated...
    std::string by_side;    ///< UA, RU or ""
    std::string controller; ///< UA, RU, contested or "" (says nothing about control)
    std::string claimant;
    std::string claimant_side;
    std::string evidence;
    std::string title;
    std::string url; ///< linked only when it is http(s)
    std::string source;
    std::string corroboration; ///< verdict against the control layers ("" when none)
    std::optional<long> lag_days;
};

struct MapPlace {
    std::string name;
    std::string admin1;
    core::LonLat lonlat;
    std::vector<MapEvent> events; ///< in date order
};

struct MapOutline {
    std::string name;
    geo::MultiPolygon geometry;
};

/// One assessed control snapshot (simplify it for display: the page carries every vertex).
struct MapControl {
    std::string date; ///< ISO 8601
    geo::MultiPolygon geometry;
};

struct MapPage {
    std::string title = "claimtrack";
    std::vector<MapPlace> places;
    std::vector<MapOutline> outlines; ///< base layer (may be empty)
    /// The assessed occupied area, drawn under the places for the slider's
    /// date (the latest snapshot on or before it); ascending dates.
    std::vector<MapControl> control;
    std::string control_source;
    std::string initial_date;         ///< slider start (ISO date); "" = the last date
};

/// The page as one HTML string.
std::string render_map_page(const MapPage &page);

/// Writes render_map_page() to `out` through a temporary file in the same
/// directory. \throws ExportError when `out` exists and !force, or on I/O failure.
void write_map_page(const MapPage &page, const std::filesystem::path &out, bool force);

} // namespace claimtrack::exporter
