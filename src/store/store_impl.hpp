#pragma once
// Private: the state behind Store, shared by store.cpp (open, record) and
// queries.cpp (read-side queries). Statements are prepared once, here.

#include "claimtrack/store/store.hpp"

#include "db.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

namespace claimtrack::store {

/// SQL condition: the claim row `alias` can set the state of its place (the
/// rules of is_state_claim). The claims_control index has the same WHERE, so
/// queries that spell it this way can use that index.
std::string state_claim_sql(std::string_view alias);

/// The columns every claim query selects (FROM claims c, runs r, articles a,
/// places p and g), read back by read_claim(). Evidence left NULL at
/// recording is the article text at the span; column 52 is valid_to, 53 the
/// article's carrier count and 54 their URLs (newline-separated).
const std::string& claim_select(sql::Dialect dialect);

/// The few SQL fragments that differ between SQLite and PostgreSQL; every
/// query is written once around them.
namespace dialect {
/// The current time, ISO 8601 UTC with milliseconds.
std::string now(sql::Dialect d);
/// The bytes [start, end) of `text_column` (byte offsets) as text.
std::string byte_substring(sql::Dialect d, const std::string& text_column, const std::string& start,
                           const std::string& end);
/// Aggregate of text values joined by newlines / of ids joined by commas.
std::string join_lines(sql::Dialect d, const std::string& expr);
std::string join_ids(sql::Dialect d, const std::string& expr);
/// A subquery of the ids in the JSON array bound to `param` ("?1").
std::string ids_of_json(sql::Dialect d, const std::string& param);
/// `column` equals the text bound to `param`, ASCII case-insensitively.
std::string equals_nocase(sql::Dialect d, const std::string& column, const std::string& param);
} // namespace dialect

/// Reads a row selected with claim_select().
StoredClaim read_claim(const sql::Statement::Use& q);

/// Reads 11 place columns starting at `col`; nullopt when the id is NULL.
std::optional<core::Place> read_place(const sql::Statement::Use& q, int col);

std::string date_text(const std::optional<core::Date>& d);

/// The places this connection has written, so that record() upserts a place
/// once rather than once per article. An entry counts only once the write
/// is durable: entries of a record() (a unit) move to the open batch when the
/// unit succeeds, and to the committed set when the batch (or the unit's own
/// transaction) commits; a rollback drops them. Places are never deleted, so
/// a committed entry stays true. Keyed by id; the value is the written place,
/// compared field by field (no text built per mention).
class PlaceCache {
public:
    /// Whether `a` and `b` are the same row: every stored field equal.
    static bool same_row(const core::Place& a, const core::Place& b);

    bool contains(const core::Place& p) const;
    void add_to_unit(const core::Place& p);
    /// The unit succeeded: inside a batch its places wait for the batch.
    void unit_done(bool in_batch);
    void unit_failed() { m_unit.clear(); }
    void batch_committed();
    void batch_rolled_back() { m_batch.clear(); }

private:
    using Rows = std::unordered_map<std::int64_t, core::Place>;
    static bool has(const Rows& rows, const core::Place& p);
    static void merge(Rows& into, Rows& from);
    Rows m_committed;
    Rows m_batch;
    Rows m_unit;
};

struct Store::Impl {
    Impl(std::filesystem::path p, OpenMode m, std::unique_ptr<sql::Connection> handle, int version);

    std::filesystem::path path; ///< as given: a file path or a PostgreSQL connection string
    OpenMode mode;
    std::unique_ptr<sql::Connection> db;
    int schema_version;
    /// PostgreSQL: a Batch is open (each record() still commits on its own).
    bool batch_open = false;

    sql::Dialect dialect() const { return db->dialect(); }
    bool postgresql() const { return dialect() == sql::Dialect::PostgreSQL; }
    /// The database as messages name it (no password).
    const std::string& name() const { return db->name(); }

    PlaceCache places_written;

    static constexpr int k_rows_per_insert = 8;

    // record()
    sql::Statement find_article;
    sql::Statement insert_article;
    sql::Statement current_run;
    sql::Statement insert_run;
    sql::Statement supersede_runs;
    sql::Statement upsert_place;
    sql::Statement insert_mention;
    /// k_rows_per_insert mentions (claims) in one statement: each statement
    /// run has a fixed cost (about as much as a row), so an article's rows go
    /// that many at a time, the rest one by one, in order (same ids).
    sql::Statement insert_mentions;
    sql::Statement insert_claim;
    sql::Statement insert_claims;
    sql::Statement insert_area;
    sql::Statement insert_distance;
    sql::Statement insert_carrier; // carriers.cpp
    sql::Statement select_carriers;
    // reads
    sql::Statement select_claims;
    sql::Statement select_known_places;
    sql::Statement place_ids_by_name;
    sql::Statement timeline;
    sql::Statement state;
    sql::Statement denials;
    sql::Statement denied_claim;
    sql::Statement stats_totals;
    sql::Statement stats_sides;
};

namespace detail {
/// Records `doc` as a further carrier of article `article_id` (carriers.cpp),
/// inside the caller's transaction. True when a row was added.
bool add_carrier(Store::Impl& s, std::int64_t article_id, const core::Document& doc);
} // namespace detail

} // namespace claimtrack::store
