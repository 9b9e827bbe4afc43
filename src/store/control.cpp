// Store: assessed control snapshots (migration 0004). Geometry is opaque WKB
// here; the geo module reads and writes it.

#include "claimtrack/store/store.hpp"

#include "migrations.hpp"
#include "store_impl.hpp"

namespace claimtrack::store {

namespace {

constexpr const char* k_snapshot_columns =
    "id, source, snapshot_date, date_from, coverage, content_hash, file, features, polygons, repaired, "
    "min_lon, min_lat, max_lon, max_lat, length(geometry), imported_at";

ControlSnapshot read_snapshot(const sql::Statement::Use& q, bool with_geometry) {
    ControlSnapshot s;
    s.id = q.int64(0);
    s.source = q.text(1);
    s.date = core::Date::parse(q.text(2)).value_or(core::Date{});
    s.date_from = q.text(3);
    s.coverage = q.text(4);
    s.content_hash = q.text(5);
    s.file = q.text(6);
    s.features = q.int64(7);
    s.polygons = q.int64(8);
    s.repaired = q.text(9);
    s.min_lon = q.real(10);
    s.min_lat = q.real(11);
    s.max_lon = q.real(12);
    s.max_lat = q.real(13);
    s.geometry_bytes = q.int64(14);
    s.imported_at = q.text(15);
    if (with_geometry) s.geometry_wkb = q.blob(16);
    return s;
}

} // namespace

SnapshotOutcome Store::add_control_snapshot(const NewSnapshot& n) {
    Impl& s = *m_impl;
    const std::string hash = detail::sha256_hex(n.geometry_wkb);
    sql::Transaction tx(*s.db, sql::Transaction::Kind::Immediate);
    sql::Statement find(*s.db, "SELECT id, content_hash, file FROM control_snapshots "
                                    "WHERE source = ?1 AND snapshot_date = ?2");
    {
        auto q = find.use();
        q.bind(1, n.source).bind(2, n.date.iso());
        if (q.step()) {
            SnapshotOutcome out;
            out.id = q.int64(0);
            out.existing_file = q.text(2);
            out.kind = q.text(1) == hash ? SnapshotOutcome::Kind::Unchanged : SnapshotOutcome::Kind::DateTaken;
            return out; // the transaction rolls back: nothing was written
        }
    }
    sql::Statement insert(*s.db, R"sql(
INSERT INTO control_snapshots(source, snapshot_date, date_from, coverage, content_hash, file, features, polygons,
                              repaired, min_lon, min_lat, max_lon, max_lat, geometry, imported_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, )sql" + dialect::now(s.dialect()) + R"sql()
RETURNING id)sql");
    auto q = insert.use();
    q.bind(1, n.source)
        .bind(2, n.date.iso())
        .bind(3, n.date_from)
        .bind(4, n.coverage)
        .bind(5, hash)
        .bind(6, n.file)
        .bind(7, n.features)
        .bind(8, n.polygons)
        .bind(9, n.repaired)
        .bind(10, n.min_lon)
        .bind(11, n.min_lat)
        .bind(12, n.max_lon)
        .bind(13, n.max_lat)
        .bind_blob(14, n.geometry_wkb);
    q.step();
    SnapshotOutcome out;
    out.id = q.int64(0);
    out.kind = SnapshotOutcome::Kind::Inserted;
    q.run();
    tx.commit();
    return out;
}

std::vector<ControlSnapshot> Store::control_snapshots(const std::string& source, bool with_geometry) const {
    std::string sql = std::string("SELECT ") + k_snapshot_columns + (with_geometry ? ", geometry" : "") +
                      " FROM control_snapshots WHERE ?1 = '' OR source = ?1 ORDER BY source, snapshot_date";
    sql::Statement stmt(*m_impl->db, sql);
    auto q = stmt.use();
    q.bind(1, source);
    std::vector<ControlSnapshot> out;
    while (q.step()) out.push_back(read_snapshot(q, with_geometry));
    return out;
}

std::vector<std::string> Store::control_sources() const {
    sql::Statement stmt(*m_impl->db, "SELECT DISTINCT source FROM control_snapshots ORDER BY source");
    auto q = stmt.use();
    std::vector<std::string> out;
    while (q.step()) out.push_back(q.text(0));
    return out;
}

} // namespace claimtrack::store
