// Geoparse stage 1, spotting: capitalised names and region phrases in the text.

#include "parser.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace claimtrack::gazetteer::parsing {

void Parser::spot() {
    // A spot starts at a capitalised word.
    m_spots.reserve(static_cast<std::size_t>(
        std::count_if(m_tokens.begin(), m_tokens.end(), [](const Token& t) { return t.capitalised; })));
    std::size_t i = 0;
    while (i < m_tokens.size()) {
        // "на слов'янському напрямку": Ukrainian writes front sectors in lower case too.
        const Token& t = m_tokens[i];
        // lower_axis_adjective()'s own first test, without the call.
        if (t.cyrillic && !t.capitalised && lower_axis_adjective(i)) add_axis_anchor(i);
        // spot_at()'s own first test, without the call: most words start no spot.
        if (!t.capitalised || t.has_digit || m_credit[i]) {
            ++i;
            continue;
        }
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

std::size_t Parser::name_run(std::size_t i) const {
    std::size_t n = 0;
    for (std::size_t k = i; k < i + k_max_name_tokens && has(k); ++k) {
        const Token& t = m_tokens[k];
        if (!t.capitalised || t.has_digit || t.cyrillic != m_tokens[i].cyrillic) break;
        ++n;
        if (t.possessive || !has(k + 1) || !joins_name(detail::gap(m_text, t, m_tokens[k + 1]))) break;
    }
    return n;
}

std::optional<Spot> Parser::spot_at(std::size_t i) {
    const Token& t = m_tokens[i];
    if (!t.capitalised || t.has_digit || m_credit[i]) return std::nullopt;
    if (t.cyrillic) return spot_cyrillic(i);
    const std::size_t run = name_run(i);
    for (std::size_t n = run; n >= 1; --n) {
        const std::size_t last = i + n - 1;
        // "the village of Druzhba": a common noun that names a village, where a settlement must stand.
        const bool noun_name = n == 1 && detail::contains(detail::k_noun_names, key(i)) &&
                               ((!sentence_start(i) && in_place_slot(i)) || oblast_follows(i));
        if (n == 1 && !t.cyrillic && detail::contains(detail::k_stopwords, key(i)) &&
            !detail::contains(detail::k_capitals, key(i)) && !noun_name)
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
        if (!classify(s)) return std::nullopt;
        // "in the Donetsk direction", "3. Melitopol direction.": the town names the direction, as
        // «на Покровському напрямку» does; it anchors the text's namesakes and is no mention.
        if (s.kind == core::PlaceKind::Settlement && lower_key(last + 1) == "direction" && any_town(s) && !m_headline[i]) {
            add_town_anchor(s);
            return std::nullopt;
        }
        if (noun_name) s.weak = true; // needs other places near it
        return s;
    }
    return std::nullopt;
}

/// A Cyrillic name at token i: a region phrase ("Харківській області",
/// "Донецкой народной республики"), else the longest run whose spelling or
/// case form is known (with its namesakes under the other orthography),
/// else one or two words read through the text's case table and matched by
/// skeleton (weak: needs support from context).
std::optional<Spot> Parser::spot_cyrillic(std::size_t i) {
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
    // "вздовж Сіверського Донця", "у Нової Сорочини": the second word of a longer name the
    // gazetteer lacks is no place of its own ("Донця" is not the village Донець). Not after a
    // sentence's first word in -ей, a noun's genitive plural («Жителей Купянска эвакуируют»).
    if (const std::size_t p = prev_adjacent(i);
        p != std::string::npos && m_tokens[p].cyrillic && m_tokens[p].capitalised && !is(p, detail::CyrillicWords::Stop) &&
        !sentence_start(i) && !plural_noun_opening(p) && modifier_word(p) && m_index.match_cyrillic(span_text(p, i)).empty())
        return std::nullopt;
    const std::size_t run = name_run(i);
    for (std::size_t n = run; n >= 1; --n) {
        const std::size_t last = i + n - 1;
        // One word: its key is at hand.
        auto matches = n == 1 ? m_index.match_cyrillic_key(key(i)) : m_index.match_cyrillic(span_text(i, last));
        if (matches.empty()) continue;
        if (n == 1 && modifier_word(i)) return std::nullopt;
        if (n <= 2) add_new(matches, loose_matches(i, last));
        if (n == 1) drop_other_gender(i, matches);
        if (matches.empty()) return std::nullopt;
        Spot s = make_spot(i, last, std::move(matches), false);
        if (classify(s)) return s;
        return std::nullopt;
    }
    if (modifier_word(i)) return std::nullopt;
    for (std::size_t n = std::min<std::size_t>(run, 2); n >= 1; --n) {
        const std::size_t last = i + n - 1;
        if (n == 1 && (sentence_start(i) || is(i, detail::CyrillicWords::Stop) || m_person_words.count(key(i)) ||
                       seen_in_lower_case(i)))
            continue;
        auto matches = loose_matches(i, last);
        if (n == 1) drop_other_gender(i, matches);
        if (matches.empty()) continue;
        Spot s = make_spot(i, last, std::move(matches), true);
        if (classify(s)) return s;
        return std::nullopt;
    }
    return std::nullopt;
}

/// Capitalised words (up to three) and up to two lower-case words ending
/// in a region noun, matched as one name: an oblast or a republic.
std::optional<Spot> Parser::cyrillic_region_phrase(std::size_t i) {
    for (std::size_t n = std::min<std::size_t>(name_run(i), 3); n >= 1; --n) {
        const std::size_t last = i + n - 1;
        std::size_t k = last;
        for (std::size_t extra = 1; extra <= 2; ++extra) {
            k = next_adjacent(k);
            if (k == std::string::npos || m_tokens[k].capitalised || !m_tokens[k].cyrillic) break;
            if (!is(k, detail::CyrillicWords::RegionNoun)) continue;
            const auto abbreviation = region_abbreviation(k);
            auto matches = m_index.match_cyrillic(span_text(i, k));
            // «Куп'янського р-ну», «Донецька обл.»: the abbreviation read as each case of its noun.
            for (std::size_t x = 0; x < abbreviation.size() && matches.empty(); ++x)
                matches = m_index.match_cyrillic(std::string(m_text.substr(m_tokens[i].start, m_tokens[k].start - m_tokens[i].start)) +
                                                 std::string(abbreviation[x]));
            // "Курському районі": a raion, not the oblast of the same adjective.
            if (key(k).substr(0, std::min<std::size_t>(key(k).size(), 10)) == "раион" || // exact keys: "й" folds to "и"
                (!abbreviation.empty() && key(k).rfind("р", 0) == 0))
                std::erase_if(matches, [](const Match& m) { return !is_kind(m, core::PlaceKind::Admin2); });
            if (matches.empty()) break;
            Spot s = make_spot(i, k, std::move(matches), false);
            if (classify(s)) return s;
            break;
        }
    }
    return std::nullopt;
}

/// The full nouns, in each case, an abbreviated region noun at token k stands for («обл.»,
/// «р-н», «р-ну», «р-на»); empty when the word is no abbreviation.
std::span<const std::string_view> Parser::region_abbreviation(std::size_t k) const {
    static constexpr std::string_view oblast[] = {"область", "області", "областю", "области", "областью", "обласці"};
    static constexpr std::string_view raion[] = {"район", "району", "районі", "района", "районе", "районом",
                                                 "раион", "раиону", "раионі", "раиона", "раионе"};
    const std::string_view w = key(k);
    if (w == "обл") return oblast;
    if (w.size() > 3 && (w.substr(0, 3) == "р-" || w.substr(0, 3) == "р ")) return raion; // exact keys make the hyphen a space
    return {};
}

/// "на слов'янському напрямку", "в запорожском направлении": after a
/// preposition (not "так званого українського виступу").
bool Parser::lower_axis_adjective(std::size_t i) const {
    if (!m_tokens[i].cyrillic || m_tokens[i].capitalised) return false;
    // The preposition before it first: asked of every token, and the ending test is the dear one.
    if (i == 0 || !adjacent(i - 1, i)) return false;
    const std::string_view p = key(i - 1);
    if (p != "на" && p != "в" && p != "у" && p != "по") return false;
    if (!words().adjectival(key(i))) return false;
    const std::size_t n = next_adjacent(i);
    return n != std::string::npos && m_tokens[n].cyrillic && !m_tokens[n].capitalised &&
           is(n, detail::CyrillicWords::AxisNoun);
}

/// A lower-case word that may be an adjective between a capitalised word
/// and its noun ("штурмова", "оперативного", "атомная"): an adjectival ending.
namespace {

/// The bytes of `s` (up to eight) as one integer, as memcpy() of them would load it: endings
/// compared as integers, not by a memcmp() call each.
constexpr std::uint64_t bytes_of(std::string_view s) {
    std::uint64_t v = 0;
    for (std::size_t k = s.size(); k-- > 0;) v = (v << 8) | static_cast<unsigned char>(s[k]);
    return std::endian::native == std::endian::little ? v : 0; // see adjective_ending()
}

/// Adjectival endings of exact keys ("й" folds to "и", "ї" to "і"), by length in letters.
constexpr std::uint64_t k_endings_1[] = {bytes_of("а"), bytes_of("е"), bytes_of("і"), bytes_of("я")};
constexpr std::uint64_t k_endings_2[] = {bytes_of("ии"), bytes_of("іи"), bytes_of("оі"), bytes_of("ою"), bytes_of("им"),
                                         bytes_of("их"), bytes_of("ая"), bytes_of("ое"), bytes_of("ые"), bytes_of("ыи"),
                                         bytes_of("ои"), bytes_of("ую"), bytes_of("ие"), bytes_of("ых")};
constexpr std::uint64_t k_endings_3[] = {bytes_of("ого"), bytes_of("ому")};

/// `k` (eight bytes or more) ends with an adjectival ending.
bool adjective_ending(std::string_view k) {
    if constexpr (std::endian::native != std::endian::little) {
        for (std::string_view e : {"а", "е", "і", "я", "ии", "іи", "оі", "ого", "ому", "ою", "им", "их", "ая", "ое",
                                   "ые", "ыи", "ои", "ую", "ие", "ых"})
            if (k.ends_with(e)) return true;
        return false;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, k.data() + k.size() - 8, 8); // the last eight bytes, in memory order
    const auto last = [tail](std::size_t bytes) { return tail >> (64 - 8 * bytes); };
    bool found = false;
    for (const std::uint64_t e : k_endings_1) found |= last(2) == e;
    for (const std::uint64_t e : k_endings_2) found |= last(4) == e;
    for (const std::uint64_t e : k_endings_3) found |= last(6) == e;
    return found;
}

} // namespace

bool Parser::lower_adjective(std::size_t n) const {
    const std::string_view k = key(n);
    if (conjunction(k) || k.size() < 8) return false; // four Cyrillic letters at least
    return adjective_ending(k);
}

/// The lower-case noun the capitalised Cyrillic word at token i modifies,
/// when it is a region, front-sector or body noun: directly after it, after
/// up to two lower-case adjectives ("Об’єднана штурмова бригада"), or shared
/// by a list of capitalised adjectives ("в Запорізькій і Донецькій
/// областях", "на Донецком и Запорожском направлениях"). npos when none.
std::size_t Parser::head_noun(std::size_t i) const {
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

/// A region adjective with its (possibly shared) region noun: an oblast
/// or a raion the gazetteer knows, else nothing (a city district, a
/// foreign raion): never a settlement.
std::optional<Spot> Parser::region_adjective_spot(std::size_t i, std::size_t head) {
    const std::string_view noun = key(head);
    // "району", "районах" (exact keys: "й" folds to "и"), and the abbreviations «р-н», «р-ну».
    const bool raion = noun.substr(0, std::min<std::size_t>(noun.size(), 10)) == "раион" ||
                       (!region_abbreviation(head).empty() && noun.rfind("р", 0) == 0);
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
std::optional<Spot> Parser::elided_oblast(std::size_t i) {
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

/// A word that modifies the next one rather than naming a place: before
/// a direction or region noun ("Донецком направлении"), or an adjective
/// before another capitalised word (the first word of an unknown name).
bool Parser::feminine_place_adjective(std::size_t i) const {
    // After a preposition of the genitive it is the town («після Покровська оборона …»).
    static constexpr std::string_view k_genitive_prepositions[] = {
        "після", "біля", "до", "з", "із", "від", "навколо", "довкола", "поблизу", "під", "для", "без", "з-під", "край",
    };
    if (i > 0 && adjacent(i - 1, i)) {
        const std::string_view p = lower(i - 1); // the token's lower_cyrillic(), made once per parse
        if (std::find(std::begin(k_genitive_prepositions), std::end(k_genitive_prepositions), p) !=
            std::end(k_genitive_prepositions))
            return false;
    }
    const std::string_view w = lower(i);
    for (std::string_view e : {"ська", "цька"})
        if (w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
    return false;
}

bool Parser::modifier_word(std::size_t i) const {
    const std::size_t n = next_adjacent(i);
    if (n == std::string::npos || !m_tokens[n].cyrillic) return false;
    if (!m_tokens[n].capitalised)
        return is(n, detail::CyrillicWords::DirectionNoun | detail::CyrillicWords::AxisNoun | detail::CyrillicWords::RegionNoun) ||
               // "Харківського контрнаступу", "Курской операции": an adjective of an event; "після
               // Авдіївки наступ" keeps the town (a noun, not an adjective form). Before an event noun
               // the Ukrainian feminine nominative counts too («Курська операція»; elsewhere -ська is
               // also the genitive of a town in -ськ: «біля Покровська Мирноград»).
               (is(n, detail::CyrillicWords::EventNoun) && (words().adjectival(key(i)) || feminine_place_adjective(i)));
    // "Красное Харьковской области": the next word starts an oblast phrase.
    if (const std::size_t after = next_adjacent(n); after != std::string::npos && is(after, detail::CyrillicWords::RegionNoun))
        return false;
    return words().adjectival(key(i));
}

/// Decides what the name stands for here, narrows the matches to that
/// kind, and applies the filters. False: not a place mention.
bool Parser::classify(Spot& s) const {
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
    // Only a name spelt as the town's own: "Gulyaipole, the band, ..." opens a line too.
    const bool spelt_exactly = std::any_of(s.matches.begin(), s.matches.end(),
                                           [](const Match& m) { return m.level <= MatchLevel::Romanised; });
    s.dateline = !m_tokens[s.first].cyrillic && spelt_exactly && dateline(s) && any_town(s);
    if (kind == core::PlaceKind::Country) return true;
    if (m_tokens[s.first].cyrillic) return kind_ok_cyrillic(s);
    if (!plausible_latin_mention(s)) return false;
    // "the Tavriia direction": a front sector is named after a town (or an army group), not a village.
    if (kind == core::PlaceKind::Settlement && axis_word_after(s.last) && !any_town(s)) return false;
    s.weak = s.first == s.last && std::all_of(s.matches.begin(), s.matches.end(), [](const Match& m) {
                 return m.level >= MatchLevel::Skeleton;
             });
    s.fuzzy = s.first == s.last && std::all_of(s.matches.begin(), s.matches.end(), [](const Match& m) {
                  return m.level == MatchLevel::Fuzzy;
              });
    set_precision(s);
    return true;
}

/// "the Bakhmut front", "the Pokrovsk direction": a settlement after "the".
/// The word may follow a list of names sharing it: "the Balakliia and
/// Izium areas", "the Kupiansk, Lyman and Siversk directions".
bool Parser::front_word_after(std::size_t last) const {
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

/// "12 km south-east of X", "20 km from X", "за 10 км від X", "в 15 км к
/// северу от X": the name at token i is the origin of a distance.
bool Parser::distance_before(std::size_t i) const {
    constexpr std::size_t k_max_direction_words = 3;
    if (i < 3 || !adjacent(i - 1, i) || !detail::contains(detail::k_distance_links, key(i - 1))) return false;
    std::size_t k = i - 2;
    for (std::size_t n = 0; n < k_max_direction_words && k > 0 && adjacent(k, k + 1) &&
                            detail::contains(detail::k_direction_words, key(k));
         ++n)
        --k;
    return adjacent(k, k + 1) && distance_figure_at(k);
}

/// "Kharkiv region", "Kherson Oblast", "Kursk border region", "Pokrovsk
/// district", "Dnipro River", "the region of Donetsk", "Donetsk People's Republic".
bool Parser::region_phrase(Spot& s) const {
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

void Parser::spot_truncated_tail() {
    constexpr std::size_t k_min_letters = 5;
    if (m_tokens.empty() || m_spots.empty()) return;
    const std::size_t i = m_tokens.size() - 1;
    const Token& t = m_tokens[i];
    if (!t.capitalised || t.has_digit || m_spots.back().last >= i) return;
    const std::string_view rest = m_text.substr(t.after);
    if (std::any_of(rest.begin(), rest.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }))
        return;
    const std::string_view k = key(i);
    const std::size_t letters = t.cyrillic ? k.size() / 2 : k.size();
    if (letters < k_min_letters) return;
    for (const Spot& s : m_spots) {
        if (s.kind != core::PlaceKind::Settlement || s.first != s.last || m_tokens[s.first].cyrillic != t.cyrillic) continue;
        if (s.key.size() <= k.size() || s.key.compare(0, k.size(), k) != 0) continue;
        Spot tail = s;
        tail.first = tail.last = i;
        tail.start = t.start;
        tail.end = t.end;
        set_precision(tail);
        m_spots.push_back(std::move(tail));
        return;
    }
}

/// "Нікольський", "Никольский": a masculine adjective in the nominative names a
/// хутор or посёлок, not the village "Нікольське" / "Никольское" (neuter) or the
/// town "Нікольська" (feminine): loosely spelt candidates of another gender go.
void Parser::drop_other_gender(std::size_t i, std::vector<Match>& matches) const {
    const auto ends = [](std::string_view k, std::string_view e) {
        return k.size() > e.size() + 4 && k.compare(k.size() - e.size(), e.size(), e) == 0;
    };
    const std::string_view k = key(i); // exact key: "й" folds to "и", the soft sign drops
    const bool masculine = ends(k, "скии") || ends(k, "цкии") || ends(k, "скои") || ends(k, "цкои");
    if (!masculine) return;
    matches.erase(std::remove_if(matches.begin(), matches.end(),
                                 [&](const Match& m) {
                                     if (m.level < MatchLevel::Romanised) return false;
                                     const std::string local = exact_key(m_index.str(m_index.record(m.place).name_local));
                                     for (std::string_view e : {"ске", "цке", "ское", "цкое", "ска", "цка", "ская", "цкая"})
                                         if (ends(local, e)) return true;
                                     return false;
                                 }),
                  matches.end());
}

bool Parser::oblast_follows(std::size_t i) const {
    const std::size_t n = i + 1;
    if (!has(n + 1) || m_tokens[n].cyrillic) return false;
    const std::string_view g = detail::gap(m_text, m_tokens[i], m_tokens[n]);
    if (g == ", ")
        return m_tokens[n].capitalised && detail::contains(detail::k_admin1_words, lower_key(n + 1)) && adjacent(n, n + 1);
    if (only_space(g) && key(n) == "in" && has(n + 2) && m_tokens[n + 1].capitalised)
        return detail::contains(detail::k_admin1_words, lower_key(n + 2)) && adjacent(n + 1, n + 2);
    return false;
}

bool Parser::in_place_slot(std::size_t first) const {
    constexpr int k_max_words = 16;
    std::size_t k = first;
    for (int step = 0; step < k_max_words && k > 0; ++step) {
        const std::size_t p = k - 1;
        const std::string_view g = detail::gap(m_text, m_tokens[p], m_tokens[k]);
        if (!only_space(g) && g != ", " && !detail::dash_join(g)) return false;
        k = p;
        if (m_tokens[p].capitalised) continue; // another name of the list, or a word of this one
        const std::string_view w = key(p);
        if (m_tokens[p].cyrillic) {
            if (w == "и" || w == "і" || w == "та" || w == "й") continue;
            return is(p, detail::CyrillicWords::PlaceCue);
        }
        if (w == "and" || w == "or" || w == "the") continue;
        if (detail::contains(detail::k_slot_words, w)) return true;
        return w == "of" && p > 0 && only_space(detail::gap(m_text, m_tokens[p - 1], m_tokens[p])) &&
               detail::contains(detail::k_slot_nouns_of, key(p - 1));
    }
    return false;
}

} // namespace claimtrack::gazetteer::parsing
