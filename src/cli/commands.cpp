#include "commands.hpp"

#include "claimtrack/text/text.hpp"

#include <cmath>
#include <cstdlib>

namespace claimtrack::cli {

CLI::Validator positive_number() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            char* end = nullptr;
            const double v = std::strtod(value.c_str(), &end);
            if (end == value.c_str() || *end != '\0' || !std::isfinite(v) || v <= 0)
                return "must be a positive number, got '" + value + "'";
            return {};
        },
        "POSITIVE");
}

CLI::Validator utf8_text() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            if (auto bad = text::first_invalid_utf8(value))
                return "not valid UTF-8 (byte " + std::to_string(*bad) + " of '" + std::string(value, 0, *bad) +
                       "...'); names must be UTF-8";
            return {};
        },
        "TEXT");
}

std::string usage_message(const std::string& what) {
    std::string line;
    for (char c : what) {
        if (c == '\n' || c == '\r') {
            if (!line.empty() && line.back() != ' ') line += ' ';
            continue;
        }
        line += c;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (line.rfind("A subcommand is required", 0) == 0)
        return "missing command: name one (e.g. claimtrack ingest ..., claimtrack db check)";
    return line;
}

void add_common_options(CLI::App* sub, Settings& settings, bool db, bool gazetteer) {
    if (db)
        sub->add_option("--db", settings.db,
                        "SQLite file, or a PostgreSQL/PostGIS database as postgresql://user@host:port/dbname or "
                        "'host=... dbname=...' (default: $CLAIMTRACK_DB or claims.db)");
    if (gazetteer) {
        sub->add_option("--gazetteer", settings.gazetteer,
                        "gazetteer index file (default: $CLAIMTRACK_GAZETTEER or the build directory's)");
        sub->add_option("--geonames", settings.geonames,
                        "GeoNames dump directory used to build a missing index (default: $CLAIMTRACK_GEONAMES)");
        sub->add_option("--front", settings.front,
                        "directory of dated occupied-territory layers (e.g. DeepStateMap weekly GeoJSON): prefer "
                        "namesakes near the line of contact on the article's date (default: $CLAIMTRACK_FRONT)");
        sub->add_option("--ranking-weights", settings.ranking_weights,
                        "namesake ranking weights (geodata/ranking_weights.tsv's format) replacing those stored in "
                        "the index, for trying or fitting a table (default: $CLAIMTRACK_RANKING_WEIGHTS)");
    }
    sub->add_flag("-q,--quiet", settings.quiet, "no progress or summary on stderr");
}

void register_all(CLI::App& app, Settings& settings) {
    register_gazetteer(app, settings);
    register_extract(app, settings);
    register_ingest(app, settings);
    register_export(app, settings);
    register_map(app, settings);
    register_query(app, settings);
    register_serve(app, settings);
    register_control(app, settings);
    register_corroborate(app, settings);
}

} // namespace claimtrack::cli
