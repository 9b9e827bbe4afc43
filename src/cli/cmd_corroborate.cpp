// claimtrack corroborate [--source NAME] [--window DAYS] [--json]
// claimtrack claimants [--source NAME] [--since D] [--until D] [--json]
// Holds every claim about a settlement against the stored control snapshots
// (the rule: core::judge; point in polygon: geo::ControlArea; the verdicts
// are kept by the store), and tabulates the claimants' reliability.

#include "commands.hpp"
#include "control_views.hpp"

#include "claimtrack/core/corroboration.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <unordered_map>

namespace claimtrack::cli {

namespace {

using nlohmann::json;

struct CorroborateOptions {
    std::string source;
    long window = 28;
    bool json = false;
};

/// The side whose control a claim implies, or a reason why it implies none.
std::pair<core::Side, std::string> implied_side(const store::CorroborationCandidate& c) {
    using core::Change;
    if (c.negated) return {core::Side::None, "a denial"};
    if (c.background) return {core::Side::None, "background: history given as context"};
    if (c.change != Change::Captured && c.change != Change::Liberated && c.change != Change::Withdrew)
        return {core::Side::None, std::string(core::to_string(c.change)) + ": implies no controller"};
    if (c.by_side == core::Side::None) return {core::Side::None, "no acting side"};
    if (c.change == Change::Withdrew) return {c.by_side == core::Side::UA ? core::Side::RU : core::Side::UA, ""};
    return {c.by_side, ""};
}

/// Judges every candidate against the snapshots (ascending dates).
std::vector<store::Verdict> judge_all(const std::vector<store::CorroborationCandidate>& candidates,
                                      const std::vector<LoadedSnapshot>& snapshots, const std::string& source,
                                      long window) {
    std::vector<geo::ControlArea> areas;
    areas.reserve(snapshots.size());
    for (const auto& s : snapshots)
        areas.emplace_back(s.polygons, "control snapshot " + std::to_string(s.meta.id) + " (" + s.meta.date.iso() + ")");
    const std::string coverage = snapshots.empty() ? "" : snapshots.front().meta.coverage;
    std::unordered_map<std::int64_t, std::vector<core::Observation>> by_place; // each place tested once
    std::vector<store::Verdict> out;
    out.reserve(candidates.size());
    for (const auto& c : candidates) {
        store::Verdict v;
        v.claim_id = c.claim_id;
        v.source = source;
        v.window_days = window;
        const auto [side, why_not] = implied_side(c);
        v.implied = side;
        core::Judgement j;
        if (side == core::Side::None)
            j = core::not_applicable(why_not);
        else if (c.place_kind != core::PlaceKind::Settlement)
            j = core::not_applicable("not a settlement (" + std::string(core::to_string(c.place_kind)) + ")");
        else if (!c.lonlat)
            j = core::not_applicable("the place has no coordinates");
        else if (c.country != coverage)
            j = core::not_applicable("outside the layers' coverage (" + (c.country.empty() ? "?" : c.country) +
                                     ", the layers cover " + coverage + ")");
        else if (!c.known_on)
            j = core::not_applicable("undated claim");
        else {
            auto [it, fresh] = by_place.try_emplace(c.place_id);
            if (fresh) {
                it->second.reserve(snapshots.size());
                for (std::size_t i = 0; i < snapshots.size(); ++i)
                    it->second.push_back({snapshots[i].meta.date, areas[i].contains(*c.lonlat), snapshots[i].meta.id});
            }
            j = core::judge(*c.known_on, side == core::Side::RU, it->second, window);
        }
        v.verdict = j.verdict;
        v.lag_days = j.lag_days;
        v.reason = std::move(j.reason);
        v.decided_by = std::move(j.decided_by);
        out.push_back(std::move(v));
    }
    return out;
}

json opt_lag(const std::optional<long>& lag) { return lag ? json(*lag) : json(nullptr); }

void run_corroborate(const CorroborateOptions& o, Settings& settings) {
    resolve_defaults(settings);
    if (o.window < 0 || o.window > 3650) throw InputError("--window: expected 0..3650 days, not " + std::to_string(o.window));
    const auto start = std::chrono::steady_clock::now();
    auto db = store::Store::open(settings.db, store::OpenMode::ReadWrite);
    const std::string source = choose_source(db, o.source);
    const auto snapshots = load_snapshots(db, source);
    const auto candidates = db.corroboration_candidates();
    const auto verdicts = judge_all(candidates, snapshots, source, o.window);
    const auto update = db.store_verdicts(source, verdicts);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::map<core::Corroboration, std::int64_t> counts;
    for (const auto& v : verdicts) ++counts[v.verdict];
    if (o.json) {
        std::map<std::int64_t, std::string> dates;
        for (const auto& s : snapshots) dates[s.meta.id] = s.meta.date.iso();
        json list = json::array();
        for (const auto& v : verdicts) {
            json decided = json::array();
            for (auto id : v.decided_by) decided.push_back({{"id", id}, {"date", dates[id]}});
            list.push_back({{"claim_id", v.claim_id},
                            {"verdict", core::to_string(v.verdict)},
                            {"implied", v.implied == core::Side::None ? json(nullptr) : json(core::to_string(v.implied))},
                            {"lag_days", opt_lag(v.lag_days)},
                            {"reason", v.reason},
                            {"decided_by", decided}});
        }
        json summary = json::object();
        for (const auto& [verdict, n] : counts) summary[std::string(core::to_string(verdict))] = n;
        std::cout << json{{"source", source},
                          {"window_days", o.window},
                          {"snapshots", snapshots.size()},
                          {"claims", verdicts.size()},
                          {"counts", summary},
                          {"verdicts", list}}
                         .dump(2)
                  << '\n';
    } else {
        std::cout << "verdict\tclaims\n";
        for (const auto& [verdict, n] : counts) std::cout << core::to_string(verdict) << '\t' << n << '\n';
    }
    if (!settings.quiet) {
        char took[32];
        std::snprintf(took, sizeof took, "%.2f", seconds);
        std::cerr << "corroborate: " << verdicts.size() << " claims against " << snapshots.size() << " snapshots of '"
                  << source << "' (window " << o.window << " days) in " << took << " s; verdicts " << update.added
                  << " new, " << update.changed << " changed, " << update.unchanged << " unchanged, "
                  << update.removed << " removed\n";
    }
    settings.exit_code = 0;
}

// ---------------------------------------------------------------- claimants

struct ClaimantOptions {
    std::string source;
    std::string since;
    std::string until;
    bool json = false;
};

json stats_json(const store::ClaimantStats& s, bool with_name) {
    json j{{"side", s.side == core::Side::None ? json(nullptr) : json(core::to_string(s.side))},
           {"claims", s.claims},
           {"corroborated", s.corroborated},
           {"contradicted", s.contradicted},
           {"premature", s.premature},
           {"pending", s.pending},
           {"not_applicable", s.not_applicable},
           {"median_lag_days", s.median_lag_days ? json(*s.median_lag_days) : json(nullptr)}};
    if (with_name) j["claimant"] = s.claimant;
    return j;
}

std::string cell(const std::optional<double>& d) {
    if (!d) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", *d);
    return buf;
}

void run_claimants(const ClaimantOptions& o, Settings& settings) {
    resolve_defaults(settings);
    store::ClaimantQuery q;
    if (!o.since.empty()) q.since = parse_date_option(o.since, "--since");
    if (!o.until.empty()) q.until = parse_date_option(o.until, "--until");
    const auto db = store::Store::open(settings.db, store::OpenMode::ReadOnly);
    q.source = choose_source(db, o.source);
    const auto report = db.claimants(q);
    if (o.json) {
        json claimants = json::array(), sides = json::array();
        for (const auto& s : report.claimants) claimants.push_back(stats_json(s, true));
        for (const auto& s : report.sides) sides.push_back(stats_json(s, false));
        std::cout << json{{"source", report.source},
                          {"since", q.since ? json(q.since->iso()) : json(nullptr)},
                          {"until", q.until ? json(q.until->iso()) : json(nullptr)},
                          {"verdicts", report.verdicts},
                          {"claimants", claimants},
                          {"sides", sides}}
                         .dump(2)
                  << '\n';
    } else {
        const auto row = [](const std::string& name, const store::ClaimantStats& s) {
            std::cout << name << '\t' << (s.side == core::Side::None ? "-" : std::string(core::to_string(s.side)))
                      << '\t' << s.claims << '\t' << s.corroborated << '\t' << s.contradicted << '\t' << s.premature
                      << '\t' << s.pending << '\t' << s.not_applicable << '\t' << cell(s.median_lag_days) << '\n';
        };
        std::cout << "claimant\tside\tclaims\tcorroborated\tcontradicted\tpremature\tpending\tnot_applicable\t"
                     "median_lag_days\n";
        for (const auto& s : report.claimants) row(s.claimant.empty() ? "(unnamed)" : s.claimant, s);
        for (const auto& s : report.sides) row("(all, side)", s);
    }
    if (!settings.quiet) {
        std::cerr << "claimants: " << report.claimants.size() << " claimants, " << report.verdicts
                  << " claims with a verdict of '" << report.source << "'\n";
        if (report.verdicts == 0) std::cerr << "claimants: no verdicts yet: run 'claimtrack corroborate'\n";
    }
    settings.exit_code = 0;
}

} // namespace

void register_corroborate(CLI::App& app, Settings& settings) {
    auto o = std::make_shared<CorroborateOptions>();
    auto* sub = app.add_subcommand("corroborate", "Give every claim about a settlement a verdict against the "
                                                  "imported control layers (recomputed, idempotent)");
    sub->add_option("--source", o->source, "control source (default: the only one imported)");
    sub->add_option("--window", o->window, "days after a claim within which the map must show it (default 28)");
    sub->add_flag("--json", o->json, "every verdict as JSON instead of a summary");
    add_common_options(sub, settings, true, false);
    sub->callback([o, &settings] { run_corroborate(*o, settings); });

    auto c = std::make_shared<ClaimantOptions>();
    auto* claimants = app.add_subcommand("claimants", "Per claimant and side: claims corroborated, contradicted, "
                                                      "premature, pending, and the median lag");
    claimants->add_option("--source", c->source, "control source (default: the only one imported)");
    claimants->add_option("--since", c->since, "claims known on or after DATE");
    claimants->add_option("--until", c->until, "claims known on or before DATE");
    claimants->add_flag("--json", c->json, "JSON instead of a table");
    add_common_options(claimants, settings, true, false);
    claimants->callback([c, &settings] { run_claimants(*c, settings); });
}

} // namespace claimtrack::cli
