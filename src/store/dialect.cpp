// The SQL fragments that differ between SQLite and PostgreSQL, and how a
// --db value selects the backend.

#include "claimtrack/store/store.hpp"

#include "migrations.hpp"
#include "pg.hpp"
#include "store_impl.hpp"

#include <algorithm>

namespace claimtrack::store {

bool is_postgresql(std::string_view location) {
    if (location.starts_with("postgresql://") || location.starts_with("postgres://")) return true;
    // libpq's key=value form ("host=/run/postgresql dbname=claims"): the
    // first word is one of libpq's connection keywords.
    static constexpr std::string_view k_keywords[] = {
        "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "service", "connect_timeout",
        "options", "application_name", "sslmode", "sslrootcert", "sslcert", "sslkey", "target_session_attrs"};
    const std::string_view trimmed = location.substr(std::min(location.find_first_not_of(' '), location.size()));
    const std::size_t eq = trimmed.find('=');
    if (eq == std::string_view::npos) return false;
    std::string_view key = trimmed.substr(0, eq);
    while (key.ends_with(' ')) key.remove_suffix(1);
    for (std::string_view k : k_keywords)
        if (key == k) return true;
    return false;
}

std::string display_location(const std::string& location) {
    return is_postgresql(location) ? pg::display_name(location) : location;
}

namespace dialect {

namespace {
bool pg(sql::Dialect d) { return d == sql::Dialect::PostgreSQL; }
} // namespace

std::string now(sql::Dialect d) { return detail::now_sql(d); }

std::string byte_substring(sql::Dialect d, const std::string& text, const std::string& start, const std::string& end) {
    if (pg(d))
        return "convert_from(substring(convert_to(" + text + ", 'UTF8') FROM CAST(" + start + " + 1 AS INTEGER) FOR CAST(" +
               end + " - " + start + " AS INTEGER)), 'UTF8')";
    return "CAST(substr(CAST(" + text + " AS BLOB), " + start + " + 1, " + end + " - " + start + ") AS TEXT)";
}

std::string join_lines(sql::Dialect d, const std::string& expr) {
    return pg(d) ? "string_agg(" + expr + ", E'\\n')" : "group_concat(" + expr + ", char(10))";
}

std::string join_ids(sql::Dialect d, const std::string& expr) {
    return pg(d) ? "string_agg(CAST(" + expr + " AS TEXT), ',')" : "group_concat(" + expr + ")";
}

std::string ids_of_json(sql::Dialect d, const std::string& param) {
    return pg(d) ? "SELECT CAST(j AS BIGINT) FROM json_array_elements_text(CAST(" + param + " AS json)) AS ids(j)"
                 : "SELECT value FROM json_each(" + param + ")";
}

std::string equals_nocase(sql::Dialect d, const std::string& column, const std::string& param) {
    // PostgreSQL: lower() under the "C" collation of the columns folds ASCII
    // only, like SQLite's NOCASE; the indexes on lower(name) serve it.
    return pg(d) ? "lower(" + column + ") = lower(CAST(" + param + " AS TEXT) COLLATE \"C\")"
                 : column + " = " + param + " COLLATE NOCASE";
}

} // namespace dialect

} // namespace claimtrack::store
