#include "frames_slavic.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace claimtrack::extract {

namespace {

bool cyrillic_token(const Token& t) { return !t.norm.empty() && static_cast<unsigned char>(t.norm[0]) >= 0xD0; }

/// Skips the cue phrases of class `c` from token `k` on; returns the first token after them.
std::size_t skip_cues(const Sentence& s, std::size_t k, std::size_t end, Cue c) {
    std::size_t e = 0;
    while (k < end && s.cue_at(k, c, &e)) k = std::max(e, k + 1);
    return k;
}

/// True when the settlement named next after token `from` is coordinated with the counted noun
/// ending there ("три посёлка и город X"), not a landmark or a place of another phrase ("три села под X",
/// "семь сёл на X-ском направлении"): only joiners and settlement nouns stand between them.
bool names_object_after(const Sentence& s, std::size_t from) {
    for (const MentionRef& m : s.mentions) {
        if (m.first < from || m.mention->place.kind != core::PlaceKind::Settlement) continue;
        for (std::size_t k = from; k < m.first;) {
            std::size_t e = 0;
            const std::string_view w = s.tokens[k].norm;
            if (w == "," || w == "также" || w == "а") { ++k; continue; }
            if (s.cue_at(k, Cue::Coordination, &e) || s.cue_at(k, Cue::SettlementNoun, &e) ||
                s.cue_at(k, Cue::ListNoun, &e)) {
                k = std::max(e, k + 1);
                continue;
            }
            return false;
        }
        return true;
    }
    return false;
}

} // namespace

const MentionRef* place_subject(const Sentence& s, const VerbHit& v, std::size_t clause_begin) {
    if (v.first >= s.tokens.size() || !cyrillic_token(s.tokens[v.first])) return nullptr;
    for (const MentionRef& m : s.mentions) {
        if (m.first < clause_begin || m.last > v.first) continue;
        if (m.mention->place.kind != core::PlaceKind::Settlement) continue;
        // Nothing but settlement nouns before the name in its clause, nothing but auxiliaries after it.
        if (skip_cues(s, clause_begin, m.first, Cue::SettlementNoun) != m.first) continue;
        if (skip_cues(s, m.last, v.first, Cue::Auxiliary) != v.first) continue;
        return &m;
    }
    return nullptr;
}

bool opens_list(const Sentence& s) {
    std::size_t k = 0;
    while (k < s.tokens.size() && !s.tokens[k].word) ++k; // an opening quote or dash
    std::size_t e = 0;
    return k < s.tokens.size() && s.cue_at(k, Cue::ListOpener, &e) &&
           std::any_of(s.mentions.begin(), s.mentions.end(), [&](const MentionRef& m) { return m.first >= e; });
}

std::size_t counted_object(const Lexicon& lex, const Sentence& s, const VerbHit& v) {
    for (std::size_t k = v.last; k < s.tokens.size() && k < v.last + 3; ++k) {
        const Token& t = s.tokens[k];
        if (!cyrillic_token(t) && !t.number) return 0;
        std::size_t e = 0;
        // "три села", "несколько населённых пунктов": a number, then a settlement noun.
        PhraseHit number;
        const bool counted = t.number || (lex.numbers.match_at(s.tokens, k, number) && number.last == k + 1);
        if (k + 1 < s.tokens.size() && counted &&
            (s.cue_at(k + 1, Cue::ListNoun, &e) || s.cue_at(k + 1, Cue::SettlementNoun, &e)))
            return names_object_after(s, e) ? 0 : e;
    }
    return 0;
}

const ReportHit* denial_in_later_clause(const Sentence& s) {
    for (const ReportHit& r : s.reports) {
        if (r.kind != ReportKind::Deny) continue;
        // The last claim verb before the denial ("спростували" may itself be listed as a verb).
        std::size_t last_verb = 0;
        for (const VerbHit& v : s.verbs)
            if (v.last <= r.first) last_verb = v.last;
        if (last_verb == 0) continue;
        std::size_t brk = last_verb;
        while (brk < r.first && !s.cue_at(brk, Cue::ClauseBreak)) ++brk;
        if (brk == r.first) continue;
        const bool own_place = std::any_of(s.mentions.begin(), s.mentions.end(),
                                           [&](const MentionRef& m) { return m.first >= brk; });
        if (!own_place) return &r;
    }
    return nullptr;
}

/// A word opening a reported clause: "that", "що", "что", "нібито", "будто".
bool complementiser(std::string_view w) {
    static constexpr std::array<std::string_view, 7> words{"that", "що", "что", "нібито", "начебто", "будто", "якобы"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

} // namespace claimtrack::extract
