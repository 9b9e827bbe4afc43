// Read-side sub-commands over the claims database, each with --json or a
// readable table:
//   claimtrack timeline PLACE [--all]
//   claimtrack state --as-of DATE [--claimant-side UA|RU|none]
//   claimtrack conflicts [--since DATE] [--as-of DATE]
//   claimtrack stats
//   claimtrack db backup FILE | db check

#include "commands.hpp"
#include "query_json.hpp"

#include "claimtrack/core/error.hpp"
#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/store/store.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

namespace claimtrack::cli {

namespace {

using nlohmann::json;

// ---------------------------------------------------------------- parsing

store::Store open_read_only(Settings& settings) {
    resolve_defaults(settings);
    return store::Store::open(settings.db, store::OpenMode::ReadOnly);
}

// ---------------------------------------------------------------- JSON

void print_json(const json& j) { std::cout << j.dump(2) << '\n'; }

// ---------------------------------------------------------------- tables

/// Display width of UTF-8 text: one column per code point.
std::size_t width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

/// Cuts UTF-8 text to at most `max` code points, marking the cut with "…".
std::string clip(const std::string& s, std::size_t max) {
    if (width(s) <= max) return s;
    std::size_t points = 0, i = 0;
    for (; i < s.size(); ++i) {
        if ((s[i] & 0xC0) != 0x80 && ++points == max) break;
    }
    return s.substr(0, i) + "…";
}

class Table {
public:
    explicit Table(std::vector<std::string> header) { m_rows.push_back(std::move(header)); }
    void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    void print(std::ostream& out) const {
        std::vector<std::size_t> widths(m_rows.front().size(), 0);
        for (const auto& row : m_rows)
            for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], width(row[i]));
        for (const auto& row : m_rows) {
            std::string line;
            for (std::size_t i = 0; i < row.size(); ++i) {
                line += row[i];
                if (i + 1 < row.size()) line += std::string(widths[i] - width(row[i]) + 2, ' ');
            }
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out << line << '\n';
        }
    }

private:
    std::vector<std::vector<std::string>> m_rows;
};

std::string date_cell(const std::optional<core::Date>& d) { return d ? d->iso() : "-"; }

std::string side_cell(core::Side s) { return s == core::Side::None ? "-" : std::string(core::to_string(s)); }

std::string place_cell(const store::StoredClaim& s) {
    const auto& p = s.claim.place ? s.claim.place : s.claim.region;
    if (!p) return s.claim.surface;
    std::string out = p->name;
    if (!p->admin1.empty()) out += " (" + p->admin1 + (p->admin2.empty() ? "" : ", " + p->admin2) + ")";
    return out;
}

std::string change_cell(const store::StoredClaim& s) {
    std::string out = s.claim.negated ? "not " : "";
    out += core::to_string(s.claim.change);
    if (s.claim.background) out += " (bg)";
    if (s.superseded) out += " [old]";
    return out;
}

std::string event_cell(const core::Claim& c) {
    if (!c.event_from && !c.event_to) return "-";
    return date_cell(c.event_from) + ".." + date_cell(c.event_to);
}

std::string source_cell(const store::ArticleRef& a) {
    std::string cell = clip(a.source.empty() ? a.title : a.source + ": " + a.title, 50);
    if (a.carriers > 0) cell += " (+" + std::to_string(a.carriers) + " outlet" + (a.carriers == 1 ? "" : "s") + ")";
    return cell;
}

// ---------------------------------------------------------------- timeline

struct TimelineOptions {
    std::string place;
    bool all = false;
    bool json = false;
};

/// Every gazetteer id the name goes by, when an index is available.
std::vector<std::int64_t> gazetteer_ids(const Settings& settings, const std::string& name) {
    std::vector<std::int64_t> ids;
    if (settings.gazetteer.empty() || !std::filesystem::exists(settings.gazetteer)) return ids;
    const auto gaz = gazetteer::Gazetteer::open(settings.gazetteer);
    for (const core::Place& p : gaz.lookup(name)) ids.push_back(p.id);
    return ids;
}

void run_timeline(const TimelineOptions& opts, Settings& settings) {
    auto db = open_read_only(settings);
    store::TimelineQuery query;
    const bool is_id = !opts.place.empty() && opts.place.size() < 19 &&
                       std::all_of(opts.place.begin(), opts.place.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (is_id) { // a GeoNames id, as `serve` answers /api/places/ID/timeline
        query.place_ids = {std::stoll(opts.place)};
    } else {
        query.place_ids = gazetteer_ids(settings, opts.place);
        query.name = opts.place;
    }
    query.include_superseded = opts.all;
    const auto claims = db.timeline(query);
    if (opts.json) {
        print_json(timeline_json(claims, &db));
        return;
    }
    if (claims.empty()) {
        std::cerr << "timeline: no claims about '" << opts.place << "' in " << store::display_location(settings.db) << '\n';
        return;
    }
    Table t({"date", "change", "by", "place", "claimant", "side", "status", "event", "source"});
    for (const auto& s : claims)
        t.add({date_cell(s.known_on), change_cell(s), side_cell(s.claim.by_side), place_cell(s),
               clip(s.claim.claimant, 30), side_cell(s.claim.claimant_side),
               std::string(core::to_string(s.claim.status)), event_cell(s.claim), source_cell(s.article)});
    t.print(std::cout);
}

// ---------------------------------------------------------------- state

struct StateOptions {
    std::string as_of;
    std::string claimant_side;
    bool json = false;
};

void run_state(const StateOptions& opts, Settings& settings) {
    const core::Date as_of = parse_date_option(opts.as_of, "--as-of");
    std::optional<core::Side> side;
    if (!opts.claimant_side.empty()) side = parse_side_option(opts.claimant_side, "--claimant-side");
    auto db = open_read_only(settings);
    const auto states = db.state(as_of, side);
    if (opts.json) {
        print_json(state_json(states));
        return;
    }
    Table t({"place", "oblast", "claimant side", "controller", "since", "claim", "claimant", "source"});
    for (const auto& s : states)
        t.add({s.place.name, s.place.admin1.empty() ? "-" : s.place.admin1, side_cell(s.claimant_side),
               std::string(store::to_string(s.controller)), date_cell(s.claim.known_on),
               change_cell(s.claim) + " by " + side_cell(s.claim.claim.by_side), clip(s.claim.claim.claimant, 30),
               source_cell(s.claim.article)});
    t.print(std::cout);
    if (!settings.quiet) std::cerr << "state: " << states.size() << " place/side rows as of " << as_of.iso() << '\n';
}

// ---------------------------------------------------------------- conflicts

struct ConflictOptions {
    std::string since;
    std::string as_of;
    bool json = false;
};

std::string claim_summary(const store::StoredClaim& s) {
    return date_cell(s.known_on) + " " + side_cell(s.claim.claimant_side) + ": " + change_cell(s) + " by " +
           side_cell(s.claim.by_side) + " (" + clip(s.claim.claimant, 25) + ")";
}

void run_conflicts(const ConflictOptions& opts, Settings& settings) {
    std::optional<core::Date> since;
    if (!opts.since.empty()) since = parse_date_option(opts.since, "--since");
    std::optional<core::Date> as_of;
    if (!opts.as_of.empty()) as_of = parse_date_option(opts.as_of, "--as-of");
    auto db = open_read_only(settings);
    const auto conflicts = db.conflicts(since, as_of);
    if (opts.json) {
        print_json(conflicts_json(conflicts));
        return;
    }
    Table t({"place", "oblast", "kind", "claim", "against"});
    for (const auto& c : conflicts)
        t.add({c.place.name, c.place.admin1.empty() ? "-" : c.place.admin1, std::string(store::to_string(c.kind)),
               claim_summary(c.claim), c.other ? claim_summary(*c.other) : "-"});
    t.print(std::cout);
    if (!settings.quiet) std::cerr << "conflicts: " << conflicts.size() << '\n';
}

// ---------------------------------------------------------------- stats

void run_stats(bool as_json, Settings& settings) {
    auto db = open_read_only(settings);
    const auto s = db.stats();
    if (as_json) {
        print_json(stats_json(s, store::display_location(settings.db)));
        return;
    }
    Table t({"database", store::display_location(settings.db)});
    t.add({"schema version", std::to_string(s.schema_version)});
    t.add({"articles", std::to_string(s.articles)});
    t.add({"extraction runs", std::to_string(s.runs)});
    t.add({"claims", std::to_string(s.claims)});
    t.add({"superseded claims", std::to_string(s.superseded_claims)});
    t.add({"places", std::to_string(s.places)});
    t.add({"mentions", std::to_string(s.mentions)});
    t.add({"dates", date_cell(s.first) + " .. " + date_cell(s.last)});
    t.print(std::cout);
    std::cout << '\n';
    Table sides({"side", "claims as actor", "claims as claimant"});
    for (const auto& side : s.per_side)
        sides.add({side.side == core::Side::None ? "none" : std::string(core::to_string(side.side)),
                   std::to_string(side.acting), std::to_string(side.claimant)});
    sides.print(std::cout);
}

// ---------------------------------------------------------------- db

void run_backup(const std::string& file, Settings& settings) {
    auto db = open_read_only(settings);
    db.backup(file);
    if (!settings.quiet) std::cerr << "db backup: " << store::display_location(settings.db) << " -> " << file << '\n';
}

void run_check(Settings& settings) {
    auto db = open_read_only(settings);
    const auto problems = db.check();
    for (const auto& p : problems) std::cerr << "claimtrack: " << store::display_location(settings.db) << ": " << p << '\n';
    if (problems.empty() && !settings.quiet) std::cerr << "db check: " << store::display_location(settings.db) << ": ok\n";
    settings.exit_code = problems.empty() ? 0 : 1;
}

struct CopyOptions {
    std::string from;
    std::string to;
};

void run_copy(const CopyOptions& opts, const Settings& settings) {
    if (opts.from == opts.to) throw InputError("db copy: --from and --to name the same database");
    const auto from = store::Store::open(opts.from, store::OpenMode::ReadOnly);
    // A new SQLite file that the copy creates is removed again if the copy fails.
    const bool new_file = !store::is_postgresql(opts.to) && !std::filesystem::exists(opts.to);
    std::vector<std::pair<std::string, std::int64_t>> counts;
    try {
        auto to = store::Store::open(opts.to, store::OpenMode::ReadWrite);
        counts = store::Store::copy(from, to);
    } catch (const store::StoreError&) {
        if (new_file)
            for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
                std::error_code ec;
                std::filesystem::remove(opts.to + suffix, ec);
            }
        throw;
    }
    if (settings.quiet) return;
    std::cerr << "db copy: " << store::display_location(opts.from) << " -> " << store::display_location(opts.to) << ':';
    const char* sep = " ";
    for (const auto& [table, rows] : counts) {
        std::cerr << sep << rows << ' ' << table;
        sep = ", ";
    }
    std::cerr << '\n';
}

void register_timeline(CLI::App& app, Settings& settings) {
    auto opts = std::make_shared<TimelineOptions>();
    auto* sub = app.add_subcommand("timeline", "Every claim about a place (any spelling), in order");
    sub->add_option("place", opts->place,
                    "place name in any spelling the gazetteer or the database knows, or a GeoNames id")
        ->check(utf8_text())
        ->required();
    sub->add_flag("--all", opts->all, "include claims superseded by a newer extraction");
    sub->add_flag("--json", opts->json, "JSON array instead of a table");
    add_common_options(sub, settings, true, true);
    sub->callback([opts, &settings] { run_timeline(*opts, settings); });
}

void register_state(CLI::App& app, Settings& settings) {
    auto opts = std::make_shared<StateOptions>();
    auto* sub = app.add_subcommand("state", "Who each side claimed to control each place on a date");
    sub->add_option("--as-of", opts->as_of, "date, YYYY-MM-DD")->required();
    sub->add_option("--claimant-side", opts->claimant_side, "only claims made by UA, RU or none (observers)");
    sub->add_flag("--json", opts->json, "JSON array instead of a table");
    add_common_options(sub, settings, true, false);
    sub->callback([opts, &settings] { run_state(*opts, settings); });
}

void register_conflicts(CLI::App& app, Settings& settings) {
    auto opts = std::make_shared<ConflictOptions>();
    auto* sub = app.add_subcommand("conflicts", "Places where the sides' latest claims disagree, or a capture is denied");
    sub->add_option("--since", opts->since, "only conflicts involving a claim on or after this date (YYYY-MM-DD)");
    sub->add_option("--as-of", opts->as_of, "as things stood on this date (YYYY-MM-DD; default: now)");
    sub->add_flag("--json", opts->json, "JSON array instead of a table");
    add_common_options(sub, settings, true, false);
    sub->callback([opts, &settings] { run_conflicts(*opts, settings); });
}

void register_stats(CLI::App& app, Settings& settings) {
    auto as_json = std::make_shared<bool>(false);
    auto* sub = app.add_subcommand("stats", "Articles, claims, places, date range, per side");
    sub->add_flag("--json", *as_json, "JSON object instead of a table");
    add_common_options(sub, settings, true, false);
    sub->callback([as_json, &settings] { run_stats(*as_json, settings); });
}

void register_db(CLI::App& app, Settings& settings) {
    auto* db = app.add_subcommand("db", "Database maintenance");
    db->require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto* backup = db->add_subcommand("backup", "Consistent copy of the database into a new SQLite file, safe while ingesting");
    backup->add_option("file", *file, "new file to write")->required();
    add_common_options(backup, settings, true, false);
    backup->callback([file, &settings] { run_backup(*file, settings); });
    auto* check = db->add_subcommand("check", "Integrity and foreign-key check");
    add_common_options(check, settings, true, false);
    check->callback([&settings] { run_check(settings); });
    auto copy_opts = std::make_shared<CopyOptions>();
    auto* copy = db->add_subcommand("copy", "Copy a whole store into an empty one, SQLite and PostgreSQL either way");
    copy->add_option("--from", copy_opts->from, "the store to copy: SQLite file or PostgreSQL connection")->required();
    copy->add_option("--to", copy_opts->to, "an empty store (or a new SQLite file) to fill")->required();
    add_common_options(copy, settings, false, false);
    copy->callback([copy_opts, &settings] { run_copy(*copy_opts, settings); });
}

} // namespace

void register_query(CLI::App& app, Settings& settings) {
    register_timeline(app, settings);
    register_state(app, settings);
    register_conflicts(app, settings);
    register_stats(app, settings);
    register_db(app, settings);
}

} // namespace claimtrack::cli
