// libFuzzer target: figure parsing — numbers in digits and words, ranges, area
// and distance figures in a sentence.
#include "claimtrack/text/text.hpp"
#include "figures.hpp"
#include "fuzz_common.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace claimtrack;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);
    if (text::first_invalid_utf8(s)) return 0; // the readers hand the extractor valid UTF-8 only
    const auto& lex = fuzz::lexicon();
    fuzz::for_each_sentence(lex, s, [&](const std::vector<extract::Token>& tokens) {
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (auto q = extract::read_quantity(lex, tokens, i); q && (q->last > tokens.size() || q->first > q->last))
                __builtin_trap();
        const auto figures = extract::find_figures(lex, s, tokens, {});
        for (const auto& a : figures.areas)
            if (a.span.end > s.size() || a.span.start > a.span.end) __builtin_trap();
        for (const auto& d : figures.distances)
            if (d.span.end > s.size() || d.span.start > d.span.end) __builtin_trap();
    });
    return 0;
}
