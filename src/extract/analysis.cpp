#include "analysis.hpp"

#include "datelines.hpp"

#include <algorithm>
#include <array>

namespace claimtrack::extract {

namespace {

bool is_name_connector(std::string_view w) { return w == "of" || w == "for" || w == "'s" || w == "-" || w == "the"; }

constexpr std::array<std::string_view, 26> k_not_name_start{
    "in", "on", "the", "a", "an", "but", "and", "however", "meanwhile", "earlier", "later", "asked",
    "after", "over", "as", "at", "by", "during", "since", "quote", "source", "details", "в", "во", "у", "на"};

bool capitalised_word(const Token& t) { return t.word && t.upper; }

/// Calls `f(start, end)` for each run of capitalised words in [a, b), joined by connectors
/// ("Armed Forces of Ukraine"), left to right.
template <typename F>
void for_each_capitalised_run(Tokens t, std::size_t a, std::size_t b, F&& f) {
    std::size_t i = a;
    while (i < b) {
        if (!capitalised_word(t[i])) { ++i; continue; }
        std::size_t j = i + 1;
        while (j < b) {
            if (capitalised_word(t[j])) { ++j; continue; }
            if (t[j].norm == "'s" || t[j].norm == "-") { ++j; continue; }
            if (is_name_connector(t[j].norm) && j + 1 < b && capitalised_word(t[j + 1])) { j += 2; continue; }
            break;
        }
        std::size_t start = i;
        // Drop sentence-initial function words ("In", "On", "The").
        while (start < j && std::find(k_not_name_start.begin(), k_not_name_start.end(), t[start].norm) !=
                                k_not_name_start.end())
            ++start;
        std::size_t end = j;
        while (end > start && (t[end - 1].norm == "-" || (is_name_connector(t[end - 1].norm) && t[end - 1].norm != "'s")))
            --end;
        if (end > start) f(start, end);
        i = j;
    }
}

std::string text_of(std::string_view text, Tokens t, std::size_t a, std::size_t b) {
    if (a >= b) return {};
    return std::string(text.substr(t[a].span.start, t[b - 1].span.end - t[a].span.start));
}

bool one_of_stop(std::string_view w);

bool is_pronoun(std::string_view w) {
    return w == "she" || w == "he" || w == "they" || w == "it" || w == "we" || w == "він" || w == "вона" ||
           w == "вони" || w == "он" || w == "она" || w == "они";
}

core::Side side_of(ActorSide s) {
    return s == ActorSide::UA ? core::Side::UA : s == ActorSide::RU ? core::Side::RU : core::Side::None;
}

core::Side country_side(const std::string& cc) {
    return cc == "UA" ? core::Side::UA : cc == "RU" ? core::Side::RU : core::Side::None;
}

/// The last word of a speaker's name, where a surname stands ("Nataliya Humenyuk": "Humenyuk").
std::string_view surname_of(std::string_view name) {
    const std::size_t sp = name.find_last_of(' ');
    return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

/// True when `key` (ASCII lower case) is `surname` with its ASCII letters lower-cased.
bool same_surname(std::string_view key, std::string_view surname) {
    if (key.size() != surname.size()) return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = surname[i];
        if (key[i] != ((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c)) return false;
    }
    return true;
}

/// The side recorded for the speaker `name`'s surname, null when none is.
core::Side* remembered_side(DocContext& ctx, std::string_view name) {
    const std::string_view surname = surname_of(name);
    for (auto& [key, side] : ctx.speaker_sides)
        if (same_surname(key, surname)) return &side;
    return nullptr;
}

/// Records `side` for the speaker `name`'s surname, which has none recorded.
void remember_side(DocContext& ctx, std::string_view name, core::Side side) {
    std::string key(surname_of(name));
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    // A report names a dozen speakers or so: room for them at once, not growth in steps.
    if (ctx.speaker_sides.empty()) ctx.speaker_sides.reserve(16);
    ctx.speaker_sides.emplace_back(std::move(key), side);
}

/// The speaker "the ministry", "ведомства" refers to: the last one named whose name holds the
/// anaphor's noun ("the Russian Defence Ministry", not a General Staff quoted after it), else the
/// last speaker. Needs ctx.last_speaker.
const Attribution& anaphor_speaker(const DocContext& ctx, std::string_view noun) {
    // A Russian or Ukrainian noun is compared without its ending: "министерства" ~ "Министерство".
    const bool cyr = !noun.empty() && static_cast<unsigned char>(noun[0]) >= 0xD0;
    const std::string_view stem = cyr && noun.size() > 10 ? noun.substr(0, noun.size() - 2) : noun;
    // A ministry is also named by its short form: "Минобороны России", "Міноборони РФ", "the MoD".
    const std::string_view short_form = stem.starts_with("министерств") ? "минобороны"
                                        : stem.starts_with("міністерств") ? "міноборони"
                                        : stem == "ministry"              ? "mod"
                                                                          : "";
    const auto holds = [&](const Attribution& a) {
        const std::string name = fold_lower(a.name);
        return name.find(stem) != std::string::npos ||
               (!short_form.empty() && name.find(short_form) != std::string::npos);
    };
    if (stem.size() < 5 || holds(*ctx.last_speaker)) return *ctx.last_speaker;
    for (auto it = ctx.speakers.rbegin(); it != ctx.speakers.rend(); ++it)
        if (!it->assessor && holds(*it)) return *it;
    // "Kyiv dismissed a statement by Russia's Defence Ministry … the ministry listed X": named, not a speaker.
    for (auto it = ctx.named_bodies.rbegin(); it != ctx.named_bodies.rend(); ++it)
        if (holds(*it)) return *it;
    return *ctx.last_speaker;
}

/// Side of the words [a, b): an actor phrase with a definite side, else a place's country.
core::Side span_side(const Sentence& s, std::size_t a, std::size_t b) {
    for (const ActorHit& h : s.actors)
        if (h.first >= a && h.last <= b && side_of(h.side) != core::Side::None) return side_of(h.side);
    for (const MentionRef& m : s.mentions)
        if (m.first >= a && m.last <= b && m.mention->place.kind != core::PlaceKind::Country)
            if (auto side = country_side(m.mention->place.country); side != core::Side::None) return side;
    return core::Side::None;
}

/// The name in [a, b): a multi-word capitalised run nearest the verb, an actor phrase, or any run.
std::string name_in(std::string_view text, const Sentence& s, std::size_t a, std::size_t b) {
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::size_t multi_first = none, multi_last = 0, last_first = none, last_last = 0;
    for_each_capitalised_run(s.tokens, a, b, [&](std::size_t first, std::size_t last) {
        if (last - first >= 2 && !(last - first == 2 && s.tokens[first + 1].norm == "'s"))
            multi_first = first, multi_last = last;
        last_first = first, last_last = last;
    });
    if (multi_first != none) return text_of(text, s.tokens, multi_first, multi_last);
    for (const ActorHit& h : s.actors)
        if (h.first >= a && h.last <= b) {
            std::size_t end = h.last;
            // "Ukraine's army", "the defence ministry"
            while (end < b && s.tokens[end].word && end < h.last + 3) ++end;
            return text_of(text, s.tokens, h.first, end);
        }
    if (last_first != none) return text_of(text, s.tokens, last_first, last_last);
    return {};
}

/// Start of the clause that ends at token `r`: after a quote mark, a colon or a semicolon.
std::size_t clause_start(Tokens t, std::size_t r) {
    for (std::size_t k = r; k > 0; --k) {
        const std::string_view w = t[k - 1].norm;
        if (w == "\"" || w == ";" || w == ":" || w == "that") return k;
    }
    return 0;
}

void update_quote_state(std::string_view text, Sentence& s, bool in_quote) {
    s.starts_in_quote = in_quote;
    bool open = in_quote;
    for (const Token& t : s.tokens) {
        if (t.norm != "\"") continue;
        const std::string_view raw = text.substr(t.span.start, t.span.size());
        if (raw == "\xE2\x80\x9C" || raw == "\xC2\xAB") open = true;
        else if (raw == "\xE2\x80\x9D" || raw == "\xC2\xBB") open = false;
        else open = !open;
    }
    s.quote_open_at_end = open;
}

bool one_of_stop(std::string_view w) {
    static constexpr std::array<std::string_view, 14> stops{
        "that", "and", "but", "which", "who", "as", "when", "after", "while", "where", "if", "said", "has", "have"};
    return std::find(stops.begin(), stops.end(), w) != stops.end();
}

} // namespace

core::Side actor_side(const ActorHit& a, const std::optional<Attribution>& speaker, const DocContext& ctx) {
    const core::Side speaker_side = speaker ? speaker->side : core::Side::None;
    switch (a.side) {
    case ActorSide::UA: return core::Side::UA;
    case ActorSide::RU: return core::Side::RU;
    case ActorSide::Own:
        // "оккупанты атаковали ... наши подразделения отошли": the narration's own words name its side.
        if (speaker_side == core::Side::None && ctx.stance != core::Side::None) return ctx.stance;
        // "наши штурмовики" from an unnamed war correspondent, "наші воїни" in a governor's post: a
        // Russian-language report speaks for Russia's forces, a Ukrainian-language one for Ukraine's.
        if (speaker_side == core::Side::None && ctx.language == "ru") return core::Side::RU;
        if (speaker_side == core::Side::None && ctx.language == "uk") return core::Side::UA;
        // An English report with no speaker is read as for "the enemy" below: a Ukrainian voice
        // (translated governors' and General Staff posts).
        if (speaker_side == core::Side::None && ctx.language == "en") return core::Side::UA;
        return speaker_side;
    case ActorSide::Enemy:
        if (speaker_side == core::Side::None && ctx.stance != core::Side::None)
            return ctx.stance == core::Side::UA ? core::Side::RU : core::Side::UA;
        // English and Ukrainian reports mostly quote Ukrainian officials on "the enemy"; Russian-language
        // reports without a named speaker mostly quote Moscow's.
        if (speaker_side == core::Side::None && ctx.language == "ru") return core::Side::UA;
        return speaker_side == core::Side::RU ? core::Side::UA : core::Side::RU;
    case ActorSide::Pronoun:
        return speaker_side != core::Side::None ? speaker_side : ctx.last_actor_side;
    }
    return core::Side::None;
}

void note_stance(const Sentence& s, std::size_t index, const std::optional<Attribution>& who, DocContext& ctx) {
    constexpr std::size_t k_stance_sentences = 3; // how far the narration's words reach
    if (index > ctx.stance_sentence + k_stance_sentences) ctx.stance = core::Side::None;
    // A named speaker of a side speaks in its own words, not the narration's.
    if (who && !who->assessor && who->side != core::Side::None) return;
    bool ua = false, ru = false;
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
        ua = ua || s.cue_at(k, Cue::VoiceUA);
        ru = ru || s.cue_at(k, Cue::VoiceRU);
    }
    if (!ua && !ru) return;
    ctx.stance = ua && ru ? core::Side::None : ua ? core::Side::UA : core::Side::RU;
    ctx.stance_sentence = index;
}

void note_bodies(std::string_view text, const Sentence& s, DocContext& ctx) {
    for (const ActorHit& a : s.actors) {
        const core::Side side = side_of(a.side);
        if (side == core::Side::None || a.role == ActorRole::Force || a.last - a.first < 2) continue;
        Attribution body;
        body.name = text_of(text, s.tokens, a.first, a.last);
        body.side = side;
        ctx.named_bodies.push_back(std::move(body));
    }
}

void note_voice(const Sentence& s, std::size_t index, const std::optional<Attribution>& who, DocContext& ctx) {
    constexpr std::size_t k_voice_sentences = 3; // how far an agentless statement looks back for its source
    if (who && !who->assessor && who->side != core::Side::None) {
        ctx.voice = who->side;
        ctx.voice_sentence = index;
        return;
    }
    // "Сводка Минобороны России за неделю", "Генштаб ВС РФ": a heading that names the source.
    if (s.verbs.empty() && s.reports.empty())
        for (const ActorHit& a : s.actors) {
            const core::Side side = side_of(a.side);
            const bool place = std::any_of(s.mentions.begin(), s.mentions.end(),
                                           [&](const MentionRef& m) { return m.first <= a.first && m.last >= a.last; });
            if (side == core::Side::None || a.role == ActorRole::Force || place) continue;
            ctx.voice = side;
            ctx.voice_sentence = index;
            return;
        }
    if (index > ctx.voice_sentence + k_voice_sentences) ctx.voice = core::Side::None;
}

namespace {

/// The part of `all` from `begin` to its end.
template <typename T>
std::span<const T> appended_since(const std::vector<T>& all, std::size_t begin) {
    return std::span<const T>(all).subspan(begin);
}

/// Points `view` at the next view.size() items of `all`, from `at` on.
template <typename T>
void rebind(std::span<const T>& view, const std::vector<T>& all, std::size_t& at) {
    view = std::span<const T>(all).subspan(at, view.size());
    at += view.size();
}

} // namespace

void view_hits(std::vector<Sentence>& sentences, const SentenceHits& hits) {
    std::size_t mentions = 0, not_places = 0, verbs = 0, actors = 0, reports = 0, assessors = 0, hedges = 0,
                background = 0;
    for (Sentence& s : sentences) {
        rebind(s.mentions, hits.mentions, mentions);
        rebind(s.not_places, hits.not_places, not_places);
        rebind(s.verbs, hits.verbs, verbs);
        rebind(s.actors, hits.actors, actors);
        rebind(s.reports, hits.reports, reports);
        rebind(s.assessors, hits.assessors, assessors);
        rebind(s.hedges, hits.hedges, hedges);
        rebind(s.background_hits, hits.background_hits, background);
    }
}

Sentence analyse_sentence(const Lexicon& lex, std::string_view text, core::Span span, Tokens tokens,
                          std::span<const CueMark> cues, const std::vector<core::Mention>& mentions,
                          const std::optional<core::Date>& published, SentenceHits& hits) {
    Sentence s;
    const std::size_t mentions_begin = hits.mentions.size(), not_places_begin = hits.not_places.size(),
                      verbs_begin = hits.verbs.size(), actors_begin = hits.actors.size(),
                      reports_begin = hits.reports.size(), assessors_begin = hits.assessors.size(),
                      hedges_begin = hits.hedges.size(), background_begin = hits.background_hits.size();
    s.span = span;
    s.tokens = tokens;
    s.cues = cues;
    const Tokens t = s.tokens;
    // Mentions as token ranges.
    auto it = std::lower_bound(mentions.begin(), mentions.end(), span.start,
                               [](const core::Mention& m, std::size_t pos) { return m.span.start < pos; });
    std::size_t k = 0;
    for (; it != mentions.end() && it->span.start < span.end; ++it) {
        while (k < t.size() && t[k].span.end <= it->span.start) ++k;
        std::size_t e = k;
        while (e < t.size() && t[e].span.start < it->span.end) ++e;
        if (e <= k) continue;
        // "Донецкой области", "Донецком направлении": a region or an axis named after the town.
        if (it->place.kind == core::PlaceKind::Settlement && s.cue_at(e, Cue::RegionWord)) {
            hits.not_places.push_back(it->span);
            continue;
        }
        hits.mentions.push_back({k, e, &*it, dateline_mention(text, *it, dateline_segment(text, span))});
    }
    s.mentions = appended_since(hits.mentions, mentions_begin);
    s.not_places = appended_since(hits.not_places, not_places_begin);
    // The six lists' matches (PhraseMatcher::for_each_match of each) in one pass over the tokens:
    // most tokens start a phrase of none and are passed over once. A list's matches do not
    // overlap: it tries no token before the end of its last match (`next`).
    const std::uint32_t any_list = lex.verbs.start_bit() | lex.actors.start_bit() | lex.reporting.start_bit() |
                                   lex.assessors.start_bit() | lex.hedges.start_bit() | lex.background.start_bit();
    std::size_t next_verb = 0, next_actor = 0, next_report = 0, next_assessor = 0, next_hedge = 0, next_background = 0;
    for (std::size_t pos = 0; pos < t.size(); ++pos) {
        if (!(t[pos].phrase_starts & any_list)) continue;
        PhraseHit h;
        if (pos >= next_verb && lex.verbs.match_at(t, pos, h)) {
            hits.verbs.push_back({h.first, h.last, &lex.verb_info[h.payload]});
            next_verb = h.last;
        }
        if (pos >= next_actor && lex.actors.match_at(t, pos, h)) {
            const ActorEntry& e = lex.actor_info[h.payload];
            hits.actors.push_back({h.first, h.last, e.side, e.role, e.grammatical_case});
            next_actor = h.last;
        }
        if (pos >= next_report && lex.reporting.match_at(t, pos, h)) {
            hits.reports.push_back({h.first, h.last, lex.reporting_info[h.payload]});
            next_report = h.last;
        }
        if (pos >= next_assessor && lex.assessors.match_at(t, pos, h)) {
            hits.assessors.push_back({h.first, h.last, &lex.assessor_name[h.payload]});
            next_assessor = h.last;
        }
        if (pos >= next_hedge && lex.hedges.match_at(t, pos, h)) {
            hits.hedges.push_back(h);
            next_hedge = h.last;
        }
        if (pos >= next_background && lex.background.match_at(t, pos, h)) {
            hits.background_hits.push_back(h);
            next_background = h.last;
        }
    }
    s.verbs = appended_since(hits.verbs, verbs_begin);
    s.actors = appended_since(hits.actors, actors_begin);
    s.reports = appended_since(hits.reports, reports_begin);
    s.assessors = appended_since(hits.assessors, assessors_begin);
    s.hedges = appended_since(hits.hedges, hedges_begin);
    s.background_hits = appended_since(hits.background_hits, background_begin);
    s.background_cue = !s.background_hits.empty();
    s.times = find_times(lex, t, published);
    s.figures = find_figures(lex, text, t, s.mentions);
    return s;
}

namespace {

bool is_time_word(const Sentence& s, std::size_t k) {
    for (const TimeExpr& e : s.times)
        if (k >= e.first && k < e.last) return true;
    return false;
}

/// The subject before a reporting verb at `r`: a run of words back to
/// punctuation or a clause word; an apposition ("X, spokeswoman for Y, said")
/// reaches back to the clause start.
std::pair<std::size_t, std::size_t> subject_before(const Sentence& s, std::size_t r) {
    const auto& t = s.tokens;
    std::size_t b = r;
    while (b > 0 && is_time_word(s, b - 1)) --b; // "Peskov on Monday said"
    if (b > 0 && (t[b - 1].norm == "has" || t[b - 1].norm == "have" || t[b - 1].norm == "had" ||
                  t[b - 1].norm == "also" || t[b - 1].norm == "later" || t[b - 1].norm == "earlier"))
        --b;
    if (b > 0 && t[b - 1].norm == "also") --b;
    if (b > 0 && t[b - 1].norm == ",") return {clause_start(t, b - 1), b - 1};
    std::size_t a = b;
    while (a > 0 && b - a < 10) {
        const Token& w = t[a - 1];
        const bool joined = a < t.size() && w.span.end == t[a].span.start;
        if (w.word && !one_of_stop(w.norm)) { --a; continue; }
        if (w.norm == "'s" || (w.norm == "-" && joined)) { --a; continue; }
        break;
    }
    return {a, b};
}

/// The claimant after a reporting phrase at `from`: words up to punctuation or "that".
std::pair<std::size_t, std::size_t> subject_after(const Sentence& s, std::size_t from) {
    const auto& t = s.tokens;
    std::size_t b = from;
    while (b < t.size() && b < from + 10 && t[b].norm != "," && t[b].norm != "." && t[b].norm != "\"" &&
           t[b].norm != "that" && t[b].norm != ":")
        ++b;
    return {from, b};
}

/// Side of a claimant phrase [a, b) that names none: "its spokesman" and "spokeswoman X" speak for the
/// organisation quoted before; "the military's southern command", "the head of the armed forces" for the
/// side whose forces the sentence is about (when all its actor phrases agree), else the last speaker's.
core::Side implied_side(const Sentence& s, std::size_t a, std::size_t b, const DocContext& ctx) {
    const auto& t = s.tokens;
    const core::Side previous = ctx.last_speaker && !ctx.last_speaker->assessor ? ctx.last_speaker->side : core::Side::None;
    std::size_t k = a;
    const bool indefinite = k < b && (t[k].norm == "a" || t[k].norm == "an");
    if (indefinite) return core::Side::None; // "an undisclosed official": anyone's
    if (k < b && t[k].norm == "the") ++k;
    if (k < b && s.cue_at(k, Cue::Possessive)) return previous != core::Side::None ? previous : ctx.last_actor_side;
    bool role = false, named = false;
    for (std::size_t j = a; j < b; ++j) {
        if (s.cue_at(j, Cue::RoleNoun)) role = true;
        if (t[j].word && t[j].upper && j > 0 && !s.cue_at(j, Cue::RoleNoun)) named = true;
    }
    // A named person: only a role noun ties them to an organisation.
    if (named && !role) return core::Side::None;
    // "the military's southern command" speaks for the forces of its sentence.
    if (!named) {
        core::Side agreed = core::Side::None;
        bool mixed = false;
        for (const ActorHit& h : s.actors) {
            if (h.first >= a && h.last <= b) continue;
            const core::Side hs = side_of(h.side);
            if (hs == core::Side::None) continue;
            if (agreed != core::Side::None && agreed != hs) mixed = true;
            agreed = hs;
        }
        if (agreed != core::Side::None && !mixed) return agreed;
    }
    return previous;
}

/// "We spoke by phone to X", "Ми поговорили з X", "Speaking to X, we …": the interview phrase `r` has no
/// subject before it but the first person.
bool interview_lead(const Sentence& s, const ReportHit& r) {
    static constexpr std::array<std::string_view, 4> first_person{"we", "мы", "ми", "нам"};
    const auto [a, b] = subject_before(s, r.first);
    for (std::size_t k = a; k < b; ++k)
        if (s.tokens[k].word && std::find(first_person.begin(), first_person.end(), s.tokens[k].norm) == first_person.end() &&
            !is_time_word(s, k))
            return false;
    return true;
}

/// True when [a, b) holds a capitalised name, an actor phrase or a word for a claimant named before
/// ("Накануне ведомство сообщало о взятии A": "the ministry" is the subject, not the place after the verb).
bool names_someone(const Sentence& s, std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k)
        if ((s.tokens[k].word && s.tokens[k].upper && !(k == 0)) || s.cue_at(k, Cue::SpeakerAnaphor)) return true;
    return std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorHit& h) { return h.first >= a && h.last <= b; });
}

} // namespace

std::optional<Attribution> find_attribution(std::string_view text, const Sentence& s,
                                            DocContext& ctx, std::size_t near) {
    const auto& t = s.tokens;
    const std::size_t first_verb = s.verbs.empty() ? t.size() : s.verbs.front().first;
    for (const AssessorHit& a : s.assessors) {
        if (a.first > first_verb) break;
        Attribution at;
        at.name = *a.name;
        at.assessor = true;
        at.report_first = a.first;
        at.report_last = a.last;
        return at;
    }
    if (s.reports.empty()) return std::nullopt;
    // With `near`: the reports before it, closest first, then the rest in text order. The reports
    // are in text order, so those before `near` are a prefix of them, walked backwards.
    const std::size_t before =
        near == static_cast<std::size_t>(-1)
            ? 0
            : static_cast<std::size_t>(std::partition_point(s.reports.begin(), s.reports.end(),
                                                            [&](const ReportHit& r) { return r.first < near; }) -
                                       s.reports.begin());
    for (std::size_t step = 0; step < s.reports.size(); ++step) {
        const ReportHit& r = s.reports[step < before ? before - 1 - step : step];
        // "Повідомлення про падіння X не відповідають дійсності, заявили у Генштабі": the denial's
        // subject is the report denied; the speaker follows the reporting verb after the comma.
        if (r.kind == ReportKind::Deny &&
            std::any_of(s.reports.begin(), s.reports.end(), [&](const ReportHit& o) {
                return o.first > r.last && o.kind != ReportKind::Deny && o.first > 0 &&
                       (t[o.first - 1].norm == "," || t[o.first - 1].norm == "-");
            }))
            continue;
        Attribution at;
        at.kind = r.kind;
        at.report_first = r.first;
        at.report_last = r.last;
        // "We spoke to a Ukrainian commander": an interview's lead, told in the first person, names the speaker
        // after it; "A Ukrainian commander spoke to reporters": the subject before it speaks.
        const bool lead = r.kind == ReportKind::Interview && interview_lead(s, r);
        const bool according = t[r.first].norm == "according" || r.kind == ReportKind::Source || lead;
        const bool after_comma = r.first > 0 && (t[r.first - 1].norm == "," || t[r.first - 1].norm == "\"" ||
                                                 t[r.first - 1].norm == "-");
        const bool name_follows = r.last < t.size() && t[r.last].word && t[r.last].upper && !is_time_word(s, r.last);
        // "\"…,\" explained a Ukrainian spokesman", "\"…,\" said the ministry": after a closing quote the
        // speaker follows the verb, named or not.
        const bool determiner_follows = r.first > 0 && t[r.first - 1].norm == "\"" && r.last < t.size() &&
                                        (t[r.last].norm == "a" || t[r.last].norm == "an" || t[r.last].norm == "the");
        // "..., додав він", "..., повідомив у понеділок начальник ОВА": Russian and Ukrainian put the
        // speaker after a reporting verb that follows the reported clause.
        std::size_t after_from = r.last;
        while (after_from < t.size() && is_time_word(s, after_from)) ++after_from;
        const bool inverted = after_comma && r.kind != ReportKind::Source && r.kind != ReportKind::Interview && !t[r.first].norm.empty() &&
                              static_cast<unsigned char>(t[r.first].norm[0]) >= 0xD0 && after_from < t.size() &&
                              t[after_from].word;
        std::size_t a = 0, b = 0;
        if (inverted) {
            std::tie(a, b) = subject_after(s, after_from);
        } else if (according || (after_comma && (name_follows || determiner_follows)) || r.first == 0) {
            std::tie(a, b) = subject_after(s, r.last);
        } else {
            std::tie(a, b) = subject_before(s, r.first);
            // "Про це повідомляє ISW", "заявил министр X": the subject follows the verb.
            if (!names_someone(s, a, b) && r.last < t.size() && !t[r.first].norm.empty() &&
                static_cast<unsigned char>(t[r.first].norm[0]) >= 0xD0) {
                const auto after = subject_after(s, r.last);
                if (names_someone(s, after.first, after.second)) std::tie(a, b) = after;
            }
        }
        if (a >= b) continue;
        if (b - a == 1 && is_pronoun(t[a].norm)) {
            if (!ctx.last_speaker) continue;
            at.name = ctx.last_speaker->name;
            at.side = ctx.last_speaker->side;
            at.pronoun = true;
            return at;
        }
        // "the ministry", "по данным ведомства": the organisation named before.
        // Also at the end of the phrase: "в Telegram-канале ведомства", "the press service of the ministry".
        if (ctx.last_speaker && !ctx.last_speaker->assessor && span_side(s, a, b) == core::Side::None)
            for (std::size_t k = a; k < b; ++k) {
                std::size_t e = 0;
                if (!s.cue_at(k, Cue::SpeakerAnaphor, &e) || e != b) continue;
                const Attribution& named = anaphor_speaker(ctx, t[e - 1].norm);
                at.name = named.name;
                at.side = named.side;
                at.pronoun = true;
                return at;
            }
        at.name = name_in(text, s, a, b);
        if (at.name.empty()) at.name = text_of(text, t, a, b);
        at.side = span_side(s, a, b);
        // One search of the speakers' sides serves both reading and recording.
        core::Side* remembered = remembered_side(ctx, at.name);
        if (at.side == core::Side::None && remembered) at.side = *remembered;
        for (const AssessorHit& as : s.assessors)
            if (as.first >= a && as.last <= b) at.assessor = true;
        // (The person an interview's lead names is no organisation quoted before.)
        if (at.side == core::Side::None && !at.assessor && !lead)
            at.side = implied_side(s, a, b, ctx);
        if (at.side != core::Side::None) {
            if (remembered) *remembered = at.side;
            else remember_side(ctx, at.name, at.side);
        }
        return at;
    }
    return std::nullopt;
}

void track_quotes(std::string_view text, std::vector<Sentence>& sentences) {
    bool in_quote = false;
    int quoted_run = 0;
    for (Sentence& s : sentences) {
        update_quote_state(text, s, in_quote);
        in_quote = s.quote_open_at_end && ++quoted_run < 8;
        if (!in_quote) quoted_run = 0;
    }
}

} // namespace claimtrack::extract
