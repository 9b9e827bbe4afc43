// The routes of `claimtrack serve`. Every answer is JSON; every error is
// {"error": "...", "status": N}: 400 for a bad parameter (named), 404 for an
// unknown place or path, 405 for anything but GET/HEAD, 500 for a database
// failure. Each worker thread takes a read-only Store from a pool (a Store is
// not thread-safe; SQLite's WAL lets them read while `ingest` writes).

#include "server.hpp"

#include "claims_layer.hpp"
#include "control_views.hpp"
#include "query_json.hpp"
#include "settings.hpp"

#include "claimtrack/core/error.hpp"
#include "claimtrack/export/map_page.hpp"
#include "claimtrack/export/writer.hpp"
#include "claimtrack/store/store.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <vector>

namespace claimtrack::cli {

namespace {

using nlohmann::json;

/// Limits on what a request may ask (beyond httplib's 8 KB request line and headers).
constexpr std::size_t k_max_parameters = 16;
constexpr std::size_t k_max_parameter_bytes = 256;
constexpr std::size_t k_max_body_bytes = 1024; // GET only: no request carries a body

/// An HTTP error answered as JSON.
struct HttpError {
    int status;
    std::string message;
};

/// Read-only Stores for the worker threads: one is taken for a request and
/// given back after it; at most as many exist as requests ran at once.
class StorePool {
public:
    explicit StorePool(std::string path) : m_path(std::move(path)) {}

    class Lease {
    public:
        Lease(StorePool& pool, std::unique_ptr<store::Store> store) : m_pool(pool), m_store(std::move(store)) {}
        ~Lease() { m_pool.give_back(std::move(m_store)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        const store::Store& operator*() const { return *m_store; }
        const store::Store* operator->() const { return m_store.get(); }

    private:
        StorePool& m_pool;
        std::unique_ptr<store::Store> m_store;
    };

    Lease take() {
        {
            std::lock_guard lock(m_mutex);
            if (!m_idle.empty()) {
                auto s = std::move(m_idle.back());
                m_idle.pop_back();
                return Lease(*this, std::move(s));
            }
        }
        return Lease(*this, std::make_unique<store::Store>(store::Store::open(m_path, store::OpenMode::ReadOnly)));
    }

private:
    void give_back(std::unique_ptr<store::Store> s) {
        if (!s) return;
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(s));
    }

    std::string m_path;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<store::Store>> m_idle;
};

void send_json(httplib::Response& res, const json& body, int status = 200,
               const char* type = "application/json; charset=utf-8") {
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), type);
}

void send_error(httplib::Response& res, int status, const std::string& message) {
    send_json(res, {{"error", message}, {"status", status}}, status);
}

/// The request's parameters, each at most once, all of them known to the endpoint.
class Params {
public:
    Params(const httplib::Request& req, std::initializer_list<const char*> known) {
        if (req.params.size() > k_max_parameters)
            throw HttpError{400, "too many parameters (at most " + std::to_string(k_max_parameters) + ")"};
        const std::set<std::string> allowed(known.begin(), known.end());
        for (const auto& [key, value] : req.params) {
            if (!allowed.contains(key)) {
                std::string list;
                for (const auto& k : allowed) list += (list.empty() ? "" : ", ") + k;
                throw HttpError{400, "unknown parameter '" + key + "' (this endpoint takes: " +
                                         (list.empty() ? "none" : list) + ")"};
            }
            if (value.size() > k_max_parameter_bytes)
                throw HttpError{400, "parameter '" + key + "' is longer than " +
                                         std::to_string(k_max_parameter_bytes) + " bytes"};
            if (!m_values.emplace(key, value).second) throw HttpError{400, "parameter '" + key + "' given twice"};
        }
    }

    std::string get(const std::string& key) const {
        const auto it = m_values.find(key);
        return it == m_values.end() ? std::string() : it->second;
    }
    bool has(const std::string& key) const { return m_values.contains(key); }

    /// A whole number in [min, max]; `fallback` when absent.
    std::size_t count(const std::string& key, std::size_t fallback, std::size_t min, std::size_t max) const {
        if (!has(key)) return fallback;
        const std::string v = get(key);
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || end != v.data() + v.size() || n < min || n > max)
            throw HttpError{400, key + ": expected a whole number from " + std::to_string(min) + " to " +
                                     std::to_string(max) + ", got '" + v + "'"};
        return n;
    }

    /// "1", "true", "yes" or absent/"0"/"false"/"no".
    bool flag(const std::string& key) const {
        const std::string v = get(key);
        if (v.empty() || v == "0" || v == "false" || v == "no") return false;
        if (v == "1" || v == "true" || v == "yes") return true;
        throw HttpError{400, key + ": expected 1/true/yes or 0/false/no, got '" + v + "'"};
    }

private:
    std::map<std::string, std::string> m_values;
};

/// Four finite numbers "W,S,E,N". \throws HttpError.
std::vector<double> parse_bbox(const std::string& text) {
    std::vector<double> out;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) {
        double v = 0;
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
        if (part.empty() || ec != std::errc() || end != part.data() + part.size() || !std::isfinite(v))
            throw HttpError{400, "bbox: expected four finite numbers MINLON,MINLAT,MAXLON,MAXLAT, got '" + text + "'"};
        out.push_back(v);
    }
    if (out.size() != 4 || (!text.empty() && text.back() == ','))
        throw HttpError{400, "bbox: expected four finite numbers MINLON,MINLAT,MAXLON,MAXLAT, got '" + text + "'"};
    return out;
}

/// A date parameter, checked. \throws HttpError naming it.
std::optional<core::Date> date_param(const Params& p, const std::string& key, bool required = false) {
    if (!p.has(key) || p.get(key).empty()) {
        if (required) throw HttpError{400, key + ": required (YYYY-MM-DD)"};
        return std::nullopt;
    }
    const auto d = core::Date::parse(p.get(key));
    if (!d) throw HttpError{400, key + ": not a date (expected YYYY-MM-DD): '" + p.get(key) + "'"};
    return d;
}

std::string listen_url(const std::string& host, int port) {
    const bool v6 = host.find(':') != std::string::npos;
    return "http://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port) + "/";
}

} // namespace

void parse_listen(const std::string& text, std::string& host, int& port) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos) throw InputError("--listen: expected ADDR:PORT, got '" + text + "'");
    std::string h = text.substr(0, colon);
    if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
    const std::string p = text.substr(colon + 1);
    int n = -1;
    const auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), n);
    if (p.empty() || ec != std::errc() || end != p.data() + p.size() || n < 0 || n > 65535)
        throw InputError("--listen: port must be a number from 0 to 65535, got '" + p + "'");
    host = h.empty() ? "127.0.0.1" : h;
    port = n;
}

struct ApiServer::Impl {
    ServeConfig config;
    StorePool stores;
    httplib::Server http;
    std::string page; ///< the map page, rendered once

    explicit Impl(ServeConfig c) : config(std::move(c)), stores(config.db) {}

    // ---------------------------------------------------------------- endpoints

    /// /api/claims: the GeoJSON `export` writes for the same view and filters,
    /// a page at a time (`limit`, `cursor`); "next_cursor" names the next page.
    void claims(const httplib::Request& req, httplib::Response& res) {
        const Params p(req, {"as_of", "since", "until", "side", "claimant_side", "oblast", "bbox", "view", "limit",
                             "cursor"});
        LayerQuery q;
        q.parameter_names = true;
        q.as_of = p.get("as_of");
        q.since = p.get("since");
        q.until = p.get("until");
        q.side = p.get("side");
        q.claimant_side = p.get("claimant_side");
        q.oblast = p.get("oblast");
        if (p.has("bbox")) q.bbox = parse_bbox(p.get("bbox"));
        const std::string view = p.get("view");
        if (view == "timeline") q.timeline = true;
        else if (view == "conflicts") q.conflicts = true;
        else if (!view.empty() && view != "claims")
            throw HttpError{400, "view: expected claims, timeline or conflicts, got '" + view + "'"};
        Slice slice;
        slice.limit = p.count("limit", config.default_limit, 1, config.max_limit);
        slice.offset = p.count("cursor", 0, 0, std::numeric_limits<std::int64_t>::max());
        validate(q); // InputError -> 400, before the database is touched
        bool more = false;
        exporter::Layer layer;
        {
            auto db = stores.take();
            layer = claims_layer(*db, q, config.boundaries, slice, &more);
        }
        std::string body = exporter::render_layer(layer, "GeoJSON");
        // A foreign member (RFC 7946 section 6.1) for paging: the offset of the next page.
        const std::string next =
            more ? "\"" + std::to_string(slice.offset + layer.features.size()) + "\"" : std::string("null");
        const auto brace = body.find('{');
        if (brace == std::string::npos) throw Error("GeoJSON without an object");
        body.insert(brace + 1, "\n\"next_cursor\": " + next + ",");
        res.set_content(body, "application/geo+json; charset=utf-8");
    }

    /// /api/state?as_of=D[&claimant_side=S]: `claimtrack state --as-of D --json`.
    void state(const httplib::Request& req, httplib::Response& res) {
        const Params p(req, {"as_of", "claimant_side"});
        const auto as_of = date_param(p, "as_of", true);
        std::optional<core::Side> side;
        if (p.has("claimant_side")) side = parse_side_option(p.get("claimant_side"), "claimant_side");
        auto db = stores.take();
        send_json(res, state_json(db->state(*as_of, side)));
    }

    /// /api/places/{id}/timeline[?all=1]: `claimtrack timeline ID --json [--all]`.
    void timeline(const httplib::Request& req, httplib::Response& res) {
        const Params p(req, {"all"});
        const std::string text = req.matches[1];
        std::int64_t id = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (ec != std::errc() || end != text.data() + text.size() || id <= 0)
            throw HttpError{400, "place id: expected a positive whole number (a GeoNames id), got '" + text + "'"};
        store::TimelineQuery q;
        q.place_ids = {id};
        q.include_superseded = p.flag("all");
        auto db = stores.take();
        const auto claims = db->timeline(q);
        if (claims.empty()) throw HttpError{404, "no claims about place " + text + " in the database"};
        send_json(res, timeline_json(claims, &*db));
    }

    /// /api/conflicts[?since=D][&as_of=D]: `claimtrack conflicts --json`.
    void conflicts(const httplib::Request& req, httplib::Response& res) {
        const Params p(req, {"since", "as_of"});
        const auto since = date_param(p, "since");
        const auto as_of = date_param(p, "as_of");
        auto db = stores.take();
        send_json(res, conflicts_json(db->conflicts(since, as_of)));
    }

    /// /api/stats: `claimtrack stats --json`.
    void stats(const httplib::Request& req, httplib::Response& res) {
        const Params p(req, {});
        auto db = stores.take();
        send_json(res, stats_json(db->stats(), store::display_location(config.db)));
    }

    /// /api/claimants[?source=S][&since=D][&until=D]: `claimtrack claimants --json`
    /// (needs control layers imported and `claimtrack corroborate` run).
    void claimants(const httplib::Request& req, httplib::Response& res) {
        const Params p(req, {"source", "since", "until"});
        store::ClaimantQuery q;
        q.since = date_param(p, "since");
        q.until = date_param(p, "until");
        auto db = stores.take();
        q.source = choose_source(*db, p.get("source"));
        send_json(res, claimants_json(db->claimants(q), q));
    }

    void index(const httplib::Request& req, httplib::Response& res) {
        const Params p(req, {});
        res.set_content(page, "text/html; charset=utf-8");
    }

    // ---------------------------------------------------------------- wiring

    /// Runs an endpoint, turning its failures into JSON errors.
    template <typename F> httplib::Server::Handler wrap(F f) {
        return [this, f](const httplib::Request& req, httplib::Response& res) {
            try {
                (this->*f)(req, res);
            } catch (const HttpError& e) {
                send_error(res, e.status, e.message);
            } catch (const InputError& e) {
                send_error(res, 400, e.what());
            } catch (const store::StoreError& e) {
                send_error(res, 500, std::string("database error: ") + e.what());
            } catch (const std::exception& e) {
                send_error(res, 500, e.what());
            }
        };
    }

    void routes() {
        http.Get("/", wrap(&Impl::index));
        http.Get("/api/claims", wrap(&Impl::claims));
        http.Get("/api/state", wrap(&Impl::state));
        http.Get(R"(/api/places/([^/]+)/timeline)", wrap(&Impl::timeline));
        http.Get("/api/conflicts", wrap(&Impl::conflicts));
        http.Get("/api/stats", wrap(&Impl::stats));
        http.Get("/api/claimants", wrap(&Impl::claimants));
        // No write endpoints: every other method is refused.
        const auto refuse = [](const httplib::Request& req, httplib::Response& res) {
            res.set_header("Allow", "GET, HEAD");
            send_error(res, 405, req.method + " is not allowed: the API is read-only (GET, HEAD)");
        };
        for (const char* pattern : {".*"}) {
            http.Post(pattern, refuse);
            http.Put(pattern, refuse);
            http.Patch(pattern, refuse);
            http.Delete(pattern, refuse);
            http.Options(pattern, refuse);
        }
        http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty()) return; // an endpoint's own JSON error
            if (res.status == 404) send_error(res, 404, "no such endpoint: " + req.path);
            else if (res.status == 413) send_error(res, 413, "request too large");
            else if (res.status == 414) send_error(res, 414, "request line too long");
            else if (res.status == 400) send_error(res, 400, "bad request");
            else send_error(res, res.status, "HTTP error " + std::to_string(res.status));
        });
        http.set_payload_max_length(k_max_body_bytes);
        http.set_read_timeout(5, 0);
        http.set_write_timeout(30, 0);
        http.set_keep_alive_max_count(1000);
        http.set_keep_alive_timeout(5);
        const std::size_t threads = std::max<std::size_t>(1, config.threads);
        http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
        http.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}});
    }

    void render_page() {
        exporter::MapPage map;
        map.title = config.title;
        map.api = "api";
        for (const auto& b : config.boundaries.all()) map.outlines.push_back({b.name, b.geometry});
        page = exporter::render_map_page(map);
    }
};

ApiServer::ApiServer(ServeConfig config) : m_impl(std::make_unique<Impl>(std::move(config))) {
    { auto check = m_impl->stores.take(); } // a bad database fails here, before the port is bound
    m_impl->render_page();
    m_impl->routes();
}

ApiServer::~ApiServer() = default;

int ApiServer::bind() {
    const auto& c = m_impl->config;
    const int port = c.port == 0 ? m_impl->http.bind_to_any_port(c.host)
                                 : (m_impl->http.bind_to_port(c.host, c.port) ? c.port : -1);
    if (port <= 0) throw Error("serve: cannot listen on " + listen_url(c.host, c.port) + " (address in use or not local?)");
    return port;
}

bool ApiServer::run() { return m_impl->http.listen_after_bind(); }

void ApiServer::stop() { m_impl->http.stop(); }

std::string serve_url(const std::string& host, int port) { return listen_url(host, port); }

} // namespace claimtrack::cli
