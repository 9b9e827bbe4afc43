#pragma once
/// \file
/// Date and period expressions in a sentence, resolved against the
/// publication date. Private to the extract module.

#include "lexicon.hpp"

#include <optional>
#include <string>

namespace claimtrack::extract {

/// A resolved time expression: tokens [first, last), an interval and its precision.
struct TimeExpr {
    std::size_t first = 0;
    std::size_t last = 0;
    core::Date from;
    core::Date to;
    std::string precision; ///< day, week, month, year
    bool period = false;   ///< "in the last two weeks": an interval ending at the reference date
};

/// Every time expression in `tokens`. `reference` is the publication date;
/// without it only expressions carrying their own year are resolved
/// (nothing is invented).
/// Weekday, month and relative-day words come from the lexicon (time_words*.tsv).
std::vector<TimeExpr> find_times(const Lexicon& lex, Tokens tokens,
                                 const std::optional<core::Date>& reference);

} // namespace claimtrack::extract
