// libFuzzer target: saved HTML pages (libxml2's HTML parser, the paragraph walk, dates).
#include "claimtrack/core/error.hpp"
#include "claimtrack/text/html.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimtrack;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    text::looks_like_html(bytes);
    try {
        const auto doc = text::parse_html_article(bytes, "fuzz.html");
        if (doc.text.size() > 4 * size + 64) __builtin_trap(); // no expansion beyond the input
    } catch (const InputError&) {
    } catch (const Error&) {
    }
    return 0;
}
