// Gazetteer::geoparse(): spot place names in a text and resolve namesakes
// jointly (oblasts and raions the text names, closeness to the text's other
// places, places already known, then importance).

#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/gazetteer/name_key.hpp"

#include "gazetteer_impl.hpp"
#include "lexicon.hpp"
#include "tokens.hpp"
#include "view_set.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace claimtrack::gazetteer {

namespace {

using detail::Context;
using detail::ContextPoint;
using detail::Index;
using detail::Match;
using detail::MatchLevel;
using detail::Token;

constexpr std::size_t k_max_name_tokens = 4;

/// A name found in the text, before resolution.
struct Spot {
    std::size_t first = 0, last = 0;  ///< token range of the name, inclusive
    std::size_t start = 0, end = 0;   ///< byte span of the surface
    std::vector<Match> matches;
    core::PlaceKind kind = core::PlaceKind::Settlement;
    int precision = 1;
    bool plural_region = false;       ///< "Zaporizhzhia and Kherson oblasts"
    std::string key;                  ///< exact key of the name, to resolve repeats once
    bool weak = false;                ///< one word matched only loosely: needs support from context
    bool distance_anchor = false;     ///< named as the origin of a distance ("12 km south-east of X")
    /// The region the text puts this name in ("A, B and C in X oblast", "A Курской
    /// области"): the record of its ADM1/ADM2 entry, a hard filter of the candidates.
    std::uint32_t region = k_no_region;
    bool unresolved = false;          ///< the text's region holds no candidate: named, without a point
    bool dateline = false;            ///< "KYIV (Reuters) –": where the report was filed, no context for the others
    static constexpr std::uint32_t k_no_region = std::numeric_limits<std::uint32_t>::max();
};

bool only_space(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

/// Words of one name may be separated by a space or a hyphen, nothing else.
bool joins_name(std::string_view s) { return only_space(s) || s == "-"; }

bool is_kind(const Match& m, core::PlaceKind k) { return m.kind == k; }

class Parser {
public:
    Parser(const Index& index, std::string_view text, const ParseHints& hints, const detail::Boundaries* boundaries)
        : m_index(index), m_text(text), m_hints(hints), m_boundaries(boundaries), m_tokens(detail::tokenize(text)) {
        // The keys of all words in one buffer (views are taken once it is complete): a key is
        // never longer than its word, so the text's size holds them all, but for the rare
        // word ICU folds longer.
        std::vector<std::size_t> ends;
        ends.reserve(m_tokens.size());
        m_key_bytes.resize(m_text.size());
        std::size_t used = 0;
        for (const auto& t : m_tokens) {
            if (used + t.text.size() > m_key_bytes.size()) m_key_bytes.resize(used + t.text.size());
            std::size_t n = fold_key_fast(t.text, m_key_bytes.data() + used);
            if (n == k_no_fast_fold) {
                const std::string k = exact_key(t.text);
                if (used + k.size() > m_key_bytes.size()) m_key_bytes.resize(used + k.size());
                k.copy(m_key_bytes.data() + used, k.size());
                n = k.size();
            }
            ends.push_back(used += n);
        }
        m_key_bytes.resize(used);
        m_keys.reserve(m_tokens.size());
        for (std::size_t i = 0, start = 0; i < m_tokens.size(); start = ends[i++])
            m_keys.push_back(std::string_view(m_key_bytes).substr(start, ends[i] - start));
        m_word_classes.assign(m_tokens.size(), k_unknown_classes);
        m_lower_case_keys = detail::ViewSet(m_tokens.size());
        for (std::size_t i = 0; i < m_tokens.size(); ++i)
            if (!m_tokens[i].capitalised) m_lower_case_keys.insert(m_keys[i]);
        mark_headlines();
        mark_person_runs();
        mark_cyrillic_persons();
        mark_credit_lines();
    }

    std::vector<core::Mention> run() {
        spot();
        link_plural_regions();
        bind_regions();
        return resolve();
    }

private:
    const Index& m_index;
    std::string_view m_text;
    const ParseHints& m_hints;
    const detail::Boundaries* m_boundaries; ///< oblast polygons, when configured
    std::vector<Token> m_tokens;
    std::string m_key_bytes;                   ///< the exact keys of all tokens, one after another
    std::vector<std::string_view> m_keys;      ///< exact key per token (views into m_key_bytes)
    detail::ViewSet m_lower_case_keys;         ///< keys of the tokens written in lower case
    std::unordered_set<std::string_view> m_person_words; ///< views into m_key_bytes
    static constexpr unsigned k_unknown_classes = ~0u;
    mutable std::vector<unsigned> m_word_classes; ///< per token, CyrillicWords::classes() once asked
    std::vector<bool> m_headline;              ///< token lies on a title-case line
    std::vector<bool> m_credit;                ///< token lies after "Photo:", "Author:" on its line
    std::vector<Spot> m_spots;
    std::vector<std::size_t> m_names;   ///< the first spot of each distinct name, ascending
    std::vector<std::size_t> m_name_of; ///< per spot, the first spot of its name
    std::vector<std::pair<double, std::uint32_t>> m_bound_scratch; ///< rank()'s heap, kept to spare allocations
    /// Loose matches of the spans tried so far: names recur within a text,
    /// and reading a word through the case tables is the costly step.
    std::unordered_map<std::string_view, std::vector<Match>> m_loose_cache;
    const std::vector<Match> m_no_matches;
    std::unordered_map<std::string_view, std::vector<Match>> m_latin_cache[2]; ///< by allow_fuzzy
    const detail::Inflector* m_cyrillic_table = nullptr; ///< case table of the text's language, once known
    /// Towns named by a front-sector phrase ("на Бахмутському напрямку", "на
    /// Артемовском направлении"): not mentions, but context for the namesakes
    /// of the text, like the origin of a distance.
    std::vector<ContextPoint> m_anchors;

    const detail::CyrillicWords& words() const { return m_index.cyrillic_words(); }

    /// Token i is a word of one of the Cyrillic word classes `classes`
    /// (CyrillicWords::Class bits). Looked up once per token: the filters
    /// ask several questions about the same words.
    bool is(std::size_t i, unsigned classes) const {
        if (m_word_classes[i] == k_unknown_classes) m_word_classes[i] = words().classes(key(i));
        return (m_word_classes[i] & classes) != 0;
    }

    /// The case table for reading Cyrillic names of this text: Ukrainian when
    /// its letters are more often Ukrainian-only than Russian-only.
    const detail::Inflector& cyrillic_table() {
        if (m_cyrillic_table) return *m_cyrillic_table;
        std::size_t uk = 0, ru = 0;
        for (std::size_t i = 0; i + 1 < m_text.size(); ++i) {
            if (static_cast<unsigned char>(m_text[i]) != 0xD1) continue;
            const auto b = static_cast<unsigned char>(m_text[i + 1]);
            uk += (b == 0x96 || b == 0x97 || b == 0x94) ? 1 : 0; // і ї є
            ru += (b == 0x8B || b == 0x8D || b == 0x8A || b == 0x91) ? 1 : 0; // ы э ъ ё
        }
        m_cyrillic_table = uk > ru ? &m_index.ukrainian() : &m_index.russian();
        return *m_cyrillic_table;
    }

    // ---- token context ---------------------------------------------------

    std::string_view key(std::size_t i) const { return m_keys[i]; }

    /// The text also uses the word of capitalised token i in lower case
    /// ("stavok"). Asked once per candidate name, and long texts have many:
    /// answered from a set built once per text, not by a scan of every token
    /// per question (quadratic on long articles).
    bool seen_in_lower_case(std::size_t i) const { return m_lower_case_keys.contains(key(i)); }
    bool has(std::size_t i) const { return i < m_tokens.size(); }

    /// Token i-1 directly before token i (only spaces between), or npos.
    std::size_t prev_adjacent(std::size_t i) const {
        if (i == 0) return std::string::npos;
        return only_space(detail::gap(m_text, m_tokens[i - 1], m_tokens[i])) ? i - 1 : std::string::npos;
    }
    std::size_t next_adjacent(std::size_t i) const {
        if (!has(i + 1) || m_tokens[i].possessive) return std::string::npos;
        return only_space(detail::gap(m_text, m_tokens[i], m_tokens[i + 1])) ? i + 1 : std::string::npos;
    }

    /// Lines that are mostly capitalised words are headlines: there, a
    /// capitalised neighbour says nothing about names.
    void mark_headlines() {
        m_headline.assign(m_tokens.size(), false);
        std::size_t line_start = 0;
        for (std::size_t i = 0; i <= m_tokens.size(); ++i) {
            const bool new_line = i == m_tokens.size() ||
                                  (i > 0 && detail::gap(m_text, m_tokens[i - 1], m_tokens[i]).find('\n') != std::string_view::npos);
            if (!new_line) continue;
            if (i > line_start && is_headline(line_start, i))
                for (std::size_t k = line_start; k < i; ++k) m_headline[k] = true;
            line_start = i;
        }
    }

    /// A title-case line: short, mostly capitalised words, no full stop at the
    /// end and no list of names (commas).
    bool is_headline(std::size_t first, std::size_t end) const {
        const std::string_view line = m_text.substr(m_tokens[first].start, m_tokens[end - 1].after - m_tokens[first].start);
        const std::size_t line_end = m_text.find('\n', m_tokens[end - 1].after);
        const std::string_view tail = m_text.substr(m_tokens[end - 1].after, line_end == std::string_view::npos ? std::string_view::npos : line_end - m_tokens[end - 1].after);
        if (tail.find('.') != std::string_view::npos || std::count(line.begin(), line.end(), ',') > 1) return false;
        std::size_t words = 0, caps = 0;
        for (std::size_t k = first; k < end; ++k) {
            if (m_tokens[k].text.size() <= 3 || m_tokens[k].has_digit) continue;
            ++words;
            caps += m_tokens[k].capitalised ? 1 : 0;
        }
        return words >= 3 && caps * 10 >= words * 8;
    }

    bool common_word(std::size_t i) const {
        const std::string_view k = key(i);
        if (detail::contains(detail::k_stopwords, k)) return true;
        const auto ends = [&](std::string_view s) { return k.size() > s.size() + 2 && k.compare(k.size() - s.size(), s.size(), s) == 0; };
        return ends("ed") || ends("ing") || ends("ly");
    }

    /// Runs of two or more capitalised Latin words that are not a place name
    /// ("Oleh Syniehubov"): their words are people's or organisations' names
    /// wherever they occur alone in this text.
    void mark_person_runs() {
        std::size_t i = 0;
        while (i < m_tokens.size()) {
            if (!m_tokens[i].capitalised || m_tokens[i].cyrillic || m_headline[i] || common_word(i)) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (next_adjacent(j) != std::string::npos && m_tokens[j + 1].capitalised && !m_tokens[j + 1].cyrillic)
                ++j;
            if (j > i && !run_is_placeish(i, j))
                for (std::size_t k = i; k <= j; ++k) m_person_words.insert(key(k));
            i = j + 1;
        }
    }

    /// Cyrillic people: a given name or a patronymic, the capitalised words
    /// next to it, and the capitalised word after a title ("министр Х") are
    /// people's names wherever they occur alone in this text.
    void mark_cyrillic_persons() {
        const auto is_cap_cyr = [&](std::size_t k) { return has(k) && m_tokens[k].cyrillic && m_tokens[k].capitalised; };
        for (std::size_t i = 0; i < m_tokens.size(); ++i) {
            // Only a capitalised word, or a title before one, marks anything.
            if (!m_tokens[i].cyrillic || (!is_cap_cyr(i) && !is_cap_cyr(i + 1))) continue;
            const bool person = is_cap_cyr(i) && (is(i, detail::CyrillicWords::FirstName) || words().patronymic(key(i)));
            const bool title = is(i, detail::CyrillicWords::Title);
            if (!person && !title) continue;
            if (person) m_person_words.insert(key(i));
            for (std::size_t k = i; (k = next_adjacent(k)) != std::string::npos && is_cap_cyr(k) && k <= i + 2;)
                if (!is(k, detail::CyrillicWords::Stop)) m_person_words.insert(key(k));
            if (!person) continue;
            for (std::size_t k = i; (k = prev_adjacent(k)) != std::string::npos && is_cap_cyr(k) && k + 2 >= i;)
                if (!is(k, detail::CyrillicWords::Title)) m_person_words.insert(key(k));
        }
    }

    /// "Author: …", "Photo: …", "Фото: …": the rest of the line credits
    /// people and units, whose names are not places.
    void mark_credit_lines() {
        m_credit.assign(m_tokens.size(), false);
        for (std::size_t i = 0; i + 1 < m_tokens.size(); ++i) {
            if (!detail::contains(detail::k_credit_words, key(i))) continue;
            const std::string_view g = detail::gap(m_text, m_tokens[i], m_tokens[i + 1]);
            if (g.empty() || g.front() != ':' || g.find('\n') != std::string_view::npos) continue;
            for (std::size_t k = i + 1; k < m_tokens.size(); ++k) {
                if (detail::gap(m_text, m_tokens[k - 1], m_tokens[k]).find('\n') != std::string_view::npos) break;
                m_credit[k] = true;
            }
        }
    }

    /// «Север», "Коментарі": a quoted single word is a name of a body, not a place.
    bool quoted(std::size_t i) const {
        const Token& t = m_tokens[i];
        const auto opens = [&](std::string_view q) { return t.start >= q.size() && m_text.substr(t.start - q.size(), q.size()) == q; };
        const auto closes = [&](std::string_view q) { return m_text.substr(t.after, q.size()) == q; };
        return (opens("«") && closes("»")) || (opens("\"") && closes("\"")) || (opens("„") && closes("“")) ||
               (opens("“") && closes("”"));
    }

    bool run_is_placeish(std::size_t i, std::size_t j) const {
        // "near Uspenivka Donetsk": a name and its oblast.
        if (j > i && !m_index.admin1_named(m_tokens[j].text).empty()) return true;
        for (std::size_t k = i; k <= j; ++k)
            if (detail::contains(detail::k_place_suffixes, key(k)) || detail::contains(detail::k_facility_words, key(k)) ||
                common_word(k))
                return true;
        const std::string name(m_text.substr(m_tokens[i].start, m_tokens[j].end - m_tokens[i].start));
        return !m_index.match_exact(name).empty();
    }

    // ---- spotting ---------------------------------------------------------

    void spot() {
        // A spot starts at a capitalised word.
        m_spots.reserve(static_cast<std::size_t>(
            std::count_if(m_tokens.begin(), m_tokens.end(), [](const Token& t) { return t.capitalised; })));
        std::size_t i = 0;
        while (i < m_tokens.size()) {
            // "на слов'янському напрямку": Ukrainian writes front sectors in lower case too.
            if (lower_axis_adjective(i)) add_axis_anchor(i);
            if (auto s = spot_at(i)) {
                i = s->last + 1;
                if (s->kind != core::PlaceKind::Settlement && s->kind != core::PlaceKind::Water) {
                    // Region words were consumed into the span.
                    while (i < m_tokens.size() && m_tokens[i].start < s->end) ++i;
                }
                m_spots.push_back(std::move(*s));
            } else {
                ++i;
            }
        }
    }

    std::optional<Spot> spot_at(std::size_t i) {
        const Token& t = m_tokens[i];
        if (!t.capitalised || t.has_digit || m_credit[i]) return std::nullopt;
        if (t.cyrillic) return spot_cyrillic(i);
        for (std::size_t n = k_max_name_tokens; n >= 1; --n) {
            const std::size_t last = i + n - 1;
            if (!has(last) || !name_tokens(i, last)) continue;
            if (n == 1 && !t.cyrillic && detail::contains(detail::k_stopwords, key(i)) &&
                !detail::contains(detail::k_capitals, key(i)))
                return std::nullopt;
            const std::string_view name = m_text.substr(t.start, m_tokens[last].end - t.start);
            const auto& matches = latin_matches(name, n > 1 || name.size() >= 10);
            if (matches.empty()) continue;
            Spot s;
            s.first = i;
            s.last = last;
            s.start = t.start;
            s.end = m_tokens[last].end;
            s.key = n == 1 ? std::string(key(i)) : exact_key(name);
            s.matches = matches;
            if (classify(s)) return s;
            return std::nullopt;
        }
        return std::nullopt;
    }

    /// A Cyrillic name at token i: a region phrase ("Харківській області",
    /// "Донецкой народной республики"), else the longest run whose spelling or
    /// case form is known (with its namesakes under the other orthography),
    /// else one or two words read through the text's case table and matched by
    /// skeleton (weak: needs support from context).
    std::optional<Spot> spot_cyrillic(std::size_t i) {
        if (auto s = cyrillic_region_phrase(i)) return s;
        if (const std::size_t head = head_noun(i); head != std::string::npos) {
            // "на Донецком и Запорожском направлениях": each adjective names a front sector.
            if (is(head, detail::CyrillicWords::AxisNoun) && adjective_or_locative(i)) {
                add_axis_anchor(i);
                return std::nullopt;
            }
            // "в Запорізькій і Донецькій областях", "Петровского района": a region, never a settlement.
            if (is(head, detail::CyrillicWords::RegionNoun) && words().adjectival(key(i))) return region_adjective_spot(i, head);
            // "Об’єднана штурмова бригада", "Головного оперативного управління": a body's name.
            if (is(head, detail::CyrillicWords::DirectionNoun)) return std::nullopt;
        }
        // "… и один в Белгородской": an oblast's adjective whose noun is left out.
        if (auto s = elided_oblast(i)) return s;
        for (std::size_t n = k_max_name_tokens; n >= 1; --n) {
            const std::size_t last = i + n - 1;
            if (!has(last) || !name_tokens(i, last)) continue;
            // One word: its key is at hand.
            auto matches = n == 1 ? m_index.match_cyrillic_key(key(i)) : m_index.match_cyrillic(span_text(i, last));
            if (matches.empty()) continue;
            if (n == 1 && modifier_word(i)) return std::nullopt;
            if (n <= 2) add_new(matches, loose_matches(i, last));
            Spot s = make_spot(i, last, std::move(matches), false);
            if (classify(s)) return s;
            return std::nullopt;
        }
        if (modifier_word(i)) return std::nullopt;
        for (std::size_t n = 2; n >= 1; --n) {
            const std::size_t last = i + n - 1;
            if (!has(last) || !name_tokens(i, last)) continue;
            if (n == 1 && (sentence_start(i) || is(i, detail::CyrillicWords::Stop) || m_person_words.count(key(i)) ||
                           seen_in_lower_case(i)))
                continue;
            auto matches = loose_matches(i, last);
            if (matches.empty()) continue;
            Spot s = make_spot(i, last, std::move(matches), true);
            if (classify(s)) return s;
            return std::nullopt;
        }
        return std::nullopt;
    }

    /// Index::match() of a Latin name, once per spelling and text: names
    /// and the capitalised words around them recur.
    const std::vector<Match>& latin_matches(std::string_view name, bool allow_fuzzy) {
        auto& cache = m_latin_cache[allow_fuzzy ? 1 : 0];
        if (auto hit = cache.find(name); hit != cache.end()) return hit->second;
        return cache.emplace(name, m_index.match(name, allow_fuzzy)).first->second;
    }

    std::string_view span_text(std::size_t first, std::size_t last) const {
        return m_text.substr(m_tokens[first].start, m_tokens[last].end - m_tokens[first].start);
    }

    Spot make_spot(std::size_t first, std::size_t last, std::vector<Match> matches, bool loose) const {
        Spot s;
        s.first = first;
        s.last = last;
        s.start = m_tokens[first].start;
        s.end = m_tokens[last].end;
        s.key = exact_key(span_text(first, last));
        s.matches = std::move(matches);
        s.weak = loose && first == last;
        return s;
    }

    static void add_new(std::vector<Match>& out, const std::vector<Match>& more) {
        for (const auto& m : more)
            if (std::none_of(out.begin(), out.end(), [&](const Match& o) { return o.place == m.place; })) out.push_back(m);
    }

    /// Skeleton matches of the nominatives the words may come from; only for
    /// names long enough (six letters) for a skeleton to be telling. Two
    /// words are long enough together ("Сухой Балки").
    const std::vector<Match>& loose_matches(std::size_t first, std::size_t last) {
        constexpr std::size_t k_min_loose_bytes = 12; // six Cyrillic letters
        const std::string_view span = span_text(first, last);
        if (span.size() < k_min_loose_bytes + (last - first)) return m_no_matches; // not counting the spaces
        if (auto hit = m_loose_cache.find(span); hit != m_loose_cache.end()) return hit->second;
        return m_loose_cache.emplace(span, m_index.match_cyrillic_loose(span, cyrillic_table())).first->second;
    }

    /// Capitalised words (up to three) and up to two lower-case words ending
    /// in a region noun, matched as one name: an oblast or a republic.
    std::optional<Spot> cyrillic_region_phrase(std::size_t i) {
        for (std::size_t n = 3; n >= 1; --n) {
            const std::size_t last = i + n - 1;
            if (!has(last) || !name_tokens(i, last)) continue;
            std::size_t k = last;
            for (std::size_t extra = 1; extra <= 2; ++extra) {
                k = next_adjacent(k);
                if (k == std::string::npos || m_tokens[k].capitalised || !m_tokens[k].cyrillic) break;
                if (!is(k, detail::CyrillicWords::RegionNoun)) continue;
                auto matches = m_index.match_cyrillic(span_text(i, k));
                // "Курському районі": a raion, not the oblast of the same adjective.
                if (key(k).substr(0, std::min<std::size_t>(key(k).size(), 10)) == "раион") // exact keys: "й" folds to "и"
                    std::erase_if(matches, [](const Match& m) { return !is_kind(m, core::PlaceKind::Admin2); });
                if (matches.empty()) break;
                Spot s = make_spot(i, k, std::move(matches), false);
                if (classify(s)) return s;
                break;
            }
        }
        return std::nullopt;
    }

    /// "на слов'янському напрямку", "в запорожском направлении": after a
    /// preposition (not "так званого українського виступу").
    bool lower_axis_adjective(std::size_t i) const {
        if (!m_tokens[i].cyrillic || m_tokens[i].capitalised || !words().adjectival(key(i))) return false;
        if (i == 0 || !adjacent(i - 1, i)) return false;
        const std::string_view p = key(i - 1);
        if (p != "на" && p != "в" && p != "у" && p != "по") return false;
        const std::size_t n = next_adjacent(i);
        return n != std::string::npos && m_tokens[n].cyrillic && !m_tokens[n].capitalised &&
               is(n, detail::CyrillicWords::AxisNoun);
    }

    /// An adjective, or a Russian locative in -ом ("Артемовском"), as before a front-sector noun.
    bool adjective_or_locative(std::size_t i) const {
        const std::string_view k = key(i);
        const bool locative = k.size() > 4 && k.compare(k.size() - 4, 4, "ом") == 0;
        return words().adjectival(k) || locative;
    }

    static bool conjunction(std::string_view k) {
        return k == "и" || k == "і" || k == "й" || k == "та" || k == "или" || k == "або";
    }

    /// A lower-case word that may be an adjective between a capitalised word
    /// and its noun ("штурмова", "оперативного", "атомная"): an adjectival ending.
    bool lower_adjective(std::size_t n) const {
        const std::string_view k = key(n);
        if (conjunction(k) || k.size() < 8) return false; // four Cyrillic letters at least
        // Exact keys: "й" folds to "и", "ї" to "і".
        for (std::string_view e : {"а", "е", "і", "я", "ии", "іи", "оі", "ого", "ому", "ою", "им", "их", "ая", "ое", "ые",
                                   "ыи", "ои", "ую", "ие", "ых"})
            if (k.size() > e.size() && k.compare(k.size() - e.size(), e.size(), e) == 0) return true;
        return false;
    }

    /// The lower-case noun the capitalised Cyrillic word at token i modifies,
    /// when it is a region, front-sector or body noun: directly after it, after
    /// up to two lower-case adjectives ("Об’єднана штурмова бригада"), or shared
    /// by a list of capitalised adjectives ("в Запорізькій і Донецькій
    /// областях", "на Донецком и Запорожском направлениях"). npos when none.
    std::size_t head_noun(std::size_t i) const {
        constexpr int k_max_conjuncts = 6, k_max_adjectives = 2;
        constexpr unsigned k_heads =
            detail::CyrillicWords::RegionNoun | detail::CyrillicWords::AxisNoun | detail::CyrillicWords::DirectionNoun;
        const auto lower_cyr = [&](std::size_t n) { return m_tokens[n].cyrillic && !m_tokens[n].capitalised; };
        std::size_t j = i;
        bool joined = false; // a list shares a noun only through a conjunction ("A, B и C областях")
        for (int c = 0; c < k_max_conjuncts; ++c) {
            std::size_t n = next_adjacent(j);
            for (int a = 0; n != std::string::npos && lower_cyr(n); ++a) {
                if (is(n, k_heads)) return j == i || joined ? n : std::string::npos;
                if (a == k_max_adjectives || !lower_adjective(n)) break;
                n = next_adjacent(n);
            }
            // The next adjective of a list sharing the noun: ", X", " и X", ", и X".
            std::size_t k = j + 1;
            if (!has(k) || m_tokens[j].possessive) return std::string::npos;
            const std::string_view g = detail::gap(m_text, m_tokens[j], m_tokens[k]);
            if (g != ", " && !only_space(g)) return std::string::npos;
            if (!adjective_or_locative(j)) return std::string::npos;
            if (lower_cyr(k) && conjunction(key(k))) {
                if (!has(k + 1) || !adjacent(k, k + 1)) return std::string::npos;
                ++k;
                joined = true;
            } else if (g != ", ") {
                return std::string::npos;
            }
            if (!m_tokens[k].cyrillic || !m_tokens[k].capitalised || !adjective_or_locative(k)) return std::string::npos;
            j = k;
        }
        return std::string::npos;
    }

    /// The stem of a region adjective ("Запорізькій" -> "запорізк",
    /// "Курского" -> "курск"): the key without its adjectival ending, when
    /// the stem ends as adjectives of place names do (-ськ, -цьк, -зьк, -ск, -цк).
    std::string region_stem(std::size_t i) const {
        const std::string_view k = key(i);
        // Exact keys: "й" folds to "и", "ї" to "і".
        for (std::string_view e : {"ому", "ого", "ими", "іи", "оі", "ою", "ии", "им", "их", "ую", "ая", "ои", "еи", "ые",
                                   "ых", "ым", "ое", "ом", "ие", "а", "у", "е", "і"}) {
            if (k.size() <= e.size() + 6 || k.compare(k.size() - e.size(), e.size(), e) != 0) continue;
            const std::string_view stem = k.substr(0, k.size() - e.size());
            for (std::string_view end : {"ск", "цк", "зк"}) // exact keys drop the soft sign
                if (stem.size() > end.size() && stem.compare(stem.size() - end.size(), end.size(), end) == 0)
                    return std::string(stem);
            return {};
        }
        return {};
    }

    /// The oblasts (or raions) whose name is the adjective at token i:
    /// "<stem>а область", "<stem>ая область" ("<stem>ий район").
    std::vector<Match> region_adjective_matches(std::size_t i, core::PlaceKind kind) const {
        const std::string stem = region_stem(i);
        std::vector<Match> out;
        if (stem.empty()) return out;
        const auto phrases = kind == core::PlaceKind::Admin1
                                 ? std::vector<std::string>{stem + "а область", stem + "ая область"}
                                 : std::vector<std::string>{stem + "ий район"};
        for (const auto& phrase : phrases)
            for (const auto& m : m_index.match_cyrillic(phrase))
                if (is_kind(m, kind) && std::none_of(out.begin(), out.end(), [&](const Match& o) { return o.place == m.place; }))
                    out.push_back(m);
        return out;
    }

    /// A region adjective with its (possibly shared) region noun: an oblast
    /// or a raion the gazetteer knows, else nothing (a city district, a
    /// foreign raion): never a settlement.
    std::optional<Spot> region_adjective_spot(std::size_t i, std::size_t head) {
        const std::string_view noun = key(head);
        const bool raion = noun.substr(0, std::min<std::size_t>(noun.size(), 10)) == "раион"; // "району", "районах" (exact keys: "й" folds to "и")
        if (noun.substr(0, std::min<std::size_t>(noun.size(), 12)) == "громад") return std::nullopt; // "X громада"
        const auto kind = raion ? core::PlaceKind::Admin2 : core::PlaceKind::Admin1;
        auto matches = region_adjective_matches(i, kind);
        if (matches.empty()) return std::nullopt;
        Spot s = make_spot(i, i, std::move(matches), false);
        const bool own_noun = head == next_adjacent(i);
        if (own_noun) s.end = m_tokens[head].end;
        s.kind = kind;
        s.precision = 3;
        s.plural_region = !own_noun; // a noun shared by a list binds no name before it
        return s;
    }

    /// "и один в Белгородской", "у Херсонській та Миколаївській": the
    /// feminine adjective of an oblast in an oblique case, its noun left out,
    /// after a preposition or in a list.
    std::optional<Spot> elided_oblast(std::size_t i) {
        if (sentence_start(i) || i == 0) return std::nullopt;
        // "Донецкой Народной Республике": a longer name goes on.
        if (const std::size_t n = next_adjacent(i); n != std::string::npos && m_tokens[n].capitalised) return std::nullopt;
        const std::string_view k = key(i);
        bool feminine = false;
        for (std::string_view e : {"іи", "оі", "ою", "ои", "ую"}) // exact keys: "й" folds to "и", "ї" to "і"
            feminine = feminine || (k.size() > e.size() && k.compare(k.size() - e.size(), e.size(), e) == 0);
        if (!feminine) return std::nullopt;
        const std::size_t p = i - 1;
        const bool after_word = m_tokens[p].cyrillic && !m_tokens[p].capitalised &&
                                (is(p, detail::CyrillicWords::PlaceCue) || conjunction(key(p)));
        if (!after_word && detail::gap(m_text, m_tokens[p], m_tokens[i]) != ", ") return std::nullopt;
        auto matches = region_adjective_matches(i, core::PlaceKind::Admin1);
        if (matches.empty()) return std::nullopt;
        Spot s = make_spot(i, i, std::move(matches), false);
        s.kind = core::PlaceKind::Admin1;
        s.precision = 3;
        return s;
    }

    /// The nominatives an adjective of a town may come from: Бахмутський ->
    /// Бахмут, Покровський -> Покровськ, Донецький -> Донецьк, Авдіївський ->
    /// Авдіївка, Курахівський -> Курахове, Гуляйпільський -> Гуляйполе;
    /// Russian likewise (Артемовский -> Артемовск, Авдеевский -> Авдеевка).
    static std::vector<std::string> axis_town_names(const std::string& adjective) {
        std::vector<std::string> out;
        constexpr std::size_t k_max_ending_bytes = 8; // four Cyrillic letters: "ього", "ому"
        for (std::string_view infix : {"цьк", "ськ", "цк", "ск"}) {
            const std::size_t pos = adjective.rfind(infix);
            if (pos == std::string::npos || pos < 4) continue;
            const std::size_t tail = adjective.size() - pos - infix.size();
            if (tail == 0 || tail > k_max_ending_bytes) continue;
            const std::string stem = adjective.substr(0, pos);
            const bool ts = infix.substr(0, 2) == "ц";
            out.push_back(stem + std::string(infix));
            if (ts) break; // Донецький: only Донецьк
            out.push_back(stem);
            out.push_back(stem + "ка");
            const auto ends = [&](std::string_view e) {
                return stem.size() > e.size() && stem.compare(stem.size() - e.size(), e.size(), e) == 0;
            };
            if (ends("ів")) out.push_back(stem.substr(0, stem.size() - 4) + "ове");
            if (ends("іль")) out.push_back(stem.substr(0, stem.size() - 6) + "оле");
            break;
        }
        return out;
    }

    /// The town of an axis phrase: the most important settlement bearing one
    /// of the nominatives as a name, an alternate name or a renaming.
    void add_axis_anchor(std::size_t i) {
        const std::uint32_t none = static_cast<std::uint32_t>(-1);
        std::uint32_t best = none;
        double best_importance = -1;
        for (const auto& name : axis_town_names(detail::lower_cyrillic(m_tokens[i].text))) {
            for (const auto& m : m_index.match_exact(name)) {
                if (m.level > MatchLevel::Alias || !is_kind(m, core::PlaceKind::Settlement)) continue;
                const auto& r = m_index.record(m.place);
                const double imp = detail::importance(r, m_index.str(r.feature_code));
                if (imp > best_importance) best_importance = imp, best = m.place;
            }
        }
        if (best == none) return;
        const auto& r = m_index.record(best);
        m_anchors.emplace_back(r.lat, r.lon, std::string(m_index.str(r.name)) + " (front sector named in the text)", 1.0,
                               m_index.str(r.admin1_code));
    }

    /// A word that modifies the next one rather than naming a place: before
    /// a direction or region noun ("Донецком направлении"), or an adjective
    /// before another capitalised word (the first word of an unknown name).
    bool modifier_word(std::size_t i) const {
        const std::size_t n = next_adjacent(i);
        if (n == std::string::npos || !m_tokens[n].cyrillic) return false;
        if (!m_tokens[n].capitalised) return is(n, detail::CyrillicWords::DirectionNoun | detail::CyrillicWords::AxisNoun | detail::CyrillicWords::RegionNoun);
        // "Красное Харьковской области": the next word starts an oblast phrase.
        if (const std::size_t after = next_adjacent(n); after != std::string::npos && is(after, detail::CyrillicWords::RegionNoun))
            return false;
        return words().adjectival(key(i));
    }

    /// The first word of a sentence or a line: capitalised whatever it is.
    bool sentence_start(std::size_t i) const {
        std::size_t p = m_tokens[i].start;
        while (p > 0 && (m_text[p - 1] == ' ' || m_text[p - 1] == '\t')) --p;
        if (p == 0) return true;
        const char c = m_text[p - 1];
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"') return true;
        const std::string_view before = m_text.substr(0, p);
        for (std::string_view mark : {"«", "—", "–", "…"})
            if (before.size() >= mark.size() && before.substr(before.size() - mark.size()) == mark) return true;
        return false;
    }

    /// Tokens i..last can form one name: capitalised, joined by spaces or hyphens,
    /// no possessive inside.
    bool name_tokens(std::size_t i, std::size_t last) const {
        for (std::size_t k = i; k <= last; ++k) {
            if (!m_tokens[k].capitalised || m_tokens[k].has_digit) return false;
            if (m_tokens[k].cyrillic != m_tokens[i].cyrillic) return false;
            if (k < last && (m_tokens[k].possessive || !joins_name(detail::gap(m_text, m_tokens[k], m_tokens[k + 1]))))
                return false;
        }
        return true;
    }

    /// Decides what the name stands for here, narrows the matches to that
    /// kind, and applies the filters. False: not a place mention.
    bool classify(Spot& s) const {
        if (region_phrase(s)) return !s.matches.empty();
        if (!m_tokens[s.first].cyrillic && bare_region(s)) {
            narrow_to_admin(s, core::PlaceKind::Admin1);
            return !s.matches.empty();
        }
        keep_bare_name_kinds(s);
        if (s.matches.empty()) return false;
        const auto kind = s.matches.front().kind;
        s.kind = kind;
        // A town where a report was filed is no context for the text's other places ("Роботине —
        // село …" opens a sentence; "PARIS, Aug 1" matching a village's alternate name is left to
        // the usual tests).
        s.dateline = !m_tokens[s.first].cyrillic && dateline(s) && any_town(s);
        if (kind == core::PlaceKind::Country) return true;
        if (m_tokens[s.first].cyrillic) return kind_ok_cyrillic(s);
        if (!plausible_latin_mention(s)) return false;
        // "the Tavriia direction": a front sector is named after a town (or an army group), not a village.
        if (kind == core::PlaceKind::Settlement && axis_word_after(s.last) && !any_town(s)) return false;
        s.weak = s.first == s.last && std::all_of(s.matches.begin(), s.matches.end(), [](const Match& m) {
                     return m.level >= MatchLevel::Skeleton;
                 });
        set_precision(s);
        return true;
    }

    std::string_view name_of(const Spot& s) const { return m_text.substr(s.start, m_tokens[s.last].end - s.start); }

    /// A bare oblast name where the wording makes it the oblast, not its
    /// city: after a compass adjective ("southern Odesa"), after a village
    /// in wire style ("shelled Tsupivka, Kharkiv", "near Uspenivka Donetsk",
    /// "Tykhe and Vodiane in Zaporizhzhia"), after "villages in" ("100
    /// villages in Kursk") or "incursion into".
    bool bare_region(const Spot& s) const {
        if (s.first == 0 || m_index.admin1_named(name_of(s)).empty()) return false;
        const std::string_view before = key(s.first - 1);
        if (adjacent(s.first - 1, s.first) && detail::contains(detail::k_compass_adjectives, before)) return true;
        // "villages in Kursk", "the incursion into Kursk" (but "the settlements of Sumy").
        if (s.first >= 2 && detail::contains(detail::k_region_container_words, key(s.first - 2))) {
            const bool act = key(s.first - 2) == "incursion" || key(s.first - 2) == "invasion";
            if (before == "in" || before == "into" || (act && before == "of")) return true;
        }
        if (m_spots.empty()) return false;
        const Spot& prev = m_spots.back();
        if (prev.kind != core::PlaceKind::Settlement || m_tokens[prev.first].cyrillic) return false;
        const std::string_view g = detail::gap(m_text, m_tokens[prev.last], m_tokens[prev.last + 1]);
        const bool wire = prev.last + 1 == s.first && (g == ", " || only_space(g));
        const bool in = prev.last + 2 == s.first && before == "in" && only_space(g);
        if (!wire && !in) return false;
        // "Kupiansk, Kharkiv and Izium": a list of places goes on after the name.
        if (has(s.last + 1)) {
            const std::string_view after = detail::gap(m_text, m_tokens[s.last], m_tokens[s.last + 1]);
            const bool list = (after == ", " && m_tokens[s.last + 1].capitalised) ||
                              (only_space(after) && (key(s.last + 1) == "and" || key(s.last + 1) == "or")) ||
                              (after == ", " && (key(s.last + 1) == "and" || key(s.last + 1) == "or"));
            if (list) return false;
        }
        return village_of_region(prev, m_index.admin1_named(name_of(s)));
    }

    /// The name before a region word can be a place in it: one of its
    /// candidates lies there, or it is no town (a village the gazetteer may
    /// lack). "Kharkiv, Odesa": a town outside the oblast makes a list.
    bool village_of_region(const Spot& prev, const std::vector<std::uint32_t>& regions) const {
        constexpr std::int64_t k_town_population = 50000;
        bool town = false;
        for (const auto& m : prev.matches) {
            const auto& r = m_index.record(m.place);
            for (std::uint32_t reg : regions)
                if (std::string_view(m_index.str(m_index.record(reg).admin1_code)) == m_index.str(r.admin1_code)) return true;
            const std::string_view code = m_index.str(r.feature_code);
            town = town || (m.level <= MatchLevel::Romanised &&
                            (r.population >= k_town_population || code == "PPLA" || code == "PPLC"));
        }
        return !town;
    }

    bool any_town(const Spot& s) const {
        constexpr std::int64_t k_town_population = 10000;
        return std::any_of(s.matches.begin(), s.matches.end(), [&](const Match& m) {
            const auto& r = m_index.record(m.place);
            const std::string_view code = m_index.str(r.feature_code);
            return r.population >= k_town_population || code == "PPLA" || code == "PPLA2" || code == "PPLC";
        });
    }

    /// Settlements: 1, or 2 near one ("near X", "12 km east of X"); regions 3.
    void set_precision(Spot& s) const {
        s.distance_anchor = s.kind == core::PlaceKind::Settlement &&
                            (distance_before(s.first) || axis_word_after(s.last) || area_word_before(s.first));
        if (s.kind != core::PlaceKind::Settlement) s.precision = 3;
        else s.precision = s.distance_anchor || near_word_before(s.first) ? 2 : 1;
    }

    bool kind_ok_cyrillic(Spot& s) const {
        if (m_tokens[s.first].text.size() < 6) return false; // three Cyrillic letters at least
        if (dateline(s) && foreign_capital(s)) return false;  // one dateline policy in all languages
        if (s.kind == core::PlaceKind::Other) return false;
        if (noun_in_place_slot(s)) {
            // "захопили Прогрес": a village, if one lies near the other places of the text.
            if (s.kind != core::PlaceKind::Settlement) return false;
            s.weak = true;
        } else if (!plausible_cyrillic_mention(s)) {
            return false;
        }
        set_precision(s);
        return true;
    }

    /// A common noun that is also a village name ("Прогрес", "Перемога"),
    /// mid-sentence, right after a word that puts a settlement there
    /// ("захопили", "село", "біля").
    bool noun_in_place_slot(const Spot& s) const {
        if (s.first != s.last || !is(s.first, detail::CyrillicWords::NounName)) return false;
        if (sentence_start(s.first) || quoted(s.first) || seen_in_lower_case(s.first)) return false;
        const std::size_t p = prev_adjacent(s.first);
        return p != std::string::npos && m_tokens[p].cyrillic && !m_tokens[p].capitalised && is(p, detail::CyrillicWords::PlaceCue);
    }

    /// The filters for a Cyrillic name: stop words, people, quoted names,
    /// words the text also uses in lower case.
    bool plausible_cyrillic_mention(const Spot& s) const {
        if (s.first != s.last) return true;
        const std::string_view k = key(s.first);
        if (is(s.first, detail::CyrillicWords::Stop) || m_person_words.count(k) || seen_in_lower_case(s.first)) return false;
        if (s.first > 0 && is(s.first - 1, detail::CyrillicWords::Title)) return false;
        return !quoted(s.first);
    }

    /// "the Bakhmut front", "the Pokrovsk direction": a settlement after "the".
    /// The word may follow a list of names sharing it: "the Balakliia and
    /// Izium areas", "the Kupiansk, Lyman and Siversk directions".
    bool front_word_after(std::size_t last) const {
        constexpr int k_max_names = 4;
        std::size_t j = last;
        for (int names = 0; names <= k_max_names; ++names) {
            std::size_t n = j + 1;
            if (!has(n)) return false;
            const std::string_view gap = detail::gap(m_text, m_tokens[j], m_tokens[n]);
            if (only_space(gap) && detail::contains(detail::k_front_words, key(n))) return true;
            // The next name of the list: after ", ", " and ", " or ", ", and ".
            if (gap == ", " && !m_tokens[n].capitalised) {
                if (key(n) != "and" && key(n) != "or") return false;
                ++n;
            } else if (only_space(gap) && (key(n) == "and" || key(n) == "or")) {
                ++n;
            } else if (gap != ", ") {
                return false;
            }
            if (!has(n) || (n > j + 1 && !only_space(detail::gap(m_text, m_tokens[n - 1], m_tokens[n])))) return false;
            if (!m_tokens[n].capitalised || m_tokens[n].has_digit) return false;
            j = n;
            for (int w = 1; w < static_cast<int>(k_max_name_tokens) && has(j + 1) && m_tokens[j + 1].capitalised &&
                            joins_name(detail::gap(m_text, m_tokens[j], m_tokens[j + 1]));
                 ++w)
                ++j;
        }
        return false;
    }

    /// Token `k` lies directly before token `next`, only spaces between.
    bool adjacent(std::size_t k, std::size_t next) const {
        return k + 1 == next && only_space(detail::gap(m_text, m_tokens[k], m_tokens[next]));
    }

    /// A figure and a unit end at token k ("12 km", "12km", "15 кілометрів").
    bool distance_figure_at(std::size_t k) const {
        const std::string_view w = key(k);
        if (m_tokens[k].has_digit) // "12km"
            return w.size() > 2 && std::isdigit(static_cast<unsigned char>(w[0])) && w.compare(w.size() - 2, 2, "km") == 0;
        return detail::contains(detail::k_distance_units, w) && k > 0 && adjacent(k - 1, k) &&
               m_tokens[k - 1].has_digit;
    }

    /// "12 km south-east of X", "20 km from X", "за 10 км від X", "в 15 км к
    /// северу от X": the name at token i is the origin of a distance.
    bool distance_before(std::size_t i) const {
        constexpr std::size_t k_max_direction_words = 3;
        if (i < 3 || !adjacent(i - 1, i) || !detail::contains(detail::k_distance_links, key(i - 1))) return false;
        std::size_t k = i - 2;
        for (std::size_t n = 0; n < k_max_direction_words && k > 0 && adjacent(k, k + 1) &&
                                detail::contains(detail::k_direction_words, key(k));
             ++n)
            --k;
        return adjacent(k, k + 1) && distance_figure_at(k);
    }

    /// "the Bakhmut direction", "the Kupiansk axis": the town locates the
    /// fighting around it.
    bool axis_word_after(std::size_t last) const {
        if (!has(last + 1) || m_tokens[last + 1].cyrillic || m_tokens[last].possessive) return false;
        const std::string_view w = key(last + 1);
        return w == "direction" || w == "axis" || w == "sector" || w == "front";
    }

    /// "в районе X", "в районі X", "in the area of X": X locates the places around it.
    bool area_word_before(std::size_t i) const {
        if (i == 0 || !adjacent(i - 1, i)) return false;
        const std::string_view w = key(i - 1);
        if (w == "районе" || w == "районі" || w == "району" || w == "района") return true;
        return w == "of" && i >= 2 && key(i - 2) == "area";
    }

    bool near_word_before(std::size_t i) const {
        for (std::size_t back = 1; back <= 3 && back <= i; ++back)
            if (detail::contains(detail::k_near_words, key(i - back)) || is(i - back, detail::CyrillicWords::Near)) return true;
        return false;
    }

    std::string_view lower_key(std::size_t i) const { return has(i) ? key(i) : std::string_view(); }

    /// "Kharkiv region", "Kherson Oblast", "Kursk border region", "Pokrovsk
    /// district", "Dnipro River", "the region of Donetsk", "Donetsk People's Republic".
    bool region_phrase(Spot& s) const {
        std::size_t next = s.last + 1;
        const bool attached = has(next) && joins_name(detail::gap(m_text, m_tokens[s.last], m_tokens[next]));
        std::string_view word = attached ? key(next) : std::string_view();
        if (word == "border" && has(next + 1)) {
            ++next;
            word = key(next);
        }
        const bool people_republic = word == "people" && m_tokens[next].possessive && lower_key(next + 1) == "republic";
        if (people_republic) ++next;
        const bool region_before = s.first >= 2 && key(s.first - 1) == "of" &&
                                   detail::contains(detail::k_admin1_words, key(s.first - 2));
        if (detail::contains(detail::k_admin1_words, word) || people_republic || region_before) {
            narrow_to_admin(s, core::PlaceKind::Admin1);
            s.plural_region = word == "regions" || word == "oblasts" || word == "provinces" || word == "republics";
            if (!region_before) s.end = m_tokens[next].end;
            return true;
        }
        if (detail::contains(detail::k_admin2_words, word)) {
            narrow_to_admin(s, core::PlaceKind::Admin2);
            s.plural_region = word.back() == 's';
            s.end = m_tokens[next].end;
            return true;
        }
        if ((word == "and" || word == "or") && has(next + 2) && m_tokens[next + 1].capitalised) {
            // "Zaporizhzhia and Kherson oblasts": this name shares the plural region word.
            const std::string_view shared = key(next + 2);
            const bool plural1 = shared == "regions" || shared == "oblasts" || shared == "provinces";
            const bool plural2 = shared == "districts" || shared == "raions" || shared == "rayons";
            if (plural1 || plural2) {
                narrow_to_admin(s, plural1 ? core::PlaceKind::Admin1 : core::PlaceKind::Admin2);
                return true;
            }
        }
        if (word == "river") {
            narrow(s, core::PlaceKind::Water);
            s.kind = core::PlaceKind::Water;
            s.precision = 2;
            s.end = m_tokens[next].end;
            return true;
        }
        return false;
    }

    void narrow(Spot& s, core::PlaceKind kind) const {
        std::erase_if(s.matches, [&](const Match& m) { return !is_kind(m, kind); });
    }

    void narrow_to_admin(Spot& s, core::PlaceKind kind) const {
        const std::string_view name = m_text.substr(s.start, m_tokens[s.last].end - s.start);
        narrow(s, kind);
        const auto named = kind == core::PlaceKind::Admin1 ? m_index.admin1_named(name) : m_index.admin2_named(name);
        for (auto p : named)
            if (std::none_of(s.matches.begin(), s.matches.end(), [&](const Match& m) { return m.place == p; }))
                s.matches.push_back({p, MatchLevel::Alias, false, static_cast<core::PlaceKind>(m_index.record(p).kind)});
        s.kind = kind;
        s.precision = 3;
    }

    /// A bare name: the kind matched most closely wins; settlements before
    /// countries, oblasts, regions and waters on a tie; waters only after "the".
    void keep_bare_name_kinds(Spot& s) const {
        const bool after_the = s.first > 0 && key(s.first - 1) == "the" && !front_word_after(s.last);
        static constexpr core::PlaceKind k_order[] = {core::PlaceKind::Country, core::PlaceKind::Settlement,
                                                      core::PlaceKind::Admin1, core::PlaceKind::Region,
                                                      core::PlaceKind::Water, core::PlaceKind::Admin2};
        if (after_the && std::any_of(s.matches.begin(), s.matches.end(),
                                     [&](const Match& m) { return is_kind(m, core::PlaceKind::Water); })) {
            narrow(s, core::PlaceKind::Water);
            return;
        }
        // "Харківщину", "на Сумщині", "Kharkivshchyna": the colloquial name of an
        // oblast, even where a village bears it too.
        if (colloquial_region(s) && std::any_of(s.matches.begin(), s.matches.end(),
                                                [&](const Match& m) { return is_kind(m, core::PlaceKind::Admin1); })) {
            narrow(s, core::PlaceKind::Admin1);
            return;
        }
        int best_level = 99;
        core::PlaceKind best_kind = core::PlaceKind::Other;
        for (auto kind : k_order) {
            if (kind == core::PlaceKind::Water) continue;
            for (const auto& m : s.matches) {
                if (!is_kind(m, kind)) continue;
                if (static_cast<int>(m.level) < best_level) best_level = static_cast<int>(m.level), best_kind = kind;
            }
        }
        if (best_kind == core::PlaceKind::Other) {
            s.matches.clear();
            return;
        }
        narrow(s, best_kind);
        if (best_kind == core::PlaceKind::Settlement && after_the) s.matches.clear(); // "the Kremlin"
    }

    /// A one-word name in -щина/-ччина (any case) or -shchyna/-chchyna.
    bool colloquial_region(const Spot& s) const {
        if (s.first != s.last) return false;
        const std::string_view k = key(s.first);
        for (std::string_view infix : {"щин", "ччин", "shchyn", "chchyn"}) {
            const std::size_t at = k.rfind(infix);
            if (at != std::string_view::npos && k.size() - at - infix.size() <= 4) return true; // "щиною"
        }
        return false;
    }

    /// The filters for a Latin name standing for a settlement or region.
    bool plausible_latin_mention(const Spot& s) const {
        const bool single = s.first == s.last;
        const std::string_view k = key(s.first);
        const MatchLevel best = std::min_element(s.matches.begin(), s.matches.end(), [](const Match& a, const Match& b) {
                                    return a.level < b.level;
                                })->level;
        if (single) {
            if (seen_in_lower_case(s.first)) return false;            // "stavok" elsewhere in lower case
            if (m_person_words.count(k)) return false;               // "Syniehubov" of "Oleh Syniehubov"
            if (best >= MatchLevel::Skeleton && k.size() < 5) return false;
        }
        if (best == MatchLevel::Fuzzy && (single || m_headline[s.first])) return false;
        if (m_headline[s.first] && best > MatchLevel::Romanised) return false;
        if (!m_headline[s.first] && !free_standing(s)) return false;
        if (detail::contains(detail::k_capitals, k) && !capital_as_place(s)) return false;
        const std::size_t after = s.last + 1;
        if (has(after) && !m_tokens[after].capitalised && !m_tokens[s.last].possessive) {
            const std::string_view w = key(after);
            if (detail::contains(detail::k_nonplace_followers, w)) return false;
            const bool named_capital = s.first > 0 && key(s.first - 1) == "capital"; // "the capital Kyiv said"
            if (single && !named_capital && (w == "said" || w == "says" || w == "told" || w == "added")) return false;
        }
        const std::size_t before = s.first;
        if (before > 0 && detail::contains(detail::k_person_titles, key(before - 1))) return false;
        if (before > 0 && m_tokens[before - 1].text.size() == 1 && m_tokens[before - 1].capitalised &&
            detail::gap(m_text, m_tokens[before - 1], m_tokens[before]) == ". ")
            return false; // "Frederick W. Kagan"
        if (detail::contains(detail::k_public_figures, k)) return false;
        return true;
    }

    /// Not part of a longer run of capitalised words ("Ukrainska Pravda",
    /// "Nataliya Humenyuk"), except for place suffixes ("Kherson City").
    bool free_standing(const Spot& s) const {
        if (auto p = prev_adjacent(s.first); p != std::string::npos) {
            const Token& t = m_tokens[p];
            // "near Uspenivka Donetsk": an oblast name right after a place's name.
            const bool after_place = !m_spots.empty() && m_spots.back().last == p && s.first == s.last && oblast_word(s.first);
            if (t.capitalised && !t.cyrillic && !common_word(p) && !t.possessive && !after_place) return false;
        }
        if (auto n = next_adjacent(s.last); n != std::string::npos) {
            const Token& t = m_tokens[n];
            if (t.capitalised && !t.cyrillic && !detail::contains(detail::k_place_suffixes, key(n)) &&
                !detail::contains(detail::k_joining_words, key(n)) && !oblast_word(n))
                return false;
        }
        return true;
    }

    /// A one-word oblast name ("Donetsk", "Kharkiv"), followed by no other capitalised word.
    bool oblast_word(std::size_t i) const {
        if (next_adjacent(i) != std::string::npos && m_tokens[i + 1].capitalised) return false;
        return !m_index.admin1_named(m_tokens[i].text).empty();
    }

    /// "in Kyiv" is a place; "Kyiv said", "Moscow's decision" are governments.
    bool capital_as_place(const Spot& s) const {
        if (m_tokens[s.last].possessive) return false;
        // "officials in the capital Kyiv said": named as a place by its noun.
        if (s.first > 0 && key(s.first - 1) == "capital") return true;
        if (has(s.last + 1) && detail::contains(detail::k_agent_verbs, key(s.last + 1))) return false;
        if (dateline(s)) return !foreign_capital(s);
        return s.first > 0 && detail::contains(detail::k_locative_preps, key(s.first - 1));
    }

    /// A capital outside Ukraine ("MOSCOW (Reuters) –", "Москва. 3 мая."): in
    /// a dateline it is where an agency's bureau sits, not a place of the war.
    bool foreign_capital(const Spot& s) const {
        return std::any_of(s.matches.begin(), s.matches.end(), [&](const Match& m) {
            const auto& r = m_index.record(m.place);
            return m.level <= MatchLevel::Alias && std::string_view(m_index.str(r.country)) != "UA" &&
                   std::string_view(m_index.str(r.feature_code)) == "PPLC";
        });
    }

    /// "KYIV (Reuters) –", "KYIV, Ukraine:", "Kyiv. 12 May.": a name opening a
    /// line, followed by a comma, colon, full stop, bracket or dash, is where
    /// the report was filed.
    bool dateline(const Spot& s) const {
        const std::size_t start = m_tokens[s.first].start;
        if (start > 0 && m_text[start - 1] != '\n') return false;
        const std::string_view rest = m_text.substr(m_tokens[s.last].after, 4);
        for (std::string_view mark : {",", ":", ".", " (", " —", " –", " -", "—", "–"})
            if (rest.substr(0, mark.size()) == mark) return true;
        return false;
    }

    /// "Zaporizhzhia and Kherson oblasts": the first name is an oblast too.
    void link_plural_regions() {
        for (std::size_t k = m_spots.size(); k-- > 1;) {
            // Cyrillic adjectives sharing a noun are read as regions when spotted.
            if (!m_spots[k].plural_region || m_tokens[m_spots[k].first].cyrillic) continue;
            for (std::size_t j = k; j-- > 0;) {
                Spot& prev = m_spots[j];
                const std::string_view between = m_text.substr(prev.end, m_spots[j + 1].start - prev.end);
                if (between != " and " && between != ", " && between != " or " && between != ", and " && between != ", or ")
                    break;
                const auto kind = m_spots[k].kind;
                const std::string_view name = m_text.substr(prev.start, prev.end - prev.start);
                prev.matches = m_index.match(name, false);
                narrow_to_admin(prev, kind);
                if (prev.matches.empty()) break;
            }
        }
    }

    // ---- regions the text puts names in ----------------------------------------

    static bool list_conjunction(std::string_view k) {
        return k == "and" || k == "or" || k == "и" || k == "і" || k == "й" || k == "та" || k == "или" || k == "або";
    }

    /// The last token of the name a region phrase at token `r` qualifies, or
    /// npos: "A, X", "A X", "A in (the) (western) X", "A of X", "A (X", ru/uk
    /// "A Курской области", "A в Курской области", "A на Сумщині", and the
    /// apposition "A and B, two Kursk-oblast villages".
    std::size_t name_before_region(std::size_t r, const Spot& region) const {
        if (r == 0) return std::string::npos;
        const bool cyr = m_tokens[r].cyrillic;
        std::size_t k = r - 1;
        const auto ok_gap = [&](std::size_t a, std::size_t b) {
            const std::string_view g = detail::gap(m_text, m_tokens[a], m_tokens[b]);
            return only_space(g) || g == ", " || g == " (";
        };
        const auto name_end = [&](std::size_t e) { return m_tokens[e].capitalised && !m_tokens[e].has_digit && m_tokens[e].cyrillic == cyr; };
        if (name_end(k)) return ok_gap(k, r) ? k : std::string::npos;
        if (cyr) {
            const std::string_view w = key(k);
            const bool prep = w == "в" || w == "у" || w == "во" || (w == "на" && colloquial_region(region));
            if (!prep || !adjacent(k, r) || k == 0 || !name_end(k - 1) || !adjacent(k - 1, k)) return std::string::npos;
            return k - 1;
        }
        // Latin: up to three linking words.
        std::size_t words = 0;
        while (!m_tokens[k].capitalised && words < 3 && adjacent(k, k + 1)) {
            const std::string_view w = key(k);
            const bool link = w == "in" || w == "of" || w == "the" || detail::contains(detail::k_compass_adjectives, w) ||
                              w == "two" || w == "three" || w == "four" || w == "both";
            if (!link || k == 0) return std::string::npos;
            --k, ++words;
        }
        // "Russia's Kursk region": a country's possessive before the region.
        if (m_tokens[k].possessive && k > 0 && !m_tokens[k - 1].capitalised && key(k - 1) == "in") k -= 2, ++words;
        if (words == 0 || !name_end(k)) return std::string::npos;
        const std::string_view first = key(k + 1);
        const bool apposition = first == "two" || first == "three" || first == "four" || first == "both";
        const std::string_view g = detail::gap(m_text, m_tokens[k], m_tokens[k + 1]);
        if (apposition) {
            // ", two Kursk-oblast villages": the noun after the region word says so.
            // The region word may be a token of its own ("Kursk oblast") or joined ("Kursk-oblast").
            const auto settlements_at = [&](std::size_t t) {
                return has(t) && (key(t) == "villages" || key(t) == "settlements" || key(t) == "towns" || key(t) == "hamlets");
            };
            const bool villages = settlements_at(region.last + 1) || settlements_at(region.last + 2);
            return g == ", " && villages ? k : std::string::npos;
        }
        return only_space(g) ? k : std::string::npos;
    }

    /// The first token of the name ending at token e: capitalised words of one
    /// script joined by spaces or hyphens, no stop word.
    std::size_t name_start(std::size_t e) const {
        std::size_t a = e;
        while (a > 0 && e - a + 1 < k_max_name_tokens && m_tokens[a - 1].capitalised && !m_tokens[a - 1].has_digit &&
               m_tokens[a - 1].cyrillic == m_tokens[e].cyrillic && !m_tokens[a - 1].possessive &&
               joins_name(detail::gap(m_text, m_tokens[a - 1], m_tokens[a])) && !stop_token(a - 1) && name_word_before(a - 1))
            --a;
        return a;
    }

    /// Token k can be the first word of a longer name: a Cyrillic adjective
    /// ("Казачья Поповка", "Малої Локні"; not "Село" or a sentence's first
    /// noun), a Latin word not opening a sentence.
    bool name_word_before(std::size_t k) const {
        if (!m_tokens[k].cyrillic) return !sentence_start(k);
        return !is(k, detail::CyrillicWords::PlaceCue) && lower_adjective(k);
    }

    bool stop_token(std::size_t i) const {
        if (m_tokens[i].cyrillic) return is(i, detail::CyrillicWords::Stop) || m_person_words.count(key(i));
        return detail::contains(detail::k_stopwords, key(i)) || m_person_words.count(key(i)) || common_word(i);
    }

    /// The last token of the name listed before the one starting at token a
    /// ("A, B", "A and B", "A, and B"), or npos.
    std::size_t previous_in_list(std::size_t a) const {
        if (a < 2) return std::string::npos;
        const std::string_view g = detail::gap(m_text, m_tokens[a - 1], m_tokens[a]);
        if (g == ", " && m_tokens[a - 1].capitalised) return a - 1;
        if (!adjacent(a - 1, a) || !list_conjunction(key(a - 1))) return std::string::npos;
        const std::string_view g2 = detail::gap(m_text, m_tokens[a - 2], m_tokens[a - 1]);
        return (only_space(g2) || g2 == ", ") && m_tokens[a - 2].capitalised ? a - 2 : std::string::npos;
    }

    /// The candidates of a name the text puts in a region: those in it.
    std::vector<Match> in_region(const std::vector<Match>& matches, std::uint32_t region) const {
        const auto& reg = m_index.record(region);
        const bool raion = reg.kind == static_cast<std::uint8_t>(core::PlaceKind::Admin2);
        const std::string_view code = m_index.str(raion ? reg.admin2_code : reg.admin1_code);
        std::vector<Match> out;
        for (const auto& m : matches) {
            const auto& r = m_index.record(m.place);
            // One letter away ("Tige" for "Tykhe") is no evidence once the text names the region.
            if (m.level == MatchLevel::Fuzzy || m.place == region) continue;
            if (m_index.str(raion ? r.admin2_code : r.admin1_code) == code) out.push_back(m);
        }
        return out;
    }

    /// Region phrases constrain the names (and lists of names) they qualify:
    /// only candidates in the region stay; a name with none there is reported
    /// unresolved, never as a namesake elsewhere. A name not in the gazetteer
    /// at all ("Казачья Поповка") is reported unresolved too, whole.
    void bind_regions() {
        std::vector<Spot> added;
        std::vector<bool> removed(m_spots.size(), false);
        for (std::size_t r = 0; r < m_spots.size(); ++r) {
            const Spot& region = m_spots[r];
            if ((region.kind != core::PlaceKind::Admin1 && region.kind != core::PlaceKind::Admin2) ||
                region.matches.size() != 1 || region.plural_region)
                continue;
            const std::uint32_t reg = region.matches.front().place;
            std::size_t e = name_before_region(region.first, region);
            while (e != std::string::npos) {
                const std::size_t a = name_start(e);
                if (stop_token(a) && a == e) break;
                std::size_t exact = std::string::npos;
                bool inside = false;
                for (std::size_t k = 0; k < m_spots.size(); ++k) {
                    if (removed[k] || m_spots[k].last < a || m_spots[k].first > e) continue;
                    if (m_spots[k].first == a && m_spots[k].last == e) exact = k;
                    else inside = true;
                }
                if (exact != std::string::npos) {
                    Spot& s = m_spots[exact];
                    const bool area = s.kind != core::PlaceKind::Settlement; // "Demidovka": only a tract of that name
                    if (s.kind == core::PlaceKind::Admin1 || s.kind == core::PlaceKind::Admin2 || s.kind == core::PlaceKind::Country)
                        break;
                    auto kept = area ? std::vector<Match>{} : in_region(s.matches, reg);
                    // "Kharkiv, Donetsk region": a town outside the region makes a list of places.
                    if (kept.empty() && !village_of_region(s, {reg})) break;
                    s.region = reg;
                    s.unresolved = kept.empty();
                    s.matches = std::move(kept);
                    s.kind = core::PlaceKind::Settlement;
                } else if (name_long_enough(a, e)) {
                    // Not in the gazetteer (or only part of it, "Поповка" of "Казачья Поповка").
                    for (std::size_t k = 0; k < m_spots.size() && inside; ++k)
                        if (m_spots[k].first >= a && m_spots[k].last <= e) removed[k] = true;
                    Spot s = make_spot(a, e, {}, false);
                    s.region = reg;
                    s.unresolved = true;
                    added.push_back(std::move(s));
                }
                e = previous_in_list(a);
            }
        }
        if (added.empty() && std::none_of(removed.begin(), removed.end(), [](bool b) { return b; })) {
            share_regions();
            return;
        }
        std::vector<Spot> all;
        all.reserve(m_spots.size() + added.size());
        for (std::size_t k = 0; k < m_spots.size(); ++k)
            if (!removed[k]) all.push_back(std::move(m_spots[k]));
        for (auto& s : added) all.push_back(std::move(s));
        std::stable_sort(all.begin(), all.end(), [](const Spot& x, const Spot& y) { return x.start < y.start; });
        m_spots = std::move(all);
        share_regions();
    }

    /// A name put in a region once is that place at every mention.
    void share_regions() {
        for (const Spot& bound : m_spots) {
            if (bound.region == Spot::k_no_region) continue;
            for (Spot& s : m_spots)
                if (s.region == Spot::k_no_region && s.kind == core::PlaceKind::Settlement && s.key == bound.key) {
                    s.region = bound.region;
                    s.unresolved = bound.unresolved;
                    s.matches = bound.matches;
                }
        }
    }

    bool name_long_enough(std::size_t a, std::size_t e) const {
        constexpr std::size_t k_min_bytes = 4;
        return m_tokens[e].end - m_tokens[a].start >= (m_tokens[a].cyrillic ? 2 * k_min_bytes : k_min_bytes);
    }

    /// A name the text puts in a region where the gazetteer has no such
    /// place: named, with the region's country and oblast, and no point.
    core::Mention unresolved_mention(const Spot& s) const {
        core::Mention m;
        m.span = {s.start, s.end};
        m.surface = std::string(m_text.substr(s.start, s.end - s.start));
        m.place.name = m.surface;
        if (m_tokens[s.first].cyrillic) m.place.name_local = m.surface;
        m.place.kind = core::PlaceKind::Settlement;
        m.place.lonlat = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
        if (s.region != Spot::k_no_region) {
            const core::Place region = m_index.place(s.region);
            m.place.country = region.country;
            m.place.admin1 = region.admin1.empty() ? region.name : region.admin1;
        }
        m.precision = core::k_precision_unresolved;
        m.candidate_count = 0;
        m.confidence = 0.0;
        return m;
    }

    // ---- resolution ---------------------------------------------------------

    Context base_context() const {
        Context ctx;
        for (const auto& s : m_spots) {
            if (s.matches.size() != 1) continue;
            const auto& r = m_index.record(s.matches.front().place);
            if (s.kind == core::PlaceKind::Admin1) ctx.admin1_codes.insert(m_index.str(r.admin1_code));
            if (s.kind == core::PlaceKind::Admin2) ctx.admin2_codes.insert(m_index.str(r.admin2_code));
        }
        for (const auto& p : m_hints.known_places) ctx.known.emplace_back(p.lat_deg, p.lon_deg, "known place");
        detail::mark_named_oblasts(m_index, ctx);
        return ctx;
    }

    /// A candidate's score on its own, and what its context score needs.
    struct Scored {
        double own;
        detail::Located where;
    };

    /// The outcome of ranking the candidates of one name: how many there
    /// are, and the best two as (score, place), which is all that is read of
    /// a ranking (the choice, the runner-up, the margin). Read like the
    /// best-first list of candidates it stands for.
    struct Ranking {
        std::size_t count = 0;
        std::pair<double, std::uint32_t> top[2] = {};
        bool empty() const { return count == 0; }
        std::size_t size() const { return count; }
        const std::pair<double, std::uint32_t>& front() const { return top[0]; }
        const std::pair<double, std::uint32_t>& operator[](std::size_t k) const { return top[k]; }
    };
    /// Per spot that is the first of its name (see m_names), its ranking.
    using Ranked = std::vector<Ranking>;

    /// The same place chosen for every name (the context of the next round).
    bool same_choices(const Ranked& a, const Ranked& b) const {
        for (std::size_t i : m_names) {
            const auto& r = a[i];
            const auto& o = b[i];
            if (r.empty() != o.empty() || (!r.empty() && r.front().second != o.front().second)) return false;
        }
        return true;
    }

    /// One resolution per distinct name (spelling and kind); repeats share
    /// it. Fills m_names and m_name_of.
    void group_names() {
        // Spots sorted by name, the first in the text first within a name.
        std::vector<std::size_t> order(m_spots.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const Spot& x = m_spots[a];
            const Spot& y = m_spots[b];
            if (x.kind != y.kind) return x.kind < y.kind;
            if (x.key != y.key) return x.key < y.key;
            return a < b;
        });
        m_name_of.resize(m_spots.size());
        for (std::size_t k = 0; k < order.size(); ++k) {
            const std::size_t i = order[k];
            const bool first = k == 0 || m_spots[order[k - 1]].kind != m_spots[i].kind ||
                               m_spots[order[k - 1]].key != m_spots[i].key;
            m_name_of[i] = first ? i : m_name_of[order[k - 1]];
            if (first) m_names.push_back(i);
        }
        std::sort(m_names.begin(), m_names.end());
    }

    std::vector<core::Mention> resolve() {
        const Context base = base_context();
        group_names();
        Ranked ranked(m_spots.size());
        constexpr int k_max_rounds = 3;
        std::vector<std::vector<Scored>> own(m_spots.size()); // per name, per match
        for (std::size_t i : m_names) {
            auto& v = own[i];
            v.reserve(m_spots[i].matches.size());
            const bool owned = detail::owned_by_a_settlement(m_spots[i].matches);
            for (const auto& m : m_spots[i].matches) {
                const detail::Located where(m_index, m, base);
                v.push_back({detail::own_score(m_index, m, where, base) - detail::foreign_name_penalty(m, owned), where});
            }
        }
        Context ctx = base;
        // The point each name adds to the context, per round: a name ranked
        // in the same context as before (the points of the other names
        // unchanged) keeps its ranking.
        std::vector<PointOfName> points_before(m_spots.size()), points_now(m_spots.size());
        std::vector<std::size_t> changed;
        for (int round = 0; round < k_max_rounds; ++round) {
            Ranked next(m_spots.size());
            ctx.points.reserve(m_anchors.size() + m_names.size());
            ctx.points.assign(m_anchors.begin(), m_anchors.end());
            if (round > 0) add_points(ctx, ranked);
            detail::mark_named_oblast_points(ctx);
            changed.clear();
            for (std::size_t i : m_names) {
                points_now[i] = round > 0 ? point_of(i, ranked[i]) : PointOfName{};
                if (!(points_now[i] == points_before[i])) changed.push_back(i);
            }
            for (std::size_t i : m_names) {
                const bool same_context = round > 0 && (changed.empty() || (changed.size() == 1 && changed[0] == i));
                next[i] = same_context ? ranked[i] : rank(m_spots[i], i, own[i], ctx);
            }
            std::swap(points_before, points_now);
            const bool settled = round > 0 && same_choices(ranked, next);
            ranked = std::move(next);
            if (settled) break; // another round would see the same context
        }
        const std::set<std::size_t> isolated = isolated_villages(ranked, base);
        std::vector<core::Mention> out;
        out.reserve(m_spots.size());
        // A name's place, runner-up and oblast are the same at each of its spots: the first
        // mention of a name is made whole, later ones copy its places.
        std::vector<std::size_t> made(m_spots.size(), std::numeric_limits<std::size_t>::max());
        for (std::size_t k = 0; k < m_spots.size(); ++k) {
            const std::size_t i = m_name_of[k];
            const auto& r = ranked[i];
            if (m_spots[k].unresolved) {
                out.push_back(unresolved_mention(m_spots[k]));
                continue;
            }
            if (r.empty() || isolated.count(i)) continue;
            const core::Mention* same = made[i] < out.size() ? &out[made[i]] : nullptr;
            if (!same) made[i] = out.size();
            out.push_back(mention(m_spots[k], r, same));
        }
        return out;
    }


    static constexpr double k_isolated_km = 150.0;
    static constexpr double k_weak_support_km = 60.0;

    /// A settlement that stands on its own: a town, or a place in an oblast
    /// the text names.
    bool anchor(std::size_t i, const Ranked& ranked, const Context& base) const {
        constexpr std::int64_t k_town_population = 20000;
        const auto& rec = m_index.record(ranked.at(i).front().second);
        const std::string_view code = m_index.str(rec.feature_code);
        return (rec.population >= k_town_population && code != "PPLX") || code == "PPLA" || code == "PPLC" ||
               base.admin1_codes.count(std::string_view(m_index.str(rec.admin1_code))) > 0;
    }

    double chosen_distance_km(std::size_t i, std::size_t j, const Ranked& ranked) const {
        const auto& a = m_index.record(ranked.at(i).front().second);
        const auto& b = m_index.record(ranked.at(j).front().second);
        if (a.id == b.id) return std::numeric_limits<double>::infinity();
        return detail::distance_km(a.lat, a.lon, b.lat, b.lon);
    }

    /// Villages more likely namesakes of places the gazetteer lacks (a
    /// Russian hamlet) than the places meant: not linked to a town, a place
    /// in a named oblast or an unambiguous name through a chain of places within
    /// k_isolated_km (k_weak_support_km for loosely matched names). Without
    /// any such anchor, a village needs one other place within that distance.
    std::set<std::size_t> isolated_villages(const Ranked& ranked, const Context& base) const {
        std::vector<std::size_t> settlements;
        std::set<std::size_t> reached;
        for (std::size_t i : m_names) {
            const auto& r = ranked[i];
            if (r.empty() || m_spots[i].kind != core::PlaceKind::Settlement || m_spots[i].dateline) continue;
            settlements.push_back(i);
            if (anchor(i, ranked, base)) reached.insert(i);
        }
        // Where towns anchor the text, a place only one settlement is named
        // (Chasiv Yar, Klishchiivka) anchors the villages around it as well:
        // a report on two fronts names namesakes near either.
        if (!reached.empty())
            for (std::size_t i : settlements)
                if (unambiguous(i, ranked)) reached.insert(i);
        const auto limit = [&](std::size_t i) { return m_spots[i].weak ? k_weak_support_km : k_isolated_km; };
        std::set<std::size_t> isolated = isolated_from_places(settlements, reached, ranked, limit);
        // A name only one settlement bears as its own (Robotyne, Vovchansk)
        // needs no company: the rule is for namesakes far from the context.
        std::erase_if(isolated, [&](std::size_t i) { return unambiguous(i, ranked); });
        // A village near the town of a front-sector phrase is anchored by it.
        std::erase_if(isolated, [&](std::size_t i) {
            const auto& rec = m_index.record(ranked.at(i).front().second);
            return std::any_of(m_anchors.begin(), m_anchors.end(), [&](const ContextPoint& a) {
                return detail::distance_km(rec.lat, rec.lon, a.lat, a.lon) <= limit(i);
            });
        });
        return isolated;
    }

    /// The chosen place is the only settlement that bears the name exactly
    /// as its own (a place matched only loosely or through someone else's
    /// alternate name does not count): a unique, well-known name.
    bool unambiguous(std::size_t i, const Ranked& ranked) const {
        const Spot& s = m_spots[i];
        if (s.weak) return false;
        // A Cyrillic word capitalised only because it starts a sentence may
        // be a common noun ("Прапор України..."): it needs company.
        if (m_tokens[s.first].cyrillic && s.first == s.last &&
            std::all_of(m_spots.begin(), m_spots.end(), [&](const Spot& o) {
                return o.key != s.key || o.kind != s.kind || sentence_start(o.first);
            }))
            return false;
        const std::uint32_t chosen = ranked.at(i).front().second;
        std::size_t owners = 0;
        bool chosen_owns = false;
        for (const auto& m : s.matches) {
            if (!m.own || m.level > MatchLevel::Romanised || !is_kind(m, core::PlaceKind::Settlement)) continue;
            ++owners;
            chosen_owns = chosen_owns || m.place == chosen;
        }
        return owners == 1 && chosen_owns;
    }

    template <class Limit>
    std::set<std::size_t> isolated_from_places(const std::vector<std::size_t>& settlements, std::set<std::size_t> reached,
                                               const Ranked& ranked, const Limit& limit) const {
        std::set<std::size_t> isolated;
        if (reached.empty()) {
            for (std::size_t i : settlements) {
                bool others = m_spots[i].weak, near = false;
                for (std::size_t j : settlements) {
                    if (j == i) continue;
                    const double km = chosen_distance_km(i, j, ranked);
                    others = others || km != std::numeric_limits<double>::infinity();
                    near = near || km <= limit(i);
                }
                if (others && !near) isolated.insert(i);
            }
            return isolated;
        }
        for (bool grew = true; grew;) {
            grew = false;
            for (std::size_t i : settlements) {
                if (reached.count(i)) continue;
                const bool linked = std::any_of(reached.begin(), reached.end(),
                                                [&](std::size_t j) { return chosen_distance_km(i, j, ranked) <= limit(i); });
                if (linked) reached.insert(i), grew = true;
            }
        }
        for (std::size_t i : settlements)
            if (!reached.count(i)) isolated.insert(i);
        return isolated;
    }

    /// The places chosen so far for the names of the text (each point
    /// tagged with its name, which ranking that name skips).
    /// The point a name adds to the context of the next round: its chosen
    /// settlement and the weight of that choice; none (no place) for other kinds.
    struct PointOfName {
        std::uint32_t place = std::numeric_limits<std::uint32_t>::max();
        double weight = 0;
        bool operator==(const PointOfName&) const = default;
    };

    PointOfName point_of(std::size_t i, const Ranking& r) const {
        const Spot& s = m_spots[i];
        if (r.empty() || s.kind != core::PlaceKind::Settlement || s.dateline) return {};
        // The origin of a distance is a place the writer uses to locate others.
        const double weight = r.size() == 1 || s.distance_anchor ? 1.0 : std::min(1.0, 0.3 + (r[0].first - r[1].first));
        return {r.front().second, weight};
    }

    void add_points(Context& ctx, const Ranked& ranked) const {
        for (std::size_t i : m_names) {
            const PointOfName p = point_of(i, ranked[i]);
            if (p == PointOfName{}) continue;
            const auto& rec = m_index.record(p.place);
            ctx.points.emplace_back(rec.lat, rec.lon, m_index.str(rec.name), p.weight, m_index.str(rec.admin1_code), i);
        }
    }

    Ranking rank(const Spot& s, std::size_t self, const std::vector<Scored>& own, const Context& ctx) {
        const std::size_t n = s.matches.size();
        if (n == 0) return {};
        // A lone candidate's score is never compared: its context is not needed.
        if (n == 1) return {1, {{own[0].own, s.matches[0].place}, {}}};
        // Only the best two are ever read (choice, runner-up, margin) and the
        // count. Candidates are scored in the order of an upper bound of
        // their score, taken from a heap; once the bound falls below the
        // second best score so far, no candidate left can be among the two
        // (one name may have 150 namesakes, most far from the places of the
        // text, and most never leave the heap).
        // The best two as a stable sort by score would put them: the highest
        // score, the earlier candidate on a tie.
        struct Scored2 {
            double score = -std::numeric_limits<double>::infinity();
            std::size_t k = std::numeric_limits<std::size_t>::max();
            bool beats(const Scored2& o) const { return score > o.score || (score == o.score && k < o.k); }
        };
        Scored2 top[2];
        std::size_t n_scored = 0;
        const auto add_score = [&](std::size_t k, double score) {
            const Scored2 x{score, k};
            ++n_scored;
            if (x.beats(top[0])) top[1] = top[0], top[0] = x;
            else if (x.beats(top[1])) top[1] = x;
        };
        auto& bound = m_bound_scratch; // upper bound, candidate
        bound.clear();
        bound.reserve(n);
        // Without points (the first round), and for candidates beyond the
        // reach of every point, the score is the candidate's own; the others
        // wait in the heap.
        const bool own_only = ctx.points.empty();
        for (std::size_t k = 0; k < n; ++k) {
            if (own_only || detail::beyond_context(own[k].where, ctx)) add_score(k, own[k].own);
            else bound.emplace_back(own[k].own + detail::context_score_bound(own[k].where, ctx), static_cast<std::uint32_t>(k));
        }
        const auto lower_bound_first = [](const auto& a, const auto& b) { return a.first < b.first; };
        std::make_heap(bound.begin(), bound.end(), lower_bound_first);
        for (auto end = bound.end(); end != bound.begin(); --end) {
            const auto [ub, k] = bound.front();
            if (n_scored >= 2 && ub < top[1].score) break;
            std::pop_heap(bound.begin(), end, lower_bound_first);
            add_score(k, own[k].own + detail::context_score(own[k].where, ctx, nullptr, self));
        }
        return {n, {{top[0].score, s.matches[top[0].k].place}, {top[1].score, s.matches[top[1].k].place}}};
    }

    /// The mention at spot `s`; `same`: an earlier mention of the same name, whose places it copies.
    core::Mention mention(const Spot& s, const Ranking& r, const core::Mention* same) const {
        core::Mention m;
        m.span = {s.start, s.end};
        m.surface = std::string(m_text.substr(s.start, s.end - s.start));
        if (same) {
            m.place = same->place;
        } else {
            m.place = m_index.place(r.front().second);
            if (m.place.admin1.empty() && m_boundaries) // Crimea, Sevastopol, Russian villages
                if (const auto* b = m_boundaries->at(m.place.lonlat.lon_deg, m.place.lonlat.lat_deg)) m.place.admin1 = b->name;
        }
        m.candidate_count = static_cast<int>(r.size());
        m.precision = s.precision;
        const auto level = std::find_if(s.matches.begin(), s.matches.end(),
                                        [&](const Match& x) { return x.place == r.front().second; })->level;
        const double level_factor = level <= MatchLevel::Romanised ? 1.0 : level == MatchLevel::Skeleton ? 0.85 : 0.6;
        double margin_conf = 0.95;
        if (r.size() > 1) {
            m.runner_up = same ? same->runner_up : m_index.place(r[1].second);
            margin_conf = 0.5 + 0.45 * std::tanh(2.0 * (r[0].first - r[1].first));
        }
        m.confidence = std::round(margin_conf * level_factor * 100.0) / 100.0;
        return m;
    }
};

} // namespace

std::vector<core::Mention> Gazetteer::geoparse(std::string_view text, const ParseHints& hints) const {
    return Parser(m_impl->index, text, hints, m_impl->boundaries.get()).run();
}

} // namespace claimtrack::gazetteer
