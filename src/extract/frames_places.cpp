#include "frames_places.hpp"

#include "frames_en.hpp"
#include "frames_slavic.hpp"

#include <algorithm>
#include <array>

namespace claimtrack::extract {

bool usable_kind(core::PlaceKind k) {
    return k == core::PlaceKind::Settlement || k == core::PlaceKind::Admin1 || k == core::PlaceKind::Admin2 ||
           k == core::PlaceKind::Region;
}

bool clause_break_at(const Sentence& s, std::size_t k) {
    if (!s.cue_at(k, Cue::ClauseBreak)) return false;
    // "among which A and B", "среди которых A и B", "серед яких A та B": the relative pronoun is part
    // of a list opener, and the names after it stay in the clause of the verb before it.
    for (std::size_t j = k > 3 ? k - 3 : 0; j < k; ++j) {
        std::size_t end = 0;
        if (s.cue_at(j, Cue::ListIntro, &end) && end > k) return false;
    }
    return true;
}

/// Token index where the clause containing `pos` ends (exclusive), searching forwards.
std::size_t clause_end(const Sentence& s, std::size_t from) {
    for (std::size_t k = from; k < s.tokens.size(); ++k) {
        if (clause_break_at(s, k)) return k;
        for (const ReportHit& r : s.reports)
            if (r.first == k && r.kind != ReportKind::Deny && k > 0 && (s.tokens[k - 1].norm == "," || s.tokens[k - 1].norm == "\""))
                return k;
    }
    return s.tokens.size();
}

/// Token index where the clause containing `pos` begins, searching backwards.
std::size_t clause_begin(const Sentence& s, std::size_t pos) {
    for (std::size_t k = pos; k > 0; --k)
        if (clause_break_at(s, k - 1)) return k;
    return 0;
}

/// True when token `k` lies inside one of the sentence's verb phrases.
bool inside_verb(const Sentence& s, std::size_t k) {
    return std::any_of(s.verbs.begin(), s.verbs.end(), [&](const VerbHit& v) { return k >= v.first && k < v.last; });
}

bool mention_between(const Sentence& s, std::size_t a, std::size_t b) {
    return std::any_of(s.mentions.begin(), s.mentions.end(),
                       [&](const MentionRef& o) { return o.first >= a && o.first < b; });
}

/// "на північний захід від X у районі Y": X is the reference point of a place named after it.
bool anchor_only(const Sentence& s, const MentionRef& m) {
    bool anchored = false;
    for (std::size_t k = m.first > 5 ? m.first - 5 : 0; k < m.first && !anchored; ++k) {
        std::size_t end = 0;
        anchored = s.cue_at(k, Cue::Anchor, &end) && end == m.first;
    }
    if (!anchored) return false;
    for (std::size_t k = m.last; k < s.tokens.size() && !s.cue_at(k, Cue::ClauseBreak); ++k)
        // "продвинулись западнее X и закрепились на окраине Y": a place after another verb is its own.
        if (s.tokens[k].norm == ";" || s.tokens[k].norm == "." || inside_verb(s, k)) break;
        else if (mention_between(s, k, k + 1)) return true;
    return false;
}

/// True when the mention names only the surroundings or a part of the place:
/// "near X", "towards X", "south of X", "in northern X", "X's outskirts".
bool partial_reference(const Sentence& s, const MentionRef& m) {
    const auto& t = s.tokens;
    if (m.last < t.size() && (t[m.last].norm == "'s" || s.cue_at(m.last, Cue::AfterPartial))) return true;
    if (m.first >= 2 && s.cue_at(m.first - 1, Cue::Direction) && t[m.first - 2].norm == "in") return true;
    if (m.first >= 2 && t[m.first - 1].norm == "of" &&
        (s.cue_at(m.first - 2, Cue::Direction) || s.cue_at(m.first - 2, Cue::Near)))
        return true;
    const std::size_t from = m.first > 5 ? m.first - 5 : 0;
    for (std::size_t k = m.first; k > from; --k) {
        const std::string_view w = t[k - 1].norm;
        if (w == "," || w == "." || w == ";") break;
        if (s.cue_at(k - 1, Cue::Near) && !inside_verb(s, k - 1)) return !mention_between(s, k, m.first);
    }
    return false;
}

/// "Avdiivka City Park", "Kherson Street": the mention starts a facility name.
bool part_of_longer_name(const Sentence& s, const MentionRef& m) {
    const auto& t = s.tokens;
    if (m.last >= t.size() || !t[m.last].word || !t[m.last].upper) return false;
    // Russian and Ukrainian write facility names in lower case; a capital after a town is its oblast.
    if (cyrillic(t[m.first])) return false;
    for (const MentionRef& o : s.mentions)
        if (o.first == m.last) return false;
    return true;
}

bool is_offset_anchor(const Sentence& s, const MentionRef& m) {
    for (const auto& [a, b] : s.figures.offset_anchor_tokens)
        if (m.first >= a && m.first < b) return true;
    return false;
}

bool in_ranges(const Ranges& r, std::size_t a, std::size_t b) {
    return std::any_of(r.begin(), r.end(), [&](const auto& x) { return a >= x.first && b <= x.second; });
}

/// Relative clauses about a place: "X, which Ukraine retook last year", "X that Ukrainian forces
/// retook in August", "X, который ...": from the relative word to the next clause break or comma.
Ranges relative_clauses(const Sentence& s) {
    Ranges out;
    const auto& t = s.tokens;
    for (std::size_t k = 1; k < t.size(); ++k) {
        // A relative word first: the cheapest test, and the rarest.
        const bool relative = s.cue_at(k, Cue::Relative), that = s.cue_at(k, Cue::RelativeThat);
        if (!relative && !that) continue;
        if (t[k - 1].norm != "," && !t[k - 1].word) continue;
        const bool after_place = std::any_of(s.mentions.begin(), s.mentions.end(),
                                             [&](const MentionRef& m) { return m.last == k; });
        if (!after_place && t[k - 1].norm != ",") continue;
        const bool opens = (relative && (t[k - 1].norm == "," || after_place)) || (after_place && that);
        if (!opens) continue;
        std::size_t e = k + 1;
        while (e < t.size() && t[e].norm != "," && t[e].norm != ";" && t[e].norm != "." &&
               !s.cue_at(e, Cue::ClauseBreak))
            ++e;
        out.emplace_back(k, e);
        k = e - 1;
    }
    return out;
}

/// The relative clauses that do not hold the verb at `pos`: their dates and history are not the verb's.
Ranges hidden_for(const Ranges& rel, std::size_t pos) {
    Ranges out;
    for (const auto& r : rel)
        if (pos < r.first || pos >= r.second) out.push_back(r);
    return out;
}

/// A settlement named only as a bearing or a destination ("towards X", "west of X", "12 km from X"):
/// not the topic a later "the town" refers to.
bool bearing_only(const Sentence& s, const MentionRef& m) {
    const auto& t = s.tokens;
    if (is_offset_anchor(s, m)) return true;
    if (m.first >= 2 && t[m.first - 1].norm == "of" &&
        (s.cue_at(m.first - 2, Cue::Direction) || s.cue_at(m.first - 2, Cue::Near)))
        return true;
    for (std::size_t k = m.first > 2 ? m.first - 2 : 0; k < m.first; ++k)
        if (s.cue_at(k, Cue::Near) && !inside_verb(s, k) && !mention_between(s, k + 1, m.first)) return true;
    return false;
}

namespace {

/// A dash set off by a space before it ("X - the village"): the tokenizer writes every dash "-", and a
/// hyphen inside a word ("северо-восточной", "Kupiansk-Vuzlovyi") touches the token before it.
bool spaced_dash(Tokens t, std::size_t k) {
    return k >= 1 && k < t.size() && t[k].norm == "-" && t[k].span.start > t[k - 1].span.end;
}

/// Start of a bearing phrase that ends right at the mention: "west of", "on the approaches to",
/// "к югу от", "на подступах к", "на південний схід від", "near"; the token count when none.
std::size_t bearing_start(const Sentence& s, const MentionRef& m) {
    const auto& t = s.tokens;
    for (std::size_t k = m.first > 6 ? m.first - 6 : 0; k < m.first; ++k) {
        std::size_t end = 0;
        if ((s.cue_at(k, Cue::Near, &end) || s.cue_at(k, Cue::Anchor, &end)) &&
            (end == m.first || (end + 1 == m.first && (t[end].norm == "to" || t[end].norm == "of"))))
            return k;
        if (s.cue_at(k, Cue::Direction, &end) &&
            ((end == m.first && t[end - 1].norm == "of") || (end + 1 == m.first && end < t.size() && t[end].norm == "of")))
            return k;
    }
    return t.size();
}

/// "X, the hilltop town west of Y", "X — a village on the edge of Y",
/// "X, on the approaches to Y", "посёлок X, расположенный примерно в
/// семи километрах к югу от Y", "X, що на південь від Y", "X (north-east of Y)": a bearing phrase set
/// off after a settlement by a comma, a dash or a bracket, with no verb, clause or other place between, only
/// locates X, whatever words (article, noun, participle, spelled-out distance) stand before the bearing.
bool bearing_apposition(const Sentence& s, const MentionRef& m) {
    const auto& t = s.tokens;
    const std::size_t cue = bearing_start(s, m);
    if (cue == t.size()) return false;
    for (std::size_t k = cue; k > 0 && k + 12 > cue; --k) {
        const std::string_view w = t[k - 1].norm;
        if (w == "," || w == "(" || spaced_dash(t, k - 1)) {
            return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const MentionRef& o) {
                return o.last == k - 1 && o.mention->place.kind == core::PlaceKind::Settlement;
            });
        }
        // A relative word right after the comma ("X, що на південь від Y", "X, which lies west of Y")
        // belongs to the apposition; any other clause word, a verb or a place ends it.
        // "withdrew from X, and from the trenches around Y": a coordinated phrase is the verb's own.
        if (s.cue_at(k - 1, Cue::Coordination) || w == "and" || w == "or" || w == "from" || w == "и" || w == "і" ||
            w == "й" || w == "та" || w == "из" || w == "з" || w == "із")
            return false;
        const bool relative_opener = s.cue_at(k - 1, Cue::Relative) && k >= 2 && t[k - 2].norm == ",";
        if (inside_verb(s, k - 1) || (clause_break_at(s, k - 1) && !relative_opener) || mention_between(s, k - 1, k) ||
            w == "." || w == ";" || w == ":" || w == "\"")
            return false;
    }
    return false;
}

} // namespace

/// "X, a small town west of Y": Y only locates X.
bool apposition_anchor(const Sentence& s, const MentionRef& m) {
    if (is_offset_anchor(s, m)) return false;
    if (bearing_apposition(s, m)) return true;
    if (!bearing_only(s, m)) return false;
    const auto& t = s.tokens;
    for (std::size_t k = m.first; k > 0 && k + 10 > m.first; --k) {
        if (inside_verb(s, k - 1)) return false;
        if (t[k - 1].norm != "," || k >= t.size()) continue;
        // "X, a small town west of Y"; "seized X, west of Y, as well as Z": a bearing right after the comma.
        // "A and B, south-east of Y": a compound bearing of several tokens.
        // (The direction cue may end before or after its "of".)
        std::size_t dir_end = 0;
        const bool bearing = s.cue_at(k, Cue::Direction, &dir_end) && dir_end > k + 1 &&
                             ((dir_end == m.first && t[dir_end - 1].norm == "of") ||
                              (dir_end + 1 == m.first && t[dir_end].norm == "of"));
        const bool article = t[k].norm == "a" || t[k].norm == "an" ||
                             (k + 2 == m.first && s.cue_at(k, Cue::Direction) && t[k + 1].norm == "of") || bearing;
        const bool after_place = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const MentionRef& o) {
            return o.last == k - 1 && o.mention->place.kind == core::PlaceKind::Settlement;
        });
        return article && after_place;
    }
    return false;
}

bool advance_extent(const Sentence& s, const VerbHit& v, const MentionRef& m) {
    if (v.entry->cls != VerbClass::Advance || m.first <= v.last || m.first > v.last + 7) return false;
    const auto& t = s.tokens;
    bool number = false;
    for (std::size_t k = v.last; k < m.first; ++k) {
        if (!t[k].word && !t[k].number && t[k].norm != "-") return false;
        if (inside_verb(s, k)) return false;
        number = number || t[k].number;
    }
    return number;
}

bool bearing_before_destination(const Sentence& s, const MentionRef& m, const std::vector<const MentionRef*>& places) {
    const auto& t = s.tokens;
    // Y after a direction ("west of Y", "западнее Y", "на захід від Y").
    bool bearing = false;
    for (std::size_t k = m.first > 4 ? m.first - 4 : 0; k < m.first && !bearing; ++k) {
        std::size_t end = 0;
        bearing = ((s.cue_at(k, Cue::Direction, &end) || s.cue_at(k, Cue::Anchor, &end)) &&
                   (end == m.first || (end + 1 == m.first && t[end].norm == "of")));
    }
    if (!bearing) return false;
    // Then, right after it, a movement's destination: "towards X", "в направлении X", "у напрямку X".
    static constexpr std::array<std::string_view, 6> heads{"towards", "toward", "направлении", "сторону", "напрямку", "бік"};
    for (std::size_t k = m.last; k < t.size() && k < m.last + 4; ++k) {
        if (t[k].norm == "," || t[k].norm == ";" || t[k].norm == ".") return false;
        if (std::find(heads.begin(), heads.end(), t[k].norm) == heads.end()) continue;
        return std::any_of(places.begin(), places.end(), [&](const MentionRef* o) {
            return o != &m && o->first > k && o->first <= k + 2 && o->mention->place.kind == core::PlaceKind::Settlement;
        });
    }
    return false;
}

/// "settlements in the border areas are a grey zone and hostilities are ongoing there": a count
/// noun before the verb in its sentence, or as its object ("fighting goes on in several villages").
bool counts_places(const Sentence& s, const VerbHit& v) {
    const std::size_t end = clause_end(s, v.last);
    for (std::size_t k = 0; k < end && k < s.tokens.size(); ++k)
        if (s.cue_at(k, Cue::CountNoun) && !inside_verb(s, k)) return true;
    return false;
}

/// "liberated X near Y", "захватили X под Y", "звільнили сусіднє біля Y селище X", "the
/// village near Y, X": Y only locates X, another place of the same verb. Y follows a locator
/// word, and X is named right before that word, or right after Y past a settlement noun, or
/// after a comma when a settlement noun stands before the locator.
bool locates_another(const Sentence& s, const MentionRef& m, const std::vector<const MentionRef*>& places) {
    if (m.first == 0) return false;
    std::size_t locator = s.tokens.size();
    // "X near Y", "X, across the border from Y": a locator of up to four words.
    for (std::size_t k = m.first; k > 0 && k + 5 > m.first; --k) {
        std::size_t end = 0;
        if (s.cue_at(k - 1, Cue::Locator, &end) && end == m.first && !inside_verb(s, k - 1)) { locator = k - 1; break; }
    }
    if (locator == s.tokens.size()) return false;
    for (const MentionRef* o : places) {
        if (o == &m) continue;
        // "X near Y", "X, near Y", "X (south of Y)".
        if (o->last == locator ||
            (o->last + 1 == locator && (s.tokens[o->last].norm == "," || s.tokens[o->last].norm == "(")))
            return true;
        if (o->first > m.last && o->first <= m.last + 3) {
            bool nouns_only = true;
            for (std::size_t k = m.last; k < o->first && nouns_only;) {
                std::size_t end = 0;
                if (!s.cue_at(k, Cue::SettlementNoun, &end)) nouns_only = false;
                else k = std::max(end, k + 1);
            }
            if (nouns_only) return true;
            // "the village near Y, X": the noun before the locator, the name after a comma.
            std::size_t end = 0;
            if (o->first == m.last + 1 && s.tokens[m.last].norm == "," && locator > 0 &&
                s.cue_at(locator - 1, Cue::SettlementNoun, &end) && end == locator)
                return true;
        }
    }
    return false;
}

/// "X, which Russian troops occupied in 2022", "село, яке росіяни окупували": the settlement
/// right before the relative pronoun that opens the verb's clause.
const MentionRef* relative_antecedent(const Sentence& s, std::size_t clause_begin) {
    if (clause_begin == 0 || !s.cue_at(clause_begin - 1, Cue::Relative)) return nullptr;
    const MentionRef* best = nullptr;
    for (const MentionRef& m : s.mentions)
        if (m.last + 8 >= clause_begin && m.last < clause_begin && m.mention->place.kind == core::PlaceKind::Settlement &&
            !m.dateline)
            best = &m;
    return best;
}

/// "captured the town", "освободили этот населённый пункт": an anaphor after the verb, in its
/// clause, not followed by a name; refers to the last settlement named before.
std::vector<const MentionRef*> gapped_conjuncts(const Sentence& s, const VerbHit& v, std::size_t next_verb) {
    // "а", "і", "и", "та", "and": the conjunction that opens the verbless clause.
    static constexpr std::array<std::string_view, 5> conjunctions{"а", "і", "и", "та", "and"};
    const auto& t = s.tokens;
    const auto time_at = [&](std::size_t k) -> std::size_t {
        for (const TimeExpr& e : s.times)
            if (e.first == k) return e.last;
        return 0;
    };
    const auto mention_at = [&](std::size_t k) -> const MentionRef* {
        for (const MentionRef& m : s.mentions)
            if (m.first == k && m.mention->place.kind == core::PlaceKind::Settlement) return &m;
        return nullptr;
    };
    std::vector<const MentionRef*> out;
    const std::size_t end = std::min(next_verb, t.size());
    for (std::size_t k = v.last; k + 3 < end; ++k) {
        if (t[k].norm != "," || std::find(conjunctions.begin(), conjunctions.end(), t[k + 1].norm) == conjunctions.end())
            continue;
        std::size_t j = k + 2;
        // "…, а 10 марта — Y": a time, a dash, the place.
        if (const std::size_t after = time_at(j); after != 0 && after + 1 < end && spaced_dash(t, after)) {
            if (const MentionRef* m = mention_at(after + 1)) out.push_back(m);
            continue;
        }
        // "…, а Y — 10 марта": the place, a dash, a time.
        if (const MentionRef* m = mention_at(j); m && m->last + 1 < end && spaced_dash(t, m->last) && time_at(m->last + 1) != 0)
            out.push_back(m);
    }
    return out;
}

bool in_description(const Sentence& s, const MentionRef& m, const std::vector<const MentionRef*>& places,
                    const VerbHit& v) {
    const auto& t = s.tokens;
    // The comma that opens the phrase holding the mention, and a relative word between it and the mention.
    std::size_t comma = m.first, relative = m.first;
    while (comma > 0 && t[comma - 1].norm != ",") {
        --comma;
        if (s.cue_at(comma, Cue::Relative) || t[comma].norm == "that") relative = comma;
    }
    if (comma == 0 || relative == m.first || comma <= v.last) return false;
    // "X, a village that …", "X, село, яке …": the phrase describes a place of the verb right before its comma.
    return std::any_of(places.begin(), places.end(), [&](const MentionRef* o) { return o != &m && o->last + 1 == comma; });
}

bool pronoun_object(const Sentence& s, const VerbHit& v) {
    // "it" and "them"; Russian его/её/их, Ukrainian його/її/їх.
    static constexpr std::array<std::string_view, 9> pronouns{"it", "them", "его", "её", "ее", "их", "його", "її", "їх"};
    // What may follow the object: "again", "back", "up", "снова", "знову", "назад", "ще", "уже".
    static constexpr std::array<std::string_view, 10> after{"again", "back", "up", "снова", "опять", "вновь",
                                                            "знову", "назад", "ще", "уже"};
    const auto& t = s.tokens;
    const std::size_t k = v.last;
    if (k >= t.size() || std::find(pronouns.begin(), pronouns.end(), t[k].norm) == pronouns.end()) return false;
    if (k + 1 >= t.size() || !t[k + 1].word) return true;
    // "lost them in the winter", "потеряли их в декабре": a time, a preposition before it.
    const bool time = std::any_of(s.times.begin(), s.times.end(), [&](const TimeExpr& e) {
        return e.first == k + 1 || (e.first == k + 2 && t[k + 1].norm.size() <= 2);
    });
    return time || std::find(after.begin(), after.end(), t[k + 1].norm) != after.end();
}

bool possessive_object(const Sentence& s, const VerbHit& v) {
    // "о его «освобождении»", "про його захоплення", "announced its capture"; Russian and Ukrainian also put an object
    // pronoun before a finite verb: "российские войска его заняли".
    static constexpr std::array<std::string_view, 9> pronouns{"its", "его", "её", "ее", "його", "її", "their", "их", "їх"};
    const auto& t = s.tokens;
    std::size_t k = v.first;
    while (k > 0 && (t[k - 1].norm == "\"" || t[k - 1].norm == "«")) --k; // a quotation mark around the noun
    return k > 0 && std::find(pronouns.begin(), pronouns.end(), t[k - 1].norm) != pronouns.end();
}

bool anaphor_object(const Sentence& s, const VerbHit& v) {
    // "fighting continues in the western districts of the town": a few words of a locative phrase.
    // "the battle for the village was still going on": also inside the verb phrase's gap.
    const std::size_t end = std::min(clause_end(s, v.last), v.last + 7);
    for (std::size_t k = v.first + 1; k < end && k < s.tokens.size(); ++k) {
        if (s.tokens[k].norm == "," || s.tokens[k].norm == ";") break;
        std::size_t e = 0;
        if (!s.cue_at(k, Cue::Anaphor, &e)) continue;
        const bool named = std::any_of(s.mentions.begin(), s.mentions.end(),
                                       [&](const MentionRef& m) { return m.first >= e && m.first <= e + 1; });
        return !named;
    }
    return false;
}

const MentionRef* anaphor_locator(const Sentence& s, const VerbHit& v) {
    const std::size_t end = std::min(clause_end(s, v.last), v.last + 7);
    for (std::size_t k = v.first + 1; k < end && k < s.tokens.size(); ++k) {
        if (s.tokens[k].norm == "," || s.tokens[k].norm == ";") break;
        std::size_t e = 0;
        if (!s.cue_at(k, Cue::Anaphor, &e)) continue;
        std::size_t at = 0;
        // "к югу от Y", "на південь від Y", "south of Y" (a direction cue "south of" in English).
        if (!s.cue_at(e, Cue::Anchor, &at) &&
            !(s.cue_at(e, Cue::Direction, &at) && at > e && s.tokens[at - 1].norm == "of"))
            return nullptr;
        for (const MentionRef& m : s.mentions)
            if (m.first == at && m.mention->place.kind == core::PlaceKind::Settlement) return &m;
        return nullptr;
    }
    return nullptr;
}

bool part_noun(std::string_view w) {
    static constexpr std::array<std::string_view, 10> english{"outskirts", "part", "parts", "districts", "quarters",
                                                              "neighbourhoods", "neighborhoods", "edge", "centre", "center"};
    // The stems of the Russian and Ukrainian nouns: окраина/околиця, часть/частина, квартал, центр.
    static constexpr std::array<std::string_view, 6> slavic{"окраин", "околиц", "част", "кварта", "центр", "район"};
    return std::find(english.begin(), english.end(), w) != english.end() ||
           std::any_of(slavic.begin(), slavic.end(), [&](std::string_view p) { return w.starts_with(p); });
}

bool part_of_place(const Sentence& s, const MentionRef& m) {
    const auto& t = s.tokens;
    // "the northern part of X", "восточную часть X", "південну частину X": the part noun, "of" between in English.
    std::size_t k = m.first;
    if (k > 0 && t[k - 1].norm == "of") --k;
    return k > 0 && part_noun(t[k - 1].norm);
}

bool positions_before(const Sentence& s, const VerbHit& v, const MentionRef& m) {
    static constexpr std::array<std::string_view, 6> positions{"positions", "позиции", "позиції", "рубежи", "рубежі", "lines"};
    for (std::size_t k = v.last; k < m.first && k < s.tokens.size(); ++k)
        if (std::find(positions.begin(), positions.end(), s.tokens[k].norm) != positions.end()) return true;
    return false;
}

bool part_without_owner(const Sentence& s, const VerbHit& v) {
    const auto& t = s.tokens;
    const std::size_t end = std::min(clause_end(s, v.last), v.last + 7);
    for (std::size_t k = v.last; k < end && k < t.size(); ++k) {
        const std::string_view w = t[k].norm;
        if (w == "," || w == ";") break;
        if (!part_noun(w)) continue;
        // "the northern outskirts of the town", "в северной части области", "на околиці Y": an owner follows.
        if (k + 1 < t.size() && t[k + 1].word) return false;
        return !mention_between(s, k + 1, k + 3);
    }
    return false;
}

std::size_t list_marker(Tokens t) {
    if (t.size() >= 2 && t[0].number && t[0].norm.size() <= 2 && (t[1].norm == "." || t[1].norm == ")")) return 2;
    return 0;
}

bool entry_predicate(const Sentence& s, const VerbHit& v, bool head_sentence) {
    constexpr std::size_t k_lead_words = 2; // "fully", "officially", "повністю", "уже"
    const auto& t = s.tokens;
    std::size_t k = v.first;
    for (std::size_t words = 0; k > 0 && !spaced_dash(t, k - 1); --k) {
        const Token& w = t[k - 1];
        if (!w.word || ++words > k_lead_words || mention_between(s, k - 1, k) ||
            std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorHit& a) { return a.last == k; }))
            return false;
    }
    // "X, Oblast —" ended a sentence of its own: the next one opens with the predicate.
    if (k == 0) return !head_sentence;
    return std::none_of(s.verbs.begin(), s.verbs.end(), [&](const VerbHit& o) { return o.last < k; });
}

std::optional<const MentionRef*> entry_head(const Sentence& s) {
    const auto& t = s.tokens;
    // "2. X — звільнене 9 вересня", "3) X —": an item of a numbered list is an entry.
    const std::size_t item = list_marker(t);
    std::size_t dash = 0;
    for (std::size_t k = item + 1; k < t.size() && k <= item + 10 && dash == 0; ++k)
        if (spaced_dash(t, k)) dash = k;
    if (dash == 0) return std::nullopt;
    for (const VerbHit& v : s.verbs)
        if (v.first < dash) return std::nullopt;
    for (const ReportHit& r : s.reports)
        if (r.first < dash) return std::nullopt;
    const MentionRef* head = nullptr;
    bool named = false, settlement = false, unresolved = false;
    std::size_t loose = 0; // lower-case words outside a place or a date ("Kursk Oblast overall")
    for (std::size_t k = item; k < dash;) {
        const auto m = std::find_if(s.mentions.begin(), s.mentions.end(), [&](const MentionRef& x) { return x.first == k; });
        if (m != s.mentions.end()) {
            // "KYIV, Ukraine, Sept 11 (Agency) -" is a dateline, not an entry.
            if (m->dateline) return std::nullopt;
            const bool is_settlement = m->mention->place.kind == core::PlaceKind::Settlement;
            if (usable_kind(m->mention->place.kind) && (!head || (is_settlement && !settlement)))
                head = &*m, settlement = is_settlement;
            named = true;
            k = std::max(m->last, k + 1);
            continue;
        }
        const auto d = std::find_if(s.times.begin(), s.times.end(), [&](const TimeExpr& e) { return e.first == k; });
        if (d != s.times.end()) {
            k = std::max(d->last, k + 1);
            continue;
        }
        if (t[k].norm == ",") {
        } else if (t[k].word && t[k].upper) {
            named = unresolved = true;
        } else if (t[k].word && ++loose <= 1) {
        } else {
            return std::nullopt;
        }
        ++k;
    }
    if (!named) return std::nullopt;
    // "Prohres, Donetsk Oblast —": a capitalised name that is no place of the gazetteer heads the
    // entry unresolved, however its region resolved.
    if (!settlement && unresolved) return nullptr;
    return head;
}

/// "Kyiv denied the town had fallen": an anaphor just before the verb in its clause, not followed by a name.
bool anaphor_subject(const Sentence& s, const VerbHit& v) {
    const std::size_t cb = clause_begin(s, v.first);
    const std::size_t begin = std::max(cb, v.first > 6 ? v.first - 6 : std::size_t{0});
    for (std::size_t k = begin; k < v.first; ++k) {
        std::size_t e = 0;
        if (!s.cue_at(k, Cue::Anaphor, &e) || e > v.first) continue;
        // The clause's subject: "the town had fallen", "denied the town had fallen" (not "near the town").
        // "заявили, что село освобождено", "повідомили, що село звільнено": the complementiser of any language.
        const std::string_view before = k > 0 ? std::string_view{s.tokens[k - 1].norm} : std::string_view{};
        const bool subject = k == cb || before == "that" || before == "что" || before == "будто" || before == "що" ||
                             before == "нібито" ||
                             std::any_of(s.reports.begin(), s.reports.end(), [&](const ReportHit& r) { return r.last == k; });
        return subject && !mention_between(s, e, v.first);
    }
    return false;
}

/// The last settlement named before token `pos` of this sentence, else in an earlier one.
const MentionRef* last_settlement_before(const Sentence& s, std::size_t pos, const DocContext& ctx) {
    const MentionRef* best = ctx.last_settlement;
    for (const MentionRef& m : s.mentions)
        if (m.last <= pos && m.mention->place.kind == core::PlaceKind::Settlement && !m.dateline && !bearing_only(s, m))
            best = &m;
    return best;
}

/// Sets `out` to the mentions a verb governs: after it to the end of its clause, else before it in
/// its clause. (One vector serves a sentence's verbs in turn.)
void governed(const Sentence& s, const VerbHit& v, std::size_t next_verb, std::vector<const MentionRef*>& out) {
    out.clear();
    std::size_t end = std::min(clause_end(s, v.last), next_verb);
    // "X, which Ukraine retook at the weekend, lies on the road to Y": a relative clause about a settlement
    // ends at its comma. ("villages in Y region that the army liberated: A, B and C" runs on to its list.)
    for (const auto& [first, last] : relative_clauses(s))
        if (v.first >= first && v.first < last && relative_antecedent(s, first + 1)) end = std::min(end, last);
    // "pushed into X and are trying to cut the road to Y": an attempt opens a frame of its own.
    // "regroup its troops from X to strengthen the Y front": a purpose infinitive, not a destination.
    const auto purpose = [&](std::size_t k) {
        if (s.tokens[k].norm != "to" || k + 1 >= s.tokens.size()) return false;
        const Token& n = s.tokens[k + 1];
        const std::string_view w = n.norm;
        return n.word && !n.upper && !mention_between(s, k + 1, k + 2) && w != "the" && w != "a" && w != "an" &&
               w != "within" && w != "its" && w != "their" && w != "about" && w != "around" && w != "nearly";
    };
    for (std::size_t k = v.last; k < end; ++k)
        if (s.cue_at(k, Cue::Irrealis) || purpose(k)) { end = k; break; }
    // "заняли A, затем начались бои на улицах B", "took A, then the shelling of B began": a sequence adverb after a
    // comma opens a clause of its own, unless a place follows it at once ("took A, then B": a gapped conjunct).
    static constexpr std::array<std::string_view, 8> sequence{"затем", "потом", "потім", "згодом", "then", "later", "afterwards", "subsequently"};
    const auto in_sequence = [&](std::size_t k) {
        return k < s.tokens.size() && std::find(sequence.begin(), sequence.end(), s.tokens[k].norm) != sequence.end();
    };
    for (std::size_t k = v.last; k + 2 < end; ++k) {
        if (s.tokens[k].norm != ",") continue;
        std::size_t adv = k + 1;
        if (!in_sequence(adv) && s.cue_at(adv, Cue::Coordination)) ++adv; // ", а затем", ", and then"
        if (in_sequence(adv) && adv + 1 < end && !mention_between(s, adv + 1, adv + 2)) { end = k; break; }
    }
    // "most of X", "80% of X": the share is of the place right after it.
    // ("the encirclement of Ukrainian units near X" names the encircled, and the place after them.)
    const bool share = v.entry->cls == VerbClass::Advance && v.entry->shape.of_object && !encirclement_nominal(s, v);
    if (share) {
        std::size_t k = v.last;
        while (k < end && (s.tokens[k].norm == "the" || s.tokens[k].norm == "city" || s.tokens[k].norm == "town" ||
                           s.tokens[k].norm == "village"))
            ++k;
        end = std::min(end, k + 1);
    }
    // "противник отошёл из X, бои идут у Y", "withdrew from X, ...": a source preposition governs the
    // place after it and the places listed with it, not the rest of the clause.
    if (v.entry->cls == VerbClass::Loss) {
        static constexpr std::array<std::string_view, 8> sources{"from", "из", "з", "із", "зі", "от", "від", "со"};
        const auto source = [&](std::size_t k) {
            return k < s.tokens.size() &&
                   std::find(sources.begin(), sources.end(), s.tokens[k].norm) != sources.end();
        };
        const std::size_t p = source(v.last) ? v.last : v.last > 0 && source(v.last - 1) ? v.last - 1 : s.tokens.size();
        const MentionRef* first = nullptr;
        for (const MentionRef& m : s.mentions)
            if (m.first > p && m.first <= p + 4 && m.first < end) { first = &m; break; }
        if (first) {
            std::size_t k = first->last;
            while (k < end) {
                const auto at = std::find_if(s.mentions.begin(), s.mentions.end(),
                                             [&](const MentionRef& m) { return m.first == k; });
                if (at != s.mentions.end()) { k = at->last; continue; }
                const bool joiner = s.tokens[k].norm == "," || s.cue_at(k, Cue::Coordination);
                if (joiner && k + 1 < end && mention_between(s, k + 1, k + 2)) { ++k; continue; }
                // "withdrew from A and from (some) positions near B": a gapped second source phrase,
                // its preposition repeated, a few words of a noun phrase before the name.
                std::size_t q = k + 1; // ", and from ..."
                if (joiner && q < end && s.tokens[k].norm == "," && s.cue_at(q, Cue::Coordination)) ++q;
                if (joiner && q < end && (source(q) || s.tokens[q].norm == "с")) {
                    std::size_t j = q + 1;
                    while (j < end && j < q + 5 && s.tokens[j].word && !inside_verb(s, j) && !mention_between(s, j, j + 1))
                        ++j;
                    if (j < end && mention_between(s, j, j + 1)) { k = j; continue; }
                }
                break;
            }
            end = std::min(end, k);
        }
    }
    // "переход X под контроль", "вывели из X войска": a place in the verb phrase's gap is its object.
    // "was seized by Russia": a country after "by" is the agent, not the object.
    const auto agent_country = [&](const MentionRef& m) {
        return m.mention->place.kind == core::PlaceKind::Country && m.first > 0 && s.tokens[m.first - 1].norm == "by";
    };
    for (const MentionRef& m : s.mentions)
        if (((m.first > v.first && m.last <= v.last) || (m.first >= v.last && m.first < end)) && !agent_country(m))
            out.push_back(&m);
    // "under the control of Russian forces": a gain ending in "of" names its side there, its place before.
    const std::size_t clause = clause_begin(s, v.first);
    std::size_t begin = clause;
    // "Каменка была освобождена 5 мая, Луговое — 7 мая": the subject and the gapped conjunct after it.
    if (!out.empty())
        if (const MentionRef* subject = place_subject(s, v, begin)) out.insert(out.begin(), subject);
    if (!out.empty() || share) return;
    // A verb earlier in the clause already governs what follows it.
    for (const VerbHit& o : s.verbs)
        if (o.last <= v.first && o.last > begin) return;
    // "units in X were told to pull back": a passive "told" reports nothing.
    const auto passive = [&](const ReportHit& r) {
        const std::string_view w = r.first > 0 ? s.tokens[r.first - 1].norm : std::string_view{};
        return w == "was" || w == "were" || w == "been" || w == "being";
    };
    // "X, за словами речника, залишається під контролем ЗСУ", "X, according to the commander, remains ...": a
    // report set off by commas between the subject and its verb leaves the subject before it.
    // ("…, was captured", "…, было освобождено", "…, has been taken": auxiliaries may follow the closing comma.)
    std::size_t verb_start = v.first;
    while (verb_start > begin + 1 && verb_start + 3 > v.first &&
           (passive_auxiliary(s.tokens[verb_start - 1].norm) || s.tokens[verb_start - 1].norm == "has" ||
            s.tokens[verb_start - 1].norm == "have" || s.tokens[verb_start - 1].norm == "had" ||
            s.cue_at(verb_start - 1, Cue::Auxiliary)))
        --verb_start;
    std::size_t aside = s.tokens.size();
    for (const ReportHit& r : s.reports)
        if (r.last <= v.first && r.last > begin && !passive(r)) {
            // The opening comma stands right before the report or a few words before it ("…, как сообщило X, …",
            // "…, Russia's defence ministry said, …"), no place between.
            std::size_t comma = r.first;
            while (comma > begin && comma + 6 > r.first && s.tokens[comma - 1].norm != "," && !mention_between(s, comma - 1, comma))
                --comma;
            const bool commas = comma > begin && verb_start > 0 && s.tokens[comma - 1].norm == "," &&
                                s.tokens[verb_start - 1].norm == ",";
            aside = commas ? comma - 1 : s.tokens.size();
            begin = r.last;
        }
    for (const MentionRef& m : s.mentions)
        if (m.first >= begin && m.last <= v.first) out.push_back(&m);
    if (aside < s.tokens.size() &&
        std::none_of(out.begin(), out.end(), [](const MentionRef* m) { return usable_kind(m->mention->place.kind); }))
        for (const MentionRef& m : s.mentions)
            if (m.first >= clause && m.last <= aside) out.push_back(&m);
    // "X, which Moscow said it had seized": the relative clause's report does not hide its antecedent,
    // nor does a country that is its subject ("X, which Ukraine retook").
    if (std::none_of(out.begin(), out.end(), [](const MentionRef* m) { return usable_kind(m->mention->place.kind); }))
        if (const MentionRef* a = relative_antecedent(s, clause)) out.push_back(a);
}

const MentionRef* attributive_participle(const Sentence& s, const VerbHit& v) {
    const auto& t = s.tokens;
    if (v.last - v.first != 1 || v.first == 0 || v.entry->cls != VerbClass::Gain) return nullptr;
    const auto at = std::find_if(s.mentions.begin(), s.mentions.end(), [&](const MentionRef& m) { return m.first == v.last; });
    if (at == s.mentions.end()) return nullptr;
    const std::string_view w = t[v.first].norm;
    const std::string_view before = t[v.first - 1].norm;
    if (!t[v.first - 1].word || s.cue_at(v.first - 1, Cue::Auxiliary) || passive_auxiliary(before)) return nullptr;
    if (cyrillic(t[v.first])) {
        // Singular long (attributive) forms of a past passive participle: "-нной", "-нному", "-ний", "-ної", not the
        // short "-н(а|о|ы)", nor a plural, which may be an inverted predicate over a list ("Также звільнені A та B").
        static constexpr std::array<std::string_view, 17> endings{
            "нный", "нная", "нное", "нной", "нного", "нному", "нную", "нным", "нном",
            "ний", "ного", "ному", "нім", "ній", "ної", "ною", "ну"};
        return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return w.ends_with(e); }) ? &*at
                                                                                                              : nullptr;
    }
    static constexpr std::array<std::string_view, 8> openers{"in", "of", "the", "from", "into", "to", "newly", "recently"};
    return std::find(openers.begin(), openers.end(), before) != openers.end() && w.ends_with("ed") ? &*at : nullptr;
}

/// Token after a count noun ("four border villages") that is the verb's object, or 0.
std::size_t count_noun_object(const Sentence& s, const VerbHit& v) {
    // "had \"liberated\" three more villages": a closing quote after the verb is no object.
    const auto quote = [](std::string_view w) { return w == "\"" || w == "»" || w == "”" || w == "'" || w == "’"; };
    for (std::size_t k = v.last, end = v.last + 5; k < s.tokens.size() && k < end; ++k) {
        if (k == v.last && quote(s.tokens[k].norm)) { ++end; continue; }
        if (s.cue_at(k, Cue::ListNoun)) return 0; // "освободили населённые пункты A, B и C"
        if (s.cue_at(k, Cue::CountNoun)) return k + 1;
        if (!s.tokens[k].word && !s.tokens[k].number && s.tokens[k].norm != "-") return 0;
    }
    return 0;
}

/// True when the mention at token `pos` belongs to a list introduced after the count noun.
bool introduced_list(const Sentence& s, std::size_t noun_end, std::size_t pos) {
    // "the settlements of A, B and C" (not "four villages of the Kharkiv region"): names of settlements.
    if (noun_end < s.tokens.size() && s.tokens[noun_end].norm == "of" && pos > noun_end &&
        std::any_of(s.mentions.begin(), s.mentions.end(), [&](const MentionRef& m) {
            return m.first == noun_end + 1 && m.mention->place.kind == core::PlaceKind::Settlement;
        }))
        return true;
    // "Among the recaptured villages are A and B", "the liberated villages were A, B": a copula right after.
    if (noun_end < s.tokens.size() && noun_end < pos &&
        (s.tokens[noun_end].norm == "are" || s.tokens[noun_end].norm == "were"))
        return true;
    // "captured two villages, A and B": the names in apposition right after a comma.
    if (noun_end + 1 < s.tokens.size() && noun_end < pos && s.tokens[noun_end].norm == "," &&
        std::any_of(s.mentions.begin(), s.mentions.end(), [&](const MentionRef& m) {
            return m.first == noun_end + 1 && m.mention->place.kind == core::PlaceKind::Settlement;
        }))
        return true;
    // "…, including A and B", "в том числе A", "зокрема A", or a colon or dash before the names.
    // (A hyphen inside a word, "villages south-east of X", is no dash.)
    const auto in_word = [&](std::size_t k) {
        return k > 0 && k + 1 < s.tokens.size() && s.tokens[k - 1].span.end == s.tokens[k].span.start &&
               s.tokens[k].span.end == s.tokens[k + 1].span.start;
    };
    for (std::size_t k = noun_end; k < pos && k < s.tokens.size(); ++k) {
        const std::string_view w = s.tokens[k].norm;
        if (w == ":" || (w == "-" && !in_word(k)) || s.cue_at(k, Cue::ListIntro)) return true;
    }
    return false;
}

/// "Those are the sectors where our units are moving forward": refers back to a list.
bool starts_with_anaphor(const Sentence& s) {
    std::size_t k = 0;
    while (k < s.tokens.size() && s.tokens[k].norm == "\"") ++k;
    if (k >= s.tokens.size()) return false;
    const std::string_view w = s.tokens[k].norm;
    return w == "these" || w == "those" || w == "they" || w == "there";
}

/// "In X, ...": the sentence's scene, for verbs that name no place.
const MentionRef* scene(const Sentence& s) {
    // "In X, …", "В X, …", "У X, …"; a lower-case word may stand before the name ("In nearby X", "В соседнем X",
    // "У сусідньому X").
    static constexpr std::array<std::string_view, 4> in{"in", "в", "во", "у"};
    const auto& t = s.tokens;
    // A live blog's time stamp may open the sentence: "12:30 У сусідньому X, …".
    std::size_t k = 0;
    for (const TimeExpr& e : s.times)
        if (e.first == 0) k = e.last;
    constexpr std::size_t k_stamp_tokens = 3; // "12", ":", "30"
    while (k < t.size() && k < k_stamp_tokens && (t[k].number || t[k].norm == ":")) ++k;
    if (s.mentions.empty() || k >= t.size() || std::find(in.begin(), in.end(), t[k].norm) == in.end()) return nullptr;
    const MentionRef& m = s.mentions.front();
    const bool adjective = m.first == k + 2 && t[k + 1].word && !t[k + 1].upper;
    if ((m.first == k + 1 || adjective) && m.last < t.size() && t[m.last].norm == ",") return &m;
    return nullptr;
}

/// Region that qualifies a settlement: "X, Kherson Oblast" or "X in Zaporizhzhia Oblast".
const core::Place* qualifying_region(const Sentence& s, const MentionRef& m) {
    for (const MentionRef& o : s.mentions) {
        if (o.first < m.last || o.first > m.last + 3) continue;
        const auto k = o.mention->place.kind;
        if (k == core::PlaceKind::Admin1 || k == core::PlaceKind::Admin2) return &o.mention->place;
    }
    return nullptr;
}

} // namespace claimtrack::extract
