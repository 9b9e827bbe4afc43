// End-to-end tests of `claimtrack serve`: the real binary on an ephemeral
// loopback port, every endpoint compared with the CLI command that prints
// the same answer with --json (or `export --format GeoJSON`), every error.

#include "e2e_util.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <string>
#include <thread>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace claimtrack;

namespace {

/// The database of the examples and the Telegram test export for one test
/// case, made the first time the case asks (ctest runs the cases as
/// parallel processes, so each has its own; SECTIONs of a case share it).
const fs::path& fixture_db(const std::string& test = "") {
    static std::map<std::string, fs::path> made;
    static std::string current;
    if (!test.empty()) current = test;
    auto it = made.find(current);
    if (it != made.end()) return it->second;
    const fs::path dir = test::scratch("serve_e2e", current + "-db");
    const fs::path path = dir / "claims.db";
    for (const std::string input :
         {std::string(CLAIMTRACK_EXAMPLES_DIR), std::string(CLAIMTRACK_TEST_DATA_DIR "/telegram/general_staff")}) {
        const auto r = test::run("ingest -q --channel GeneralStaffTest " + test::quote(input) + " --db " +
                                     test::quote(path.string()),
                                 dir);
        if (r.status != 0) throw std::runtime_error("fixture ingest failed: " + r.err);
    }
    return made.emplace(current, path).first->second;
}

/// `claimtrack serve` on 127.0.0.1 and a port the system picks; stopped
/// (SIGTERM, then checked to exit 0) by stop(), killed by the destructor.
class Server {
public:
    explicit Server(const fs::path& dir, const std::string& listen = "127.0.0.1:0")
        : m_proc({"serve", "--db", fixture_db().string(), "--listen", listen}, dir, "serve") {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (std::chrono::steady_clock::now() < deadline) {
            const std::string out = m_proc.out();
            const auto at = out.find("listening on http://127.0.0.1:");
            if (at != std::string::npos && out.find('\n', at) != std::string::npos) {
                m_port = std::stoi(out.substr(at + 30));
                return;
            }
            if (!m_proc.running()) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        throw std::runtime_error("serve did not start: " + m_proc.err());
    }
    int port() const { return m_port; }
    /// SIGTERM; the exit status (0 when it stopped cleanly).
    int stop() {
        m_proc.terminate();
        const int status = m_proc.wait();
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

private:
    test::Process m_proc;
    int m_port = 0;
};

struct Answer {
    int status = 0;
    std::string type;
    json body;
};

Answer get(int port, const std::string& path) {
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(30, 0);
    const auto res = client.Get(path.c_str());
    INFO(path);
    REQUIRE(res);
    Answer a;
    a.status = res->status;
    a.type = res->get_header_value("Content-Type");
    a.body = json::parse(res->body);
    return a;
}

json cli_json(const std::string& args, const fs::path& dir) {
    const auto r = test::run(args + " --json --db " + test::quote(fixture_db().string()), dir);
    INFO(args << "\n" << r.err);
    REQUIRE(r.status == 0);
    return json::parse(r.out);
}

json exported(const std::string& args, const fs::path& dir) {
    const fs::path out = dir / "export.geojson";
    fs::remove(out);
    const auto r = test::run("export -q --format GeoJSON --out " + test::quote(out.string()) + " " + args + " --db " +
                                 test::quote(fixture_db().string()),
                             dir);
    INFO(args << "\n" << r.err);
    REQUIRE(r.status == 0);
    return json::parse(test::slurp(out));
}

void check_error(int port, const std::string& path, int status, const std::string& says) {
    const Answer a = get(port, path);
    INFO(path << " -> " << a.body.dump());
    CHECK(a.status == status);
    CHECK(a.type.rfind("application/json", 0) == 0);
    CHECK(a.body["status"] == status);
    CHECK(a.body["error"].get<std::string>().find(says) != std::string::npos);
}

} // namespace

TEST_CASE("serve answers every endpoint as the CLI does with --json", "[serve]") {
    fixture_db("endpoints");
    const fs::path dir = test::scratch("serve_e2e", "endpoints");
    Server server(dir);
    const int port = server.port();

    SECTION("/api/stats = stats --json") {
        const Answer a = get(port, "/api/stats");
        CHECK(a.status == 200);
        CHECK(a.body == cli_json("stats", dir));
        CHECK(a.body["articles"].get<int>() >= 50);
    }
    SECTION("/api/state = state --json") {
        for (const std::string day : {"2023-06-15", "2024-01-01", "2022-01-01"}) {
            const Answer a = get(port, "/api/state?as_of=" + day);
            CHECK(a.status == 200);
            CHECK(a.body == cli_json("state --as-of " + day, dir));
        }
        const Answer ua = get(port, "/api/state?as_of=2024-12-31&claimant_side=UA");
        CHECK(ua.body == cli_json("state --as-of 2024-12-31 --claimant-side UA", dir));
        CHECK(!ua.body.empty());
    }
    SECTION("/api/conflicts = conflicts --json") {
        CHECK(get(port, "/api/conflicts").body == cli_json("conflicts", dir));
        CHECK(get(port, "/api/conflicts?since=2024-01-01&as_of=2024-12-31").body ==
              cli_json("conflicts --since 2024-01-01 --as-of 2024-12-31", dir));
    }
    SECTION("/api/places/{id}/timeline = timeline ID --json") {
        const json state = cli_json("state --as-of 2030-01-01", dir);
        REQUIRE(state.size() >= 5);
        for (const auto& s : state) {
            const std::string id = std::to_string(s["place"]["id"].get<std::int64_t>());
            const Answer a = get(port, "/api/places/" + id + "/timeline");
            CHECK(a.status == 200);
            CHECK(a.body == cli_json("timeline " + id, dir));
            CHECK(get(port, "/api/places/" + id + "/timeline?all=1").body == cli_json("timeline --all " + id, dir));
        }
    }
    SECTION("/api/claims = export --format GeoJSON, with the same filters") {
        const std::vector<std::pair<std::string, std::string>> cases{
            {"", ""},
            {"as_of=2023-06-30", "--as-of 2023-06-30"},
            {"since=2023-06-10&until=2023-06-30", "--since 2023-06-10 --until 2023-06-30"},
            {"side=UA&claimant_side=UA", "--side UA --claimant-side UA"},
            {"oblast=Donetsk", "--oblast Donetsk"},
            {"bbox=36.5,47.0,38.5,48.5", "--bbox 36.5,47.0,38.5,48.5"},
            {"view=timeline", "--timeline"},
            {"view=conflicts", "--conflicts"},
            {"as_of=2024-12-31&oblast=Kharkiv&claimant_side=RU", "--as-of 2024-12-31 --oblast Kharkiv --claimant-side RU"},
        };
        for (const auto& [query, options] : cases) {
            INFO(query);
            const Answer a = get(port, "/api/claims?limit=10000&" + query);
            CHECK(a.status == 200);
            CHECK(a.type.rfind("application/geo+json", 0) == 0);
            const json expected = exported(options, dir);
            CHECK(a.body["type"] == "FeatureCollection");
            CHECK(a.body["name"] == expected["name"]);
            CHECK(a.body["features"] == expected["features"]);
            CHECK(a.body["next_cursor"].is_null());
        }
        CHECK(exported("", dir)["features"].size() >= 30);
    }
    SECTION("/api/claims pages: limit and cursor cover every feature once") {
        const json all = exported("", dir)["features"];
        json paged = json::array();
        std::string cursor;
        int pages = 0;
        do {
            const Answer a = get(port, "/api/claims?limit=7" + (cursor.empty() ? "" : "&cursor=" + cursor));
            REQUIRE(a.status == 200);
            CHECK(a.body["features"].size() <= 7);
            for (const auto& f : a.body["features"]) paged.push_back(f);
            cursor = a.body["next_cursor"].is_null() ? "" : a.body["next_cursor"].get<std::string>();
            ++pages;
        } while (!cursor.empty() && pages < 1000);
        CHECK(paged == all);
        CHECK(pages == static_cast<int>((all.size() + 6) / 7));
    }
    SECTION("/ serves the map page, which reads the API") {
        httplib::Client client("127.0.0.1", port);
        const auto res = client.Get("/");
        REQUIRE(res);
        CHECK(res->status == 200);
        CHECK(res->get_header_value("Content-Type").rfind("text/html", 0) == 0);
        CHECK(res->body.find("connect-src 'self'") != std::string::npos);
        CHECK(res->body.find("\"api\":\"api\"") != std::string::npos);
        CHECK(res->body.find("\"places\":[]") != std::string::npos); // no claim carried in the page
        const auto head = client.Head("/api/stats");
        REQUIRE(head);
        CHECK(head->status == 200);
    }
    CHECK(server.stop() == 0);
}

TEST_CASE("serve answers bad requests with JSON errors", "[serve]") {
    fixture_db("errors");
    const fs::path dir = test::scratch("serve_e2e", "errors");
    Server server(dir);
    const int port = server.port();
    check_error(port, "/api/claims?as_of=2023-02-30", 400, "as_of: not a date");
    check_error(port, "/api/claims?since=yesterday", 400, "since: not a date");
    check_error(port, "/api/claims?until=2023", 400, "until: not a date");
    check_error(port, "/api/claims?bbox=1,2,3", 400, "bbox: expected four finite numbers");
    check_error(port, "/api/claims?bbox=1,2,3,4,5", 400, "bbox: expected four finite numbers");
    check_error(port, "/api/claims?bbox=1,2,nan,4", 400, "bbox: expected four finite numbers");
    check_error(port, "/api/claims?bbox=1,2,inf,4", 400, "bbox: expected four finite numbers");
    check_error(port, "/api/claims?bbox=a,b,c,d", 400, "bbox: expected four finite numbers");
    check_error(port, "/api/claims?bbox=40,50,30,45", 400, "bbox: expected four finite numbers");
    check_error(port, "/api/claims?side=XX", 400, "side: expected UA, RU or none");
    check_error(port, "/api/claims?claimant_side=EU", 400, "claimant_side: expected UA, RU or none");
    check_error(port, "/api/claims?oblast=--", 400, "oblast: not an oblast name");
    check_error(port, "/api/claims?limit=0", 400, "limit: expected a whole number from 1 to 10000");
    check_error(port, "/api/claims?limit=10001", 400, "limit: expected a whole number");
    check_error(port, "/api/claims?cursor=-1", 400, "cursor: expected a whole number");
    check_error(port, "/api/claims?view=everything", 400, "view: expected claims, timeline or conflicts");
    check_error(port, "/api/claims?asof=2023-01-01", 400, "unknown parameter 'asof'");
    check_error(port, "/api/claims?as_of=2023-01-01&as_of=2023-01-02", 400, "given twice");
    check_error(port, "/api/claims?oblast=" + std::string(300, 'a'), 400, "longer than 256 bytes");
    check_error(port, "/api/state", 400, "as_of: required");
    check_error(port, "/api/state?as_of=2023-01-01&claimant_side=x", 400, "claimant_side: expected UA, RU or none");
    check_error(port, "/api/conflicts?since=2023-1-1", 400, "since: not a date");
    check_error(port, "/api/stats?verbose=1", 400, "unknown parameter 'verbose'");
    check_error(port, "/api/places/abc/timeline", 400, "place id: expected a positive whole number");
    check_error(port, "/api/places/0/timeline", 400, "place id");
    check_error(port, "/api/places/42/timeline", 404, "no claims about place 42");
    check_error(port, "/api/places/42/timeline?all=maybe", 400, "all: expected");
    check_error(port, "/api/claimants", 400, "no control layers are imported");
    check_error(port, "/api/claimants?since=2023-02-31", 400, "since: not a date");
    check_error(port, "/nowhere", 404, "no such endpoint: /nowhere");

    httplib::Client client("127.0.0.1", port);
    for (const auto& res : {client.Post("/api/stats", "{}", "application/json"), client.Put("/api/claims", "x", "text/plain"),
                            client.Delete("/api/stats")}) {
        REQUIRE(res);
        CHECK(res->status == 405);
        CHECK(res->get_header_value("Allow") == "GET, HEAD");
        CHECK(json::parse(res->body)["error"].get<std::string>().find("read-only") != std::string::npos);
    }
    const auto big = client.Post("/api/stats", std::string(4096, 'x'), "text/plain");
    REQUIRE(big);
    CHECK(big->status == 413);
    const auto long_uri = client.Get(("/api/claims?oblast=" + std::string(9000, 'a')).c_str());
    REQUIRE(long_uri);
    CHECK(long_uri->status == 414);
    // The server still answers after all that.
    CHECK(get(port, "/api/stats").status == 200);
    CHECK(server.stop() == 0);
}

TEST_CASE("serve: /api/claimants = claimants --json once claims are corroborated", "[serve]") {
    const fs::path db = fixture_db("claimants");
    const fs::path dir = test::scratch("serve_e2e", "claimants");
    // A control layer written here: an occupied square over part of Donetsk Oblast.
    const fs::path layer = dir / "occupied-2023-06-10.geojson";
    std::ofstream(layer) << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
                            R"("geometry":{"type":"Polygon","coordinates":[[[36.0,47.0],[38.5,47.0],[38.5,48.6],)"
                            R"([36.0,48.6],[36.0,47.0]]]}}]})";
    auto r = test::run("control import " + test::quote(layer.string()) + " --db " + test::quote(db.string()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    r = test::run("corroborate --db " + test::quote(db.string()), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    Server server(dir);
    const Answer a = get(server.port(), "/api/claimants");
    CHECK(a.status == 200);
    CHECK(a.body == cli_json("claimants", dir));
    CHECK(a.body["verdicts"].get<int>() > 0);
    CHECK(get(server.port(), "/api/claimants?since=2023-06-01&until=2023-06-30").body ==
          cli_json("claimants --since 2023-06-01 --until 2023-06-30", dir));
    check_error(server.port(), "/api/claimants?source=nowhere", 400, "no control layers of source 'nowhere'");
    CHECK(server.stop() == 0);
}

TEST_CASE("serve: defaults, bad options and a missing database", "[serve]") {
    fixture_db("options");
    const fs::path dir = test::scratch("serve_e2e", "options");
    SECTION("loopback by default") {
        Server server(dir, ":0"); // no address: 127.0.0.1
        CHECK(get(server.port(), "/api/stats").status == 200);
        CHECK(server.stop() == 0);
    }
    SECTION("bad --listen") {
        for (const std::string listen : {"localhost", "127.0.0.1:99999", "127.0.0.1:http"}) {
            const auto r = test::run("serve --db " + test::quote(fixture_db().string()) + " --listen " + listen, dir);
            CHECK(r.status == 2);
            CHECK(r.err.find("--listen") != std::string::npos);
        }
    }
    SECTION("a missing database is a database error, before listening") {
        const auto r = test::run("serve --listen 127.0.0.1:0 --db " + test::quote((dir / "none.db").string()), dir);
        CHECK(r.status == 3);
        CHECK(r.out.find("listening") == std::string::npos);
    }
}
