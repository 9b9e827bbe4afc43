#include "frames.hpp"

#include "frames_agent.hpp"
#include "frames_en.hpp"
#include "frames_places.hpp"
#include "frames_scope.hpp"
#include "frames_slavic.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace claimtrack::extract {

namespace {

using core::Side;

/// "no enemy presence in", "в X нет противника", "присутності ворога немає": a contest phrase that
/// states an actor's absence.
/// True when the sentence's last token is a colon ("… were liberated:"), a list following.
bool ends_in_colon(const Sentence& s) { return !s.tokens.empty() && s.tokens.back().norm == ":"; }

/// True when the sentence is a line of a list: its words are all inside place mentions, besides item
/// numbers, bullets, punctuation and "and" ("1) A;", "- B", "C та D."; a bare "2." too).
bool list_line(const Sentence& s) {
    static constexpr std::array<std::string_view, 5> joins{"and", "и", "і", "й", "та"};
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
        const auto inside = std::find_if(s.mentions.begin(), s.mentions.end(),
                                         [&](const MentionRef& m) { return m.first <= k && k < m.last; });
        if (inside != s.mentions.end()) continue;
        const std::string_view w = s.tokens[k].norm;
        const bool word = !w.empty() && (std::isalpha(static_cast<unsigned char>(w[0])) != 0 ||
                                         static_cast<unsigned char>(w[0]) >= 0xC0);
        if (word && std::find(joins.begin(), joins.end(), w) == joins.end()) return false;
    }
    return true;
}

bool absence_phrase(const Sentence& s, const VerbHit& v) {
    static constexpr std::array<std::string_view, 6> absent{"no", "нет", "отсутствует", "немає", "нема", "відсутня"};
    for (std::size_t k = v.first; k < v.last; ++k)
        if (std::find(absent.begin(), absent.end(), s.tokens[k].norm) != absent.end()) return true;
    return false;
}

/// "These reports are untrue", "Эти сообщения не соответствуют действительности", "Ці заяви — фейк": the
/// denial's subject, a demonstrative and a noun just before it, is the statement denied, not its denier.
bool demonstrative_subject(const Sentence& s, const ReportHit& r) {
    static constexpr std::array<std::string_view, 16> demonstratives{
        "these", "those", "this", "that", "such", "эти", "это", "этот", "эта", "такие", "ці", "це", "цей", "ця", "такі", "ті"};
    for (std::size_t k = r.first > 3 ? r.first - 3 : 0; k < r.first; ++k)
        if (std::find(demonstratives.begin(), demonstratives.end(), s.tokens[k].norm) != demonstratives.end())
            return true;
    return false;
}

/// "Минобороны сообщило о взятии X", "відомство повідомило про захоплення X", "the ministry announced the
/// capture of X": a verbal noun that is the object of a party's own report names that party's act (of its own
/// country's place a recapture), not the act of whoever did not hold the place.
bool report_object(const Sentence& s, const VerbHit& v, const std::optional<Attribution>& who) {
    if (!who || who->assessor || who->side == Side::None) return false;
    if (who->kind != ReportKind::Say && who->kind != ReportKind::Hedge) return false;
    if (who->report_last >= v.first || who->report_last + 2 < v.first) return false;
    const std::string_view w = s.tokens[v.first - 1].norm;
    return w == "о" || w == "об" || w == "про" || (w == "the" && who->report_last + 1 == v.first);
}

/// "Суджа перебуває під контролем Сил оборони", "Sudzha has been under Ukrainian control since last week",
/// "село находится под нашим контролем" of a Russian village in a Ukrainian voice: a side's control of a place
/// of the other country is that side's capture of it; of its own country's place, a contest of a claimed loss.
/// (Not the situation phrases, "the situation in X is under control", and not the holding of a part, hint hold.)
bool held_abroad(const VerbHit& v, Side side, const core::Place& place) {
    if (v.entry->cls != VerbClass::Contest || !v.entry->shape.control || v.entry->hint != VerbHint::None) return false;
    const std::string_view phrase = v.entry->phrase;
    if (phrase.starts_with("situation") || phrase.find("\xD1\x81\xD0\xB8\xD1\x82\xD1\x83\xD0\xB0\xD1\x86") != std::string_view::npos ||
        phrase.find("\xD0\xBE\xD0\xB1\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBA") != std::string_view::npos) // "ситуац", "обстановк"
        return false;
    const Side owner = country_side(place.country);
    return owner != Side::None && side != Side::None && owner != side;
}

/// Remembers the side that acted last, for a later verb with no actor of its own.
void note_actor(DocContext& ctx, Side side, const VerbHit& v) {
    ctx.last_actor_side = side;
    ctx.last_actor_withdrew = v.entry->cls == VerbClass::Loss;
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
    case VerbClass::Contest: {
        // "бои идут в X" said by a side about the other side's place: that side is inside it.
        const Side owner = country_side(place.country);
        if (hint == VerbHint::Fight && owner != Side::None && side != Side::None && owner != side)
            return core::Change::Advanced;
        return core::Change::Contested;
    }
    case VerbClass::Repel: return core::Change::Repelled;
    }
    return core::Change::Other;
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
    // "is holding," ends its phrase on a comma that is no part of the verb's words.
    std::size_t verb_last = v.last;
    while (verb_last > v.first + 1 && !s.tokens[verb_last - 1].word) --verb_last;
    c.verb = std::string(text.substr(s.tokens[v.first].span.start,
                                     s.tokens[verb_last - 1].span.end - s.tokens[v.first].span.start));
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
    // "Is it true that X is lost?", "Чи взято X?": a question asserts nothing.
    const bool question = !s.tokens.empty() && (s.tokens.back().norm == "?" ||
                                                (s.tokens.size() > 1 && s.tokens.back().norm == "\"" &&
                                                 s.tokens[s.tokens.size() - 2].norm == "?"));
    for (std::size_t vi = 0; vi < s.verbs.size() && !question; ++vi) {
        if (vi > 0) prev_verb_side = out.size() > first_claim ? out.back().by_side : Side::None;
        const VerbHit& v = s.verbs[vi];
        const std::size_t next = vi + 1 < s.verbs.size() ? s.verbs[vi + 1].first : s.tokens.size();
        governed(s, v, next, places);
        if (const MentionRef* described = attributive_participle(s, v)) places.assign(1, described);
        // "5 km from X, which Ukrainian troops retook": the antecedent of the verb's relative clause is its
        // place, however it located another before.
        const MentionRef* antecedent = relative_antecedent(s, clause_begin(s, v.first));
        std::erase_if(places, [&](const MentionRef* m) {
            if (m == antecedent || advance_extent(s, v, *m)) return false;
            return !usable_kind(m->mention->place.kind) || is_offset_anchor(s, *m) || part_of_longer_name(s, *m) ||
                   anchor_only(s, *m) || apposition_anchor(s, *m) || possessive_facility(s, *m);
        });
        // Decided on the usable places, then dropped together.
        locators.clear();
        for (const MentionRef* m : places)
            if (m != antecedent && (locates_another(s, *m, places) || located_by_bearing(s, *m, places) ||
                                    bearing_before_destination(s, *m, places) || in_description(s, *m, places, v) ||
                                    (places.size() > 1 && road_landmark(s, *m))))
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
        // "X has been under Russian control since 2022", "X, occupied since 2022": a long-standing state
        // (a status phrase, a participle with no agent, or "under Russian control"), no change.
        // ("have taken nine villages since March" is a change.)
        // "где украинские формирования удерживались с августа", "which Russian troops have controlled since
        // 2022": holding is a state whoever holds.
        if ((v.entry->cls == VerbClass::Contest ||
             (v.entry->cls == VerbClass::Gain && (!agent || v.entry->hint == VerbHint::Hold ||
                                                  (agent->first >= v.first && agent->last <= v.last)))) &&
            long_standing(lex, s, v, ctx.published))
            continue;
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
        if (!agent && v.entry->cls == VerbClass::Gain && report_object(s, v, who)) agent_side = who->side;
        // "there is no enemy presence in X", "в X нет противника": the actor named inside a contesting
        // phrase is the one absent; the other side holds the place.
        // ("under Ukrainian control", with no word of absence, names the holder.)
        if (agent && v.entry->cls == VerbClass::Contest && agent->side != ActorSide::Own && agent->first >= v.first &&
            agent->last <= v.last && absence_phrase(s, v))
            agent_side = opposite(agent_side);
        // "Russian units had been beaten back near X": a passive repel's subject is the attacker.
        if (agent && v.entry->cls == VerbClass::Repel && agent->last <= v.first && v.first > 0 &&
            passive_auxiliary(s.tokens[v.first - 1].norm))
            agent_side = opposite(agent_side);
        // "Our defenders drove the enemy out of X and cleared the village", the speaker's side
        // unknown: the coordinated verb acts for the side the first verb's claims gave.
        if (shared_agent && agent_side == Side::None) agent_side = prev_verb_side;
        // "над X підняли український прапор", "the Russian flag was raised over X": a flag's nation inside
        // the phrase is the side that took the place, whoever spoke last.
        if (agent_side == Side::None && v.entry->cls == VerbClass::Gain)
            agent_side = flag_nation(s, v);
        if (attacker && (!agent || agent->first == attacker->first))
            agent_side = opposite(resolve_agent(s, *attacker, who, ctx));
        if (denial && agent_side == Side::None) agent_side = opposite(denier);
        // "Ukrainian troops in X are encircled": the subject is the encircled side, the other one advances.
        // "the encirclement of Ukrainian troops near X": the phrase after "of" names the encircled too.
        const bool encircled = passive_encirclement(s, v);
        // (A government or official named before it, "По словам Пушилина, X окружены", is the speaker.)
        if (encircled && agent && agent->role == ActorRole::Gov) agent.reset(), agent_side = Side::None;
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
            // ("Reports that Russian forces had captured X were untrue": the denied verb's own agent, inside
            // the report's content clause, is no rebutter.)
            if (auto a = agent_of(lex, s, *rebut); a && a->first > v.last) rebutter = resolve_agent(s, *a, who, ctx);
            else if (auto late = find_attribution(text, s, ctx, s.tokens.size()); late && late->report_first > rebut->first)
                rebutter = late->assessor ? Side::None : late->side;
            else if (a && !(agent && a->first == agent->first && in_report_clause(s, v)))
                rebutter = resolve_agent(s, *a, who, ctx);
        }
        if (rebut && rebutter != Side::None) agent_side = opposite(rebutter);
        const bool denied_later = !denial && v.entry->cls != VerbClass::Contest && (rebut || denied_after(s, v));
        // "Moscow said it had seized X, a claim Kyiv rejected": the other side's own statement stays a
        // claim (its claimant's), and the rebuttal is the rebutter's contest.
        const bool stated_by_other = rebut && who && who->kind == ReportKind::Say && who->side != Side::None &&
                                     who->side != rebutter && who->report_last <= v.first;
        const bool partial = v.entry->cls == VerbClass::Gain && partial_verb(s, v);
        const bool unstated = unstated_topic(s, v);
        const bool neg = !partial && (denial || denied_later || unstated || negated(s, v)) && v.entry->cls != VerbClass::Contest &&
                         v.entry->cls != VerbClass::Repel;
        // "captured four villages [in Kharkiv Oblast]": the object is unnamed; only a list
        // introduced after it ("including X", "– X, Y") names places; else a later sentence may.
        // "regained positions in X", "закрепились на позициях в X": ground inside the place, an advance.
        // "pulled back from positions near X": leaving ground at the place is a withdrawal from it.
        bool positions = false;
        const bool gains_ground = v.entry->cls == VerbClass::Gain || v.entry->cls == VerbClass::Advance;
        const bool leaves_ground = v.entry->cls == VerbClass::Loss;
        const std::size_t counted = count_noun_object(s, v);
        if (const std::size_t noun = counted != 0 ? counted : counted_object(lex, s, v);
            noun != 0 && (gains_ground || leaves_ground) &&
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
            positions = gains_ground && !places.empty();
        } else if (noun != 0) {
            std::erase_if(places, [&](const MentionRef* m) { return !introduced_list(s, noun, m->first); });
            if (places.empty() && !neg && !lacks_actor(s, v, agent))
                ctx.pending.push_back(PendingFrame{v.entry->cls, v.entry->hint, verb_surface(text, s, v), agent_side, who,
                                                   index, 0.6 * hedge, ends_in_colon(s)});
        }
        // ("They entered the village": a singular anaphor noun names one place, not the list before.)
        // A sentence ending in a colon points forward, to the list below it, not back.
        if (places.empty() && !ends_in_colon(s) && (starts_with_anaphor(s) || opens_list(s)) && ctx.orphan_sentence + 2 >= index &&
            ctx.orphan_sentence < index && (anaphor_noun(s, v).empty() || plural_anaphor(s, v)))
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
        // "Russian forces attacked A and B. ... the two hamlets have also fallen": without claims before,
        // the settlements the sentence before named.
        if (places.empty() && !ends_in_colon(s) && plural_anaphor(s, v) && ctx.recent_sentence + 1 == index &&
            ctx.recent_settlements.size() >= 2)
            places = ctx.recent_settlements, whole = true;
        // "было освобождено X, а 10 марта — Y": a verbless clause with another time repeats the frame for its place.
        if (!places.empty() && v.entry->cls != VerbClass::Contest && v.entry->cls != VerbClass::Repel)
            for (const MentionRef* m : gapped_conjuncts(s, v, next))
                if (std::find(places.begin(), places.end(), m) == places.end()) places.push_back(m);
        // "retook A and B, only to lose them again", "In December they lost it again": a pronoun object names
        // the places this sentence claimed before the verb, else those of the last claims.
        // (Only a change of hands: "Kyiv denied it" denies a report, see contest_claims.)
        // "Минобороны объявило о его освобождении", "announced its capture": a possessive pronoun before the verbal
        // noun likewise, or the settlement named last.
        const bool possessive = places.empty() && possessive_object(s, v);
        if (places.empty() && (v.entry->cls == VerbClass::Gain || v.entry->cls == VerbClass::Loss) &&
            (pronoun_object(s, v) || possessive)) {
            if (!claimed.empty()) places = claimed, whole = true;
            else if (ctx.last_claims_sentence + 2 >= index && ctx.last_claims_sentence < index &&
                     !ctx.last_claim_places.empty())
                places = ctx.last_claim_places, whole = true;
            else if (possessive)
                if (const MentionRef* a = last_settlement_before(s, v.first, ctx)) places.push_back(a), whole = true;
        }
        // "captured the village south of Y": Y only locates the anaphor's place.
        if (const MentionRef* loc = anaphor_locator(s, v)) std::erase(places, loc);
        if (places.empty() && ctx.entry_open &&
            (anaphor_object(s, v) || anaphor_subject(s, v) || place_pronoun_subject(s, v))) {
            // "X, Donetsk Oblast — the village was taken": in an event log's entry the anaphor names the
            // entry's head (or a place its sentence named before the verb), never an earlier entry's.
            const MentionRef* a = ctx.entry_head;
            for (const MentionRef& m : s.mentions)
                if (m.last <= v.first && m.mention->place.kind == core::PlaceKind::Settlement && !m.dateline &&
                    !bearing_only(s, m))
                    a = &m;
            if (a) places.push_back(a), whole = true;
        } else if (places.empty() && !ends_in_colon(s) &&
                   (anaphor_object(s, v) || anaphor_subject(s, v) || place_pronoun_subject(s, v))) {
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
            // "Russian troops entered Pokrovsk ... after taking Lysivka. The village ...": a village noun takes
            // the last settlement that is a village, a city noun the last city, in this sentence or the few before.
            if (const std::string_view noun = anaphor_noun(s, v); a && !noun.empty() && !fits_anaphor(a->mention->place, noun)) {
                const MentionRef* fit = nullptr;
                for (const MentionRef& m : s.mentions)
                    if (m.last <= v.first && m.mention->place.kind == core::PlaceKind::Settlement && !m.dateline &&
                        fits_anaphor(m.mention->place, noun))
                        fit = &m;
                for (auto it = ctx.named_settlements.rbegin(); !fit && it != ctx.named_settlements.rend(); ++it)
                    if (it->second + 3 >= index && fits_anaphor(it->first->mention->place, noun)) fit = it->first;
                if (fit) a = fit;
            }
            if (a) places.push_back(a), whole = true;
        }
        // "X, Donetsk Oblast — retaken by marines on Monday", "Y — звільнене 9 вересня": the entry's head is
        // the subject of a predicate that opens its first sentence.
        if (places.empty() && ctx.entry_open && ctx.entry_sentence == index && ctx.entry_head && !neg &&
            entry_predicate(s, v, !ctx.entry_after_head))
            places.push_back(ctx.entry_head), whole = true;
        // "Y, Donetsk Oblast - assault troops gained a foothold on the northern outskirts": a gain, an
        // advance or a withdrawal that names no place in an entry's first sentence is about its head.
        // Only a part of it: a gain there is an advance.
        bool part_only = false;
        if (places.empty() && ctx.entry_open && ctx.entry_sentence == index && ctx.entry_head && !neg &&
            (v.entry->cls == VerbClass::Gain || v.entry->cls == VerbClass::Advance || v.entry->cls == VerbClass::Loss) &&
            part_without_owner(s, v))
            places.push_back(ctx.entry_head), whole = part_only = true;
        if (places.empty()) {
            if (agent_side != Side::None) note_actor(ctx, agent_side, v);
            // "settlements in the border areas ... hostilities are ongoing there": fighting in
            // places counted, not named; a later sentence may name them.
            if (v.entry->cls == VerbClass::Contest && !neg && !irrealis(lex, s, v) && counts_places(s, v)) {
                Side side = agent_side;
                if (who && !who->assessor && who->side != Side::None) side = who->side;
                ctx.pending.push_back(
                    PendingFrame{v.entry->cls, v.entry->hint, verb_surface(text, s, v), side, who, index, 0.6 * hedge});
            } else if (ends_in_colon(s) && !neg && !irrealis(lex, s, v) &&
                       std::none_of(ctx.pending.begin(), ctx.pending.end(), [&](const PendingFrame& p) { return p.sentence == index; })) {
                // "… returned to our control:" then a list, one place a line ("1) A;", "- B").
                Side side = agent_side;
                if (side == Side::None && who && !who->assessor) side = who->side;
                ctx.pending.push_back(
                    PendingFrame{v.entry->cls, v.entry->hint, verb_surface(text, s, v), side, who, index, 0.8 * hedge, true});
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
            Side side = agent_side != Side::None ? agent_side : fallback_side(v.entry->cls, v.entry->hint, place, who, ctx, v.entry->shape.control);
            // "X is surrounded": the encircler is the side that does not hold the place.
            if (encircled && !agent && country_side(place.country) != Side::None) side = opposite(country_side(place.country));
            // "Ukrainian troops are still holding X": the holder contests, whoever reports it; a place
            // that "held out" is held by its own country's side.
            const bool holder = v.entry->hint == VerbHint::Hold;
            // "X has been under Ukrainian control since Thursday": a side named inside the phrase is the
            // holder, whoever reports it.
            // "X находится под контролем ВСУ": or right after the phrase's control noun.
            const bool named_inside =
                agent && (agent->side == ActorSide::UA || agent->side == ActorSide::RU) &&
                ((agent->first >= v.first && agent->last <= v.last) ||
                 (agent->first == v.last && s.tokens[v.last - 1].norm.starts_with("контрол")));
            if (v.entry->cls == VerbClass::Contest && !holder && !named_inside && who && !who->assessor &&
                who->side != Side::None)
                side = who->side;
            if (holder && agent_side == Side::None && country_side(place.country) != Side::None)
                side = country_side(place.country);
            // "Russian units still hold the eastern part of X", "восточную часть X удерживают": holding a part
            // is the holder's contest of the place, not its capture.
            // "удерживают позиции у X", "тримають позиції біля X": so is holding positions at it.
            const bool holds_part = v.entry->cls == VerbClass::Gain && v.entry->hint == VerbHint::Hold &&
                                    (part_of_place(s, *m) || positions_before(s, v, *m));
            // Built in place: `c` is valid until the next claim is appended.
            core::Claim& c = out.emplace_back();
            fill_claim(c, text, s, v, side, place, !settlement, who, ctx, own_attr, hidden);
            if (holds_part) c.change = core::Change::Contested;
            else if (held_abroad(v, side, place) && !part_of_place(s, *m) && !positions_before(s, v, *m))
                c.change = core::Change::Captured;
            if (settlement)
                if (const core::Place* r = qualifying_region(s, *m)) c.region = *r;
            c.surface = m->mention->surface;
            double conf = 0.85 * hedge;
            if (!agent) conf *= 0.85;
            // "X lies east of Y, which Russian forces took": the relative clause's place is whole.
            const bool bearing = !whole && !relative_antecedent_of(s, v, *m) && partial_reference(s, *m);
            if (partial || positions || part_only || ongoing_gain(s, v) || (v.entry->cls == VerbClass::Gain && bearing)) {
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
                if (!unstated && (!gain || denial || denied_later || (rebutter != Side::None && rebutter != side))) {
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
        if (agent_side != Side::None) note_actor(ctx, agent_side, v);
    }
    // "Kyiv denied the report", "эти сведения не подтвердили": a denial naming no place contests the
    // claims of the sentence before; the denied gains are recorded negated. "Росія заявила про захоплення X,
    // однак у ЗСУ це спростували": a denial in a later clause of the same sentence contests its claims.
    const auto contest_claims = [&](const ReportHit& r, std::size_t begin, std::size_t end, const std::optional<Attribution>& denier_who) {
        const Side denier = denier_who && !denier_who->assessor ? denier_who->side : Side::None;
        static const VerbEntry deny_entry{"denied", VerbClass::Contest, VerbHint::None, verb_shape("denied")};
        const VerbHit v{r.first, r.last, &deny_entry};
        // "X and Y were captured and positions near Z improved. Kyiv did not confirm the losses": a denial
        // answers the gains it follows, when there are any, not the advances reported with them.
        bool gains = false;
        for (std::size_t p = begin; p < end; ++p)
            gains = gains || (!out[p].negated && (out[p].change == core::Change::Captured ||
                                                  out[p].change == core::Change::Liberated));
        // By index, and `prior` is read before anything is appended: appending may move the claims.
        for (std::size_t p = begin; p < end; ++p) {
            const core::Claim& prior = out[p];
            if (gains && prior.change == core::Change::Advanced) continue;
            // "Military bloggers reported the capture of X. These reports are untrue": a speaker does not
            // deny its own report, and a pronoun ("эти", "they") taken for a speaker of the reporter's side
            // names the report denied; the denier is then the other side.
            // (Only for a sentence before: in the same one, a shared name is the speaker of both.)
            const bool own_report = begin < first_claim && denier_who &&
                                    ((!prior.claimant.empty() && denier_who->name == prior.claimant) ||
                                     (denier_who->side == prior.by_side &&
                                      (denier_who->pronoun || demonstrative_subject(s, r))));
            const Side denier_side = own_report ? Side::None : denier;
            // "Moscow announced the same about X in February; Kyiv called that a lie": a denial of a
            // background claim is background too.
            if (prior.negated || prior.by_side == Side::None || prior.by_side == denier_side) continue;
            if (prior.change == core::Change::Contested || prior.change == core::Change::Repelled) continue;
            const core::Place& place = prior.place ? *prior.place : *prior.region;
            const Side stance = denier_side != Side::None ? denier_side : opposite(prior.by_side);
            core::Claim c = make_claim(text, s, v, stance, place, !prior.place,
                                       own_report ? std::optional<Attribution>{} : denier_who, ctx, own_attr);
            c.region = prior.region;
            c.surface = prior.surface;
            c.confidence = 0.7 * hedge;
            c.background = c.background || prior.background;
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
    constexpr std::size_t k_named_settlements = 12; // how many "the village" may look back over
    // (A place named only as a bearing, "near Y", is no antecedent of "the town", but may be of "the city"
    // when the last one named is a village: the noun decides.)
    for (const MentionRef& m : s.mentions)
        if (m.mention->place.kind == core::PlaceKind::Settlement && !m.dateline) {
            if (!bearing_only(s, m)) ctx.last_settlement = &m;
            ctx.named_settlements.emplace_back(&m, index);
        }
    if (ctx.named_settlements.size() > k_named_settlements)
        ctx.named_settlements.erase(ctx.named_settlements.begin(),
                                    ctx.named_settlements.end() - static_cast<std::ptrdiff_t>(k_named_settlements));
    {
        std::vector<const MentionRef*> named;
        for (const MentionRef& m : s.mentions)
            if (m.mention->place.kind == core::PlaceKind::Settlement && !m.dateline && !is_offset_anchor(s, m))
                named.push_back(&m);
        if (named.size() >= 2) ctx.recent_settlements = std::move(named), ctx.recent_sentence = index;
    }
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
        // The lines of a list after a colon: "1) A;", "- B;", "C." (no verb in between).
        if (list_line(s) && std::any_of(ctx.pending.begin(), ctx.pending.end(), [](const PendingFrame& p) { return p.colon; }))
            return true;
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
    std::erase_if(ctx.pending, [&](const PendingFrame& p) {
        // A colon's list ends at the first sentence with a verb.
        return index - p.sentence > k_pending_sentences || (p.colon && p.sentence < index && !list_line(s));
    });
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
            // A colon's list goes on over its lines; other frames take one list.
            std::erase_if(ctx.pending, [](const PendingFrame& p) { return !p.colon; });
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
