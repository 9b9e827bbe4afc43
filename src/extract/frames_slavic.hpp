#pragma once
/// \file
/// Claim-frame constructions that Russian and Ukrainian word order needs: a place subject before a
/// passive ("Каменка была освобождена 5 мая, Луговое — 7 мая"), a counted object whose places a later
/// sentence lists ("заняли три села. Это A, B и C"). Private to the extract module; used by frames.cpp.

#include "analysis.hpp"
#include "lexicon.hpp"

namespace claimtrack::extract {

/// The settlement that opens the clause of verb `v` as its subject ("Каменка была освобождена",
/// "Село Нескучне звільнили"): only settlement nouns before it in the clause and only past
/// auxiliaries between it and the verb. Null for Latin-script text, where subjects are read as before.
const MentionRef* place_subject(const Sentence& s, const VerbHit& v, std::size_t clause_begin);

/// True when the sentence starts by naming places of an earlier frame: "Это A, B и C", "Це A та B",
/// "Речь идет о A и B".
bool opens_list(const Sentence& s);

/// Token after a counted settlement noun right after verb `v` ("заняли три села", "звільнили два
/// населені пункти"), or 0: the verb's object is unnamed here.
std::size_t counted_object(const Lexicon& lex, const Sentence& s, const VerbHit& v);

/// A denial in a clause of its own after the sentence's last claim verb that names no place of its
/// own: "..., однак у ЗСУ це спростували", "..., но в ВСУ это опровергли". Null when none.
const ReportHit* denial_in_later_clause(const Sentence& s);

/// A word opening a reported clause: "that", "що", "что", "нібито", "будто".
bool complementiser(std::string_view w);

} // namespace claimtrack::extract
