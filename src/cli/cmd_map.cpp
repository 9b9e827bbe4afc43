// claimtrack map --out map.html [--as-of DATE] [--force] [--db FILE]: a
// self-contained map page of the claims, openable offline.

#include "claim_views.hpp"
#include "commands.hpp"
#include "control_views.hpp"

#include "claimtrack/export/map_page.hpp"
#include "claimtrack/geo/boundaries.hpp"
#include "claimtrack/store/store.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <unordered_map>

namespace claimtrack::cli {

namespace {

struct MapOptions {
    std::string out;
    std::string as_of;
    std::string title = "claimtrack: claimed control";
    std::string boundaries;
    bool force = false;
    std::string source;
    double simplify_deg = 0.01;
};

// The control polygons are simplified for display (--simplify, 0.01 degrees,
// about 1 km): the 75 weekly DeepStateMap snapshots then take 0.9 MB of the page.


exporter::MapEvent map_event(const store::StoredClaim &sc, const store::Verdict *verdict) {
    const core::Claim &c = sc.claim;
    const auto day = known_on(sc);
    return {day ? day->iso() : "",
            std::string(core::to_string(c.change)) + (c.negated ? " (denied)" : ""),
            std::string(core::to_string(c.by_side)),
            is_state_claim(c) ? controller(c) : "",
            c.claimant,
            std::string(core::to_string(c.claimant_side)),
            c.evidence,
            sc.article.title,
            sc.article.url,
            sc.article.source,
            verdict ? std::string(core::to_string(verdict->verdict)) : "",
            verdict ? verdict->lag_days : std::nullopt};
}

/// One place per GeoNames id, with its claims in date order (undated first).
std::vector<exporter::MapPlace> map_places(const std::vector<store::StoredClaim> &claims,
                                          const std::unordered_map<std::int64_t, store::Verdict> &verdicts) {
    std::map<std::int64_t, exporter::MapPlace> places;
    for (const auto &sc : claims) {
        if (!sc.claim.place) continue;
        const core::Place &p = *sc.claim.place;
        auto [it, added] = places.try_emplace(p.id);
        if (added) it->second = {p.name, p.admin1, p.lonlat, {}};
        const auto v = verdicts.find(sc.id);
        it->second.events.push_back(map_event(sc, v == verdicts.end() ? nullptr : &v->second));
    }
    std::vector<exporter::MapPlace> out;
    for (auto &[id, place] : places) {
        std::stable_sort(place.events.begin(), place.events.end(),
                         [](const auto &a, const auto &b) { return a.date < b.date; });
        out.push_back(std::move(place));
    }
    return out;
}

std::vector<exporter::MapOutline> outlines(const MapOptions &o) {
    std::string paths = o.boundaries;
    if (paths.empty())
        if (const char *env = std::getenv("CLAIMTRACK_BOUNDARIES"); env != nullptr) paths = env;
    if (paths.empty()) return {};
    geo::BoundarySet set;
    try {
        set = geo::BoundarySet::read_list(paths);
    } catch (const geo::GeoError &e) {
        throw InputError(std::string("--boundaries/CLAIMTRACK_BOUNDARIES: ") + e.what());
    }
    std::vector<exporter::MapOutline> out;
    for (const auto &b : set.all())
        out.push_back({b.name, b.geometry});
    return out;
}

void run_map(const MapOptions &o, Settings &settings) {
    resolve_defaults(settings);
    if (!o.as_of.empty() && !core::Date::parse(o.as_of))
        throw InputError("--as-of: not a date (YYYY-MM-DD): '" + o.as_of + "'");
    exporter::MapPage page;
    page.title = o.title;
    page.initial_date = o.as_of;
    page.outlines = outlines(o);
    const auto db = store::Store::open(settings.db, store::OpenMode::ReadOnly);
    const std::string source = source_if_any(db, o.source);
    page.places = map_places(db.claims({}), verdicts_by_claim(db, source));
    page.control_source = source;
    for (auto &s : load_snapshots(db, source))
        page.control.push_back({s.meta.date.iso(), geo::simplify(s.polygons, o.simplify_deg)});
    exporter::write_map_page(page, o.out, o.force);
    if (!settings.quiet)
        std::cerr << "map: " << page.places.size() << " places, " << page.outlines.size() << " outlines, "
                  << page.control.size() << " control snapshots written to " << o.out << '\n';
    settings.exit_code = 0;
}

} // namespace

void register_map(CLI::App &app, Settings &settings) {
    auto o = std::make_shared<MapOptions>();
    auto *sub = app.add_subcommand("map", "Write a self-contained HTML map page (opens offline)");
    sub->add_option("-o,--out", o->out, "output HTML file; refused if it exists, unless --force")->required();
    sub->add_option("--as-of", o->as_of, "date the time slider starts at (default: the latest claim date)");
    sub->add_option("--title", o->title, "page title");
    sub->add_option("--boundaries", o->boundaries,
                    "boundary file(s) drawn as the base layer, ':'-separated (default: $CLAIMTRACK_BOUNDARIES)");
    sub->add_flag("--force", o->force, "overwrite an existing output file");
    sub->add_option("--source", o->source, "control source drawn under the places (default: the only one imported)");
    sub->add_option("--simplify", o->simplify_deg,
                    "tolerance in degrees for simplifying the control polygons (default 0.01, about 1 km)");
    add_common_options(sub, settings, true, false);
    sub->callback([o, &settings] { run_map(*o, settings); });
}

} // namespace claimtrack::cli
