// Gazetteer benchmark: index build time, open time, resident memory and
// lookups per second. Prints figures; not a test.
//   gazetteer_bench [DUMP_DIR...]   (default: $CLAIMTRACK_GEONAMES plus its
//                                    geonames-ru-border / ru-border-villages siblings)

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using clock_type = std::chrono::steady_clock;

namespace {

double seconds_since(clock_type::time_point t0) {
    return std::chrono::duration<double>(clock_type::now() - t0).count();
}

/// Resident set size in MB, from /proc/self/status.
double rss_mb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return -1;
}

std::vector<fs::path> dump_dirs(int argc, char** argv) {
    std::vector<fs::path> dirs;
    for (int i = 1; i < argc; ++i) dirs.emplace_back(argv[i]);
    if (!dirs.empty()) return dirs;
    const char* env = std::getenv("CLAIMTRACK_GEONAMES");
    if (env == nullptr || *env == '\0') return dirs;
    dirs.emplace_back(env);
    for (const char* sibling : {"geonames-ru-border", "ru-border-villages"}) {
        const fs::path p = fs::path(env).parent_path() / sibling;
        if (fs::is_directory(p)) dirs.push_back(p);
    }
    return dirs;
}

} // namespace

int main(int argc, char** argv) {
    using namespace claimtrack::gazetteer;
    BuildOptions opts;
    opts.dump_dirs = dump_dirs(argc, argv);
    if (opts.dump_dirs.empty()) {
        std::cerr << "gazetteer_bench: pass dump directories or set CLAIMTRACK_GEONAMES\n";
        return 2;
    }
    const char* geodata = std::getenv("CLAIMTRACK_GEODATA"); // as the CLI: the source tree's geodata/ by default
    opts.geodata_dir = geodata && *geodata ? geodata : CLAIMTRACK_GEODATA_DIR;
    opts.out = fs::temp_directory_path() / ("gazetteer_bench_" + std::to_string(::getpid()) + ".ctg");
    try {
        auto t0 = clock_type::now();
        const auto stats = build_index(opts);
        const double build_s = seconds_since(t0);
        const double rss_before = rss_mb();
        t0 = clock_type::now();
        const auto gaz = Gazetteer::open(opts.out);
        const double open_s = seconds_since(t0);
        const double rss_loaded = rss_mb();

        const std::vector<std::string> names = {
            "Izyum", "Izium", "Ізюм", "Изюм", "Visokopiylya", "Vysokopillia", "Myrolyubivka", "Marjinka",
            "Maryinka", "Avdeevka", "Vugledar", "Konstantinovka", "Artemivsk", "Krasnoarmeysk", "Kharkov",
            "Sukhy Stavok", "Kherson", "Bakhmut", "Pokrovsk", "Nowhereville", "Zaporizhzhia", "Kupiansk"};
        constexpr std::size_t k_lookups = 500000;
        std::size_t found = 0;
        t0 = clock_type::now();
        for (std::size_t i = 0; i < k_lookups; ++i) found += gaz.lookup(names[i % names.size()]).size();
        const double lookup_s = seconds_since(t0);

        // Words looked up for the first time (no memo): what spotting pays
        // for each new capitalised word of a text, most of which are no
        // place, and each of which goes through every match level.
        static constexpr const char* k_syllables[] = {"Ve", "lo", "ser", "kov", "me", "dan", "ri", "po", "len", "sko",
                                                      "ta", "gor", "ni", "zhe", "ov", "ka"};
        std::vector<std::string> unseen;
        constexpr std::size_t k_unseen = 40000;
        unseen.reserve(k_unseen);
        for (std::size_t i = 0; i < k_unseen; ++i) {
            std::string w = "Zu";
            for (std::size_t n = i + 1; n > 0; n /= 16) w += k_syllables[n % 16];
            unseen.push_back(std::move(w));
        }
        std::size_t unseen_found = 0;
        t0 = clock_type::now();
        for (const auto& w : unseen) unseen_found += gaz.lookup(w).size();
        const double unseen_s = seconds_since(t0);

        // Project-written paragraphs in the three languages of the sources.
        const std::vector<std::pair<std::string, std::string>> texts = {
            {"en", "Ukrainian forces said they retook Vysokopillia and Novovoznesenske in the Kherson region, while "
                   "fighting went on near Bakhmut and Avdiivka in Donetsk Oblast. Moscow said it had withdrawn. "
                   "President Volodymyr Zelensky thanked the 93rd Brigade for holding positions outside Lyman."},
            {"uk", "Сили оборони звільнили Нововознесенське та Миролюбівку на Херсонщині, а бої тривають біля "
                   "Курахового і під Покровськом Донецької області. Президент Володимир Зеленський подякував "
                   "бійцям, які утримують позиції в районі Часового Яру."},
            {"ru", "Подразделения группировки «Центр» освободили населенный пункт Новомихайловка Донецкой "
                   "Народной Республики, бои продолжаются под Угледаром и в районе Красного Лимана. Министр "
                   "обороны Андрей Белоусов поздравил военнослужащих с освобождением Курахово."},
        };
        std::vector<std::pair<std::string, double>> parse_rates;
        std::size_t text_bytes = 0, mentions = 0;
        constexpr int k_parses = 2000;
        double parse_s = 0;
        for (const auto& [lang, text] : texts) {
            t0 = clock_type::now();
            for (int i = 0; i < k_parses; ++i) mentions += gaz.geoparse(text).size();
            const double s = seconds_since(t0);
            parse_s += s;
            text_bytes += text.size();
            parse_rates.emplace_back(lang, text.size() * static_cast<double>(k_parses) / s / 1e6);
        }

        std::cout << "places            " << stats.places << "\n"
                  << "name keys         " << stats.names << "\n"
                  << "index size        " << fs::file_size(opts.out) / (1024.0 * 1024.0) << " MB\n"
                  << "build             " << build_s << " s   (target <= 5 s)\n"
                  << "open              " << open_s * 1000 << " ms  (target <= 200 ms)\n"
                  << "RSS loaded        " << rss_loaded << " MB (before open " << rss_before
                  << " MB; target <= 200 MB)\n"
                  << "lookups/s         " << k_lookups / lookup_s << " (target >= 500000; " << found
                  << " results)\n"
                  << "new words/s       " << k_unseen / unseen_s << " (first lookups of distinct words; "
                  << unseen_found << " results)\n"
                  << "geoparse          " << text_bytes * static_cast<double>(k_parses) / parse_s / 1e6
                  << " MB/s overall (" << mentions / k_parses << " mentions per round)\n";
        for (const auto& [lang, rate] : parse_rates) std::cout << "geoparse " << lang << "       " << rate << " MB/s\n";
        fs::remove(opts.out);
    } catch (const std::exception& e) {
        std::cerr << "gazetteer_bench: " << e.what() << '\n';
        fs::remove(opts.out);
        return 1;
    }
    return 0;
}
