#pragma once
/// \file
/// The claims store: a SQLite database with versioned migrations, keeping every
/// article, extraction run, place, mention and claim with its provenance.

#include "claimtrack/core/error.hpp"
#include "claimtrack/core/types.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::store {

/// A failure of SQLite or of the schema; carries sqlite's (extended) result code.
class StoreError : public Error {
public:
    StoreError(const std::string& what, int code = 0, int extended_code = 0)
        : Error(what), m_code(code), m_extended_code(extended_code) {}
    int code() const noexcept { return m_code; }
    int extended_code() const noexcept { return m_extended_code; }

private:
    int m_code;
    int m_extended_code;
};

enum class OpenMode { ReadOnly, ReadWrite };

/// What record() did with an article.
struct IngestOutcome {
    std::int64_t article_id = 0;
    bool inserted = false;     ///< a new article
    bool reextracted = false;  ///< known article, newer extractor: a new run superseding the old
};

/// The article a stored claim came from.
struct ArticleRef {
    std::int64_t id = 0;
    std::string file;
    std::string url;
    std::string title;
    std::string source;
    std::optional<core::Date> published;
};

struct StoredClaim {
    std::int64_t id = 0;
    core::Claim claim;
    ArticleRef article;
    std::string recorded_at;   ///< transaction time, ISO 8601 UTC
    bool superseded = false;
};

struct ClaimFilter {
    std::optional<core::Date> since;  ///< stated_on (or published) on or after
    std::optional<core::Date> until;  ///< on or before
    std::optional<core::Side> side;
    std::optional<core::Side> claimant_side;
    bool include_superseded = false;
};

/// An open database. Not thread-safe: use one Store per thread (SQLite's WAL
/// mode lets several processes write one file). \throws StoreError.
class Store {
public:
    /// Opens (creating in ReadWrite mode) and applies pending migrations.
    /// Refuses a schema newer than this program knows, naming both versions.
    static Store open(const std::filesystem::path& path, OpenMode mode);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    /// Schema version of the open database and the newest this program knows.
    int schema_version() const;
    static int latest_schema_version();

    /// Records one article with its extraction, in one transaction. Ingesting
    /// the same content again with the same extractor version changes nothing.
    IngestOutcome record(const core::Document& doc, const core::Extraction& extraction,
                         std::string_view extractor_version);

    /// Current (not superseded, unless asked) claims, in stated order.
    std::vector<StoredClaim> claims(const ClaimFilter& filter) const;

    /// Coordinates of places that claims point at (a hint for namesake resolution).
    std::vector<core::LonLat> known_places() const;

private:
    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace claimtrack::store
