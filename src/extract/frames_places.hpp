#pragma once
/// \file
/// Which places a claim verb governs: the clause around the verb, its object and subject, and the
/// places a frame must leave alone because they only locate another (offset anchors, "X near Y",
/// apposition bearings, facility names), relative clauses, anaphors and lists introduced by a count
/// noun. Private to the extract module; frames.cpp applies them.

#include "analysis.hpp"

#include <optional>
#include <utility>
#include <vector>

namespace claimtrack::extract {

/// Token ranges [first, last) of a sentence.
using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;

/// Settlements and regions carry claims; other kinds (countries, facilities) do not.
bool usable_kind(core::PlaceKind k);

/// A clause break at token `k`, unless it is the relative pronoun of a list opener ("among which").
bool clause_break_at(const Sentence& s, std::size_t k);

/// Token index where the clause containing `from` ends (exclusive), searching forwards.
std::size_t clause_end(const Sentence& s, std::size_t from);

/// Token index where the clause containing `pos` begins, searching backwards.
std::size_t clause_begin(const Sentence& s, std::size_t pos);

/// True when the token is Cyrillic.
bool cyrillic(const Token& t);

/// True when token `k` lies inside one of the sentence's verb phrases.
bool inside_verb(const Sentence& s, std::size_t k);

/// True when a mention starts in tokens [a, b).
bool mention_between(const Sentence& s, std::size_t a, std::size_t b);

/// "на північний захід від X у районі Y": X is the reference point of a place named after it.
bool anchor_only(const Sentence& s, const MentionRef& m);

/// True when the mention names only the surroundings or a part of the place.
bool partial_reference(const Sentence& s, const MentionRef& m);

/// "Avdiivka City Park", "Kherson Street": the mention starts a facility name.
bool part_of_longer_name(const Sentence& s, const MentionRef& m);

/// The mention is the anchor of a distance offset ("12 km from X").
bool is_offset_anchor(const Sentence& s, const MentionRef& m);

/// True when [a, b) lies inside one of the ranges.
bool in_ranges(const Ranges& r, std::size_t a, std::size_t b);

/// Relative clauses about a place, from the relative word to the next clause break or comma.
Ranges relative_clauses(const Sentence& s);

/// The relative clauses that do not hold the verb at `pos`.
Ranges hidden_for(const Ranges& rel, std::size_t pos);

/// A settlement named only as a bearing or a destination ("towards X", "west of X").
bool bearing_only(const Sentence& s, const MentionRef& m);

/// "X, a small town west of Y": Y only locates X.
bool apposition_anchor(const Sentence& s, const MentionRef& m);

/// "advanced west of Y towards X", «продвинулись западнее Y в направлении X»: Y, the bearing a movement
/// starts from, only locates its destination X, another of `places`.
bool bearing_before_destination(const Sentence& s, const MentionRef& m, const std::vector<const MentionRef*>& places);

/// "advanced 250 metres north of X", «продвинулись на 2 км южнее X»: the distance right after an advance verb
/// is the advance's extent, and X (an offset's anchor) the place it was made at.
bool advance_extent(const Sentence& s, const VerbHit& v, const MentionRef& m);

/// A count noun before the verb in its sentence, or as its object.
bool counts_places(const Sentence& s, const VerbHit& v);

/// "liberated X near Y": Y only locates X, another of `places`.
bool locates_another(const Sentence& s, const MentionRef& m, const std::vector<const MentionRef*>& places);

/// The settlement right before the relative pronoun that opens the clause at `clause_begin`.
const MentionRef* relative_antecedent(const Sentence& s, std::size_t clause_begin);

/// "captured the town": an anaphor after the verb, in its clause, not followed by a name.
bool anaphor_object(const Sentence& s, const VerbHit& v);

/// The head of an event-log or chronicle entry, a paragraph opening "X, Donetsk Oblast — ...",
/// "11 листопада, Херсон — ...": names, commas, a date and region words before a dash, no verb.
/// Nothing when the sentence opens no entry; else the head's settlement (or region) mention,
/// nullptr when its name resolved to no place.
std::optional<const MentionRef*> entry_head(const Sentence& s);

/// The tokens of a numbered list's marker opening a sentence ("2.", "3)"): 2, else 0.
std::size_t list_marker(Tokens t);

/// "X, Donetsk Oblast — retaken by marines on Monday", "Y — звільнене 9 вересня": verb `v` opens the
/// predicate after an entry head's dash (a word or two of manner may stand before it), so the head is its
/// subject. `head_sentence`: the head is in this sentence (else the sentence before ended at its dash).
bool entry_predicate(const Sentence& s, const VerbHit& v, bool head_sentence);

/// "captured the village south of Y", "о взятии села к югу от Y": the place that only locates an
/// anaphor of the verb's clause, or nullptr.
const MentionRef* anaphor_locator(const Sentence& s, const VerbHit& v);

/// "outskirts", "part", "центр", "околиця": a noun for a part of a place (English words, Slavic stems).
bool part_noun(std::string_view w);

/// "the northern part of X", "восточную часть X": the mention is named as the owner of a part.
bool part_of_place(const Sentence& s, const MentionRef& m);

/// "Гончаровка была освобождена 11 марта, а 10 марта — Малая Локня", "…, а Y — 10 березня": the places of
/// verbless clauses after verb `v` (before `next_verb`) that repeat its frame with another time.
std::vector<const MentionRef*> gapped_conjuncts(const Sentence& s, const VerbHit& v, std::size_t next_verb);

/// "raised a flag in X, a village that merges with Y from the west", "entered X, the junction that supplied the
/// troops around Y": `m` is named inside a relative clause of a phrase that describes another place of verb `v`
/// (one of `places`, right before the phrase's comma), so it only describes that place.
bool in_description(const Sentence& s, const MentionRef& m, const std::vector<const MentionRef*>& places,
                    const VerbHit& v);

/// "удерживают позиции у X", "hold positions near X": a positions noun between verb `v` and the mention.
bool positions_before(const Sentence& s, const VerbHit& v, const MentionRef& m);

/// "only to lose them again", "потеряли его снова", "віддали їх": a personal pronoun as the verb's object,
/// then nothing but punctuation, a time or a particle ("again", "back").
bool pronoun_object(const Sentence& s, const VerbHit& v);
/// "о его освобождении", "про його захоплення", "its capture", "войска его заняли": a possessive (or, in Russian and
/// Ukrainian, an object) pronoun right before the verb names a place named before.
bool possessive_object(const Sentence& s, const VerbHit& v);

/// "gained a foothold on the northern outskirts", "закрепились в северной части.": a part of a place
/// in the verb's clause whose place is not named after it.
bool part_without_owner(const Sentence& s, const VerbHit& v);

/// "Kyiv denied the town had fallen": an anaphor just before the verb, not followed by a name.
bool anaphor_subject(const Sentence& s, const VerbHit& v);

/// The last settlement named before token `pos` of this sentence, else in an earlier one.
const MentionRef* last_settlement_before(const Sentence& s, std::size_t pos, const DocContext& ctx);

/// Sets `out` to the mentions verb `v` governs (the next verb starts at `next_verb`).
void governed(const Sentence& s, const VerbHit& v, std::size_t next_verb, std::vector<const MentionRef*>& out);

/// "в освобождённой X … вывозят в Y", "у звільненому X … везуть із Y", "in liberated X, aid arrives from Y": a
/// participle used as the attribute of the place right after it (a Russian or Ukrainian long form after a word that
/// is no auxiliary, an English one after a preposition or article) describes that place only. The mention, or null.
const MentionRef* attributive_participle(const Sentence& s, const VerbHit& v);

/// Token after a count noun ("four border villages") that is the verb's object, or 0.
std::size_t count_noun_object(const Sentence& s, const VerbHit& v);

/// True when the mention at token `pos` belongs to a list introduced after the count noun.
bool introduced_list(const Sentence& s, std::size_t noun_end, std::size_t pos);

/// "Those are the sectors where ...": the sentence refers back to a list.
bool starts_with_anaphor(const Sentence& s);

/// "In X, ...": the sentence's scene, for verbs that name no place.
const MentionRef* scene(const Sentence& s);

/// Region that qualifies a settlement: "X, Kherson Oblast" or "X in Zaporizhzhia Oblast".
const core::Place* qualifying_region(const Sentence& s, const MentionRef& m);

} // namespace claimtrack::extract
