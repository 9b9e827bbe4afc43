#include "frames_en.hpp"

#include "frames_agent.hpp"

#include <algorithm>
#include <array>

namespace claimtrack::extract {

namespace {

template <std::size_t N>
bool one_of(std::string_view w, const std::array<std::string_view, N>& words) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

bool stop_token(std::string_view w) { return w == "," || w == ";" || w == "." || w == ":"; }

/// Start of the clause holding token `pos`: after the nearest clause-break cue before it.
std::size_t clause_start(const Sentence& s, std::size_t pos) {
    for (std::size_t k = pos; k > 0; --k)
        if (s.cue_at(k - 1, Cue::ClauseBreak)) return k;
    return 0;
}

bool mention_at(const Sentence& s, std::size_t a, std::size_t b) {
    return std::any_of(s.mentions.begin(), s.mentions.end(),
                       [&](const MentionRef& m) { return m.first >= a && m.first < b; });
}

/// A single-word nationality adjective ("Russian") is no agent by itself.
bool agent_phrase(const Sentence& s, const ActorHit& a) {
    if (a.grammatical_case == ActorCase::Genitive || a.grammatical_case == ActorCase::Oblique) return false;
    return !(a.role == ActorRole::Gov && a.last - a.first == 1 && s.tokens[a.first].norm.ends_with("ian"));
}

bool gerund(std::string_view w) { return w.size() > 4 && w.ends_with("ing"); }

/// "a claim", "the report", "which" right after a comma: what follows speaks of the statement before.
bool statement_apposition(const Sentence& s, std::size_t k) {
    if (k >= s.tokens.size()) return false;
    if (s.tokens[k].norm == "which") return true;
    static constexpr std::array<std::string_view, 3> articles{"a", "an", "the"};
    static constexpr std::array<std::string_view, 8> nouns{"claim", "claims", "report", "reports",
                                                           "statement", "assertion", "allegation", "version"};
    return k + 1 < s.tokens.size() && one_of(s.tokens[k].norm, articles) && one_of(s.tokens[k + 1].norm, nouns);
}

} // namespace

bool ongoing_gain(const Sentence& s, const VerbHit& v) {
    if (v.entry->cls != VerbClass::Gain || !gerund(s.tokens[v.first].norm)) return false;
    // "were liberating", "kept on capturing", "were steadily taking": an auxiliary, "on" or an adverb between.
    std::size_t k = v.first;
    for (int skipped = 0; k > 0 && skipped < 2; ++skipped) {
        const std::string_view w = s.tokens[k - 1].norm;
        if (w == "on" || (w.size() > 4 && w.ends_with("ly"))) --k;
        else break;
    }
    return k > 0 && s.cue_at(k - 1, Cue::Progressive);
}

bool imperative_verb(const Sentence& s, const VerbHit& v) {
    if (v.entry->cls == VerbClass::Contest || v.entry->cls == VerbClass::Repel) return false;
    // The first word of the sentence, of a quotation in it, or after "then" ("take X, then Y").
    for (std::size_t k = 0; k < v.first; ++k) {
        const std::string_view w = s.tokens[k].norm;
        if (w != "\"" && w != "-" && w != ":" && w != "'") {
            if (!(k + 1 == v.first && w == "then")) return false;
        }
    }
    const std::string_view w = s.tokens[v.first].norm;
    // The English base forms of the claim verbs: only a verb gives an order ("The encirclement of X" does
    // not), and Russian and Ukrainian open sentences with verbs in every mood ("Под контроль перешло ...").
    static constexpr std::array<std::string_view, 24> base{
        "take", "capture", "seize", "occupy", "liberate", "retake", "recapture", "regain", "free", "storm", "enter",
        "encircle", "surround", "advance", "push", "withdraw", "leave", "abandon", "hold", "clear", "cross", "reach",
        "break", "drive"};
    if (!one_of(w, base)) return false;
    // "Capture of X confirmed", "Fall of X": a nominal headline, no order.
    if (v.entry->shape.of_object || (v.last < s.tokens.size() && s.tokens[v.last].norm == "of")) return false;
    return true;
}

bool gerund_clause(const Sentence& s, const VerbHit& v) {
    static constexpr std::array<std::string_view, 6> preps{"after", "since", "upon", "following", "by", "on"};
    return v.first > 0 && gerund(s.tokens[v.first].norm) && one_of(s.tokens[v.first - 1].norm, preps);
}

std::optional<ActorHit> gerund_subject(const Sentence& s, const VerbHit& v) {
    // "Russian units turned north after seizing X": the subject before the preposition.
    std::optional<ActorHit> before;
    for (const ActorHit& a : s.actors)
        if (a.last < v.first && agent_phrase(s, a)) before = a;
    if (before) return before;
    // "After seizing X in March, Russian units turned north": the first subject after the comma.
    std::size_t comma = v.last;
    while (comma < s.tokens.size() && s.tokens[comma].norm != ",") ++comma;
    for (const ActorHit& a : s.actors)
        if (a.first > comma && a.first <= comma + 4 && agent_phrase(s, a)) return a;
    return std::nullopt;
}

bool casualty_object(const Sentence& s, const VerbHit& v) {
    if (v.entry->cls != VerbClass::Loss) return false;
    const std::string_view head = s.tokens[v.first].norm;
    if (head != "lost" && head != "losing" && head != "lose" && head != "loses") return false;
    static constexpr std::array<std::string_view, 17> personnel{
        "men", "soldiers", "troops", "servicemen", "personnel", "fighters", "people", "killed", "wounded", "dead",
        "tanks", "vehicles", "equipment", "lives", "marines", "paratroopers", "mercenaries"};
    for (std::size_t k = v.last; k < s.tokens.size() && k < v.last + 6; ++k) {
        const std::string_view w = s.tokens[k].norm;
        if (stop_token(w) || mention_at(s, k, k + 1)) return false;
        if (one_of(w, personnel)) return true;
    }
    return false;
}

bool passive_encirclement(const Sentence& s, const VerbHit& v) {
    if (v.entry->cls != VerbClass::Advance) return false;
    // "город окружен с трех сторон", "місто оточене": a Russian or Ukrainian short participle, unless an
    // instrumental agent follows it ("окружен российскими войсками").
    static constexpr std::array<std::string_view, 9> slavic{"окружен", "окружена", "окружено", "окружены", "оточено",
                                                            "оточений", "оточене", "оточена", "оточені"};
    // "X в полуокружении", "X у напівоточенні" (a state of the place after a preposition), "X охвачен с двух
    // сторон", "X охоплено з двох боків" (a short participle of enveloping).
    static constexpr std::array<std::string_view, 4> state{"полуокружении", "окружении", "напівоточенні", "оточенні"};
    static constexpr std::array<std::string_view, 9> enveloped{"охвачен", "охвачена", "охвачено", "охвачены", "охоплено",
                                                               "охоплений", "охоплене", "охоплена", "охоплені"};
    bool in_state = one_of(s.tokens[v.first].norm, enveloped);
    for (std::size_t k = v.first + 1; k < v.last && !in_state; ++k) in_state = one_of(s.tokens[k].norm, state);
    if (one_of(s.tokens[v.first].norm, slavic) || in_state)
        return std::none_of(s.actors.begin(), s.actors.end(), [&](const ActorHit& a) {
            return a.grammatical_case == ActorCase::Instrumental && a.first >= v.last && a.first <= v.last + 4;
        });
    std::size_t at = v.last;
    for (std::size_t k = v.first; k < v.last; ++k)
        if (s.tokens[k].norm == "encircled" || s.tokens[k].norm == "surrounded") at = k;
    if (at == v.last || (v.last < s.tokens.size() && s.tokens[v.last].norm == "by")) return false;
    static constexpr std::array<std::string_view, 11> be{"is", "are", "was", "were", "been", "be", "being",
                                                          "remain", "remains", "remained", "left"};
    // "are encircled", "were almost surrounded", "have been partially encircled".
    for (std::size_t k = at; k > 0 && k + 3 > at; --k) {
        const std::string_view w = s.tokens[k - 1].norm;
        if (one_of(w, be)) return true;
        if (!(s.tokens[k - 1].word && (k - 1 >= v.first || w.ends_with("ly") || w == "almost"))) return false;
    }
    return false;
}

bool encirclement_nominal(const Sentence& s, const VerbHit& v) {
    if (v.entry->cls != VerbClass::Advance || v.last - v.first < 2) return false;
    const std::string_view head = s.tokens[v.last - 2].norm, prep = s.tokens[v.last - 1].norm;
    return head == "encirclement" && (prep == "of" || prep == "around");
}

bool lacks_actor(const Sentence& s, const VerbHit& v, const std::optional<ActorHit>& agent) {
    const std::string_view w = s.tokens[v.first].norm;
    // "Russian troops fled X": the side's actor is the verb's own subject, right before it.
    if (v.entry->cls == VerbClass::Loss && (w == "fled" || w == "flee" || w == "flees"))
        return !agent || agent->last + 3 < v.first || agent->last > v.first;
    // "Residents fled several villages", "Жители покинули X", "Мешканці залишили X": civilians as the
    // subject right before the verb (an auxiliary or adverb between) move no front.
    if (v.entry->cls != VerbClass::Contest && v.entry->cls != VerbClass::Repel)
        for (std::size_t k = v.first > 4 ? v.first - 4 : 0; k < v.first; ++k) {
            std::size_t end = 0;
            if (!s.cue_at(k, Cue::Civilian, &end) || end > v.first || end + 2 < v.first) continue;
            if (std::none_of(s.actors.begin(), s.actors.end(),
                             [&](const ActorHit& a) { return a.first >= k && a.last <= v.first && can_be_agent(a); }))
                return true;
        }
    if (v.entry->cls == VerbClass::Advance &&
        (w == "encirclement" || w == "encircling" || w == "breaking" || w == "breakthrough"))
        return !agent;
    return false;
}

const VerbHit* rebutting_verb(const Sentence& s, const VerbHit& v) {
    if (v.entry->cls == VerbClass::Contest || v.entry->cls == VerbClass::Repel) return nullptr;
    for (const VerbHit& w : s.verbs) {
        if (w.first < v.last || w.first > v.last + 10) continue;
        if (w.entry->cls != VerbClass::Contest || w.entry->hint != VerbHint::Rebut) return nullptr; // another verb first
        for (std::size_t k = v.last; k < w.first; ++k) {
            // "..., a claim Kyiv rejected", "..., which Kyiv denied": an apposition naming the statement.
            if (s.tokens[k].norm == "," && statement_apposition(s, k + 1)) {
                k = k + 1;
                continue;
            }
            if (stop_token(s.tokens[k].norm) || s.cue_at(k, Cue::ClauseBreak)) return nullptr;
        }
        return &w;
    }
    return nullptr;
}

bool plural_anaphor(const Sentence& s, const VerbHit& v) {
    const std::size_t begin = std::max(clause_start(s, v.first), v.first > 8 ? v.first - 8 : std::size_t{0});
    const std::size_t end = std::min(s.tokens.size(), v.last + 6);
    for (std::size_t k = begin; k < end; ++k) {
        std::size_t e = 0;
        if (k >= v.first && k < v.last) continue;
        if (!s.cue_at(k, Cue::Anaphor, &e)) continue;
        const std::string_view w = s.tokens[k].norm;
        // ru/uk: "оба села", "эти населённые пункты", "обидва села", "ці населені пункти".
        static constexpr std::array<std::string_view, 8> slavic{"оба", "обе", "эти", "обидва", "обидві", "ці",
                                                                "два", "дві"};
        const bool plural = w == "both" || w == "these" || w == "those" || one_of(w, slavic) ||
                            (k + 1 < s.tokens.size() && s.tokens[k + 1].norm == "two");
        if (plural && !mention_at(s, e, e + 2)) return true;
    }
    return false;
}

std::string_view anaphor_noun(const Sentence& s, const VerbHit& v) {
    // The anaphor's noun, in the verb's clause ("the village had been cleared", "entered the town").
    const std::size_t begin = std::max(clause_start(s, v.first), v.first > 8 ? v.first - 8 : std::size_t{0});
    for (std::size_t k = begin; k < std::min(s.tokens.size(), v.last + 7); ++k) {
        std::size_t e = 0;
        if (k >= v.first && k < v.last) continue;
        if (s.cue_at(k, Cue::Anaphor, &e) && e > k) return s.tokens[e - 1].norm;
    }
    return {};
}

bool fits_anaphor(const core::Place& p, std::string_view noun) {
    // A city is large or the seat of an oblast or raion; a village or hamlet is neither. (A hromada's seat,
    // PPLA3, is often a village. "town", "селище", "посёлок", "населённый пункт" fit either.)
    static constexpr std::array<std::string_view, 8> city_nouns{"city", "cities", "город", "города", "городе",
                                                                "місто", "міста", "місті"};
    static constexpr std::array<std::string_view, 12> village_nouns{
        "village", "villages", "hamlet", "hamlets", "село", "села", "селе", "селі", "деревни", "деревню", "деревне", "селом"};
    constexpr std::int64_t k_city_population = 10000;
    const bool city = p.population >= k_city_population || p.feature_code == "PPLA" || p.feature_code == "PPLA2" ||
                      p.feature_code == "PPLC";
    if (one_of(noun, city_nouns)) return city;
    if (one_of(noun, village_nouns)) return !city;
    return true;
}

const MentionRef* topic_antecedent(const Sentence& s, const VerbHit& v, const std::vector<const MentionRef*>& topics) {
    const std::string_view noun = anaphor_noun(s, v);
    if (noun.empty()) return nullptr;
    for (auto it = topics.rbegin(); it != topics.rend(); ++it)
        if ((*it)->mention->place.kind == core::PlaceKind::Settlement && fits_anaphor((*it)->mention->place, noun))
            return *it;
    return nullptr;
}

bool relative_antecedent_of(const Sentence& s, const VerbHit& v, const MentionRef& m) {
    const std::size_t b = clause_start(s, v.first);
    if (b == 0 || !s.cue_at(b - 1, Cue::Relative)) return false;
    return m.last < b && m.last + 3 >= b;
}

bool road_landmark(const Sentence& s, const MentionRef& m) {
    if (m.first < 2) return false;
    static constexpr std::array<std::string_view, 4> preps{"to", "from", "towards", "toward"};
    static constexpr std::array<std::string_view, 10> roads{"road", "roads", "route", "routes", "highway",
                                                            "highways", "motorway", "railway", "supply", "line"};
    if (!one_of(s.tokens[m.first - 1].norm, preps)) return false;
    // "the road to Y", "the main supply routes from Y".
    for (std::size_t k = m.first - 1; k > 0 && k + 3 > m.first - 1; --k)
        if (one_of(s.tokens[k - 1].norm, roads)) return true;
    return false;
}

bool located_by_bearing(const Sentence& s, const MentionRef& m, const std::vector<const MentionRef*>& places) {
    // The bearing: a locator ("south of", "near") ending at most five words before the place, the words
    // between naming the place's kind ("the eastern Ukrainian city of").
    std::size_t locator = s.tokens.size();
    for (std::size_t k = m.first; k > 0 && k + 7 > m.first && locator == s.tokens.size(); --k) {
        const Token& t = s.tokens[k - 1];
        if (!t.word || mention_at(s, k - 1, k)) return false;
        for (std::size_t j = k - 1; j > 0 && j + 4 > k - 1; --j) {
            std::size_t end = 0;
            if (s.cue_at(j - 1, Cue::Locator, &end) && end == k) { locator = j - 1; break; }
        }
    }
    if (locator == s.tokens.size()) return false;
    // Another place of the verb right before it, past a comma and a participle ("A, also located").
    // "A to the south of Y", "A, a settlement within 8 km of Y".
    static constexpr std::array<std::string_view, 22> fillers{
        "also", "located", "situated", "lying", "which", "is", "lies", "just", "to", "the", "a", "an", "within",
        "about", "some", "only", "settlement", "village", "town", "city", "hamlet", "small"};
    for (const MentionRef* o : places) {
        if (o == &m || o->last > locator || o->last + 7 < locator) continue;
        bool ok = true;
        for (std::size_t k = o->last; k < locator && ok; ++k)
            ok = s.tokens[k].norm == "," || s.tokens[k].norm == "(" || s.tokens[k].number ||
                 one_of(s.tokens[k].norm, fillers);
        if (ok) return true;
    }
    return false;
}

const ActorHit* expelled_side(const Sentence& s, const VerbHit& v) {
    if (!v.entry->shape.expel || v.last == 0) return nullptr;
    const std::string_view prep = s.tokens[v.last - 1].norm;
    if (prep != "of" && prep != "from") return nullptr;
    for (const ActorHit& a : s.actors)
        if (a.first == v.last) return &a;
    return nullptr;
}

bool gained_nothing(const Sentence& s, const VerbHit& v) {
    if (v.entry->cls != VerbClass::Advance && v.entry->cls != VerbClass::Gain) return false;
    for (std::size_t k = v.first + 1; k < v.last; ++k)
        if (s.cue_at(k, Cue::Negation)) return true;
    return false;
}

bool possessive_facility(const Sentence& s, const MentionRef& m) {
    const auto& t = s.tokens;
    return m.last + 1 < t.size() && t[m.last].norm == "'s" && t[m.last + 1].word && t[m.last + 1].upper &&
           !mention_at(s, m.last + 1, m.last + 2);
}

bool place_pronoun_subject(const Sentence& s, const VerbHit& v) {
    if (v.entry->cls != VerbClass::Gain && v.entry->cls != VerbClass::Loss) return false;
    // "it had been taken", "it was recaptured", "it has fallen": a passive or "fell", whose "it" is a place.
    std::size_t k = v.first;
    bool passive = s.tokens[v.first].norm == "fell" || s.tokens[v.first].norm == "fallen";
    static constexpr std::array<std::string_view, 7> aux{"had", "has", "have", "been", "was", "is", "already"};
    while (k > 0 && k + 4 > v.first && one_of(s.tokens[k - 1].norm, aux)) {
        passive = passive || s.tokens[k - 1].norm == "been" || s.tokens[k - 1].norm == "was" || s.tokens[k - 1].norm == "is";
        --k;
    }
    return passive && k > 0 && s.tokens[k - 1].norm == "it";
}

bool cataphoric_list(const Sentence& s) {
    std::size_t k = 0;
    while (k < s.tokens.size() && s.tokens[k].norm == "\"") ++k;
    if (k + 1 >= s.tokens.size()) return false;
    static constexpr std::array<std::string_view, 3> pronouns{"they", "these", "those"};
    static constexpr std::array<std::string_view, 5> copulas{"are", "were", "include", "included", ":"};
    return one_of(s.tokens[k].norm, pronouns) && one_of(s.tokens[k + 1].norm, copulas);
}

bool passive_auxiliary(std::string_view w) {
    return w == "been" || w == "were" || w == "was" || w == "are" || w == "is" || w == "being";
}

} // namespace claimtrack::extract
