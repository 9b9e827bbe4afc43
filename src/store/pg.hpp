#pragma once
// Private: the PostgreSQL backend of the database layer (libpq). Small RAII
// wrappers for PGconn and PGresult; a Connection whose Cursors are named
// prepared statements, executed with text parameters (BLOBs as binary bytea)
// and read back as text.

#include "db.hpp"

#include <libpq-fe.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::store::pg {

struct ConnCloser {
    void operator()(PGconn* c) const noexcept { PQfinish(c); }
};
struct ResultClearer {
    void operator()(PGresult* r) const noexcept { PQclear(r); }
};
using ConnPtr = std::unique_ptr<PGconn, ConnCloser>;
using ResultPtr = std::unique_ptr<PGresult, ResultClearer>;

/// The SQLSTATEs after which a whole transaction is worth running again:
/// serialization failure, deadlock, and a unique key another writer took first.
bool is_retryable(const StoreError& e);

/// `sql` with ?N placeholders turned into $N (outside quotes and comments).
std::string translate_placeholders(std::string_view sql);

/// A connection string as messages show it: postgresql://user@host:port/dbname,
/// never the password.
std::string display_name(const std::string& conninfo);

class Connection final : public sql::Connection {
public:
    /// Connects. \throws StoreError naming the server (never the password):
    /// unreachable, refused, wrong credentials, no such database.
    explicit Connection(const std::string& conninfo);

    sql::Dialect dialect() const override { return sql::Dialect::PostgreSQL; }
    const std::string& name() const override { return m_name; }
    std::unique_ptr<sql::Cursor> prepare(std::string_view sql) override;
    void exec(std::string_view sql, std::string_view context) override;
    void exec_quietly(const char* sql) noexcept override;
    bool in_transaction() const override;

    PGconn* handle() const { return m_conn.get(); }
    /// A StoreError for a failed result (or, without one, the connection's message).
    StoreError error(const PGresult* result, std::string_view context) const;
    /// Throws error() unless `result` is a success.
    void check(const PGresult* result, std::string_view context) const;

private:
    ConnPtr m_conn;
    std::string m_name;
    int m_next_statement = 0;
};

} // namespace claimtrack::store::pg
