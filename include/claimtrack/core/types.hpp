#pragma once
/// \file
/// Value types that flow through the pipeline:
/// Document -> (extract) -> Extraction{mentions, claims, areas, distances} -> store -> export.
/// Plain aggregates: no third-party dependencies, copyable, thread-compatible.

#include "claimtrack/core/date.hpp"

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::core {

/// Longitude/latitude in degrees, WGS 84. Axis order is explicit: lon first.
struct LonLat {
    double lon_deg = 0.0;
    double lat_deg = 0.0;
};

/// A half-open byte range [start, end) into Document::text (UTF-8).
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - start; }
    bool contains(std::size_t pos) const { return pos >= start && pos < end; }
};

/// The two parties. None = unknown or neither (a reporter, ISW).
enum class Side { None, UA, RU };

/// What a claim says happened to a place.
enum class Change { Captured, Liberated, Withdrew, Advanced, Repelled, Contested, Other };

/// Whether a party states the claim or an observer assesses it.
enum class ClaimStatus { Claimed, Assessed };

/// Kind of a gazetteer entry, as named in the JSON contract.
enum class PlaceKind { Settlement, Admin1, Admin2, Region, Country, Water, Other };

/// Names used in JSON, SQL and GeoJSON ("UA", "RU", "" for None; "captured"...; "settlement"...).
std::string_view to_string(Side s);
std::string_view to_string(Change c);
std::string_view to_string(ClaimStatus s);
std::string_view to_string(PlaceKind k);
std::optional<Side> side_from_string(std::string_view s);
std::optional<Change> change_from_string(std::string_view s);
std::optional<PlaceKind> place_kind_from_string(std::string_view s);

/// A gazetteer entry. `id` is the GeoNames id (or the project's own id range
/// for entries from geodata/). `admin1`/`admin2` are English oblast and raion
/// names ("Kherson", "Beryslav"), empty when unknown.
struct Place {
    std::int64_t id = 0;
    std::string name;          ///< preferred English name (GeoNames `name`)
    std::string name_local;    ///< a Cyrillic name where known (Ukrainian for UA)
    PlaceKind kind = PlaceKind::Other;
    std::string feature_code;  ///< GeoNames feature code: PPL, PPLA2, ADM1...
    std::string country;       ///< ISO 3166-1 alpha-2: UA, RU
    LonLat lonlat;
    std::string admin1;
    std::string admin2;
    std::int64_t population = 0;
    /// False for a place named without a point (an unresolved mention: NaN coordinates).
    bool located() const { return !std::isnan(lonlat.lon_deg) && !std::isnan(lonlat.lat_deg); }
};

/// A place name found in the text and what the gazetteer made of it.
struct Mention {
    Span span;
    std::string surface;                 ///< the text as written
    Place place;                          ///< the chosen candidate
    double confidence = 0.0;              ///< 0..1
    std::optional<Place> runner_up;       ///< second-best candidate, if any
    int precision = 1;                    ///< ACLED-style: 1 settlement, 2 near/part, 3 region; 0 unresolved
    int candidate_count = 1;              ///< how many gazetteer entries matched the name
};

/// Mention::precision of a name the text puts where the gazetteer has no such place
/// ("villages in Kursk region" it lacks): the place is named, its coordinates are NaN.
inline constexpr int k_precision_unresolved = 0;

/// A territorial area figure ("about 500 sq km").
struct Area {
    Span span;
    std::string surface;
    double km2 = 0.0;
    std::optional<double> km2_max;        ///< upper bound of a range
    std::string qualifier;                ///< about, over, nearly, up to, at least, exact, range
    std::string unit;                     ///< unit as written, normalised: km2, mi2, ha, percent
    double value = 0.0;                   ///< value in `unit`
    Side by_side = Side::None;
    std::string region;                   ///< "Kherson Oblast" when the sentence names one
    bool territorial = true;              ///< false: farmland, an area still to be taken...
};

/// A distance figure: an advance depth or an offset from a place.
struct Distance {
    Span span;
    std::string surface;
    std::optional<double> min_km;
    std::optional<double> max_km;
    std::string qualifier;                ///< about, over, up to, range, exact
    std::string type;                     ///< advance, offset, other
    std::string direction;                ///< for offsets: "south-east"
    std::string anchor;                   ///< for offsets: the place it is measured from
};

/// A claim: a side gained, lost, entered or contests a place or a region.
struct Claim {
    Change change = Change::Other;
    Side by_side = Side::None;
    std::optional<Place> place;           ///< null for a claim about a region only
    std::optional<Place> region;          ///< oblast/raion the claim is about, if any
    std::string surface;                  ///< the place/region as written
    std::string verb;                     ///< the source verb ("liberated", "took control of")
    std::string claimant;                 ///< "Nataliya Humenyuk", "Russia's defence ministry", "ISW"
    Side claimant_side = Side::None;
    ClaimStatus status = ClaimStatus::Claimed;
    std::optional<Date> stated_on;
    std::optional<Date> event_from;
    std::optional<Date> event_to;
    std::string time_precision;           ///< day, week, month, or empty
    Span evidence_span;
    std::string evidence;                 ///< the sentence
    double confidence = 0.0;              ///< 0..1
    bool background = false;              ///< history given as context
    bool negated = false;                 ///< "did not capture"
    std::optional<double> area_km2;       ///< area figure attached to this claim
};

/// An article as read from a file, a JSON line or an HTML page. `text` is
/// valid UTF-8 in NFC.
struct Document {
    std::string file;        ///< path, or "-" / "FILE:LINE" for JSON Lines
    std::string url;
    std::string title;
    std::string source;
    std::optional<Date> published;
    std::string language;    ///< "en", "uk", "ru" or empty when unknown
    std::string text;        ///< body (without the header block)
};

/// What the extractor found in one document.
struct Extraction {
    std::vector<Mention> mentions;
    std::vector<Claim> claims;
    std::vector<Area> areas;
    std::vector<Distance> distances;
};

} // namespace claimtrack::core
