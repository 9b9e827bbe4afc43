// libFuzzer target: date parsing — ISO dates, feed (RFC 822) dates, and the
// extractor's time expressions ("on Tuesday", "in the last two weeks") resolved
// against a publication date.
#include "claimtrack/core/date.hpp"
#include "claimtrack/text/html.hpp"
#include "claimtrack/text/text.hpp"
#include "dates.hpp"
#include "fuzz_common.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

using namespace claimtrack;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);
    if (auto d = core::Date::parse(s); d && !core::Date::valid(d->year, d->month, d->day)) __builtin_trap();
    if (auto d = text::parse_feed_date(s); d && !core::Date::valid(d->year, d->month, d->day)) __builtin_trap();
    if (text::first_invalid_utf8(s)) return 0; // the readers hand the extractor valid UTF-8 only
    const auto& lex = fuzz::lexicon();
    fuzz::for_each_sentence(lex, s, [&](const std::vector<extract::Token>& tokens) {
        for (const auto& reference : {std::optional<core::Date>(core::Date{2024, 2, 29}), std::optional<core::Date>()})
            for (const auto& t : extract::find_times(lex, tokens, reference))
                if (t.first > t.last || t.last > tokens.size() || t.to < t.from) __builtin_trap();
    });
    return 0;
}
