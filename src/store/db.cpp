#include "db.hpp"

namespace claimtrack::store::sql {

std::string abbreviate(std::string_view sql) {
    constexpr std::size_t k_max = 80;
    std::string out;
    for (char c : sql) {
        if (out.size() >= k_max) {
            out += "...";
            break;
        }
        const bool space = c == '\n' || c == ' ' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

Transaction::Transaction(Connection& db, Kind kind) : m_db(&db) {
    m_savepoint = db.in_transaction();
    const bool pg = db.dialect() == Dialect::PostgreSQL;
    if (m_savepoint)
        db.exec("SAVEPOINT claimtrack_unit", "opening a savepoint");
    else if (kind == Kind::Immediate)
        db.exec(pg ? "BEGIN" : "BEGIN IMMEDIATE", "starting a write transaction");
    else
        db.exec(pg ? "BEGIN ISOLATION LEVEL REPEATABLE READ" : "BEGIN DEFERRED", "starting a read transaction");
}

Transaction::~Transaction() {
    if (m_done) return;
    // Never throws: a failed rollback leaves the server (or SQLite on close) to roll back.
    if (m_savepoint)
        m_db->exec_quietly("ROLLBACK TO claimtrack_unit; RELEASE claimtrack_unit");
    else if (m_db->in_transaction())
        m_db->exec_quietly("ROLLBACK");
}

void Transaction::commit() {
    if (m_savepoint)
        m_db->exec("RELEASE claimtrack_unit", "releasing a savepoint");
    else
        m_db->exec("COMMIT", "committing");
    m_done = true;
}

} // namespace claimtrack::store::sql
