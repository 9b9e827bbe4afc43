// The claims layer shared by `export` and `serve` (see claims_layer.hpp).
//
// Views: the default (every current claim), --as-of DATE (the claimed state:
// Store::state, the latest claim per place and claimant side), --timeline
// (every claim with valid_from/valid_to, valid_to as the store computes it),
// --conflicts (Store::conflicts: places where the sides' latest claims
// disagree, denied captures), --hulls (convex hull of the places a sentence
// lists, with its geodesic area beside the claimed figure). The state rules
// live in the store only, so `export --as-of D` and `state --as-of D` agree.
// The claim -> feature mapping lives here because export must not link the store.

#include "claims_layer.hpp"

#include "claim_views.hpp"
#include "control_views.hpp"
#include "settings.hpp"

#include "claimtrack/core/date.hpp"
#include "claimtrack/core/error.hpp"
#include "claimtrack/geo/control_area.hpp"
#include "claimtrack/geo/polygon.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace claimtrack::cli {

namespace {

using exporter::FieldType;
using exporter::Value;
using store::StoredClaim;

/// A view's choice of claims, after the filters.
struct Filters {
    store::ClaimFilter store;
    std::string oblast_key;                    ///< geo::admin_name_key of --oblast
    std::optional<std::array<double, 4>> bbox; ///< min lon, min lat, max lon, max lat
};

/// The option's name ("--since"), or for URL parameters the parameter's ("since", "claimant_side").
std::string name_of(const LayerQuery &q, std::string option) {
    if (!q.parameter_names) return option;
    option.erase(0, 2);
    std::replace(option.begin(), option.end(), '-', '_');
    return option;
}

Filters make_filters(const LayerQuery &o) {
    Filters f;
    if (!o.since.empty()) f.store.since = parse_date_option(o.since, name_of(o, "--since"));
    if (!o.until.empty()) f.store.until = parse_date_option(o.until, name_of(o, "--until"));
    if (!o.side.empty()) f.store.side = parse_side_option(o.side, name_of(o, "--side"));
    if (!o.claimant_side.empty()) f.store.claimant_side = parse_side_option(o.claimant_side, name_of(o, "--claimant-side"));
    if (!o.oblast.empty()) {
        f.oblast_key = geo::admin_name_key(o.oblast);
        if (f.oblast_key.empty()) throw InputError(name_of(o, "--oblast") + ": not an oblast name: '" + o.oblast + "'");
    }
    if (!o.bbox.empty()) {
        const bool finite = std::all_of(o.bbox.begin(), o.bbox.end(), [](double v) { return std::isfinite(v); });
        if (o.bbox.size() != 4 || !finite || o.bbox[0] > o.bbox[2] || o.bbox[1] > o.bbox[3])
            throw InputError(name_of(o, "--bbox") +
                             ": expected four finite numbers MINLON,MINLAT,MAXLON,MAXLAT (min <= max)");
        f.bbox = std::array<double, 4>{o.bbox[0], o.bbox[1], o.bbox[2], o.bbox[3]};
    }
    return f;
}

// ---------------------------------------------------------------- claims

std::string oblast_of(const core::Claim &c) {
    if (c.place) return c.place->admin1;
    if (c.region) return c.region->admin1.empty() ? c.region->name : c.region->admin1;
    return "";
}

// ---------------------------------------------------------------- rows and geometry

/// The verdicts of the chosen control source (empty when none is imported).
struct VerdictIndex {
    std::unordered_map<std::int64_t, store::Verdict> by_claim;
    std::map<std::int64_t, std::string> snapshot_dates; ///< snapshot id -> date
};

/// One output feature before it becomes an exporter::Feature.
struct Row {
    const StoredClaim *sc = nullptr;
    const store::Verdict *verdict = nullptr;
    const VerdictIndex *verdicts = nullptr;
    const store::Conflict *conflict = nullptr; ///< --conflicts: the conflict sc belongs to
    const geo::Boundary *boundary = nullptr;
    double boundary_km2 = 0.0;
};

/// Geometry of a row: the place's point, else the region's boundary polygon.
void set_geometry(exporter::Feature &f, const Row &row) {
    const core::Claim &c = row.sc->claim;
    if (c.place && c.place->located() && (c.place->lonlat.lon_deg != 0.0 || c.place->lonlat.lat_deg != 0.0))
        f.point = c.place->lonlat;
    else if (row.boundary)
        f.multipolygon = row.boundary->geometry;
}

bool in_bbox(const exporter::Feature &f, const std::array<double, 4> &b) {
    auto inside = [&b](core::LonLat p) {
        return p.lon_deg >= b[0] && p.lon_deg <= b[2] && p.lat_deg >= b[1] && p.lat_deg <= b[3];
    };
    if (f.point) return inside(*f.point);
    for (const auto &polygon : f.multipolygon)
        for (const auto &ring : polygon)
            for (const auto &p : ring)
                if (inside(p)) return true;
    return false;
}

// ---------------------------------------------------------------- columns

using Getter = std::function<Value(const Row &)>;

/// One output field: its name, type, meaning (for --list-fields and the
/// README) and how to read it from a row.
struct Column {
    const char *name;
    FieldType type;
    const char *meaning;
    Getter get;
};

Value text(std::string_view s) {
    return s.empty() ? Value{} : Value{std::string(s)};
}
Value date(const std::optional<core::Date> &d) {
    return d ? Value{d->iso()} : Value{};
}
Value integer(std::int64_t i) {
    return Value{i};
}

const std::vector<Column> &claim_columns() {
    static const std::vector<Column> columns{
        {"claim_id", FieldType::Integer, "the claim's id in the database",
         [](const Row &r) { return integer(r.sc->id); }},
        {"change", FieldType::String, "captured, liberated, withdrew, advanced, repelled, contested, other",
         [](const Row &r) { return text(core::to_string(r.sc->claim.change)); }},
        {"by_side", FieldType::String, "acting side: UA, RU or null",
         [](const Row &r) { return text(core::to_string(r.sc->claim.by_side)); }},
        {"controller", FieldType::String,
         "who holds the place if the claim is true: UA, RU, contested or null (advanced, denials)",
         [](const Row &r) { return text(controller(r.sc->claim)); }},
        {"place_name", FieldType::String, "settlement (or, for a region claim, region) name",
         [](const Row &r) {
             const auto &c = r.sc->claim;
             return text(c.place ? c.place->name : c.region ? c.region->name : c.surface);
         }},
        {"place_id", FieldType::Integer, "GeoNames id of the settlement; null for a region claim",
         [](const Row &r) { return r.sc->claim.place ? integer(r.sc->claim.place->id) : Value{}; }},
        {"place_kind", FieldType::String, "settlement, admin1, admin2, region... of the claim's subject",
         [](const Row &r) {
             const auto &c = r.sc->claim;
             return c.place    ? text(core::to_string(c.place->kind))
                    : c.region ? text(core::to_string(c.region->kind))
                               : Value{};
         }},
        {"admin1", FieldType::String, "oblast (English GeoNames name)",
         [](const Row &r) { return text(oblast_of(r.sc->claim)); }},
        {"admin2", FieldType::String, "raion",
         [](const Row &r) {
             const auto &c = r.sc->claim;
             return text(c.place ? c.place->admin2 : c.region ? c.region->admin2 : "");
         }},
        {"region", FieldType::String, "region the claim names (\"Kherson Oblast\"), if any",
         [](const Row &r) { return r.sc->claim.region ? text(r.sc->claim.region->name) : Value{}; }},
        {"surface", FieldType::String, "the place or region as written in the article",
         [](const Row &r) { return text(r.sc->claim.surface); }},
        {"claimant", FieldType::String, "who makes the claim", [](const Row &r) { return text(r.sc->claim.claimant); }},
        {"claimant_side", FieldType::String, "UA, RU or null (observers such as ISW)",
         [](const Row &r) { return text(core::to_string(r.sc->claim.claimant_side)); }},
        {"status", FieldType::String, "claimed (a party says so) or assessed (an observer)",
         [](const Row &r) { return text(core::to_string(r.sc->claim.status)); }},
        {"negated", FieldType::Integer, "1 for a denial (\"did not capture\"), else 0",
         [](const Row &r) { return integer(r.sc->claim.negated ? 1 : 0); }},
        {"background", FieldType::Integer, "1 when the article gives it as past context, else 0",
         [](const Row &r) { return integer(r.sc->claim.background ? 1 : 0); }},
        {"stated_on", FieldType::Date, "date the claim was made",
         [](const Row &r) { return date(r.sc->claim.stated_on); }},
        {"event_from", FieldType::Date, "earliest date of the change",
         [](const Row &r) { return date(r.sc->claim.event_from); }},
        {"event_to", FieldType::Date, "latest date of the change",
         [](const Row &r) { return date(r.sc->claim.event_to); }},
        {"valid_from", FieldType::Date, "date the claim became known (stated_on, else published)",
         [](const Row &r) { return date(known_on(*r.sc)); }},
        {"valid_to", FieldType::Date,
         "--timeline/--as-of: when the next claim about the same place by the same claimant side "
         "became known; null while current",
         [](const Row &r) { return date(r.sc->valid_to); }},
        {"confidence", FieldType::Real, "extractor confidence, 0..1",
         [](const Row &r) { return Value{r.sc->claim.confidence}; }},
        {"evidence", FieldType::String, "the sentence the claim was read from",
         [](const Row &r) { return text(r.sc->claim.evidence); }},
        {"verb", FieldType::String, "the verb as written (\"took control of\")",
         [](const Row &r) { return text(r.sc->claim.verb); }},
        {"article_title", FieldType::String, "title of the source article",
         [](const Row &r) { return text(r.sc->article.title); }},
        {"article_url", FieldType::String, "URL of the source article",
         [](const Row &r) { return text(r.sc->article.url); }},
        {"source", FieldType::String, "publisher of the article",
         [](const Row &r) { return text(r.sc->article.source); }},
        {"published", FieldType::Date, "publication date of the article",
         [](const Row &r) { return date(r.sc->article.published); }},
        {"carried_by", FieldType::Integer,
         "outlets that carried the article's text: 1 + the copies under another URL or source (syndication)",
         [](const Row &r) { return integer(1 + r.sc->article.carriers); }},
        {"carrier_urls", FieldType::String, "URLs of those further copies, space-separated; null when none",
         [](const Row &r) {
             std::string urls;
             for (const auto &u : r.sc->article.carrier_urls) urls += (urls.empty() ? "" : " ") + u;
             return text(urls);
         }},
        {"area_km2", FieldType::Real, "area figure the claim states, km2",
         [](const Row &r) { return r.sc->claim.area_km2 ? Value{*r.sc->claim.area_km2} : Value{}; }},
        {"region_km2", FieldType::Real, "geodesic area of the exported region polygon (boundary file), km2",
         [](const Row &r) { return r.boundary ? Value{r.boundary_km2} : Value{}; }},
        {"geometry_source", FieldType::String, "place (GeoNames point), boundary (region polygon) or none",
         [](const Row &r) {
             const auto &c = r.sc->claim;
             return text(c.place ? "place" : r.boundary ? "boundary" : "none");
         }},
        {"conflict_kind", FieldType::String,
         "--conflicts: sides_disagree (UA's and RU's latest claims differ; the feature is UA's claim) or "
         "capture_denied (the feature is the denial)",
         [](const Row &r) { return r.conflict ? text(store::to_string(r.conflict->kind)) : Value{}; }},
        {"conflict_with", FieldType::String,
         "--conflicts: id of the other claim (RU's latest claim, or the claim denied when stored)",
         [](const Row &r) {
             return r.conflict && r.conflict->other ? text(std::to_string(r.conflict->other->id)) : Value{};
         }},
        {"recorded_at", FieldType::String, "when the claim was recorded (transaction time, ISO 8601 UTC)",
         [](const Row &r) { return text(r.sc->recorded_at); }},
        {"corroboration", FieldType::String,
         "verdict against the control layers (claimtrack corroborate): corroborated, premature, contradicted, "
         "pending, not_applicable; null before corroborate ran",
         [](const Row &r) { return r.verdict ? text(core::to_string(r.verdict->verdict)) : Value{}; }},
        {"lag_days", FieldType::Integer,
         "corroborated/premature: days from the claim to the first snapshot showing it (<= 0: the map showed it "
         "first)",
         [](const Row &r) {
             return r.verdict && r.verdict->lag_days ? integer(*r.verdict->lag_days) : Value{};
         }},
        {"decided_by", FieldType::String, "dates of the control snapshots that decided the verdict, comma-separated",
         [](const Row &r) {
             if (!r.verdict || r.verdict->decided_by.empty()) return Value{};
             std::string out;
             for (auto id : r.verdict->decided_by) {
                 const auto it = r.verdicts->snapshot_dates.find(id);
                 out += (out.empty() ? "" : ",") + (it != r.verdicts->snapshot_dates.end() ? it->second : "#" + std::to_string(id));
             }
             return Value{out};
         }},
    };
    return columns;
}

// ---------------------------------------------------------------- views

/// A row for one claim, with its region boundary looked up when it has no place.
Row make_row(const StoredClaim &sc, const geo::BoundarySet &boundaries, const VerdictIndex &verdicts) {
    Row row;
    row.sc = &sc;
    row.verdicts = &verdicts;
    if (const auto it = verdicts.by_claim.find(sc.id); it != verdicts.by_claim.end()) row.verdict = &it->second;
    if (!sc.claim.place && sc.claim.region && !boundaries.empty()) {
        row.boundary = boundaries.find(sc.claim.region->name);
        if (!row.boundary && !sc.claim.region->admin1.empty()) row.boundary = boundaries.find(sc.claim.region->admin1);
        if (row.boundary) row.boundary_km2 = geo::multipolygon_area_km2(row.boundary->geometry);
    }
    return row;
}

bool in_oblast(const StoredClaim &sc, const Filters &f) {
    return f.oblast_key.empty() || geo::admin_name_key(oblast_of(sc.claim)) == f.oblast_key;
}

/// What a view is made of, as the store answered; rows point into it.
struct ViewData {
    std::vector<StoredClaim> claims;
    std::vector<store::Conflict> conflicts;
};

/// --as-of: the store's state on `day` (per claimant side), then the filters.
ViewData state_view(const store::Store &db, core::Date day, const Filters &f) {
    ViewData view;
    for (auto &s : db.state(day, f.store.claimant_side))
        if (f.store.matches(s.claim)) view.claims.push_back(std::move(s.claim));
    return view;
}

/// --conflicts: the store's conflicts (as of `day`, involving a claim known
/// since --since); the other filters apply to each conflict's feature claim.
ViewData conflicts_view(const store::Store &db, std::optional<core::Date> day, const Filters &f) {
    store::ClaimFilter rest = f.store;
    rest.since.reset();
    ViewData view;
    for (auto &c : db.conflicts(f.store.since, day))
        if (rest.matches(c.claim)) view.conflicts.push_back(std::move(c));
    return view;
}

/// Rows of a view, after the --oblast filter.
std::vector<Row> rows_for(const ViewData &view, const Filters &f, const geo::BoundarySet &boundaries,
                         const VerdictIndex &verdicts) {
    std::vector<Row> rows;
    for (const auto &sc : view.claims)
        if (in_oblast(sc, f)) rows.push_back(make_row(sc, boundaries, verdicts));
    for (const auto &c : view.conflicts) {
        if (!in_oblast(c.claim, f)) continue;
        rows.push_back(make_row(c.claim, boundaries, verdicts));
        rows.back().conflict = &c;
    }
    return rows;
}

/// Columns of a view: valid_to only where it means something.
std::vector<const Column *> columns_for(const LayerQuery &o) {
    std::vector<const Column *> out;
    for (const auto &c : claim_columns()) {
        const std::string name = c.name;
        if (name == "valid_to" && !o.timeline && o.as_of.empty()) continue;
        if ((name == "conflict_with" || name == "conflict_kind") && !o.conflicts) continue;
        out.push_back(&c);
    }
    return out;
}

/// The claims layer without features, and the columns its features take.
exporter::Layer claims_layer_header(const LayerQuery &o, const std::vector<const Column *> &columns) {
    exporter::Layer layer;
    layer.name = o.layer.empty() ? (o.conflicts ? "conflicts" : o.as_of.empty() ? "claims" : "state") : o.layer;
    layer.label_field = "place_name";
    layer.description_field = "evidence";
    for (const Column *c : columns)
        layer.fields.push_back({c->name, c->type});
    return layer;
}

/// Where features go: the layer, once `skip` have been passed over, until
/// `room` is used up; `more` then records that one more was on offer.
struct Sink {
    exporter::Layer &layer;
    std::size_t skip = 0;
    std::size_t room = std::numeric_limits<std::size_t>::max();
    bool more = false;
};

/// Appends the feature of one row (unless --bbox leaves it out); false once
/// the sink is full (a feature beyond its slice was found).
bool add_feature(Sink &sink, const Row &row, const std::vector<const Column *> &columns, const Filters &f) {
    exporter::Feature feature;
    set_geometry(feature, row);
    if (f.bbox && !in_bbox(feature, *f.bbox)) return true;
    if (sink.skip > 0) {
        --sink.skip;
        return true;
    }
    if (sink.room == 0) {
        sink.more = true;
        return false;
    }
    --sink.room;
    feature.values.reserve(columns.size());
    for (const Column *c : columns)
        feature.values.push_back(c->get(row));
    sink.layer.features.push_back(std::move(feature));
    return true;
}

exporter::Layer claims_layer(const std::vector<Row> &rows, const LayerQuery &o, const Filters &f, const Slice &slice,
                             bool &more) {
    const auto columns = columns_for(o);
    exporter::Layer layer = claims_layer_header(o, columns);
    Sink sink{layer, slice.offset, slice.limit};
    for (const Row &row : rows)
        if (!add_feature(sink, row, columns, f)) break;
    more = sink.more;
    return layer;
}

/// The default and --timeline views: features made as the store reads the
/// claims, so that no claim is kept once its feature exists (an export of a
/// million claims would otherwise hold both, several GB).
exporter::Layer streamed_claims_layer(const store::Store &db, const LayerQuery &o, const Filters &f,
                                      const geo::BoundarySet &boundaries, const VerdictIndex &verdicts,
                                      const Slice &slice, bool &more) {
    const auto columns = columns_for(o);
    exporter::Layer layer = claims_layer_header(o, columns);
    Sink sink{layer, slice.offset, slice.limit};
    db.scan_claims(f.store, [&](StoredClaim &sc) {
        return !in_oblast(sc, f) || add_feature(sink, make_row(sc, boundaries, verdicts), columns, f);
    });
    more = sink.more;
    return layer;
}

/// --hulls: one polygon per sentence that names three or more places for the
/// same change and side: the convex hull of the places with its geodesic
/// area, beside the area the article claims.
exporter::Layer hulls_layer(const std::vector<Row> &rows, const LayerQuery &o, const Filters &f) {
    struct Group {
        std::vector<const Row *> rows;
        std::optional<double> claimed_km2;
    };
    std::map<std::tuple<std::int64_t, std::size_t, int, int>, Group> groups;
    for (const Row &row : rows) {
        const auto &c = row.sc->claim;
        auto &g = groups[{row.sc->article.id, c.evidence_span.start, static_cast<int>(c.change),
                          static_cast<int>(c.by_side)}];
        if (c.area_km2) g.claimed_km2 = c.area_km2;
        if (c.place) g.rows.push_back(&row);
    }
    exporter::Layer layer;
    layer.name = o.layer.empty() ? "hulls" : o.layer;
    layer.label_field = "places";
    layer.description_field = "evidence";
    layer.fields = {
        {"change", FieldType::String},        {"by_side", FieldType::String},       {"claimant", FieldType::String},
        {"claimant_side", FieldType::String}, {"stated_on", FieldType::Date},       {"place_count", FieldType::Integer},
        {"places", FieldType::String},        {"hull_km2", FieldType::Real},        {"claimed_km2", FieldType::Real},
        {"evidence", FieldType::String},      {"article_title", FieldType::String}, {"article_url", FieldType::String}};
    for (const auto &[key, g] : groups) {
        std::vector<core::LonLat> points;
        std::string names;
        for (const Row *r : g.rows) {
            points.push_back(r->sc->claim.place->lonlat);
            if (!names.empty()) names += ", ";
            names += r->sc->claim.place->name;
        }
        exporter::Feature feature;
        feature.polygon = geo::convex_hull(points);
        if (feature.polygon.empty() || (f.bbox && !in_bbox(feature, *f.bbox))) continue;
        const StoredClaim &first = *g.rows.front()->sc;
        feature.values = {text(core::to_string(first.claim.change)),
                          text(core::to_string(first.claim.by_side)),
                          text(first.claim.claimant),
                          text(core::to_string(first.claim.claimant_side)),
                          date(known_on(first)),
                          integer(static_cast<std::int64_t>(g.rows.size())),
                          text(names),
                          Value{geo::polygon_area_km2(feature.polygon)},
                          g.claimed_km2 ? Value{*g.claimed_km2} : Value{},
                          text(first.claim.evidence),
                          text(first.article.title),
                          text(first.article.url)};
        layer.features.push_back(std::move(feature));
    }
    return layer;
}

/// --control --as-of D: the assessed area of the snapshot in force on D (the
/// latest on or before it), one MultiPolygon feature.
exporter::Layer control_layer(const store::Store &db, const std::string &source, core::Date day,
                              const LayerQuery &o) {
    std::optional<store::ControlSnapshot> chosen;
    for (auto &s : db.control_snapshots(source))
        if (s.date <= day) chosen = std::move(s);
    if (!chosen)
        throw InputError("export --control: source '" + source + "' has no snapshot on or before " + day.iso());
    const auto full = db.control_snapshots(source, true);
    const auto it = std::find_if(full.begin(), full.end(), [&](const auto &s) { return s.id == chosen->id; });
    exporter::Layer layer;
    layer.name = o.layer.empty() ? "control" : o.layer;
    layer.label_field = "snapshot_date";
    layer.fields = {{"source", FieldType::String},       {"snapshot_date", FieldType::Date},
                    {"as_of", FieldType::Date},          {"snapshot_id", FieldType::Integer},
                    {"area_km2", FieldType::Real},       {"file", FieldType::String},
                    {"content_hash", FieldType::String}};
    exporter::Feature feature;
    feature.multipolygon = geo::multipolygon_from_wkb(it->geometry_wkb, "control snapshot " + std::to_string(it->id));
    feature.values = {text(source),
                      Value{chosen->date.iso()},
                      Value{day.iso()},
                      integer(chosen->id),
                      Value{geo::multipolygon_area_km2(feature.multipolygon)},
                      text(chosen->file),
                      text(chosen->content_hash)};
    layer.features.push_back(std::move(feature));
    return layer;
}

VerdictIndex load_verdicts(const store::Store &db, const std::string &requested) {
    VerdictIndex index;
    const std::string source = source_if_any(db, requested);
    if (source.empty()) return index;
    index.by_claim = verdicts_by_claim(db, source);
    for (const auto &s : db.control_snapshots(source)) index.snapshot_dates[s.id] = s.date.iso();
    return index;
}

} // namespace

void validate(const LayerQuery &query) {
    make_filters(query);
    if (!query.as_of.empty()) parse_date_option(query.as_of, name_of(query, "--as-of"));
    if (query.control && query.as_of.empty())
        throw InputError("export --control: give --as-of DATE (the assessed area of that date)");
    if (query.control && (query.hulls || query.conflicts || query.timeline))
        throw InputError("export --control: cannot be combined with --hulls, --conflicts or --timeline");
}

exporter::Layer claims_layer(const store::Store &db, const LayerQuery &o, const geo::BoundarySet &boundaries,
                             const Slice &slice, bool *more) {
    validate(o);
    const Filters filters = make_filters(o);
    std::optional<core::Date> day;
    if (!o.as_of.empty()) day = parse_date_option(o.as_of, name_of(o, "--as-of"));
    bool more_features = false;
    exporter::Layer layer;
    if (o.control) {
        layer = control_layer(db, choose_source(db, o.source), *day, o);
    } else if (!o.hulls && !o.conflicts && !day) {
        layer = streamed_claims_layer(db, o, filters, boundaries, load_verdicts(db, o.source), slice, more_features);
    } else {
        const ViewData view = o.hulls       ? ViewData{db.claims(filters.store), {}}
                              : o.conflicts ? conflicts_view(db, day, filters)
                                            : state_view(db, *day, filters);
        const VerdictIndex verdicts = load_verdicts(db, o.source);
        const std::vector<Row> rows = rows_for(view, filters, boundaries, verdicts);
        layer = o.hulls ? hulls_layer(rows, o, filters) : claims_layer(rows, o, filters, slice, more_features);
    }
    if (more != nullptr) *more = more_features;
    return layer;
}

geo::BoundarySet load_boundary_set(const std::string &option) {
    std::string paths = option;
    if (paths.empty())
        if (const char *env = std::getenv("CLAIMTRACK_BOUNDARIES"); env != nullptr) paths = env;
    if (paths.empty()) return {};
    try {
        return geo::BoundarySet::read_list(paths);
    } catch (const geo::GeoError &e) {
        throw InputError(std::string("--boundaries/CLAIMTRACK_BOUNDARIES: ") + e.what());
    }
}

void print_claim_fields(std::ostream &out) {
    static const char *type_names[] = {"String", "Integer", "Real", "Date", "DateTime"};
    for (const auto &c : claim_columns())
        out << c.name << '\t' << type_names[static_cast<int>(c.type)] << '\t' << c.meaning << '\n';
}

} // namespace claimtrack::cli
