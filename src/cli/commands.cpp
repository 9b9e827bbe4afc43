#include "commands.hpp"

namespace claimtrack::cli {

void add_common_options(CLI::App* sub, Settings& settings, bool db, bool gazetteer) {
    if (db) sub->add_option("--db", settings.db, "SQLite database (default: $CLAIMTRACK_DB or claims.db)");
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
    register_control(app, settings);
    register_corroborate(app, settings);
}

} // namespace claimtrack::cli
