#pragma once
/// \file
/// English clause constructions the claim frames read on top of a verb hit: the aspect and mood of
/// the verb (an ongoing "were liberating", an imperative "Take X", a gerund "after seizing X"), its
/// object (casualties after "lost"), its voice ("X is encircled"), a rebuttal after it ("the report
/// of X's capture is a fake"), plural anaphors ("the two villages") and reference places.
/// Private to the extract module; frames.cpp applies them.

#include "analysis.hpp"

#include <optional>

namespace claimtrack::extract {

/// "were liberating X", "kept on capturing X": a gain still in progress, an advance at most.
bool ongoing_gain(const Sentence& s, const VerbHit& v);

/// "Take X, then move on Y": a base-form verb opening the sentence or its quotation is an order.
bool imperative_verb(const Sentence& s, const VerbHit& v);

/// "after seizing X", "since capturing X": a gerund after a time preposition reports a done change.
bool gerund_clause(const Sentence& s, const VerbHit& v);

/// The main clause's subject for a gerund clause ("After seizing X, Russian units turned north").
std::optional<ActorHit> gerund_subject(const Sentence& s, const VerbHit& v);

/// "lost two tanks and 40 men near X": personnel or equipment after "lost", no loss of a place.
bool casualty_object(const Sentence& s, const VerbHit& v);

/// "Ukrainian troops in X are encircled", "X was surrounded": a passive encirclement with no "by"
/// agent. Its subject is the encircled side; the encircler is the other one.
bool passive_encirclement(const Sentence& s, const VerbHit& v);

/// "the encirclement of Ukrainian troops near X": a nominal whose "of" phrase names the encircled side.
bool encirclement_nominal(const Sentence& s, const VerbHit& v);

/// "encirclement of X", "breaking through near X", "fled X": a verb that states a change of the front
/// only with a side's actor named for it ("civilians fled the fighting" is none).
bool lacks_actor(const Sentence& s, const VerbHit& v, const std::optional<ActorHit>& agent);

/// "the report of X's capture is a fake", "claims that Russia took X are false": a rebutting
/// contest verb ("rebut" in claim_verbs.tsv) after the verb, in the same clause.
/// Null when none.
const VerbHit* rebutting_verb(const Sentence& s, const VerbHit& v);

/// "the two villages have also fallen", "both towns": a plural anaphor in the verb's clause that
/// names no place of its own.
bool plural_anaphor(const Sentence& s, const VerbHit& v);

/// The last word of the anaphor in the verb's clause ("village" of "the village", "города"), empty when none.
std::string_view anaphor_noun(const Sentence& s, const VerbHit& v);

/// True when `p` fits the anaphor noun `noun`: a city noun a city (large or a seat), a village noun a
/// village; other nouns ("town", "селище", "населённый пункт") any settlement.
bool fits_anaphor(const core::Place& p, std::string_view noun);

/// "the village", "the city": the place the anaphor in the verb's clause refers to among `topics`
/// (the places of the last claims, latest last): the latest whose size fits the noun, else null.
const MentionRef* topic_antecedent(const Sentence& s, const VerbHit& v, const std::vector<const MentionRef*>& topics);

/// "Vodiane lies east of Polohy, which Russian forces took": `m` is the antecedent of the relative
/// clause holding `v`, the place that clause is about (not a bearing of the main clause's place).
bool relative_antecedent_of(const Sentence& s, const VerbHit& v, const MentionRef& m);

/// "on one of the main roads to Y", "the highway from Y": Y names where a road leads, a landmark
/// of another place of the same verb.
bool road_landmark(const Sentence& s, const MentionRef& m);

/// "A, also located south of the city of Y": Y, after a bearing phrase whose head is another place of
/// the same verb (with a few words between), only locates that place.
bool located_by_bearing(const Sentence& s, const MentionRef& m, const std::vector<const MentionRef*>& places);

/// "X was cleared of Russians": a side named right after an expelling verb's "of"/"from" is the side
/// driven out, not the actor.
const ActorHit* expelled_side(const Sentence& s, const VerbHit& v);

/// "made no gains near X": a negation inside the verb phrase; an attack that gained nothing.
bool gained_nothing(const Sentence& s, const VerbHit& v);

/// "Mariupol's Azovstal steel plant": the mention owns a named facility, the verb's real object.
bool possessive_facility(const Sentence& s, const MentionRef& m);

/// "confirming reports that it had been taken", "it fell on Friday": "it" as the subject of a passive
/// change (or "fell") stands for a place.
bool place_pronoun_subject(const Sentence& s, const VerbHit& v);

/// "They are A, B and C", "These are A and B": a sentence opening with a pronoun and a copula
/// names the places of a frame of an earlier sentence.
bool cataphoric_list(const Sentence& s);

/// "been", "were", "was": the auxiliary of an English passive ("had been beaten back").
bool passive_auxiliary(std::string_view w);

} // namespace claimtrack::extract
