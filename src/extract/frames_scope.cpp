#include "frames_scope.hpp"

#include "frames_en.hpp"
#include "frames_places.hpp"
#include "frames_slavic.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

namespace claimtrack::extract {

/// A verb that does not report a change: "plans to take", "to capture",
/// "focused on capturing", "Capturing X could".
bool irrealis(const Lexicon& lex, const Sentence& s, const VerbHit& v) {
    const auto& t = s.tokens;
    // "the humanitarian situation in X is difficult": a state of something other than the front.
    if (v.entry->cls == VerbClass::Contest) return v.first > 0 && s.cue_at(v.first - 1, Cue::SituationKind);
    // "Take X, then ...": an order; "lost 40 men near X": casualties, no loss of X.
    if (imperative_verb(s, v) || casualty_object(s, v) || gained_nothing(s, v)) return true;
    for (std::size_t k = v.first; k > 0 && k + 8 > v.first; --k) {
        const std::string_view w = t[k - 1].norm;
        if (w == "," || w == ";" || w == ".") break;
        // "have been trying to reach Y since the fall of X": an event named after a temporal preposition
        // happened, whatever was attempted before it.
        if (w == "since" || w == "after" || w == "following" || w == "после" || w == "після") break;
        if (s.cue_at(k - 1, Cue::Irrealis)) return true;
    }
    // A nominal event as an object: "next in line for the Russian advance".
    for (std::size_t k = v.first; k > 0 && k + 3 > v.first; --k)
        if ((t[k - 1].norm == "for" || t[k - 1].norm == "against") && k < v.first && t[k].norm == "the") return true;
    if (v.first > 0 && t[v.first - 1].norm == "to") {
        // "managed to take", "ordered his forces to withdraw", "authorised a manoeuvre to withdraw units".
        bool real = false;
        for (std::size_t k = v.first - 1; k > 0 && k + 6 > v.first && !real; --k) {
            const std::string_view w = t[k - 1].norm;
            if (w == "," || w == ";" || w == "." || w == "to") break;
            real = s.cue_at(k - 1, Cue::RealTo);
        }
        if (!real) return true;
    }
    // Objects that make the verb non-territorial: "taken heavy losses", "took part" (not "entered
    // the eastern part of X": a blocker followed by "of" and a place is a part of that place).
    for (std::size_t k = v.last; k < t.size() && k < v.last + 3; ++k) {
        PhraseHit h;
        if (!lex.verb_blockers.match_at(t, k, h)) continue;
        const bool of_place = h.last + 1 < t.size() && t[h.last].norm == "of" &&
                              std::any_of(s.mentions.begin(), s.mentions.end(),
                                          [&](const MentionRef& m) { return m.first == h.last + 1; });
        if (!of_place) return true;
    }
    const std::string_view w = t[v.first].norm;
    if (v.last - v.first == 1 && w.size() > 4 && w.ends_with("ing") && !gerund_clause(s, v)) {
        for (std::size_t k = v.first > 2 ? v.first - 2 : 0; k < v.first; ++k)
            if (s.cue_at(k, Cue::Progressive)) return false;
        return true;
    }
    return false;
}

bool negated(const Sentence& s, const VerbHit& v) {
    const std::size_t from = v.first > 3 ? v.first - 3 : 0;
    for (std::size_t k = from; k < v.first; ++k)
        if (s.cue_at(k, Cue::Negation)) return true;
    // "no evidence that Russian units had entered X": the negation reaches to the end of its clause.
    for (std::size_t k = v.first; k > 0 && k + 14 > v.first; --k) {
        if (s.cue_at(k - 1, Cue::ClauseBreak) || s.tokens[k - 1].norm == ",") break;
        if (s.cue_at(k - 1, Cue::NegationScope)) return true;
    }
    return false;
}

bool unstated_topic(const Sentence& s, const VerbHit& v) {
    // "О выходе из X прямо не говорится", "Про вихід з X у зведенні не йдеться": a verbal noun fronted as the
    // topic ("about the withdrawal from X") of a negated verb of saying later in its clause is not stated.
    const std::string_view before = v.first > 0 ? s.tokens[v.first - 1].norm : std::string_view{};
    if (before == "о" || before == "об" || before == "про") {
        for (std::size_t k = v.last; k < s.tokens.size(); ++k) {
            if (s.cue_at(k, Cue::ClauseBreak) || s.tokens[k].norm == "," || s.tokens[k].norm == ".") break;
            if (!s.cue_at(k, Cue::Negation)) continue;
            if (std::any_of(s.reports.begin(), s.reports.end(),
                            [&](const ReportHit& r) { return r.first > k && r.first <= k + 2; }))
                return true;
        }
    }
    return false;
}

/// The denial whose complement holds the verb: "denied that Russian forces had captured X",
/// "denied Russian claims to have captured X". Null when none.
const ReportHit* denial_over(const Sentence& s, const VerbHit& v) {
    const ReportHit* found = nullptr;
    for (const ReportHit& r : s.reports) {
        if (r.kind != ReportKind::Deny || r.last > v.first || r.last + 14 < v.first) continue;
        bool broken = false;
        // "заперечив, що росіяни захопили X": the comma before the complementiser opens the complement.
        std::size_t from = r.last;
        if (from + 1 < v.first && s.tokens[from].norm == "," && complementiser(s.tokens[from + 1].norm)) from += 2;
        for (std::size_t k = from; k < v.first && !broken; ++k)
            broken = s.cue_at(k, Cue::ClauseBreak) || s.tokens[k].norm == "," || s.tokens[k].norm == "\"";
        if (!broken) found = &r;
    }
    return found;
}


/// A denial after the claim it rejects: "Інформація про нібито захоплення X не відповідає дійсності",
/// "reports of the capture of X are not true". The verb stands in the denial's subject: no clause
/// break, comma or other verb between them.
bool in_report_clause(const Sentence& s, const VerbHit& v) {
    const auto& t = s.tokens;
    for (std::size_t c = v.first; c > 0 && c + 10 > v.first; --c) {
        const std::size_t k = c - 1; // candidate complementiser
        if (s.cue_at(k, Cue::ClauseBreak) && !complementiser(t[k].norm)) return false;
        if (!complementiser(t[k].norm)) continue;
        if (k >= 1 && s.cue_at(k - 1, Cue::ReportNoun)) return true; // "reports that"
        // "сообщения о том, что", "заяви про те, що", "информация о том, что".
        return k >= 4 && t[k - 1].norm == "," && (t[k - 2].norm == "том" || t[k - 2].norm == "те") &&
               (t[k - 3].norm == "о" || t[k - 3].norm == "об" || t[k - 3].norm == "про") && s.cue_at(k - 4, Cue::ReportNoun);
    }
    return false;
}

bool denied_after(const Sentence& s, const VerbHit& v) {
    const bool report_clause = in_report_clause(s, v);
    for (const ReportHit& r : s.reports) {
        if (r.kind != ReportKind::Deny || r.first < v.last || r.first > v.last + 8) continue;
        for (std::size_t k = v.last; k < r.first; ++k) {
            // "..., что российские войска взяли X, не соответствуют действительности": the comma that
            // closes the report's content clause, right before the denial.
            if (report_clause && s.tokens[k].norm == "," && k + 1 == r.first) continue;
            if (s.cue_at(k, Cue::ClauseBreak) || s.tokens[k].norm == "," || s.tokens[k].norm == "\"" ||
                inside_verb(s, k))
                return false;
        }
        return true;
    }
    return false;
}

/// "не полностью захватили", "частково звільнили": partial control, an advance.
bool long_standing(const Lexicon& lex, const Sentence& s, const VerbHit& v, const std::optional<core::Date>& published) {
    // "throughout the war", "на протяжении всей войны": the state lasted from the origin named after it.
    static constexpr std::array<std::string_view, 10> since{"since", "с", "со", "з", "із", "зі", "від",
                                                            "throughout", "протяжении", "протягом"};
    // The events a long state is counted from: the war, the invasion, an annexation.
    static constexpr std::array<std::string_view, 14> origins{
        "invasion", "war", "annexation", "вторжения", "войны", "аннексии", "спецоперации", "сво",
        "вторгнення", "війни", "анексії", "окупації", "оккупации", "occupation"};
    const auto& t = s.tokens;
    // The stretch of the verb's clause between commas around it.
    std::size_t from = clause_begin(s, v.first), to = clause_end(s, v.last);
    for (std::size_t k = v.first; k > from; --k)
        if (t[k - 1].norm == "," || t[k - 1].norm == ";") {
            from = k;
            break;
        }
    for (std::size_t k = v.last; k < to; ++k)
        if (t[k].norm == "," || t[k].norm == ";") {
            to = k;
            break;
        }
    for (std::size_t k = from; k + 1 < to; ++k) {
        if (std::find(since.begin(), since.end(), t[k].norm) == since.end()) continue;
        for (const TimeExpr& e : s.times)
            if ((e.first == k + 1 || e.first == k) && published && !e.period && e.to < published->plus_days(-31)) return true;
        // "с мая", "з травня", "с конца февраля": a month without a day, the latest one not after
        // publication; "since 2014", "с весны 2022 года", "з літа 2014 року", "since early 2023": a past
        // year (the time rules may leave it unresolved). A word or two (part of a month, a season) may
        // stand between.
        constexpr std::size_t k_since_words = 3; // "с самого начала февраля", "since the spring of 2022"
        for (std::size_t j = k + 1; published && j < to && j <= k + k_since_words + 1; ++j) {
            if (!t[j].word && !t[j].number) break;
            PhraseHit h;
            if (lex.time_words.match_at(s.tokens, j, h) && lex.time_info[h.payload].kind == TimeKind::Month) {
                const int month = lex.time_info[h.payload].value;
                const bool year_after = h.last < to && t[h.last].number && t[h.last].norm.size() == 4;
                const int year = year_after ? std::atoi(std::string(t[h.last].norm).c_str())
                                 : month <= published->month ? published->year
                                                             : published->year - 1;
                if (core::Date{year, month, core::Date::days_in_month(year, month)} < published->plus_days(-31)) return true;
                break;
            }
            if (t[j].number) {
                if (t[j].norm.size() == 4 && std::atoi(std::string(t[j].norm).c_str()) < published->year) return true;
                break;
            }
        }
        for (std::size_t j = k + 1; j < std::min(to, k + 7); ++j)
            if (std::find(origins.begin(), origins.end(), t[j].norm) != origins.end()) return true;
    }
    return false;
}

bool partial_verb(const Sentence& s, const VerbHit& v) {
    const std::size_t from = v.first > 3 ? v.first - 3 : 0;
    for (std::size_t k = from; k < v.first; ++k)
        if (s.cue_at(k, Cue::Partial)) return true;
    return false;
}

} // namespace claimtrack::extract
