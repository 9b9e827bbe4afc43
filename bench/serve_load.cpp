// Load generator for `claimtrack serve`: THREADS client threads (one
// keep-alive connection each) send REQUESTS GET requests in all, drawn from
// a list of paths, and the figures are printed: requests per second and
// latency percentiles, per endpoint and overall. Any answer but 200 is
// counted as a failure and makes the exit status 1.
//
//   serve_load --port P --paths FILE [--requests 20000] [--threads 8] [--host 127.0.0.1]
//
// FILE holds one path per line ("/api/state?as_of=2024-05-01"); request i
// goes to line i mod lines, so every run sends the same mix.

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Sample {
    std::size_t path;  ///< index into the paths
    double ms;         ///< latency
    int status;        ///< HTTP status, or -1 for a failed connection
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

/// "/api/state?as_of=..." -> "/api/state"; "/api/places/1/timeline" -> "/api/places/{id}/timeline".
std::string endpoint(const std::string& path) {
    std::string p = path.substr(0, path.find('?'));
    if (p.rfind("/api/places/", 0) == 0) return "/api/places/{id}/timeline";
    return p;
}

} // namespace

int main(int argc, char** argv) {
    std::string host = "127.0.0.1", paths_file;
    int port = 0;
    std::size_t requests = 20000, threads = 8;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--port") port = std::atoi(v.c_str());
        else if (k == "--host") host = v;
        else if (k == "--paths") paths_file = v;
        else if (k == "--requests") requests = std::strtoul(v.c_str(), nullptr, 10);
        else if (k == "--threads") threads = std::strtoul(v.c_str(), nullptr, 10);
        else {
            std::fprintf(stderr, "serve_load: unknown option %s\n", k.c_str());
            return 2;
        }
    }
    std::vector<std::string> paths;
    std::ifstream in(paths_file);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) paths.push_back(line);
    if (port <= 0 || paths.empty() || threads == 0) {
        std::fprintf(stderr, "usage: serve_load --port P --paths FILE [--requests N] [--threads T]\n");
        return 2;
    }

    std::atomic<std::size_t> next{0};
    std::vector<std::vector<Sample>> samples(threads);
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    for (std::size_t t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            httplib::Client client(host, port);
            client.set_keep_alive(true);
            client.set_read_timeout(60, 0);
            for (std::size_t i; (i = next++) < requests;) {
                const std::size_t p = i % paths.size();
                const auto t0 = std::chrono::steady_clock::now();
                const auto res = client.Get(paths[p].c_str());
                const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                samples[t].push_back({p, ms, res ? res->status : -1});
            }
        });
    }
    for (auto& w : workers) w.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::map<std::string, std::vector<double>> by_endpoint;
    std::vector<double> all;
    std::size_t failures = 0;
    for (const auto& list : samples)
        for (const Sample& s : list) {
            all.push_back(s.ms);
            by_endpoint[endpoint(paths[s.path])].push_back(s.ms);
            if (s.status != 200) ++failures;
        }
    std::printf("serve load: %zu requests from %zu threads in %.2f s: %.0f requests/s; latency ms p50 %.2f, p90 %.2f, "
                "p99 %.2f, max %.2f; %zu failed\n",
                all.size(), threads, seconds, static_cast<double>(all.size()) / seconds, percentile(all, 50),
                percentile(all, 90), percentile(all, 99), percentile(all, 100), failures);
    for (const auto& [name, ms] : by_endpoint)
        std::printf("  %-28s %6zu requests  p50 %7.2f ms  p99 %7.2f ms\n", name.c_str(), ms.size(), percentile(ms, 50),
                    percentile(ms, 99));
    return failures == 0 ? 0 : 1;
}
