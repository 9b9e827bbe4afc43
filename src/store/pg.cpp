#include "pg.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace claimtrack::store::pg {

namespace {

constexpr const char* k_retryable[] = {"40001", "40P01", "23505"};

std::string trimmed(const char* message) {
    std::string out = message ? message : "";
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// A prepared statement; deallocated when the Cursor ends.
class Cursor final : public sql::Cursor {
public:
    Cursor(Connection& db, std::string name, std::string text)
        : m_db(db), m_name(std::move(name)), m_sql(std::move(text)) {
        const ResultPtr r(PQprepare(m_db.handle(), m_name.c_str(), m_sql.c_str(), 0, nullptr));
        m_db.check(r.get(), "preparing '" + sql::abbreviate(m_sql) + "'");
        m_params = PQnparams(ResultPtr(PQdescribePrepared(m_db.handle(), m_name.c_str())).get());
        m_values.resize(static_cast<std::size_t>(m_params));
        m_null.assign(static_cast<std::size_t>(m_params), true);
        m_binary.assign(static_cast<std::size_t>(m_params), 0);
    }
    ~Cursor() override { m_db.exec_quietly(("DEALLOCATE " + m_name).c_str()); }

    void bind_int64(int index, std::int64_t value) override { set(index, std::to_string(value), false); }
    void bind_double(int index, double value) override {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, value); // shortest text that reads back exactly
        set(index, std::string(buf, r.ptr), false);
    }
    void bind_text(int index, std::string_view value, bool) override { set(index, std::string(value), false); }
    void bind_blob(int index, std::string_view bytes) override { set(index, std::string(bytes), true); }
    void bind_null(int index) override {
        slot(index);
        m_null[static_cast<std::size_t>(index - 1)] = true;
    }

    bool step() override {
        if (!m_result) {
            std::vector<const char*> values(m_values.size());
            std::vector<int> lengths(m_values.size());
            for (std::size_t i = 0; i < m_values.size(); ++i) {
                values[i] = m_null[i] ? nullptr : m_values[i].data();
                lengths[i] = static_cast<int>(m_values[i].size());
            }
            m_result.reset(PQexecPrepared(m_db.handle(), m_name.c_str(), m_params, values.data(), lengths.data(),
                                          m_binary.data(), 0));
            m_db.check(m_result.get(), "running '" + sql::abbreviate(m_sql) + "'");
            m_rows = PQresultStatus(m_result.get()) == PGRES_TUPLES_OK ? PQntuples(m_result.get()) : 0;
            m_row = -1;
        }
        return ++m_row < m_rows;
    }

    void reset() noexcept override {
        m_result.reset();
        m_null.assign(m_null.size(), true);
        m_binary.assign(m_binary.size(), 0);
        for (auto& v : m_values) v.clear();
    }

    bool is_null(int col) const override { return PQgetisnull(m_result.get(), m_row, col) == 1; }
    std::int64_t int64(int col) const override {
        const char* v = PQgetvalue(m_result.get(), m_row, col);
        if (v[0] == 't' && v[1] == '\0') return 1; // boolean
        if (v[0] == 'f' && v[1] == '\0') return 0;
        return std::strtoll(v, nullptr, 10);
    }
    double real(int col) const override { return std::strtod(PQgetvalue(m_result.get(), m_row, col), nullptr); }
    std::string text(int col) const override {
        return std::string(PQgetvalue(m_result.get(), m_row, col),
                           static_cast<std::size_t>(PQgetlength(m_result.get(), m_row, col)));
    }
    std::string blob(int col) const override {
        // bytea in text form: \x followed by hex digits.
        const std::string hex = text(col);
        std::string out;
        if (hex.size() < 2 || hex[0] != '\\' || hex[1] != 'x') return out;
        out.reserve((hex.size() - 2) / 2);
        for (std::size_t i = 2; i + 1 < hex.size(); i += 2)
            out += static_cast<char>(hex_value(hex[i]) * 16 + hex_value(hex[i + 1]));
        return out;
    }

private:
    void slot(int index) const {
        if (index < 1 || index > m_params)
            throw StoreError(m_db.name() + ": binding parameter " + std::to_string(index) + " of '" +
                                 sql::abbreviate(m_sql) + "': out of range (" + std::to_string(m_params) +
                                 " parameters)",
                             25, 25);
    }
    void set(int index, std::string value, bool binary) {
        slot(index);
        const auto i = static_cast<std::size_t>(index - 1);
        m_values[i] = std::move(value);
        m_null[i] = false;
        m_binary[i] = binary ? 1 : 0;
    }

    Connection& m_db;
    std::string m_name;
    std::string m_sql;
    int m_params = 0;
    std::vector<std::string> m_values;
    std::vector<bool> m_null;
    std::vector<int> m_binary;
    ResultPtr m_result;
    int m_rows = 0;
    int m_row = -1;
};

} // namespace

bool is_retryable(const StoreError& e) {
    for (const char* state : k_retryable)
        if (e.sqlstate() == state) return true;
    return false;
}

std::string translate_placeholders(std::string_view sql) {
    std::string out;
    out.reserve(sql.size());
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            out += c;
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') { // comment to the end of the line
            const std::size_t end = sql.find('\n', i);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
            continue;
        } else if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
            out += '$';
            continue;
        }
        out += c;
    }
    return out;
}

std::string display_name(const std::string& conninfo) {
    char* err = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &err);
    if (err) PQfreemem(err);
    if (!options) return "postgresql://(unparsable connection string)";
    std::string user, host, port, dbname;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val) continue;
        const std::string_view key = o->keyword;
        if (key == "user") user = o->val;
        else if (key == "host" || (key == "hostaddr" && host.empty())) host = o->val;
        else if (key == "port") port = o->val;
        else if (key == "dbname") dbname = o->val;
    }
    PQconninfoFree(options);
    std::string out = "postgresql://";
    if (!user.empty()) out += user + '@';
    out += host.empty() ? "localhost" : host;
    if (!port.empty()) out += ':' + port;
    out += '/' + dbname;
    return out;
}

Connection::Connection(const std::string& conninfo) : m_name(display_name(conninfo)) {
    // Refuse anything but a plain connection string: no environment password
    // file or service lookups are overridden, libpq reads them as usual.
    m_conn.reset(PQconnectdb(conninfo.c_str()));
    if (!m_conn) throw StoreError(m_name + ": cannot connect: out of memory", 7, 7);
    if (PQstatus(m_conn.get()) != CONNECTION_OK) {
        std::string why = trimmed(PQerrorMessage(m_conn.get()));
        for (std::size_t nl; (nl = why.find('\n')) != std::string::npos;) {
            std::size_t next = nl + 1;
            while (next < why.size() && (why[next] == '\t' || why[next] == ' ')) ++next;
            why.replace(nl, next - nl, "; ");
        }
        throw StoreError(m_name + ": cannot connect to the PostgreSQL server: " + why, 14, 14, "08001");
    }
    // Quiet notices (e.g. "relation already exists, skipping"); UTC timestamps.
    PQsetNoticeProcessor(m_conn.get(), [](void*, const char*) {}, nullptr);
    exec("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'; SET extra_float_digits = 3", "setting up the session");
}

StoreError Connection::error(const PGresult* result, std::string_view context) const {
    std::string message, state;
    if (result) {
        message = trimmed(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        if (const char* detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL)) message += " (" + trimmed(detail) + ")";
        if (const char* s = PQresultErrorField(result, PG_DIAG_SQLSTATE)) state = s;
    }
    if (message.empty()) message = trimmed(PQerrorMessage(m_conn.get()));
    std::string what = m_name + ": " + std::string(context) + ": " + message;
    if (!state.empty()) what += " (SQLSTATE " + state + ")";
    return StoreError(what, 1, 1, state);
}

void Connection::check(const PGresult* result, std::string_view context) const {
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    throw error(result, context);
}

std::unique_ptr<sql::Cursor> Connection::prepare(std::string_view sql) {
    return std::make_unique<Cursor>(*this, "ct" + std::to_string(++m_next_statement), translate_placeholders(sql));
}

void Connection::exec(std::string_view sql, std::string_view context) {
    const ResultPtr r(PQexec(m_conn.get(), std::string(sql).c_str()));
    check(r.get(), context);
}

void Connection::exec_quietly(const char* sql) noexcept { ResultPtr(PQexec(m_conn.get(), sql)); }

bool Connection::in_transaction() const { return PQtransactionStatus(m_conn.get()) != PQTRANS_IDLE; }

} // namespace claimtrack::store::pg
