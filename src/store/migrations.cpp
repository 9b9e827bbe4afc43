#include "migrations.hpp"

#include "db.hpp"

#include <openssl/evp.h>

#include <array>
#include <cstdio>

namespace claimtrack::store::detail {

namespace {

/// PRAGMA application_id of claimtrack databases: "ClTk". On PostgreSQL, the
/// key of the advisory lock that migrations take.
constexpr std::int64_t k_application_id = 0x436C546B;

bool is_pg(const sql::Connection& db) { return db.dialect() == sql::Dialect::PostgreSQL; }

std::int64_t query_int(sql::Connection& db, const char* text) {
    sql::Statement stmt(db, text);
    auto q = stmt.use();
    return q.step() ? q.int64(0) : 0;
}

/// The applied schema version: PRAGMA user_version in SQLite, the highest
/// row of schema_migrations in PostgreSQL (0 without that table).
int current_version(sql::Connection& db) {
    if (!is_pg(db)) return static_cast<int>(query_int(db, "PRAGMA user_version"));
    if (query_int(db, "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END") == 0) return 0;
    return static_cast<int>(query_int(db, "SELECT COALESCE(max(version), 0) FROM schema_migrations"));
}

bool has_tables(sql::Connection& db) {
    // PostGIS keeps spatial_ref_sys in the schema it is installed in.
    return query_int(db, is_pg(db) ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                     "current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'spatial_ref_sys'"
                                   : "SELECT count(*) FROM sqlite_schema") > 0;
}

std::string last_applied_file(sql::Connection& db) {
    try {
        sql::Statement stmt(db, "SELECT file FROM schema_migrations ORDER BY version DESC LIMIT 1");
        auto q = stmt.use();
        return q.step() ? q.text(0) : std::string("unknown file");
    } catch (const StoreError&) {
        return "no schema_migrations table";
    }
}

StoreError schema_error(const sql::Connection& db, const std::string& what) {
    return StoreError(db.name() + ": " + what, 1, 1); // SQLITE_ERROR
}

void check_owner(sql::Connection& db, int current) {
    if (is_pg(db)) {
        if (query_int(db, "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'") == 0)
            throw schema_error(db, "the database has no PostGIS extension, which claimtrack's schema needs "
                                   "(as a superuser, in that database: CREATE EXTENSION postgis;)");
    } else {
        const std::int64_t app = query_int(db, "PRAGMA application_id");
        if (app != 0 && app != k_application_id)
            throw schema_error(db, "not a claimtrack database (application_id " + std::to_string(app) + ")");
    }
    if (current == 0 && has_tables(db))
        throw schema_error(db, "not a claimtrack database: it holds tables but no claimtrack schema");
}

void check_version(sql::Connection& db, int current, bool writable, std::span<const MigrationSource> migrations) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const std::string latest_file = migrations.empty() ? "none" : std::string(migrations.back().file);
    if (current > latest)
        throw schema_error(db, "database schema version " + std::to_string(current) + " (" + last_applied_file(db) +
                                   ") is newer than this claimtrack knows (" + std::to_string(latest) + ", " +
                                   latest_file + "); use a newer claimtrack");
    if (writable) return;
    if (current == 0)
        throw schema_error(db, "database has no claimtrack schema (create it with 'claimtrack ingest')");
    if (current < latest)
        throw schema_error(db, "database schema version " + std::to_string(current) + " (" + last_applied_file(db) +
                                   ") is older than this claimtrack's (" + std::to_string(latest) + ", " +
                                   latest_file + "); open it read-write once (e.g. 'claimtrack ingest') to upgrade it");
}

/// Applied migrations must be byte-identical to the embedded ones.
void verify_checksums(sql::Connection& db, std::span<const MigrationSource> migrations) {
    sql::Statement stmt(db, "SELECT version, file, checksum FROM schema_migrations ORDER BY version");
    auto q = stmt.use();
    while (q.step()) {
        const auto version = q.int64(0);
        if (version < 1 || version > static_cast<std::int64_t>(migrations.size())) continue;
        const MigrationSource& m = migrations[static_cast<std::size_t>(version - 1)];
        const std::string expected = sha256_hex(m.sql);
        if (q.text(1) != m.file || q.text(2) != expected)
            throw schema_error(db, "migration " + std::to_string(version) + " was applied as " + q.text(1) +
                                       " with checksum " + q.text(2) + ", but this claimtrack has " +
                                       std::string(m.file) + " with checksum " + expected +
                                       "; applied migrations must never be edited");
    }
}

void apply(sql::Connection& db, const MigrationSource& m) {
    sql::Transaction tx(db, sql::Transaction::Kind::Immediate);
    // Another process may be applying it: PostgreSQL waits for it on an
    // advisory lock (SQLite's BEGIN IMMEDIATE has waited already), then
    // finds the version applied.
    if (is_pg(db)) db.exec("SELECT pg_advisory_xact_lock(" + std::to_string(k_application_id) + ")", "locking the schema");
    if (current_version(db) >= m.version) return;
    const std::string context = "applying migration " + std::string(m.file);
    db.exec(m.sql, context);
    if (m.version == 1 && !is_pg(db)) db.exec("PRAGMA application_id = " + std::to_string(k_application_id), context);
    sql::Statement record(db, std::string("INSERT INTO schema_migrations(version, file, checksum, applied_at) "
                                          "VALUES (?1, ?2, ?3, ") + now_sql(db.dialect()) + ")");
    record.use().bind(1, m.version).bind(2, m.file).bind(3, sha256_hex(m.sql)).run();
    // PRAGMA takes no parameters; the value is our own integer, not input.
    if (!is_pg(db)) db.exec("PRAGMA user_version = " + std::to_string(m.version), context);
    tx.commit();
}

} // namespace

std::string sha256_hex(std::string_view data) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1)
        throw StoreError("SHA-256 failed in OpenSSL");
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (unsigned int i = 0; i < size; ++i) {
        out += k_hex[digest[i] >> 4];
        out += k_hex[digest[i] & 0xf];
    }
    return out;
}

std::string now_sql(sql::Dialect dialect) {
    return dialect == sql::Dialect::PostgreSQL
               ? "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
               : "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
}

int prepare_schema(sql::Connection& db, bool writable, std::span<const MigrationSource> migrations) {
    int current = current_version(db);
    // The two reads are separate snapshots: another claimtrack may commit its first migration (tables and
    // version in one transaction) between them. Tables seen with version 0 are foreign only if the version
    // is still 0 when read again after the tables were seen.
    if (current == 0 && has_tables(db)) current = current_version(db);
    check_owner(db, current);
    check_version(db, current, writable, migrations);
    if (current > 0) verify_checksums(db, migrations);
    for (const MigrationSource& m : migrations)
        if (m.version > current) apply(db, m);
    return current_version(db);
}

} // namespace claimtrack::store::detail
