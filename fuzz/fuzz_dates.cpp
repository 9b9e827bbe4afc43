// libFuzzer target: date parsing — ISO dates, feed (RFC 822) dates, and the
// extractor's time expressions ("on Tuesday", "in the last two weeks") resolved
// against a publication date.
#include "claimtrack/core/date.hpp"
#include "claimtrack/text/html.hpp"
#include "claimtrack/text/segment.hpp"
#include "claimtrack/text/text.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "tokens.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace claimtrack;

namespace {
const extract::Lexicon& lexicon() {
    static const extract::Lexicon lex = extract::Lexicon::load(CLAIMTRACK_GEODATA_DIR "/lexicon");
    return lex;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);
    if (auto d = core::Date::parse(s); d && !core::Date::valid(d->year, d->month, d->day)) __builtin_trap();
    if (auto d = text::parse_feed_date(s); d && !core::Date::valid(d->year, d->month, d->day)) __builtin_trap();
    if (text::first_invalid_utf8(s)) return 0; // the readers hand the extractor valid UTF-8 only
    const auto& lex = lexicon();
    const std::string lowered = extract::fold_lower(s);
    for (const core::Span& span : text::sentences(s)) {
        std::vector<extract::Token> tokens = extract::tokenize(s.substr(span.start, span.size()), span.start,
                                                               std::string_view(lowered).substr(span.start, span.size()));
        lex.words.label(tokens);
        for (const auto& reference : {std::optional<core::Date>(core::Date{2024, 2, 29}), std::optional<core::Date>()})
            for (const auto& t : extract::find_times(lex, tokens, reference))
                if (t.first > t.last || t.last > tokens.size() || t.to < t.from) __builtin_trap();
    }
    return 0;
}
