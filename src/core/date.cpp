#include "claimtrack/core/date.hpp"

#include <cstdio>

namespace claimtrack::core {

namespace {
bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int two_digits(std::string_view s, std::size_t at) {
    if (at + 2 > s.size()) return -1;
    const char a = s[at], b = s[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
}
} // namespace

int Date::days_in_month(int y, int m) {
    static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return (m == 2 && is_leap(y)) ? 29 : k_days[m - 1];
}

bool Date::valid(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::optional<Date> Date::parse(std::string_view iso) {
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
    const int hi = two_digits(iso, 0), lo = two_digits(iso, 2);
    const int m = two_digits(iso, 5), d = two_digits(iso, 8);
    if (hi < 0 || lo < 0 || m < 0 || d < 0) return std::nullopt;
    const int y = hi * 100 + lo;
    if (!valid(y, m, d)) return std::nullopt;
    return Date{y, m, d};
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
long Date::days_since_epoch() const {
    const int y = month <= 2 ? year - 1 : year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::from_days_since_epoch(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int Date::weekday() const {
    const long z = days_since_epoch(); // 1970-01-01 was a Thursday (3)
    return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

std::string Date::iso() const {
    if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
        // Digit by digit: a store write and a JSON document format several dates each.
        const auto digit = [](int v) { return static_cast<char>('0' + v); };
        const char text[10] = {digit(year / 1000),     digit(year / 100 % 10), digit(year / 10 % 10),
                               digit(year % 10),       '-',                    digit(month / 10),
                               digit(month % 10),      '-',                    digit(day / 10),
                               digit(day % 10)};
        return std::string(text, sizeof text);
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

} // namespace claimtrack::core
