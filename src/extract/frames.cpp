#include "frames.hpp"

#include "frames_en.hpp"
#include "frames_slavic.hpp"

#include <algorithm>
#include <array>

namespace claimtrack::extract {

namespace {

using core::Side;

bool usable_kind(core::PlaceKind k) {
    return k == core::PlaceKind::Settlement || k == core::PlaceKind::Admin1 || k == core::PlaceKind::Admin2 ||
           k == core::PlaceKind::Region;
}

Side country_side(const std::string& cc) { return cc == "UA" ? Side::UA : cc == "RU" ? Side::RU : Side::None; }

Side opposite(Side s) { return s == Side::UA ? Side::RU : s == Side::RU ? Side::UA : Side::None; }

/// A single-word nationality adjective ("Ukrainian", "Russian") names no agent by itself.
bool adjective_actor(const Sentence& s, const ActorHit& a) {
    return a.role == ActorRole::Gov && a.last - a.first == 1 && s.tokens[a.first].norm.ends_with("ian");
}

/// A verb that does not report a change: "plans to take", "to capture",
/// "focused on capturing", "Capturing X could".
bool irrealis(const Lexicon& lex, const Sentence& s, const VerbHit& v) {
    const auto& t = s.tokens;
    if (v.entry->cls == VerbClass::Contest) return false;
    // "Take X, then ...": an order; "lost 40 men near X": casualties, no loss of X.
    if (imperative_verb(s, v) || casualty_object(s, v) || gained_nothing(s, v)) return true;
    for (std::size_t k = v.first; k > 0 && k + 8 > v.first; --k) {
        const std::string_view w = t[k - 1].norm;
        if (w == "," || w == ";" || w == ".") break;
        if (s.cue_at(k - 1, Cue::Irrealis)) return true;
    }
    // A nominal event as an object: "next in line for the Russian advance".
    for (std::size_t k = v.first; k > 0 && k + 3 > v.first; --k)
        if ((t[k - 1].norm == "for" || t[k - 1].norm == "against") && k < v.first && t[k].norm == "the") return true;
    if (v.first > 0 && t[v.first - 1].norm == "to") {
        // "managed to take", "ordered his forces to withdraw", "authorised a manoeuvre to withdraw units".
        bool real = false;
        for (std::size_t k = v.first - 1; k > 0 && k + 6 > v.first && !real; --k) {
            const std::string_view w = t[k - 1].norm;
            if (w == "," || w == ";" || w == "." || w == "to") break;
            real = s.cue_at(k - 1, Cue::RealTo);
        }
        if (!real) return true;
    }
    // Objects that make the verb non-territorial: "taken heavy losses", "took part" (not "entered
    // the eastern part of X": a blocker followed by "of" and a place is a part of that place).
    for (std::size_t k = v.last; k < t.size() && k < v.last + 3; ++k) {
        PhraseHit h;
        if (!lex.verb_blockers.match_at(t, k, h)) continue;
        const bool of_place = h.last + 1 < t.size() && t[h.last].norm == "of" &&
                              std::any_of(s.mentions.begin(), s.mentions.end(),
                                          [&](const MentionRef& m) { return m.first == h.last + 1; });
        if (!of_place) return true;
    }
    const std::string_view w = t[v.first].norm;
    if (v.last - v.first == 1 && w.size() > 4 && w.ends_with("ing") && !gerund_clause(s, v)) {
        for (std::size_t k = v.first > 2 ? v.first - 2 : 0; k < v.first; ++k)
            if (s.cue_at(k, Cue::Progressive)) return false;
        return true;
    }
    return false;
}

/// Token index where the clause containing `pos` ends (exclusive), searching forwards.
std::size_t clause_end(const Sentence& s, std::size_t from) {
    for (std::size_t k = from; k < s.tokens.size(); ++k) {
        if (s.cue_at(k, Cue::ClauseBreak)) return k;
        for (const ReportHit& r : s.reports)
            if (r.first == k && r.kind != ReportKind::Deny && k > 0 && (s.tokens[k - 1].norm == "," || s.tokens[k - 1].norm == "\""))
                return k;
    }
    return s.tokens.size();
}

/// Token index where the clause containing `pos` begins, searching backwards.
std::size_t clause_begin(const Sentence& s, std::size_t pos) {
    for (std::size_t k = pos; k > 0; --k)
        if (s.cue_at(k - 1, Cue::ClauseBreak)) return k;
    return 0;
}

/// The acting side's phrase for the verb `v`.
/// A genitive or other oblique actor ("позиции противника") is not the subject of a verb.
bool can_be_agent(const ActorHit& a) {
    return a.grammatical_case != ActorCase::Genitive && a.grammatical_case != ActorCase::Oblique;
}

bool cyrillic(const Token& t) { return !t.norm.empty() && static_cast<unsigned char>(t.norm[0]) >= 0xD0; }

/// Russian and Ukrainian put the agent after the verb: an inverted subject ("освободили
/// российские военные") or a passive agent in the instrumental ("звільнено українськими військовими").
std::optional<ActorHit> agent_after(const Sentence& s, const VerbHit& v) {
    for (const ActorHit& a : s.actors) {
        if (a.first < v.last) continue;
        if (a.first > v.last + 3) break;
        for (std::size_t k = v.last; k < a.first; ++k)
            if (!s.tokens[k].word) return std::nullopt;
        if (can_be_agent(a) && a.grammatical_case != ActorCase::Any) return a;
        // "под частичным контролем украинских войск": the genitive after a control noun is the controller.
        if (a.grammatical_case != ActorCase::Instrumental && s.tokens[v.last - 1].norm.starts_with("контрол")) return a;
        return std::nullopt;
    }
    return std::nullopt;
}

ActorSide other_side(ActorSide s) {
    switch (s) {
    case ActorSide::UA: return ActorSide::RU;
    case ActorSide::RU: return ActorSide::UA;
    case ActorSide::Enemy: return ActorSide::Own;
    case ActorSide::Own: return ActorSide::Enemy;
    case ActorSide::Pronoun: return ActorSide::Pronoun;
    }
    return s;
}

std::optional<ActorHit> agent_of(const Lexicon& lex, const Sentence& s, const VerbHit& v);
bool mention_between(const Sentence& s, std::size_t a, std::size_t b);

std::optional<ActorHit> expel_agent(const Lexicon& lex, const Sentence& s, const VerbHit& v) {
    std::optional<ActorHit> patient;
    for (const ActorHit& a : s.actors)
        if (a.first > v.first && a.last <= v.last && a.side != ActorSide::Pronoun) patient = a;
    if (!patient) return std::nullopt;
    // The agent is found as for the bare verb (the tokens before the gap).
    const VerbEntry bare{"", v.entry->cls, v.entry->hint, VerbShape{}};
    const VerbHit head{v.first, patient->first, &bare};
    if (auto agent = agent_of(lex, s, head); agent && agent->first != patient->first) return agent;
    ActorHit flipped = *patient;
    flipped.side = other_side(patient->side);
    flipped.grammatical_case = ActorCase::Any;
    return flipped;
}

std::optional<ActorHit> agent_of(const Lexicon& lex, const Sentence& s, const VerbHit& v) {
    const auto& t = s.tokens;
    // "pushed Russian troops out of X", "выбили ВСУ из X": the gap holds the side driven out.
    if (v.entry->shape.expel)
        if (auto a = expel_agent(lex, s, v)) return a;
    // "под контроль российских войск перешли": the agent inside the verb phrase.
    for (const ActorHit& a : s.actors)
        if (a.first >= v.first && a.last <= v.last) return a;
    // "recently-liberated X": an adjective; the verb has no agent of its own.
    if (v.entry->shape.adjectival) return std::nullopt;
    // Passive "captured by Russian forces", "fell to Russian troops".
    if (v.last < t.size() && (t[v.last].norm == "by" || t[v.last].norm == "to")) {
        for (const ActorHit& a : s.actors)
            if (a.first > v.last && a.first <= v.last + 3 && !adjective_actor(s, a)) return a;
    }
    // Nominal "the withdrawal of its forces".
    if (t[v.last - 1].norm == "of" || t[v.last - 1].norm == "from")
        for (const ActorHit& a : s.actors)
            if (a.first >= v.last && a.first <= v.last + 1 && !adjective_actor(s, a)) return a;
    const std::size_t begin = clause_begin(s, v.first);
    std::optional<ActorHit> best;
    for (const ActorHit& a : s.actors) {
        if (a.last > v.first) break;
        if (a.first < begin && begin > 0) continue;
        if (adjective_actor(s, a) && a.last != v.first) continue; // "Russian advances" keeps its adjective
        if (!can_be_agent(a)) continue;
        // "in eastern Ukraine's Donetsk region": a country's possessive before a place locates it.
        if (a.last + 1 < t.size() && t[a.last].norm == "'s" && mention_between(s, a.last + 1, a.last + 2)) continue;
        best = a;
    }
    if (!best && cyrillic(t[v.first])) return agent_after(s, v);
    return best;
}

/// Side of an agent; "its units" after "Moscow said" is Moscow's.
Side resolve_agent(const Sentence& s, const ActorHit& agent, const std::optional<Attribution>& who,
                   const DocContext& ctx) {
    if (agent.side == ActorSide::Pronoun) {
        const std::size_t begin = clause_begin(s, agent.first);
        for (auto it = s.actors.rbegin(); it != s.actors.rend(); ++it) {
            if (it->last > agent.first || it->first < begin) continue;
            if (it->side == ActorSide::UA) return Side::UA;
            if (it->side == ActorSide::RU) return Side::RU;
        }
        // "the army showed a video of its troops after they had retaken it": an earlier clause.
        if (!who || who->side == Side::None)
            for (auto it = s.actors.rbegin(); it != s.actors.rend(); ++it) {
                if (it->last > agent.first) continue;
                if (it->side == ActorSide::UA) return Side::UA;
                if (it->side == ActorSide::RU) return Side::RU;
            }
    }
    return actor_side(agent, who, ctx);
}

bool negated(const Sentence& s, const VerbHit& v) {
    const std::size_t from = v.first > 3 ? v.first - 3 : 0;
    for (std::size_t k = from; k < v.first; ++k)
        if (s.cue_at(k, Cue::Negation)) return true;
    // "no evidence that Russian units had entered X": the negation reaches to the end of its clause.
    for (std::size_t k = v.first; k > 0 && k + 14 > v.first; --k) {
        if (s.cue_at(k - 1, Cue::ClauseBreak) || s.tokens[k - 1].norm == ",") break;
        if (s.cue_at(k - 1, Cue::NegationScope)) return true;
    }
    return false;
}

/// The denial whose complement holds the verb: "denied that Russian forces had captured X",
/// "denied Russian claims to have captured X". Null when none.
const ReportHit* denial_over(const Sentence& s, const VerbHit& v) {
    const ReportHit* found = nullptr;
    for (const ReportHit& r : s.reports) {
        if (r.kind != ReportKind::Deny || r.last > v.first || r.last + 14 < v.first) continue;
        bool broken = false;
        // "заперечив, що росіяни захопили X": the comma before the complementiser opens the complement.
        std::size_t from = r.last;
        if (from + 1 < v.first && s.tokens[from].norm == "," && complementiser(s.tokens[from + 1].norm)) from += 2;
        for (std::size_t k = from; k < v.first && !broken; ++k)
            broken = s.cue_at(k, Cue::ClauseBreak) || s.tokens[k].norm == "," || s.tokens[k].norm == "\"";
        if (!broken) found = &r;
    }
    return found;
}

bool inside_verb(const Sentence& s, std::size_t k);

/// A denial after the claim it rejects: "Інформація про нібито захоплення X не відповідає дійсності",
/// "reports of the capture of X are not true". The verb stands in the denial's subject: no clause
/// break, comma or other verb between them.
bool denied_after(const Sentence& s, const VerbHit& v) {
    for (const ReportHit& r : s.reports) {
        if (r.kind != ReportKind::Deny || r.first < v.last || r.first > v.last + 8) continue;
        for (std::size_t k = v.last; k < r.first; ++k)
            if (s.cue_at(k, Cue::ClauseBreak) || s.tokens[k].norm == "," || s.tokens[k].norm == "\"" ||
                inside_verb(s, k))
                return false;
        return true;
    }
    return false;
}

/// "не полностью захватили", "частково звільнили": partial control, an advance.
bool partial_verb(const Sentence& s, const VerbHit& v) {
    const std::size_t from = v.first > 3 ? v.first - 3 : 0;
    for (std::size_t k = from; k < v.first; ++k)
        if (s.cue_at(k, Cue::Partial)) return true;
    return false;
}

/// True when the mention names only the surroundings or a part of the place:
/// "near X", "towards X", "south of X", "in northern X", "X's outskirts".
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

using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;

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

/// "X, a small town west of Y": Y only locates X.
bool apposition_anchor(const Sentence& s, const MentionRef& m) {
    if (!bearing_only(s, m) || is_offset_anchor(s, m)) return false;
    const auto& t = s.tokens;
    for (std::size_t k = m.first; k > 0 && k + 10 > m.first; --k) {
        if (inside_verb(s, k - 1)) return false;
        if (t[k - 1].norm != "," || k >= t.size()) continue;
        // "X, a small town west of Y"; "seized X, west of Y, as well as Z": a bearing right after the comma.
        const bool article = t[k].norm == "a" || t[k].norm == "an" ||
                             (k + 2 == m.first && s.cue_at(k, Cue::Direction) && t[k + 1].norm == "of");
        const bool after_place = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const MentionRef& o) {
            return o.last == k - 1 && o.mention->place.kind == core::PlaceKind::Settlement;
        });
        return article && after_place;
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
bool anaphor_object(const Sentence& s, const VerbHit& v) {
    // "fighting continues in the western districts of the town": a few words of a locative phrase.
    const std::size_t end = std::min(clause_end(s, v.last), v.last + 7);
    for (std::size_t k = v.last; k < end && k < s.tokens.size(); ++k) {
        if (s.tokens[k].norm == "," || s.tokens[k].norm == ";") break;
        std::size_t e = 0;
        if (!s.cue_at(k, Cue::Anaphor, &e)) continue;
        const bool named = std::any_of(s.mentions.begin(), s.mentions.end(),
                                       [&](const MentionRef& m) { return m.first >= e && m.first <= e + 1; });
        return !named;
    }
    return false;
}

/// "Kyiv denied the town had fallen": an anaphor just before the verb in its clause, not followed by a name.
bool anaphor_subject(const Sentence& s, const VerbHit& v) {
    const std::size_t cb = clause_begin(s, v.first);
    const std::size_t begin = std::max(cb, v.first > 6 ? v.first - 6 : std::size_t{0});
    for (std::size_t k = begin; k < v.first; ++k) {
        std::size_t e = 0;
        if (!s.cue_at(k, Cue::Anaphor, &e) || e > v.first) continue;
        // The clause's subject: "the town had fallen", "denied the town had fallen" (not "near the town").
        const bool subject = k == cb || s.tokens[k - 1].norm == "that" ||
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
    for (const ReportHit& r : s.reports)
        if (r.last <= v.first && r.last > begin && !passive(r)) begin = r.last;
    for (const MentionRef& m : s.mentions)
        if (m.first >= begin && m.last <= v.first) out.push_back(&m);
    // "X, which Moscow said it had seized": the relative clause's report does not hide its antecedent.
    if (out.empty())
        if (const MentionRef* a = relative_antecedent(s, clause)) out.push_back(a);
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
    // "…, including A and B", "в том числе A", "зокрема A", or a colon or dash before the names.
    for (std::size_t k = noun_end; k < pos && k < s.tokens.size(); ++k) {
        const std::string_view w = s.tokens[k].norm;
        if (w == ":" || w == "-" || s.cue_at(k, Cue::ListIntro)) return true;
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
    if (s.mentions.empty() || s.tokens.empty() || s.tokens[0].norm != "in") return nullptr;
    const MentionRef& m = s.mentions.front();
    if (m.first == 1 && m.last < s.tokens.size() && s.tokens[m.last].norm == ",") return &m;
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

core::Change change_for(VerbClass cls, Side side, const core::Place& place, VerbHint hint) {
    switch (cls) {
    case VerbClass::Gain: {
        const Side owner = country_side(place.country);
        // "ВСУ удерживают X": holding one's own place is a claim that it is still contested.
        if (hint == VerbHint::Hold && owner != Side::None && owner == side) return core::Change::Contested;
        if (owner != Side::None && side != Side::None) return owner == side ? core::Change::Liberated : core::Change::Captured;
        return hint == VerbHint::Regain ? core::Change::Liberated : core::Change::Captured;
    }
    case VerbClass::Loss: return core::Change::Withdrew;
    case VerbClass::Advance: return core::Change::Advanced;
    case VerbClass::Contest: return core::Change::Contested;
    case VerbClass::Repel: return core::Change::Repelled;
    }
    return core::Change::Other;
}

/// Side acting in the frame when no agent phrase is found.
Side fallback_side(VerbClass cls, VerbHint hint, const core::Place& place, const std::optional<Attribution>& who,
                   const DocContext& ctx) {
    const Side owner = country_side(place.country);
    Side speaker = who && !who->assessor ? who->side : Side::None;
    // "Освобождены населённые пункты A и B" after "Минобороны России сообщило ...": an unattributed, agentless
    // liberation or contest speaks for the text's recent source (a Ukrainian place 'liberated' per a
    // Russian source is a Russian capture).
    if (!who && (cls == VerbClass::Contest || hint == VerbHint::Regain || hint == VerbHint::Hold))
        speaker = ctx.voice;
    if (cls == VerbClass::Contest) return speaker != Side::None ? speaker : owner;
    if (cls == VerbClass::Gain) {
        // "Moscow said Kamianka had been liberated": a party's "liberated" is its own side's gain.
        if (hint == VerbHint::Regain || hint == VerbHint::Hold) return speaker != Side::None ? speaker : owner;
        // "X fell", "X was taken": the taker is the side that did not hold it.
        if (owner != Side::None) return opposite(owner);
    }
    if (speaker != Side::None) return speaker;
    return ctx.last_actor_side;
}

double hedge_factor(const Lexicon& lex, const Sentence& s) {
    double f = 1.0;
    for (const PhraseHit& h : s.hedges) f *= lex.hedge_factor[h.payload];
    return f;
}

/// Statement date: next to the reporting verb, else the publication date.
void set_dates(const Sentence& s, const std::optional<Attribution>& who, const DocContext& ctx, core::Claim& c,
               bool own_attribution, const Ranges& hidden) {
    const TimeExpr* stated = nullptr;
    if (own_attribution && who) {
        for (const TimeExpr& e : s.times) {
            if (e.period || in_ranges(hidden, e.first, e.last)) continue;
            const bool after = e.first >= who->report_last && e.first <= who->report_last + 4;
            const bool before = e.last <= who->report_first && e.last + 2 >= who->report_first;
            const bool opening = e.first <= 1 && e.last + 6 >= who->report_first;
            if (after || before || opening) { stated = &e; break; }
        }
    }
    c.stated_on = stated ? std::optional<core::Date>(stated->from) : ctx.published;
    if (c.stated_on && ctx.published && *c.stated_on > *ctx.published) c.stated_on = ctx.published;
    for (const TimeExpr& e : s.times) {
        if (&e == stated || in_ranges(hidden, e.first, e.last)) continue;
        c.event_from = e.from;
        c.event_to = e.period && c.stated_on ? std::max(e.to, *c.stated_on) : e.to;
        if (e.period && c.stated_on) c.event_to = *c.stated_on;
        c.time_precision = e.precision;
        return;
    }
    if (ctx.last_period && who && ctx.last_speaker && who->name == ctx.last_speaker->name) {
        c.event_from = ctx.last_period->from;
        c.event_to = ctx.last_period->to;
        c.time_precision = ctx.last_period->precision;
    }
}

/// The verb's words as written ("освободили"), not its lexicon phrase ("освободи<ru_past>").
std::string verb_surface(std::string_view text, const Sentence& s, const VerbHit& v) {
    return std::string(text.substr(s.tokens[v.first].span.start,
                                   s.tokens[v.last - 1].span.end - s.tokens[v.first].span.start));
}

struct FrameResult {
    Side side = Side::None;
    bool agent = false;
};

/// Fills `c`, a default claim, with the frame of verb `v` over `place`. A claim is large to
/// move: the frequent frames are built where they are kept (see sentence_claims).
void fill_claim(core::Claim& c, std::string_view text, const Sentence& s, const VerbHit& v, Side side,
                const core::Place& place, bool region_only, const std::optional<Attribution>& who,
                const DocContext& ctx, bool own_attr, const Ranges& hidden = {}) {
    c.by_side = side;
    c.change = change_for(v.entry->cls, side, place, v.entry->hint);
    if (region_only) c.region = place;
    else c.place = place;
    c.verb = std::string(text.substr(s.tokens[v.first].span.start,
                                     s.tokens[v.last - 1].span.end - s.tokens[v.first].span.start));
    if (who) {
        c.claimant = who->name;
        c.claimant_side = who->assessor ? Side::None : who->side;
        if (who->assessor) c.status = core::ClaimStatus::Assessed;
    } else if (ctx.source_is_assessor) {
        c.claimant = ctx.source;
        c.status = core::ClaimStatus::Assessed;
    } else {
        c.claimant = ctx.source;
    }
    c.evidence_span = s.span;
    c.evidence = std::string(text.substr(s.span.start, s.span.size()));
    set_dates(s, who, ctx, c, own_attr, hidden);
    c.background = ctx.background_section ||
                   std::any_of(s.background_hits.begin(), s.background_hits.end(),
                               [&](const PhraseHit& h) { return !in_ranges(hidden, h.first, h.last); });
    if (c.event_to && ctx.published && c.event_to->days_since_epoch() + 45 < ctx.published->days_since_epoch())
        c.background = true;
}

core::Claim make_claim(std::string_view text, const Sentence& s, const VerbHit& v, Side side, const core::Place& place,
                       bool region_only, const std::optional<Attribution>& who, const DocContext& ctx, bool own_attr) {
    core::Claim c;
    fill_claim(c, text, s, v, side, place, region_only, who, ctx, own_attr);
    return c;
}

} // namespace

void sentence_claims(const Lexicon& lex, std::string_view text, const Sentence& s, std::size_t index,
                     const std::optional<Attribution>& sentence_who, DocContext& ctx, std::vector<core::Claim>& out) {
    const std::optional<Attribution>& who = sentence_who;
    const std::size_t first_claim = out.size();
    const bool own_attr = s.attribution.has_value();
    const double hedge = hedge_factor(lex, s);
    bool any_verb_place = false;
    std::optional<ActorHit> prev_agent;
    // Only the verbs' frames read the relative clauses. They hide dates and history cues from a
    // verb outside them: `relatives` are the clauses to hide, none when there is nothing to hide.
    const Ranges all_relatives = s.verbs.empty() ? Ranges{} : relative_clauses(s);
    const Ranges no_relatives;
    const Ranges& relatives = s.times.empty() && s.background_hits.empty() ? no_relatives : all_relatives;
    std::vector<const MentionRef*> attempted;
    std::vector<const MentionRef*> places;
    std::vector<const MentionRef*> locators;
    std::vector<const MentionRef*> claimed; // the mentions this sentence's verbs made claims on
    Side prev_verb_side = Side::None; // the side of the sentence's last claim before this verb
    for (std::size_t vi = 0; vi < s.verbs.size(); ++vi) {
        if (vi > 0) prev_verb_side = out.size() > first_claim ? out.back().by_side : Side::None;
        const VerbHit& v = s.verbs[vi];
        const std::size_t next = vi + 1 < s.verbs.size() ? s.verbs[vi + 1].first : s.tokens.size();
        governed(s, v, next, places);
        std::erase_if(places, [&](const MentionRef* m) {
            return !usable_kind(m->mention->place.kind) || is_offset_anchor(s, *m) || part_of_longer_name(s, *m) ||
                   anchor_only(s, *m) || apposition_anchor(s, *m) || possessive_facility(s, *m);
        });
        // Decided on the usable places, then dropped together.
        locators.clear();
        for (const MentionRef* m : places)
            if (locates_another(s, *m, places) || located_by_bearing(s, *m, places) ||
                (places.size() > 1 && road_landmark(s, *m)))
                locators.push_back(m);
        std::erase_if(places, [&](const MentionRef* m) {
            return std::find(locators.begin(), locators.end(), m) != locators.end();
        });
        if (irrealis(lex, s, v)) {
            // "намагалися зайти в X та Y, проте наші захисники їх відкинули": the places of a failed
            // attempt are those of a repelling verb later in the sentence that names none.
            if (v.entry->cls == VerbClass::Gain || v.entry->cls == VerbClass::Advance) attempted = places;
            continue;
        }
        // "tried to storm X but were repelled", "намагався зайти в X, але наші захисники відбили атаку",
        // "ворог намагався просунутися біля X та Y, усі атаки відбито": without a place of its own, a
        // repelling verb takes those named after an attempt before it. The attempt's subject is the
        // attacker: "ВСУ пытались контратаковать у X, но были отброшены".
        // "ворог намагався просунутися в районі X, бої тривають": fighting goes on where the attempt
        // was made, and the attempt's subject is not the one who says so.
        std::optional<ActorHit> attacker;
        if (v.entry->cls == VerbClass::Repel || v.entry->cls == VerbClass::Contest) {
            std::size_t from = s.tokens.size();
            for (std::size_t k = 0; k < v.first; ++k)
                if (s.cue_at(k, Cue::Irrealis)) from = k;
            if (places.empty()) places = attempted;
            if (places.empty())
                for (const MentionRef& m : s.mentions)
                    if (from < s.tokens.size() && m.first > from && m.last <= v.first && usable_kind(m.mention->place.kind))
                        places.push_back(&m);
            if (!places.empty() && from < s.tokens.size())
                for (const ActorHit& a : s.actors)
                    if (a.last <= from && can_be_agent(a) && !adjective_actor(s, a)) attacker = a;
        }
        // Several reporting verbs: the claim belongs to the one closest before it.
        std::optional<Attribution> local;
        if (own_attr && s.reports.size() > 1) local = find_attribution(text, s, ctx, v.first);
        const std::optional<Attribution>& who = local ? local : sentence_who;
        auto agent = agent_of(lex, s, v);
        // "After seizing X, Russian units turned north": the gerund's subject is the main clause's.
        if (!agent && gerund_clause(s, v)) agent = gerund_subject(s, v);
        // "reports that it had been taken": the place is the subject; an actor before it is no agent.
        if (agent && agent->last <= v.first && place_pronoun_subject(s, v)) agent.reset();
        // "Kyiv denied that Russian forces had captured X": the agent is inside the denied complement;
        // without one, the denied side is the denier's opponent.
        const ReportHit* denial = v.entry->cls != VerbClass::Contest ? denial_over(s, v) : nullptr;
        const Side denier = who && !who->assessor ? who->side : Side::None;
        if (denial) {
            agent.reset();
            for (const ActorHit& a : s.actors)
                if (a.first >= denial->last && a.last <= v.first && a.side != ActorSide::Own) agent = a;
        }
        // "продвинулась ... и освободила", "pushed in and captured": the coordinated verb shares its agent.
        // "had recaptured X ... and was advancing near Y": an auxiliary may stand between.
        // "drove the enemy out of X and fully cleared the village": an adverb may stand between too.
        bool shared_agent = false;
        if (prev_agent && v.first > 0) {
            std::size_t k = v.first;
            if (k > 1) {
                const std::string_view w = s.tokens[k - 1].norm;
                if (w == "was" || w == "were" || w == "is" || w == "are" || w == "had" || w == "has" || w == "have")
                    --k;
            }
            if (k > 1 && s.tokens[k - 1].word && s.tokens[k - 1].norm.size() > 4 && s.tokens[k - 1].norm.ends_with("ly"))
                --k;
            // "denied that Russian troops had crossed the border and seized X": the denier is no agent.
            const bool denier_agent = denial && prev_agent->first < denial->first;
            if (s.cue_at(k - 1, Cue::Coordination) && !denier_agent) agent = prev_agent, shared_agent = true;
        }
        // "recaptured X, a village that Russian troops occupied ..., and was advancing": a relative
        // clause's agent is not shared by the verb coordinated after it.
        if (!in_ranges(all_relatives, v.first, v.last)) prev_agent = agent;
        Side agent_side = agent ? resolve_agent(s, *agent, who, ctx) : Side::None;
        // "there is no enemy presence in X", "в X нет противника": the actor named inside a contesting
        // phrase is the one absent; the other side holds the place.
        if (agent && v.entry->cls == VerbClass::Contest && agent->side != ActorSide::Own && agent->first >= v.first && agent->last <= v.last)
            agent_side = opposite(agent_side);
        // "Russian units had been beaten back near X": a passive repel's subject is the attacker.
        if (agent && v.entry->cls == VerbClass::Repel && agent->last <= v.first && v.first > 0 &&
            passive_auxiliary(s.tokens[v.first - 1].norm))
            agent_side = opposite(agent_side);
        // "Our defenders drove the enemy out of X and cleared the village", the speaker's side
        // unknown: the coordinated verb acts for the side the first verb's claims gave.
        if (shared_agent && agent_side == Side::None) agent_side = prev_verb_side;
        if (attacker && (!agent || agent->first == attacker->first))
            agent_side = opposite(resolve_agent(s, *attacker, who, ctx));
        if (denial && agent_side == Side::None) agent_side = opposite(denier);
        // "Ukrainian troops in X are encircled": the subject is the encircled side, the other one advances.
        // "the encirclement of Ukrainian troops near X": the phrase after "of" names the encircled too.
        const bool encircled = passive_encirclement(s, v);
        if (encircled && agent_side != Side::None) agent_side = opposite(agent_side);
        // "X was cleared of Russians": the side after the expelling verb's "of" was driven out.
        if (const ActorHit* out_side = expelled_side(s, v))
            agent_side = opposite(resolve_agent(s, *out_side, who, ctx));
        if (encirclement_nominal(s, v))
            for (const ActorHit& a : s.actors)
                if (a.first >= v.last && a.first <= v.last + 1 && can_be_agent(a)) {
                    agent_side = opposite(resolve_agent(s, a, who, ctx));
                    break;
                }
        // "the report of X's capture is a fake": the rebutting verb's subject (or the speaker) denies
        // the change, which is then the other side's.
        const VerbHit* rebut = !denial ? rebutting_verb(s, v) : nullptr;
        Side rebutter = denier;
        if (rebut) {
            // "Russian claims to have taken X are false, the army said": the rebuttal's subject, else
            // the speaker of a report after it, not the claim's own source before it.
            if (auto a = agent_of(lex, s, *rebut); a && a->first > v.last) rebutter = resolve_agent(s, *a, who, ctx);
            else if (auto late = find_attribution(text, s, ctx, s.tokens.size()); late && late->report_first > rebut->first)
                rebutter = late->assessor ? Side::None : late->side;
            else if (a) rebutter = resolve_agent(s, *a, who, ctx);
        }
        if (rebut && rebutter != Side::None) agent_side = opposite(rebutter);
        const bool denied_later = !denial && v.entry->cls != VerbClass::Contest && (rebut || denied_after(s, v));
        // "Moscow said it had seized X, a claim Kyiv rejected": the other side's own statement stays a
        // claim (its claimant's), and the rebuttal is the rebutter's contest.
        const bool stated_by_other = rebut && who && who->kind == ReportKind::Say && who->side != Side::None &&
                                     who->side != rebutter && who->report_last <= v.first;
        const bool partial = v.entry->cls == VerbClass::Gain && partial_verb(s, v);
        const bool neg = !partial && (denial || denied_later || negated(s, v)) && v.entry->cls != VerbClass::Contest &&
                         v.entry->cls != VerbClass::Repel;
        // "captured four villages [in Kharkiv Oblast]": the object is unnamed; only a list
        // introduced after it ("including X", "– X, Y") names places; else a later sentence may.
        // "regained positions in X", "закрепились на позициях в X": ground inside the place, an advance.
        bool positions = false;
        const bool gains_ground = v.entry->cls == VerbClass::Gain || v.entry->cls == VerbClass::Advance;
        const std::size_t counted = count_noun_object(s, v);
        if (const std::size_t noun = counted != 0 ? counted : counted_object(lex, s, v); noun != 0 && gains_ground &&
                                                                   noun < s.tokens.size() && s.tokens[noun - 1].norm == "positions") {
            // "positions in X", "positions in eastern X", "lost positions near X", "reached positions north of X".
            const std::string_view prep = s.tokens[noun].norm;
            const bool direction = noun + 1 < s.tokens.size() && s.cue_at(noun + 1, Cue::Direction);
            const bool bearing = s.cue_at(noun, Cue::Direction) && noun + 1 < s.tokens.size() && s.tokens[noun + 1].norm == "of";
            std::erase_if(places, [&](const MentionRef* m) {
                if (bearing) return m->first != noun + 2;
                const bool adjacent = m->first == noun + 1 || (direction && m->first == noun + 2);
                return !adjacent || (prep != "in" && prep != "inside" && prep != "near");
            });
            positions = !places.empty();
        } else if (noun != 0) {
            std::erase_if(places, [&](const MentionRef* m) { return !introduced_list(s, noun, m->first); });
            if (places.empty() && !neg)
                ctx.pending.push_back(
                    PendingFrame{v.entry->cls, v.entry->hint, verb_surface(text, s, v), agent_side, who, index, 0.6 * hedge});
        }
        if (places.empty() && (starts_with_anaphor(s) || opens_list(s)) && ctx.orphan_sentence + 2 >= index &&
            ctx.orphan_sentence < index)
            places = ctx.orphans;
        if (places.empty())
            if (const MentionRef* sc = scene(s); sc && usable_kind(sc->mention->place.kind)) places.push_back(sc);
        // "raising a flag in northern X, indicating that they seized the settlement": the anaphor names
        // the whole place, whatever part of it the antecedent's mention named.
        bool whole = false;
        // "The Russian side says the two hamlets have also fallen": the places of the last claims.
        if (places.empty() && plural_anaphor(s, v) && ctx.last_claims_sentence + 2 >= index &&
            ctx.last_claims_sentence < index)
            places = ctx.last_claim_places, whole = true;
        if (places.empty() && (anaphor_object(s, v) || anaphor_subject(s, v) || place_pronoun_subject(s, v))) {
            const MentionRef* a = last_settlement_before(s, v.first, ctx);
            // From an earlier sentence, "the village" is the topic of the last claims (a recent one)
            // whose size fits the noun, rather than whatever settlement was named last.
            // "Officials in Y said the village ...": a place in the speaker's phrase is no antecedent either.
            const bool earlier = a && (a < s.mentions.data() || a >= s.mentions.data() + s.mentions.size() ||
                                       (!s.reports.empty() && a->last <= s.reports.front().first &&
                                        s.reports.front().last <= v.first));
            // A place some claim of the document is about stays the antecedent.
            const bool claimed_before = a && std::any_of(out.begin(), out.end(), [&](const core::Claim& c) {
                                            return c.place && c.place->id == a->mention->place.id;
                                        });
            if ((!a || (earlier && !claimed_before)) && ctx.last_claims_sentence + 3 >= index &&
                ctx.last_claims_sentence < index)
                if (const MentionRef* topic = topic_antecedent(s, v, ctx.last_claim_places)) a = topic;
            if (a) places.push_back(a), whole = true;
        }
        if (places.empty()) {
            if (agent_side != Side::None) ctx.last_actor_side = agent_side;
            // "settlements in the border areas ... hostilities are ongoing there": fighting in
            // places counted, not named; a later sentence may name them.
            if (v.entry->cls == VerbClass::Contest && !neg && !irrealis(lex, s, v) && counts_places(s, v)) {
                Side side = agent_side;
                if (who && !who->assessor && who->side != Side::None) side = who->side;
                ctx.pending.push_back(
                    PendingFrame{v.entry->cls, v.entry->hint, verb_surface(text, s, v), side, who, index, 0.6 * hedge});
            }
            continue;
        }
        // "fears of encirclement near X", "civilians fled X": no side's actor, no change of the front.
        if (lacks_actor(s, v, agent)) continue;
        const bool has_settlement = std::any_of(places.begin(), places.end(), [](const MentionRef* m) {
            return m->mention->place.kind == core::PlaceKind::Settlement;
        });
        const Ranges hidden = hidden_for(relatives, v.first);
        for (const MentionRef* m : places) {
            const core::Place& place = m->mention->place;
            const bool settlement = place.kind == core::PlaceKind::Settlement;
            if (has_settlement && !settlement) continue;
            Side side = agent_side != Side::None ? agent_side : fallback_side(v.entry->cls, v.entry->hint, place, who, ctx);
            // "X is surrounded": the encircler is the side that does not hold the place.
            if (encircled && !agent && country_side(place.country) != Side::None) side = opposite(country_side(place.country));
            // "Ukrainian troops are still holding X": the holder contests, whoever reports it; a place
            // that "held out" is held by its own country's side.
            const bool holder = v.entry->hint == VerbHint::Hold;
            if (v.entry->cls == VerbClass::Contest && !holder && who && !who->assessor && who->side != Side::None)
                side = who->side;
            if (holder && agent_side == Side::None && country_side(place.country) != Side::None)
                side = country_side(place.country);
            // Built in place: `c` is valid until the next claim is appended.
            core::Claim& c = out.emplace_back();
            fill_claim(c, text, s, v, side, place, !settlement, who, ctx, own_attr, hidden);
            if (settlement)
                if (const core::Place* r = qualifying_region(s, *m)) c.region = *r;
            c.surface = m->mention->surface;
            double conf = 0.85 * hedge;
            if (!agent) conf *= 0.85;
            // "X lies east of Y, which Russian forces took": the relative clause's place is whole.
            const bool bearing = !whole && !relative_antecedent_of(s, v, *m) && partial_reference(s, *m);
            if (partial || positions || ongoing_gain(s, v) || (v.entry->cls == VerbClass::Gain && bearing)) {
                c.change = core::Change::Advanced;
                conf *= 0.9;
            }
            // "did not capture X": the capture is recorded negated; a denial by a party (or a
            // negated advance or withdrawal) is also that party's contesting claim, or only that.
            std::optional<core::Claim> contest;
            // The contesting claim is the denier's own, not negated; the denied change is kept negated.
            if (neg) {
                // A side does not deny its own gain: "він заперечив, що росіяни захопили X" with the
                // speaker's side guessed wrong is still the other side's denial.
                const bool own_gain = v.entry->cls == VerbClass::Gain && rebutter == side;
                const Side stance = rebutter != Side::None && !own_gain ? rebutter : opposite(side);
                const bool gain = v.entry->cls == VerbClass::Gain && c.change != core::Change::Advanced;
                if (!gain || denial || denied_later || (rebutter != Side::None && rebutter != side)) {
                    contest = c;
                    contest->change = core::Change::Contested;
                    contest->by_side = stance;
                }
                c.negated = !stated_by_other;
            }
            if (c.background) conf *= 0.9;
            c.confidence = conf;
            if (contest) {
                contest->confidence = conf;
                out.push_back(std::move(*contest));
            }
            any_verb_place = true;
            claimed.push_back(m);
        }
        if (agent_side != Side::None) ctx.last_actor_side = agent_side;
    }
    // "Kyiv denied the report", "эти сведения не подтвердили": a denial naming no place contests the
    // claims of the sentence before; the denied gains are recorded negated. "Росія заявила про захоплення X,
    // однак у ЗСУ це спростували": a denial in a later clause of the same sentence contests its claims.
    const auto contest_claims = [&](const ReportHit& r, std::size_t begin, std::size_t end, const std::optional<Attribution>& denier_who) {
        const Side denier = denier_who && !denier_who->assessor ? denier_who->side : Side::None;
        static const VerbEntry deny_entry{"denied", VerbClass::Contest, VerbHint::None, verb_shape("denied")};
        const VerbHit v{r.first, r.last, &deny_entry};
        // By index, and `prior` is read before anything is appended: appending may move the claims.
        for (std::size_t p = begin; p < end; ++p) {
            const core::Claim& prior = out[p];
            if (prior.negated || prior.background || prior.by_side == Side::None || prior.by_side == denier) continue;
            if (prior.change == core::Change::Contested || prior.change == core::Change::Repelled) continue;
            const core::Place& place = prior.place ? *prior.place : *prior.region;
            const Side stance = denier != Side::None ? denier : opposite(prior.by_side);
            core::Claim c = make_claim(text, s, v, stance, place, !prior.place, denier_who, ctx, own_attr);
            c.region = prior.region;
            c.surface = prior.surface;
            c.confidence = 0.7 * hedge;
            if (prior.change == core::Change::Captured || prior.change == core::Change::Liberated) {
                core::Claim denied = c;
                denied.change = prior.change;
                denied.by_side = prior.by_side;
                denied.negated = true;
                denied.verb = prior.verb;
                out.push_back(std::move(denied));
            }
            out.push_back(std::move(c));
        }
    };
    const bool names_place = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const MentionRef& m) {
        return usable_kind(m.mention->place.kind);
    });
    if (out.size() == first_claim && ctx.last_claims_sentence + 2 >= index && ctx.last_claims_sentence < index &&
        !names_place)
        for (const ReportHit& r : s.reports)
            if (r.kind == ReportKind::Deny) {
                contest_claims(r, ctx.last_claims_begin, ctx.last_claims_end, who);
                break;
            }
    if (out.size() > first_claim && !s.verbs.empty())
        if (const ReportHit* r = denial_in_later_clause(s))
            contest_claims(*r, first_claim, out.size(), find_attribution(text, s, ctx, r->last));
    if (!claimed.empty()) ctx.last_claim_places = claimed;
    if (out.size() > first_claim) {
        ctx.last_claims_begin = first_claim;
        ctx.last_claims_end = out.size();
        ctx.last_claims_sentence = index;
    }
    for (const MentionRef& m : s.mentions)
        if (m.mention->place.kind == core::PlaceKind::Settlement && !m.dateline && !bearing_only(s, m))
            ctx.last_settlement = &m;
    // A sentence naming places without a verb: a later "These are ..." may refer to them.
    if (s.verbs.empty()) {
        std::vector<const MentionRef*> list;
        for (const MentionRef& m : s.mentions)
            if (m.mention->place.kind == core::PlaceKind::Settlement && !m.dateline) list.push_back(&m);
        if (!list.empty()) {
            ctx.orphans = list;
            ctx.orphan_sentence = index;
        }
    }
    // "The villages in question are A, B and C": a pending frame gets its places. The words are
    // read only for a sentence that could give a pending frame its places.
    const auto refers_back = [&] {
        if (cataphoric_list(s)) return true; // "They are A, B and C."
        if (opens_list(s)) return true;       // "Это A, B и C", "Речь идет о ..."
        for (std::size_t k = 0; k < s.tokens.size(); ++k) {
            if (s.tokens[k].norm == "question") return true;
            if (!s.cue_at(k, Cue::CountNoun)) continue;
            for (std::size_t j = k + 1; j < s.tokens.size() && j <= k + 2; ++j) {
                const std::string_view w = s.tokens[j].norm;
                if (w == "are" || w == "were" || w == "include" || w == "included" || w == "includes" ||
                    w == "named" || w == ":")
                    return true;
            }
        }
        return false;
    };
    constexpr std::size_t k_pending_sentences = 6; // how far back "the villages in question" reaches
    std::erase_if(ctx.pending, [&](const PendingFrame& p) { return index - p.sentence > k_pending_sentences; });
    if (!any_verb_place && s.verbs.empty() && !ctx.pending.empty() && refers_back()) {
        std::vector<const MentionRef*> list;
        for (const MentionRef& m : s.mentions)
            if (m.mention->place.kind == core::PlaceKind::Settlement && !m.dateline) list.push_back(&m);
        if (!list.empty()) {
            for (const PendingFrame& p : ctx.pending) {
                const VerbEntry entry{p.verb, p.cls, p.hint, verb_shape(p.verb)};
                const VerbHit v{0, 1, &entry};
                for (const MentionRef* m : list) {
                    const core::Place& place = m->mention->place;
                    const Side side = p.side != Side::None ? p.side : fallback_side(p.cls, p.hint, place, p.attribution, ctx);
                    // The frame's own speaker claims it; this sentence only names the places.
                    core::Claim c = make_claim(text, s, v, side, place, false, p.attribution ? p.attribution : who, ctx, own_attr);
                    c.verb = p.verb;
                    c.surface = m->mention->surface;
                    c.confidence = p.confidence;
                    out.push_back(std::move(c));
                }
            }
            ctx.pending.clear();
        }
    }
}

void attribute_areas(const Sentence& s, const std::optional<Attribution>& who, const DocContext& ctx,
                     std::vector<core::Area>& areas) {
    for (std::size_t i = 0; i < areas.size(); ++i) {
        core::Area& a = areas[i];
        const std::size_t at = i < s.figures.area_token.size() ? s.figures.area_token[i] : 0;
        Side side = Side::None;
        for (const ActorHit& h : s.actors) {
            if (h.first >= at) break;
            if (!adjective_actor(s, h)) side = actor_side(h, who, ctx);
        }
        if (side == Side::None && who && !who->assessor) side = who->side;
        a.by_side = side;
        for (const MentionRef& m : s.mentions)
            if (m.mention->place.kind == core::PlaceKind::Admin1 || m.mention->place.kind == core::PlaceKind::Admin2) {
                a.region = m.mention->place.name;
                break;
            }
    }
}

} // namespace claimtrack::extract
