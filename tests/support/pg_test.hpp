#pragma once
// Tests on PostgreSQL: a fresh database per test in the throwaway cluster
// that the CTest fixture started (tests/support/pg_cluster.sh). The fixture's
// state directory comes in CLAIMTRACK_TEST_PG_STATE; without it, or when the
// cluster did not start, every PostgreSQL test fails loudly (never skips).

#include <libpq-fe.h>

#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace claimtrack::test {

/// The fixture's connection string (superuser over the Unix socket), or
/// the one of its loopback TCP listener (`file` "tcp": password auth).
inline std::string pg_fixture_conninfo(const std::string& file = "conninfo") {
    const char* state = std::getenv("CLAIMTRACK_TEST_PG_STATE");
    if (state == nullptr || *state == '\0')
        throw std::runtime_error("CLAIMTRACK_TEST_PG_STATE is not set: run the PostgreSQL tests through ctest, whose "
                                 "fixture starts the throwaway cluster (tests/support/pg_cluster.sh)");
    std::ifstream in(std::string(state) + "/" + file);
    std::string line;
    if (!std::getline(in, line) || line.empty())
        throw std::runtime_error(std::string("no PostgreSQL test cluster: ") + state + "/" + file +
                                 " is missing (did the fixture 'pg: start the throwaway cluster' fail?)");
    return line;
}

/// Runs SQL as the superuser on database `dbname`; throws with the server's message.
/// \returns the rows of the last result, columns joined by tabs.
inline std::vector<std::string> pg_admin_exec(const std::string& dbname, const std::string& sql) {
    std::unique_ptr<PGconn, decltype(&PQfinish)> c(PQconnectdb((pg_fixture_conninfo() + " dbname=" + dbname).c_str()),
                                                   &PQfinish);
    if (PQstatus(c.get()) != CONNECTION_OK)
        throw std::runtime_error(std::string("test cluster: ") + PQerrorMessage(c.get()));
    PQsetNoticeProcessor(c.get(), [](void*, const char*) {}, nullptr); // "does not exist, skipping"
    std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(c.get(), sql.c_str()), &PQclear);
    const auto status = PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw std::runtime_error("test cluster: " + sql + ": " + PQresultErrorMessage(r.get()));
    std::vector<std::string> rows;
    for (int i = 0; i < PQntuples(r.get()); ++i) {
        std::string row;
        for (int j = 0; j < PQnfields(r.get()); ++j) row += (j ? "\t" : "") + std::string(PQgetvalue(r.get(), i, j));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// A new database, from template_postgis (or empty: no PostGIS), dropped on scope exit.
class PgDatabase {
public:
    explicit PgDatabase(const std::string& stem, bool postgis = true) {
        static std::atomic<int> counter{0};
        m_name = "ct_" + stem + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
        for (char& c : m_name)
            if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
        pg_admin_exec("postgres", "DROP DATABASE IF EXISTS " + m_name);
        pg_admin_exec("postgres", "CREATE DATABASE " + m_name + (postgis ? " TEMPLATE template_postgis" : ""));
    }
    PgDatabase(const PgDatabase&) = delete;
    PgDatabase& operator=(const PgDatabase&) = delete;
    ~PgDatabase() {
        try {
            pg_admin_exec("postgres", "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
        } catch (...) {
        }
    }
    const std::string& name() const { return m_name; }
    /// libpq key=value form.
    std::string conninfo() const { return pg_fixture_conninfo() + " dbname=" + m_name; }
    /// URI form: postgresql://postgres@/NAME?host=SOCKETDIR&port=PORT.
    std::string uri() const {
        const std::string info = pg_fixture_conninfo();
        auto value = [&info](const std::string& key) {
            const auto at = info.find(key + "=");
            if (at == std::string::npos) return std::string();
            const auto start = at + key.size() + 1;
            return info.substr(start, info.find(' ', start) - start);
        };
        return "postgresql://" + value("user") + "@/" + m_name + "?host=" + value("host") + "&port=" + value("port");
    }
    std::vector<std::string> exec(const std::string& sql) const { return pg_admin_exec(m_name, sql); }

private:
    std::string m_name;
};

} // namespace claimtrack::test
