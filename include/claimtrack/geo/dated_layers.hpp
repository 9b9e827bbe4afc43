#pragma once
/// \file
/// Dated polygon layers: a directory of GDAL-readable vector files whose
/// names carry a date (`..._20240909.geojson`, `control-2024-09-09.gpkg`),
/// each one snapshot of an assessed area (e.g. DeepStateMap's occupied
/// territory, weekly). Answers, for a date, which snapshot serves (the
/// nearest) and how far it lies from the date, whether a point lies inside
/// the area, and how far a point lies from the area's edge: the line of
/// contact, when only edges with land on both sides are counted.

#include "claimtrack/core/date.hpp"
#include "claimtrack/core/types.hpp"
#include "claimtrack/geo/boundaries.hpp" // GeoError
#include "claimtrack/geo/polygon.hpp"

#include <filesystem>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace claimtrack::geo {

/// The date a file name carries: the last run of 8 digits forming a valid
/// YYYYMMDD, or a YYYY-MM-DD; nullopt when none.
std::optional<core::Date> date_in_file_name(std::string_view name);

/// A bounding box in lon/lat degrees.
struct LonLatBox {
    double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
    bool holds(core::LonLat p) const {
        return p.lon_deg >= min_lon && p.lon_deg <= max_lon && p.lat_deg >= min_lat && p.lat_deg <= max_lat;
    }
};

/// How read_layer_file() treats a file.
struct LayerFileOptions {
    /// The date when neither a date attribute nor the file name carries one.
    std::optional<core::Date> fallback_date;
    /// A snapshot dated after this is refused (pass today's date).
    std::optional<core::Date> not_after;
    /// Test every feature's geometry (GEOS) and repair invalid ones with
    /// MakeValid; one that cannot be repaired is refused. Off: geometries are
    /// taken as they come (the front-line prior).
    bool validate = true;
    /// Accept a file without polygons (an empty area) rather than refuse it.
    bool allow_empty = false;
};

/// One file of a dated polygon layer, read whole.
struct LayerFile {
    std::filesystem::path file;
    core::Date date;
    /// Where the date came from: "attribute NAME", "file name" or "--date".
    std::string date_from;
    MultiPolygon polygons;   ///< WGS 84 lon/lat
    std::size_t features = 0;
    /// Features whose geometry was not valid and was repaired with MakeValid,
    /// as "feature FID: GEOS's reason" (empty when none was).
    std::vector<std::string> repaired;
    LonLatBox box;
};

/// Reads the polygons of every feature of the first layer of `path` (any OGR
/// vector format), reprojected to WGS 84 lon/lat. The date comes from the
/// first attribute of Date/DateTime type or named like "date"/"as_of" that
/// holds one (every feature must agree), else from the file name
/// (date_in_file_name), else `fallback_date`. 	hrows GeoError naming the
/// file: unreadable, no vector layer, no polygon, no date, two dates, a date
/// after `not_after`, or (validate) a geometry MakeValid cannot repair.
LayerFile read_layer_file(const std::filesystem::path &path, const LayerFileOptions &options = {});

/// Of ascending `dates` (not empty), the index of the one nearest `date`
/// (the earlier on a tie) and how many days it lies off.
std::pair<std::size_t, long> nearest_date(const std::vector<core::Date> &dates, core::Date date);

/// Which edges of a snapshot's polygons distance_to_edge_km() measures to.
struct EdgeOptions {
    /// Leave out edges that lie where the outline lay in the first and in
    /// the last snapshot of the set (their midpoint within `tolerance_km` of
    /// both outlines): the coast and the state border, which never move (and
    /// survive redigitising within the tolerance), so that the distance is to
    /// the line of contact. A stretch of the line that did not move over the
    /// whole period is left out too (the distance is then to where the line
    /// did move, a few km on). Only with at least k_min_snapshots spanning
    /// k_min_span_days; otherwise every edge counts.
    bool skip_unchanged = true;
    double tolerance_km = 1.0;
    /// Points on the land of the country whose line this is (e.g. its
    /// settlements). An unchanged edge still counts when one of them lies
    /// outside the area within `witness_km` of the edge's midpoint: a stretch
    /// of front along a river that never moved (the Dnipro at Kherson) is
    /// kept, while beyond a coast or a state border there is no such point.
    std::vector<core::LonLat> witnesses;
    double witness_km = 5.0;
    static constexpr std::size_t k_min_snapshots = 3;
    static constexpr long k_min_span_days = 180;
};

/// The snapshots of a directory. Immutable after open(): safe to share
/// between threads for reading.
class DatedLayers {
  public:
    /// Reads every file of `dir` whose name carries a date (other files are
    /// ignored; two files of one date are an error), with GDAL/OGR: the
    /// polygons of all features of the first layer, reprojected to WGS 84
    /// lon/lat. \throws GeoError naming the directory or the file when it is
    /// missing, holds no dated file, or a file cannot be read.
    static DatedLayers open(const std::filesystem::path &dir, EdgeOptions edges = {});

    DatedLayers(DatedLayers &&) noexcept;
    DatedLayers &operator=(DatedLayers &&) noexcept;
    ~DatedLayers();

    std::size_t size() const;
    /// Snapshot dates, ascending.
    const std::vector<core::Date> &dates() const;
    const std::filesystem::path &file(std::size_t snapshot) const;
    const MultiPolygon &polygons(std::size_t snapshot) const;

    struct Nearest {
        std::size_t snapshot = 0;
        core::Date date;
        long days_off = 0; ///< |snapshot date - asked date|, in days
    };
    /// The snapshot nearest `date` (the earlier one on a tie); nullopt when empty.
    std::optional<Nearest> nearest(core::Date date) const;

    /// The point lies inside the snapshot's area (even-odd rule per polygon, holes excluded).
    bool contains(std::size_t snapshot, core::LonLat point) const;
    /// The same in the snapshot nearest `date`; false when there is none.
    bool contains(core::Date date, core::LonLat point) const;

    /// Distance in km from the point to the nearest counted edge of the
    /// snapshot (see EdgeOptions), inside or outside the area; infinity when
    /// no counted edge lies within `max_km` (a bound makes it fast).
    double distance_to_edge_km(std::size_t snapshot, core::LonLat point,
                               double max_km = std::numeric_limits<double>::infinity()) const;
    /// The same in the snapshot nearest `date`; infinity when there is none.
    double distance_to_edge_km(core::Date date, core::LonLat point,
                               double max_km = std::numeric_limits<double>::infinity()) const;

    /// Of all edges of all snapshots, the share that counts.
    double counted_edge_share() const;

    /// Bounding box of every snapshot's polygons (lon/lat degrees).
    using Box = LonLatBox;
    Box bounds() const;

  private:
    struct Snapshot;
    DatedLayers();
    std::vector<core::Date> m_dates;
    std::vector<std::unique_ptr<Snapshot>> m_snapshots;
    std::size_t m_edges = 0, m_counted = 0;
};

} // namespace claimtrack::geo
