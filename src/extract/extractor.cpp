#include "claimtrack/extract/extractor.hpp"

#include "analysis.hpp"
#include "frames.hpp"
#include "frames_places.hpp"
#include "lexicon.hpp"

#include "claimtrack/text/segment.hpp"

#include <algorithm>
#include <string>
#include <tuple>

namespace claimtrack::extract {

struct Extractor::Impl {
    Lexicon lex;
};

namespace {

bool contains_ci(std::string_view hay, std::string_view needle) {
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                       [&](char a, char b) { return lower(a) == lower(b); }) != hay.end();
}

/// "Background:" on a line of its own opens a section of history.
bool opens_background(std::string_view text, const Sentence& s) {
    const std::string_view body = text.substr(s.span.start, s.span.size());
    return body.starts_with("Background") && body.size() <= 12;
}

/// True when the sentence quotes someone: a quote left open, or quote marks around more
/// than a short name or word (the Russian MoD's group of forces «Восток» is a name, and the
/// scare quotes of 'its troops had "liberated" X' mark a word, not a quotation).
bool has_quotation(const Sentence& s) {
    std::size_t open = 0;
    bool inside = false;
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
        if (s.tokens[k].norm != "\"") continue;
        if (!inside) { inside = true; open = k; continue; }
        if (k - open > 4) return true; // a quotation, or «...«Name» nested in one
        inside = false;
    }
    return inside;
}

/// "…, whatever Moscow says.\"": the reporting verb of `a` stands inside the quotation sentence `s` continues
/// (the quote closes after it, and not before it), so it names no speaker of the quotation.
bool speaker_inside_quote(const Sentence& s, const Attribution& a) {
    if (!s.starts_in_quote) return false;
    const auto quote = [](const Token& k) { return k.norm == "\""; };
    const auto& t = s.tokens;
    const std::size_t first = std::min(a.report_first, t.size()), last = std::min(a.report_last, t.size());
    return std::none_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(first), quote) &&
           std::any_of(t.begin() + static_cast<std::ptrdiff_t>(last), t.end(), quote);
}

/// The claimant of a sentence without its own attribution: the speaker of the
/// quotation it belongs to (named when the quote closes), or the last speaker
/// when the sentence speaks in the first person.
std::optional<Attribution> inherited_attribution(const std::vector<Sentence>& all, std::size_t i,
                                                 const DocContext& ctx) {
    const Sentence& s = all[i];
    const bool quoted = s.starts_in_quote || has_quotation(s);
    if (quoted) {
        for (std::size_t j = i + 1; j < all.size() && j <= i + 4; ++j) {
            // "…, whatever Moscow says.\"": a speaker named inside the quotation is not the one quoted;
            // the quote closes before its speaker's verb.
            const auto& a = all[j].attribution;
            if (a && speaker_inside_quote(all[j], *a)) break;
            if (a) return a;
            if (!all[j].starts_in_quote) break;
        }
    }
    // "Освобождены A и B. Об этом заявил ...", "Про це повідомили в ...": the next sentence names the
    // source of this one.
    if (i + 1 < all.size() && all[i + 1].attribution && all[i + 1].tokens.size() > 1) {
        const auto& n = all[i + 1].tokens;
        const bool back = (n[0].norm == "об" || n[0].norm == "про" || n[0].norm == "о") &&
                          (n[1].norm == "этом" || n[1].norm == "це" || n[1].norm == "том" || n[1].norm == "чем");
        if (back) return all[i + 1].attribution;
    }
    const bool first_person = std::any_of(s.actors.begin(), s.actors.end(),
                                          [](const ActorHit& a) { return a.side == ActorSide::Own; });
    if ((quoted || first_person) && ctx.last_speaker) {
        Attribution a = *ctx.last_speaker;
        a.pronoun = true;
        return a;
    }
    return std::nullopt;
}

/// Drops mentions that stand for a government ("Kyiv said", "Moscow announced") or name a
/// region after a town ("Донецкой области").
std::vector<core::Mention> drop_metonyms(std::vector<core::Mention> mentions, const std::vector<Sentence>& sentences) {
    std::vector<core::Span> drop;
    for (const Sentence& s : sentences) drop.insert(drop.end(), s.not_places.begin(), s.not_places.end());
    for (const Sentence& s : sentences)
        for (const MentionRef& m : s.mentions)
            for (const ActorHit& a : s.actors)
                if (a.first == m.first && a.last == m.last && a.role == ActorRole::Gov &&
                    m.mention->place.kind == core::PlaceKind::Settlement) {
                    const bool speaks = std::any_of(s.reports.begin(), s.reports.end(), [&](const ReportHit& r) {
                        return r.first == m.last || r.first == m.last + 1;
                    }) || std::any_of(s.verbs.begin(), s.verbs.end(), [&](const VerbHit& v) { return v.first == m.last; });
                    if (speaks || (m.last < s.tokens.size() && s.tokens[m.last].norm == "'s"))
                        drop.push_back(m.mention->span);
                }
    std::erase_if(mentions, [&](const core::Mention& m) {
        return std::any_of(drop.begin(), drop.end(),
                           [&](const core::Span& d) { return d.start == m.span.start && d.end == m.span.end; });
    });
    return mentions;
}

int coarse(core::Change c) {
    switch (c) {
    case core::Change::Captured: case core::Change::Liberated: return 0;
    case core::Change::Withdrew: return 1;
    case core::Change::Advanced: case core::Change::Contested: return 2;
    case core::Change::Repelled: return 3;
    default: return 4;
    }
}

/// One claim per place, side and coarse change: a report repeats its news, and a reminder of it
/// ("Нагадаємо, ...") is the same claim, not a second one in the background. The first of each is
/// kept, in place (a claim is large to move); a current repeat clears a kept claim's background flag.
void dedupe(std::vector<core::Claim>& claims) {
    // Places named without a point (unresolved, id 0) are told apart by name.
    using Key = std::tuple<std::int64_t, std::string, int, int, bool>;
    std::vector<std::pair<Key, std::size_t>> seen; // sorted, with the kept claim's index
    seen.reserve(claims.size());
    std::size_t kept = 0;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const core::Claim& c = claims[i];
        const std::int64_t id = c.place ? c.place->id : c.region ? -c.region->id : 0;
        std::string unresolved = c.place && !c.place->located() ? c.place->name : std::string();
        Key key{id, std::move(unresolved), coarse(c.change), static_cast<int>(c.by_side), c.negated};
        const auto at = std::lower_bound(seen.begin(), seen.end(), key,
                                         [](const auto& e, const Key& k) { return e.first < k; });
        if (at != seen.end() && at->first == key) {
            if (!c.background) claims[at->second].background = false;
            continue;
        }
        seen.insert(at, {std::move(key), kept});
        if (kept != i) claims[kept] = std::move(claims[i]);
        ++kept;
    }
    claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(kept), claims.end());
}

/// A figure repeated in a report ("about 500 sq km" in the text and again in a quote) is one figure.
void dedupe_areas(std::vector<core::Area>& areas) {
    std::vector<core::Area> out;
    for (auto& a : areas) {
        // A headline restates a figure of the body, often without its "about": the same figure.
        const auto same = [&](const core::Area& o) {
            const bool plain = o.qualifier == "exact" || a.qualifier == "exact";
            return o.km2 == a.km2 && o.km2_max == a.km2_max && (o.qualifier == a.qualifier || plain) &&
                   o.unit == a.unit && o.territorial == a.territorial;
        };
        if (std::none_of(out.begin(), out.end(), same)) out.push_back(std::move(a));
    }
    areas = std::move(out);
}

} // namespace

Extractor::Extractor(const std::filesystem::path& geodata_dir)
    : m_impl(std::make_unique<Impl>(Impl{Lexicon::load(geodata_dir / "lexicon")})) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

core::Extraction Extractor::extract(const core::Document& doc, std::vector<core::Mention> mentions) const {
    const Lexicon& lex = m_impl->lex;
    const std::string_view text = doc.text;
    // The gazetteer returns mentions in text order; sorting them anyway would move every one
    // (a Mention holds a dozen strings). Only strictly increasing starts are left as they are,
    // so that mentions sharing a start keep the order std::sort gives them.
    const bool in_order = std::adjacent_find(mentions.begin(), mentions.end(), [](const core::Mention& a,
                                                                                 const core::Mention& b) {
                              return a.span.start >= b.span.start;
                          }) == mentions.end();
    if (!in_order)
        std::sort(mentions.begin(), mentions.end(),
                  [](const core::Mention& a, const core::Mention& b) { return a.span.start < b.span.start; });

    DocContext ctx;
    ctx.published = doc.published;
    ctx.language = doc.language;
    ctx.source = doc.source;
    ctx.source_is_assessor = contains_ci(doc.source, "Institute for the Study of War") ||
                             contains_ci(doc.source, "ISW") || contains_ci(doc.title, "Campaign Assessment");

    // The sentences' tokens and cue marks live in two buffers for the whole document (a vector
    // per sentence cost more to allocate and free than to fill): filled first, then viewed.
    const std::string lowered_text = fold_lower(text);
    const std::string_view lowered = lowered_text; // the tokens' norms view it
    const std::vector<core::Span> spans = text::sentences(text);
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 4 + 16);
    std::vector<std::size_t> token_starts; // sentence i has tokens [token_starts[i], token_starts[i + 1])
    token_starts.reserve(spans.size() + 1);
    for (const core::Span& span : spans) {
        token_starts.push_back(tokens.size());
        tokenize(text.substr(span.start, span.size()), span.start, lowered.substr(span.start, span.size()), tokens);
    }
    token_starts.push_back(tokens.size());
    lex.words.label(tokens);
    std::vector<CueMark> cues;
    cues.reserve(tokens.size());
    // Per sentence: a cue phrase does not run on into the next one.
    for (std::size_t i = 0; i < spans.size(); ++i)
        lex.mark_cues(Tokens(tokens).subspan(token_starts[i], token_starts[i + 1] - token_starts[i]), cues);
    std::vector<Sentence> sentences;
    sentences.reserve(spans.size());
    SentenceHits hits; // the sentences' hits, viewed by them once all are in
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const std::size_t first = token_starts[i], count = token_starts[i + 1] - first;
        sentences.push_back(analyse_sentence(lex, text, spans[i], Tokens(tokens).subspan(first, count),
                                             std::span<const CueMark>(cues).subspan(first, count), mentions,
                                             doc.published, hits));
    }
    view_hits(sentences, hits);
    track_quotes(text, sentences);

    // Pass 1: who speaks in each sentence (the speaker memory runs in text order).
    {
        DocContext speakers = ctx;
        for (Sentence& s : sentences) {
            if (s.reports.empty() && s.assessors.empty()) continue;
            s.attribution = find_attribution(text, s, speakers);
            if (s.attribution && !s.attribution->assessor) speakers.last_speaker = s.attribution;
        }
    }

    core::Extraction out;
    // Most claims are a verb's frame over a mention of its sentence. A claim is large to move, and
    // growing the vector claim by claim moved each about twice.
    std::size_t expected_claims = 0;
    for (const Sentence& s : sentences)
        if (!s.verbs.empty()) expected_claims += s.mentions.size();
    out.claims.reserve(expected_claims);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        Sentence& s = sentences[i];
        if (opens_background(text, s)) ctx.background_section = true;
        // An event log's entry runs to the end of its paragraph.
        const std::size_t gap_from = i == 0 ? 0 : std::min(sentences[i - 1].span.end, s.span.start);
        // ("2." split off as a sentence of its own opens the item after it too.)
        const bool after_marker = i > 0 && list_marker(sentences[i - 1].tokens) == sentences[i - 1].tokens.size() &&
                                  sentences[i - 1].tokens.size() == 2;
        if (i == 0 || after_marker || text.substr(gap_from, s.span.start - gap_from).find('\n') != std::string_view::npos) {
            const auto head = entry_head(s);
            ctx.entry_open = head.has_value();
            ctx.entry_head = head.value_or(nullptr);
            // "X, Donetsk Oblast - A brigade said ...": the segmenter may end a sentence at the head's dash.
            const std::string_view last = s.tokens.empty() ? std::string_view{} : s.tokens.back().norm;
            ctx.entry_after_head = last == "-";
            ctx.entry_sentence = i + (ctx.entry_after_head ? 1 : 0);
        }
        // Re-run attribution with the live context so pronouns see the last speaker.
        std::optional<Attribution> who = find_attribution(text, s, ctx);
        if (!who) who = inherited_attribution(sentences, i, ctx);
        note_stance(s, i, who, ctx);
        sentence_claims(lex, text, s, i, who, ctx, out.claims);
        note_voice(s, i, who, ctx);
        note_bodies(text, s, ctx);
        // No later sentence reads this one's figures.
        auto areas = std::move(s.figures.areas);
        attribute_areas(s, who, ctx, areas);
        out.areas.insert(out.areas.end(), std::make_move_iterator(areas.begin()), std::make_move_iterator(areas.end()));
        out.distances.insert(out.distances.end(), std::make_move_iterator(s.figures.distances.begin()),
                             std::make_move_iterator(s.figures.distances.end()));
        if (who && !who->assessor) {
            if (!ctx.last_speaker || ctx.last_speaker->name != who->name) ctx.last_period.reset();
            ctx.last_speaker = who;
            ctx.last_speaker_sentence = i;
            if (!who->pronoun && (ctx.speakers.empty() || ctx.speakers.back().name != who->name))
                ctx.speakers.push_back(*who);
            for (const TimeExpr& e : s.times)
                if (e.period) ctx.last_period = e;
        }
    }
    dedupe(out.claims);
    dedupe_areas(out.areas);
    out.mentions = drop_metonyms(std::move(mentions), sentences);
    return out;
}

} // namespace claimtrack::extract
