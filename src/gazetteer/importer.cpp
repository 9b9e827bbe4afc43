// build_index(): GeoNames dumps + geodata/ tables -> gazetteer.ctg.

#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/gazetteer/name_key.hpp"
#include "claimtrack/text/text.hpp"

#include "claimtrack/geo/dated_layers.hpp"
#include "claimtrack/geo/gdal_module.hpp"

#include "cyrillic_words.hpp"
#include "front_table.hpp"
#include "index_format.hpp"
#include "index_sources.hpp"
#include "inflection.hpp"
#include "ranking_weights.hpp"
#include "romanisation_variants.hpp"
#include "russian_forms.hpp"
#include "ukrainian_forms.hpp"
#include "tsv.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace claimtrack::gazetteer {

namespace {

using detail::Domain;
using detail::KeyRecord;
using detail::MatchLevel;
using detail::PlaceRecord;

/// Ids the project gives to entries it synthesises (admin areas missing from a dump, countries).
constexpr std::int64_t k_project_id_base = 980000000;

struct Entry {
    std::int64_t id = 0;
    std::string name;
    std::string name_local;
    std::string feature_class;
    std::string feature_code;
    std::string country;
    std::string admin1_code; ///< "UA.08"
    std::string admin2_code; ///< "UA.08.6502"
    double lat = 0, lon = 0;
    std::int64_t population = 0;
    core::PlaceKind kind = core::PlaceKind::Other;
    std::vector<std::pair<std::string, MatchLevel>> names;
};

core::PlaceKind kind_of(std::string_view fclass, std::string_view fcode) {
    if (fclass == "P") return core::PlaceKind::Settlement;
    if (fclass == "A") {
        if (fcode == "ADM1") return core::PlaceKind::Admin1;
        if (fcode == "ADM2") return core::PlaceKind::Admin2;
        if (fcode.substr(0, 3) == "PCL") return core::PlaceKind::Country;
        return core::PlaceKind::Other;
    }
    if (fclass == "H") return core::PlaceKind::Water;
    if (fclass == "T" || fclass == "L") return core::PlaceKind::Region;
    return core::PlaceKind::Other;
}

/// True for names in Latin or Cyrillic script (other scripts are not indexed).
bool latin_or_cyrillic(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = p[i];
        std::uint32_t cp = 0;
        std::size_t len = 1;
        if (c < 0x80) cp = c;
        else if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu), len = 2;
        else if ((c & 0xF0) == 0xE0 && i + 2 < s.size())
            cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu), len = 3;
        else return false;
        const bool ok = cp < 0x0530 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2000 && cp <= 0x206F);
        if (!ok) return false;
        i += len;
    }
    return true;
}

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

template <typename T>
T parse_number(std::string_view field, const char* what, const TsvReader& reader) {
    T value{};
    if (field.empty()) return value;
    const auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (ec != std::errc() || ptr != field.data() + field.size())
        throw GazetteerError(reader.where() + ": bad " + what + " '" + std::string(field) + "'");
    return value;
}

/// The dump files of one directory, sorted by name for a reproducible index.
std::vector<fs::path> txt_files(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw GazetteerError("GeoNames dump directory '" + dir.string() + "' not found");
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    if (ec) throw GazetteerError("cannot list '" + dir.string() + "': " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool strip_suffix(std::string& name, std::string_view suffix) {
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    name.erase(name.size() - suffix.size());
    return true;
}

/// "Kharkiv Oblast" -> "Kharkiv"; "Chuhuiv City Council" -> "Chuhuiv";
/// "Kupianska Miskrada" -> "Kupiansk"; "Dzhankoyskiy rayon" -> "Dzhankoyskiy".
std::string strip_suffix_word(std::string name) {
    for (std::string_view suffix : {" Oblast", " Oblast’", " rural raion", " urban raion", " Raion", " Rayon",
                                    " rayon", " Region", " City Council"})
        if (strip_suffix(name, suffix)) return name;
    for (std::string_view suffix : {" Miskrada", " Mis’krada", " Mis'krada", " Mis'ka Rada"}) {
        if (!strip_suffix(name, suffix)) continue;
        std::erase_if(name, [](char c) { return c == '\''; });
        for (std::string_view apostrophe : {"’"})
            for (auto pos = name.find(apostrophe); pos != std::string::npos; pos = name.find(apostrophe))
                name.erase(pos, apostrophe.size());
        if (name.size() > 3 && name.compare(name.size() - 3, 3, "ska") == 0) name.pop_back();
        return name;
    }
    if (name.rfind("Miskyi okruh ", 0) == 0) return name.substr(13);
    return name;
}

class Importer {
public:
    explicit Importer(const BuildOptions& options) : m_options(options) {}

    BuildStats run() {
        if (m_options.dump_dirs.empty()) throw GazetteerError("no GeoNames dump directory given");
        load_regions(m_options.geodata_dir / "regions.tsv");
        load_inflection(m_options.geodata_dir / "inflection");
        load_romanisation(m_options.geodata_dir / "romanisation" / "ru_uk.tsv");
        load_russian_stems(m_options.geodata_dir / "romanisation" / "uk_ru_stems.tsv");
        for (const auto& dir : m_options.dump_dirs) read_dir(dir);
        load_weights(m_options.geodata_dir / "ranking_weights.tsv");
        if (m_entries.empty()) throw GazetteerError("no GeoNames geoname rows found in the dump directories");
        synthesise_admin_areas();
        add_region_aliases();
        add_renamings(m_options.geodata_dir / "renamings.tsv");
        return write(m_options.out);
    }

private:
    const BuildOptions& m_options;
    std::vector<Entry> m_entries;
    std::map<std::string, std::string> m_admin1_names;  ///< "UA.08" -> "Kherson"
    std::map<std::string, std::int64_t> m_admin1_ids;   ///< "RU.41" -> 538555
    std::map<std::string, std::string> m_admin2_names;  ///< "UA.08.6502" -> "Beryslav"
    std::map<std::string, std::int64_t> m_admin2_ids;
    std::map<std::string, std::vector<std::string>> m_region_aliases; ///< code -> aliases
    std::map<std::string, std::string> m_region_short;  ///< code -> short name (project table)
    std::vector<std::string> m_warnings;
    std::string m_table_uk, m_table_ru, m_table_words; ///< geodata/inflection/*.tsv, stored in the index
    std::string m_table_weights; ///< geodata/ranking_weights.tsv, stored in the index
    std::string m_table_romanisation;                  ///< geodata/romanisation/ru_uk.tsv, stored in the index
    detail::Inflector m_uk, m_ru;
    detail::RussianStems m_russian_stems; ///< geodata/romanisation/uk_ru_stems.tsv, used at build time only

    static std::string read_text(const fs::path& file) {
        std::error_code ec;
        if (!fs::exists(file, ec)) return {};
        std::ifstream in(file, std::ios::binary);
        if (!in) throw GazetteerError("cannot open '" + file.string() + "': " + std::strerror(errno));
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

    /// The Ukrainian and Russian case-ending tables and the Cyrillic word
    /// classes; parsed here to report errors at build time.
    void load_inflection(const fs::path& dir) {
        m_table_uk = read_text(dir / "uk.tsv");
        m_table_ru = read_text(dir / "ru.tsv");
        m_table_words = read_text(dir / "words.tsv");
        m_uk = detail::Inflector::parse(m_table_uk, (dir / "uk.tsv").string());
        m_ru = detail::Inflector::parse(m_table_ru, (dir / "ru.tsv").string());
        (void)detail::CyrillicWords::parse(m_table_words, (dir / "words.tsv").string(), m_uk, m_ru);
    }

    /// The ranking weights: required, and parsed here to report errors at build time.
    void load_weights(const fs::path& file) {
        m_table_weights = read_text(file);
        if (m_table_weights.empty()) throw GazetteerError("ranking weight table '" + file.string() + "' not found or empty");
        (void)detail::RankingWeights::parse(m_table_weights, file.string());
    }

    /// Each place's distance to the line of contact in each snapshot of
    /// BuildOptions::front_dir; empty without one.
    detail::FrontTable front_table(const std::vector<PlaceRecord>& places, const std::string& pool) const {
        if (m_options.front_dir.empty()) return {};
        try {
            const auto edges = detail::front_edges(places.data(), places.size(), pool.data());
            return detail::FrontTable::compute(geo::DatedLayers::open(m_options.front_dir, edges), places.data(),
                                               places.size());
        } catch (const geo::ModuleError&) {
            throw; // exit 6 whatever the command: the installation is incomplete
        } catch (const Error& e) {
            throw GazetteerError("cannot read the front-line layers in '" + m_options.front_dir.string() + "': " + e.what());
        }
    }

    /// Russian-based to Ukrainian romanisation correspondences (optional);
    /// parsed here to report errors at build time.
    void load_romanisation(const fs::path& file) {
        m_table_romanisation = read_text(file);
        (void)detail::RomanisationVariants::parse(m_table_romanisation, file.string());
    }

    /// Ukrainian -> Russian stems of place names (optional): the Russian spellings generated
    /// for Ukrainian names. Only the keys they make are stored.
    void load_russian_stems(const fs::path& file) {
        m_russian_stems = detail::RussianStems::parse(read_text(file), file.string());
    }

    /// Case forms of a Cyrillic name in the language(s) its letters allow.
    std::vector<std::string> case_forms(const std::string& name) const {
        const std::string lower = detail::lower_cyrillic(name);
        const bool uk = detail::has_ukrainian_letters(name), ru = detail::has_russian_letters(name);
        std::vector<std::string> out;
        if (!ru) out = m_uk.name_forms(lower);
        if (!uk)
            for (auto& f : m_ru.name_forms(lower)) out.push_back(std::move(f));
        return out;
    }

    /// Ukraine's places are shown under the national romanisation of their
    /// Ukrainian name (Avdiivka, Izium) rather than GeoNames' older form
    /// (Avdiyivka, Izyum): the Cyrillic alternate that is Ukrainian (no
    /// Russian-only letters) and whose romanisation is closest to the
    /// GeoNames name; Ukrainian letters break ties.
    /// Word endings Ukrainian spelling never has (-ое, -ый, -ая, -ые, -ский
    /// without the soft sign: Архангельское, Красный, Новая): the name is Russian.
    static bool russian_endings(std::string_view name) {
        std::size_t start = 0;
        while (start < name.size()) {
            std::size_t end = name.find_first_of(" -", start);
            if (end == std::string_view::npos) end = name.size();
            const std::string_view w = name.substr(start, end - start);
            for (std::string_view e : {"ое", "ый", "ая", "ые", "ский", "цкий", "ОЕ", "ЫЙ", "АЯ"})
                if (w.size() > e.size() && w.substr(w.size() - e.size()) == e) return true;
            start = end + 1;
        }
        return false;
    }

    /// Returns the romanisation and the Cyrillic name it comes from.
    static std::pair<std::string, std::string> official_name(const Entry& e) {
        constexpr std::size_t k_max_distance = 2;
        const std::string target = skeleton_key(e.name);
        std::string best, best_cyrillic;
        std::size_t best_d = k_max_distance + 1;
        bool best_uk = false;
        for (const auto& [n, level] : e.names) {
            if (level != MatchLevel::Alternate || !text::has_cyrillic(n) || detail::has_russian_letters(n)) continue;
            if (!std::all_of(n.begin(), n.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80 || !std::isalpha(static_cast<unsigned char>(c)); }))
                continue;
            if (russian_endings(n)) continue;
            const std::string roman = text::romanise(n, text::Romanisation::UkrainianNational);
            const std::size_t d = bounded_edit_distance(skeleton_key(roman), target, k_max_distance);
            const bool uk = detail::has_ukrainian_letters(n);
            if (d < best_d || (d == best_d && uk && !best_uk)) best = roman, best_cyrillic = n, best_d = d, best_uk = uk;
        }
        return {best, best_cyrillic};
    }

    void read_dir(const fs::path& dir) {
        const auto files = txt_files(dir);
        for (const auto& f : files) {
            const std::string base = f.filename().string();
            if (starts_with(base, "admin1Codes")) read_admin_codes(f, m_admin1_names, m_admin1_ids);
        }
        for (const auto& f : files) {
            const std::string base = f.filename().string();
            if (starts_with(base, "admin2Codes")) read_admin_codes(f, m_admin2_names, m_admin2_ids);
        }
        for (const auto& f : files) {
            const std::string base = f.filename().string();
            if (starts_with(base, "admin1Codes") || starts_with(base, "admin2Codes")) continue;
            if (is_geoname_file(f)) read_geonames(f);
        }
    }

    static bool is_geoname_file(const fs::path& file) {
        TsvReader reader(file);
        std::vector<std::string_view> fields;
        if (!reader.next(fields)) return false;
        return fields.size() == 19 && !fields[0].empty() && std::all_of(fields[0].begin(), fields[0].end(), ::isdigit);
    }

    static void read_admin_codes(const fs::path& file, std::map<std::string, std::string>& names,
                                 std::map<std::string, std::int64_t>& ids) {
        TsvReader reader(file);
        std::vector<std::string_view> f;
        while (reader.next(f)) {
            if (f.size() < 4) throw GazetteerError(reader.where() + ": expected 4 tab-separated columns, got " +
                                                   std::to_string(f.size()));
            const std::string code(f[0]);
            names[code] = strip_suffix_word(std::string(f[1]));
            ids[code] = parse_number<std::int64_t>(f[3], "geonameid", reader);
        }
    }

    void read_geonames(const fs::path& file) {
        TsvReader reader(file);
        std::vector<std::string_view> f;
        while (reader.next(f)) {
            if (f.size() != 19)
                throw GazetteerError(reader.where() + ": expected 19 tab-separated columns (GeoNames geoname "
                                                      "layout), got " + std::to_string(f.size()));
            m_entries.push_back(parse_row(f, reader));
        }
    }

    Entry parse_row(const std::vector<std::string_view>& f, const TsvReader& reader) const {
        Entry e;
        e.id = parse_number<std::int64_t>(f[0], "geonameid", reader);
        if (e.id <= 0) throw GazetteerError(reader.where() + ": missing geonameid");
        e.name = std::string(f[1]);
        if (e.name.empty()) throw GazetteerError(reader.where() + ": empty name for geonameid " + std::string(f[0]));
        e.lat = parse_number<double>(f[4], "latitude", reader);
        e.lon = parse_number<double>(f[5], "longitude", reader);
        if (f[4].empty() || f[5].empty() || e.lat < -90 || e.lat > 90 || e.lon < -180 || e.lon > 180)
            throw GazetteerError(reader.where() + ": bad coordinates '" + std::string(f[4]) + "', '" +
                                 std::string(f[5]) + "'");
        e.feature_class = std::string(f[6]);
        e.feature_code = std::string(f[7]);
        e.country = std::string(f[8]);
        e.kind = kind_of(e.feature_class, e.feature_code);
        if (!f[10].empty()) e.admin1_code = e.country + "." + std::string(f[10]);
        if (!f[10].empty() && !f[11].empty()) e.admin2_code = e.admin1_code + "." + std::string(f[11]);
        e.population = parse_number<std::int64_t>(f[14], "population", reader);
        e.names.emplace_back(e.name, MatchLevel::Name);
        if (f[2] != f[1] && !f[2].empty()) e.names.emplace_back(std::string(f[2]), MatchLevel::Name);
        add_alternates(e, f[3]);
        if (e.country == "UA" && e.kind == core::PlaceKind::Settlement)
            if (auto [official, cyrillic] = official_name(e); !official.empty()) {
                e.name = official;
                e.name_local = cyrillic;
            }
        return e;
    }

    static void add_alternates(Entry& e, std::string_view list) {
        std::string first_cyrillic, first_ukrainian;
        std::size_t start = 0;
        while (start < list.size()) {
            std::size_t end = list.find(',', start);
            if (end == std::string_view::npos) end = list.size();
            const std::string_view alt = list.substr(start, end - start);
            start = end + 1;
            if (alt.empty() || alt.size() > 80 || has_digit(alt) || !latin_or_cyrillic(alt)) continue;
            if (alt.find("http") != std::string_view::npos) continue;
            e.names.emplace_back(std::string(alt), MatchLevel::Alternate);
            if (text::has_cyrillic(alt)) {
                if (first_cyrillic.empty()) first_cyrillic = alt;
                const bool ukrainian = alt.find("і") != std::string_view::npos || alt.find("ї") != std::string_view::npos ||
                                       alt.find("є") != std::string_view::npos;
                if (ukrainian && first_ukrainian.empty()) first_ukrainian = alt;
            }
        }
        e.name_local = !first_ukrainian.empty() ? first_ukrainian : first_cyrillic;
    }

    void load_regions(const fs::path& file) {
        std::error_code ec;
        if (!fs::exists(file, ec)) return;
        TsvReader reader(file);
        std::vector<std::string_view> f;
        while (reader.next(f)) {
            if (f.empty() || (f.size() == 1 && f[0].empty()) || f[0].front() == '#') continue;
            if (f.size() < 3) throw GazetteerError(reader.where() + ": expected code, name, aliases");
            const std::string code(f[0]);
            m_region_short[code] = std::string(f[1]);
            auto& aliases = m_region_aliases[code];
            std::string_view list = f[2];
            std::size_t start = 0;
            while (start <= list.size()) {
                std::size_t end = list.find('|', start);
                if (end == std::string_view::npos) end = list.size();
                if (end > start) aliases.emplace_back(list.substr(start, end - start));
                start = end + 1;
            }
            if (f.size() >= 6 && !f[3].empty()) {
                // A country or region with no dump entry: code, name, aliases, kind, lat, lon.
                m_extra.push_back({code, std::string(f[1]), std::string(f[3]),
                                   parse_number<double>(f[4], "latitude", reader),
                                   f.size() > 5 ? parse_number<double>(f[5], "longitude", reader) : 0.0});
            }
        }
    }

    struct Extra {
        std::string code, name, kind;
        double lat, lon;
    };
    std::vector<Extra> m_extra;

    /// Admin areas named by the code files but missing as features (e.g. the
    /// Russian oblasts, whose dumps hold only towns): placed at the mean of their places.
    void synthesise_admin_areas() {
        std::unordered_set<std::string> have1, have2;
        std::map<std::string, std::tuple<double, double, int>> sum1, sum2;
        for (const auto& e : m_entries) {
            if (e.kind == core::PlaceKind::Admin1) have1.insert(e.admin1_code);
            if (e.kind == core::PlaceKind::Admin2) have2.insert(e.admin2_code);
            if (e.kind != core::PlaceKind::Settlement) continue;
            for (auto* s : {&sum1, &sum2}) {
                const std::string& code = s == &sum1 ? e.admin1_code : e.admin2_code;
                if (code.empty()) continue;
                auto& [la, lo, n] = (*s)[code];
                la += e.lat, lo += e.lon, ++n;
            }
        }
        const auto add = [&](const std::string& code, const std::string& name, std::int64_t id, core::PlaceKind kind,
                             const std::tuple<double, double, int>& sum) {
            Entry e;
            e.id = id;
            e.name = name + (kind == core::PlaceKind::Admin1 ? " Oblast" : " Raion");
            e.feature_class = "A";
            e.feature_code = kind == core::PlaceKind::Admin1 ? "ADM1" : "ADM2";
            e.country = code.substr(0, 2);
            e.kind = kind;
            e.admin1_code = code.substr(0, 5);
            if (kind == core::PlaceKind::Admin2) e.admin2_code = code;
            const auto& [la, lo, n] = sum;
            e.lat = la / n, e.lon = lo / n;
            e.names.emplace_back(e.name, MatchLevel::Name);
            e.names.emplace_back(name, MatchLevel::Alias);
            m_entries.push_back(std::move(e));
        };
        for (const auto& [code, sum] : sum1)
            if (!have1.count(code) && m_admin1_names.count(code))
                add(code, admin1_name(code), m_admin1_ids[code], core::PlaceKind::Admin1, sum);
        for (const auto& [code, sum] : sum2)
            if (!have2.count(code) && m_admin2_names.count(code))
                add(code, m_admin2_names[code], m_admin2_ids[code], core::PlaceKind::Admin2, sum);
        std::int64_t next_id = k_project_id_base + 1;
        for (const auto& x : m_extra) {
            Entry e;
            e.id = next_id++;
            e.name = x.name;
            e.feature_class = x.kind == "country" ? "A" : x.kind == "settlement" ? "P" : "L";
            e.feature_code = x.kind == "country" ? "PCLI" : x.kind == "settlement" ? "PPLC" : "RGN";
            e.country = x.code.substr(0, 2);
            e.kind = core::place_kind_from_string(x.kind).value_or(core::PlaceKind::Region);
            e.lat = x.lat, e.lon = x.lon;
            e.names.emplace_back(e.name, MatchLevel::Name);
            for (const auto& a : m_region_aliases[x.code]) e.names.emplace_back(a, MatchLevel::Alias);
            m_entries.push_back(std::move(e));
        }
    }

    std::string admin1_name(const std::string& code) const {
        if (auto it = m_region_short.find(code); it != m_region_short.end()) return it->second;
        if (auto it = m_admin1_names.find(code); it != m_admin1_names.end()) return it->second;
        return {};
    }

    std::string admin2_name(const std::string& code) const {
        if (auto it = m_admin2_names.find(code); it != m_admin2_names.end()) return it->second;
        return {};
    }

    /// Oblast aliases ("Kharkivshchyna", "Харківщина") on the ADM1 entries.
    void add_region_aliases() {
        for (auto& e : m_entries) {
            if (e.kind != core::PlaceKind::Admin1) continue;
            if (auto it = m_region_aliases.find(e.admin1_code); it != m_region_aliases.end())
                for (const auto& a : it->second) e.names.emplace_back(a, MatchLevel::Alias);
            const std::string short_name = admin1_name(e.admin1_code);
            if (short_name.empty()) continue;
            e.names.emplace_back(short_name + " Oblast", MatchLevel::Alias);
            // Display the project's (national romanisation) oblast name: "Zaporizhzhia Oblast".
            if (e.country == "UA" && e.name.find("Oblast") != std::string::npos) e.name = short_name + " Oblast";
        }
    }

    /// geodata/renamings.tsv: old name, current name, oblast, class. The old
    /// name becomes an alias of every settlement of that name in that oblast.
    void add_renamings(const fs::path& file) {
        std::error_code ec;
        if (!fs::exists(file, ec)) return;
        std::unordered_multimap<std::string, std::size_t> by_name;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].kind != core::PlaceKind::Settlement) continue;
            for (const auto& [n, level] : m_entries[i].names)
                if (level <= MatchLevel::Alternate) by_name.emplace(exact_key(n), i);
        }
        TsvReader reader(file);
        std::vector<std::string_view> f;
        while (reader.next(f)) {
            if (f.empty() || (f.size() == 1 && f[0].empty()) || f[0].front() == '#') continue;
            if (f.size() < 4)
                throw GazetteerError(reader.where() + ": expected old name, current name, oblast, class");
            const std::string oblast(f[2]);
            std::unordered_set<std::size_t> hits;
            auto [lo, hi] = by_name.equal_range(exact_key(f[1]));
            for (auto it = lo; it != hi; ++it)
                if (admin1_name(m_entries[it->second].admin1_code) == oblast) hits.insert(it->second);
            if (hits.empty()) {
                m_warnings.push_back(reader.where() + ": no settlement '" + std::string(f[1]) + "' in " + oblast);
                continue;
            }
            for (std::size_t i : hits) m_entries[i].names.emplace_back(std::string(f[0]), MatchLevel::Alias);
        }
    }

    // ---- writing -------------------------------------------------------

    class Pool {
    public:
        Pool() { m_bytes.push_back('\0'); }
        std::uint32_t add(const std::string& s) {
            if (s.empty()) return 0;
            auto [it, fresh] = m_offsets.emplace(s, static_cast<std::uint32_t>(m_bytes.size()));
            if (fresh) {
                m_bytes.insert(m_bytes.end(), s.begin(), s.end());
                m_bytes.push_back('\0');
            }
            return it->second;
        }
        const std::string& bytes() const { return m_bytes; }

    private:
        std::string m_bytes;
        std::unordered_map<std::string, std::uint32_t> m_offsets;
    };

    /// The skeleton lies within an edit (two for long names) of one of `own`.
    static bool near_skeleton(const std::string& a, const std::vector<std::string>& own) {
        for (const auto& b : own) {
            const std::size_t limit = std::min(a.size(), b.size()) >= 8 ? 2 : 1;
            if (bounded_edit_distance(a, b, limit) <= limit) return true;
        }
        return false;
    }

    void add_keys(const Entry& e, std::uint32_t place, std::vector<KeyRecord>& keys,
                  std::unordered_map<std::string, std::vector<std::string>>& romanised) const {
        std::unordered_map<std::string, bool> skeletons; ///< skeleton -> of an own name
        const auto push = [&](Domain d, const std::string& key, MatchLevel level, bool own = false) {
            if (key.empty()) return;
            keys.push_back(KeyRecord{detail::hash_key(d, key), place, static_cast<std::uint8_t>(level),
                                     static_cast<std::uint8_t>(own ? detail::k_key_own : 0), {}});
        };
        const auto renderings = [&](const std::string& n) -> const std::vector<std::string>& {
            auto it = romanised.find(n);
            if (it == romanised.end()) it = romanised.emplace(n, romanisations(n)).first;
            return it->second;
        };
        // The place's own names: GeoNames name and ASCII name, the official
        // (national romanisation) name and its Cyrillic source. Any spelling
        // whose skeleton is within an edit or two of theirs is the same name
        // (Volchansk, Вовчанськ, Izyum); an alternate name that is not
        // (Hrodivka for Myrnohrad, Водяне for Zymna Voda) is someone else's.
        std::vector<std::string> own_skeletons;
        const auto add_own = [&](const std::string& n) {
            if (n.empty()) return;
            if (!text::has_cyrillic(n)) own_skeletons.push_back(skeleton_key(n));
            else
                for (const auto& r : renderings(n)) own_skeletons.push_back(skeleton_key(r));
        };
        for (const auto& [n, level] : e.names)
            if (level == MatchLevel::Name) add_own(n);
        add_own(e.name);
        add_own(e.name_local);
        std::vector<std::string> skels;
        // Ukrainian names besides name_local that get Russian spellings below: a renamed village's
        // former name (Сєверне for Північне, Ласточкине for Криничне), which Russian reports keep using.
        std::vector<std::pair<std::string, bool>> other_ukrainian;
        for (const auto& [n, level] : e.names) {
            const bool cyrillic = text::has_cyrillic(n);
            skels.clear();
            if (!cyrillic) skels.push_back(skeleton_key(n));
            else
                for (const auto& r : renderings(n)) skels.push_back(skeleton_key(r));
            bool own = level == MatchLevel::Name || level == MatchLevel::Alias || n == e.name || n == e.name_local;
            for (std::size_t k = 0; !own && k < skels.size(); ++k) own = near_skeleton(skels[k], own_skeletons);
            if (!cyrillic) {
                push(Domain::Exact, exact_key(n), level, own);
                skeletons[skels.front()] |= own;
                continue;
            }
            push(Domain::Exact, exact_key(n), level, own);
            for (const auto& f : case_forms(n)) push(Domain::Inflected, exact_key(f), level, own);
            if (level == MatchLevel::Alternate && n != e.name_local && !detail::has_russian_letters(n) && !russian_endings(n))
                other_ukrainian.emplace_back(n, own);
            const auto& rs = renderings(n);
            for (std::size_t k = 0; k < rs.size(); ++k) {
                push(Domain::Exact, exact_key(rs[k]), std::max(level, MatchLevel::Romanised), own);
                skeletons[skels[k]] |= own;
            }
        }
        // Russian spellings of the Ukrainian name (Великая Новоселка, Малые Щербаки, Уманское)
        // and their case forms: Russian reports name places GeoNames gives no Russian name for.
        // A generated spelling that GeoNames has as a name keeps GeoNames' level (one key per name and place).
        // Only names of five letters or more: a short one ("Сіль" -> "Сил") would be a common word.
        // The other Ukrainian names (a former name) get them too, as names of the place's own when
        // they are (Сєверне of Північне is not: "own" as for the Ukrainian name itself).
        constexpr std::size_t k_min_generated_bytes = 10; // five Cyrillic letters
        if (e.country == "UA" && e.kind == core::PlaceKind::Settlement) {
            other_ukrainian.emplace(other_ukrainian.begin(), e.name_local, true);
            for (const auto& [uk, own] : other_ukrainian) {
                if (uk.size() < k_min_generated_bytes) continue;
                for (const auto& f : detail::russian_forms(detail::lower_cyrillic(uk), m_russian_stems)) {
                    push(Domain::Exact, exact_key(f), MatchLevel::Romanised, own);
                    for (const auto& c : m_ru.name_forms(f)) push(Domain::Inflected, exact_key(c), MatchLevel::Romanised, own);
                }
            }
        }
        // Ukrainian spellings of a Russian border place's Russian name (Шебекино -> Шебекіне, Новая
        // Таволжанка -> Нова Таволжанка) and their Ukrainian case forms: Ukrainian reports name them so.
        if (e.country == "RU" && e.kind == core::PlaceKind::Settlement) {
            for (const auto& [n, level] : e.names) {
                if (n.size() < k_min_generated_bytes || !text::has_cyrillic(n) || detail::has_ukrainian_letters(n)) continue;
                const bool own = level == MatchLevel::Name || level == MatchLevel::Alias || n == e.name || n == e.name_local;
                for (const auto& f : detail::ukrainian_forms(detail::lower_cyrillic(n))) {
                    push(Domain::Exact, exact_key(f), MatchLevel::Romanised, own);
                    for (const auto& c : m_uk.name_forms(f)) push(Domain::Inflected, exact_key(c), MatchLevel::Romanised, own);
                }
            }
        }
        for (const auto& [s, own] : skeletons) {
            push(Domain::Skeleton, s, MatchLevel::Skeleton, own);
            if (s.size() < detail::k_min_fuzzy_length) continue;
            push(Domain::Deletion, s, MatchLevel::Fuzzy);
            for (std::size_t i = 0; i < s.size(); ++i) push(Domain::Deletion, s.substr(0, i) + s.substr(i + 1), MatchLevel::Fuzzy);
        }
    }

    BuildStats write(const fs::path& out) {
        Pool pool;
        std::vector<PlaceRecord> places;
        std::vector<KeyRecord> keys;
        places.reserve(m_entries.size());
        std::unordered_map<std::string, std::vector<std::string>> romanised;
        for (const auto& e : m_entries) {
            PlaceRecord r{};
            r.id = e.id;
            r.lat = e.lat;
            r.lon = e.lon;
            r.population = e.population;
            r.name = pool.add(e.name);
            r.name_local = pool.add(e.name_local);
            r.feature_code = pool.add(e.feature_code);
            r.country = pool.add(e.country);
            r.admin1 = pool.add(admin1_name(e.admin1_code));
            r.admin2 = pool.add(admin2_name(e.admin2_code));
            r.admin1_code = pool.add(e.admin1_code);
            r.admin2_code = pool.add(e.admin2_code);
            r.kind = static_cast<std::uint8_t>(e.kind);
            r.feature_class = e.feature_class.empty() ? ' ' : static_cast<std::uint8_t>(e.feature_class[0]);
            add_keys(e, static_cast<std::uint32_t>(places.size()), keys, romanised);
            places.push_back(r);
        }
        std::sort(keys.begin(), keys.end(), [](const KeyRecord& a, const KeyRecord& b) {
            return std::tie(a.hash, a.place, a.level) < std::tie(b.hash, b.place, b.level);
        });
        // One key per name and place: the strongest level, own when any spelling behind it is.
        std::size_t kept = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (kept > 0 && keys[kept - 1].hash == keys[i].hash && keys[kept - 1].place == keys[i].place) {
                keys[kept - 1].flags |= keys[i].flags;
                continue;
            }
            keys[kept++] = keys[i];
        }
        keys.resize(kept);

        const std::uint32_t tables[5] = {pool.add(m_table_uk), pool.add(m_table_ru), pool.add(m_table_words),
                                         pool.add(m_table_weights), pool.add(m_table_romanisation)};
        const detail::FrontTable front = front_table(places, pool.bytes());
        detail::Header h{};
        std::memcpy(h.magic, detail::k_magic, sizeof h.magic);
        h.n_places = places.size();
        h.n_keys = keys.size();
        h.pool_size = pool.bytes().size();
        h.table_uk = tables[0];
        h.table_ru = tables[1];
        h.table_words = tables[2];
        h.table_weights = tables[3];
        h.table_romanisation = tables[4];
        h.n_front = front.dates().size();
        // A temporary file of its own in the target directory, renamed over
        // `out` when complete: processes building the same index at once never
        // write into one file, and readers see the old index or the new one.
        std::string pattern = out.string() + ".tmp.XXXXXX";
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0) throw GazetteerError("cannot write index '" + pattern + "': " + std::strerror(errno));
        const fs::path tmp = pattern;
        bool open_fd = true;
        try {
            ::fchmod(fd, 0644);
            const auto put = [&](const void* data, std::size_t n) {
                const char* p = static_cast<const char*>(data);
                while (n > 0) {
                    const ssize_t w = ::write(fd, p, n);
                    if (w < 0 && errno == EINTR) continue;
                    if (w <= 0) throw GazetteerError("write error on index '" + tmp.string() + "': " + std::strerror(errno));
                    p += w;
                    n -= static_cast<std::size_t>(w);
                }
            };
            put(&h, sizeof h);
            put(places.data(), places.size() * sizeof(PlaceRecord));
            put(keys.data(), keys.size() * sizeof(KeyRecord));
            put(pool.bytes().data(), pool.bytes().size());
            for (const auto& d : front.dates()) {
                const auto days = static_cast<std::int32_t>(d.days_since_epoch());
                put(&days, sizeof days);
            }
            const std::vector<std::uint8_t> front_bytes = front.bytes();
            put(front_bytes.data(), front_bytes.size());
            open_fd = false;
            if (::close(fd) != 0) throw GazetteerError("write error on index '" + tmp.string() + "': " + std::strerror(errno));
        } catch (...) {
            if (open_fd) ::close(fd);
            std::error_code ignored;
            fs::remove(tmp, ignored);
            throw;
        }
        std::error_code ec;
        fs::rename(tmp, out, ec);
        if (ec) {
            std::error_code ignored;
            fs::remove(tmp, ignored);
            throw GazetteerError("cannot move '" + tmp.string() + "' to '" + out.string() + "': " + ec.message());
        }
        BuildStats stats;
        stats.places = places.size();
        stats.names = keys.size();
        stats.front_snapshots = front.dates().size();
        stats.warnings = m_warnings;
        return stats;
    }
};

} // namespace

BuildStats build_index(const BuildOptions& options) {
    BuildStats stats = Importer(options).run();
    if (auto warning = detail::write_index_sources(options)) stats.warnings.push_back(std::move(*warning));
    return stats;
}

} // namespace claimtrack::gazetteer
