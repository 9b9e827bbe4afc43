// libFuzzer target: the plain-text article reader (header block, body, NFC).
#include "claimtrack/core/error.hpp"
#include "claimtrack/text/document.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimtrack;
    text::ReadOptions options;
    options.latest_published = core::Date{2026, 1, 1};
    try {
        const auto doc = text::parse_text_article(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt",
                                                  options);
        if (doc.text.empty()) __builtin_trap(); // refused, never returned empty
    } catch (const InputError&) {
    } catch (const Error&) {
    }
    return 0;
}
