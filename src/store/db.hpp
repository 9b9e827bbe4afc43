#pragma once
// Private: the backend-neutral database layer the store is written on. A
// Connection (SQLite: sqlite.cpp, PostgreSQL: pg.cpp) prepares Cursors; a
// Statement owns one and hands out Uses (bind, step, read columns); a
// Transaction is a scoped BEGIN/COMMIT or SAVEPOINT. SQL is written once,
// with ?N placeholders: the PostgreSQL backend turns them into $N (the only
// translation; dialect-specific fragments come from Dialect helpers in the
// store). Constructors and calls throw StoreError naming the database;
// destructors never throw.

#include "claimtrack/store/store.hpp"

#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace claimtrack::store::sql {

enum class Dialect { SQLite, PostgreSQL };

/// One prepared statement of a backend. Parameters and columns count from 1
/// and 0, as in SQLite.
class Cursor {
public:
    virtual ~Cursor() = default;
    virtual void bind_int64(int index, std::int64_t value) = 0;
    virtual void bind_double(int index, double value) = 0;
    /// `copy` false: the caller keeps `value` alive until reset() (SQLite binds it in place).
    virtual void bind_text(int index, std::string_view value, bool copy) = 0;
    virtual void bind_blob(int index, std::string_view bytes) = 0;
    virtual void bind_null(int index) = 0;
    /// Runs the statement on the first call; true while a row is available.
    virtual bool step() = 0;
    /// Ends the execution and clears the bindings.
    virtual void reset() noexcept = 0;
    virtual bool is_null(int col) const = 0;
    virtual std::int64_t int64(int col) const = 0; ///< booleans read as 0/1
    virtual double real(int col) const = 0;
    virtual std::string text(int col) const = 0;
    virtual std::string blob(int col) const = 0;
};

/// An open database connection.
class Connection {
public:
    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    /// The database as messages name it: a path, or a PostgreSQL URI without password.
    virtual const std::string& name() const = 0;
    virtual std::unique_ptr<Cursor> prepare(std::string_view sql) = 0;
    /// Runs SQL text without values (one or more statements).
    virtual void exec(std::string_view sql, std::string_view context) = 0;
    /// The same, ignoring failure (rollbacks in destructors).
    virtual void exec_quietly(const char* sql) noexcept = 0;
    virtual bool in_transaction() const = 0;
    /// The rowid the connection's last INSERT gave its row, where the backend
    /// keeps it without a RETURNING clause (SQLite, whose RETURNING collects
    /// the rows in a temporary table first); nullopt otherwise (PostgreSQL).
    virtual std::optional<std::int64_t> last_insert_rowid() const { return std::nullopt; }
};

/// A prepared statement, prepared once and reused. Non-copyable.
class Statement {
public:
    /// Prepared at its first use(): a store's connection holds the statements
    /// of every command (about 45), and a command uses a few of them (an
    /// ingest's readers two), so opening a store prepares none.
    Statement(Connection& db, std::string_view sql) : m_db(&db), m_sql(sql) {}

    /// One execution: bind, step, read columns. Resets the statement and
    /// clears its bindings when it goes out of scope, so no read stays open
    /// behind the caller's back.
    class Use {
    public:
        explicit Use(Statement& s) : m_cursor(s.m_cursor.get()) {}
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;
        ~Use() { m_cursor->reset(); }

        Use& bind(int index, std::int64_t value) { return m_cursor->bind_int64(index, value), *this; }
        Use& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
        Use& bind(int index, double value) { return m_cursor->bind_double(index, value), *this; }
        Use& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
        Use& bind(int index, std::string_view value) { return m_cursor->bind_text(index, value, true), *this; }
        Use& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
        Use& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
        Use& bind_null(int index) { return m_cursor->bind_null(index), *this; }
        /// Binds text without a copy where the backend can: `value` must
        /// outlive this Use. For article texts (up to 1 GiB), and the strings
        /// of the document and extraction record() writes (a copy each, about
        /// 70 per article, was 6 % of the writer's instructions).
        Use& bind_static(int index, std::string_view value) { return m_cursor->bind_text(index, value, false), *this; }
        /// bind_static, or NULL when empty.
        Use& bind_static_or_null(int index, std::string_view value) {
            return value.empty() ? bind_null(index) : bind_static(index, value);
        }
        /// bind_static, or NULL when absent.
        template <typename T>
            requires std::same_as<T, std::optional<std::string_view>>
        Use& bind_static(int index, const T& value) {
            return value ? bind_static(index, *value) : bind_null(index);
        }
        /// Binds bytes as a BLOB (bytea).
        Use& bind_blob(int index, std::string_view bytes) { return m_cursor->bind_blob(index, bytes), *this; }
        template <typename T>
        Use& bind(int index, const std::optional<T>& value) {
            return value ? bind(index, *value) : bind_null(index);
        }
        /// Binds text, or NULL when empty.
        Use& bind_text_or_null(int index, std::string_view value) {
            return value.empty() ? bind_null(index) : bind(index, value);
        }

        /// Steps once: true when a row is available. \throws StoreError.
        bool step() { return m_cursor->step(); }
        /// Steps to completion.
        void run() {
            while (step()) {
            }
        }

        bool is_null(int col) const { return m_cursor->is_null(col); }
        std::int64_t int64(int col) const { return m_cursor->int64(col); }
        double real(int col) const { return m_cursor->real(col); }
        std::string text(int col) const { return m_cursor->text(col); }
        std::string blob(int col) const { return m_cursor->blob(col); }
        std::optional<std::int64_t> opt_int64(int col) const {
            return is_null(col) ? std::nullopt : std::optional<std::int64_t>(int64(col));
        }
        std::optional<double> opt_real(int col) const {
            return is_null(col) ? std::nullopt : std::optional<double>(real(col));
        }

    private:
        Cursor* m_cursor;
    };

    /// \throws StoreError when the statement cannot be prepared (first use).
    Use use() {
        if (!m_cursor) m_cursor = m_db->prepare(m_sql);
        return Use(*this);
    }
    std::string_view sql() const { return m_sql; }

private:
    Connection* m_db;
    std::string m_sql;
    std::unique_ptr<Cursor> m_cursor; ///< null until the first use()
};

/// A transaction guard: rolls back unless commit() was called. Inside an open
/// transaction it nests as a SAVEPOINT, so a failed inner unit rolls back
/// alone. Immediate: a write transaction (SQLite: BEGIN IMMEDIATE takes the
/// write lock up front; PostgreSQL: READ COMMITTED). Deferred: a read that
/// sees one snapshot (SQLite: BEGIN DEFERRED; PostgreSQL: REPEATABLE READ).
class Transaction {
public:
    enum class Kind { Deferred, Immediate };
    Transaction(Connection& db, Kind kind);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Connection* m_db;
    bool m_savepoint = false;
    bool m_done = false;
};

/// Abbreviated SQL for messages.
std::string abbreviate(std::string_view sql);

} // namespace claimtrack::store::sql
