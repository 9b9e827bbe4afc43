#pragma once
/// \file
/// A proleptic Gregorian calendar date without time zone, as used for
/// publication dates, statement dates and event intervals.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace claimtrack::core {

/// A calendar date. Value type; thread-safe; never throws.
struct Date {
    int year = 1970;
    int month = 1; ///< 1..12
    int day = 1;   ///< 1..31

    /// Parses "YYYY-MM-DD" (also the date part of an ISO 8601 timestamp
    /// such as "2022-09-12T10:00:00Z"). Returns nullopt on anything else,
    /// including impossible dates (2022-02-30).
    static std::optional<Date> parse(std::string_view iso);

    /// Days since 1970-01-01 (negative before).
    long days_since_epoch() const;
    static Date from_days_since_epoch(long days);

    /// 0 = Monday ... 6 = Sunday (ISO weekday - 1).
    int weekday() const;

    Date plus_days(long n) const { return from_days_since_epoch(days_since_epoch() + n); }

    /// "YYYY-MM-DD".
    std::string iso() const;

    static bool valid(int y, int m, int d);
    static int days_in_month(int y, int m);

    auto operator<=>(const Date&) const = default;
};

} // namespace claimtrack::core
