#pragma once
// Private RAII wrappers around the SQLite C API, used only inside the store
// module. One deleter per handle type; constructors throw StoreError, which
// names the database path and the statement; destructors never throw.

#include "claimtrack/store/store.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

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

/// A prepared statement, prepared once and reused. Non-copyable.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);

    /// One execution: bind, step, read columns. Resets the statement and
    /// clears its bindings when it goes out of scope, so no read
    /// transaction stays open behind the caller's back.
    class Use {
    public:
        explicit Use(Statement& s) : m_stmt(&s) {}
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;
        ~Use();

        Use& bind(int index, std::int64_t value);
        Use& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
        Use& bind(int index, double value);
        Use& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
        Use& bind(int index, std::string_view value);
        Use& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
        Use& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
        Use& bind_null(int index);
        /// Binds text without a copy (SQLITE_STATIC): `value` must outlive this Use,
        /// which clears its bindings when it ends. For article texts (up to 1 GiB).
        Use& bind_static(int index, std::string_view value);
        /// Binds bytes as a BLOB.
        Use& bind_blob(int index, std::string_view bytes);
        template <typename T>
        Use& bind(int index, const std::optional<T>& value) {
            return value ? bind(index, *value) : bind_null(index);
        }
        /// Binds text, or NULL when empty.
        Use& bind_text_or_null(int index, std::string_view value) {
            return value.empty() ? bind_null(index) : bind(index, value);
        }

        /// Steps once: true when a row is available. \throws StoreError.
        bool step();
        /// Steps to completion, expecting no rows.
        void run();

        bool is_null(int col) const;
        std::int64_t int64(int col) const;
        double real(int col) const;
        std::string text(int col) const;
        std::string blob(int col) const;
        std::optional<std::int64_t> opt_int64(int col) const;
        std::optional<double> opt_real(int col) const;

    private:
        Statement* m_stmt;
    };

    Use use() { return Use(*this); }
    std::string_view sql() const { return m_sql; }

private:
    sqlite3* m_db;
    std::string m_sql;
    StmtPtr m_stmt;
};

/// A transaction guard: rolls back unless commit() was called. Inside an open
/// transaction it nests as a SAVEPOINT, so a failed inner unit rolls back
/// alone. BEGIN IMMEDIATE takes the write lock up front (waiting up to the
/// busy timeout) so a writer never fails half-way with SQLITE_BUSY.
class Transaction {
public:
    enum class Kind { Deferred, Immediate };
    Transaction(sqlite3* db, Kind kind);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    sqlite3* m_db;
    bool m_savepoint = false;
    bool m_done = false;
};

} // namespace claimtrack::store::sql
