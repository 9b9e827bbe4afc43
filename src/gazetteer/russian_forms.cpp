#include "russian_forms.hpp"

#include "tsv.hpp"

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <algorithm>
#include <string_view>

namespace claimtrack::gazetteer::detail {

namespace {

bool ends_with(std::string_view w, std::string_view e) { return w.size() > e.size() && w.substr(w.size() - e.size()) == e; }

std::string replace_all(std::string_view w, std::string_view from, std::string_view to) {
    std::string out;
    for (std::size_t i = 0; i < w.size();) {
        if (w.substr(i, from.size()) == from) {
            out += to;
            i += from.size();
        } else {
            out += w[i++];
        }
    }
    return out;
}

/// The letters of one word in Russian spelling: є -> е, ґ -> г, the apostrophe dropped, and
/// і and ї in each of their usual correspondences (і from е in Новосілка/Новоселка, from о in
/// Харків/Харьков, и in Вільне/Вольное is left to the skeleton match).
std::vector<std::string> letters(const std::string& w) {
    std::string base = replace_all(w, "є", "е");
    base = replace_all(base, "ґ", "г");
    base = replace_all(base, "'", "");
    base = replace_all(base, "’", "");
    base = replace_all(base, "ʼ", "");
    std::vector<std::string> out;
    for (std::string_view yi : {"и", "йи"}) {
        const std::string b = replace_all(base, "ї", yi);
        out.push_back(replace_all(b, "і", "и"));
        out.push_back(replace_all(b, "і", "е"));
        // "-ів" (Харків, Чернігів): "-ов".
        if (ends_with(b, "ів")) out.push_back(b.substr(0, b.size() - std::string_view("ів").size()) + "ов");
        if (base.find("ї") == std::string::npos) break;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// Russian endings of one word (after letters()): `adjective` when it stands before another word.
std::vector<std::string> endings(const std::string& w, bool adjective) {
    std::vector<std::string> out{w};
    const auto swap_end = [&](std::string_view from, std::initializer_list<std::string_view> to) {
        if (!ends_with(w, from)) return false;
        const std::string stem = w.substr(0, w.size() - from.size());
        for (std::string_view t : to) out.push_back(stem + std::string(t));
        return true;
    };
    if (adjective) {
        // Велика -> Великая, Малі -> Малые/Малие (after letters(): "и" or "е"), Новий -> Новый.
        if (swap_end("ий", {"ый"})) return out;
        if (swap_end("а", {"ая"})) return out;
        if (swap_end("и", {"ые", "ие"})) return out;
        if (swap_end("е", {"ое"})) return out;
        return out;
    }
    // Single-word neuter adjectives: Уманське -> Уманское, Мирне -> Мирное, Іванове -> Иваново/Ивановое.
    if (swap_end("ське", {"ское"}) || swap_end("цьке", {"цкое"}) || swap_end("зьке", {"зкое"})) return out;
    if (swap_end("ове", {"ово", "овое"}) || swap_end("еве", {"ево", "евое"}) || swap_end("ине", {"ино", "иное"})) return out;
    if (swap_end("не", {"ное"}) || swap_end("же", {"жое", "жее"})) return out;
    // Веселе -> Веселое, Широке -> Широкое, Біле -> Белое, Золоте -> Золотое, Старе -> Старое.
    for (std::string_view e : {"ле", "ке", "те", "ре", "де"})
        if (swap_end(e, {std::string(e.substr(0, e.size() - std::string_view("е").size())) + "ое"})) return out;
    if (swap_end("ий", {"ый"})) return out;
    return out;
}

bool cyrillic_word(std::string_view s) {
    if (s.empty()) return false;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\'') { ++i; continue; }
        if ((c == 0xD0 || c == 0xD1 || c == 0xD2) && i + 1 < s.size()) { i += 2; continue; }
        return false;
    }
    return true;
}

/// Where `from` stands in `w` for a rule of that position, or npos.
std::size_t find_at(const std::string& w, const std::string& from, RussianStems::Where where) {
    switch (where) {
    case RussianStems::Where::Start: return w.compare(0, from.size(), from) == 0 ? 0 : std::string::npos;
    case RussianStems::Where::End:
        return w.size() >= from.size() && w.compare(w.size() - from.size(), from.size(), from) == 0 ? w.size() - from.size()
                                                                                                      : std::string::npos;
    case RussianStems::Where::Any: return w.find(from);
    }
    return std::string::npos;
}

} // namespace

RussianStems RussianStems::parse(std::string_view tsv, std::string_view source) {
    RussianStems out;
    for_each_row(tsv, source, [&](const std::vector<std::string_view>& cols, const std::string& where) {
        if (cols.size() < 3)
            throw GazetteerError(where + ": expected 'ukrainian<TAB>russian<TAB>where', got " + std::to_string(cols.size()) +
                                 " column(s)");
        Rule r;
        r.from = std::string(cols[0]);
        if (!cyrillic_word(r.from)) throw GazetteerError(where + ": '" + r.from + "' is not a Cyrillic word");
        for (std::string_view t : split(cols[1], '|')) {
            if (!cyrillic_word(t)) throw GazetteerError(where + ": '" + std::string(t) + "' is not a Cyrillic word");
            r.to.emplace_back(t);
        }
        const std::string_view w = cols[2];
        if (w == "any") r.where = Where::Any;
        else if (w == "start") r.where = Where::Start;
        else if (w == "end") r.where = Where::End;
        else throw GazetteerError(where + ": unknown position '" + std::string(w) + "' (any, start, end)");
        out.m_rules.push_back(std::move(r));
    });
    return out;
}

std::vector<std::string> RussianStems::variants(const std::string& word) const {
    std::vector<std::string> out{word};
    for (const Rule& r : m_rules) {
        std::vector<std::string> rewritten;
        for (const auto& v : out) {
            const std::size_t at = find_at(v, r.from, r.where);
            if (at == std::string::npos) continue;
            for (const auto& t : r.to) rewritten.push_back(v.substr(0, at) + t + v.substr(at + r.from.size()));
        }
        if (rewritten.empty()) continue;
        for (auto& v : out) rewritten.push_back(std::move(v));
        if (rewritten.size() > k_max_stem_variants) rewritten.resize(k_max_stem_variants);
        out = std::move(rewritten);
    }
    return out;
}

std::vector<std::string> russian_forms(const std::string& uk, const RussianStems& stems) {
    // Split into words, keeping the separators.
    std::vector<std::string> words, seps;
    std::size_t start = 0;
    while (start <= uk.size()) {
        const std::size_t end = uk.find_first_of(" -", start);
        words.push_back(uk.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        seps.push_back(uk.substr(end, 1));
        start = end + 1;
    }
    std::vector<std::string> forms{""};
    for (std::size_t k = 0; k < words.size(); ++k) {
        const bool adjective = k + 1 < words.size() && seps[k] == " ";
        std::vector<std::string> word_forms;
        const std::string word = replace_all(replace_all(words[k], "’", "'"), "ʼ", "'");
        for (const auto& stem : stems.variants(word))
            for (const auto& l : letters(stem))
                for (auto& e : endings(l, adjective))
                    if (std::find(word_forms.begin(), word_forms.end(), e) == word_forms.end()) word_forms.push_back(std::move(e));
        std::vector<std::string> next;
        for (const auto& f : forms)
            for (const auto& w : word_forms) {
                if (next.size() >= 4 * k_max_russian_forms) break;
                next.push_back(f + w + (k < seps.size() ? seps[k] : ""));
            }
        forms = std::move(next);
    }
    std::vector<std::string> out;
    for (auto& f : forms) {
        if (f == uk || std::find(out.begin(), out.end(), f) != out.end()) continue;
        out.push_back(std::move(f));
        if (out.size() == k_max_russian_forms) break;
    }
    return out;
}

} // namespace claimtrack::gazetteer::detail
