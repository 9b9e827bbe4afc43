#pragma once
/// \file
/// The side that acts in a claim frame: the verb's agent phrase (before it, inverted after it in
/// Russian and Ukrainian, a passive "by" agent, the gap of an expelling verb), pronouns resolved to
/// a named side ("its units" after "Moscow said"), and the fallback when no agent is named (the
/// speaker, the place's owner, the document's last actor). Private to the extract module.

#include "analysis.hpp"
#include "lexicon.hpp"

#include <optional>

namespace claimtrack::extract {

/// The side of an ISO country code ("UA", "RU"), else None.
core::Side country_side(const std::string& cc);

/// The other side; None stays None.
core::Side opposite(core::Side s);

/// A single-word nationality adjective ("Ukrainian", "Russian") names no agent by itself.
bool adjective_actor(const Sentence& s, const ActorHit& a);

/// A genitive or other oblique actor ("позиции противника") is not the subject of a verb.
bool can_be_agent(const ActorHit& a);

/// The acting side's phrase for the verb `v`, if any.
std::optional<ActorHit> agent_of(const Lexicon& lex, const Sentence& s, const VerbHit& v);

/// Side of an agent; "its units" after "Moscow said" is Moscow's.
core::Side resolve_agent(const Sentence& s, const ActorHit& agent, const std::optional<Attribution>& who,
                         const DocContext& ctx);

/// Side acting in the frame when no agent phrase is found. `control`: the verb is a taking of
/// control (VerbShape::control).
core::Side fallback_side(VerbClass cls, VerbHint hint, const core::Place& place,
                         const std::optional<Attribution>& who, const DocContext& ctx, bool control = false);

/// "підняли український прапор над X", "the Russian flag was raised over X": the nation of a flag named in
/// the verb's phrase or as the subject right before it; None when no flag with a nation is named.
core::Side flag_nation(const Sentence& s, const VerbHit& v);

} // namespace claimtrack::extract
