#include "sqlite.hpp"

#include <utility>

namespace claimtrack::store::sql {

namespace {

std::string db_path(sqlite3* db) {
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (name == nullptr || *name == '\0') return ":memory:";
    return name;
}

/// The statement text shortened for a message.
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

} // namespace

StoreError make_error(sqlite3* db, int rc, std::string_view context) {
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    std::string what = db_path(db);
    what += ": ";
    what += context;
    what += ": ";
    what += message ? message : sqlite3_errstr(rc);
    what += " (sqlite code ";
    what += std::to_string(rc & 0xff);
    if (extended != (rc & 0xff)) what += ", extended " + std::to_string(extended);
    what += ')';
    return StoreError(what, rc & 0xff, extended);
}

void throw_error(sqlite3* db, int rc, std::string_view context) { throw make_error(db, rc, context); }

namespace {
DbPtr open_named(const char* filename, const std::filesystem::path& path, int flags) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(filename, &raw, flags | SQLITE_OPEN_EXRESCODE, nullptr);
    DbPtr db(raw); // closed on every path, also when open failed
    if (rc != SQLITE_OK) {
        const int extended = raw ? sqlite3_extended_errcode(raw) : rc;
        throw StoreError(path.string() + ": cannot open database: " +
                             (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)),
                         rc & 0xff, extended);
    }
    return db;
}
} // namespace

DbPtr open_db(const std::filesystem::path& path, int flags) { return open_named(path.c_str(), path, flags); }

DbPtr open_db_uri(const std::string& uri, const std::filesystem::path& path, int flags) {
    return open_named(uri.c_str(), path, flags | SQLITE_OPEN_URI);
}

std::string file_uri(const std::filesystem::path& path) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    if (ec) absolute = path;
    std::string out = "file:";
    for (const char c : absolute.string()) {
        const auto u = static_cast<unsigned char>(c);
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                           c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            out += c;
        } else {
            out += '%';
            out += k_hex[u >> 4];
            out += k_hex[u & 0xf];
        }
    }
    return out;
}

void exec(sqlite3* db, const char* sql, std::string_view context) {
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) throw_error(db, rc, context);
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db), m_sql(sql) {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(db, m_sql.data(), static_cast<int>(m_sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    m_stmt.reset(raw);
    if (rc != SQLITE_OK) throw_error(db, rc, "preparing '" + abbreviate(m_sql) + "'");
}

Statement::Use::~Use() {
    sqlite3_reset(m_stmt->m_stmt.get());
    sqlite3_clear_bindings(m_stmt->m_stmt.get());
}

namespace {
void check_bind(sqlite3* db, int rc, std::string_view sql, int index) {
    if (rc != SQLITE_OK)
        throw_error(db, rc, "binding parameter " + std::to_string(index) + " of '" + abbreviate(sql) + "'");
}
} // namespace

Statement::Use& Statement::Use::bind(int index, std::int64_t value) {
    check_bind(m_stmt->m_db, sqlite3_bind_int64(m_stmt->m_stmt.get(), index, value), m_stmt->m_sql, index);
    return *this;
}

Statement::Use& Statement::Use::bind(int index, double value) {
    check_bind(m_stmt->m_db, sqlite3_bind_double(m_stmt->m_stmt.get(), index, value), m_stmt->m_sql, index);
    return *this;
}

Statement::Use& Statement::Use::bind(int index, std::string_view value) {
    const int rc = sqlite3_bind_text64(m_stmt->m_stmt.get(), index, value.data(), value.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    check_bind(m_stmt->m_db, rc, m_stmt->m_sql, index);
    return *this;
}

Statement::Use& Statement::Use::bind_static(int index, std::string_view value) {
    const int rc = sqlite3_bind_text64(m_stmt->m_stmt.get(), index, value.data(), value.size(), SQLITE_STATIC,
                                       SQLITE_UTF8);
    check_bind(m_stmt->m_db, rc, m_stmt->m_sql, index);
    return *this;
}

Statement::Use& Statement::Use::bind_blob(int index, std::string_view bytes) {
    const int rc = sqlite3_bind_blob64(m_stmt->m_stmt.get(), index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    check_bind(m_stmt->m_db, rc, m_stmt->m_sql, index);
    return *this;
}

std::string Statement::Use::blob(int col) const {
    const void* p = sqlite3_column_blob(m_stmt->m_stmt.get(), col);
    if (p == nullptr) return {};
    const int n = sqlite3_column_bytes(m_stmt->m_stmt.get(), col);
    return std::string(static_cast<const char*>(p), static_cast<std::size_t>(n));
}

Statement::Use& Statement::Use::bind_null(int index) {
    check_bind(m_stmt->m_db, sqlite3_bind_null(m_stmt->m_stmt.get(), index), m_stmt->m_sql, index);
    return *this;
}

bool Statement::Use::step() {
    const int rc = sqlite3_step(m_stmt->m_stmt.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw_error(m_stmt->m_db, rc, "running '" + abbreviate(m_stmt->m_sql) + "'");
}

void Statement::Use::run() {
    while (step()) {
    }
}

bool Statement::Use::is_null(int col) const {
    return sqlite3_column_type(m_stmt->m_stmt.get(), col) == SQLITE_NULL;
}

std::int64_t Statement::Use::int64(int col) const { return sqlite3_column_int64(m_stmt->m_stmt.get(), col); }

double Statement::Use::real(int col) const { return sqlite3_column_double(m_stmt->m_stmt.get(), col); }

std::string Statement::Use::text(int col) const {
    const auto* p = sqlite3_column_text(m_stmt->m_stmt.get(), col);
    if (p == nullptr) return {};
    const int n = sqlite3_column_bytes(m_stmt->m_stmt.get(), col);
    return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
}

std::optional<std::int64_t> Statement::Use::opt_int64(int col) const {
    if (is_null(col)) return std::nullopt;
    return int64(col);
}

std::optional<double> Statement::Use::opt_real(int col) const {
    if (is_null(col)) return std::nullopt;
    return real(col);
}

Transaction::Transaction(sqlite3* db, Kind kind) : m_db(db) {
    m_savepoint = sqlite3_get_autocommit(db) == 0;
    if (m_savepoint)
        exec(db, "SAVEPOINT claimtrack_unit", "opening a savepoint");
    else if (kind == Kind::Immediate)
        exec(db, "BEGIN IMMEDIATE", "starting a write transaction");
    else
        exec(db, "BEGIN DEFERRED", "starting a read transaction");
}

Transaction::~Transaction() {
    if (m_done) return;
    // Never throws: a failed rollback leaves SQLite to roll back on close.
    if (m_savepoint)
        sqlite3_exec(m_db, "ROLLBACK TO claimtrack_unit; RELEASE claimtrack_unit", nullptr, nullptr, nullptr);
    else if (sqlite3_get_autocommit(m_db) == 0)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    if (m_savepoint)
        exec(m_db, "RELEASE claimtrack_unit", "releasing a savepoint");
    else
        exec(m_db, "COMMIT", "committing");
    m_done = true;
}

} // namespace claimtrack::store::sql
