#include "figures.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace claimtrack::extract {

namespace {

/// The figure-word phrase at token `k` when it is of class `c` (figure_words.tsv); `end` gets where it ends.
bool figure_word(const Lexicon& lex, Tokens t, std::size_t k, FigureWord c, std::size_t* end = nullptr) {
    PhraseHit h;
    if (k >= t.size() || !lex.figure_words.match_at(t, k, h) || !(h.payload & figure_bit(c))) return false;
    if (end) *end = h.last;
    return true;
}

/// Digits with thousands commas and a decimal point: "3,000", "18.1"; a comma before a group of other
/// than three digits is a decimal comma, as Russian and Ukrainian write it ("288,8", "12,5").
std::optional<double> digits_value(std::string_view s) {
    std::string clean;
    clean.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != ',') { clean.push_back(s[i]); continue; }
        std::size_t group = 0;
        while (i + 1 + group < s.size() && s[i + 1 + group] >= '0' && s[i + 1 + group] <= '9') ++group;
        if (group != 3) clean.push_back('.');
    }
    double v = 0;
    const auto [p, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), v);
    if (ec != std::errc() || p != clean.data() + clean.size()) return std::nullopt;
    return v;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// "1.300", "12.500", "1.250.000": one to three leading digits other than a lone zero, then groups of exactly three
/// digits each after a dot: the dots are thousands separators (as German, and often Russian and Ukrainian, write
/// them), and the value is the digits read whole. A territory of three decimals of a km² or a hectare is a
/// precision no report gives, so the grouping alone tells the separator from a decimal point ("12.5", "2.75",
/// "0.500" stay decimals). Only an area figure without a multiplier is read so ("1.250 thousand": a decimal).
std::optional<double> dot_grouped_value(std::string_view s) {
    const std::size_t dot = s.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot > 3 || s.substr(0, dot) == "0" ||
        !all_digits(s.substr(0, dot)))
        return std::nullopt;
    std::string digits(s.substr(0, dot));
    for (std::size_t at = dot; at < s.size(); at += 4) {
        if (s[at] != '.' || at + 4 > s.size() || !all_digits(s.substr(at + 1, 3))) return std::nullopt;
        digits += s.substr(at + 1, 3);
    }
    return digits_value(digits);
}

/// A group of three digits continuing a number after a space: "250" or "250,5" in "1 250", "1 250,5". The last
/// group may carry a decimal part.
bool digit_group(std::string_view s) {
    return s.size() >= 3 && all_digits(s.substr(0, 3)) &&
           (s.size() == 3 || ((s[3] == ',' || s[3] == '.') && s.size() > 4 && all_digits(s.substr(4))));
}

/// Digits at `pos`, joined with the groups of three that follow after a space ("1 250", "2 350 000"; the
/// tokenizer skips no-break and thin spaces too): the value and the end token.
std::optional<double> spaced_digits(Tokens t, std::size_t pos, std::size_t& last) {
    std::string digits(t[pos].norm);
    last = pos + 1;
    if (t[pos].norm.size() <= 3 && all_digits(t[pos].norm)) {
        while (last < t.size() && t[last].number && digit_group(t[last].norm) &&
               t[last].span.start > t[last - 1].span.end && t[last].span.start - t[last - 1].span.end <= 3) {
            digits += t[last].norm;
            ++last;
            if (t[last - 1].norm.size() > 3 || digits.size() > 12) break; // a decimal part ends the number
        }
    }
    if (auto v = digits_value(digits)) return v;
    return dot_grouped_value(digits); // "1.250.000": two dots can only be separators
}

/// Whether a number word follows at `k` whose value is below `limit`, not itself scaled by a multiplier
/// ("three" in "between two hundred and three hundred" is not added to the first).
std::optional<std::pair<double, std::size_t>> addend_at(const Lexicon& lex, Tokens t, std::size_t k, double limit) {
    PhraseHit h;
    if (k >= t.size() || !lex.numbers.match_at(t, k, h)) return std::nullopt;
    const NumberEntry& e = lex.number_info[h.payload];
    if (e.kind != NumberKind::Number || e.min >= limit || e.min < 1 || e.min != e.max) return std::nullopt;
    if (PhraseHit m; h.last < t.size() && lex.numbers.match_at(t, h.last, m) &&
                     lex.number_info[m.payload].kind == NumberKind::Multiplier)
        return std::nullopt;
    return std::pair{e.min, h.last};
}

/// Compound number words: "two hundred and fifty", "двести пятьдесят", "трьохсот шістдесяти п'яти",
/// "forty-five". A word is added while it is below the smallest place the number has filled so far.
void add_compound(const Lexicon& lex, Tokens t, Quantity& q) {
    while (q.max && *q.max == q.min && q.min >= 20 && q.min < 1000 && q.min == static_cast<long>(q.min)) {
        const auto v = static_cast<long>(q.min);
        const double limit = v % 100 == 0 ? 100 : v % 10 == 0 ? 10 : 0;
        if (limit == 0) return;
        std::size_t k = q.last;
        if (k < t.size() && (t[k].norm == "-" || (limit == 100 && figure_word(lex, t, k, FigureWord::CompoundAnd))))
            ++k;
        const auto add = addend_at(lex, t, k, limit);
        if (!add) return;
        q.min += add->first;
        q.max = q.min;
        q.last = add->second;
    }
}

/// Multipliers after a number: "1.5 million", "two hundred", "five thousand", "1,5 тыс.".
void apply_multipliers(const Lexicon& lex, Tokens t, Quantity& q) {
    PhraseHit mult;
    while (q.last < t.size() && lex.numbers.match_at(t, q.last, mult) &&
           lex.number_info[mult.payload].kind == NumberKind::Multiplier) {
        const double m = lex.number_info[mult.payload].min;
        q.min *= m;
        if (q.max) *q.max *= m;
        q.last = mult.last;
    }
}

/// A single number (no range) at `pos`.
std::optional<Quantity> read_single(const Lexicon& lex, Tokens t, std::size_t pos) {
    if (pos >= t.size()) return std::nullopt;
    Quantity q;
    q.first = pos;
    PhraseHit hit;
    if (t[pos].number) {
        const auto v = spaced_digits(t, pos, q.last);
        if (!v) return std::nullopt;
        q.min = *v;
        q.max = *v;
    } else if (lex.numbers.match_at(t, pos, hit)) {
        const NumberEntry& e = lex.number_info[hit.payload];
        // "a thousand square kilometres", "почти тысячу квадратных километров": one thousand.
        if (e.kind == NumberKind::Multiplier && (pos == 0 || !t[pos - 1].number)) {
            q.min = e.min;
            q.max = e.min;
            q.last = hit.last;
            return q;
        }
        if (e.kind == NumberKind::Multiplier) return std::nullopt;
        q.min = e.min;
        q.max = e.max < 0 ? std::nullopt : std::optional<double>(e.max);
        q.last = hit.last;
        if (e.kind == NumberKind::Number) {
            add_compound(lex, t, q);     // "двести пятьдесят", "forty-five"
            apply_multipliers(lex, t, q); // "two hundred"
            add_compound(lex, t, q);     // "two hundred and fifty"
        }
    } else {
        return std::nullopt;
    }
    apply_multipliers(lex, t, q);
    return q;
}

/// A compass direction at `pos` ("south-east", "southeast", "south"); returns the end token.
std::size_t read_direction(const Lexicon& lex, Tokens t, std::size_t pos, std::string& out) {
    if (!figure_word(lex, t, pos, FigureWord::Direction)) return pos;
    out = std::string(t[pos].norm);
    std::size_t k = pos + 1;
    if (k + 1 < t.size() && t[k].norm == "-" && figure_word(lex, t, k + 1, FigureWord::Direction)) {
        out += '-';
        out += t[k + 1].norm;
        k += 2;
    }
    return k;
}

/// A unit read after a number: its end token, dimension, factor (to km2 or km) and code.
struct UnitRead {
    std::size_t last = 0;
    bool area = false;
    double factor = 1.0;
    std::string code;
};

/// An area or length unit at `pos`: a unit of the tables, or "square"/"кв." and a length unit of a kilometre or
/// more ("square kms", "sq kms", "кв км", "квадратних км"), squared. A hyphen before the unit or inside it is the
/// compound adjective ("a 200-square-kilometre area").
std::optional<UnitRead> read_unit(const Lexicon& lex, Tokens t, std::size_t pos) {
    if (pos + 1 < t.size() && t[pos].norm == "-" && t[pos + 1].word) ++pos;
    PhraseHit h;
    if (pos < t.size() && lex.units.match_at(t, pos, h)) {
        const UnitEntry& u = lex.unit_info[h.payload];
        return UnitRead{h.last, u.area, u.factor, u.code};
    }
    if (!figure_word(lex, t, pos, FigureWord::Square)) return std::nullopt;
    std::size_t k = pos + 1;
    if (k < t.size() && (t[k].norm == "." || t[k].norm == "-")) ++k;
    if (k >= t.size() || !lex.units.match_at(t, k, h)) return std::nullopt;
    const UnitEntry& u = lex.unit_info[h.payload];
    if (u.area || u.factor < 1.0) return std::nullopt; // "square metres": not a territorial figure
    return UnitRead{h.last, true, u.factor * u.factor, u.code + "2"};
}

/// The unit after a number ending at `pos`, past a tail that qualifies the number ("600-odd square kilometres",
/// "600 or so", "600 с лишним квадратных километров", "600 з гаком кв. км": `tail_qualifier` gets "over" or
/// "about") and an adjective of the unit ("600 more square kilometres", "600 additional sq km").
std::optional<UnitRead> read_unit_after(const Lexicon& lex, Tokens t, std::size_t pos, std::string& tail_qualifier) {
    std::size_t k = pos, end = pos;
    if (figure_word(lex, t, k, FigureWord::OverTail, &end)) {
        tail_qualifier = "over";
        k = end;
    } else if (figure_word(lex, t, k, FigureWord::AboutTail, &end)) {
        tail_qualifier = "about";
        k = end;
    }
    if (figure_word(lex, t, k, FigureWord::UnitAdjective, &end)) k = end;
    if (k != pos)
        if (auto u = read_unit(lex, t, k)) return u;
    tail_qualifier.clear();
    return read_unit(lex, t, pos);
}

/// Qualifier ending right before token `pos` ("more than", "about"), or before a preposition there
/// ("почти на 40 квадратных километров", "by nearly 40").
std::string qualifier_before(const Lexicon& lex, Tokens t, std::size_t pos, std::size_t& start) {
    if (pos >= 2 && figure_word(lex, t, pos - 1, FigureWord::QualifierPrep)) {
        std::size_t s = pos - 1;
        std::string q = qualifier_before(lex, t, pos - 1, s);
        if (!q.empty()) {
            start = s;
            return q;
        }
    }
    for (std::size_t back = 3; back >= 1; --back) {
        if (pos < back) continue;
        PhraseHit h;
        if (lex.qualifiers.match_at(t, pos - back, h) && h.last == pos) {
            start = pos - back;
            return lex.qualifier_name[h.payload];
        }
    }
    start = pos;
    return {};
}

/// "к северу от", "на північ від": a bearing between a Russian or Ukrainian distance and its anchor.
bool slavic_bearing(const Lexicon& lex, Tokens t, std::size_t k) {
    return k + 3 < t.size() && figure_word(lex, t, k, FigureWord::SlavicBearing) && t[k + 1].word &&
           figure_word(lex, t, k + 2, FigureWord::SlavicFrom);
}

/// Skips "(531 square miles)" after a figure: the same figure converted.
std::size_t skip_conversion(const Lexicon& lex, Tokens t, std::size_t pos, bool area) {
    if (pos >= t.size() || t[pos].norm != "(") return pos;
    std::size_t k = pos + 1;
    std::size_t qs = 0;
    if (PhraseHit h; k < t.size() && lex.qualifiers.match_at(t, k, h)) { k = h.last; (void)qs; }
    const auto q = read_quantity(lex, t, k);
    if (!q) return pos;
    const auto u = read_unit(lex, t, q->last);
    if (!u || u->area != area) return pos;
    if (u->last < t.size() && t[u->last].norm == ")") return u->last + 1;
    return pos;
}

/// "or", "или", "або", "тобто", "то есть", "это", "це": a word that restates a figure in other units; returns
/// its end, or `k`.
std::size_t restating_word(const Lexicon& lex, Tokens t, std::size_t k) {
    std::size_t end = k;
    return figure_word(lex, t, k, FigureWord::Restate, &end) ? end : k;
}

/// Skips an area figure restated in other units after a comma, a dash or "or" ("4,000 square kilometres, or
/// about 1,544 square miles", "1 200 гектаров, или 12 кв. км", "500 гектарів — тобто 5 квадратних кілометрів"):
/// the same figure when its km2 agrees within 5 %. Returns the end of the restatement, or `pos`.
std::size_t skip_restatement(const Lexicon& lex, Tokens t, std::size_t pos, double km2) {
    std::size_t k = pos;
    if (k < t.size() && (t[k].norm == "," || t[k].norm == "-")) ++k;
    k = restating_word(lex, t, k);
    if (k == pos || km2 <= 0) return pos;
    if (PhraseHit h; k < t.size() && lex.qualifiers.match_at(t, k, h)) k = h.last;
    const auto q = read_quantity(lex, t, k);
    if (!q || q->range) return pos;
    const auto u = read_unit(lex, t, q->last);
    if (!u || !u->area) return pos;
    const double other = q->min * u->factor;
    return std::abs(other - km2) <= 0.05 * km2 ? u->last : pos;
}

/// Whether token `k` starts a clause of its own, so that a cue before it does not reach a figure after it: a
/// contrast word ("Kyiv refused to hand over land, but its troops retook 20 square kilometres") or "and" after a
/// comma.
bool clause_opener(const Lexicon& lex, Tokens t, std::size_t k) {
    return figure_word(lex, t, k, FigureWord::Contrast) ||
           (k > 0 && t[k - 1].norm == "," && figure_word(lex, t, k, FigureWord::ClauseAnd));
}

/// Where the clause of a figure at token `pos` starts, looking back at most 12 tokens.
std::size_t clause_start(const Lexicon& lex, Tokens t, std::size_t pos) {
    const std::size_t from = pos > 12 ? pos - 12 : 0;
    for (std::size_t k = pos; k > from; --k)
        if (t[k - 1].norm == ";" || t[k - 1].norm == "." || clause_opener(lex, t, k - 1)) return k;
    return from;
}

/// "The area of Kursk region is ...", "площадь Курской области — ...", "площа України становить ...": a size word
/// (figure_words `size_head`) right before a place name (after "of", "the") in the figure's clause measures that
/// place, not territory held or taken. A name joined by a hyphen (no space) to the next word ("the area of
/// Russian-occupied territory") describes the territory measured, and a word that is no place ("площадь
/// освобожденной территории") names territory.
bool size_of_place(const Lexicon& lex, Tokens t, std::size_t pos, std::span<const MentionRef> mentions) {
    for (std::size_t k = clause_start(lex, t, pos); k < pos; ++k) {
        if (!figure_word(lex, t, k, FigureWord::SizeHead)) continue;
        std::size_t j = k + 1;
        while (j < pos && figure_word(lex, t, j, FigureWord::SizeLink)) ++j;
        for (const auto& m : mentions) {
            if (m.first != j || m.last > pos || m.last <= m.first) continue;
            const bool hyphen = m.last < t.size() && t[m.last].norm == "-" &&
                                t[m.last].span.start == t[m.last - 1].span.end; // not a spaced dash
            if (!hyphen) return true;
        }
    }
    return false;
}

/// Whether a claim verb of gain, loss or advance stands in tokens [from, pos) that the cue ending at `from` does not
/// govern: a verb right after the cue, or after an English "-ly" adverb, is its complement ("plans to capture", "plans
/// to quickly liberate"); a later one has the figure as its own object ("Russia, which plans to capture the region,
/// has taken 500 sq km", "despite the mined fields, troops liberated 20 sq km", "после уборки урожая армия заняла").
bool claim_verb_between(const Lexicon& lex, Tokens t, std::size_t from, std::size_t pos) {
    const bool adverb = from < pos && t[from].word && t[from].norm.ends_with("ly");
    for (std::size_t k = from; k < pos; ++k) {
        PhraseHit h;
        if (!lex.verbs.match_at(t, k, h)) continue;
        const VerbClass cls = lex.verb_info[h.payload].cls;
        if (cls != VerbClass::Gain && cls != VerbClass::Loss && cls != VerbClass::Advance) continue;
        if (k == from || (k == from + 1 && adverb)) continue;
        return true;
    }
    return false;
}

/// A cue before the figure in its clause, unless a claim verb between them takes the figure as its object.
bool cue_before(const Lexicon& lex, Tokens t, std::size_t pos) {
    for (std::size_t k = clause_start(lex, t, pos); k < pos; ++k) {
        PhraseHit h;
        if (lex.area_cues_before.match_at(t, k, h) && h.last <= pos && !claim_verb_between(lex, t, h.last, pos))
            return true;
    }
    return false;
}

/// A word before the figure in its clause that makes it a daily rate ("ежедневно занимала по 27 кв. км", "щодоби
/// захоплюють 27 кв. км", "the daily average was 27 sq km"): a claim verb between does not shield it.
bool rate_before(const Lexicon& lex, Tokens t, std::size_t pos) {
    for (std::size_t k = clause_start(lex, t, pos); k < pos; ++k)
        if (PhraseHit h; lex.area_rate_before.match_at(t, k, h) && h.last <= pos) return true;
    return false;
}

/// A cue right after the figure (within two tokens), or after a phrase that names what or where the figure
/// measures ("6,500 square kilometres of the oblast are still to be taken", "30 тисяч квадратних кілометрів у
/// регіоні залишаються замінованими"), within the clause.
bool cue_after(const Lexicon& lex, Tokens t, std::size_t pos, bool& rate) {
    const bool of_phrase = figure_word(lex, t, pos, FigureWord::MeasurePrep);
    const std::size_t reach = of_phrase ? 7 : 2;
    for (std::size_t k = pos; k < t.size() && k < pos + reach; ++k) {
        if (k > pos && (t[k].norm == "," || t[k].norm == ";" || t[k].norm == "." || t[k].norm == "(")) break;
        PhraseHit h;
        if (lex.area_cues_after.match_at(t, k, h)) {
            // "per day", "в сутки", "на добу": a daily rate; "per week", "в неделю" is no km2/day figure.
            rate = false;
            if (k < pos + 2 && figure_word(lex, t, k, FigureWord::Rate))
                for (std::size_t d = k; d < h.last && !rate; ++d) rate = figure_word(lex, t, d, FigureWord::DayWord);
            return true;
        }
    }
    // A predicate of the land measured, past the phrase that names it ("174,000 square kilometres of the country are
    // potentially contaminated", "5 тыс. гектаров вокруг города до сих пор заминированы"), within the clause.
    for (std::size_t k = pos; k < t.size() && k < pos + 12; ++k) {
        if (k > pos && (t[k].norm == "," || t[k].norm == ";" || t[k].norm == "." || t[k].norm == "(" ||
                        clause_opener(lex, t, k)))
            break;
        if (PhraseHit h; lex.area_cues_later.match_at(t, k, h)) return true;
    }
    return false;
}

std::string surface(std::string_view text, Tokens t, std::size_t first, std::size_t last) {
    return std::string(text.substr(t[first].span.start, t[last - 1].span.end - t[first].span.start));
}

/// The anchor of an offset starting at token `pos`: a mention, or up to four words.
std::pair<std::size_t, std::size_t> anchor_at(Tokens t, std::size_t pos,
                                              std::span<const MentionRef> mentions, std::string& name,
                                              std::string_view text) {
    for (const auto& m : mentions)
        if (m.first >= pos && m.first <= pos + 5) {
            name = m.mention->surface;
            return {m.first, m.last};
        }
    std::size_t k = pos;
    while (k < t.size() && k < pos + 4 && t[k].word) ++k;
    if (k > pos) name = surface(text, t, pos, k);
    return {pos, k};
}

} // namespace

std::optional<Quantity> read_quantity(const Lexicon& lex, Tokens t, std::size_t pos) {
    std::size_t start = pos;
    bool from = false;
    if (figure_word(lex, t, pos, FigureWord::RangeOpen)) {
        from = true;
        ++pos;
    }
    auto q = read_single(lex, t, pos);
    if (!q) return std::nullopt;
    q->first = start;
    std::size_t k = q->last;
    if (k + 1 < t.size() && (t[k].norm == "-" || figure_word(lex, t, k, FigureWord::RangeTo) ||
                             (from && figure_word(lex, t, k, FigureWord::RangeAnd)))) {
        // "1-2 km" or "four to five kilometres"; the unit may sit after the first number too.
        if (auto hi = read_single(lex, t, k + 1)) {
            q->max = hi->max;
            if (!hi->max) q->max = std::nullopt;
            q->range = true;
            q->last = hi->last;
            return q;
        }
    }
    if (from) return std::nullopt; // "from" must introduce a range
    return q;
}

SentenceFigures find_figures(const Lexicon& lex, std::string_view text, Tokens t,
                             std::span<const MentionRef> mentions) {
    SentenceFigures out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        // A quantity starts with digits, a number word or "from"/"between" (read_quantity): the
        // test is that function's, made here for the many tokens that fail it.
        if (!t[i].number &&
            !(t[i].word && (lex.numbers.may_start(t[i]) || figure_word(lex, t, i, FigureWord::RangeOpen))))
            continue;
        auto q = read_quantity(lex, t, i);
        if (!q) continue;
        std::size_t qual_start = q->first;
        std::string qualifier = qualifier_before(lex, t, q->first, qual_start);
        std::string tail_qualifier;
        const auto unit = read_unit_after(lex, t, q->last, tail_qualifier);
        if (unit && qualifier.empty()) qualifier = tail_qualifier;
        if (unit) {
            const UnitRead& u = *unit;
            // "1.300 km²": a dot between groups of three digits of an area figure (dot_grouped_value).
            if (u.area && !q->range && t[i].number && q->first == i && q->last == i + 1) {
                if (const auto v = dot_grouped_value(t[i].norm)) {
                    q->min = *v;
                    q->max = *v;
                }
            }
            std::size_t end = unit->last;
            // "2,590 square kilometres (1,000 square miles)": one figure.
            std::size_t after = skip_conversion(lex, t, end, u.area);
            if (u.area && after == end) after = skip_restatement(lex, t, end, q->min * u.factor);
            if (q->range) qualifier = "range";
            if (qualifier.empty()) qualifier = "exact";
            if (u.area) {
                core::Area a;
                a.span = {t[qual_start].span.start, t[end - 1].span.end};
                a.surface = surface(text, t, qual_start, end);
                a.unit = u.code;
                a.value = q->min;
                a.km2 = q->min * u.factor;
                if (q->range && q->max) a.km2_max = *q->max * u.factor;
                a.qualifier = qualifier;
                bool rate = false;
                if (cue_after(lex, t, after, rate) || cue_before(lex, t, qual_start) ||
                    size_of_place(lex, t, qual_start, mentions))
                    a.territorial = false;
                if (!rate && rate_before(lex, t, qual_start)) {
                    rate = true;
                    a.territorial = false;
                }
                if (rate) a.unit = u.code + "/day";
                out.areas.push_back(std::move(a));
                out.area_token.push_back(qual_start);
            } else {
                core::Distance d;
                d.span = {t[qual_start].span.start, t[end - 1].span.end};
                d.min_km = q->min * u.factor;
                if (q->max) d.max_km = *q->max * u.factor;
                d.qualifier = qualifier;
                d.type = "other";
                std::size_t k = after;
                if (k < t.size() && t[k].norm == "(") k = skip_conversion(lex, t, k, false);
                std::string dir;
                const std::size_t dir_end = read_direction(lex, t, k, dir);
                if (dir_end > k && figure_word(lex, t, dir_end, FigureWord::DirectionOf)) {
                    d.type = "offset";
                    d.direction = dir;
                    const auto anchor = anchor_at(t, dir_end + 1, mentions, d.anchor, text);
                    out.offset_anchor_tokens.push_back(anchor);
                    end = std::max(anchor.second, dir_end + 1);
                } else if (std::size_t a0 = k + 1; figure_word(lex, t, k, FigureWord::Offset, &a0) ||
                                                   figure_word(lex, t, k, FigureWord::SlavicFrom) ||
                                                   slavic_bearing(lex, t, k)) {
                    d.type = "offset";
                    // "за 7 км к северу от X", "в 5 км на південь від X": the bearing before the anchor.
                    if (slavic_bearing(lex, t, k)) a0 = k + 3;
                    const auto anchor = anchor_at(t, a0, mentions, d.anchor, text);
                    out.offset_anchor_tokens.push_back(anchor);
                    end = std::max(anchor.second, a0);
                } else if (figure_word(lex, t, k, FigureWord::AdvanceAfter)) {
                    d.type = "advance";
                    end = k + 1;
                } else {
                    // "advanced ... from four to several dozen kilometres"
                    for (std::size_t b = qual_start; b > 0 && b + 8 > qual_start; --b) {
                        if (figure_word(lex, t, b - 1, FigureWord::AdvanceVerb)) {
                            d.type = "advance";
                            break;
                        }
                        if (t[b - 1].norm == "." || t[b - 1].norm == ";") break;
                    }
                }
                d.span.end = t[end - 1].span.end;
                d.surface = std::string(text.substr(d.span.start, d.span.end - d.span.start));
                out.distances.push_back(std::move(d));
            }
            i = std::max(i, after > 0 ? after - 1 : 0);
            continue;
        }
        // "70 north of the city": a bare number before a direction and "of".
        if (t[i].number) {
            std::string dir;
            const std::size_t dir_end = read_direction(lex, t, q->last, dir);
            if (dir_end > q->last && figure_word(lex, t, dir_end, FigureWord::DirectionOf) && !q->range) {
                core::Distance d;
                d.min_km = q->min;
                d.max_km = q->max;
                d.qualifier = qualifier.empty() ? "exact" : qualifier;
                d.type = "offset";
                d.direction = dir;
                const auto anchor = anchor_at(t, dir_end + 1, mentions, d.anchor, text);
                out.offset_anchor_tokens.push_back(anchor);
                const std::size_t end = std::max(anchor.second, dir_end + 1);
                d.span = {t[qual_start].span.start, t[end - 1].span.end};
                d.surface = std::string(text.substr(d.span.start, d.span.end - d.span.start));
                out.distances.push_back(std::move(d));
            }
        }
        i = q->last - 1;
    }
    return out;
}

} // namespace claimtrack::extract
