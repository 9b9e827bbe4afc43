#pragma once
// Private: the on-disk layout of the gazetteer index (gazetteer.ctg).
//
//   Header | PlaceRecord[n_places] | KeyRecord[n_keys] (sorted by hash) | string pool
//          | front dates: int32 days since 1970-01-01 [n_front] | front km: uint8 [n_front][n_places]
//
// Every number is little-endian, native layout (the file is a build product,
// not an exchange format: it is rebuilt from the dumps, never shipped).
// Strings are NUL-terminated UTF-8 in the pool, referenced by byte offset.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimtrack::gazetteer::detail {

inline constexpr char k_magic[8] = {'C', 'T', 'G', 'A', 'Z', '0', '1', '7'}; // 017: the nonplace_follower, follower_modifier, region_follower and copula classes of words.tsv; 016: the sentence_places weights of ranking; 015: Ukrainian spellings of Russian border places (Шебекино -> Шебекіне); 014: the seat_namesake_penalty weight of ranking; 013: the genitive of plural names in -ги without an ending (Водолаги -> з Водолаг), Russian locative raion adjectives (Изюмском), Russian spellings of former Ukrainian names (Сєверне -> Северное); 012: the list_neighbours weights of ranking; 011: Russian spellings from the stem table (Олександрівка -> Александровка); 010: short nouns and mobile vowels in the case tables (Гай -> Гаю, Лужок -> Лужка); 009: the offset weights of ranking (008: generated Russian spellings of Ukrainian names)

/// The bytes of k_magic every claimtrack index starts with, whatever its version (the rest
/// is the version).
inline constexpr std::size_t k_magic_family = 5; // "CTGAZ"

struct Header {
    char magic[8];
    std::uint64_t n_places;
    std::uint64_t n_keys;
    std::uint64_t pool_size;
    /// Pool offsets of the geodata tables the geoparser needs at run time
    /// (geodata/inflection/uk.tsv, ru.tsv, words.tsv, geodata/ranking_weights.tsv,
    /// geodata/romanisation/ru_uk.tsv); 0 when absent.
    std::uint32_t table_uk;
    std::uint32_t table_ru;
    std::uint32_t table_words;
    std::uint32_t table_weights;
    std::uint32_t table_romanisation;
    std::uint32_t reserved; ///< keeps n_front 8-byte aligned; 0
    /// Dated snapshots of the line of contact (gazetteer build --front); 0 without.
    std::uint64_t n_front;
};

/// How a key was obtained; lower is a stronger match.
enum class MatchLevel : std::uint8_t {
    Name = 0,        ///< GeoNames name or asciiname
    Alternate = 1,   ///< GeoNames alternate name
    Alias = 2,       ///< project table: renaming, oblast alias
    Romanised = 3,   ///< generated romanisation of a Cyrillic name
    Skeleton = 4,    ///< loose key (romanisation differences forgiven)
    Fuzzy = 5,       ///< one edit away from a long skeleton
};

struct PlaceRecord {
    std::int64_t id;
    double lat;
    double lon;
    std::int64_t population;
    std::uint32_t name;         ///< pool offsets
    std::uint32_t name_local;
    std::uint32_t feature_code;
    std::uint32_t country;
    std::uint32_t admin1;       ///< English oblast name
    std::uint32_t admin2;       ///< English raion name
    std::uint32_t admin1_code;  ///< "UA.08"
    std::uint32_t admin2_code;  ///< "UA.08.6502"
    std::uint8_t kind;          ///< core::PlaceKind
    std::uint8_t feature_class; ///< 'P', 'A', 'H'...
    std::uint8_t pad[6];
};
static_assert(sizeof(PlaceRecord) == 72);

struct KeyRecord {
    std::uint64_t hash;  ///< hash_key(domain, key)
    std::uint32_t place;
    std::uint8_t level;  ///< MatchLevel
    std::uint8_t flags;  ///< k_key_own...
    std::uint8_t pad[2];
};

/// KeyRecord::flags: the key spells one of the place's own names (its
/// GeoNames or official name, another spelling of it, or a project alias),
/// not an alternate name that is someone else's (a village absorbed by a
/// town: "Hrodivka" among the alternate names of Myrnohrad). Exact,
/// inflected and skeleton keys.
inline constexpr std::uint8_t k_key_own = 1;
static_assert(sizeof(KeyRecord) == 16);

/// Key domains: exact keys, skeleton keys, deletion variants of skeletons,
/// and the exact keys of the case forms of Cyrillic names.
enum class Domain : char { Exact = 'E', Skeleton = 'S', Deletion = 'D', Inflected = 'I' };

/// FNV-1a 64 over the domain byte and the key.
inline std::uint64_t hash_key(Domain domain, std::string_view key) {
    std::uint64_t h = 14695981039346656037ull;
    const auto mix = [&h](unsigned char c) {
        h ^= c;
        h *= 1099511628211ull;
    };
    mix(static_cast<unsigned char>(domain));
    for (char c : key) mix(static_cast<unsigned char>(c));
    return h;
}

/// hash_key(Domain::Deletion, key without its byte `skip`), without building
/// that string.
inline std::uint64_t deletion_hash(std::string_view key, std::size_t skip) {
    std::uint64_t h = 14695981039346656037ull;
    const auto mix = [&h](unsigned char c) {
        h ^= c;
        h *= 1099511628211ull;
    };
    mix(static_cast<unsigned char>(Domain::Deletion));
    for (std::size_t i = 0; i < key.size(); ++i)
        if (i != skip) mix(static_cast<unsigned char>(key[i]));
    return h;
}

/// Skeletons at least this long also get deletion variants (edit distance 1).
inline constexpr std::size_t k_min_fuzzy_length = 8;

} // namespace claimtrack::gazetteer::detail
