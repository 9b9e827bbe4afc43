// claimtrack gazetteer build --geonames DIR [--out FILE] [--front DIR]
// claimtrack geocode NAME [--near PLACE] [--oblast NAME] [--date D] [--front DIR] [--json]

#include "commands.hpp"
#include "json_output.hpp"
#include "pipeline.hpp"

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <chrono>
#include <iomanip>
#include <iostream>

namespace claimtrack::cli {

namespace {

struct GeocodeOptions {
    std::string name;
    std::string near;
    std::string oblast;
    std::string date;
    bool json = false;
    int limit = 10;
};

void run_build(Settings& settings, const std::string& out_flag) {
    resolve_defaults(settings);
    const std::string out = out_flag.empty() ? settings.gazetteer : out_flag;
    const auto t0 = std::chrono::steady_clock::now();
    const auto stats = build_gazetteer(settings, out);
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (const auto& w : stats.warnings) std::cerr << "claimtrack: warning: " << w << '\n';
    if (!settings.quiet)
        std::cout << "wrote " << out << ": " << stats.places << " places, " << stats.names << " name keys"
                  << (stats.front_snapshots ? ", " + std::to_string(stats.front_snapshots) + " front-line snapshots" : "")
                  << " in " << std::fixed << std::setprecision(2) << secs << " s\n";
    settings.exit_code = 0;
}

void print_candidate(const gazetteer::Candidate& c, std::size_t rank) {
    const auto& p = c.place;
    std::cout << rank << ". " << p.name;
    if (!p.name_local.empty()) std::cout << " (" << p.name_local << ")";
    std::cout << "  " << core::to_string(p.kind) << ' ' << p.feature_code << "  id " << p.id << "  "
              << std::fixed << std::setprecision(5) << p.lonlat.lat_deg << ", " << p.lonlat.lon_deg << "  "
              << (p.admin2.empty() ? "" : p.admin2 + ", ") << p.admin1 << ' ' << p.country << "  score "
              << std::setprecision(3) << c.score;
    if (!c.boundary_admin1.empty()) std::cout << "  [polygon: " << c.boundary_admin1 << (c.boundary_disagrees ? ", DISAGREES" : "") << ']';
    std::cout << '\n';
    for (const auto& r : c.reasons) std::cout << "     - " << r << '\n';
}

void run_geocode(Settings& settings, const GeocodeOptions& opts) {
    resolve_defaults(settings); // --boundaries, else CLAIMTRACK_BOUNDARIES
    const Pipeline pipeline(settings, settings.quiet);
    gazetteer::GeocodeQuery q;
    q.name = opts.name;
    if (!opts.near.empty()) q.near = opts.near;
    if (!opts.oblast.empty()) q.oblast = opts.oblast;
    if (!opts.date.empty()) q.date = parse_date_option(opts.date, "--date");
    const auto candidates = pipeline.gazetteer().geocode(q);
    const std::size_t n = std::min<std::size_t>(candidates.size(), static_cast<std::size_t>(std::max(opts.limit, 1)));
    if (opts.json) {
        nlohmann::json arr = nlohmann::json::array();
        for (std::size_t i = 0; i < n; ++i) {
            nlohmann::json j = to_json(candidates[i].place);
            j["score"] = candidates[i].score;
            j["reasons"] = candidates[i].reasons;
            j["match_level"] = candidates[i].match_level;
            if (pipeline.gazetteer().has_boundaries()) {
                j["boundary_admin1"] = candidates[i].boundary_admin1;
                j["boundary_disagrees"] = candidates[i].boundary_disagrees;
            }
            arr.push_back(std::move(j));
        }
        std::cout << nlohmann::json{{"query", opts.name}, {"candidates", arr}, {"total", candidates.size()}}.dump(2)
                  << '\n';
    } else {
        if (candidates.empty()) std::cout << "no place known as '" << opts.name << "'\n";
        for (std::size_t i = 0; i < n; ++i) print_candidate(candidates[i], i + 1);
        if (candidates.size() > n) std::cout << "(" << candidates.size() - n << " more; --limit N)\n";
    }
    settings.exit_code = candidates.empty() ? 1 : 0;
}

} // namespace

void register_gazetteer(CLI::App& app, Settings& settings) {
    auto* gaz = app.add_subcommand("gazetteer", "Manage the gazetteer index");
    gaz->require_subcommand(1);
    auto* build = gaz->add_subcommand("build", "Build the gazetteer index from GeoNames dumps");
    auto out = std::make_shared<std::string>();
    build->add_option("--geonames", settings.geonames, "GeoNames dump directory (or CLAIMTRACK_GEONAMES)");
    build->add_option("--out", *out, "Index file to write (default: --gazetteer / CLAIMTRACK_GAZETTEER)");
    build->add_option("--gazetteer", settings.gazetteer, "Index file (or CLAIMTRACK_GAZETTEER)");
    build->add_option("--front", settings.front,
                      "Directory of dated occupied-territory layers: store each place's distance to the line of "
                      "contact per snapshot, for ranking (or CLAIMTRACK_FRONT)");
    build->add_flag("-q,--quiet", settings.quiet, "No summary line");
    build->callback([&settings, out] { run_build(settings, *out); });

    auto opts = std::make_shared<GeocodeOptions>();
    auto* geo = app.add_subcommand("geocode", "Ranked candidates for a place name, with the reasons");
    geo->add_option("name", opts->name, "Place name, any spelling or script")->required()->check(utf8_text());
    geo->add_option("--near", opts->near, "Prefer candidates close to this place")->check(utf8_text());
    geo->add_option("--oblast", opts->oblast, "Prefer candidates in this oblast")->check(utf8_text());
    geo->add_option("--boundaries", settings.boundaries,
                    "Oblast polygon file(s), GDAL-readable, ':'-separated, to attribute points (or CLAIMTRACK_BOUNDARIES)");
    geo->add_option("--date", opts->date,
                    "Read the name at this date (YYYY-MM-DD): with front-line layers, prefer places near the line "
                    "of contact then (without: their nearest approach over all snapshots)");
    geo->add_option("--front", settings.front, "Directory of dated occupied-territory layers (or CLAIMTRACK_FRONT)");
    geo->add_option("--limit", opts->limit, "How many candidates to list (default 10)");
    geo->add_flag("--json", opts->json, "JSON output");
    geo->add_option("--gazetteer", settings.gazetteer, "Index file (or CLAIMTRACK_GAZETTEER)");
    geo->add_option("--geonames", settings.geonames, "GeoNames dump directory, to build a missing index");
    geo->callback([&settings, opts] { run_geocode(settings, *opts); });
}

} // namespace claimtrack::cli
