#include "frames_agent.hpp"

#include "frames_en.hpp"
#include "frames_places.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

namespace claimtrack::extract {

using core::Side;

Side country_side(const std::string& cc) { return cc == "UA" ? Side::UA : cc == "RU" ? Side::RU : Side::None; }

Side opposite(Side s) { return s == Side::UA ? Side::RU : s == Side::RU ? Side::UA : Side::None; }

/// A single-word nationality adjective ("Ukrainian", "Russian") names no agent by itself.
bool adjective_actor(const Sentence& s, const ActorHit& a) {
    return a.role == ActorRole::Gov && a.last - a.first == 1 && s.tokens[a.first].norm.ends_with("ian");
}

/// The acting side's phrase for the verb `v`.
/// A genitive or other oblique actor ("позиции противника") is not the subject of a verb.
bool can_be_agent(const ActorHit& a) {
    return a.grammatical_case != ActorCase::Genitive && a.grammatical_case != ActorCase::Oblique;
}

bool cyrillic(const Token& t) { return !t.norm.empty() && static_cast<unsigned char>(t.norm[0]) >= 0xD0; }

namespace {

/// The first token at or after `k` that is no quotation or hashtag mark: marks that wrap or tag a word
/// ("was \"fully occupied\" by", "Ukraine's #Kupiansk") are no part of the clause's grammar.
std::size_t past_marks(Tokens t, std::size_t k) {
    constexpr std::string_view marks[] = {"\"", "'", "#", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb"};
    while (k < t.size() && std::find(std::begin(marks), std::end(marks), t[k].norm) != std::end(marks)) ++k;
    return k;
}

} // namespace

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
    if (const std::size_t by = past_marks(t, v.last); by < t.size() && (t[by].norm == "by" || t[by].norm == "to")) {
        for (const ActorHit& a : s.actors)
            if (a.first > by && a.first <= by + 3 && !adjective_actor(s, a)) return a;
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
        if (a.last + 1 < t.size() && t[a.last].norm == "'s") {
            const std::size_t next = past_marks(t, a.last + 1);
            if (mention_between(s, next, next + 1)) continue;
        }
        // The same with the possessive inside the actor phrase ("ukraine 's"): "into Ukraine's Sumy region".
        if (a.last > a.first && a.last < t.size() && t[a.last - 1].norm == "'s") {
            const std::size_t next = past_marks(t, a.last);
            if (mention_between(s, next, next + 1)) continue;
        }
        best = a;
    }
    if (!best && cyrillic(t[v.first])) return agent_after(s, v);
    // "военкоры сообщают, что в город вошли украинские подразделения": a reporting verb's subject stands before
    // the verb, the reported clause's own subject after it (Russian and Ukrainian word order); the latter acts.
    // (Without a subject after the verb, the speaker's side stays the agent's.)
    if (best && cyrillic(t[v.first]) && std::any_of(s.reports.begin(), s.reports.end(), [&](const ReportHit& r) {
            return r.first >= best->last && r.first <= best->last + 1 && r.last <= v.first;
        }))
        if (auto after = agent_after(s, v)) return after;
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

/// Side acting in the frame when no agent phrase is found.
Side fallback_side(VerbClass cls, VerbHint hint, const core::Place& place, const std::optional<Attribution>& who,
                   const DocContext& ctx, bool control) {
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
        // "Кроме того, взяты под контроль сёла A и B, уточнили в Минобороны РФ" about villages of Russia's own
        // Kursk region: a party that names no taker of control reports its own gain, and of its own
        // country's ground that is a recapture. (A bare "it had been taken" confirmed by the side that
        // held it is the other side's capture; the outlet's own narration is no party's report.)
        const bool named_party = control && who && !who->assessor && who->name != ctx.source && hint == VerbHint::None;
        if (named_party && speaker != Side::None && speaker == owner) return speaker;
        // "X fell", "X was taken": the taker is the side that did not hold it.
        if (owner != Side::None) return opposite(owner);
    }
    if (speaker != Side::None) return speaker;
    // "украинские формирования покидают X. Бои идут на подступах к Y": after a withdrawal, the side
    // that gains or advances is the one that did not withdraw.
    if (ctx.last_actor_withdrew && (cls == VerbClass::Gain || cls == VerbClass::Advance))
        return opposite(ctx.last_actor_side);
    // "The garrison of X got the order to fall back", no side named anywhere yet: the side that
    // leaves a place is the one that held it, its own country's.
    if (ctx.last_actor_side == Side::None && cls == VerbClass::Loss) return owner;
    return ctx.last_actor_side;
}

Side flag_nation(const Sentence& s, const VerbHit& v) {
    static constexpr std::array<std::string_view, 8> flags{"flag", "flags", "banner", "флаг", "знамя", "стяг", "прапор", "стяги"};
    const auto& t = s.tokens;
    for (std::size_t k = v.first > 3 ? v.first - 3 : 0; k + 1 < v.last && k + 1 < t.size(); ++k) {
        if (std::find(flags.begin(), flags.end(), t[k + 1].norm) == flags.end()) continue;
        const std::string_view w = t[k].norm;
        if (w.starts_with("ukrainian") || w.starts_with("україн") || w.starts_with("украин")) return Side::UA;
        if (w.starts_with("russian") || w.starts_with("російськ") || w.starts_with("российск")) return Side::RU;
    }
    return Side::None;
}

} // namespace claimtrack::extract
