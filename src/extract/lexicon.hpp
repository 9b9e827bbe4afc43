#pragma once
/// \file
/// The extractor's word lists, loaded from tab-separated files under
/// geodata/lexicon/ so that they can be extended without touching C++.
/// Private to the extract module.

#include "tokens.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace claimtrack::extract {

/// Coarse class of a claim verb.
enum class VerbClass { Gain, Loss, Advance, Contest, Repel };
/// Which side a gain verb implies when no actor is named. Rebut: a contest verb that calls a claim
/// false ("denied", "a fake"), which denies a change reported just before it. Hold: the holder's
/// side acts — on a gain verb a state of control ("удерживают X", "контролюють X": the holder's gain
/// of another country's place, a contest of its own), on a contest verb the holder contests
/// ("still holding X", "X had held out"), not the reporter.
enum class VerbHint { None, Take, Regain, Rebut, Hold, Fight };

/// What the frame rules read from a verb phrase's wording. Worked out once per phrase (verb_shape)
/// rather than searched for in its text at every hit of the verb.
struct VerbShape {
    bool expel = false;      ///< a gap before a source preposition: "pushed * out of", "выбили * из"
    bool adjectival = false; ///< a hyphenated adjective ("recently - liberated"): the verb has no agent
    bool of_object = false;  ///< ends with "of": the share is of the place right after it ("most of")
    /// Taking control ("taken under control", "взяты под контроль", "взято під контроль"): the
    /// wording a party uses of its own gains.
    bool control = false;
};

/// The shape of the verb phrase `phrase`, as written in claim_verbs.tsv.
VerbShape verb_shape(std::string_view phrase);

struct VerbEntry {
    std::string phrase;
    VerbClass cls = VerbClass::Gain;
    VerbHint hint = VerbHint::None;
    VerbShape shape; ///< verb_shape(phrase)
};

/// How an actor phrase names its side.
enum class ActorSide { UA, RU, Enemy, Own, Pronoun };
enum class ActorRole { Force, Gov, Both };

/// Grammatical case of an inflected actor phrase: a genitive ("позиции
/// противника") names the possessor, never the agent of a verb outside it.
enum class ActorCase { Any, Nominative, Instrumental, Genitive, Oblique };

struct ActorEntry {
    std::string phrase;
    ActorSide side = ActorSide::UA;
    ActorRole role = ActorRole::Force;
    ActorCase grammatical_case = ActorCase::Any;
};

/// Word classes of the frame rules (cue_words.tsv).
enum class Cue : std::uint32_t {
    ClauseBreak,  ///< starts a new clause: "but", "while", "который"
    Near,         ///< the place is only approached: "near", "в районе", "біля"
    Direction,    ///< "north", "северо-западнее"
    AfterPartial, ///< after a place name, only part of it: "outskirts", "direction"
    Negation,     ///< "not", "не", "failed"
    Partial,      ///< "не полностью": partial control, an advance
    Irrealis,     ///< "plan", "attempt", "пытаются"
    RealTo,       ///< "managed (to)", "started (to)"
    Progressive,  ///< "is (capturing)"
    CountNoun,    ///< "villages": a list introduced after it names the places ("including")
    ListNoun,     ///< "населённые пункты": names may follow directly
    Anaphor,      ///< "the town", "населённый пункт": the last settlement named
    Relative,     ///< "which", "который": a relative clause about the place before it
    Coordination, ///< "and", "и", "та": a second verb sharing the first one's agent
    RegionWord,   ///< after a town's adjective, a region or axis: "области", "направлении"
    Anchor,       ///< "на северо-запад от X": X is a reference point when another place follows
    NegationScope,   ///< "no evidence (that)": negates a claim verb anywhere later in its clause
    RelativeThat,    ///< "that" right after a place name opens a relative clause about it
    SpeakerAnaphor,  ///< "the ministry", "ведомства": a claimant named before
    RoleNoun,        ///< "spokeswoman", "речник": a person speaking for an organisation
    Possessive,      ///< "its", "his": a possessive pronoun ("its spokesman")
    Locator,         ///< "near", "біля", "под": after another place, the place after it only locates it
    SettlementNoun,  ///< "village", "селище", "посёлок": the kind of place a name follows
    ListOpener,      ///< "это", "це", "речь идет о": a sentence naming the places of a claim before it
    Auxiliary,       ///< "была", "було": a past auxiliary between a subject and its participle
    ListIntro,       ///< "including", "в том числе", "зокрема": after a count noun, its members are named
    SituationKind,   ///< "humanitarian", "гуманитарная": before "situation", a state that is not the front's
    Civilian,        ///< "residents", "жители", "мешканці": a subject that is no side's force
    ReportNoun,      ///< "reports", "сообщения", "заяви": a statement whose content may be denied
    VoiceUA,         ///< "оккупанты", "Силы обороны": words only a Ukrainian voice uses of the war's sides
    VoiceRU,         ///< "киевский режим", "неонацисты": words only a Russian voice uses
    Count_        ///< number of classes
};
/// A cue phrase's classes: a bit set of 64 bits, `cue_bit(c)` for class `c`; "none" takes the bit of Count_.
using CueSet = std::uint64_t;
static_assert(static_cast<std::uint32_t>(Cue::Count_) < 64, "cue classes must fit a 64-bit set, with 'none'");
constexpr CueSet cue_bit(Cue c) { return CueSet{1} << static_cast<std::uint32_t>(c); }

/// Word classes of the figure reader (figure_words.tsv): the words around a number that make it a range, a
/// distance from a place, a rate or a restated figure. A phrase's payload is the bit set of its classes.
enum class FigureWord : std::uint32_t {
    Direction,     ///< "north", "southeastern": a compass word of an offset ("10 km north of X")
    DirectionOf,   ///< "of" after a compass word
    Square,        ///< "square", "кв", "квадратних": a length unit after it is an area
    RangeOpen,     ///< "from", "between", "от", "від": opens a range
    RangeTo,       ///< "to": joins the two ends of a range
    RangeAnd,      ///< "and", "до": joins the two ends of a range opened by a RangeOpen word
    CompoundAnd,   ///< "and" inside a compound number word ("two hundred and fifty")
    QualifierPrep, ///< "by", "на": a preposition between a qualifier and its number ("by nearly 40")
    Offset,        ///< "from", "outside", "away (from)": a distance from the place after it
    SlavicFrom,    ///< "от", "від", "од": the source preposition of a Russian or Ukrainian distance
    SlavicBearing, ///< "к", "на": opens a bearing between a distance and its anchor ("к северу от")
    AdvanceAfter,  ///< "inside", "into", "deep": after a distance, an advance
    AdvanceVerb,   ///< "advanced", "pushed": before a distance, an advance
    Restate,       ///< "or", "или", "тобто", "то есть": restates a figure in other units
    Contrast,      ///< "but", "но", "але": opens a clause of its own
    ClauseAnd,     ///< "and", "и", "та" after a comma: a coordinated clause
    Rate,          ///< "per", "a", "в", "щодня": the first word of a rate after an area figure
    MeasurePrep,   ///< "of", "in", "в", "у": names what or where an area figure measures
    SizeHead,      ///< "area", "площадь", "площа": before a place name, that place's size
    SizeLink,      ///< "of", "the": between a size word and the place name
    OverTail,      ///< "-odd", "-plus", "с лишним", "з гаком": between a number and its unit, "more than" it
    AboutTail,     ///< "or so": between a number and its unit, "about" it
    UnitAdjective, ///< "more", "additional", "new": between a number and its unit, no part of either
    DayWord,       ///< "day", "daily", "сутки", "добу", "щодня": in a rate phrase, the rate is per day
    Count_         ///< number of classes
};
static_assert(static_cast<std::uint32_t>(FigureWord::Count_) <= 32, "figure word classes must fit a 32-bit set");
constexpr std::uint32_t figure_bit(FigureWord c) { return std::uint32_t{1} << static_cast<std::uint32_t>(c); }

/// Kinds of time words (time_words.tsv).
enum class TimeKind { Weekday, Month, DayOffset, WeekOffset };
struct TimeWord {
    TimeKind kind = TimeKind::Weekday;
    int value = 0; ///< weekday 0 = Monday, month 1..12, offset in days or weeks
}; 

/// say: "X said"; hedge: "X claimed"; deny: "X denied"; source: the claimant
/// follows the phrase ("according to X", "по данным X", "сообщили в X"); interview: an interview's lead
/// names the person whose answers follow ("we spoke to X", "ми поговорили з X"), a new voice whose side is
/// only what the phrase names.
enum class ReportKind { Say, Hedge, Deny, Source, Interview };

struct UnitEntry {
    bool area = false;   ///< area (else length)
    double factor = 1.0; ///< to km2 or km
    std::string code;    ///< km2, mi2, ha, km, mi, m
};

enum class NumberKind { Number, Multiplier, Vague };
struct NumberEntry {
    NumberKind kind = NumberKind::Number;
    double min = 0;
    double max = 0; ///< < 0: open
};

/// The cue phrase starting at a token: the bit set of its classes (`cue_bit`), 0 when none
/// starts there, and the token where it ends.
struct CueMark {
    CueSet classes = 0;
    std::size_t end = 0;
    bool has(Cue c) const { return (classes & cue_bit(c)) != 0; }
};

/// All lexicons; immutable after load.
struct Lexicon {
    Vocabulary words; ///< every word of every phrase below; label tokens with it before matching
    PhraseMatcher verbs;
    std::vector<VerbEntry> verb_info;
    PhraseMatcher actors;
    std::vector<ActorEntry> actor_info;
    PhraseMatcher reporting;
    std::vector<ReportKind> reporting_info;
    PhraseMatcher hedges;
    std::vector<double> hedge_factor;
    PhraseMatcher assessors;
    std::vector<std::string> assessor_name;
    PhraseMatcher units;
    std::vector<UnitEntry> unit_info;
    PhraseMatcher numbers;
    std::vector<NumberEntry> number_info;
    PhraseMatcher qualifiers;
    std::vector<std::string> qualifier_name;
    PhraseMatcher area_cues_before;
    PhraseMatcher area_cues_after;
    PhraseMatcher area_cues_later; ///< anywhere after the figure in its clause: a predicate of the land measured
    PhraseMatcher area_rate_before; ///< before the figure in its clause: the figure is a daily rate ("щодня")
    PhraseMatcher background;
    PhraseMatcher verb_blockers;
    PhraseMatcher cues;                   ///< payload: index into cue_sets
    std::vector<CueSet> cue_sets;         ///< the distinct bit sets of Cue classes of the cue phrases
    PhraseMatcher figure_words;           ///< payload: bit set of FigureWord classes
    PhraseMatcher time_words;
    std::vector<TimeWord> time_info;

    /// The longest cue phrase starting at each token. The frame rules ask about the same tokens
    /// many times, so a sentence looks them up once (Sentence::cue_at).
    /// Appends one mark per token to `marks`.
    void mark_cues(Tokens tokens, std::vector<CueMark>& marks) const;

    /// Loads every file from `dir` (geodata/lexicon): NAME.tsv and, where
    /// present, its language files NAME.ru.tsv and NAME.uk.tsv. \throws ExtractError
    /// naming the file and line of a missing file or a bad row.
    static Lexicon load(const std::filesystem::path& dir);
};

} // namespace claimtrack::extract
