#include "compounds.hpp"

namespace claimtrack::gazetteer::detail {

namespace {

/// Byte offsets of the ASCII hyphens (and U+2011) inside a word.
std::vector<std::pair<std::size_t, std::size_t>> hyphens(std::string_view word) {
    std::vector<std::pair<std::size_t, std::size_t>> out; // offset, length
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word[i] == '-') out.emplace_back(i, 1);
        else if (word[i] == '\xE2' && word.compare(i, 3, "\u2011") == 0) out.emplace_back(i, 3), i += 2; // lead byte first: no compare per byte
    }
    return out;
}

bool starts_upper(std::string_view w) {
    if (w.empty()) return false;
    const auto c = static_cast<unsigned char>(w[0]);
    if (c >= 'A' && c <= 'Z') return true;
    if (w.size() < 2) return false;
    const char32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(w[1]) & 0x3Fu);
    if ((c & 0xE0) != 0xC0) return false;
    return (cp >= 0x0400 && cp <= 0x042F) || cp == 0x0490 || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

/// Letters in a part: at least two ("A-1" and initials are no compounds).
bool long_enough(std::string_view w, bool cyrillic) { return w.size() >= (cyrillic ? 4u : 2u); }

} // namespace

bool dash_join(std::string_view gap) { return gap == "-" || gap == "\u2013" || gap == "\u2014" || gap == "\u2011"; }

std::vector<Token> split_hyphen_compounds(std::vector<Token> tokens, const IsName& is_name) {
    std::vector<Token> out;
    bool any = false;
    std::vector<Token> parts;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        parts.clear();
        if (t.capitalised && !t.has_digit) {
            const auto cuts = hyphens(t.text);
            std::size_t from = 0;
            bool ok = !cuts.empty();
            for (std::size_t c = 0; ok && c <= cuts.size(); ++c) {
                const bool last = c == cuts.size();
                const std::size_t to = last ? t.text.size() : cuts[c].first;
                const std::string_view part = t.text.substr(from, to - from);
                ok = starts_upper(part) && long_enough(part, t.cyrillic);
                Token p = t;
                p.start = t.start + from;
                p.end = t.start + to;
                p.text = part;
                p.possessive = last && t.possessive;
                p.after = last ? t.after : p.end;
                parts.push_back(p);
                if (!last) from = to + cuts[c].second;
            }
            // Known as a whole (Kamianets-Podilskyi), or some part is no name: one word.
            if (!ok || is_name(t.text, t.cyrillic)) parts.clear();
            for (const auto& p : parts)
                if (!is_name(p.text, p.cyrillic)) {
                    parts.clear();
                    break;
                }
        }
        if (parts.empty()) {
            if (any) out.push_back(t);
            continue;
        }
        if (!any) out.assign(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(k)), any = true;
        out.insert(out.end(), parts.begin(), parts.end());
    }
    if (any) return out;
    return tokens; // moved, not copied (a conditional expression would copy it)
}

std::pair<std::size_t, std::size_t> compound_range(std::string_view text, const std::vector<Token>& tokens,
                                                   std::size_t first, std::size_t last) {
    while (first > 0 && tokens[first - 1].capitalised && !tokens[first - 1].possessive &&
           dash_join(gap(text, tokens[first - 1], tokens[first])))
        --first;
    while (last + 1 < tokens.size() && tokens[last + 1].capitalised && !tokens[last].possessive &&
           dash_join(gap(text, tokens[last], tokens[last + 1])))
        ++last;
    return {first, last};
}

} // namespace claimtrack::gazetteer::detail
