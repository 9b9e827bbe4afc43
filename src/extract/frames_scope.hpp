#pragma once
/// \file
/// The scope a claim verb stands in: mood (an intent, an order, an attempt: no change), negation,
/// a denial over it or after it, and partial control ("не полностью захватили"). Private to the
/// extract module; frames.cpp applies them.

#include "analysis.hpp"
#include "lexicon.hpp"

namespace claimtrack::extract {

/// A verb that does not report a change: "plans to take", "to capture", "focused on capturing".
bool irrealis(const Lexicon& lex, const Sentence& s, const VerbHit& v);

/// A negation before the verb, or a negation scope over its clause ("no evidence that ...").
bool negated(const Sentence& s, const VerbHit& v);

/// "О выходе из X прямо не говорится": the verbal noun is the topic ("о/об/про" before it) of a negated verb
/// of saying later in its clause, so the change is not stated at all (recorded negated, contested by no one).
bool unstated_topic(const Sentence& s, const VerbHit& v);

/// The denial whose complement holds the verb ("denied that Russian forces had captured X"), or null.
const ReportHit* denial_over(const Sentence& s, const VerbHit& v);

/// "сообщения о том, что ... <v>", "повідомлення про те, що ... <v>", "reports that ... <v>": the verb
/// stands in the content clause of a report noun, which a comma may close before the report's predicate.
bool in_report_clause(const Sentence& s, const VerbHit& v);

/// A denial after the claim it rejects ("reports of the capture of X are not true").
bool denied_after(const Sentence& s, const VerbHit& v);

/// "X has been under Russian control since 2022", "X остаётся под контролем ... с мая", "окупований з
/// 2014 року": a state that began long before the report (over a month before `published`, or since the
/// war, invasion or annexation), said in the verb's comma-free stretch of its clause; no change of the front.
bool long_standing(const Lexicon& lex, const Sentence& s, const VerbHit& v, const std::optional<core::Date>& published);

/// "не полностью захватили", "частково звільнили": partial control, an advance.
bool partial_verb(const Sentence& s, const VerbHit& v);

} // namespace claimtrack::extract
