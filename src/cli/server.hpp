#pragma once
// `claimtrack serve`: a read-only HTTP API over a claims database, and the map
// page that reads it. The answers are built by the same code as the CLI's
// --json output (query_json.hpp) and `export` (claims_layer.hpp), so the two
// cannot disagree. HTTP is cpp-httplib's (Debian libcpp-httplib-dev); nothing
// of it leaks past this header's users.

#include "claimtrack/geo/boundaries.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace claimtrack::cli {

struct ServeConfig {
    std::string db;                    ///< database path, opened read-only
    std::string host = "127.0.0.1";
    int port = 8080;                   ///< 0: any free port
    std::size_t threads = 8;           ///< worker threads (one read-only connection each)
    std::size_t default_limit = 1000;  ///< /api/claims page size without `limit`
    std::size_t max_limit = 10000;     ///< largest `limit` accepted
    std::string title = "claimtrack: claimed control";
    geo::BoundarySet boundaries;       ///< region polygons and the map's base layer
};

/// "ADDR:PORT", "[v6addr]:PORT" or ":PORT" into host and port.
/// \throws InputError naming --listen.
void parse_listen(const std::string& text, std::string& host, int& port);

/// "http://HOST:PORT/" (IPv6 hosts in brackets).
std::string serve_url(const std::string& host, int port);

/// The server. Not copyable; run() blocks until stop() (from another thread).
class ApiServer {
public:
    /// Checks that the database opens read-only. \throws StoreError.
    explicit ApiServer(ServeConfig config);
    ~ApiServer();
    ApiServer(const ApiServer&) = delete;
    ApiServer& operator=(const ApiServer&) = delete;

    /// Binds the address; returns the port (the chosen one for port 0).
    /// \throws Error when the address cannot be bound.
    int bind();
    /// Serves until stop(). \returns false when the server failed.
    bool run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace claimtrack::cli
