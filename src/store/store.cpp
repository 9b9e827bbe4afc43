#include "claimtrack/store/store.hpp"

#include "migrations.hpp"
#include "pg.hpp"
#include "sqlite.hpp"
#include "store_impl.hpp"

#include <charconv>
#include <cmath>
#include <fcntl.h>
#include <unistd.h>
#include <chrono>
#include <thread>
#include <utility>

namespace claimtrack::store {

namespace {

constexpr int k_busy_timeout_ms = 60'000;

std::string with_now(sql::Dialect d, const char* before, const char* after) {
    return std::string(before) + dialect::now(d) + after;
}

/// How often record() runs a PostgreSQL transaction again after a
/// serialization failure, a deadlock or a unique key another writer took.
constexpr int k_pg_attempts = 20;

/// Compares extractor versions chunk by chunk: digits numerically, the rest
/// as text ("0.10.0" > "0.9.2", "v2" > "v1"). Negative, zero or positive.
int compare_versions(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = a[i] >= '0' && a[i] <= '9';
        const bool db = b[j] >= '0' && b[j] <= '9';
        if (da && db) {
            std::uint64_t x = 0, y = 0;
            auto ra = std::from_chars(a.data() + i, a.data() + a.size(), x);
            auto rb = std::from_chars(b.data() + j, b.data() + b.size(), y);
            if (x != y) return x < y ? -1 : 1;
            i = static_cast<std::size_t>(ra.ptr - a.data());
            j = static_cast<std::size_t>(rb.ptr - b.data());
            continue;
        }
        if (a[i] != b[j]) return a[i] < b[j] ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size()) return 1;
    if (j < b.size()) return -1;
    return 0;
}

std::string_view side_text(core::Side s) { return core::to_string(s); }

std::string_view status_text(core::ClaimStatus s) { return core::to_string(s); }

/// The date a claim is ordered by.
std::optional<core::Date> known_on(const core::Claim& c, const core::Document& doc) {
    if (c.stated_on) return c.stated_on;
    if (doc.published) return doc.published;
    return c.event_to;
}

/// The stored evidence: nullopt (NULL) when it is the article text at the span.
std::optional<std::string_view> evidence_to_store(const core::Claim& c, const core::Document& doc) {
    const core::Span& s = c.evidence_span;
    if (s.start <= s.end && s.end <= doc.text.size() &&
        std::string_view(doc.text).substr(s.start, s.size()) == c.evidence)
        return std::nullopt;
    return std::string_view(c.evidence);
}

std::optional<std::int64_t> place_id(const std::optional<core::Place>& p) {
    if (!p || p->id == 0) return std::nullopt;
    return p->id;
}

std::optional<std::int64_t> place_id(const core::Place& p) {
    if (p.id == 0) return std::nullopt;
    return p.id;
}

/// Switches to WAL. The switch needs a lock that SQLite does not wait for
/// through the busy handler, so a writer opening the file while another
/// process migrates it retries here, up to the busy timeout.
void enable_wal(sqlite3* db) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(k_busy_timeout_ms);
    for (;;) {
        const int rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK) return;
        if ((rc & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() > deadline)
            sql::throw_error(db, rc, "switching to WAL");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

bool exists_quietly(const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::exists(p, ec);
}

std::uintmax_t size_quietly(const std::filesystem::path& p) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(p, ec);
    return ec ? 0 : size;
}

std::filesystem::path with_suffix(const std::filesystem::path& p, const char* suffix) {
    std::filesystem::path out = p;
    out += suffix;
    return out;
}

/// The directory SQLite creates the -wal, -shm and -journal files in.
std::filesystem::path directory_of(const std::filesystem::path& path) {
    const std::filesystem::path dir = path.parent_path();
    return dir.empty() ? std::filesystem::path(".") : dir;
}

/// Access checks as this process's effective user (what SQLite's opens get).
bool can_access(const std::filesystem::path& p, int how) {
    return ::faccessat(AT_FDCWD, p.c_str(), how, AT_EACCESS) == 0;
}

/// The failures of a first read that come from files SQLite could not
/// create or write (the -shm/-wal of a WAL database, a hot journal), not from
/// the database file's content.
bool is_access_failure(int rc) {
    return (rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_PERM;
}

/// Whether nothing but the database file itself holds the data and no
/// writer can be using it: no -shm (every connection in WAL mode keeps it
/// open, the last one to close deletes it), no -wal holding commits, no hot
/// rollback journal. Then the file can be read as immutable.
bool settled(const std::filesystem::path& path) {
    return !exists_quietly(with_suffix(path, "-shm")) && size_quietly(with_suffix(path, "-wal")) == 0 &&
           size_quietly(with_suffix(path, "-journal")) == 0;
}

/// Why SQLite could not use the database, in terms of files and permissions.
std::string access_problem(const std::filesystem::path& path, OpenMode mode) {
    const std::filesystem::path dir = directory_of(path);
    const auto wal = with_suffix(path, "-wal"), shm = with_suffix(path, "-shm"), journal = with_suffix(path, "-journal");
    if (!exists_quietly(path))
        return can_access(dir, W_OK | X_OK) ? "it cannot be created"
                                             : "the directory " + dir.string() +
                                                   " is read-only for this user, so the database cannot be created there";
    if (!can_access(path, R_OK)) return "the database file is not readable by this user";
    if (mode == OpenMode::ReadWrite && !can_access(path, W_OK)) return "the database file is read-only for this user";
    for (const auto& side : {wal, shm}) {
        if (exists_quietly(side) && !can_access(side, R_OK)) return side.string() + " is not readable by this user";
        if (exists_quietly(side) && mode == OpenMode::ReadWrite && !can_access(side, W_OK))
            return side.string() + " is read-only for this user";
    }
    if (can_access(dir, W_OK | X_OK))
        return "check the permissions of the database, its -wal and -shm files and its directory";
    std::string why = "the directory " + dir.string() + " is read-only for this user, and SQLite must create " +
                      wal.string() + " and " + shm.string() + " there";
    if (mode == OpenMode::ReadWrite) return why;
    if (exists_quietly(shm))
        why += "; " + shm.string() + " exists, so a writer may be using the database";
    else if (size_quietly(wal) > 0)
        why += "; " + wal.string() + " holds changes not yet in the database file";
    else if (size_quietly(journal) > 0)
        why += "; " + journal.string() + " holds an interrupted write to roll back";
    return why + " (open it once as a user who can write the directory)";
}

/// Makes the first read: it finds out whether this is an SQLite database at
/// all, and whether SQLite can create the files it needs beside it.
/// \returns the result code (SQLITE_OK, or an access failure to handle).
int first_read(sqlite3* db) {
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK || is_access_failure(rc)) return rc;
    sql::throw_error(db, rc, "reading the database (is it an SQLite file?)");
}

[[noreturn]] void throw_access_error(sqlite3* db, int rc, const std::filesystem::path& path, OpenMode mode) {
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    const std::string sqlite_message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw StoreError(path.string() + ": cannot " + (mode == OpenMode::ReadOnly ? "read" : "write") +
                         " the database: " + access_problem(path, mode) + " (sqlite: " + sqlite_message + ")",
                     rc & 0xff, extended);
}

constexpr int k_open_flags = SQLITE_OPEN_NOMUTEX;

sql::DbPtr open_connection(const std::filesystem::path& path, OpenMode mode) {
    const bool memory = path == ":memory:";
    if (!memory) {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (status.type() == std::filesystem::file_type::not_found) {
            if (mode == OpenMode::ReadOnly)
                throw StoreError(path.string() + ": no such database", SQLITE_CANTOPEN, SQLITE_CANTOPEN);
        } else if (ec) {
            throw StoreError(path.string() + ": cannot access the database: " + ec.message() +
                                 " (check the permissions of " + directory_of(path).string() + ")",
                             SQLITE_CANTOPEN, SQLITE_CANTOPEN);
        } else if (status.type() == std::filesystem::file_type::directory) {
            throw StoreError(path.string() + ": is a directory, not a database", SQLITE_CANTOPEN, SQLITE_CANTOPEN);
        }
    }
    const int flags =
        (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | k_open_flags;
    sql::DbPtr db;
    try {
        db = sql::open_db(path, flags);
    } catch (const StoreError& e) {
        // A new database in a directory this user cannot write, say.
        if (memory || !is_access_failure(e.code())) throw;
        throw_access_error(nullptr, e.code(), path, mode);
    }
    sqlite3_busy_timeout(db.get(), k_busy_timeout_ms);
    if (mode == OpenMode::ReadWrite && sqlite3_db_readonly(db.get(), "main") == 1)
        throw StoreError(path.string() + ": database is read-only (check the permissions of the file and its directory)",
                         SQLITE_READONLY, SQLITE_READONLY);
    if (const int rc = first_read(db.get()); rc != SQLITE_OK) {
        // A WAL database needs its -shm and -wal beside it; a reader that
        // cannot create them (a read-only directory) can still read the file
        // as immutable, when the file alone holds the data and no writer can
        // be using it. Otherwise: say which file or directory is in the way.
        if (mode == OpenMode::ReadWrite || memory || !settled(path)) throw_access_error(db.get(), rc, path, mode);
        sql::DbPtr immutable = sql::open_db_uri(sql::file_uri(path) + "?mode=ro&immutable=1", path,
                                                SQLITE_OPEN_READONLY | k_open_flags);
        if (const int again = first_read(immutable.get()); again != SQLITE_OK)
            throw_access_error(immutable.get(), again, path, mode);
        db = std::move(immutable);
        sqlite3_busy_timeout(db.get(), k_busy_timeout_ms);
    }
    sql::exec(db.get(), "PRAGMA foreign_keys = ON", "enabling foreign keys");
    // A larger page cache and memory-mapped reads: queries touch indexes at random.
    sql::exec(db.get(), "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456", "sizing the cache");
    if (mode == OpenMode::ReadWrite && !memory) {
        enable_wal(db.get());
        sql::exec(db.get(), "PRAGMA synchronous = NORMAL", "setting synchronous");
    }
    if (mode == OpenMode::ReadWrite) {
        // The savepoint of each record() journals every page it touches
        // before changing it; in a temporary file that was about 100 KB of
        // write() calls per article. In memory it is a copy, dropped at RELEASE.
        sql::exec(db.get(), "PRAGMA temp_store = MEMORY", "keeping statement journals in memory");
    }
    return db;
}

} // namespace

std::string date_text(const std::optional<core::Date>& d) { return d ? d->iso() : std::string(); }

std::string state_claim_sql(std::string_view alias) {
    const std::string a(alias);
    // `=` and OR, not IN: as the index's WHERE (migration 0006), term for term.
    return a + ".place_id IS NOT NULL AND " + a + ".background = 0 AND " + a + ".negated = 0 AND (" + a +
           ".change = 'captured' OR " + a + ".change = 'liberated' OR " + a + ".change = 'withdrew' OR " + a +
           ".change = 'contested') AND (" + a + ".change = 'contested' OR " + a + ".by_side IS NOT NULL)";
}

namespace {

std::string build_claim_select(sql::Dialect d) {
    return R"sql(
SELECT c.id, c.change, c.by_side, c.surface, c.verb, c.claimant, c.claimant_side, c.status,
       c.stated_on, c.event_from, c.event_to, c.time_precision, c.evidence_start, c.evidence_end,
       COALESCE(c.evidence, )sql" + dialect::byte_substring(d, "a.text", "c.evidence_start", "c.evidence_end") + R"sql(),
       c.confidence, c.background, c.negated, c.area_km2, c.known_on,
       r.id, r.extractor_version, r.recorded_at, r.superseded_by IS NOT NULL,
       a.id, a.file, a.url, a.title, a.source, a.published,
       p.id, p.name, p.name_local, p.kind, p.feature_code, p.country, p.lon, p.lat, p.admin1, p.admin2, p.population,
       g.id, g.name, g.name_local, g.kind, g.feature_code, g.country, g.lon, g.lat, g.admin1, g.admin2, g.population,
       CASE WHEN r.superseded_by IS NULL AND )sql" + state_claim_sql("c") + R"sql( THEN (
           -- valid_to: the next state claim, one seek in claims_control.
           SELECT n.known_on FROM claims n
           WHERE n.place_id = c.place_id AND n.claimant_side IS NOT DISTINCT FROM c.claimant_side AND )sql" +
                                  state_claim_sql("n") + R"sql(
             AND (n.known_on, n.id) > (c.known_on, c.id)
             AND n.run_id NOT IN (SELECT id FROM extraction_runs WHERE superseded_by IS NOT NULL)
           ORDER BY n.known_on, n.id LIMIT 1) END,
       (SELECT count(*) FROM article_carriers ac WHERE ac.article_id = a.id),
       (SELECT )sql" + dialect::join_lines(d, "url") + R"sql( FROM (SELECT url FROM article_carriers ac
                                                 WHERE ac.article_id = a.id AND ac.url <> '' ORDER BY ac.id) u)
FROM claims c
JOIN extraction_runs r ON r.id = c.run_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN places p ON p.id = c.place_id
LEFT JOIN places g ON g.id = c.region_id
)sql";
}

constexpr int k_mention_columns = 9;
const std::string k_insert_mention = "INSERT INTO mentions(run_id, span_start, span_end, surface, place_id, confidence, "
                                     "runner_up_id, precision, candidate_count) VALUES ";
constexpr int k_claim_columns = 22;
const std::string k_insert_claim = R"sql(
INSERT INTO claims(run_id, change, by_side, place_id, region_id, surface, verb, claimant, claimant_side, status,
                   stated_on, event_from, event_to, time_precision, known_on, evidence_start, evidence_end,
                   evidence, confidence, background, negated, area_km2)
VALUES )sql";

/// The end of an INSERT ... VALUES (...: ")" where the connection keeps the
/// new rowid itself (SQLite: RETURNING would cost a temporary table per
/// row), else ") RETURNING id". Read back with inserted_id().
std::string returning_id(const sql::Connection& db) {
    return db.last_insert_rowid() ? ")" : ") RETURNING id";
}

/// "(?1, ?2), (?3, ?4)" for 2 columns and 2 rows.
std::string values_rows(int columns, int rows) {
    std::string out;
    for (int r = 0; r < rows; ++r) {
        out += r == 0 ? "(" : ", (";
        for (int c = 1; c <= columns; ++c) {
            if (c > 1) out += ", ";
            out += '?' + std::to_string(r * columns + c);
        }
        out += ')';
    }
    return out;
}

} // namespace

const std::string& claim_select(sql::Dialect d) {
    static const std::string sqlite = build_claim_select(sql::Dialect::SQLite);
    static const std::string postgresql = build_claim_select(sql::Dialect::PostgreSQL);
    return d == sql::Dialect::PostgreSQL ? postgresql : sqlite;
}

bool is_state_claim(const core::Claim& claim) {
    return claim.place && !claim.background && control_of(claim) != Control::Unknown;
}

bool ClaimFilter::matches(const StoredClaim& c) const {
    const auto in_range = [&c](const std::optional<core::Date>& bound, bool lower) {
        if (!bound) return true;
        if (!c.known_on) return false;
        return lower ? *c.known_on >= *bound : *c.known_on <= *bound;
    };
    return in_range(since, true) && in_range(until, false) && (!side || c.claim.by_side == *side) &&
           (!claimant_side || c.claim.claimant_side == *claimant_side) && (include_superseded || !c.superseded);
}

std::string_view to_string(Control c) {
    switch (c) {
    case Control::UA: return "UA";
    case Control::RU: return "RU";
    case Control::Contested: return "contested";
    case Control::Unknown: break;
    }
    return "";
}

std::string_view to_string(Conflict::Kind k) {
    return k == Conflict::Kind::CaptureDenied ? "capture_denied" : "sides_disagree";
}

Control control_of(const core::Claim& claim) {
    using core::Change;
    using core::Side;
    if (claim.negated) return Control::Unknown;
    if (claim.change == Change::Contested) return Control::Contested;
    const auto side_control = [](Side s) {
        return s == Side::UA ? Control::UA : s == Side::RU ? Control::RU : Control::Unknown;
    };
    switch (claim.change) {
    case Change::Captured:
    case Change::Liberated: return side_control(claim.by_side);
    case Change::Withdrew:
        return side_control(claim.by_side == Side::UA ? Side::RU : claim.by_side == Side::RU ? Side::UA : Side::None);
    default: return Control::Unknown;
    }
}

std::optional<core::Place> read_place(const sql::Statement::Use& q, int col) {
    if (q.is_null(col)) return std::nullopt;
    core::Place p;
    p.id = q.int64(col);
    p.name = q.text(col + 1);
    p.name_local = q.text(col + 2);
    p.kind = core::place_kind_from_string(q.text(col + 3)).value_or(core::PlaceKind::Other);
    p.feature_code = q.text(col + 4);
    p.country = q.text(col + 5);
    p.lonlat = core::LonLat{q.real(col + 6), q.real(col + 7)};
    p.admin1 = q.text(col + 8);
    p.admin2 = q.text(col + 9);
    p.population = q.int64(col + 10);
    return p;
}

StoredClaim read_claim(const sql::Statement::Use& q) {
    StoredClaim s;
    core::Claim& c = s.claim;
    s.id = q.int64(0);
    c.change = core::change_from_string(q.text(1)).value_or(core::Change::Other);
    c.by_side = core::side_from_string(q.text(2)).value_or(core::Side::None);
    c.surface = q.text(3);
    c.verb = q.text(4);
    c.claimant = q.text(5);
    c.claimant_side = core::side_from_string(q.text(6)).value_or(core::Side::None);
    c.status = q.text(7) == "assessed" ? core::ClaimStatus::Assessed : core::ClaimStatus::Claimed;
    c.stated_on = core::Date::parse(q.text(8));
    c.event_from = core::Date::parse(q.text(9));
    c.event_to = core::Date::parse(q.text(10));
    c.time_precision = q.text(11);
    c.evidence_span = core::Span{static_cast<std::size_t>(q.int64(12)), static_cast<std::size_t>(q.int64(13))};
    c.evidence = q.text(14);
    c.confidence = q.real(15);
    c.background = q.int64(16) != 0;
    c.negated = q.int64(17) != 0;
    c.area_km2 = q.opt_real(18);
    s.known_on = core::Date::parse(q.text(19));
    s.run_id = q.int64(20);
    s.extractor_version = q.text(21);
    s.recorded_at = q.text(22);
    s.superseded = q.int64(23) != 0;
    s.article.id = q.int64(24);
    s.article.file = q.text(25);
    s.article.url = q.text(26);
    s.article.title = q.text(27);
    s.article.source = q.text(28);
    s.article.published = core::Date::parse(q.text(29));
    c.place = read_place(q, 30);
    c.region = read_place(q, 41);
    s.valid_to = core::Date::parse(q.text(52));
    s.article.carriers = q.int64(53);
    for (std::string urls = q.text(54); !urls.empty();) {
        const std::size_t nl = urls.find('\n');
        s.article.carrier_urls.push_back(urls.substr(0, nl));
        urls.erase(0, nl == std::string::npos ? urls.size() : nl + 1);
    }
    return s;
}

Store::Impl::Impl(std::filesystem::path p, OpenMode m, std::unique_ptr<sql::Connection> handle, int version)
    : path(std::move(p)), mode(m), db(std::move(handle)), schema_version(version),
      find_article(*db, "SELECT id FROM articles WHERE content_hash = ?1"),
      insert_article(*db, with_now(dialect(), "INSERT INTO articles(content_hash, url, title, source, published, language, "
                                        "file, text, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ",
                                        returning_id(*db).c_str())),
      current_run(*db, "SELECT id, extractor_version FROM extraction_runs "
                            "WHERE article_id = ?1 AND superseded_by IS NULL ORDER BY id DESC LIMIT 1"),
      insert_run(*db, with_now(dialect(), "INSERT INTO extraction_runs(article_id, extractor_version, recorded_at) "
                                    "VALUES (?1, ?2, ",
                                    returning_id(*db).c_str())),
      supersede_runs(*db, "UPDATE extraction_runs SET superseded_by = ?2 "
                               "WHERE article_id = ?1 AND superseded_by IS NULL AND id <> ?2"),
      upsert_place(*db, R"sql(
INSERT INTO places(id, name, name_local, kind, feature_code, country, lon, lat, admin1, admin2, population)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
ON CONFLICT(id) DO UPDATE SET
    name = excluded.name, name_local = excluded.name_local, kind = excluded.kind,
    feature_code = excluded.feature_code, country = excluded.country, lon = excluded.lon, lat = excluded.lat,
    admin1 = excluded.admin1, admin2 = excluded.admin2, population = excluded.population
WHERE (places.name, places.name_local, places.kind, places.feature_code, places.country, places.lon, places.lat,
       places.admin1, places.admin2, places.population)
      IS DISTINCT FROM (excluded.name, excluded.name_local, excluded.kind, excluded.feature_code, excluded.country,
              excluded.lon, excluded.lat, excluded.admin1, excluded.admin2, excluded.population))sql"),
      insert_mention(*db, k_insert_mention + values_rows(k_mention_columns, 1)),
      insert_mentions(*db, k_insert_mention + values_rows(k_mention_columns, k_rows_per_insert)),
      insert_claim(*db, k_insert_claim + values_rows(k_claim_columns, 1)),
      insert_claims(*db, k_insert_claim + values_rows(k_claim_columns, k_rows_per_insert)),
      insert_area(*db, "INSERT INTO areas(run_id, span_start, span_end, surface, km2, km2_max, qualifier, unit, "
                            "value, by_side, region, territorial) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
      insert_distance(*db, "INSERT INTO distances(run_id, span_start, span_end, surface, min_km, max_km, "
                                "qualifier, type, direction, anchor) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
      // Not the article's own URL and source, and not recorded yet (UNIQUE: ON CONFLICT DO NOTHING);
      // a row comes back only when one was inserted.
      insert_carrier(*db, R"sql(
INSERT INTO article_carriers(article_id, url, source, title, published, file, recorded_at)
SELECT CAST(?1 AS BIGINT), CAST(?2 AS TEXT), CAST(?3 AS TEXT), CAST(?4 AS TEXT), CAST(?5 AS TEXT), CAST(?6 AS TEXT), )sql" +
                              dialect::now(dialect()) + R"sql(
WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = ?1 AND COALESCE(url, '') = ?2 AND COALESCE(source, '') = ?3)
ON CONFLICT DO NOTHING
RETURNING id)sql"),
      select_carriers(*db, "SELECT url, source, COALESCE(title, ''), COALESCE(file, ''), "
                           "COALESCE(published, ''), recorded_at FROM article_carriers "
                           "WHERE article_id = ?1 ORDER BY id"),
      select_claims(*db, claim_select(dialect()) + R"sql(
WHERE (CAST(?1 AS TEXT) IS NULL OR c.known_on >= ?1) AND (CAST(?2 AS TEXT) IS NULL OR c.known_on <= ?2)
  AND (CAST(?3 AS TEXT) IS NULL OR COALESCE(c.by_side, '') = ?3)
  AND (CAST(?4 AS TEXT) IS NULL OR COALESCE(c.claimant_side, '') = ?4)
  AND (?5 <> 0 OR r.superseded_by IS NULL)
ORDER BY c.known_on NULLS FIRST, c.id)sql"),
      select_known_places(*db, "SELECT p.lon, p.lat FROM places p WHERE p.lon IS NOT NULL "
                                    "AND EXISTS (SELECT 1 FROM claims c WHERE c.place_id = p.id)"),
      place_ids_by_name(*db, "SELECT id FROM places WHERE " + dialect::equals_nocase(dialect(), "name", "?1") +
                                  " UNION SELECT id FROM places WHERE " +
                                  dialect::equals_nocase(dialect(), "name_local", "?1")),
      timeline(*db, claim_select(dialect()) + R"sql(
WHERE c.id IN (SELECT id FROM claims WHERE place_id IN ()sql" + dialect::ids_of_json(dialect(), "?1") + R"sql()
               UNION
               SELECT id FROM claims WHERE region_id IS NOT NULL AND region_id IN ()sql" +
                         dialect::ids_of_json(dialect(), "?1") + R"sql())
  AND (?2 <> 0 OR r.superseded_by IS NULL)
ORDER BY c.known_on NULLS FIRST, c.id)sql"),
      state(*db, std::string(R"sql(
WITH sides(side) AS (VALUES ('UA'), ('RU'), (NULL)),
latest AS MATERIALIZED (
    -- One index seek per place and claimant side (claims_control): the
    -- cost follows the number of places, not of claims.
    SELECT (SELECT c.id FROM claims c
            WHERE c.place_id = p.id AND c.claimant_side IS NOT DISTINCT FROM s.side
              AND )sql" + state_claim_sql("c") + R"sql(
              AND c.known_on <= ?1
              AND c.run_id NOT IN (SELECT id FROM extraction_runs WHERE superseded_by IS NOT NULL)
            ORDER BY c.known_on DESC, c.id DESC LIMIT 1) AS id
    FROM places p CROSS JOIN sides s
    WHERE CAST(?2 AS TEXT) IS NULL OR COALESCE(s.side, '') = ?2
))sql") + claim_select(dialect()) + R"sql(
JOIN latest l ON l.id = c.id
ORDER BY p.name, p.id, c.claimant_side NULLS FIRST)sql"),
      denials(*db, claim_select(dialect()) + R"sql(
WHERE c.negated = 1 AND c.change IN ('captured','liberated') AND c.place_id IS NOT NULL
  AND r.superseded_by IS NULL AND (CAST(?1 AS TEXT) IS NULL OR c.known_on >= ?1)
  AND (CAST(?2 AS TEXT) IS NULL OR c.known_on <= ?2)
ORDER BY c.known_on NULLS FIRST, c.id)sql"),
      denied_claim(*db, claim_select(dialect()) + R"sql(
WHERE c.place_id = ?1 AND c.change = ?2 AND c.negated = 0 AND r.superseded_by IS NULL
  AND (?3 = '' OR c.by_side = ?3) AND (CAST(?4 AS TEXT) IS NULL OR c.known_on <= ?4)
ORDER BY c.known_on DESC NULLS LAST, c.id DESC LIMIT 1)sql"),
      stats_totals(*db, R"sql(
WITH cur AS (SELECT c.place_id, c.known_on FROM claims c JOIN extraction_runs r ON r.id = c.run_id
             WHERE r.superseded_by IS NULL)
SELECT (SELECT count(*) FROM articles),
       (SELECT count(*) FROM extraction_runs),
       (SELECT count(*) FROM cur),
       (SELECT count(*) FROM claims) - (SELECT count(*) FROM cur),
       (SELECT count(DISTINCT place_id) FROM cur),
       (SELECT count(*) FROM mentions m JOIN extraction_runs r ON r.id = m.run_id WHERE r.superseded_by IS NULL),
       (SELECT min(known_on) FROM cur),
       (SELECT max(known_on) FROM cur))sql"),
      stats_sides(*db, R"sql(
SELECT COALESCE(c.by_side, ''), COALESCE(c.claimant_side, ''), count(*)
FROM claims c JOIN extraction_runs r ON r.id = c.run_id
WHERE r.superseded_by IS NULL
GROUP BY 1, 2)sql") {}

Store::Store(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::filesystem::path& path, OpenMode mode) {
    std::unique_ptr<sql::Connection> db;
    if (is_postgresql(path.native()))
        db = std::make_unique<pg::Connection>(path.native());
    else
        db = std::make_unique<sql::SqliteConnection>(open_connection(path, mode));
    const int version =
        detail::prepare_schema(*db, mode == OpenMode::ReadWrite, detail::embedded_migrations(db->dialect()));
    // A reader never writes: the server refuses it, as SQLite's read-only open does.
    if (mode == OpenMode::ReadOnly && db->dialect() == sql::Dialect::PostgreSQL)
        db->exec("SET default_transaction_read_only = on", "opening read-only");
    return Store(std::make_unique<Impl>(path, mode, std::move(db), version));
}

int Store::schema_version() const { return m_impl->schema_version; }

int Store::latest_schema_version() {
    const auto migrations = detail::embedded_migrations();
    return migrations.empty() ? 0 : migrations.back().version;
}

namespace {

void write_place(Store::Impl& s, const core::Place& p) {
    if (p.id == 0 || s.places_written.contains(p)) return;
    s.upsert_place.use()
        .bind(1, p.id)
        .bind_static(2, p.name)
        .bind_static_or_null(3, p.name_local)
        .bind_static(4, core::to_string(p.kind))
        .bind_static_or_null(5, p.feature_code)
        .bind_static_or_null(6, p.country)
        .bind(7, p.lonlat.lon_deg)
        .bind(8, p.lonlat.lat_deg)
        .bind_static_or_null(9, p.admin1)
        .bind_static_or_null(10, p.admin2)
        .bind(11, p.population)
        .run();
    s.places_written.add_to_unit(p);
}

void write_places(Store::Impl& s, const core::Extraction& x) {
    for (const core::Mention& m : x.mentions) {
        write_place(s, m.place);
        if (m.runner_up) write_place(s, *m.runner_up);
    }
    for (const core::Claim& c : x.claims) {
        if (c.place) write_place(s, *c.place);
        if (c.region) write_place(s, *c.region);
    }
}

/// Inserts rows 0 .. n-1: k_rows_per_insert at a time through `many`, the
/// rest through `one`. `bind_row(use, first, i)` binds row i's values to the
/// parameters first+1, first+2, ...
template <typename BindRow>
void insert_rows(sql::Statement& one, sql::Statement& many, int columns, std::size_t n, const BindRow& bind_row) {
    constexpr auto k = static_cast<std::size_t>(Store::Impl::k_rows_per_insert);
    std::size_t i = 0;
    for (; i + k <= n; i += k) {
        auto q = many.use();
        for (std::size_t r = 0; r < k; ++r) bind_row(q, static_cast<int>(r) * columns, i + r);
        q.run();
    }
    for (; i < n; ++i) {
        auto q = one.use();
        bind_row(q, 0, i);
        q.run();
    }
}

void write_mentions(Store::Impl& s, std::int64_t run, const core::Extraction& x) {
    insert_rows(s.insert_mention, s.insert_mentions, k_mention_columns, x.mentions.size(),
                [&](sql::Statement::Use& q, int p, std::size_t i) {
                    const core::Mention& m = x.mentions[i];
                    q.bind(p + 1, run)
                        .bind(p + 2, static_cast<std::int64_t>(m.span.start))
                        .bind(p + 3, static_cast<std::int64_t>(m.span.end))
                        .bind_static(p + 4, m.surface)
                        .bind(p + 5, place_id(m.place))
                        .bind(p + 6, m.confidence)
                        .bind(p + 7, m.runner_up ? place_id(*m.runner_up) : std::nullopt)
                        .bind(p + 8, m.precision)
                        .bind(p + 9, m.candidate_count);
                });
}

void write_claims(Store::Impl& s, std::int64_t run, const core::Document& doc, const core::Extraction& x) {
    insert_rows(s.insert_claim, s.insert_claims, k_claim_columns, x.claims.size(),
                [&](sql::Statement::Use& q, int p, std::size_t i) {
                    const core::Claim& c = x.claims[i];
                    q.bind(p + 1, run)
                        .bind_static(p + 2, core::to_string(c.change))
                        .bind_static_or_null(p + 3, side_text(c.by_side))
                        .bind(p + 4, place_id(c.place))
                        .bind(p + 5, place_id(c.region))
                        .bind_static(p + 6, c.surface)
                        .bind_static(p + 7, c.verb)
                        .bind_static(p + 8, c.claimant)
                        .bind_static_or_null(p + 9, side_text(c.claimant_side))
                        .bind_static(p + 10, status_text(c.status))
                        .bind_text_or_null(p + 11, date_text(c.stated_on))
                        .bind_text_or_null(p + 12, date_text(c.event_from))
                        .bind_text_or_null(p + 13, date_text(c.event_to))
                        .bind(p + 14, c.time_precision)
                        .bind_text_or_null(p + 15, date_text(known_on(c, doc)))
                        .bind(p + 16, static_cast<std::int64_t>(c.evidence_span.start))
                        .bind(p + 17, static_cast<std::int64_t>(c.evidence_span.end))
                        .bind_static(p + 18, evidence_to_store(c, doc))
                        .bind(p + 19, c.confidence)
                        .bind(p + 20, c.background)
                        .bind(p + 21, c.negated)
                        .bind(p + 22, c.area_km2);
                });
}

void write_figures(Store::Impl& s, std::int64_t run, const core::Extraction& x) {
    for (const core::Area& a : x.areas) {
        s.insert_area.use()
            .bind(1, run)
            .bind(2, static_cast<std::int64_t>(a.span.start))
            .bind(3, static_cast<std::int64_t>(a.span.end))
            .bind_static(4, a.surface)
            .bind(5, a.km2)
            .bind(6, a.km2_max)
            .bind_static(7, a.qualifier)
            .bind_static(8, a.unit)
            .bind(9, a.value)
            .bind_static_or_null(10, side_text(a.by_side))
            .bind_static(11, a.region)
            .bind(12, a.territorial)
            .run();
    }
    for (const core::Distance& d : x.distances) {
        s.insert_distance.use()
            .bind(1, run)
            .bind(2, static_cast<std::int64_t>(d.span.start))
            .bind(3, static_cast<std::int64_t>(d.span.end))
            .bind_static(4, d.surface)
            .bind(5, d.min_km)
            .bind(6, d.max_km)
            .bind_static(7, d.qualifier)
            .bind_static(8, d.type)
            .bind_static(9, d.direction)
            .bind_static(10, d.anchor)
            .run();
    }
}

/// Runs an INSERT made with returning_id(): the new row's id.
std::int64_t inserted_id(const Store::Impl& s, sql::Statement::Use& q) {
    const bool row = q.step();
    if (const auto id = s.db->last_insert_rowid()) return *id;
    if (!row) throw StoreError(s.name() + ": an insert returned no id");
    return q.int64(0);
}

std::int64_t insert_run(Store::Impl& s, std::int64_t article, std::string_view version) {
    auto q = s.insert_run.use();
    q.bind(1, article).bind(2, version);
    return inserted_id(s, q);
}

void write_run(Store::Impl& s, std::int64_t run, const core::Document& doc, const core::Extraction& x) {
    write_places(s, x);
    write_mentions(s, run, x);
    write_claims(s, run, doc, x);
    write_figures(s, run, x);
}

std::int64_t insert_article(Store::Impl& s, std::string_view hash, const core::Document& doc) {
    auto q = s.insert_article.use();
    q.bind(1, hash)
        .bind_static_or_null(2, doc.url)
        .bind_static_or_null(3, doc.title)
        .bind_static_or_null(4, doc.source)
        .bind_text_or_null(5, date_text(doc.published))
        .bind_static_or_null(6, doc.language)
        .bind_static_or_null(7, doc.file)
        .bind_static(8, doc.text); // no copy of a long article
    return inserted_id(s, q);
}

struct CurrentRun {
    std::int64_t id;
    std::string version;
};

std::optional<CurrentRun> current_run(Store::Impl& s, std::int64_t article) {
    auto q = s.current_run.use();
    q.bind(1, article);
    if (!q.step()) return std::nullopt;
    return CurrentRun{q.int64(0), q.text(1)};
}

std::optional<std::int64_t> find_article(Store::Impl& s, std::string_view hash) {
    auto q = s.find_article.use();
    q.bind(1, hash);
    if (!q.step()) return std::nullopt;
    return q.int64(0);
}

} // namespace

namespace {

/// Keeps the place cache in step with one record(): its places count once
/// the unit commits, and are forgotten if it does not.
class PlaceUnit {
public:
    explicit PlaceUnit(Store::Impl& s) : m_s(s), m_in_batch(s.db->in_transaction()) {}
    PlaceUnit(const PlaceUnit&) = delete;
    PlaceUnit& operator=(const PlaceUnit&) = delete;
    ~PlaceUnit() {
        if (!m_done) m_s.places_written.unit_failed();
    }
    void done() {
        m_s.places_written.unit_done(m_in_batch);
        m_done = true;
    }

private:
    Store::Impl& m_s;
    bool m_in_batch;
    bool m_done = false;
};

} // namespace

bool PlaceCache::same_row(const core::Place& a, const core::Place& b) {
    const auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    return a.id == b.id && a.kind == b.kind && a.population == b.population &&
           same(a.lonlat.lon_deg, b.lonlat.lon_deg) && same(a.lonlat.lat_deg, b.lonlat.lat_deg) &&
           a.name == b.name && a.name_local == b.name_local && a.feature_code == b.feature_code &&
           a.country == b.country && a.admin1 == b.admin1 && a.admin2 == b.admin2;
}

bool PlaceCache::has(const Rows& rows, const core::Place& p) {
    const auto it = rows.find(p.id);
    return it != rows.end() && same_row(it->second, p);
}

bool PlaceCache::contains(const core::Place& p) const {
    return has(m_unit, p) || has(m_batch, p) || has(m_committed, p);
}

void PlaceCache::add_to_unit(const core::Place& p) { m_unit.insert_or_assign(p.id, p); }

void PlaceCache::merge(Rows& into, Rows& from) {
    for (auto& [id, place] : from) into.insert_or_assign(id, std::move(place));
    from.clear();
}

void PlaceCache::unit_done(bool in_batch) { merge(in_batch ? m_batch : m_committed, m_unit); }

void PlaceCache::batch_committed() { merge(m_committed, m_batch); }

namespace {

/// Runs `unit` (one transaction); on PostgreSQL, again after a failure that
/// another writer caused (serialization failure, deadlock, a unique key
/// taken first: the next attempt sees that writer's rows), up to k_pg_attempts.
template <typename Unit>
auto with_retry(Store::Impl& s, const Unit& unit) {
    for (int attempt = 1;; ++attempt) {
        try {
            return unit();
        } catch (const StoreError& e) {
            if (!s.postgresql() || s.db->in_transaction() || !pg::is_retryable(e) || attempt >= k_pg_attempts) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
        }
    }
}

} // namespace

std::string Store::content_hash(std::string_view text) { return detail::sha256_hex(text); }

IngestOutcome Store::record(const core::Document& doc, const core::Extraction& extraction,
                            std::string_view extractor_version) {
    return record(doc, extraction, extractor_version, content_hash(doc.text));
}

IngestOutcome Store::record(const core::Document& doc, const core::Extraction& extraction,
                            std::string_view extractor_version, std::string_view hash) {
    return with_retry(*m_impl, [&] { return record_once(doc, extraction, extractor_version, hash); });
}

IngestOutcome Store::record_once(const core::Document& doc, const core::Extraction& extraction,
                                 std::string_view extractor_version, std::string_view hash) {
    Impl& s = *m_impl;
    PlaceUnit places(s);
    sql::Transaction tx(*s.db, sql::Transaction::Kind::Immediate);
    IngestOutcome out;
    if (const auto known = find_article(s, hash)) {
        out.article_id = *known;
        out.new_carrier = detail::add_carrier(s, *known, doc); // the same text under another URL
        const auto run = current_run(s, *known);
        if (run && compare_versions(extractor_version, run->version) <= 0) { // nothing new to extract
            tx.commit();
            places.done();
            return out;
        }
        const std::int64_t new_run = insert_run(s, *known, extractor_version);
        s.supersede_runs.use().bind(1, *known).bind(2, new_run).run();
        write_run(s, new_run, doc, extraction);
        out.reextracted = true;
    } else {
        out.article_id = insert_article(s, hash, doc);
        write_run(s, insert_run(s, out.article_id, extractor_version), doc, extraction);
        out.inserted = true;
    }
    tx.commit();
    places.done();
    return out;
}

bool Store::up_to_date(const core::Document& doc, std::string_view extractor_version) const {
    return up_to_date(content_hash(doc.text), extractor_version);
}

bool Store::up_to_date(std::string_view hash, std::string_view extractor_version) const {
    const auto known = find_article(*m_impl, hash);
    if (!known) return false;
    const auto run = current_run(*m_impl, *known);
    return run && compare_versions(extractor_version, run->version) <= 0;
}

std::vector<StoredClaim> Store::claims(const ClaimFilter& filter) const {
    std::vector<StoredClaim> out;
    for_each_claim(filter, [&out](StoredClaim& claim) { out.push_back(std::move(claim)); });
    return out;
}

void Store::for_each_claim(const ClaimFilter& filter, const std::function<void(StoredClaim&)>& visit) const {
    scan_claims(filter, [&visit](StoredClaim& claim) {
        visit(claim);
        return true;
    });
}

void Store::scan_claims(const ClaimFilter& filter, const std::function<bool(StoredClaim&)>& visit) const {
    auto q = m_impl->select_claims.use();
    q.bind_text_or_null(1, date_text(filter.since)).bind_text_or_null(2, date_text(filter.until));
    if (filter.side) q.bind(3, side_text(*filter.side));
    if (filter.claimant_side) q.bind(4, side_text(*filter.claimant_side));
    q.bind(5, filter.include_superseded);
    while (q.step()) {
        StoredClaim claim = read_claim(q);
        if (!visit(claim)) return;
    }
}

std::vector<core::LonLat> Store::known_places() const {
    auto q = m_impl->select_known_places.use();
    std::vector<core::LonLat> out;
    while (q.step()) out.push_back(core::LonLat{q.real(0), q.real(1)});
    return out;
}

Store::Batch::Batch(Impl& impl) : m_impl(&impl) {
    // Nested, the inner batch would be a savepoint whose commit does not make
    // its places durable: refuse it rather than let the place cache lie.
    if (impl.db->in_transaction() || impl.batch_open)
        throw StoreError(impl.name() + ": starting a batch: a batch is already open on this connection",
                         SQLITE_MISUSE, SQLITE_MISUSE);
    // PostgreSQL: every record() commits on its own, so that writers in
    // parallel never hold row locks across articles (no deadlock can then
    // undo more than one article, which is retried).
    if (impl.postgresql()) {
        impl.batch_open = m_pg_open = true;
        return;
    }
    // SQLite: foreign keys are not checked inside the batch. record() is the
    // only writer in it, and it writes every parent row a new row refers to
    // (article, extraction run, places) in the same savepoint, or finds it
    // in the place cache, which forgets what a rolled-back unit or batch
    // wrote; no command deletes articles, runs or places. The checks (a
    // B-tree search per reference: three per mention, three per claim) were
    // 12 % of record(). The pragma cannot change inside a transaction: it is
    // set before BEGIN and set back after COMMIT or ROLLBACK, so everything
    // outside a batch is checked as before (`claimtrack check` runs
    // PRAGMA foreign_key_check over the whole store).
    impl.db->exec("PRAGMA foreign_keys = OFF", "starting a batch");
    m_foreign_keys_off = true;
    try {
        m_tx = std::make_unique<sql::Transaction>(*impl.db, sql::Transaction::Kind::Immediate);
    } catch (...) {
        impl.db->exec_quietly("PRAGMA foreign_keys = ON");
        throw;
    }
}

Store::Batch::Batch(Batch&& other) noexcept
    : m_impl(other.m_impl), m_tx(std::move(other.m_tx)), m_pg_open(std::exchange(other.m_pg_open, false)),
      m_foreign_keys_off(std::exchange(other.m_foreign_keys_off, false)) {}

Store::Batch::~Batch() {
    if (m_pg_open) m_impl->batch_open = false;
    if (m_tx) {
        m_tx.reset(); // rolls back
        m_impl->places_written.batch_rolled_back();
    }
    if (m_foreign_keys_off) m_impl->db->exec_quietly("PRAGMA foreign_keys = ON");
}

void Store::Batch::commit() {
    if (m_pg_open) m_impl->batch_open = m_pg_open = false;
    if (!m_tx) return;
    m_tx->commit();
    m_tx.reset();
    m_impl->places_written.batch_committed();
    m_foreign_keys_off = false;
    m_impl->db->exec("PRAGMA foreign_keys = ON", "ending a batch");
}

Store::Batch Store::begin_batch() { return Batch(*m_impl); }

} // namespace claimtrack::store
