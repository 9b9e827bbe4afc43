#pragma once
// Private: the state behind Store, shared by store.cpp (open, record) and
// queries.cpp (read-side queries). Statements are prepared once, here.

#include "claimtrack/store/store.hpp"

#include "sqlite.hpp"

#include <filesystem>
#include <string>

namespace claimtrack::store {

/// The columns every claim query selects, read back by read_claim().
/// Evidence left NULL at recording is the article text at the span.
inline constexpr const char* k_claim_select = R"sql(
SELECT c.id, c.change, c.by_side, c.surface, c.verb, c.claimant, c.claimant_side, c.status,
       c.stated_on, c.event_from, c.event_to, c.time_precision, c.evidence_start, c.evidence_end,
       COALESCE(c.evidence, CAST(substr(CAST(a.text AS BLOB), c.evidence_start + 1,
                                        c.evidence_end - c.evidence_start) AS TEXT)),
       c.confidence, c.background, c.negated, c.area_km2, c.known_on,
       r.id, r.extractor_version, r.recorded_at, r.superseded_by IS NOT NULL,
       a.id, a.file, a.url, a.title, a.source, a.published,
       p.id, p.name, p.name_local, p.kind, p.feature_code, p.country, p.lon, p.lat, p.admin1, p.admin2, p.population,
       g.id, g.name, g.name_local, g.kind, g.feature_code, g.country, g.lon, g.lat, g.admin1, g.admin2, g.population
FROM claims c
JOIN extraction_runs r ON r.id = c.run_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN places p ON p.id = c.place_id
LEFT JOIN places g ON g.id = c.region_id
)sql";

/// Reads a row selected with k_claim_select.
StoredClaim read_claim(const sql::Statement::Use& q);

/// Reads 11 place columns starting at `col`; nullopt when the id is NULL.
std::optional<core::Place> read_place(const sql::Statement::Use& q, int col);

std::string date_text(const std::optional<core::Date>& d);

struct Store::Impl {
    Impl(std::filesystem::path p, OpenMode m, sql::DbPtr handle, int version);

    std::filesystem::path path;
    OpenMode mode;
    sql::DbPtr db;
    int schema_version;

    // record()
    sql::Statement find_article;
    sql::Statement insert_article;
    sql::Statement current_run;
    sql::Statement insert_run;
    sql::Statement supersede_runs;
    sql::Statement upsert_place;
    sql::Statement insert_mention;
    sql::Statement insert_claim;
    sql::Statement insert_area;
    sql::Statement insert_distance;
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

} // namespace claimtrack::store
