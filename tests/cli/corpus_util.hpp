#pragma once
// A generated corpus for end-to-end store tests: short articles the project
// writes from templates, about settlements the GeoNames dump knows.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace claimtrack::test {

/// Settlements the GeoNames dump knows, with few namesakes.
inline const std::vector<std::string> k_places = {
    "Avdiivka", "Bakhmut",  "Soledar",  "Vuhledar",   "Marinka", "Krasnohorivka", "Robotyne", "Kupiansk",
    "Izium",    "Balakliia", "Svatove", "Kreminna",   "Siversk", "Toretsk",       "Pokrovsk", "Myrnohrad",
    "Selydove", "Kurakhove", "Vovchansk", "Huliaipole", "Orikhiv", "Chasiv Yar"};

inline std::string generated_text(std::mt19937& rng, int index) {
    const auto pick = [&rng](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
    static const std::vector<std::string> weekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    const std::string day = pick(weekdays), a = pick(k_places), b = pick(k_places);
    std::string text = "Fighting went on in the east on " + day + ", officials said in report " +
                       std::to_string(index) + ".\n\n";
    switch (rng() % 4) {
    case 0:
        text += "Russia's defence ministry said on " + day + " that its forces had captured " + a + ". ";
        text += "Ukraine's General Staff said fighting continued in " + a + " and its troops still held positions there.";
        break;
    case 1: text += "Ukraine's General Staff said on " + day + " that its troops had liberated " + a + "."; break;
    case 2:
        text += "Ukraine's military said on " + day + " that its units had withdrawn from " + a +
                " to avoid encirclement.";
        break;
    default: text += "Russia's defence ministry said on " + day + " that its troops had taken control of " + a + ".";
    }
    text += "\n\nShelling damaged houses near " + b + " overnight, local officials said.";
    return text;
}

/// Writes `count` short articles, one .txt file each, dated over two years.
inline void write_corpus(const std::filesystem::path& dir, int first, int count) {
    std::filesystem::create_directories(dir);
    for (int i = first; i < first + count; ++i) {
        std::mt19937 rng(static_cast<unsigned>(i) * 7919u + 13u); // per article: any subset is reproducible
        const int day_of_year = 1 + static_cast<int>(rng() % 28);
        const int month = 1 + static_cast<int>(rng() % 12);
        const int year = 2023 + static_cast<int>(rng() % 2);
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day_of_year);
        char name[32];
        std::snprintf(name, sizeof name, "%05d.txt", i);
        std::ofstream(dir / name) << "url: https://example.org/claimtrack/test/" << i << "\ntitle: Report " << i
                                  << "\npublished: " << date << "\n\n"
                                  << generated_text(rng, i) << "\n";
    }
}

} // namespace claimtrack::test
