#include "claimtrack/text/windows.hpp"

#include <algorithm>

namespace claimtrack::text {

namespace {

/// The cut in (from, limit]: after the last of `marks` found in the second
/// half of the window, or npos.
std::size_t cut_after(std::string_view text, std::size_t from, std::size_t limit, std::string_view mark) {
    const std::size_t half = from + (limit - from) / 2;
    const std::size_t at = text.rfind(mark, limit - mark.size());
    if (at == std::string_view::npos || at < half) return std::string_view::npos;
    return at + mark.size();
}

} // namespace

std::vector<core::Span> windows(std::string_view text, std::size_t max_bytes) {
    std::vector<core::Span> out;
    if (max_bytes < 16) max_bytes = 16;
    std::size_t from = 0;
    while (text.size() - from > max_bytes) {
        const std::size_t limit = from + max_bytes;
        std::size_t cut = std::string_view::npos;
        for (std::string_view mark : {std::string_view("\n\n"), std::string_view("\n"), std::string_view(". "),
                                      std::string_view(" ")}) {
            cut = cut_after(text, from, limit, mark);
            if (cut != std::string_view::npos) break;
        }
        if (cut == std::string_view::npos) {
            cut = limit; // a character boundary: not inside a UTF-8 sequence
            while (cut > from + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        }
        out.push_back({from, cut});
        from = cut;
    }
    out.push_back({from, text.size()});
    return out;
}

} // namespace claimtrack::text
