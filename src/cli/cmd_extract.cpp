// claimtrack extract FILE... [--json|--jsonl]: what the extractor finds, without storing.

#include "commands.hpp"
#include "inputs.hpp"
#include "json_output.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <iostream>
#include <span>

namespace claimtrack::cli {

namespace {

struct ExtractOptions {
    std::vector<std::string> inputs;
    bool json = false;
    bool jsonl = false;
};

void print_readable(const core::Document& doc, const core::Extraction& x) {
    std::cout << "== " << doc.file << (doc.title.empty() ? "" : "  " + doc.title) << "\n";
    for (const auto& m : x.mentions)
        std::cout << "  place  " << m.surface << " -> " << m.place.name << " (" << core::to_string(m.place.kind)
                  << ", " << m.place.admin1 << ", " << m.place.lonlat.lat_deg << ", " << m.place.lonlat.lon_deg
                  << ")\n";
    for (const auto& c : x.claims)
        std::cout << "  claim  " << core::to_string(c.by_side) << ' ' << core::to_string(c.change) << ' '
                  << (c.place ? c.place->name : c.region ? c.region->name : c.surface) << "  by "
                  << (c.claimant.empty() ? "?" : c.claimant) << "  on "
                  << (c.stated_on ? c.stated_on->iso() : "?") << "\n";
    for (const auto& a : x.areas)
        std::cout << "  area   " << a.surface << " = " << a.km2 << " km2" << (a.territorial ? "" : " (not territorial)")
                  << "\n";
    for (const auto& d : x.distances) std::cout << "  dist   " << d.surface << " (" << d.type << ")\n";
}

void run_extract(const ExtractOptions& opts, Settings& settings) {
    resolve_defaults(settings);
    std::vector<std::string> errors;
    std::vector<std::string> notes;
    const auto files = expand_inputs(opts.inputs, errors, notes);
    if (!settings.quiet)
        for (const auto& n : notes) std::cerr << "claimtrack: " << n << '\n';
    const Pipeline pipeline(settings, settings.quiet);

    nlohmann::json all = nlohmann::json::array();
    for (const auto& file : files) {
        try {
            const auto docs = read_documents(file, errors);
            for (std::size_t b = 0; b < docs.size(); b += Pipeline::k_stage_batch) {
                const auto batch = std::span<const core::Document>(docs).subspan(b, std::min(Pipeline::k_stage_batch, docs.size() - b));
                const auto xs = pipeline.run_batch(batch);
                for (std::size_t i = 0; i < batch.size(); ++i) {
                    if (opts.jsonl) std::cout << to_json(batch[i], xs[i]).dump() << '\n';
                    else if (opts.json) all.push_back(to_json(batch[i], xs[i]));
                    else print_readable(batch[i], xs[i]);
                }
            }
        } catch (const InputError& e) {
            errors.push_back(e.what());
        }
    }
    if (opts.json && !opts.jsonl) std::cout << (all.size() == 1 ? all[0] : all).dump(2) << '\n';
    for (const auto& e : errors) std::cerr << "claimtrack: " << e << '\n';
    settings.exit_code = errors.empty() ? 0 : 1;
}

} // namespace

void register_extract(CLI::App& app, Settings& settings) {
    auto opts = std::make_shared<ExtractOptions>();
    auto* sub = app.add_subcommand("extract", "Print what the extractor finds in articles, without storing");
    sub->add_option("files", opts->inputs, "article files (.txt with header, .jsonl), directories, or - for stdin")
        ->required();
    sub->add_flag("--json", opts->json, "one JSON object per article (an array when there are several)");
    sub->add_flag("--jsonl", opts->jsonl, "one JSON object per line");
    add_common_options(sub, settings, false, true);
    sub->callback([opts, &settings] { run_extract(*opts, settings); });
}

} // namespace claimtrack::cli
