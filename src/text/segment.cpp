#include "claimtrack/text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

namespace claimtrack::text {

// First cut: ICU's sentence rules (which know "U.S."-style abbreviations
// through the "ss" suppression data), plus a hard break at blank lines and
// at line breaks, since headlines and captions carry no final punctuation.
std::vector<core::Span> sentences(std::string_view text) {
    std::vector<core::Span> out;
    auto push_trimmed = [&](std::size_t b, std::size_t e) {
        while (b < e && static_cast<unsigned char>(text[b]) <= ' ') ++b;
        while (e > b && static_cast<unsigned char>(text[e - 1]) <= ' ') --e;
        if (e > b) out.push_back({b, e});
    };

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));

    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        const std::string_view line = text.substr(line_start, line_end - line_start);
        if (U_FAILURE(status) || !it) {
            push_trimmed(line_start, line_end);
        } else {
            // Map UTF-16 boundaries back to UTF-8 byte offsets.
            icu::UnicodeString u = icu::UnicodeString::fromUTF8(
                icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
            it->setText(u);
            std::vector<std::size_t> byte_of(static_cast<std::size_t>(u.length()) + 1, line.size());
            std::size_t byte = 0;
            for (int32_t i = 0; i < u.length();) {
                const UChar32 c = u.char32At(i);
                const int32_t n16 = U16_LENGTH(c);
                byte_of[static_cast<std::size_t>(i)] = byte;
                byte += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                i += n16;
            }
            byte_of[static_cast<std::size_t>(u.length())] = line.size();
            int32_t start = it->first();
            for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
                push_trimmed(line_start + byte_of[static_cast<std::size_t>(start)],
                             line_start + byte_of[static_cast<std::size_t>(end)]);
        }
        line_start = line_end + 1;
    }
    return out;
}

} // namespace claimtrack::text
