// claimtrack: territorial claims from news reports. The only place that
// catches exceptions and maps them to exit codes.
//   0 success; 1 some inputs of a batch failed; 2 usage or input error;
//   3 database error; 4 gazetteer error; 5 export error; 6 other error.

#include "commands.hpp"

#include "claimtrack/core/error.hpp"
#include "claimtrack/export/writer.hpp"
#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/store/store.hpp"

#include <iostream>

int main(int argc, char** argv) {
    using namespace claimtrack;
    CLI::App app{"claimtrack: an auditable history of territorial claims from news reports"};
    app.set_version_flag("--version", std::string("claimtrack ") + CLAIMTRACK_VERSION);
    app.require_subcommand(1);
    cli::Settings settings;
    cli::register_all(app, settings);
    try {
        app.parse(argc, argv);
        return settings.exit_code;
    } catch (const CLI::ParseError& e) {
        // --help and --version end parsing with exit code 0: CLI11 prints them.
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
        // Every other parse error is a usage error: one line, exit 2 (CLI11's
        // own codes, 105-114, are not the documented ones).
        std::cerr << "claimtrack: " << cli::usage_message(e.what()) << " (see 'claimtrack --help')\n";
        return 2;
    } catch (const store::StoreError& e) {
        std::cerr << "claimtrack: database error: " << e.what() << '\n';
        return 3;
    } catch (const gazetteer::GazetteerError& e) {
        std::cerr << "claimtrack: gazetteer error: " << e.what()
                  << "\n  hint: the index comes from 'claimtrack gazetteer build --geonames DIR' (or set "
                     "CLAIMTRACK_GEONAMES / CLAIMTRACK_GAZETTEER); boundary files from --boundaries / "
                     "CLAIMTRACK_BOUNDARIES; front-line layers from --front / CLAIMTRACK_FRONT\n";
        return 4;
    } catch (const exporter::ExportError& e) {
        std::cerr << "claimtrack: export error: " << e.what() << '\n';
        return 5;
    } catch (const InputError& e) {
        std::cerr << "claimtrack: " << e.what() << '\n';
        return 2;
    } catch (const Error& e) {
        std::cerr << "claimtrack: " << e.what() << '\n';
        return 6;
    } catch (const std::exception& e) {
        std::cerr << "claimtrack: unexpected error: " << e.what() << '\n';
        return 6;
    }
}
