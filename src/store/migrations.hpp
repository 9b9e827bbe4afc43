#pragma once
// Private: the migrations embedded at build time (see embed_migrations.cmake)
// and the runner that applies them on open.

#include "db.hpp"

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace claimtrack::store::detail {

/// One numbered migration file, as compiled into the binary.
struct MigrationSource {
    int version;           ///< 1, 2, 3... from the file name
    std::string_view file; ///< "0001_initial.sql"
    std::string_view sql;
};

/// Every migration this program knows for a backend, in version order
/// (migrations/*.sql for SQLite, migrations/postgresql/*.sql). Defined in the
/// generated migrations_embedded.cpp and migrations_embedded_pg.cpp.
std::span<const MigrationSource> embedded_migrations();
std::span<const MigrationSource> embedded_pg_migrations();
inline std::span<const MigrationSource> embedded_migrations(sql::Dialect dialect) {
    return dialect == sql::Dialect::PostgreSQL ? embedded_pg_migrations() : embedded_migrations();
}

/// SQL for the current time as ISO 8601 UTC text with milliseconds.
std::string now_sql(sql::Dialect dialect);

/// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

/// Checks the schema of an open database and, when `writable`, applies the
/// pending migrations, each in its own write transaction (PostgreSQL: under
/// an advisory lock), recording it in schema_migrations (file, checksum) and,
/// in SQLite, PRAGMA user_version. PostgreSQL needs the postgis extension.
/// Refuses: a schema newer than `migrations`, an edited applied migration,
/// a database of another application, and (read-only) a database without
/// or with an older schema. Returns the schema version. \throws StoreError.
int prepare_schema(sql::Connection& db, bool writable, std::span<const MigrationSource> migrations);

} // namespace claimtrack::store::detail
