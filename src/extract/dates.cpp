#include "dates.hpp"

#include <array>
#include <charconv>

namespace claimtrack::extract {

namespace {

/// The time word starting at token `i`, or nullptr; `end` gets its end.
const TimeWord* time_word(const Lexicon& lex, Tokens t, std::size_t i, std::size_t& end) {
    PhraseHit h;
    if (i >= t.size() || !lex.time_words.match_at(t, i, h)) return nullptr;
    end = h.last;
    return &lex.time_info[h.payload];
}

int month_of(const Lexicon& lex, Tokens t, std::size_t i) {
    std::size_t end = 0;
    const TimeWord* w = time_word(lex, t, i, end);
    return w && w->kind == TimeKind::Month && end == i + 1 ? w->value : 0;
}

bool ascii_word(std::string_view w) { return !w.empty() && static_cast<unsigned char>(w[0]) < 0x80; }

/// A preposition before a month or weekday: "in", "on", "в", "у", "во".
bool time_preposition(std::string_view w) {
    return w == "in" || w == "on" || w == "since" || w == "during" || w == "\xD0\xB2" || w == "\xD1\x83" ||
           w == "\xD0\xB2\xD0\xBE";
}

std::optional<int> small_int(std::string_view s) {
    int v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

/// Number words for periods ("the last two weeks").
int count_word(std::string_view w) {
    constexpr std::array<std::string_view, 13> words{"zero", "one", "two", "three", "four", "five", "six",
                                                     "seven", "eight", "nine", "ten", "eleven", "twelve"};
    for (std::size_t i = 0; i < words.size(); ++i)
        if (w == words[i]) return static_cast<int>(i);
    if (auto v = small_int(w)) return *v;
    return -1;
}

/// Year for a day and month without one: the latest not after reference (+1 day of slack).
int infer_year(int month, int day, const core::Date& ref) {
    const core::Date same{ref.year, month, day};
    return same.days_since_epoch() > ref.days_since_epoch() + 1 ? ref.year - 1 : ref.year;
}

std::optional<TimeExpr> day_month(const Lexicon& lex, Tokens t, std::size_t i,
                                  const std::optional<core::Date>& ref) {
    // "17 February [2024]" or "February 17[, 2024]" / "Feb. 17" / "Nov 9"
    int day = 0, month = 0;
    std::size_t k = i;
    if (t[i].number) {
        const auto d = small_int(t[i].norm);
        if (!d || *d < 1 || *d > 31 || i + 1 >= t.size()) return std::nullopt;
        month = month_of(lex, t, i + 1);
        if (!month) return std::nullopt;
        day = *d;
        k = i + 2;
        if (k < t.size() && t[k].norm == ".") ++k;
    } else {
        month = month_of(lex, t, i);
        if (!month || !ascii_word(t[i].norm)) return std::nullopt; // "сентября 12" is not written
        if (t[i].norm == "may" && !t[i].upper) return std::nullopt; // the modal verb
        k = i + 1;
        if (k < t.size() && t[k].norm == ".") ++k;
        if (k >= t.size() || !t[k].number) return std::nullopt;
        const auto d = small_int(t[k].norm);
        if (!d || *d < 1 || *d > 31) return std::nullopt;
        day = *d;
        ++k;
    }
    int year = 0;
    std::size_t y = k;
    if (y < t.size() && t[y].norm == ",") ++y;
    if (y < t.size() && t[y].number && t[y].norm.size() == 4) {
        year = small_int(t[y].norm).value_or(0);
        k = y + 1;
    }
    if (!year) {
        if (!ref) return std::nullopt;
        year = infer_year(month, day, *ref);
    }
    if (!core::Date::valid(year, month, day)) return std::nullopt;
    TimeExpr e;
    e.first = i;
    e.last = k;
    e.from = e.to = core::Date{year, month, day};
    e.precision = "day";
    return e;
}

std::optional<TimeExpr> month_only(const Lexicon& lex, Tokens t, std::size_t i,
                                   const std::optional<core::Date>& ref) {
    // "in August [2024]", "в марте", "у березні 2022 року"
    if (i == 0 || !time_preposition(t[i - 1].norm) || t[i - 1].norm == "on") return std::nullopt;
    const int month = month_of(lex, t, i);
    if (!month || t[i].norm.size() < 3 || (!t[i].upper && ascii_word(t[i].norm))) return std::nullopt;
    int year = 0;
    std::size_t k = i + 1;
    if (k < t.size() && t[k].number && t[k].norm.size() == 4) {
        year = small_int(t[k].norm).value_or(0);
        ++k;
    } else if (ref) {
        year = month > ref->month ? ref->year - 1 : ref->year;
    }
    if (!year) return std::nullopt;
    TimeExpr e;
    e.first = i;
    e.last = k;
    e.from = core::Date{year, month, 1};
    e.to = core::Date{year, month, core::Date::days_in_month(year, month)};
    e.precision = "month";
    return e;
}

std::optional<TimeExpr> weekday(const Lexicon& lex, Tokens t, std::size_t i,
                                const std::optional<core::Date>& ref) {
    std::size_t end = 0;
    const TimeWord* w = time_word(lex, t, i, end);
    if (!w || w->kind != TimeKind::Weekday || !ref) return std::nullopt;
    if (ascii_word(t[i].norm) && !t[i].upper) return std::nullopt;
    const int wd = w->value;
    long back = (ref->weekday() - wd + 7) % 7;
    if (i > 0 && t[i - 1].norm == "last" && back == 0) back = 7;
    TimeExpr e;
    e.first = (i > 0 && (time_preposition(t[i - 1].norm) || t[i - 1].norm == "last")) ? i - 1 : i;
    e.last = end;
    e.from = e.to = ref->plus_days(-back);
    e.precision = "day";
    return e;
}

/// "today", "вчора", "накануне"; "на прошлой неделе", "минулого тижня".
std::optional<TimeExpr> offset_word(const Lexicon& lex, Tokens t, std::size_t i,
                                    const std::optional<core::Date>& ref) {
    std::size_t end = 0;
    const TimeWord* w = time_word(lex, t, i, end);
    if (!ref || !w || (w->kind != TimeKind::DayOffset && w->kind != TimeKind::WeekOffset)) return std::nullopt;
    TimeExpr e;
    e.first = i;
    e.last = end;
    if (w->kind == TimeKind::DayOffset) {
        e.from = e.to = ref->plus_days(w->value);
        e.precision = "day";
        return e;
    }
    // A week before publication, as English "last week": the seven days ending at the reference.
    e.from = w->value < 0 ? ref->plus_days(7L * w->value) : ref->plus_days(-static_cast<long>(ref->weekday()));
    e.to = *ref;
    e.precision = "week";
    e.period = true;
    return e;
}

std::optional<TimeExpr> relative(Tokens t, std::size_t i, const std::optional<core::Date>& ref) {
    if (!ref) return std::nullopt;
    const std::string_view w = t[i].norm;
    TimeExpr e;
    e.first = i;
    e.last = i + 1;
    e.precision = "day";
    // "(in|over|during) the (last|past) N (days|weeks|months|hours)", "last week", "past week"
    if (w == "last" || w == "past") {
        std::size_t k = i + 1;
        int n = 1;
        if (k < t.size()) {
            const int c = count_word(t[k].norm);
            if (c > 0) { n = c; ++k; }
        }
        if (k >= t.size()) return std::nullopt;
        const std::string_view unit = t[k].norm;
        long days = 0;
        if (unit == "day" || unit == "days") { days = n; e.precision = "day"; }
        else if (unit == "hours" || unit == "hour") { days = n >= 24 ? n / 24 : 1; e.precision = "day"; }
        else if (unit == "week" || unit == "weeks") { days = 7L * n; e.precision = "week"; }
        else if (unit == "month" || unit == "months") { days = 30L * n; e.precision = "month"; }
        else if (unit == "year" && n == 1 && w == "last") {
            e.from = core::Date{ref->year - 1, 1, 1};
            e.to = core::Date{ref->year - 1, 12, 31};
            e.precision = "year";
            e.last = k + 1;
            return e;
        } else return std::nullopt;
        e.from = ref->plus_days(-days);
        e.to = *ref;
        e.period = true;
        if (i >= 1 && t[i - 1].norm == "the") e.first = i - 1;
        e.last = k + 1;
        return e;
    }
    return std::nullopt;
}

std::optional<TimeExpr> year_only(Tokens t, std::size_t i) {
    // "in 2024"
    if (i == 0 || !t[i].number || t[i].norm.size() != 4 || t[i - 1].norm != "in") return std::nullopt;
    const auto y = small_int(t[i].norm);
    if (!y || *y < 1990 || *y > 2100) return std::nullopt;
    TimeExpr e;
    e.first = i - 1;
    e.last = i + 1;
    e.from = core::Date{*y, 1, 1};
    e.to = core::Date{*y, 12, 31};
    e.precision = "year";
    return e;
}

} // namespace

std::vector<TimeExpr> find_times(const Lexicon& lex, Tokens t, const std::optional<core::Date>& ref) {
    std::vector<TimeExpr> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::string_view w = t[i].norm;
        // Most tokens start no time expression; the test comes before `e`, whose construction
        // (a TimeExpr holds a string) would cost more than it.
        if (!t[i].number && w != "last" && w != "past" && !(t[i].word && lex.time_words.may_start(t[i]))) continue;
        std::optional<TimeExpr> e;
        if (t[i].number) {
            e = day_month(lex, t, i, ref);
            if (!e) e = year_only(t, i);
        } else if (w == "last" || w == "past") {
            e = relative(t, i, ref);
        } else if (t[i].word && lex.time_words.may_start(t[i])) {
            // Each rule below starts with a time word at `i`.
            e = day_month(lex, t, i, ref);
            if (!e) e = weekday(lex, t, i, ref);
            if (!e) e = month_only(lex, t, i, ref);
            if (!e) e = offset_word(lex, t, i, ref);
        }
        if (e) {
            i = e->last - 1;
            out.push_back(std::move(*e));
        }
    }
    return out;
}

} // namespace claimtrack::extract
