#include "migrations.hpp"

#include "sqlite.hpp"

#include <openssl/evp.h>

#include <array>
#include <cstdio>

namespace claimtrack::store::detail {

namespace {

/// PRAGMA application_id of claimtrack databases: "ClTk".
constexpr std::int64_t k_application_id = 0x436C546B;

std::int64_t pragma_int(sqlite3* db, const char* pragma) {
    sql::Statement stmt(db, pragma);
    auto q = stmt.use();
    return q.step() ? q.int64(0) : 0;
}

bool has_tables(sqlite3* db) {
    sql::Statement stmt(db, "SELECT count(*) FROM sqlite_schema");
    auto q = stmt.use();
    return q.step() && q.int64(0) > 0;
}

std::string last_applied_file(sqlite3* db) {
    try {
        sql::Statement stmt(db, "SELECT file FROM schema_migrations ORDER BY version DESC LIMIT 1");
        auto q = stmt.use();
        return q.step() ? q.text(0) : std::string("unknown file");
    } catch (const StoreError&) {
        return "no schema_migrations table";
    }
}

StoreError schema_error(const std::filesystem::path& path, const std::string& what) {
    return StoreError(path.string() + ": " + what, SQLITE_ERROR, SQLITE_ERROR);
}

void check_owner(sqlite3* db, const std::filesystem::path& path, int current) {
    const std::int64_t app = pragma_int(db, "PRAGMA application_id");
    if (app != 0 && app != k_application_id)
        throw schema_error(path, "not a claimtrack database (application_id " + std::to_string(app) + ")");
    if (current == 0 && has_tables(db))
        throw schema_error(path, "not a claimtrack database: it holds tables but no claimtrack schema");
}

void check_version(sqlite3* db, const std::filesystem::path& path, int current, bool writable,
                   std::span<const MigrationSource> migrations) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const std::string latest_file = migrations.empty() ? "none" : std::string(migrations.back().file);
    if (current > latest)
        throw schema_error(path, "database schema version " + std::to_string(current) + " (" +
                                     last_applied_file(db) + ") is newer than this claimtrack knows (" +
                                     std::to_string(latest) + ", " + latest_file +
                                     "); use a newer claimtrack");
    if (writable) return;
    if (current == 0)
        throw schema_error(path, "database has no claimtrack schema (create it with 'claimtrack ingest')");
    if (current < latest)
        throw schema_error(path, "database schema version " + std::to_string(current) + " (" +
                                     last_applied_file(db) + ") is older than this claimtrack's (" +
                                     std::to_string(latest) + ", " + latest_file +
                                     "); open it read-write once (e.g. 'claimtrack ingest') to upgrade it");
}

/// Applied migrations must be byte-identical to the embedded ones.
void verify_checksums(sqlite3* db, const std::filesystem::path& path, std::span<const MigrationSource> migrations) {
    sql::Statement stmt(db, "SELECT version, file, checksum FROM schema_migrations ORDER BY version");
    auto q = stmt.use();
    while (q.step()) {
        const auto version = q.int64(0);
        if (version < 1 || version > static_cast<std::int64_t>(migrations.size())) continue;
        const MigrationSource& m = migrations[static_cast<std::size_t>(version - 1)];
        const std::string expected = sha256_hex(m.sql);
        if (q.text(1) != m.file || q.text(2) != expected)
            throw schema_error(path, "migration " + std::to_string(version) + " was applied as " + q.text(1) +
                                         " with checksum " + q.text(2) + ", but this claimtrack has " +
                                         std::string(m.file) + " with checksum " + expected +
                                         "; applied migrations must never be edited");
    }
}

void apply(sqlite3* db, const MigrationSource& m) {
    sql::Transaction tx(db, sql::Transaction::Kind::Immediate);
    // Another process may have applied it while we waited for the lock.
    if (pragma_int(db, "PRAGMA user_version") >= m.version) return;
    const std::string context = "applying migration " + std::string(m.file);
    sql::exec(db, std::string(m.sql).c_str(), context);
    if (m.version == 1)
        sql::exec(db, ("PRAGMA application_id = " + std::to_string(k_application_id)).c_str(), context);
    sql::Statement record(db, "INSERT INTO schema_migrations(version, file, checksum, applied_at) "
                              "VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
    record.use().bind(1, m.version).bind(2, m.file).bind(3, sha256_hex(m.sql)).run();
    // PRAGMA takes no parameters; the value is our own integer, not input.
    sql::exec(db, ("PRAGMA user_version = " + std::to_string(m.version)).c_str(), context);
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

int prepare_schema(sqlite3* db, const std::filesystem::path& path, bool writable,
                   std::span<const MigrationSource> migrations) {
    const int current = static_cast<int>(pragma_int(db, "PRAGMA user_version"));
    check_owner(db, path, current);
    check_version(db, path, current, writable, migrations);
    if (current > 0) verify_checksums(db, path, migrations);
    for (const MigrationSource& m : migrations)
        if (m.version > current) apply(db, m);
    return static_cast<int>(pragma_int(db, "PRAGMA user_version"));
}

} // namespace claimtrack::store::detail
