#include "claimtrack/core/date.hpp"

#include <catch2/catch.hpp>

using claimtrack::core::Date;

TEST_CASE("Date parses ISO dates and timestamps", "[core]") {
    SECTION("plain date") {
        auto d = Date::parse("2022-09-12");
        REQUIRE(d);
        CHECK(d->year == 2022);
        CHECK(d->month == 9);
        CHECK(d->day == 12);
        CHECK(d->iso() == "2022-09-12");
    }
    SECTION("timestamp") {
        auto d = Date::parse("2024-10-02T07:15:00+03:00");
        REQUIRE(d);
        CHECK(d->iso() == "2024-10-02");
    }
    SECTION("rejects impossible or malformed dates") {
        CHECK_FALSE(Date::parse("2022-02-30"));
        CHECK_FALSE(Date::parse("2023-02-29"));
        CHECK_FALSE(Date::parse("2022-13-01"));
        CHECK_FALSE(Date::parse("12/09/2022"));
        CHECK_FALSE(Date::parse("2022-09-1"));
        CHECK_FALSE(Date::parse("2022-09-12x"));
        CHECK(Date::parse("2024-02-29"));
    }
}

TEST_CASE("Date arithmetic and weekdays", "[core]") {
    CHECK(Date{1970, 1, 1}.days_since_epoch() == 0);
    CHECK(Date{2000, 3, 1}.days_since_epoch() == 11017);
    CHECK(Date::from_days_since_epoch(-1).iso() == "1969-12-31");
    CHECK(Date{2022, 9, 12}.weekday() == 0);  // a Monday
    CHECK(Date{2024, 10, 6}.weekday() == 6);  // a Sunday
    CHECK(Date{2024, 2, 28}.plus_days(1).iso() == "2024-02-29");
    CHECK(Date{2024, 12, 31}.plus_days(1).iso() == "2025-01-01");
    CHECK(Date{2022, 9, 12}.plus_days(-7).iso() == "2022-09-05");
    CHECK(Date{2022, 9, 12} < Date{2022, 10, 1});
}

TEST_CASE("iso() prints four-digit years and two-digit months and days, as printf would", "[core]") {
    CHECK(Date{2022, 9, 12}.iso() == "2022-09-12");
    CHECK(Date{987, 1, 2}.iso() == "0987-01-02");
    CHECK(Date{0, 12, 31}.iso() == "0000-12-31");
    CHECK(Date{9999, 10, 10}.iso() == "9999-10-10");
    CHECK(Date{10000, 1, 1}.iso() == "10000-01-01");
    CHECK(Date{-44, 3, 15}.iso() == "-044-03-15");
}
