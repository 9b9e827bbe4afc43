// claimtrack control import FILE|DIR... [--source NAME] [--date D] [--coverage CC]
// claimtrack control list [--json]
// Assessed control layers (dated occupied-area polygons such as
// DeepStateMap's) into the store: each file one snapshot, stored once.

#include "commands.hpp"
#include "control_views.hpp"

#include "claimtrack/geo/dated_layers.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>

namespace claimtrack::cli {

namespace {

namespace fs = std::filesystem;

struct ImportOptions {
    std::vector<std::string> inputs;
    std::string source;
    std::string date;
    std::string coverage = "UA";
};

/// Extensions of vector files taken from a directory (given files are read whatever their name).
bool vector_extension(const fs::path& p) {
    static const std::set<std::string> k_ext{".geojson", ".json", ".gpkg", ".shp", ".fgb", ".kml", ".gml", ".sqlite"};
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return k_ext.count(ext) > 0;
}

/// The files of the inputs, directories expanded (vector files, name order).
std::vector<fs::path> expand(const std::vector<std::string>& inputs) {
    std::vector<fs::path> out;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (!fs::is_directory(input, ec)) {
            out.emplace_back(input);
            continue;
        }
        std::vector<fs::path> files;
        for (const auto& e : fs::directory_iterator(input, ec))
            if (e.is_regular_file() && e.path().filename().string()[0] != '.' && vector_extension(e.path()))
                files.push_back(e.path());
        if (ec) throw InputError("control import: cannot list '" + input + "': " + ec.message());
        if (files.empty()) throw InputError("control import: directory '" + input + "' holds no vector file");
        std::sort(files.begin(), files.end());
        out.insert(out.end(), files.begin(), files.end());
    }
    return out;
}

/// The default source: the name of the first input's directory.
std::string default_source(const std::string& input) {
    fs::path p = fs::absolute(input).lexically_normal();
    std::error_code ec;
    if (!fs::is_directory(p, ec)) p = p.parent_path();
    if (p.filename().empty()) p = p.parent_path();
    return p.filename().string();
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

void run_import(const ImportOptions& o, Settings& settings) {
    resolve_defaults(settings);
    if (o.inputs.empty()) throw InputError("control import: give layer files or directories");
    geo::LayerFileOptions read;
    read.not_after = today();
    if (!o.date.empty()) read.fallback_date = parse_date_option(o.date, "--date");
    if (o.coverage.size() != 2 || !std::isupper(static_cast<unsigned char>(o.coverage[0])) ||
        !std::isupper(static_cast<unsigned char>(o.coverage[1])))
        throw InputError("--coverage: expected an ISO 3166-1 alpha-2 country code in capitals (UA), not '" +
                         o.coverage + "'");
    const std::string source = o.source.empty() ? default_source(o.inputs.front()) : o.source;
    if (source.empty()) throw InputError("control import: give --source NAME");
    const std::vector<fs::path> files = expand(o.inputs);
    auto db = store::Store::open(settings.db, store::OpenMode::ReadWrite);
    std::size_t inserted = 0, unchanged = 0, failed = 0;
    for (const auto& file : files) {
        try {
            const geo::LayerFile layer = geo::read_layer_file(file, read);
            store::NewSnapshot n;
            n.source = source;
            n.date = layer.date;
            n.date_from = layer.date_from;
            n.coverage = o.coverage;
            n.file = file.string();
            n.features = static_cast<std::int64_t>(layer.features);
            n.polygons = static_cast<std::int64_t>(layer.polygons.size());
            n.repaired = joined(layer.repaired);
            n.min_lon = layer.box.min_lon, n.min_lat = layer.box.min_lat;
            n.max_lon = layer.box.max_lon, n.max_lat = layer.box.max_lat;
            n.geometry_wkb = geo::to_wkb(layer.polygons);
            const auto outcome = db.add_control_snapshot(n);
            using Kind = store::SnapshotOutcome::Kind;
            if (outcome.kind == Kind::DateTaken) {
                std::cerr << "claimtrack: control import: " << file.string() << ": source '" << source
                          << "' already holds another snapshot of " << layer.date.iso() << " (from "
                          << outcome.existing_file << "); nothing stored\n";
                ++failed;
                continue;
            }
            if (!layer.repaired.empty())
                std::cerr << "control import: " << file.string() << ": repaired invalid geometry with MakeValid ("
                          << n.repaired << ")\n";
            (outcome.kind == Kind::Inserted ? inserted : unchanged)++;
            if (!settings.quiet && outcome.kind == Kind::Unchanged && files.size() <= 20)
                std::cerr << "control import: " << file.string() << ": already stored (snapshot " << outcome.id
                          << ")\n";
        } catch (const geo::GeoError& e) {
            std::cerr << "claimtrack: control import: " << e.what() << '\n';
            ++failed;
        }
    }
    if (!settings.quiet)
        std::cerr << "control import: " << inserted << " new, " << unchanged << " already stored, " << failed
                  << " failed; source '" << source << "' in " << store::display_location(settings.db) << '\n';
    settings.exit_code = failed ? 1 : 0;
}

void run_list(bool as_json, Settings& settings) {
    resolve_defaults(settings);
    const auto db = store::Store::open(settings.db, store::OpenMode::ReadOnly);
    const auto snapshots = db.control_snapshots();
    if (as_json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& s : snapshots)
            out.push_back({{"id", s.id},
                           {"source", s.source},
                           {"date", s.date.iso()},
                           {"date_from", s.date_from},
                           {"coverage", s.coverage},
                           {"content_hash", s.content_hash},
                           {"file", s.file},
                           {"features", s.features},
                           {"polygons", s.polygons},
                           {"repaired", s.repaired},
                           {"bbox", {s.min_lon, s.min_lat, s.max_lon, s.max_lat}},
                           {"geometry_bytes", s.geometry_bytes},
                           {"imported_at", s.imported_at}});
        std::cout << out.dump(2) << '\n';
        return;
    }
    std::cout << "id\tsource\tdate\tpolygons\tbbox\thash\tfile\n";
    for (const auto& s : snapshots) {
        char box[96];
        std::snprintf(box, sizeof box, "%.3f,%.3f,%.3f,%.3f", s.min_lon, s.min_lat, s.max_lon, s.max_lat);
        std::cout << s.id << '\t' << s.source << '\t' << s.date.iso() << '\t' << s.polygons << '\t' << box << '\t'
                  << s.content_hash.substr(0, 12) << '\t' << s.file << (s.repaired.empty() ? "" : " (repaired)")
                  << '\n';
    }
    if (!settings.quiet) std::cerr << "control list: " << snapshots.size() << " snapshots\n";
}

} // namespace

void register_control(CLI::App& app, Settings& settings) {
    auto* control = app.add_subcommand("control", "Assessed control layers (dated occupied-area polygons)");
    control->require_subcommand(1);
    auto o = std::make_shared<ImportOptions>();
    auto* import = control->add_subcommand("import", "Store GDAL polygon layers as dated control snapshots");
    import->add_option("inputs", o->inputs, "layer files, or directories of them (GeoJSON, GPKG, Shapefile...)")
        ->required();
    import->add_option("--source", o->source, "name of the source (default: the first input's directory name)");
    import->add_option("--date", o->date,
                       "snapshot date for files with no date attribute and no YYYYMMDD in their name");
    import->add_option("--coverage", o->coverage,
                       "ISO country code of the territory the layer assesses (default UA): claims about places "
                       "elsewhere are not applicable");
    add_common_options(import, settings, true, false);
    import->callback([o, &settings] { run_import(*o, settings); });
    auto as_json = std::make_shared<bool>(false);
    auto* list = control->add_subcommand("list", "The stored control snapshots");
    list->add_flag("--json", *as_json, "JSON array instead of a table");
    add_common_options(list, settings, true, false);
    list->callback([as_json, &settings] { run_list(*as_json, settings); });
}

} // namespace claimtrack::cli
