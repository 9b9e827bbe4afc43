#include "sqlite.hpp"

#include <utility>

namespace claimtrack::store::sql {

namespace {

std::string db_path(sqlite3* db) {
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (name == nullptr || *name == '\0') return ":memory:";
    return name;
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

namespace {

class SqliteCursor final : public Cursor {
public:
    SqliteCursor(sqlite3* db, std::string_view sql) : m_db(db), m_sql(sql) {
        sqlite3_stmt* raw = nullptr;
        const int rc = sqlite3_prepare_v3(db, m_sql.data(), static_cast<int>(m_sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
        m_stmt.reset(raw);
        if (rc != SQLITE_OK) throw_error(db, rc, "preparing '" + abbreviate(m_sql) + "'");
    }

    void bind_int64(int index, std::int64_t value) override {
        check_bind(sqlite3_bind_int64(m_stmt.get(), index, value), index);
    }
    void bind_double(int index, double value) override {
        check_bind(sqlite3_bind_double(m_stmt.get(), index, value), index);
    }
    void bind_text(int index, std::string_view value, bool copy) override {
        check_bind(sqlite3_bind_text64(m_stmt.get(), index, value.data(), value.size(),
                                       copy ? SQLITE_TRANSIENT : SQLITE_STATIC, SQLITE_UTF8),
                   index);
    }
    void bind_blob(int index, std::string_view bytes) override {
        check_bind(sqlite3_bind_blob64(m_stmt.get(), index, bytes.data(), bytes.size(), SQLITE_TRANSIENT), index);
    }
    void bind_null(int index) override { check_bind(sqlite3_bind_null(m_stmt.get(), index), index); }

    bool step() override {
        const int rc = sqlite3_step(m_stmt.get());
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw_error(m_db, rc, "running '" + abbreviate(m_sql) + "'");
    }
    void reset() noexcept override {
        sqlite3_reset(m_stmt.get());
        sqlite3_clear_bindings(m_stmt.get());
    }

    bool is_null(int col) const override { return sqlite3_column_type(m_stmt.get(), col) == SQLITE_NULL; }
    std::int64_t int64(int col) const override { return sqlite3_column_int64(m_stmt.get(), col); }
    double real(int col) const override { return sqlite3_column_double(m_stmt.get(), col); }
    std::string text(int col) const override {
        const auto* p = sqlite3_column_text(m_stmt.get(), col);
        if (p == nullptr) return {};
        const int n = sqlite3_column_bytes(m_stmt.get(), col);
        return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
    }
    std::string blob(int col) const override {
        const void* p = sqlite3_column_blob(m_stmt.get(), col);
        if (p == nullptr) return {};
        const int n = sqlite3_column_bytes(m_stmt.get(), col);
        return std::string(static_cast<const char*>(p), static_cast<std::size_t>(n));
    }

private:
    void check_bind(int rc, int index) const {
        if (rc != SQLITE_OK)
            throw_error(m_db, rc, "binding parameter " + std::to_string(index) + " of '" + abbreviate(m_sql) + "'");
    }
    sqlite3* m_db;
    std::string m_sql;
    StmtPtr m_stmt;
};

} // namespace

const std::string& SqliteConnection::name() const {
    if (m_name.empty()) m_name = db_path(m_db.get());
    return m_name;
}

std::unique_ptr<Cursor> SqliteConnection::prepare(std::string_view sql) {
    return std::make_unique<SqliteCursor>(m_db.get(), sql);
}

void SqliteConnection::exec(std::string_view sql, std::string_view context) {
    // Single statements only (a prepared statement runs the first of several).
    const bool control = sql == "SAVEPOINT claimtrack_unit" || sql == "RELEASE claimtrack_unit" ||
                         sql == "BEGIN IMMEDIATE" || sql == "BEGIN DEFERRED" || sql == "COMMIT";
    if (!control) {
        sql::exec(m_db.get(), std::string(sql).c_str(), context);
        return;
    }
    auto kept = m_kept.find(sql);
    if (kept == m_kept.end()) {
        sqlite3_stmt* raw = nullptr;
        const int rc = sqlite3_prepare_v3(m_db.get(), sql.data(), static_cast<int>(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
        StmtPtr stmt(raw);
        if (rc != SQLITE_OK) throw_error(m_db.get(), rc, context);
        kept = m_kept.emplace(std::string(sql), std::move(stmt)).first;
    }
    sqlite3_stmt* stmt = kept->second.get();
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(stmt); // at once: a statement left running would keep COMMIT from ending the transaction
        return;
    }
    auto error = make_error(m_db.get(), rc, context); // before reset, which may change the message
    sqlite3_reset(stmt);
    throw error;
}

void SqliteConnection::exec_quietly(const char* sql) noexcept { sqlite3_exec(m_db.get(), sql, nullptr, nullptr, nullptr); }

bool SqliteConnection::in_transaction() const { return sqlite3_get_autocommit(m_db.get()) == 0; }

} // namespace claimtrack::store::sql
