// The store's maintenance: backup, integrity check, and copying a whole
// store between backends (SQLite <-> PostgreSQL). Backup and check fork by
// backend; the copy is written once on the database layer.

#include "claimtrack/store/store.hpp"

#include "sqlite.hpp"
#include "store_impl.hpp"

#include <array>
#include <optional>

namespace claimtrack::store {

namespace {

/// A column to copy and how its values travel: i(nteger), r(eal), t(ext), b(lob).
struct Column {
    const char* name;
    char type;
};

struct Table {
    const char* name;
    std::vector<Column> columns;
    const char* order;
};

/// Every table of the schema in an order that satisfies the foreign keys
/// (extraction_runs.superseded_by, a reference to a later row, is set after).
/// Generated geometry columns (PostGIS) are derived on arrival, not copied.
const std::vector<Table>& tables() {
    static const std::vector<Table> list = {
        {"articles",
         {{"id", 'i'}, {"content_hash", 't'}, {"url", 't'}, {"title", 't'}, {"source", 't'}, {"published", 't'},
          {"language", 't'}, {"file", 't'}, {"text", 't'}, {"ingested_at", 't'}},
         "id"},
        {"extraction_runs", {{"id", 'i'}, {"article_id", 'i'}, {"extractor_version", 't'}, {"recorded_at", 't'}}, "id"},
        {"places",
         {{"id", 'i'}, {"name", 't'}, {"name_local", 't'}, {"kind", 't'}, {"feature_code", 't'}, {"country", 't'},
          {"lon", 'r'}, {"lat", 'r'}, {"admin1", 't'}, {"admin2", 't'}, {"population", 'i'}},
         "id"},
        {"mentions",
         {{"id", 'i'}, {"run_id", 'i'}, {"span_start", 'i'}, {"span_end", 'i'}, {"surface", 't'}, {"place_id", 'i'},
          {"confidence", 'r'}, {"runner_up_id", 'i'}, {"precision", 'i'}, {"candidate_count", 'i'}},
         "id"},
        {"claims",
         {{"id", 'i'}, {"run_id", 'i'}, {"change", 't'}, {"by_side", 't'}, {"place_id", 'i'}, {"region_id", 'i'},
          {"surface", 't'}, {"verb", 't'}, {"claimant", 't'}, {"claimant_side", 't'}, {"status", 't'},
          {"stated_on", 't'}, {"event_from", 't'}, {"event_to", 't'}, {"time_precision", 't'}, {"known_on", 't'},
          {"evidence_start", 'i'}, {"evidence_end", 'i'}, {"evidence", 't'}, {"confidence", 'r'},
          {"background", 'i'}, {"negated", 'i'}, {"area_km2", 'r'}},
         "id"},
        {"areas",
         {{"id", 'i'}, {"run_id", 'i'}, {"span_start", 'i'}, {"span_end", 'i'}, {"surface", 't'}, {"km2", 'r'},
          {"km2_max", 'r'}, {"qualifier", 't'}, {"unit", 't'}, {"value", 'r'}, {"by_side", 't'}, {"region", 't'},
          {"territorial", 'i'}},
         "id"},
        {"distances",
         {{"id", 'i'}, {"run_id", 'i'}, {"span_start", 'i'}, {"span_end", 'i'}, {"surface", 't'}, {"min_km", 'r'},
          {"max_km", 'r'}, {"qualifier", 't'}, {"type", 't'}, {"direction", 't'}, {"anchor", 't'}},
         "id"},
        {"control_snapshots",
         {{"id", 'i'}, {"source", 't'}, {"snapshot_date", 't'}, {"date_from", 't'}, {"coverage", 't'},
          {"content_hash", 't'}, {"file", 't'}, {"features", 'i'}, {"polygons", 'i'}, {"repaired", 't'},
          {"min_lon", 'r'}, {"min_lat", 'r'}, {"max_lon", 'r'}, {"max_lat", 'r'}, {"geometry", 'b'},
          {"imported_at", 't'}},
         "id"},
        {"verdicts",
         {{"id", 'i'}, {"claim_id", 'i'}, {"source", 't'}, {"window_days", 'i'}, {"verdict", 't'}, {"implied", 't'},
          {"lag_days", 'i'}, {"reason", 't'}, {"computed_at", 't'}},
         "id"},
        {"verdict_snapshots", {{"verdict_id", 'i'}, {"snapshot_id", 'i'}}, "verdict_id, snapshot_id"},
        {"article_carriers",
         {{"id", 'i'}, {"article_id", 'i'}, {"url", 't'}, {"source", 't'}, {"title", 't'}, {"published", 't'},
          {"file", 't'}, {"recorded_at", 't'}},
         "id"},
    };
    return list;
}

std::int64_t count_rows(sql::Connection& db, const std::string& table) {
    sql::Statement stmt(db, "SELECT count(*) FROM " + table);
    auto q = stmt.use();
    return q.step() ? q.int64(0) : 0;
}

/// Hands every row of `select` to `visit`, in order. PostgreSQL reads
/// through a cursor, FETCHing 5000 rows at a time, so that a table of
/// millions of rows is never held whole in memory; SQLite steps as usual.
template <typename Visit>
void for_each_row(sql::Connection& from, const std::string& select, const Visit& visit) {
    if (from.dialect() != sql::Dialect::PostgreSQL) {
        sql::Statement stmt(from, select);
        auto q = stmt.use();
        while (q.step()) visit(q);
        return;
    }
    from.exec("DECLARE ct_copy NO SCROLL CURSOR FOR " + select, "opening a cursor on '" + sql::abbreviate(select) + "'");
    {
        sql::Statement fetch(from, "FETCH FORWARD 5000 FROM ct_copy");
        for (bool more = true; more;) {
            auto q = fetch.use();
            more = false;
            while (q.step()) {
                more = true;
                visit(q);
            }
        }
    }
    from.exec("CLOSE ct_copy", "closing the cursor");
}

/// One value on its way, as read.
struct Value {
    bool null = true;
    std::int64_t integer = 0;
    double real = 0;
    std::string text;
};

/// Copies one table, up to k_rows rows per INSERT (a round trip each on PostgreSQL).
std::int64_t copy_table(sql::Connection& from, sql::Connection& to, const Table& t) {
    constexpr std::size_t k_rows = 100;
    const std::size_t width = t.columns.size();
    std::string columns;
    for (std::size_t i = 0; i < width; ++i) columns += (i ? ", " : "") + std::string(t.columns[i].name);
    const auto insert_sql = [&](std::size_t rows) {
        std::string text = std::string("INSERT INTO ") + t.name + "(" + columns + ") VALUES ";
        int param = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            text += r ? ", (" : "(";
            for (std::size_t i = 0; i < width; ++i) {
                if (i) text += ", ";
                text += '?';
                text += std::to_string(++param);
            }
            text += ')';
        }
        return text;
    };
    std::vector<Value> pending;
    pending.reserve(k_rows * width);
    std::optional<sql::Statement> full;
    const auto flush = [&](sql::Statement& insert) {
        auto row = insert.use();
        for (std::size_t k = 0; k < pending.size(); ++k) {
            const Value& v = pending[k];
            const int param = static_cast<int>(k) + 1;
            if (v.null) {
                row.bind_null(param);
                continue;
            }
            switch (t.columns[k % width].type) {
            case 'i': row.bind(param, v.integer); break;
            case 'r': row.bind(param, v.real); break;
            case 'b': row.bind_blob(param, v.text); break;
            default: row.bind(param, std::string_view(v.text)); break;
            }
        }
        row.run();
        pending.clear();
    };
    std::int64_t rows = 0;
    for_each_row(from, "SELECT " + columns + " FROM " + t.name + " ORDER BY " + t.order,
                 [&](const sql::Statement::Use& q) {
                     for (std::size_t i = 0; i < width; ++i) {
                         const int col = static_cast<int>(i);
                         Value v;
                         v.null = q.is_null(col);
                         if (!v.null) {
                             switch (t.columns[i].type) {
                             case 'i': v.integer = q.int64(col); break;
                             case 'r': v.real = q.real(col); break;
                             case 'b': v.text = q.blob(col); break;
                             default: v.text = q.text(col); break;
                             }
                         }
                         pending.push_back(std::move(v));
                     }
                     ++rows;
                     if (pending.size() == k_rows * width) {
                         if (!full) full.emplace(to, insert_sql(k_rows));
                         flush(*full);
                     }
                 });
    if (!pending.empty()) {
        sql::Statement rest(to, insert_sql(pending.size() / width));
        flush(rest);
    }
    return rows;
}

} // namespace

std::vector<std::pair<std::string, std::int64_t>> Store::copy(const Store& from_store, Store& to_store) {
    sql::Connection& from = *from_store.m_impl->db;
    sql::Connection& to = *to_store.m_impl->db;
    if (from_store.schema_version() != to_store.schema_version())
        throw StoreError("copying " + from.name() + " to " + to.name() + ": schema versions differ (" +
                         std::to_string(from_store.schema_version()) + " and " +
                         std::to_string(to_store.schema_version()) + ")");
    // One snapshot of the source, one transaction on the destination: the
    // copy is whole or absent.
    sql::Transaction read(from, sql::Transaction::Kind::Deferred);
    sql::Transaction write(to, sql::Transaction::Kind::Immediate);
    for (const char* t : {"articles", "places", "control_snapshots"})
        if (const auto n = count_rows(to, t); n > 0)
            throw StoreError(to.name() + ": holds " + std::to_string(n) + " rows in " + t +
                             "; db copy fills an empty store (a new file, or a new database)");
    std::vector<std::pair<std::string, std::int64_t>> counts;
    for (const Table& t : tables()) counts.emplace_back(t.name, copy_table(from, to, t));
    {
        sql::Statement select(from, "SELECT id, superseded_by FROM extraction_runs WHERE superseded_by IS NOT NULL");
        sql::Statement update(to, "UPDATE extraction_runs SET superseded_by = ?2 WHERE id = ?1");
        auto q = select.use();
        while (q.step()) update.use().bind(1, q.int64(0)).bind(2, q.int64(1)).run();
    }
    if (to.dialect() == sql::Dialect::PostgreSQL) {
        // The identity columns go on after the copied ids.
        for (const Table& t : tables()) {
            if (std::string_view(t.order) != "id") continue;
            to.exec(std::string("SELECT setval(pg_get_serial_sequence('") + t.name + "', 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM " +
                        t.name + "), false)",
                    std::string("continuing the ids of ") + t.name);
        }
    }
    write.commit();
    read.commit();
    // Fresh statistics for the planner: autovacuum would take its time.
    if (to.dialect() == sql::Dialect::PostgreSQL) to.exec("ANALYZE", "analyzing the copied tables");
    return counts;
}

void Store::backup(const std::filesystem::path& destination) const {
    std::error_code ec;
    if (std::filesystem::exists(destination, ec))
        throw StoreError(destination.string() + ": already exists; a backup goes to a new file", SQLITE_CANTOPEN,
                         SQLITE_CANTOPEN);
    if (ec)
        throw StoreError(destination.string() + ": cannot check whether the backup file exists: " + ec.message(),
                         SQLITE_CANTOPEN, SQLITE_CANTOPEN);
    std::filesystem::path partial = destination;
    partial += ".partial";
    // A leftover of an interrupted backup is ours to replace.
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::path leftover = partial;
        leftover += suffix;
        if (std::filesystem::remove(leftover, ec); ec)
            throw StoreError(leftover.string() + ": cannot remove the unfinished backup file: " + ec.message(),
                             SQLITE_CANTOPEN, SQLITE_CANTOPEN);
    }
    if (m_impl->postgresql()) {
        // A PostgreSQL store is backed up as an SQLite store: every row, read
        // in one REPEATABLE READ snapshot while others keep writing.
        Store out = Store::open(partial, OpenMode::ReadWrite);
        copy(*this, out);
    } else {
        sql::DbPtr out = sql::open_db(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        auto& source = static_cast<sql::SqliteConnection&>(*m_impl->db);
        sql::BackupPtr copy(sqlite3_backup_init(out.get(), "main", source.handle(), "main"));
        if (!copy) sql::throw_error(out.get(), sqlite3_errcode(out.get()), "starting the backup");
        // One step copies every page under one read transaction: a consistent
        // snapshot, while WAL lets other processes keep writing.
        const int rc = sqlite3_backup_step(copy.get(), -1);
        if (rc != SQLITE_DONE) {
            copy.reset();
            const StoreError e = sql::make_error(out.get(), rc, "copying " + m_impl->name());
            out.reset();
            std::filesystem::remove(partial, ec); // best effort: the copy's error is the one to report
            throw e;
        }
    }
    if (std::filesystem::rename(partial, destination, ec); ec) {
        const std::string message = ec.message();
        std::filesystem::remove(partial, ec);
        throw StoreError("backup of " + m_impl->name() + ": cannot rename " + partial.string() + " to " +
                             destination.string() + ": " + message,
                         SQLITE_CANTOPEN, SQLITE_CANTOPEN);
    }
}

std::vector<std::string> Store::check() const {
    std::vector<std::string> problems;
    sql::Connection& db = *m_impl->db;
    if (m_impl->postgresql()) {
        // The server enforces keys and checks and keeps its pages checksummed
        // (pg_amcheck checks them); what can go wrong at this level: a
        // constraint added NOT VALID, an index a failed CREATE INDEX
        // CONCURRENTLY left invalid, geometries that no longer match lon/lat.
        const std::array<const char*, 3> checks = {
            "SELECT conrelid::regclass::text || ': constraint ' || conname || ' is not validated' FROM pg_constraint "
             "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace",
            "SELECT 'index ' || indexrelid::regclass::text || ' is invalid' FROM pg_index i JOIN pg_class c ON "
             "c.oid = i.indexrelid WHERE NOT i.indisvalid AND c.relnamespace = current_schema()::regnamespace",
            "SELECT 'place ' || id || ': geometry does not match lon/lat' FROM places WHERE (geom IS NULL) <> "
             "(lon IS NULL OR lat IS NULL) OR (geom IS NOT NULL AND (ST_X(geom) <> lon OR ST_Y(geom) <> lat))",
        };
        for (const char* text : checks) {
            sql::Statement stmt(db, text);
            auto q = stmt.use();
            while (q.step()) problems.push_back(q.text(0));
        }
        return problems;
    }
    {
        sql::Statement integrity(db, "PRAGMA integrity_check");
        auto q = integrity.use();
        while (q.step())
            if (q.text(0) != "ok") problems.push_back(q.text(0));
    }
    sql::Statement fk(db, "PRAGMA foreign_key_check");
    auto q = fk.use();
    while (q.step())
        problems.push_back("foreign key: " + q.text(0) + " row " + q.text(1) + " references missing " + q.text(2));
    return problems;
}

} // namespace claimtrack::store
