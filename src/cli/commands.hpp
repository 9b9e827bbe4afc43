#pragma once
// Sub-command registration. A new sub-command is one cmd_*.cpp file defining
// register_<name>() plus one line in commands.cpp.

#include "settings.hpp"

#include <CLI/CLI.hpp>

namespace claimtrack::cli {

void register_gazetteer(CLI::App& app, Settings& settings); // gazetteer build, geocode
void register_extract(CLI::App& app, Settings& settings);
void register_ingest(CLI::App& app, Settings& settings);
void register_export(CLI::App& app, Settings& settings);
void register_map(CLI::App& app, Settings& settings);
void register_query(CLI::App& app, Settings& settings); // timeline, state, conflicts, stats, db
void register_control(CLI::App& app, Settings& settings); // control import, control list
void register_corroborate(CLI::App& app, Settings& settings); // corroborate, claimants

/// Adds the shared path options to a sub-command: --db (when `db`),
/// --gazetteer and --geonames (when `gazetteer`), and --quiet.
void add_common_options(CLI::App* sub, Settings& settings, bool db, bool gazetteer);

/// Adds every sub-command to `app`.
void register_all(CLI::App& app, Settings& settings);

} // namespace claimtrack::cli
