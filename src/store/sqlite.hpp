#pragma once
// Private RAII wrappers around the SQLite C API and the SQLite backend of the
// database layer (db.hpp), used only inside the store module. One deleter per handle type; constructors throw StoreError, which
// names the database path and the statement; destructors never throw.

#include "claimtrack/store/store.hpp"
#include "db.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace claimtrack::store::sql {

struct DbCloser {
    void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
    void operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }
};
struct BackupFinisher {
    void operator()(sqlite3_backup* backup) const noexcept { sqlite3_backup_finish(backup); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

/// Hash of std::string keys that also takes string_views (find without a copy).
struct TransparentStringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using BackupPtr = std::unique_ptr<sqlite3_backup, BackupFinisher>;

/// Builds a StoreError "<path>: <context>: <sqlite message> (code)".
StoreError make_error(sqlite3* db, int rc, std::string_view context);
[[noreturn]] void throw_error(sqlite3* db, int rc, std::string_view context);

/// Opens a connection. \throws StoreError naming `path`.
DbPtr open_db(const std::filesystem::path& path, int flags);

/// Opens the connection through an SQLite URI ("file:...?mode=ro&..."), adding
/// SQLITE_OPEN_URI. \throws StoreError naming `path` (not the URI).
DbPtr open_db_uri(const std::string& uri, const std::filesystem::path& path, int flags);

/// `path` as an SQLite URI ("file:" + percent-encoded absolute path), to
/// which query parameters such as "?mode=ro" can be appended.
std::string file_uri(const std::filesystem::path& path);

/// Runs constant SQL text (no values: those go through Statement::bind).
void exec(sqlite3* db, const char* sql, std::string_view context);

/// The SQLite backend of the database layer: owns the handle.
class SqliteConnection final : public Connection {
public:
    explicit SqliteConnection(DbPtr db) : m_db(std::move(db)) {}
    Dialect dialect() const override { return Dialect::SQLite; }
    const std::string& name() const override;
    std::unique_ptr<Cursor> prepare(std::string_view sql) override;
    void exec(std::string_view sql, std::string_view context) override;
    void exec_quietly(const char* sql) noexcept override;
    bool in_transaction() const override;
    std::optional<std::int64_t> last_insert_rowid() const override { return sqlite3_last_insert_rowid(m_db.get()); }

    sqlite3* handle() const { return m_db.get(); }

private:
    DbPtr m_db;
    mutable std::string m_name;
    /// The transaction-control statements exec() runs once per article
    /// (SAVEPOINT, RELEASE; BEGIN, COMMIT per batch), prepared once instead
    /// of parsed at every exec(). Declared after m_db: finalized before it closes.
    std::unordered_map<std::string, StmtPtr, TransparentStringHash, std::equal_to<>> m_kept;
};

} // namespace claimtrack::store::sql
