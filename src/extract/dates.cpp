#include "dates.hpp"

#include <array>
#include <charconv>

namespace claimtrack::extract {

namespace {

constexpr std::array<std::string_view, 7> k_weekdays{"monday", "tuesday", "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

struct MonthName {
    std::string_view name;
    int month;
};
constexpr std::array<MonthName, 24> k_months{{
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7},
    {"jul", 7}, {"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9},
    {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}}};

int weekday_of(std::string_view w) {
    for (std::size_t i = 0; i < k_weekdays.size(); ++i)
        if (w == k_weekdays[i]) return static_cast<int>(i);
    return -1;
}

int month_of(std::string_view w) {
    for (const auto& m : k_months)
        if (w == m.name) return m.month;
    return 0;
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

std::optional<TimeExpr> day_month(const std::vector<Token>& t, std::size_t i, const std::optional<core::Date>& ref) {
    // "17 February [2024]" or "February 17[, 2024]" / "Feb. 17" / "Nov 9"
    int day = 0, month = 0;
    std::size_t k = i;
    if (t[i].number) {
        const auto d = small_int(t[i].norm);
        if (!d || *d < 1 || *d > 31 || i + 1 >= t.size()) return std::nullopt;
        month = month_of(t[i + 1].norm);
        if (!month) return std::nullopt;
        day = *d;
        k = i + 2;
        if (k < t.size() && t[k].norm == ".") ++k;
    } else {
        month = month_of(t[i].norm);
        if (!month) return std::nullopt;
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

std::optional<TimeExpr> month_only(const std::vector<Token>& t, std::size_t i, const std::optional<core::Date>& ref) {
    // "in August [2024]"
    if (i == 0 || (t[i - 1].norm != "in" && t[i - 1].norm != "since" && t[i - 1].norm != "during")) return std::nullopt;
    const int month = month_of(t[i].norm);
    if (!month || t[i].norm.size() < 3 || !t[i].upper) return std::nullopt;
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

std::optional<TimeExpr> weekday(const std::vector<Token>& t, std::size_t i, const std::optional<core::Date>& ref) {
    const int wd = weekday_of(t[i].norm);
    if (wd < 0 || !ref) return std::nullopt;
    long back = (ref->weekday() - wd + 7) % 7;
    if (i > 0 && t[i - 1].norm == "last" && back == 0) back = 7;
    TimeExpr e;
    e.first = (i > 0 && (t[i - 1].norm == "on" || t[i - 1].norm == "last")) ? i - 1 : i;
    e.last = i + 1;
    e.from = e.to = ref->plus_days(-back);
    e.precision = "day";
    return e;
}

std::optional<TimeExpr> relative(const std::vector<Token>& t, std::size_t i, const std::optional<core::Date>& ref) {
    if (!ref) return std::nullopt;
    const std::string_view w = t[i].norm;
    TimeExpr e;
    e.first = i;
    e.last = i + 1;
    e.precision = "day";
    if (w == "today") { e.from = e.to = *ref; return e; }
    if (w == "yesterday") { e.from = e.to = ref->plus_days(-1); return e; }
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

std::optional<TimeExpr> year_only(const std::vector<Token>& t, std::size_t i) {
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

std::vector<TimeExpr> find_times(const std::vector<Token>& t, const std::optional<core::Date>& ref) {
    std::vector<TimeExpr> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        // Month and weekday names are capitalised; the rest start with a digit or a few words.
        const std::string_view w = t[i].norm;
        if (!t[i].number && !t[i].upper && w != "today" && w != "yesterday" && w != "last" && w != "past") continue;
        std::optional<TimeExpr> e = day_month(t, i, ref);
        if (!e) e = weekday(t, i, ref);
        if (!e) e = month_only(t, i, ref);
        if (!e) e = relative(t, i, ref);
        if (!e) e = year_only(t, i);
        if (e) {
            i = e->last - 1;
            out.push_back(*e);
        }
    }
    return out;
}

} // namespace claimtrack::extract
