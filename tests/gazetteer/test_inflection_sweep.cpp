// Ukrainian case forms over many real village names (issue 11, places on unseen text): the names
// are taken from the GeoNames dump (CLAIMTRACK_GEONAMES) at test time, one ending class at a time
// (-івка, other -ка, -ове, -не, -ськ, -ське, two-word adjective + noun, -ичі, -ці, plural -и), and
// their genitive, locative, instrumental and dative are written here from Ukrainian grammar,
// independently of geodata/inflection/uk.tsv. Each form stands in a project-written sentence; the
// mention must resolve to a settlement that bears the nominative. The share that resolves is
// printed per class and must reach k_min_share: a regression of a whole class fails, a GeoNames
// spelling or a namesake the sentence cannot settle does not.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "real_gazetteer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace claimtrack;
using claimtrack::gazetteer::test::dump_dir;
using claimtrack::gazetteer::test::real;

namespace {

/// Front-line and border oblasts (GeoNames admin1 codes): Dnipropetrovsk, Donetsk, Kharkiv, Kherson,
/// Luhansk, Mykolaiv, Sumy, Zaporizhzhia.
const std::set<std::string> k_oblasts = {"04", "05", "07", "08", "14", "16", "21", "26"};

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string cut(const std::string& s, const std::string& suffix) { return s.substr(0, s.size() - suffix.size()); }

/// Settlement names of the front oblasts that look Ukrainian (an і, ї or є, or no ы/ё/э), each with
/// the GeoNames ids of every settlement bearing it.
struct Names {
    std::map<std::string, std::set<std::int64_t>> ids;
};

const Names& names() {
    static const Names n = [] {
        Names out;
        std::ifstream in(dump_dir() / "UA.txt", std::ios::binary);
        std::string line;
        while (std::getline(in, line)) {
            std::vector<std::string> f;
            std::stringstream row(line);
            for (std::string cell; std::getline(row, cell, '\t');) f.push_back(cell);
            if (f.size() < 11 || f[6] != "P" || k_oblasts.count(f[10]) == 0) continue;
            std::stringstream alts(f[3]);
            for (std::string a; std::getline(alts, a, ',');) {
                const bool ukrainian = a.find("і") != std::string::npos || a.find("ї") != std::string::npos ||
                                       a.find("є") != std::string::npos;
                const bool foreign = a.find("ы") != std::string::npos || a.find("ў") != std::string::npos ||
                                     a.find("э") != std::string::npos || a.find("ё") != std::string::npos;
                if (ukrainian && !foreign) out.ids[a].insert(std::stoll(f[0]));
            }
        }
        return out;
    }();
    return n;
}

/// A name's case forms: genitive (one or two spellings), locative, instrumental, dative.
struct Forms {
    std::vector<std::string> genitive;
    std::string locative, instrumental, dative;
};

/// An ending class: which nominatives belong to it, and their forms.
struct Class {
    const char* label;
    std::function<bool(const std::string&)> member;
    std::function<Forms(const std::string&)> forms;
};

/// Feminine noun in -ка: -ки, -ці, -кою, -ці.
Forms noun_ka(const std::string& n) {
    const std::string stem = cut(n, "ка");
    return {{stem + "ки"}, stem + "ці", stem + "кою", stem + "ці"};
}

/// Neuter adjective in -е: -ого, -ому, -им, -ому.
Forms neuter_adjective(const std::string& n) {
    const std::string stem = cut(n, "е");
    return {{stem + "ого"}, stem + "ому", stem + "им", stem + "ому"};
}

bool one_word(const std::string& n) { return n.find(' ') == std::string::npos && n.find('-') == std::string::npos; }

const std::vector<Class>& classes() {
    static const std::vector<Class> c = {
        {"-івка", [](const std::string& n) { return one_word(n) && ends_with(n, "івка"); }, noun_ka},
        {"-ка (not -івка, -ська)",
         [](const std::string& n) {
             return one_word(n) && ends_with(n, "ка") && !ends_with(n, "івка") && !ends_with(n, "ська") &&
                    !ends_with(n, "цька") && !ends_with(n, "йка") && !ends_with(n, "ька");
         },
         noun_ka},
        {"-ове/-еве", [](const std::string& n) { return one_word(n) && (ends_with(n, "ове") || ends_with(n, "еве")); },
         neuter_adjective},
        {"-не", [](const std::string& n) { return one_word(n) && ends_with(n, "не") && !ends_with(n, "нне"); },
         neuter_adjective},
        {"-ськ",
         [](const std::string& n) { return one_word(n) && (ends_with(n, "ськ") || ends_with(n, "цьк")); },
         [](const std::string& n) { return Forms{{n + "а"}, n + "у", n + "ом", n + "у"}; }},
        {"-ське/-цьке",
         [](const std::string& n) { return one_word(n) && (ends_with(n, "ське") || ends_with(n, "цьке")); },
         neuter_adjective},
        {"adjective + noun in -ка (Велика Новосілка)",
         [](const std::string& n) {
             const auto sp = n.find(' ');
             if (sp == std::string::npos || n.find(' ', sp + 1) != std::string::npos) return false;
             const std::string adj = n.substr(0, sp), noun = n.substr(sp + 1);
             return (ends_with(adj, "ва") || ends_with(adj, "ка") || ends_with(adj, "ла") || ends_with(adj, "на")) &&
                    ends_with(noun, "ка") && !ends_with(noun, "ська") && !ends_with(noun, "ька");
         },
         [](const std::string& n) {
             const auto sp = n.find(' ');
             const std::string adj = cut(n.substr(0, sp), "а");
             const Forms noun = noun_ka(n.substr(sp + 1));
             return Forms{{adj + "ої " + noun.genitive[0]}, adj + "ій " + noun.locative,
                          adj + "ою " + noun.instrumental, adj + "ій " + noun.dative};
         }},
        {"-ичі", [](const std::string& n) { return one_word(n) && ends_with(n, "ичі"); },
         [](const std::string& n) {
             const std::string stem = cut(n, "і");
             return Forms{{stem + "ів"}, stem + "ах", stem + "ами", stem + "ам"};
         }},
        {"-ці (plural)", [](const std::string& n) { return one_word(n) && ends_with(n, "ці"); },
         [](const std::string& n) {
             const std::string stem = cut(n, "і");
             return Forms{{stem + "ів"}, stem + "ях", stem + "ями", stem + "ям"};
         }},
        {"plural -и (Пологи, Водолаги)",
         [](const std::string& n) {
             return one_word(n) && (ends_with(n, "ги") || ends_with(n, "ти") || ends_with(n, "ри") ||
                                    ends_with(n, "ди") || ends_with(n, "би"));
         },
         [](const std::string& n) {
             const std::string stem = cut(n, "и");
             // Names in -ги also drop the ending in the genitive (Водолаги -> з Водолаг).
             if (ends_with(n, "ги")) return Forms{{stem + "ів", stem}, stem + "ах", stem + "ами", stem + "ам"};
             return Forms{{stem + "ів"}, stem + "ах", stem + "ами", stem + "ам"};
         }},
    };
    return c;
}

/// The mention at `surface` resolves to one of `ids`.
bool resolves(const std::string& text, const std::string& surface, const std::set<std::int64_t>& ids) {
    for (const auto& m : real().geoparse(text))
        if (m.surface == surface) return ids.count(m.place.id) > 0;
    return false;
}

constexpr std::size_t k_names_per_class = 40;
constexpr double k_min_share = 0.85;

} // namespace

TEST_CASE("inflection sweep: case forms of real village names resolve, by ending class",
          "[gazetteer][geonames][inflection][sweep]") {
    for (const auto& cls : classes()) {
        std::size_t tried = 0, ok = 0;
        std::vector<std::string> failed;
        std::size_t names_taken = 0;
        for (const auto& [name, ids] : names().ids) {
            if (names_taken == k_names_per_class) break;
            if (!cls.member(name)) continue;
            // Only names whose nominative resolves: the sweep measures the case forms.
            if (!resolves("Окупанти вкотре обстріляли " + name + " з артилерії.", name, ids)) continue;
            ++names_taken;
            const Forms f = cls.forms(name);
            std::vector<std::pair<std::string, std::string>> sentences;
            for (const auto& g : f.genitive) sentences.emplace_back("Бої тривають біля " + g + ", повідомили у штабі.", g);
            sentences.emplace_back("Ситуація у " + f.locative + " залишається складною.", f.locative);
            sentences.emplace_back("Ворог зосередив сили під " + f.instrumental + " і готує штурм.", f.instrumental);
            sentences.emplace_back("Загроза оточення наближається до " + f.genitive[0] + ".", f.genitive[0]);
            sentences.emplace_back("Допомогу вчора надали " + f.dative + " волонтери.", f.dative);
            for (const auto& [text, surface] : sentences) {
                ++tried;
                if (resolves(text, surface, ids)) ++ok;
                else failed.push_back(surface);
            }
        }
        const double share = tried == 0 ? 0.0 : static_cast<double>(ok) / static_cast<double>(tried);
        std::ostringstream report;
        report << "class " << cls.label << ": " << ok << " of " << tried << " forms of " << names_taken
               << " names resolve";
        for (std::size_t i = 0; i < failed.size() && i < 12; ++i) report << (i == 0 ? "; not: " : ", ") << failed[i];
        std::cout << report.str() << '\n';
        INFO(report.str());
        CHECK(names_taken >= 5);
        CHECK(share >= k_min_share);
    }
}
