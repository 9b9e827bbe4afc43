// claimtrack serve [--db FILE] [--listen ADDR:PORT] [--threads N]
// [--boundaries FILES] [--max-limit N]: the read-only HTTP API and map page
// (server.cpp). Stops cleanly on SIGINT or SIGTERM.

#include "claims_layer.hpp"
#include "commands.hpp"
#include "server.hpp"

#include "claimtrack/core/error.hpp"

#include <csignal>
#include <iostream>
#include <memory>
#include <pthread.h>
#include <thread>

namespace claimtrack::cli {

namespace {

struct ServeOptions {
    std::string listen = "127.0.0.1:8080";
    std::size_t threads = 8;
    std::size_t max_limit = 10000;
    std::string boundaries;
    std::string title = "claimtrack: claimed control";
};

/// Blocks SIGINT and SIGTERM in this thread (and the threads it starts) and
/// waits for them on a thread of its own, which stops the server: no handler,
/// no global state. The destructor ends the waiting thread if no signal came.
class StopOnSignal {
public:
    explicit StopOnSignal(ApiServer& server) {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        sigaddset(&m_set, SIGUSR1); // sent by the destructor to end the wait
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
        m_thread = std::thread([this, &server] {
            int sig = 0;
            sigwait(&m_set, &sig);
            if (sig != SIGUSR1) server.stop();
        });
    }
    ~StopOnSignal() {
        pthread_kill(m_thread.native_handle(), SIGUSR1);
        m_thread.join();
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    StopOnSignal(const StopOnSignal&) = delete;
    StopOnSignal& operator=(const StopOnSignal&) = delete;

private:
    sigset_t m_set{};
    sigset_t m_old{};
    std::thread m_thread;
};

void run_serve(const ServeOptions& o, Settings& settings) {
    resolve_defaults(settings);
    ServeConfig config;
    parse_listen(o.listen, config.host, config.port);
    config.db = settings.db;
    config.threads = o.threads;
    config.max_limit = o.max_limit;
    config.default_limit = std::min(config.default_limit, config.max_limit);
    config.title = o.title;
    config.boundaries = load_boundary_set(o.boundaries);
    const std::string host = config.host;
    ApiServer server(std::move(config));
    StopOnSignal stopper(server); // before any server thread starts, so they inherit the mask
    const int port = server.bind();
    // The first line on stdout says where to connect (scripts wait for it).
    std::cout << "listening on " << serve_url(host, port) << std::endl;
    if (!settings.quiet)
        std::cerr << "serve: " << store::display_location(settings.db) << " (read-only) at " << serve_url(host, port)
                  << "; Ctrl-C stops\n";
    if (!server.run()) throw Error("serve: the server stopped with an error");
    if (!settings.quiet) std::cerr << "serve: stopped\n";
    settings.exit_code = 0;
}

} // namespace

void register_serve(CLI::App& app, Settings& settings) {
    auto o = std::make_shared<ServeOptions>();
    auto* sub = app.add_subcommand("serve", "Read-only HTTP API over the database, and the map page that reads it");
    sub->add_option("--listen", o->listen,
                    "ADDR:PORT to listen on (default 127.0.0.1:8080; port 0: any free port, printed on stdout)");
    sub->add_option("--threads", o->threads, "worker threads (default 8)")->check(CLI::Range(1, 256));
    sub->add_option("--max-limit", o->max_limit, "largest page of /api/claims (default 10000)")
        ->check(CLI::Range(1, 1000000));
    sub->add_option("--boundaries", o->boundaries,
                    "boundary file(s), ':'-separated: region polygons and the map's base layer "
                    "(default: $CLAIMTRACK_BOUNDARIES)");
    sub->add_option("--title", o->title, "title of the map page");
    add_common_options(sub, settings, true, false);
    sub->callback([o, &settings] { run_serve(*o, settings); });
}

} // namespace claimtrack::cli
