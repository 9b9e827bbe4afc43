#include "commands.hpp"

namespace claimtrack::cli {

void register_all(CLI::App& app, Settings& settings) {
    register_gazetteer(app, settings);
    register_extract(app, settings);
    register_ingest(app, settings);
    register_export(app, settings);
}

} // namespace claimtrack::cli
