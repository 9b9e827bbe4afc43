// claimtrack export --format F --out FILE [--force] [--db FILE] [view] [filters]:
// reads claims from the store and writes them as a map layer through GDAL.
// The views and the claim -> feature mapping are in claims_layer.cpp (shared
// with `serve`).

#include "claims_layer.hpp"
#include "commands.hpp"

#include "claimtrack/export/writer.hpp"
#include "claimtrack/geo/boundaries.hpp"
#include "claimtrack/store/store.hpp"

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace claimtrack::cli {

namespace {

// ---------------------------------------------------------------- options

struct ExportOptions {
    std::string format = "GeoJSON";
    std::string out;
    bool force = false;
    LayerQuery query;
    std::string boundaries;
    bool list_fields = false;
};

// ---------------------------------------------------------------- command

/// Drops features without geometry for formats that cannot store them; returns how many.
std::size_t drop_unlocated(exporter::Layer &layer) {
    const auto before = layer.features.size();
    std::erase_if(layer.features,
                  [](const exporter::Feature &f) { return !f.point && f.polygon.empty() && f.multipolygon.empty(); });
    return before - layer.features.size();
}

void run_export(const ExportOptions &o, Settings &settings) {
    if (o.list_fields) {
        print_claim_fields(std::cout);
        settings.exit_code = 0;
        return;
    }
    resolve_defaults(settings);
    if (o.out.empty()) throw InputError("export: --out FILE is required");
    const exporter::FormatInfo *format = exporter::find_format(o.format);
    if (format == nullptr) {
        std::string names;
        for (const auto &n : exporter::supported_formats()) {
            if (!names.empty()) names += ", ";
            names += n;
        }
        throw InputError("export: unknown format '" + o.format + "' (supported: " + names + ")");
    }
    validate(o.query);
    const geo::BoundarySet boundaries = load_boundary_set(o.boundaries);

    const auto db = store::Store::open(settings.db, store::OpenMode::ReadOnly);
    exporter::Layer layer = claims_layer(db, o.query, boundaries);
    const std::size_t dropped = format->needs_geometry ? drop_unlocated(layer) : 0;
    exporter::write_layer(layer, {o.format, o.out, o.force});
    if (!settings.quiet) {
        std::cerr << "export: " << layer.features.size() << " features (layer '" << layer.name << "', " << format->name
                  << ") written to " << o.out << '\n';
        if (dropped > 0)
            std::cerr << "export: " << dropped << " claims without a location left out: " << format->name
                      << " cannot store features without geometry (set CLAIMTRACK_BOUNDARIES for regions)\n";
    }
    settings.exit_code = 0;
}

} // namespace

void register_export(CLI::App &app, Settings &settings) {
    auto o = std::make_shared<ExportOptions>();
    auto *sub = app.add_subcommand("export", "Write claims as a map layer (GeoJSON, GPKG, FlatGeobuf, KML, CSV...)");
    sub->add_option("-f,--format", o->format,
                    "GeoJSON (default), GeoJSONSeq|geojsonl, GPKG, FlatGeobuf|fgb, KML, CSV (WKT); any case");
    sub->add_option("-o,--out", o->out, "output file; refused if it exists, unless --force");
    sub->add_flag("--force", o->force, "overwrite an existing output file");
    sub->add_option("--layer", o->query.layer, "layer name (default: claims, state, conflicts or hulls)");
    sub->add_option("--as-of", o->query.as_of,
                    "claimed state on DATE, as `claimtrack state` gives it: the latest claim per place and "
                    "claimant side");
    sub->add_flag("--timeline", o->query.timeline, "every claim with valid_from/valid_to (for time sliders)");
    sub->add_flag("--conflicts", o->query.conflicts,
                  "places whose claimant sides disagree or a capture is denied, as `claimtrack conflicts` gives "
                  "them (as of --as-of, or now)");
    sub->add_flag("--hulls", o->query.hulls, "hull polygons of the places each sentence lists, with geodesic area");
    sub->add_option("--since", o->query.since, "claims known on or after DATE");
    sub->add_option("--until", o->query.until, "claims known on or before DATE");
    sub->add_option("--side", o->query.side, "acting side: UA, RU or none");
    sub->add_option("--claimant-side", o->query.claimant_side, "claimant's side: UA, RU or none");
    sub->add_option("--oblast", o->query.oblast, "only claims in this oblast (\"Kherson\", \"Kharkiv Oblast\")")
        ->check(utf8_text());
    sub->add_option("--bbox", o->query.bbox, "MINLON,MINLAT,MAXLON,MAXLAT")->delimiter(',')->expected(4);
    sub->add_option("--boundaries", o->boundaries,
                    "boundary file(s), ':'-separated, for region polygons (default: $CLAIMTRACK_BOUNDARIES)");
    sub->add_flag("--control", o->query.control,
                  "with --as-of DATE: the assessed occupied area of that date (the latest control snapshot on or "
                  "before it) as a polygon layer");
    sub->add_option("--source", o->query.source,
                    "control source for --control and the corroboration fields (default: the only one imported)");
    sub->add_flag("--list-fields", o->list_fields, "print the exported fields (name, type, meaning) and exit");
    add_common_options(sub, settings, true, false);
    sub->callback([o, &settings] { run_export(*o, settings); });
}

} // namespace claimtrack::cli
