#pragma once
// Private: the geoparser of Gazetteer::geoparse(), one object per text. Its stages, one file
// each: spot.cpp (names in the text), candidates.cpp (the gazetteer entries a name may be),
// context.cpp (what the text says about where its places are: regions that qualify names,
// front sectors, the points of other places), rank.cpp (namesakes ranked jointly, the
// mentions made), filter.cpp (what is not a place mention, and namesakes far from the rest);
// geoparse.cpp holds the text's tokens and word marks and runs the stages.

#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/gazetteer/name_key.hpp"

#include "compounds.hpp"
#include "gazetteer_impl.hpp"
#include "lexicon.hpp"
#include "slot_words.hpp"
#include "tokens.hpp"
#include "view_set.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimtrack::gazetteer::parsing {


using detail::Context;
using detail::ContextPoint;
using detail::Index;
using detail::Match;
using detail::MatchLevel;
using detail::Token;

inline constexpr std::size_t k_max_name_tokens = 4;

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
    bool fuzzy = false;               ///< one word one edit away from a name: a settlement's slot, a named oblast
    bool distance_anchor = false;     ///< named as the origin of a distance ("12 km south-east of X")
    /// The region the text puts this name in ("A, B and C in X oblast", "A Курской
    /// области"): the record of its ADM1/ADM2 entry, a hard filter of the candidates.
    std::uint32_t region = k_no_region;
    bool unresolved = false;          ///< the text's region holds no candidate: named, without a point
    bool dateline = false;            ///< "KYIV (Reuters) –": where the report was filed, no context for the others
    bool binds = false;               ///< a region phrase that put names before it in its region ("A and B in X oblast")
    /// Which name this is, for resolving its mentions once: its candidate places (inflected
    /// forms of one name, "Макіївка", "Макіївки", share them), or its key when it has none.
    std::string sig;
    static constexpr std::uint32_t k_no_region = std::numeric_limits<std::uint32_t>::max();
};

inline bool only_space(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

/// Words of one name may be separated by a space or a hyphen, nothing else.
inline bool joins_name(std::string_view s) { return only_space(s) || s == "-"; }

inline bool is_kind(const Match& m, core::PlaceKind k) { return m.kind == k; }

class Parser {
public:
    Parser(const Index& index, std::string_view text, const ParseHints& hints, const detail::Boundaries* boundaries);

    std::vector<core::Mention> run() {
        spot();
        spot_truncated_tail();
        demote_russian_spellings();
        link_plural_regions();
        sign_names();
        bind_regions();
        link_aliases();
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
    /// Lower-case forms of the tokens asked for so far (lower()), one after another; per token its
    /// [begin, end) in m_lower_bytes, begin == k_not_lowered until asked.
    mutable std::string m_lower_bytes;
    mutable std::vector<std::pair<std::uint32_t, std::uint32_t>> m_lower;
    static constexpr std::uint32_t k_not_lowered = static_cast<std::uint32_t>(-1);
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
    /// "X (northeast of Y)", "X, в трёх километрах к северу от Y": where the text says X lies from Y.
    struct StatedOffset {
        std::size_t target = 0, anchor = 0; ///< spots
        double bearing_deg = 0;             ///< from the anchor to the target, clockwise from north; NaN: any
        double km = -1;                     ///< the stated distance, or -1
        /// An anchor that is no spot of the text (the centre of a hromada named by its
        /// adjective, "X Лиманської громади"): its point; `anchor` is then unused.
        bool fixed_anchor = false;
        double anchor_lat = 0, anchor_lon = 0;
    };
    /// "X Лиманської громади", "X Лиманской громады": X lies in the hromada of that town.
    void find_hromada_qualifiers();
    std::vector<StatedOffset> m_offsets;

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
    const detail::Inflector& cyrillic_table();

    // ---- token context ---------------------------------------------------

    std::string_view key(std::size_t i) const { return m_keys[i]; }
    /// Token i in lower case: Latin and Cyrillic letters (lower_cyrillic) for a
    /// Cyrillic token, ASCII letters for the others; computed once, when first asked.
    std::string_view lower(std::size_t i) const {
        if (m_lower[i].first == k_not_lowered) lower_token(i);
        return std::string_view(m_lower_bytes).substr(m_lower[i].first, m_lower[i].second - m_lower[i].first);
    }
    void lower_token(std::size_t i) const;
    /// A cheap necessary condition of direction_phrase(p) finding one.
    bool may_start_direction(std::size_t p) const;

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
    void mark_headlines();

    /// A title-case line: short, mostly capitalised words, no full stop at the
    /// end and no list of names (commas).
    bool is_headline(std::size_t first, std::size_t end) const;

    bool common_word(std::size_t i) const {
        const std::string_view k = key(i);
        if (detail::contains(detail::k_stopwords, k)) return true;
        // "Russian-held", "Kyiv-based": a compound modifier (its last part in lower case), no name.
        const std::string_view t = m_tokens[i].text;
        if (const std::size_t dash = t.rfind('-'); dash != std::string_view::npos && dash + 1 < t.size() &&
                                                   std::islower(static_cast<unsigned char>(t[dash + 1])))
            return true;
        const auto ends = [&](std::string_view s) { return k.size() > s.size() + 2 && k.compare(k.size() - s.size(), s.size(), s) == 0; };
        return ends("ed") || ends("ing") || ends("ly");
    }

    /// Runs of two or more capitalised Latin words that are not a place name
    /// ("Oleh Syniehubov"): their words are people's or organisations' names
    /// wherever they occur alone in this text.
    void mark_person_runs();

    /// Cyrillic people: a given name or a patronymic, the capitalised words
    /// next to it, and the capitalised word after a title ("министр Х") are
    /// people's names wherever they occur alone in this text.
    void mark_cyrillic_persons();

    /// "Author: …", "Photo: …", "Фото: …": the rest of the line credits
    /// people and units, whose names are not places.
    void mark_credit_lines();

    /// «Север», "Коментарі": a quoted single word is a name of a body, not a place.
    bool quoted(std::size_t i) const {
        const Token& t = m_tokens[i];
        const auto opens = [&](std::string_view q) { return t.start >= q.size() && m_text.substr(t.start - q.size(), q.size()) == q; };
        const auto closes = [&](std::string_view q) { return m_text.substr(t.after, q.size()) == q; };
        return (opens("«") && closes("»")) || (opens("\"") && closes("\"")) || (opens("„") && closes("“")) ||
               (opens("“") && closes("”"));
    }

    bool run_is_placeish(std::size_t i, std::size_t j) const;

    // ---- spotting ---------------------------------------------------------

    void spot();
    /// An excerpt cut mid-word ("...on the outskirts of Polog"): a capitalised
    /// last word of five letters or more that begins the name of a settlement
    /// spotted earlier in the text stands for that settlement.
    void spot_truncated_tail();
    /// A part of a dash-joined line or road ("the Borova-Pishchane road").
    bool in_compound(const Spot& s) const;
    void demote_russian_spellings();
    bool along_before(const Spot& s) const;
    bool example_name(const Spot& s) const;
    /// The name at token `first` stands in a settlement's slot: right after
    /// a slot word ("seized X", "near X", "the village of X", a Cyrillic
    /// place cue), or in a list headed by one ("captured A, B and X").
    bool in_place_slot(std::size_t first) const;
    std::span<const std::string_view> region_abbreviation(std::size_t k) const;
    /// "Prohres, Donetsk Oblast", "Druzhba in Donetsk region": an oblast named right after the word.
    bool oblast_follows(std::size_t i) const;
    /// The town of spot `s` (its most important settlement spelt exactly) as a front sector's anchor.
    void add_town_anchor(const Spot& s);
    /// A town that bears the name exactly as its own outranks villages that
    /// only match it loosely ("Pokrovsk": the town, not Pokrovske near the
    /// other places of the text); geocode() gives every loose match this
    /// penalty, the geoparser only when a town is the exact match (a Russian
    /// spelling of a Ukrainian village matches loosely, its Russian namesake exactly).
    /// `town_exactly`: town_named_exactly(all), worked out once per name.
    double town_prior_penalty(const std::vector<Match>& all, const Match& m, bool town_exactly) const;
    /// An oblast centre or the capital named by its own name: its namesakes pay
    /// seat_namesake_penalty unless seat_tied_to_namesake (rank.cpp).
    bool seat_named_by(const Match& o) const;
    bool seat_tied_to_namesake(std::size_t i, const std::set<std::string, std::less<>>& sentence_oblasts) const;
    /// A town, a raion seat or a hromada centre bears the name exactly as its own.
    /// `ukrainian`: the name is written in a Ukrainian text (its Ukrainian alternate names are own names).
    bool town_named_exactly(const std::vector<Match>& all, bool ukrainian) const;

    std::optional<Spot> spot_at(std::size_t i);

    /// A Cyrillic name at token i: a region phrase ("Харківській області",
    /// "Донецкой народной республики"), else the longest run whose spelling or
    /// case form is known (with its namesakes under the other orthography),
    /// else one or two words read through the text's case table and matched by
    /// skeleton (weak: needs support from context).
    std::optional<Spot> spot_cyrillic(std::size_t i);

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

    Spot make_spot(std::size_t first, std::size_t last, std::vector<Match> matches, bool loose) const;

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
    std::optional<Spot> cyrillic_region_phrase(std::size_t i);

    /// "на слов'янському напрямку", "в запорожском направлении": after a
    /// preposition (not "так званого українського виступу").
    bool lower_axis_adjective(std::size_t i) const;

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
    bool lower_adjective(std::size_t n) const;

    /// The lower-case noun the capitalised Cyrillic word at token i modifies,
    /// when it is a region, front-sector or body noun: directly after it, after
    /// up to two lower-case adjectives ("Об’єднана штурмова бригада"), or shared
    /// by a list of capitalised adjectives ("в Запорізькій і Донецькій
    /// областях", "на Донецком и Запорожском направлениях"). npos when none.
    std::size_t head_noun(std::size_t i) const;

    /// The stem of a region adjective ("Запорізькій" -> "запорізк",
    /// "Курского" -> "курск"): the key without its adjectival ending, when
    /// the stem ends as adjectives of place names do (-ськ, -цьк, -зьк, -ск, -цк).
    std::string region_stem(std::size_t i) const;

    /// The oblasts (or raions) whose name is the adjective at token i:
    /// "<stem>а область", "<stem>ая область" ("<stem>ий район").
    std::vector<Match> region_adjective_matches(std::size_t i, core::PlaceKind kind) const;

    /// The raion whose centre the adjective at token i names («Чугуївського» -> Chuhuiv's raion).
    std::optional<Match> raion_of_centre(std::size_t i) const;

    /// A region adjective with its (possibly shared) region noun: an oblast
    /// or a raion the gazetteer knows, else nothing (a city district, a
    /// foreign raion): never a settlement.
    std::optional<Spot> region_adjective_spot(std::size_t i, std::size_t head);

    /// "и один в Белгородской", "у Херсонській та Миколаївській": the
    /// feminine adjective of an oblast in an oblique case, its noun left out,
    /// after a preposition or in a list.
    std::optional<Spot> elided_oblast(std::size_t i);

    /// The nominatives an adjective of a town may come from: Бахмутський ->
    /// Бахмут, Покровський -> Покровськ, Донецький -> Донецьк, Авдіївський ->
    /// Авдіївка, Курахівський -> Курахове, Гуляйпільський -> Гуляйполе;
    /// Russian likewise (Артемовский -> Артемовск, Авдеевский -> Авдеевка).
    static std::vector<std::string> axis_town_names(const std::string& adjective);

    /// The town of an axis phrase: the most important settlement bearing one
    /// of the nominatives as a name, an alternate name or a renaming.
    void add_axis_anchor(std::size_t i);

    /// A word that modifies the next one rather than naming a place: before
    /// a direction or region noun ("Донецком направлении"), or an adjective
    /// before another capitalised word (the first word of an unknown name).
    bool modifier_word(std::size_t i) const;

    /// A Ukrainian feminine adjective of a place name in -ська/-цька («Курська», «Донецька»),
    /// which is also the genitive of a town in -ськ/-цьк: ask only before an event noun.
    bool feminine_place_adjective(std::size_t i) const;

    /// "villages in Kursk": a plural noun of settlements and "in" before the name (see candidates.cpp).
    bool settlements_in_region(const Spot& s) const;

    /// Token i alone is the own name of a town or a seat (see geoparse.cpp).
    bool names_town(std::size_t i) const;

    /// The first word of a sentence or a line: capitalised whatever it is.
    bool sentence_start(std::size_t i) const;

    /// A sentence's first word shaped like a common word, not a settlement's name (see context.cpp).
    bool common_word_shape(std::size_t i) const;

    /// How many tokens from i (at most k_max_name_tokens) can form one name: capitalised,
    /// of one script, joined by spaces or hyphens, no possessive inside. Every shorter run
    /// can too, so the name loops compare their lengths with this, found once.
    std::size_t name_run(std::size_t i) const;

    /// Decides what the name stands for here, narrows the matches to that
    /// kind, and applies the filters. False: not a place mention.
    bool classify(Spot& s) const;

    std::string_view name_of(const Spot& s) const { return m_text.substr(s.start, m_tokens[s.last].end - s.start); }

    /// A bare oblast name where the wording makes it the oblast, not its
    /// city: after a compass adjective ("southern Odesa"), after a village
    /// in wire style ("shelled Tsupivka, Kharkiv", "near Uspenivka Donetsk",
    /// "Tykhe and Vodiane in Zaporizhzhia"), after "villages in" ("100
    /// villages in Kursk") or "incursion into".
    bool bare_region(const Spot& s) const;

    /// The name before a region word can be a place in it: one of its
    /// candidates lies there, or it is no town (a village the gazetteer may
    /// lack). "Kharkiv, Odesa": a town outside the oblast makes a list.
    bool village_of_region(const Spot& prev, const std::vector<std::uint32_t>& regions) const;

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

    bool kind_ok_cyrillic(Spot& s) const;
    /// A one-word name that is a capitalised adjective agreeing with the noun after it («Зелене світло»,
    /// «Нова хвиля», «Светлое будущее»), outside a settlement's slot: no place (attributive.cpp).
    bool attributive_adjective(const Spot& s) const;
    /// A Cyrillic name next to a word that makes it a speaker, a street or a unit («Шевченко наголосив»,
    /// «— заявив Волошин», «на вулиці Шевченка», «полку Азов»): no place (name_roles.cpp).
    bool named_by_role_word(const Spot& s) const;
    /// The name is the attribute of the lower-case noun after it (past "operational", "regional"): a
    /// unit, a body, a landmark, an area ("the Khortytsia operational command", «Лісове кладовище»,
    /// «Покровська агломерація»); no place (followers.cpp).
    bool attribute_of_nonplace(const Spot& s) const;
    /// "the Donetsk front", "gives Kursk update": an oblast's name is the oblast (followers.cpp).
    bool region_follower_after(const Spot& s) const;
    /// «Ключевым остаётся …», «Новим стало …»: an adjective in the instrumental before a link verb.
    bool predicative_instrumental(const Spot& s) const;
    /// "Serhii, 34, flies drones", «Сергій, 34 роки, …»: a given name with an apposition of age.
    bool age_apposition(const Spot& s) const;
    /// A one-word name of villages only in a Cyrillic headline in Title Case («… Атаками На
    /// Енергетику»): a common noun capitalised with the rest of the line (title_case.cpp).
    bool title_case_village(const Spot& s) const;
    bool cyrillic_title_case_line(std::size_t i) const;
    /// «Жителей Купянска …», «Людей …»: a sentence's first word in -ей is a noun's genitive plural
    /// (the ending is also an adjective's), not the first word of a longer name.
    bool plural_noun_opening(std::size_t i) const {
        const std::string_view k = key(i);
        return sentence_start(i) && k.size() > 4 && k.substr(k.size() - 4) == "еи"; // exact keys: "й" folds to "и"
    }
    bool capital_as_government_cyrillic(const Spot& s) const;

    /// A common noun that is also a village name ("Прогрес", "Перемога"),
    /// mid-sentence, right after a word that puts a settlement there
    /// ("захопили", "село", "біля"), or in a list of names headed by one
    /// ("поблизу Північного та Дружби", "населених пунктів A, B, Прогрес та C").
    bool noun_in_place_slot(const Spot& s) const {
        if (s.first != s.last || !is(s.first, detail::CyrillicWords::NounName)) return false;
        if (sentence_start(s.first) || quoted(s.first) || seen_in_lower_case(s.first)) return false;
        const std::size_t p = prev_adjacent(s.first);
        if (p != std::string::npos && m_tokens[p].cyrillic && !m_tokens[p].capitalised && is(p, detail::CyrillicWords::PlaceCue))
            return true;
        return in_place_slot(s.first);
    }

    /// An all-capitals Cyrillic abbreviation of two letters or more ("ОВА", "ОДА", "ВА").
    bool cyrillic_abbreviation(std::size_t i) const {
        const std::string_view t = m_tokens[i].text;
        if (!m_tokens[i].cyrillic || t.size() < 4 || t.size() % 2 != 0) return false;
        for (std::size_t k = 0; k + 1 < t.size(); k += 2) {
            const auto a = static_cast<unsigned char>(t[k]), b = static_cast<unsigned char>(t[k + 1]);
            const bool upper = (a == 0xD0 && b >= 0x80 && b <= 0xAF) || (a == 0xD2 && b == 0x90); // А-Я Ё Є І Ї Ў, Ґ
            if (!upper) return false;
        }
        return true;
    }

    /// "Сумська ОВА", "Харківська ОДА", "Запорожская ВГА": an adjective before an
    /// abbreviation names a body (an administration), not a place.
    bool body_adjective(std::size_t i) const {
        const std::size_t n = next_adjacent(i);
        return n != std::string::npos && cyrillic_abbreviation(n) && (words().adjectival(key(i)) || !region_stem(i).empty());
    }

    /// "Тим часом" ("meanwhile"), "Тем не менее": a pronoun opening a sentence before a
    /// lower-case word, not the town of Tim.
    bool opening_pronoun(const Spot& s) const {
        if (s.first != s.last || !sentence_start(s.first)) return false;
        const std::size_t n = next_adjacent(s.first);
        if (n == std::string::npos || m_tokens[n].capitalised || !m_tokens[n].cyrillic) return false;
        return detail::contains(detail::k_opening_pronouns, key(s.first));
    }

    /// The filters for a Cyrillic name: stop words, people, quoted names,
    /// words the text also uses in lower case.
    bool plausible_cyrillic_mention(const Spot& s) const {
        if (s.first != s.last) return true;
        if (opening_pronoun(s) || body_adjective(s.first)) return false;
        const std::string_view k = key(s.first);
        if (is(s.first, detail::CyrillicWords::Stop) || m_person_words.count(k) || seen_in_lower_case(s.first)) return false;
        if (s.first > 0 && is(s.first - 1, detail::CyrillicWords::Title)) return false;
        return !quoted(s.first);
    }

    /// "the Bakhmut front", "the Pokrovsk direction": a settlement after "the".
    /// The word may follow a list of names sharing it: "the Balakliia and
    /// Izium areas", "the Kupiansk, Lyman and Siversk directions".
    bool front_word_after(std::size_t last) const;

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
    bool distance_before(std::size_t i) const;

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
    bool region_phrase(Spot& s) const;

    void narrow(Spot& s, core::PlaceKind kind) const {
        std::erase_if(s.matches, [&](const Match& m) { return !is_kind(m, kind); });
    }

    void narrow_to_admin(Spot& s, core::PlaceKind kind) const;

    /// A bare name: the kind matched most closely wins; settlements before
    /// countries, oblasts, regions and waters on a tie; waters only after "the".
    void keep_bare_name_kinds(Spot& s) const;

    /// A one-word name in -щина/-ччина (any case) or -shchyna/-chchyna.
    bool colloquial_region(const Spot& s) const;
    /// Drops loosely matched candidates of another gender than the masculine adjective at token i.
    void drop_other_gender(std::size_t i, std::vector<Match>& matches) const;
    /// «на Запоріжжі», «на Дніпрі»: a one-word name in the Ukrainian locative after «на», where
    /// Ukrainian puts regions and rivers (towns take «у/в»), candidates.cpp.
    bool on_region_or_river(const Spot& s) const;
    /// The name stands right after a river noun ("річки", "берегу", "river").
    bool water_slot(const Spot& s) const;

    /// The filters for a Latin name standing for a settlement or region.
    bool plausible_latin_mention(const Spot& s) const;

    /// Not part of a longer run of capitalised words ("Ukrainska Pravda",
    /// "Nataliya Humenyuk"), except for place suffixes ("Kherson City").
    bool free_standing(const Spot& s) const;

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
    void link_plural_regions();

    // ---- regions the text puts names in ----------------------------------------

    static bool list_conjunction(std::string_view k) {
        return k == "and" || k == "or" || k == "и" || k == "і" || k == "й" || k == "та" || k == "или" || k == "або";
    }

    /// The last token of the name a region phrase at token `r` qualifies, or
    /// npos: "A, X", "A X", "A in (the) (western) X", "A of X", "A (X", ru/uk
    /// "A Курской области", "A в Курской области", "A на Сумщині", and the
    /// apposition "A and B, two Kursk-oblast villages".
    std::size_t name_before_region(std::size_t r, const Spot& region) const;

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
    /// The candidates of a name the text puts in a region: those in it. A match one letter away
    /// counts only where a settlement must stand (`slot`: "seized X in Y region").
    std::vector<Match> in_region(const std::vector<Match>& matches, std::uint32_t region, bool slot) const;

    /// Region phrases constrain the names (and lists of names) they qualify:
    /// only candidates in the region stay; a name with none there is reported
    /// unresolved, never as a namesake elsewhere. A name not in the gazetteer
    /// at all ("Казачья Поповка") is reported unresolved too, whole.
    void bind_regions();

    /// A name put in a region is that place at its mentions without one (the last region before them,
    /// else the first).
    void share_regions();

    /// Sets Spot::sig of every spot: mentions of one name share one resolution.
    void sign_names();

    /// "Красное (украинское название — Ивановское)", "X (now Y)", "X, formerly Y": two names
    /// the text gives one place. Where their candidates share places, both names keep only
    /// those, and resolve as one name.
    void link_aliases();

    /// Spot b renames spot a by the wording between them: a parenthesis right after a
    /// holding b and lower-case words only, or ", formerly|now|renamed|called|known as b".
    bool alias_gap(const Spot& a, const Spot& b) const;

    /// Per token, the number of its sentence (a new one after a line break, or after ". ",
    /// "! ", "? " before a capitalised word), in one pass.
    std::vector<std::size_t> sentence_ids() const;

    /// Per spot, the oblasts (admin1 codes) the sentence around it names and that bind
    /// no name of their own: "In Kharkiv Oblast, troops pushed back near A and B";
    /// "На Донетчине ВСУ вернули A и B".
    std::vector<std::set<std::string, std::less<>>> sentence_oblasts(const std::vector<std::size_t>& sentence) const;

    /// A region named as what places lie on the border of ("near the border with Ukraine's
    /// Sumy region", «у границы с Сумской областью», «біля кордону з Курською областю»): a
    /// landmark, not the region of the sentence's places.
    bool border_region(const Spot& s) const;

    bool name_long_enough(std::size_t a, std::size_t e) const {
        constexpr std::size_t k_min_bytes = 4;
        return m_tokens[e].end - m_tokens[a].start >= (m_tokens[a].cyrillic ? 2 * k_min_bytes : k_min_bytes);
    }

    /// A name the text puts in a region where the gazetteer has no such
    /// place: named, with the region's country and oblast, and no point.
    core::Mention unresolved_mention(const Spot& s) const;

    // ---- resolution ---------------------------------------------------------

    Context base_context() const;

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

    /// Villages of a list far from its Russian villages become unresolved (rank.cpp).
    void unresolve_strays_of_russian_lists(const Ranked& ranked);
    void unresolve_far_namesakes_of_russian_regions(const Ranked& ranked);

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
    void group_names();
    bool same_place_possible(std::size_t h, std::size_t i) const;

    std::vector<core::Mention> resolve();


    static constexpr double k_isolated_km = 150.0;
    static constexpr double k_weak_support_km = 60.0;

    /// A settlement that stands on its own: a town, or a place in an oblast
    /// the text names.
    bool anchor(std::size_t i, const Ranked& ranked, const Context& base) const {
        const auto& rec = m_index.record(ranked.at(i).front().second);
        return town(rec) || base.admin1_codes.count(std::string_view(m_index.str(rec.admin1_code))) > 0;
    }

    bool town(const detail::PlaceRecord& rec) const {
        constexpr std::int64_t k_town_population = 20000;
        const std::string_view code = m_index.str(rec.feature_code);
        return (rec.population >= k_town_population && code != "PPLX") || code == "PPLA" || code == "PPLC";
    }

    /// A town, a small town or a raion seat: a place writers name on its own.
    /// Under 10,000 people and no seat of an oblast, a raion or the country: a place a
    /// gazetteer may lack a namesake of (the Russian-list rules in rank.cpp).
    bool small_village(const detail::PlaceRecord& rec) const {
        constexpr std::int64_t k_village_population = 10000;
        const std::string_view code = m_index.str(rec.feature_code);
        return rec.population < k_village_population && code != "PPLA" && code != "PPLA2" && code != "PPLC";
    }

    bool seat_or_town(const detail::PlaceRecord& rec) const {
        constexpr std::int64_t k_small_town_population = 10000;
        const std::string_view code = m_index.str(rec.feature_code);
        return town(rec) || code == "PPLA2" || (rec.population >= k_small_town_population && code != "PPLX");
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
    std::set<std::size_t> isolated_villages(const Ranked& ranked, const Context& base) const;
    /// A loosely spelt name in a settlement's slot that only one place bears,
    /// or that a town or raion seat bears, needs no other places around it
    /// ("Russian forces seized Gulyaipole": the town of Huliaipole). A name
    /// spelt exactly keeps the rule for namesakes: a Russian village the
    /// gazetteer lacks may be a Ukrainian village's alternate name.
    bool stands_in_slot(std::size_t i, const Ranked& ranked) const;

    /// The chosen place is the only settlement that bears the name exactly
    /// as its own (a place matched only loosely or through someone else's
    /// alternate name does not count): a unique, well-known name.
    bool unambiguous(std::size_t i, const Ranked& ranked) const;

    template <class Limit>
    std::set<std::size_t> isolated_from_places(const std::vector<std::size_t>& settlements, std::set<std::size_t> reached,
                                               const Ranked& ranked, const Limit& limit) const;

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

    Ranking rank(const Spot& s, std::size_t self, const std::vector<Scored>& own, const Context& ctx);

    /// Fills m_offsets from the direction phrases of the text (offsets.cpp).
    void find_offsets();
    /// The bearing a direction phrase at token p names and the first token of
    /// its origin's name; NaN bearing when none starts there.
    std::pair<double, std::size_t> direction_phrase(std::size_t p) const;
    /// The `offset` bonus of a candidate at (lat, lon) whose offset's anchor lies at (alat, alon).
    double offset_bonus(const StatedOffset& o, double lat, double lon, double alat, double alon) const;
    /// The own scores of name i's candidates plus their best offset bonus, when the text
    /// states where name i lies from another name ranked already; else nullptr.
    /// `ranked`: the previous round's rankings (nullptr in the first round: only hromada centres count).
    const std::vector<Scored>* with_offsets(std::size_t i, const std::vector<Scored>& own, const Ranked* ranked,
                                            std::vector<Scored>& scratch) const;

    /// Per first spot of a name, the names listed with it ("A, B and C", «A — B»), in lists.cpp.
    std::vector<std::vector<std::size_t>> m_list_neighbours;
    void find_lists();
    /// `own` plus, per candidate, list_neighbours * exp(-km / scale) to the nearest place chosen
    /// (in the previous round) for a name listed with name i; nullptr when there is none.
    /// `scratch` may be `own` itself (then added to in place).
    const std::vector<Scored>* with_list_neighbours(std::size_t i, const std::vector<Scored>& own, const Ranked& ranked,
                                                    std::vector<Scored>& scratch) const;

    /// Per first spot of a name, the other names of the runs of spots it is in (lists.cpp): a run is
    /// m_spots[k..e] while joined(k, e) says m_spots[e + 1] continues it; up to `window` spots away.
    std::vector<std::vector<std::size_t>> neighbours_in_runs(const std::function<bool(std::size_t, std::size_t)>& joined,
                                                             std::size_t window) const;
    /// Per first spot of a name, the names of its sentences (sentence_neighbours.cpp).
    std::vector<std::vector<std::size_t>> m_sentence_neighbours;
    void find_sentence_neighbours(const std::vector<std::size_t>& sentence);
    /// `own` plus, per candidate, sentence_places * exp(-km / scale) (times the point's weight) to the
    /// nearest place chosen in the previous round for another name of name i's sentences; nullptr
    /// when there is none. `scratch` may be `own` itself (then added to in place).
    const std::vector<Scored>* with_sentence_neighbours(std::size_t i, const std::vector<Scored>& own, const Ranked& ranked,
                                                        std::vector<Scored>& scratch) const;
    /// A town (town_population or more) or a seat of an oblast or the country bearing the name as its own.
    bool known_on_its_own(const Match& o) const;

    /// The mention at spot `s`; `same`: an earlier mention of the same name, whose places it copies.
    core::Mention mention(const Spot& s, const Spot& first, const Ranking& r, const core::Mention* same) const;
};

} // namespace claimtrack::gazetteer::parsing
