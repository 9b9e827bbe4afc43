#pragma once
/// \file
/// The claims store: a SQLite database with versioned migrations, keeping every
/// article, extraction run, place, mention and claim with its provenance.

#include "claimtrack/core/error.hpp"
#include "claimtrack/core/types.hpp"
#include "claimtrack/store/control.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::store {

/// A failure of the database or of the schema; carries SQLite's (extended)
/// result code, or PostgreSQL's SQLSTATE (code() is then SQLITE_ERROR's 1).
class StoreError : public Error {
public:
    StoreError(const std::string& what, int code = 0, int extended_code = 0, std::string sqlstate = {})
        : Error(what), m_code(code), m_extended_code(extended_code), m_sqlstate(std::move(sqlstate)) {}
    int code() const noexcept { return m_code; }
    int extended_code() const noexcept { return m_extended_code; }
    const std::string& sqlstate() const noexcept { return m_sqlstate; }

private:
    int m_code;
    int m_extended_code;
    std::string m_sqlstate;
};

/// Whether a --db / CLAIMTRACK_DB value names a PostgreSQL database: a
/// postgresql:// or postgres:// URI, or a libpq key=value string. Anything
/// else is an SQLite file path.
bool is_postgresql(std::string_view location);

/// The database as messages show it: the path, or for PostgreSQL
/// postgresql://user@host:port/dbname without any password.
std::string display_location(const std::string& location);

enum class OpenMode { ReadOnly, ReadWrite };

namespace sql {
class Transaction; // private to the store module
}

/// What record() did with an article.
struct IngestOutcome {
    std::int64_t article_id = 0;
    bool inserted = false;     ///< a new article
    bool reextracted = false;  ///< known article, newer extractor: a new run superseding the old
    bool new_carrier = false;  ///< known text under another URL or source: recorded as a further carrier
};

/// A further copy of a stored article: the same text under another URL or
/// source (syndicated wire copy). The article keeps the first copy's fields.
struct Carrier {
    std::string url;
    std::string source;
    std::string title;
    std::string file;
    std::optional<core::Date> published;
    std::string recorded_at; ///< ISO 8601 UTC
};

/// The article a stored claim came from.
struct ArticleRef {
    std::int64_t id = 0;
    std::string file;
    std::string url;
    std::string title;
    std::string source;
    std::optional<core::Date> published;
    /// Further copies of the same text under other URLs or sources (Carrier):
    /// the article was carried by 1 + carriers outlets; their URLs, in the order recorded.
    std::int64_t carriers = 0;
    std::vector<std::string> carrier_urls;
};

struct StoredClaim {
    std::int64_t id = 0;
    core::Claim claim;
    ArticleRef article;
    std::optional<core::Date> known_on; ///< the date claims are ordered by: stated_on, else published
    std::int64_t run_id = 0;            ///< the extraction run that produced it
    std::string extractor_version;
    std::string recorded_at;   ///< transaction time, ISO 8601 UTC
    bool superseded = false;   ///< a newer extraction run of the same article replaced it
    /// For a current claim that counts for state() (see is_state_claim): when
    /// the next such claim about the same place by the same claimant side
    /// became known, i.e. the end of the state it set; nullopt while it is
    /// the latest, and for every other claim.
    std::optional<core::Date> valid_to;
};

struct ClaimFilter {
    std::optional<core::Date> since;  ///< stated_on (or published) on or after
    std::optional<core::Date> until;  ///< on or before
    std::optional<core::Side> side;
    std::optional<core::Side> claimant_side;
    bool include_superseded = false;

    /// The same test as the SQL behind Store::claims(), for results of the
    /// other queries (state, conflicts): a date bound excludes undated claims.
    bool matches(const StoredClaim& claim) const;
};

/// Who a claim says holds a place afterwards.
enum class Control { Unknown, UA, RU, Contested };
std::string_view to_string(Control c); ///< "", "UA", "RU", "contested"

/// The controller a claim implies: captured/liberated -> the acting side,
/// withdrew -> the other side, contested -> Contested; Unknown otherwise
/// (no acting side, negated, or a change that does not move control).
Control control_of(const core::Claim& claim);

/// Whether a claim can set the state of its place in state(): about a
/// settlement, not background, and implying a controller (control_of).
/// Superseded claims never count, whatever this says.
bool is_state_claim(const core::Claim& claim);

/// Claims about one place: every gazetteer id it goes by and/or a name
/// matched against the stored places (name or local name, ASCII case-insensitive).
struct TimelineQuery {
    std::vector<std::int64_t> place_ids;
    std::string name;
    bool include_superseded = false;
};

/// The controller of a place as claimed by one claimant side on a date.
struct PlaceState {
    core::Place place;
    core::Side claimant_side = core::Side::None; ///< None: observers (ISW, reporters)
    Control controller = Control::Unknown;
    StoredClaim claim;                           ///< the latest claim the state rests on
};

/// A place where the claims disagree.
struct Conflict {
    enum class Kind { SidesDisagree, CaptureDenied };
    Kind kind = Kind::SidesDisagree;
    core::Place place;
    StoredClaim claim;                 ///< SidesDisagree: UA's latest claim; CaptureDenied: the denial
    std::optional<StoredClaim> other;  ///< SidesDisagree: RU's latest; CaptureDenied: the claim denied, if stored
};
std::string_view to_string(Conflict::Kind k); ///< "sides_disagree", "capture_denied"

struct SideStats {
    core::Side side = core::Side::None;
    std::int64_t acting = 0;    ///< current claims with this by_side
    std::int64_t claimant = 0;  ///< current claims with this claimant_side
};

struct Stats {
    int schema_version = 0;
    std::int64_t articles = 0;
    std::int64_t runs = 0;
    std::int64_t claims = 0;             ///< current (not superseded)
    std::int64_t superseded_claims = 0;
    std::int64_t places = 0;             ///< places that current claims point at
    std::int64_t mentions = 0;           ///< in current runs
    std::optional<core::Date> first;     ///< known_on range of current claims
    std::optional<core::Date> last;
    std::vector<SideStats> per_side;     ///< UA, RU, None
};

/// An open database: an SQLite file, or a PostgreSQL/PostGIS database (see
/// is_postgresql), with the same schema versions and answers. Not
/// thread-safe: use one Store per thread (SQLite's WAL mode and a busy
/// timeout let several processes write one file; writers take the lock with
/// BEGIN IMMEDIATE; PostgreSQL writers run record() again after a
/// serialization failure or deadlock). Every value is bound, never spliced
/// into SQL. Every method \throws StoreError, whose message names the
/// database (path, or server without password) and the failing statement.
class Store {
public:
    struct Impl; ///< opaque: defined inside the store module

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
    /// The same with the text's content_hash(doc.text), computed by the
    /// caller (a worker, once for up_to_date() and record()).
    IngestOutcome record(const core::Document& doc, const core::Extraction& extraction,
                         std::string_view extractor_version, std::string_view content_hash);

    /// The key an article's text is stored under (SHA-256, hex): articles
    /// with the same text are one article.
    static std::string content_hash(std::string_view text);

    /// Records `doc` as a further carrier of the stored article with the same
    /// text, when its URL or source differs from the article's own and from
    /// the carriers already recorded (one transaction, or a savepoint inside a
    /// batch). False when nothing was added, or no article has this text.
    bool record_carrier(const core::Document& doc);

    /// The further carriers of an article, in the order they were recorded.
    std::vector<Carrier> carriers(std::int64_t article_id) const;

    /// True when an article with this text is stored with a run of this
    /// extractor version or a newer one: record() would change nothing, so
    /// the caller can skip extracting it.
    bool up_to_date(const core::Document& doc, std::string_view extractor_version) const;
    /// The same for the text with this content_hash().
    bool up_to_date(std::string_view content_hash, std::string_view extractor_version) const;

    /// Current (not superseded, unless asked) claims, in stated order.
    std::vector<StoredClaim> claims(const ClaimFilter& filter) const;

    /// The claims claims(filter) returns, in the same order, handed to `visit`
    /// one at a time as they are read (nothing kept): for exports of millions
    /// of claims. `visit` may move from its argument; it must not use this Store.
    void for_each_claim(const ClaimFilter& filter, const std::function<void(StoredClaim&)>& visit) const;

    /// The same, stopping (and ending the read) as soon as `visit` returns
    /// false: a page of a long result without reading the rest.
    void scan_claims(const ClaimFilter& filter, const std::function<bool(StoredClaim&)>& visit) const;

    /// Coordinates of places that claims point at (a hint for namesake resolution).
    std::vector<core::LonLat> known_places() const;

    /// Every claim about a place or region (by id or stored name), ordered by
    /// known_on then id.
    std::vector<StoredClaim> timeline(const TimelineQuery& query) const;

    /// For every place, per claimant side, the controller implied by the
    /// latest current, non-background, non-negated control claim known on or
    /// before `as_of`. Sorted by place name, then claimant side.
    std::vector<PlaceState> state(core::Date as_of, std::optional<core::Side> claimant_side = {}) const;

    /// Places where UA's and RU's latest claims imply different controllers,
    /// and denied captures/liberations. With `since`: only those where a
    /// claim involved is known on or after it. With `as_of`: as things stood
    /// on that date (claims known later are ignored).
    std::vector<Conflict> conflicts(std::optional<core::Date> since = {},
                                    std::optional<core::Date> as_of = {}) const;

    Stats stats() const;

    // ------------------------------------------------ control layers (control.cpp)

    /// Stores a snapshot once: the same geometry (content hash) of the same
    /// source and date again is Unchanged; another geometry for a date the
    /// source holds is DateTaken (nothing stored).
    SnapshotOutcome add_control_snapshot(const NewSnapshot& snapshot);
    /// Snapshots of `source` (every source when empty), by source then date;
    /// the WKB only `with_geometry`.
    std::vector<ControlSnapshot> control_snapshots(const std::string& source = {}, bool with_geometry = false) const;
    /// The sources with snapshots, in name order.
    std::vector<std::string> control_sources() const;

    // ------------------------------------------------ verdicts (verdicts.cpp)

    /// Current claims about a place (superseded runs left out), by id.
    std::vector<CorroborationCandidate> corroboration_candidates() const;
    /// Replaces the verdicts of `verdicts`' source (every element must carry
    /// `source`) in one transaction: a row changes only when its verdict
    /// does (computed_at is kept otherwise), verdicts of claims absent from
    /// `verdicts` are removed. Running it twice on the same input changes nothing.
    VerdictUpdate store_verdicts(const std::string& source, const std::vector<Verdict>& verdicts);
    /// The verdicts of one source, by claim id.
    std::vector<Verdict> verdicts(const std::string& source) const;
    /// Per claimant and per claimant side: claims with a verdict of the
    /// source, by verdict, and the median lag of the corroborated ones.
    ClaimantReport claimants(const ClaimantQuery& query) const;

    /// Writes a consistent copy of the database to `destination` (a new
    /// SQLite file, which must not exist); safe while others ingest. SQLite:
    /// the online backup API; PostgreSQL: copy() of one REPEATABLE READ
    /// snapshot (pg_dump remains the tool for a server-side dump).
    void backup(const std::filesystem::path& destination) const;

    /// SQLite: PRAGMA integrity_check plus foreign_key_check. PostgreSQL
    /// (which enforces keys itself): constraints not validated, invalid
    /// indexes, place geometries that disagree with lon/lat. Empty when sound.
    std::vector<std::string> check() const;

    /// Copies every row of `from` into `to` (either backend to either), ids
    /// kept, in one transaction on `to`, which must be empty (no articles,
    /// places or snapshots) and at the same schema version. Rows per table.
    static std::vector<std::pair<std::string, std::int64_t>> copy(const Store& from, Store& to);

    /// Groups many record() calls into one transaction (commits are what cost
    /// time). Each record() inside stays all-or-nothing (a savepoint). Rolls
    /// back unless commit() is called. Holds the write lock while open.
    /// Batches do not nest: begin_batch() inside an open batch throws.
    /// PostgreSQL: each record() commits on its own transaction even inside a
    /// batch (writers in parallel then never wait on each other's batches);
    /// a batch left without commit() keeps what was recorded. SQLite: foreign
    /// keys are not checked inside a batch (record() writes every parent row
    /// itself; see Batch's constructor), and are again once it ends.
    class Batch {
    public:
        Batch(Batch&&) noexcept;
        Batch& operator=(Batch&&) = delete;
        ~Batch();
        void commit();

    private:
        friend class Store;
        explicit Batch(Impl& impl);
        Impl* m_impl;
        std::unique_ptr<sql::Transaction> m_tx; ///< null once committed (or moved from)
        bool m_pg_open = false;                 ///< PostgreSQL: open, without a transaction of its own
        bool m_foreign_keys_off = false;        ///< SQLite: foreign keys unchecked until the batch ends
    };
    Batch begin_batch();

private:
    explicit Store(std::unique_ptr<Impl> impl);
    IngestOutcome record_once(const core::Document& doc, const core::Extraction& extraction,
                              std::string_view extractor_version, std::string_view content_hash);
    std::unique_ptr<Impl> m_impl;
};

} // namespace claimtrack::store
