#include "claimtrack/geo/boundaries.hpp"

#include "gdal_functions.hpp"

#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

namespace claimtrack::geo {

namespace {

/// Spelling variants of Ukrainian admin unit names, folded to one key.
const std::unordered_map<std::string, std::string> &name_variants() {
    static const std::unordered_map<std::string, std::string> variants{
        {"odessa", "odesa"},
        {"zaporizhia", "zaporizhzhia"},
        {"zaporozhye", "zaporizhzhia"},
        {"zaporizhzhya", "zaporizhzhia"},
        {"zaporozhzhia", "zaporizhzhia"},
        {"kiev", "kyiv"},
        {"nikolaev", "mykolaiv"},
        {"nikolayev", "mykolaiv"},
        {"mykolayiv", "mykolaiv"},
        {"lugansk", "luhansk"},
        {"kharkov", "kharkiv"},
        {"chernigov", "chernihiv"},
        {"dnepropetrovsk", "dnipropetrovsk"},
        {"kirovograd", "kirovohrad"},
        {"kropyvnytskyi", "kirovohrad"},
        {"khmelnytskyy", "khmelnytskyi"},
        {"khmelnitsky", "khmelnytskyi"},
        {"khmelnytsky", "khmelnytskyi"},
        {"zakarpattya", "zakarpattia"},
        {"transcarpathia", "zakarpattia"},
        {"transcarpathian", "zakarpattia"},
        {"vinnitsa", "vinnytsia"},
        {"zhitomir", "zhytomyr"},
        {"rovno", "rivne"},
        {"cherkassy", "cherkasy"},
        {"chernovtsy", "chernivtsi"},
        {"lvov", "lviv"},
        {"ivanofrankovsk", "ivanofrankivsk"},
        {"volhynia", "volyn"},
    };
    return variants;
}

bool is_dropped_word(const std::string &word) {
    static const std::array<const char *, 10> words{"oblast",   "oblast'",  "region",     "raion",    "rayon",
                                                    "district", "province", "autonomous", "republic", "of"};
    for (const char *w : words)
        if (word == w) return true;
    return false;
}

} // namespace

std::string admin_name_key(std::string_view name) {
    std::string key;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!is_dropped_word(word)) key += word;
        word.clear();
    };
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalpha(u) && u < 128) {
            word += static_cast<char>(std::tolower(u));
        } else if (c == '-' || c == '\'') {
            // "Ivano-Frankivsk" = "Ivanofrankivsk"; "Oblast'" = "Oblast"
        } else {
            flush();
        }
    }
    flush();
    const auto &variants = name_variants();
    if (auto it = variants.find(key); it != variants.end()) return it->second;
    return key;
}

BoundarySet BoundarySet::read(const std::filesystem::path &path) {
    BoundarySet set;
    for (Boundary &boundary : detail::gdal().read_boundaries(path))
        set.add(std::move(boundary));
    return set;
}

BoundarySet BoundarySet::read_list(std::string_view paths) {
    BoundarySet set;
    std::size_t start = 0;
    while (start <= paths.size()) {
        std::size_t end = paths.find(':', start);
        if (end == std::string_view::npos) end = paths.size();
        if (end > start) {
            BoundarySet one = read(std::filesystem::path(std::string(paths.substr(start, end - start))));
            for (auto &b : one.m_boundaries)
                set.add(std::move(b));
        }
        start = end + 1;
    }
    return set;
}

const Boundary *BoundarySet::find(std::string_view name) const {
    const std::string key = admin_name_key(name);
    if (key.empty()) return nullptr;
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i] == key) return &m_boundaries[i];
    return nullptr;
}

void BoundarySet::add(Boundary boundary) {
    m_keys.push_back(admin_name_key(boundary.name));
    m_boundaries.push_back(std::move(boundary));
}

} // namespace claimtrack::geo
