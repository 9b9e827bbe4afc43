#pragma once
/// \file
/// The gazetteer: an index of places built from GeoNames dumps plus the
/// project's geodata/ tables, name lookup under any spelling, and geoparsing
/// (spotting place names in text and resolving namesakes jointly).

#include "claimtrack/core/date.hpp"
#include "claimtrack/core/error.hpp"
#include "claimtrack/core/types.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::gazetteer {

/// Thrown for unreadable dumps or index files; the message names the file (and line).
class GazetteerError : public Error {
public:
    explicit GazetteerError(const std::string& what) : Error(what) {}
};

struct BuildOptions {
    /// Directories holding GeoNames-format dumps (`UA.txt`, any `*.txt` in the
    /// 19-column geoname layout, `admin1CodesASCII*.txt`, `admin2Codes*.txt`).
    std::vector<std::filesystem::path> dump_dirs;
    /// The project's geodata/ directory (renamings, region aliases).
    std::filesystem::path geodata_dir;
    /// Index file to write.
    std::filesystem::path out;
    /// Dated polygon layers of occupied territory (geo::DatedLayers, e.g.
    /// DeepStateMap's weekly snapshots): each settlement's distance to the
    /// line of contact per snapshot is stored in the index for ranking.
    /// Empty: none.
    std::filesystem::path front_dir;
};

struct BuildStats {
    std::size_t places = 0;
    std::size_t names = 0;                  ///< index keys (all spellings, skeletons, variants)
    std::size_t front_snapshots = 0;        ///< dated front-line snapshots stored
    std::vector<std::string> warnings;      ///< e.g. a renaming whose current name was not found
};

/// Reads the dumps and writes the index file. \throws GazetteerError.
BuildStats build_index(const BuildOptions& options);

/// The inputs an index was built from. build_index records them beside the index, in
/// `<index>.sources` (one `dump<TAB>path` line per dump directory, `front<TAB>path` for the
/// front-line layers, absolute paths), so that an index of another format version, left by an
/// earlier claimtrack, can be rebuilt after an upgrade from the same dumps and with the same
/// front-line layers without the user naming them again. The file is plain text in a format
/// that does not change with the index format.
struct IndexSources {
    std::vector<std::filesystem::path> dump_dirs;
    std::filesystem::path front_dir; ///< empty: the index was built without front-line layers
};
/// `<index>.sources`.
std::filesystem::path index_sources_file(const std::filesystem::path& index);
/// The sources recorded beside `index`; nullopt when there is no such file, it cannot be read,
/// or it names no dump directory. Unknown lines are skipped (a later claimtrack may add some).
std::optional<IndexSources> read_index_sources(const std::filesystem::path& index);

/// What the first bytes of a file say it is: a gazetteer index this build reads, one
/// claimtrack wrote in another index format version (rebuild it), or no claimtrack index
/// at all (a missing or short file is `foreign`: never to be overwritten on a guess).
enum class IndexHeader { current, other_version, foreign };
/// Reads the header of `file`; `version` (if given) receives the version it names ("008"),
/// empty for a foreign file. Never throws on a missing or unreadable file.
IndexHeader read_index_header(const std::filesystem::path& file, std::string* version = nullptr);
/// The index format version this build writes and reads ("009").
std::string index_version();

/// A ranked candidate for a name, with the reasons for its score.
struct Candidate {
    core::Place place;
    double score = 0.0;
    std::vector<std::string> reasons;
    int match_level = 0; ///< 0 name, 1 alternate, 2 project alias, 3 romanised, 4 skeleton, 5 one edit away
    /// With boundaries loaded: the polygon (oblast) the point lies in, empty
    /// when none; `boundary_disagrees` when it is not GeoNames' admin1.
    std::string boundary_admin1;
    bool boundary_disagrees = false;
};

struct GeocodeQuery {
    std::string name;
    std::optional<std::string> near;   ///< another place name: prefer candidates close to it
    std::optional<std::string> oblast; ///< prefer candidates in this oblast
    /// The date the name is read at: with front-line layers (use_front, or
    /// an index built with them), candidates near the line of contact in the
    /// snapshot nearest it are preferred; without a date, by their nearest
    /// approach to the line over all snapshots.
    std::optional<core::Date> date;
};

/// Context for geoparsing beyond the text itself.
struct ParseHints {
    /// Places the database already holds claims about (the front moves slowly).
    std::vector<core::LonLat> known_places;
    /// The text's date (its publication date): with front-line layers,
    /// namesakes near the line of contact on that date are preferred.
    std::optional<core::Date> date;
};

/// A loaded, read-only index. Thread-safe for concurrent const use after load.
class Gazetteer {
public:
    /// Loads an index written by build_index. \throws GazetteerError.
    static Gazetteer open(const std::filesystem::path& index);

    Gazetteer(Gazetteer&&) noexcept;
    Gazetteer& operator=(Gazetteer&&) noexcept;
    ~Gazetteer();

    std::size_t size() const;

    /// Loads oblast polygons (any GDAL-readable file, e.g. geoBoundaries
    /// ADM1) to test points against: geocode() then reports the polygon of
    /// each candidate and flags a disagreement with GeoNames' admin1, and
    /// geoparse() fills an admin1 GeoNames lacks. The library never reads
    /// the environment: callers (the CLI's Pipeline) pass the configuration.
    /// \throws GazetteerError naming the file.
    void use_boundaries(const std::filesystem::path& file);
    /// The same for a ':'-separated list of files (as `export`/`map` take
    /// them); earlier files win where polygons overlap. \throws GazetteerError.
    void use_boundary_list(std::string_view paths);
    bool has_boundaries() const;

    /// Reads dated occupied-territory layers (a directory of GDAL-readable
    /// files named by date, see geo::DatedLayers) and computes every
    /// settlement's distance to the line of contact in each snapshot, for
    /// the front-line prior of ranking; replaces what the index holds from
    /// `gazetteer build --front`. \throws GazetteerError naming the directory or file.
    void use_front(const std::filesystem::path& dir);
    /// Replaces the ranking weights stored in the index at build with those
    /// of a table in geodata/ranking_weights.tsv's format (every weight,
    /// once): for fitting them (scripts/fit_ranking.py) and for trying a
    /// table without rebuilding the index. \throws GazetteerError naming the file.
    void use_ranking_weights(const std::filesystem::path& tsv);
    /// Dates of the front-line snapshots in use (empty: no front-line prior).
    std::vector<core::Date> front_dates() const;

    /// The name of the loaded polygon containing the point ("Kherson
    /// Oblast"), or empty (no boundaries, or outside all of them).
    std::string boundary_at(core::LonLat point) const;

    /// Every entry known under `name` (any spelling, script, renaming).
    /// Exact spellings first; the loose key and, for long names, one edit
    /// are tried only when nothing matches more closely.
    std::vector<core::Place> lookup(std::string_view name) const;

    /// Ranked candidates for a name, best first, with reasons.
    std::vector<Candidate> geocode(const GeocodeQuery& query) const;

    /// Finds place names in `text` (longest match) and resolves them jointly.
    /// Spans are byte offsets into `text`. Metonyms ("Moscow said") are left out.
    std::vector<core::Mention> geoparse(std::string_view text, const ParseHints& hints = {}) const;

private:
    struct Impl;
    explicit Gazetteer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace claimtrack::gazetteer
