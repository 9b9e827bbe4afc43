// libFuzzer target: RSS/Atom feeds through the streaming XML reader; no item's
// text may be longer than the input (entities are never expanded).
#include "claimtrack/core/error.hpp"
#include "claimtrack/text/html.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimtrack;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    text::looks_like_feed(bytes);
    std::vector<std::string> errors;
    try {
        std::size_t total = 0;
        for (const auto& doc : text::parse_feed(bytes, "fuzz.rss", errors)) total += doc.text.size();
        if (total > 4 * size + 64) __builtin_trap();
    } catch (const InputError&) {
    } catch (const Error&) {
    }
    return 0;
}
