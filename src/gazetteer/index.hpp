#pragma once
// Private: the loaded index and the scoring shared by geocode() and geoparse().

#include "claimtrack/core/types.hpp"

#include "cyrillic_words.hpp"
#include "front_table.hpp"
#include "index_format.hpp"
#include "inflection.hpp"
#include "mapped_file.hpp"
#include "ranking_weights.hpp"
#include "romanisation_variants.hpp"

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimtrack::gazetteer::detail {

/// A place that matched a name, and how closely.
struct Match {
    std::uint32_t place = 0;
    MatchLevel level = MatchLevel::Fuzzy;
    /// Matched (exactly) one of the place's own names, not only an alternate
    /// name that differs from them (see k_key_own).
    bool own = false;
    /// The place's kind, copied from its record: filters ask for it about
    /// every namesake, and records lie far apart in memory.
    core::PlaceKind kind = core::PlaceKind::Other;
};

/// The index file held in memory. Immutable after construction (but for a
/// memo of lookups, behind a mutex); thread-safe.
class Index {
public:
    /// \throws GazetteerError naming the file when it is missing, truncated or not an index.
    explicit Index(const std::filesystem::path& file);

    std::size_t size() const { return m_n_places; }
    const PlaceRecord& record(std::uint32_t i) const { return m_places[i]; }

    /// What ranking reads of every candidate, computed once at load: a
    /// common name has 150 namesakes, and texts name it again and again.
    struct Derived {
        double importance = 0;            ///< importance() of the entry
        double sin_lat = 0, cos_lat = 1;  ///< of its latitude
        std::uint32_t admin1_slot = 0;    ///< its admin1 code's number in admin1_codes()
    };
    const Derived& derived(std::uint32_t i) const { return m_derived[i]; }
    /// The distinct admin1 codes of the places ("" first), numbered by Derived::admin1_slot.
    const std::vector<std::string_view>& admin1_codes() const { return m_admin1_codes; }
    const char* str(std::uint32_t offset) const { return m_pool + offset; }
    core::Place place(std::uint32_t i) const;

    /// Places matching `name`: exact spellings, else the skeleton, else (long
    /// names) one edit away. `allow_fuzzy` = false stops after the skeleton.
    std::vector<Match> match(std::string_view name, bool allow_fuzzy = true) const;

    /// Exact-spelling matches only (script preserving).
    std::vector<Match> match_exact(std::string_view name) const;

    /// A Cyrillic name as written in running text: the exact spelling or a
    /// case form of a known Cyrillic name (level of that name).
    std::vector<Match> match_cyrillic(std::string_view name) const;
    /// The same, given exact_key(name).
    std::vector<Match> match_cyrillic_key(std::string_view key) const;

    /// A Cyrillic name no Cyrillic spelling matched: its nominatives under
    /// the given case table, romanised and matched by skeleton (Russian
    /// spellings of Ukrainian villages known in Latin or in Ukrainian).
    std::vector<Match> match_cyrillic_loose(std::string_view name, const Inflector& table) const;

    /// The weights of ranking (geodata/ranking_weights.tsv, stored at build).
    const RankingWeights& weights() const { return m_weights; }
    /// Replaces them and the per-place importance derived from them
    /// (Gazetteer::use_ranking_weights, before the index is shared).
    void set_weights(RankingWeights weights);
    /// exp(-FrontTable::km(u) / weights().front_scale_km) for u < FrontTable::k_far: how the
    /// front-line bonus decays with distance, computed once per weights, not once per text.
    const std::vector<double>& front_decay() const { return m_front_decay; }
    /// Distances to the line of contact (empty without dated layers).
    const FrontTable& front() const { return m_front; }
    /// Replaces them (Gazetteer::use_front, before the index is shared).
    void set_front(FrontTable front) { m_front = std::move(front); }

    const Inflector& ukrainian() const { return m_uk; }
    const Inflector& russian() const { return m_ru; }
    const CyrillicWords& cyrillic_words() const { return m_words; }

    /// ADM1/ADM2 entries whose English name (or skeleton) is `name`.
    std::vector<std::uint32_t> admin1_named(std::string_view name) const;
    std::vector<std::uint32_t> admin2_named(std::string_view name) const;
    /// The ADM1 entry of an admin1 code ("UA.08"), or -1.
    std::int64_t admin1_entry(std::string_view code) const;
    /// The ADM2 entry of an admin2 code ("UA.07.6314"), or -1.
    std::int64_t admin2_entry(std::string_view code) const;

private:
    MappedFile m_file; ///< the index file, mapped: places, keys, pool and front table are used in place
    const PlaceRecord* m_places = nullptr;
    const KeyRecord* m_keys = nullptr;
    const char* m_pool = nullptr;
    std::size_t m_n_places = 0;
    std::size_t m_n_keys = 0;
    std::unordered_map<std::string, std::vector<std::uint32_t>> m_admin1_by_skeleton;
    std::unordered_map<std::string, std::vector<std::uint32_t>> m_admin2_by_skeleton;
    std::unordered_map<std::string, std::uint32_t> m_admin1_by_code;
    std::unordered_map<std::string, std::uint32_t> m_admin2_by_code;
    /// Start of the keys whose hash has each top-k_directory_bits prefix
    /// (keys are sorted by hash): a lookup scans a bucket of one or two keys
    /// instead of binary-searching 1.5 million.
    static constexpr unsigned k_directory_bits = 20;
    std::vector<std::uint32_t> m_directory;
    /// One bit per top-k_filter_bits prefix of the key hashes, set when a
    /// key has it: most lookups of spotting find nothing (capitalised words
    /// that are no place, longer spans tried first, case forms), and this
    /// 2 MB table answers them without reaching into the directory and the
    /// keys (two cache misses each).
    static constexpr unsigned k_filter_bits = 24;
    std::vector<std::uint64_t> m_filter;
    std::vector<Derived> m_derived; ///< per place
    std::vector<std::string_view> m_admin1_codes; ///< views into the pool
    Inflector m_uk, m_ru;
    RankingWeights m_weights;
    std::vector<double> m_front_decay; ///< front_decay(), from m_weights
    void compute_front_decay();
    FrontTable m_front;

    /// Checks every key (place in range, level known, sorted by hash) and
    /// builds the directory and the filter from them, in one pass.
    void check_keys_and_build_directory(const std::string& name);
    void build_derived();
    CyrillicWords m_words;
    /// The parsed tables, as the thread that parses them hands them over.
    struct Tables {
        Inflector uk, ru;
        CyrillicWords words;
        RomanisationVariants variants;
    };
    RomanisationVariants m_variants; ///< geodata/romanisation/ru_uk.tsv

    /// Skeleton matches of the Russian-based spellings a Latin word may
    /// stand for (Artyomovsk -> Artemivsk), for a name nothing else matched.
    void collect_romanisation_variants(std::string_view name, std::vector<Match>& out) const;

    void collect(std::uint64_t hash, std::vector<Match>& out) const;
    void build_admin_maps();

    std::vector<Match> match_uncached(std::string_view name, bool allow_fuzzy) const;
    std::vector<Match> match_cyrillic_loose_uncached(std::string_view name, const Inflector& table) const;

    /// Results of match() and match_cyrillic_loose() by query (a tag byte
    /// and the name): pure functions of the index, and place names recur
    /// from text to text, while reading a word through the case tables and
    /// romanising it is the costly step of spotting. Bounded: cleared when full.
    enum class Query { Exact, Fuzzy, LooseUkrainian, LooseRussian };
    struct Memo {
        std::mutex mutex;
        /// Per kind of query, by name (looked up without building a key).
        std::unordered_map<std::string, std::vector<Match>, TransparentHash, std::equal_to<>> results[4];
        std::size_t size = 0;
    };
    static constexpr std::size_t k_memo_limit = 1 << 16;
    std::unique_ptr<Memo> m_memo = std::make_unique<Memo>();
    template <class Compute>
    std::vector<Match> memoised(Query query, std::string_view name, const Compute& compute) const;
};

/// Great-circle-ish distance in km between two index entries' points.
double distance_km(double lat1, double lon1, double lat2, double lon2);

/// Importance of an entry on its own: feature code and population, 0..~1.
double importance(const RankingWeights& w, const PlaceRecord& r, std::string_view feature_code);

} // namespace claimtrack::gazetteer::detail
