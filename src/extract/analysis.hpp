#pragma once
/// \file
/// One sentence, tokenized, with every lexicon hit and the mentions inside it,
/// and the document-level context that carries from sentence to sentence
/// (the last named speaker, the side last acting, a frame awaiting its places).
/// Private to the extract module.

#include "dates.hpp"
#include "figures.hpp"
#include "lexicon.hpp"

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace claimtrack::extract {

struct VerbHit {
    std::size_t first = 0, last = 0;
    const VerbEntry* entry = nullptr;
};
struct ActorHit {
    std::size_t first = 0, last = 0;
    ActorSide side = ActorSide::UA;
    ActorRole role = ActorRole::Force;
    ActorCase grammatical_case = ActorCase::Any;
};
struct ReportHit {
    std::size_t first = 0, last = 0;
    ReportKind kind = ReportKind::Say;
};
struct AssessorHit {
    std::size_t first = 0, last = 0;
    const std::string* name = nullptr;
};

/// Who states a sentence's content.
struct Attribution {
    std::string name;         ///< "Nataliya Humenyuk", "Russia's defence ministry", "ISW"
    core::Side side = core::Side::None;
    bool assessor = false;
    bool pronoun = false;     ///< resolved from she/he/they
    std::size_t report_first = 0, report_last = 0; ///< the reporting verb's tokens
    ReportKind kind = ReportKind::Say;
};

/// The hits of a document's sentences, back to back in text order. Each sentence views its part:
/// a vector per sentence and kind cost more to allocate and free than to fill.
struct SentenceHits {
    std::vector<MentionRef> mentions;
    std::vector<core::Span> not_places;
    std::vector<VerbHit> verbs;
    std::vector<ActorHit> actors;
    std::vector<ReportHit> reports;
    std::vector<AssessorHit> assessors;
    std::vector<PhraseHit> hedges;
    std::vector<PhraseHit> background_hits;
};

/// A sentence with everything the frame rules read.
struct Sentence {
    core::Span span;
    Tokens tokens; ///< in the document's token buffer; norms view its lower-cased copy
    std::span<const CueMark> cues; ///< the cue phrase starting at each token (Lexicon::mark_cues)
    // Views of the document's SentenceHits (see analyse_sentence and view_hits).
    std::span<const MentionRef> mentions;
    std::span<const core::Span> not_places; ///< settlement mentions that name a region ("Донецкой области")
    std::span<const VerbHit> verbs;
    std::span<const ActorHit> actors;
    std::span<const ReportHit> reports;
    std::span<const AssessorHit> assessors;
    std::span<const PhraseHit> hedges;
    std::vector<TimeExpr> times;
    SentenceFigures figures;
    bool background_cue = false;
    std::span<const PhraseHit> background_hits; ///< where the background cues are
    bool quote_open_at_end = false; ///< an opening quote is left unclosed
    bool starts_in_quote = false;
    std::optional<Attribution> attribution;

    /// True when the longest cue phrase starting at token `pos` is of class `c`; `end` gets its end.
    bool cue_at(std::size_t pos, Cue c, std::size_t* end = nullptr) const {
        if (pos >= cues.size() || !cues[pos].has(c)) return false;
        if (end) *end = cues[pos].end;
        return true;
    }
};

/// A claim frame whose places are named in a later sentence
/// ("captured four villages ... the villages are A, B and C").
struct PendingFrame {
    VerbClass cls = VerbClass::Gain;
    VerbHint hint = VerbHint::None;
    std::string verb;
    core::Side side = core::Side::None;
    std::optional<Attribution> attribution;
    std::size_t sentence = 0;
    double confidence = 0;
    bool colon = false; ///< the frame's sentence ends in a colon: the lines after it list its places
};

/// What carries over between the sentences of one document.
struct DocContext {
    std::optional<core::Date> published;
    std::string language;                 ///< "en", "uk", "ru" or empty
    const MentionRef* last_settlement = nullptr; ///< the last settlement named, for "the town"
    /// The settlements named in the last few sentences, latest last, for "the village" when the last one
    /// named is a city ("the noun fits": see fits_anaphor), with the sentence that named each.
    std::vector<std::pair<const MentionRef*, std::size_t>> named_settlements;
    std::string source;
    bool source_is_assessor = false;
    std::optional<Attribution> last_speaker;
    std::size_t last_speaker_sentence = 0;
    std::optional<TimeExpr> last_period;  ///< "in the last two weeks" said by last_speaker
    /// The speakers named so far (not by a pronoun), latest last: "the ministry" refers to the last
    /// of them whose name holds that noun, not to whoever spoke last.
    std::vector<Attribution> speakers;
    /// Governments' voices named in any role so far, latest last ("a statement by Russia's Defence
    /// Ministry"): "the ministry" of a later sentence may be one that was named but did not speak.
    std::vector<Attribution> named_bodies;
    /// Surname (ASCII lower-cased) -> side, in the order first named. A document names few
    /// speakers: a short vector searched from the front costs less than a map's nodes.
    std::vector<std::pair<std::string, core::Side>> speaker_sides;
    core::Side last_actor_side = core::Side::None;
    bool last_actor_withdrew = false; ///< last_actor_side was the subject of a withdrawal
    /// The side the text speaks for lately, for an agentless "X был освобождён": the last named
    /// speaker's, or a heading's ("Сводка Минобороны России"). None when that lies more than a few
    /// sentences back (see note_voice).
    core::Side voice = core::Side::None;
    std::size_t voice_sentence = 0;
    /// The side whose words the text's own narration used lately ("оккупанты атаковали позиции наших
    /// защитников": Ukraine's), for "противник" and "наши" with no named speaker; None when the words of
    /// both sides were used, or they lie more than a few sentences back (see note_stance).
    core::Side stance = core::Side::None;
    std::size_t stance_sentence = 0;
    bool background_section = false;
    /// Frames waiting for their places, oldest first ("captured four villages", "fighting goes on
    /// in the border settlements"): "the villages in question are A, B" gives them to all.
    std::vector<PendingFrame> pending;
    std::vector<const MentionRef*> orphans; ///< settlements named in a sentence without a claim verb
    std::size_t orphan_sentence = 0;
    /// The settlements of the last sentence that named two or more (any verbs), for "the two hamlets".
    std::vector<const MentionRef*> recent_settlements;
    std::size_t recent_sentence = 0;
    /// The claims of the last sentence that made any, for "denied the report": [begin, end) of the
    /// document's claims (see sentence_claims), and the sentence.
    std::size_t last_claims_begin = 0, last_claims_end = 0;
    std::size_t last_claims_sentence = 0;
    /// The mentions the last sentence with claims made them on, for "the two villages".
    std::vector<const MentionRef*> last_claim_places;
    /// The head of the event-log or chronicle entry being read ("X, Donetsk Oblast — the village
    /// was ..."): while `entry_open`, the paragraph's anaphors name `entry_head`, never a place of an
    /// entry before it; null when the head's name resolved to no place (see entry_head()).
    bool entry_open = false;
    const MentionRef* entry_head = nullptr;
    std::size_t entry_sentence = 0;
    bool entry_after_head = false; ///< the head's sentence ended at its dash: entry_sentence is the next one
};

/// Annotates the sentence at `span` of `text`: `tokens` are its labelled tokens and `cues` their
/// cue marks, both in buffers of the document that must outlive the sentence.
/// `mentions` are all document mentions sorted by start. The sentence's hits are appended to
/// `hits`, which its views see only until more are appended: once all sentences of the document
/// are analysed, in text order, view_hits() points them at their final place.
Sentence analyse_sentence(const Lexicon& lex, std::string_view text, core::Span span, Tokens tokens,
                          std::span<const CueMark> cues, const std::vector<core::Mention>& mentions,
                          const std::optional<core::Date>& published, SentenceHits& hits);

/// Points the hit views of `sentences`, analysed in this order into `hits`, at their part of it.
void view_hits(std::vector<Sentence>& sentences, const SentenceHits& hits);

/// Finds who says the sentence's content (reporting verb, "according to",
/// pronouns, assessors), updating the context's speaker memory.
/// With `near`, the reporting verb closest before token `near` is preferred
/// ("X said ..., while Moscow said its units took Y": Y is Moscow's claim).
std::optional<Attribution> find_attribution(std::string_view text, const Sentence& s,
                                            DocContext& ctx, std::size_t near = static_cast<std::size_t>(-1));

/// Updates the context's voice after sentence `index` (`who` its claimant): a speaker with a side,
/// or a verbless heading naming a ministry or army, sets it; it fades after a few sentences.
void note_voice(const Sentence& s, std::size_t index, const std::optional<Attribution>& who, DocContext& ctx);

/// Records the sentence's government actors of a side (ctx.named_bodies) for "the ministry" later.
void note_bodies(std::string_view text, const Sentence& s, DocContext& ctx);

/// Updates the context's stance before sentence `index` is read (`who` its claimant): a sentence with no
/// named speaker of a side that uses one side's words only (cue classes voice_ua / voice_ru) sets it.
void note_stance(const Sentence& s, std::size_t index, const std::optional<Attribution>& who, DocContext& ctx);

/// Side an actor hit stands for, given the sentence's speaker.
core::Side actor_side(const ActorHit& a, const std::optional<Attribution>& speaker, const DocContext& ctx);

} // namespace claimtrack::extract

namespace claimtrack::extract {
/// Marks which sentences start inside a quotation.
void track_quotes(std::string_view text, std::vector<Sentence>& sentences);
} // namespace claimtrack::extract
