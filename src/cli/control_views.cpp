#include "control_views.hpp"

#include "claimtrack/core/error.hpp"

#include <chrono>

namespace claimtrack::cli {

namespace {

std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

} // namespace

std::string source_if_any(const store::Store& db, const std::string& requested) {
    const auto sources = db.control_sources();
    if (!requested.empty()) {
        for (const auto& s : sources)
            if (s == requested) return s;
        throw InputError("--source: no control layers of source '" + requested + "' are imported" +
                         (sources.empty() ? std::string(" (none are; see 'claimtrack control import')")
                                          : " (sources: " + listed(sources) + ")"));
    }
    if (sources.size() > 1)
        throw InputError("several control sources are imported (" + listed(sources) + "): choose one with --source");
    return sources.empty() ? std::string() : sources.front();
}

std::string choose_source(const store::Store& db, const std::string& requested) {
    std::string source = source_if_any(db, requested);
    if (source.empty())
        throw InputError("no control layers are imported in this database: run 'claimtrack control import DIR' first");
    return source;
}

core::Date today() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return core::Date::from_days_since_epoch(static_cast<long>(days.time_since_epoch().count()));
}

std::vector<LoadedSnapshot> load_snapshots(const store::Store& db, const std::string& source) {
    std::vector<LoadedSnapshot> out;
    for (auto& meta : db.control_snapshots(source, true)) {
        LoadedSnapshot s;
        s.polygons = geo::multipolygon_from_wkb(meta.geometry_wkb, "control snapshot " + std::to_string(meta.id) +
                                                                       " (" + meta.source + ", " + meta.date.iso() + ")");
        meta.geometry_wkb.clear();
        s.meta = std::move(meta);
        out.push_back(std::move(s));
    }
    return out;
}

std::unordered_map<std::int64_t, store::Verdict> verdicts_by_claim(const store::Store& db, const std::string& source) {
    std::unordered_map<std::int64_t, store::Verdict> out;
    if (source.empty()) return out;
    for (auto& v : db.verdicts(source)) out.emplace(v.claim_id, std::move(v));
    return out;
}

} // namespace claimtrack::cli
