#include "index.hpp"

#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/gazetteer/name_key.hpp"
#include "claimtrack/geo/geodesic.hpp"
#include "claimtrack/text/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <future>
#include <limits>

namespace claimtrack::gazetteer::detail {

namespace {
GazetteerError corrupt_index(const std::string& name, const std::string& what) {
    return GazetteerError(name + " is truncated or corrupt (" + what + "); rebuild it with 'claimtrack gazetteer build'");
}
} // namespace

Index::Index(const std::filesystem::path& file) : m_file(file) {
    const std::size_t size = m_file.size();
    const char* bytes = m_file.data();
    Header h{};
    if (size < sizeof h) throw GazetteerError("'" + file.string() + "' is not a gazetteer index (too short)");
    std::memcpy(&h, bytes, sizeof h);
    if (std::memcmp(h.magic, k_magic, sizeof h.magic) != 0) {
        if (std::memcmp(h.magic, k_magic, k_magic_family) == 0)
            throw GazetteerError("'" + file.string() + "' is a gazetteer index of version " +
                                 std::string(h.magic + k_magic_family, sizeof h.magic - k_magic_family) +
                                 ", not of this version (" + std::string(k_magic + k_magic_family, sizeof k_magic - k_magic_family) +
                                 "); rebuild it with 'claimtrack gazetteer build' (a command rebuilds it itself when a "
                                 "GeoNames dump is configured)");
        throw GazetteerError("'" + file.string() + "' is not a claimtrack gazetteer index of this version; build one with "
                             "'claimtrack gazetteer build'");
    }
    const std::string name = "gazetteer index '" + file.string() + "'";
    const auto corrupt = [&](const std::string& what) { return corrupt_index(name, what); };
    // Sizes from the header are untrusted: multiply and add with overflow checks.
    const auto mul = [&](std::uint64_t n, std::uint64_t each, const char* what) {
        if (each != 0 && n > std::numeric_limits<std::size_t>::max() / each) throw corrupt(std::string("impossible ") + what);
        return static_cast<std::size_t>(n * each);
    };
    const auto add = [&](std::size_t a, std::size_t b) {
        if (a > std::numeric_limits<std::size_t>::max() - b) throw corrupt("impossible sizes");
        return a + b;
    };
    if (h.n_places > std::numeric_limits<std::uint32_t>::max()) throw corrupt("impossible place count");
    if (h.n_keys >= std::numeric_limits<std::uint32_t>::max()) throw corrupt("impossible key count");
    const std::size_t places_bytes = mul(h.n_places, sizeof(PlaceRecord), "place count");
    const std::size_t keys_bytes = mul(h.n_keys, sizeof(KeyRecord), "key count");
    if (h.n_front > 100000) throw corrupt("impossible front snapshot count");
    const std::size_t front_bytes = add(mul(h.n_front, sizeof(std::int32_t), "front snapshot count"),
                                        mul(h.n_front, h.n_places, "front table size"));
    const std::size_t need =
        add(add(add(add(sizeof h, places_bytes), keys_bytes), static_cast<std::size_t>(h.pool_size)), front_bytes);
    if (h.pool_size > size || size != need)
        throw corrupt(std::to_string(size) + " bytes, expected " + std::to_string(need));
    m_n_places = h.n_places;
    m_n_keys = h.n_keys;
    m_places = reinterpret_cast<const PlaceRecord*>(bytes + sizeof h);
    m_keys = reinterpret_cast<const KeyRecord*>(bytes + sizeof h + places_bytes);
    m_pool = bytes + sizeof h + places_bytes + keys_bytes;
    if (h.pool_size == 0 || m_pool[h.pool_size - 1] != '\0')
        throw GazetteerError(name + " has a corrupt string pool");
    // The pool ends with a NUL, so every offset inside it reads a terminated string.
    const auto check_offset = [&](std::uint64_t offset, const char* what) {
        if (offset >= h.pool_size) throw corrupt(std::string(what) + " offset " + std::to_string(offset) + " outside the string pool");
    };
    for (std::size_t i = 0; i < m_n_places; ++i) {
        const auto& r = m_places[i];
        for (std::uint32_t o : {r.name, r.name_local, r.feature_code, r.country, r.admin1, r.admin2, r.admin1_code, r.admin2_code})
            check_offset(o, "place string");
        if (r.kind > static_cast<std::uint8_t>(core::PlaceKind::Other)) throw corrupt("place kind out of range");
    }
    for (std::uint32_t offset : {h.table_uk, h.table_ru, h.table_words, h.table_weights, h.table_romanisation})
        check_offset(offset, "table");
    if (h.table_weights == 0)
        throw GazetteerError(name + " holds no ranking weights (geodata/ranking_weights.tsv was missing at build); "
                             "rebuild it with 'claimtrack gazetteer build'");
    m_weights = RankingWeights::parse(str(h.table_weights), file.string() + " (ranking_weights.tsv)");
    compute_front_decay();
    // The geoparser's tables (case forms, Cyrillic words, romanisations) are
    // parsed, and what ranking derives from every place computed, on a thread
    // of their own while the keys are checked and indexed: start-up is
    // serial, and the workers wait for it. The two touch different members.
    // (Should this thread unwind, the future's destructor waits for the other.)
    auto tables = std::async(std::launch::async, [this, h, &file] {
        build_derived();
        const auto table = [&](std::uint32_t offset) { return offset ? std::string_view(str(offset)) : std::string_view(); };
        Tables t;
        t.uk = Inflector::parse(table(h.table_uk), file.string() + " (uk.tsv)");
        t.ru = Inflector::parse(table(h.table_ru), file.string() + " (ru.tsv)");
        t.words = CyrillicWords::parse(table(h.table_words), file.string() + " (words.tsv)", t.uk, t.ru);
        t.variants = RomanisationVariants::parse(table(h.table_romanisation), file.string() + " (ru_uk.tsv)");
        return t;
    });
    check_keys_and_build_directory(name);
    if (h.n_front > 0) {
        const char* front = m_pool + h.pool_size;
        std::vector<core::Date> dates(h.n_front);
        for (std::size_t k = 0; k < h.n_front; ++k) {
            std::int32_t days = 0;
            std::memcpy(&days, front + k * sizeof days, sizeof days);
            dates[k] = core::Date::from_days_since_epoch(days);
            if (k > 0 && !(dates[k - 1] < dates[k])) throw corrupt("front snapshot dates not ascending");
        }
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(front + h.n_front * sizeof(std::int32_t));
        m_front = FrontTable(std::move(dates), bytes, m_n_places);
    }
    build_admin_maps();
    Tables t = tables.get();
    m_uk = std::move(t.uk);
    m_ru = std::move(t.ru);
    m_words = std::move(t.words);
    m_variants = std::move(t.variants);
}

void Index::build_admin_maps() {
    for (std::uint32_t i = 0; i < m_n_places; ++i) {
        const auto& r = m_places[i];
        const auto kind = static_cast<core::PlaceKind>(r.kind);
        if (kind == core::PlaceKind::Admin1) {
            m_admin1_by_skeleton[skeleton_key(str(r.admin1))].push_back(i);
            m_admin1_by_code.emplace(str(r.admin1_code), i);
        } else if (kind == core::PlaceKind::Admin2) {
            std::string name = str(r.admin2);
            m_admin2_by_skeleton[skeleton_key(name)].push_back(i);
            m_admin2_by_code.emplace(str(r.admin2_code), i);
            // "Pokrovskyi" is also called "Pokrovsk" district.
            for (std::string_view suffix : {"skyi", "skyy", "ivskyi", "s'kyi", "s’kyi"}) {
                if (name.size() > suffix.size() + 2 && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
                    std::string stem = name.substr(0, name.size() - suffix.size());
                    m_admin2_by_skeleton[skeleton_key(stem)].push_back(i);
                    m_admin2_by_skeleton[skeleton_key(stem + "sk")].push_back(i);
                    break;
                }
            }
        }
    }
}

core::Place Index::place(std::uint32_t i) const {
    const auto& r = m_places[i];
    core::Place p;
    p.id = r.id;
    p.name = str(r.name);
    p.name_local = str(r.name_local);
    p.kind = static_cast<core::PlaceKind>(r.kind);
    p.feature_code = str(r.feature_code);
    p.country = str(r.country);
    p.lonlat = {r.lon, r.lat};
    p.admin1 = str(r.admin1);
    p.admin2 = str(r.admin2);
    p.population = r.population;
    return p;
}

void Index::check_keys_and_build_directory(const std::string& name) {
    m_filter.assign((std::size_t{1} << k_filter_bits) / 64, 0);
    const std::size_t buckets = std::size_t{1} << k_directory_bits;
    m_directory.assign(buckets + 1, 0);
    // Locals, not members: the stores into the filter's words could otherwise
    // alias the counts, and the compiler would reload them at every key.
    const KeyRecord* const keys = m_keys;
    const std::size_t n_keys = m_n_keys, n_places = m_n_places;
    std::uint64_t* const filter = m_filter.data();
    std::uint32_t* const directory = m_directory.data();
    std::uint64_t previous = 0;
    bool unsorted = false; // told apart below, off the path of a sound file
    constexpr std::size_t k_prefetch_keys = 8192 / sizeof(KeyRecord);
    std::uint32_t max_place = 0;
    std::uint8_t max_level = 0;
    // One pass over the keys without a branch per key: each key stores its
    // end (index + 1) at its bucket's next entry, the last key of a bucket
    // last; a pass over the buckets then carries the ends over the empty
    // ones. For keys sorted by hash, directory[b] is the first key whose
    // bucket is b or later, as a lookup needs (unsorted keys are refused below).
    for (std::size_t k = 0; k < n_keys; ++k) {
        // The keys (30 MB of the mapped file, read once here) are asked for two pages
        // ahead: the hardware prefetcher stops at each 4 KB page, and this loop stalled on
        // the first key of every page (start-up 42 -> 37 ms CPU, perf stat, one article).
        __builtin_prefetch(keys + std::min(k + k_prefetch_keys, n_keys - 1));
        // The fields in locals: the stores below could otherwise alias the
        // key, and the compiler would load it again.
        const std::uint64_t hash = keys[k].hash;
        max_place = std::max(max_place, keys[k].place);
        max_level = std::max(max_level, keys[k].level);
        unsorted |= hash < previous;
        previous = hash;
        const std::uint64_t prefix = hash >> (64 - k_filter_bits);
        filter[prefix / 64] |= std::uint64_t{1} << (prefix % 64);
        directory[(hash >> (64 - k_directory_bits)) + 1] = static_cast<std::uint32_t>(k + 1);
    }
    const bool bad = unsorted || (n_keys > 0 && max_place >= n_places) ||
                     max_level > static_cast<std::uint8_t>(MatchLevel::Fuzzy);
    std::uint32_t end = 0;
    for (std::size_t b = 1; b <= buckets; ++b) {
        end = std::max(end, directory[b]);
        directory[b] = end;
    }
    if (!bad) return;
    for (std::size_t k = 0; k < m_n_keys; ++k) {
        const KeyRecord& key = m_keys[k];
        if (key.place >= m_n_places)
            throw corrupt_index(name, "key " + std::to_string(k) + " refers to place " + std::to_string(key.place) + " of " +
                                          std::to_string(m_n_places));
        if (key.level > static_cast<std::uint8_t>(MatchLevel::Fuzzy)) throw corrupt_index(name, "key match level out of range");
        if (k > 0 && key.hash < m_keys[k - 1].hash) throw corrupt_index(name, "keys not sorted");
    }
}

void Index::build_derived() {
    constexpr double k_rad = 3.14159265358979323846 / 180.0;
    m_derived.resize(m_n_places);
    std::unordered_map<std::string_view, std::uint32_t> slots{{std::string_view(), 0}};
    m_admin1_codes.assign(1, std::string_view());
    for (std::size_t i = 0; i < m_n_places; ++i) {
        const auto& r = m_places[i];
        const auto [slot, added] = slots.try_emplace(str(r.admin1_code), static_cast<std::uint32_t>(m_admin1_codes.size()));
        if (added) m_admin1_codes.push_back(slot->first);
        m_derived[i] = {importance(m_weights, r, str(r.feature_code)), std::sin(r.lat * k_rad), std::cos(r.lat * k_rad), slot->second};
    }
}

void Index::compute_front_decay() {
    m_front_decay.resize(FrontTable::k_far);
    for (int units = 0; units < FrontTable::k_far; ++units)
        m_front_decay[static_cast<std::size_t>(units)] =
            std::exp(-FrontTable::km(static_cast<std::uint8_t>(units)) / m_weights.front_scale_km);
}

void Index::set_weights(RankingWeights weights) {
    m_weights = weights;
    compute_front_decay();
    for (std::size_t i = 0; i < m_n_places; ++i)
        m_derived[i].importance = importance(m_weights, m_places[i], str(m_places[i].feature_code));
}

void Index::collect(std::uint64_t hash, std::vector<Match>& out) const {
    const std::uint64_t prefix = hash >> (64 - k_filter_bits);
    if (!(m_filter[prefix / 64] >> (prefix % 64) & 1)) return; // no key has this prefix
    const std::size_t bucket = hash >> (64 - k_directory_bits);
    const KeyRecord* it = m_keys + m_directory[bucket];
    const KeyRecord* end = m_keys + m_directory[bucket + 1];
    it = std::lower_bound(it, end, hash, [](const KeyRecord& k, std::uint64_t h) { return k.hash < h; });
    const KeyRecord* last = it;
    while (last != end && last->hash == hash) ++last;
    // One name is looked up under several keys: grow geometrically.
    if (const std::size_t need = out.size() + static_cast<std::size_t>(last - it); need > out.capacity())
        out.reserve(std::max(need, 2 * out.capacity()));
    for (; it != last; ++it) {
        const auto level = static_cast<MatchLevel>(it->level);
        const bool own = (it->flags & k_key_own) != 0;
        auto found = std::find_if(out.begin(), out.end(), [&](const Match& m) { return m.place == it->place; });
        if (found == out.end()) {
            out.push_back({it->place, level, own, static_cast<core::PlaceKind>(m_places[it->place].kind)});
        } else {
            if (level < found->level) found->level = level;
            found->own = found->own || own;
        }
    }
}

std::vector<Match> Index::match_exact(std::string_view name) const {
    std::vector<Match> out;
    const std::string key = exact_key(name);
    if (!key.empty()) collect(hash_key(Domain::Exact, key), out);
    return out;
}

std::vector<Match> Index::match_cyrillic(std::string_view name) const { return match_cyrillic_key(exact_key(name)); }

std::vector<Match> Index::match_cyrillic_key(std::string_view key) const {
    std::vector<Match> out;
    if (key.empty()) return out;
    collect(hash_key(Domain::Exact, key), out);
    collect(hash_key(Domain::Inflected, key), out);
    return out;
}

template <class Compute>
std::vector<Match> Index::memoised(Query query, std::string_view name, const Compute& compute) const {
    auto& results = m_memo->results[static_cast<int>(query)];
    {
        std::lock_guard<std::mutex> lock(m_memo->mutex);
        if (auto hit = results.find(name); hit != results.end()) return hit->second;
    }
    std::vector<Match> out = compute();
    std::lock_guard<std::mutex> lock(m_memo->mutex);
    if (m_memo->size >= k_memo_limit) {
        for (auto& r : m_memo->results) r.clear();
        m_memo->size = 0;
    }
    if (results.emplace(std::string(name), out).second) ++m_memo->size;
    return out;
}

std::vector<Match> Index::match_cyrillic_loose(std::string_view name, const Inflector& table) const {
    if (&table == &m_uk) return memoised(Query::LooseUkrainian, name, [&] { return match_cyrillic_loose_uncached(name, table); });
    if (&table == &m_ru) return memoised(Query::LooseRussian, name, [&] { return match_cyrillic_loose_uncached(name, table); });
    return match_cyrillic_loose_uncached(name, table);
}

std::vector<Match> Index::match(std::string_view name, bool allow_fuzzy) const {
    return memoised(allow_fuzzy ? Query::Fuzzy : Query::Exact, name, [&] { return match_uncached(name, allow_fuzzy); });
}

std::vector<Match> Index::match_cyrillic_loose_uncached(std::string_view name, const Inflector& table) const {
    std::vector<Match> out;
    for (const auto& lemma : table.lemmas(lower_cyrillic(name))) {
        constexpr std::size_t k_min_skeleton = 4;
        const std::string skel = skeleton_key(lemma);
        if (skel.size() >= k_min_skeleton) collect(hash_key(Domain::Skeleton, skel), out);
    }
    for (auto& m : out) m.level = MatchLevel::Skeleton;
    return out;
}

std::vector<Match> Index::match_uncached(std::string_view name, bool allow_fuzzy) const {
    std::vector<Match> out = match_exact(name);
    if (out.empty() && text::has_cyrillic(name)) collect(hash_key(Domain::Inflected, exact_key(name)), out);
    const std::string skel = skeleton_key(name);
    if (skel.empty()) return out;
    std::vector<Match> loose;
    collect(hash_key(Domain::Skeleton, skel), loose);
    for (const auto& m : loose)
        if (std::none_of(out.begin(), out.end(), [&](const Match& o) { return o.place == m.place; })) out.push_back(m);
    if (out.empty()) collect_romanisation_variants(name, out);
    if (!out.empty() || !allow_fuzzy || skel.size() < k_min_fuzzy_length) return out;
    collect(hash_key(Domain::Deletion, skel), out);
    for (std::size_t i = 0; i < skel.size(); ++i) collect(deletion_hash(skel, i), out);
    for (auto& m : out) m.level = MatchLevel::Fuzzy;
    return out;
}

void Index::collect_romanisation_variants(std::string_view name, std::vector<Match>& out) const {
    // A Latin name of one or two words, six letters or more: the rules
    // rewrite single letters, and a short word rewritten twice is someone
    // else's name.
    constexpr std::size_t k_min_letters = 6;
    if (m_variants.empty() || name.size() < k_min_letters || text::has_cyrillic(name)) return;
    const std::string key = exact_key(name);
    if (key.size() < k_min_letters || std::count(key.begin(), key.end(), ' ') > 1) return;
    for (const auto& v : m_variants.variants(key)) collect(hash_key(Domain::Skeleton, skeleton_key(v)), out);
    for (auto& m : out) m.level = MatchLevel::Skeleton;
}

std::vector<std::uint32_t> Index::admin1_named(std::string_view name) const {
    auto it = m_admin1_by_skeleton.find(skeleton_key(name));
    return it == m_admin1_by_skeleton.end() ? std::vector<std::uint32_t>{} : it->second;
}

std::vector<std::uint32_t> Index::admin2_named(std::string_view name) const {
    auto it = m_admin2_by_skeleton.find(skeleton_key(name));
    return it == m_admin2_by_skeleton.end() ? std::vector<std::uint32_t>{} : it->second;
}

std::int64_t Index::admin1_entry(std::string_view code) const {
    auto it = m_admin1_by_code.find(std::string(code));
    return it == m_admin1_by_code.end() ? -1 : static_cast<std::int64_t>(it->second);
}

std::int64_t Index::admin2_entry(std::string_view code) const {
    auto it = m_admin2_by_code.find(std::string(code));
    return it == m_admin2_by_code.end() ? -1 : static_cast<std::int64_t>(it->second);
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
    // Equirectangular approximation on a sphere: within 0.5 % of the geodesic
    // at the few hundred kilometres that ranking cares about, and some fifty
    // times cheaper than geo::distance_m (the hot spot of namesake scoring).
    constexpr double k_earth_radius_km = 6371.0088;
    constexpr double k_rad = 3.14159265358979323846 / 180.0;
    const double dlat = (lat2 - lat1) * k_rad;
    const double dlon = (lon2 - lon1) * k_rad * std::cos((lat1 + lat2) * 0.5 * k_rad);
    return k_earth_radius_km * std::sqrt(dlat * dlat + dlon * dlon);
}

double importance(const RankingWeights& w, const PlaceRecord& r, std::string_view code) {
    double base = 0.0;
    if (code == "PPLC") base = w.importance_pplc;
    else if (code == "PPLA") base = w.importance_ppla;
    else if (code == "PPLA2") base = w.importance_ppla2;
    else if (code == "PPLA3") base = w.importance_ppla3;
    else if (code == "PPL") base = w.importance_ppl;
    else if (code == "PPLX" || code == "PPLH" || code == "PPLQ") base = w.importance_historical;
    else base = w.importance_other;
    return base + std::log10(static_cast<double>(std::max<std::int64_t>(r.population, 0)) + 1.0) /
                      w.population_log_scale * w.population_weight;
}

} // namespace claimtrack::gazetteer::detail
