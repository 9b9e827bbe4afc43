#pragma once
// Private: the migrations embedded at build time (see embed_migrations.cmake)
// and the runner that applies them on open.

#include <sqlite3.h>

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

/// Every migration this program knows, in version order. Defined in the
/// generated migrations_embedded.cpp.
std::span<const MigrationSource> embedded_migrations();

/// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

/// Checks the schema of an open database and, when `writable`, applies the
/// pending migrations, each in its own BEGIN IMMEDIATE transaction, recording
/// it in PRAGMA user_version and in schema_migrations (file, checksum).
/// Refuses: a schema newer than `migrations`, an edited applied migration,
/// a database of another application, and (read-only) a database without
/// or with an older schema. Returns the schema version. \throws StoreError.
int prepare_schema(sqlite3* db, const std::filesystem::path& path, bool writable,
                   std::span<const MigrationSource> migrations);

} // namespace claimtrack::store::detail
