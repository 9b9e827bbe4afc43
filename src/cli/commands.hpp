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
void register_serve(CLI::App& app, Settings& settings);
void register_control(CLI::App& app, Settings& settings); // control import, control list
void register_corroborate(CLI::App& app, Settings& settings); // corroborate, claimants

/// Adds the shared path options to a sub-command: --db (when `db`),
/// --gazetteer and --geonames (when `gazetteer`), and --quiet.
void add_common_options(CLI::App* sub, Settings& settings, bool db, bool gazetteer);

/// A validator for options that take a positive number: "must be a positive
/// number, got '0'" (CLI11's own prints the double range in 309 digits).
CLI::Validator positive_number();

/// A validator for text options (place names): valid UTF-8.
CLI::Validator utf8_text();

/// One line from a CLI11 parse error message: lines joined, and the
/// messages that do not name the option made to ("A subcommand is required"
/// lists the sub-commands).
std::string usage_message(const std::string& what);

/// Adds every sub-command to `app`.
void register_all(CLI::App& app, Settings& settings);

} // namespace claimtrack::cli
