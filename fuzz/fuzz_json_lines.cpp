// libFuzzer target: JSON Lines, read whole and streamed a line at a time; both
// must agree on the documents they return.
#include "claimtrack/core/error.hpp"
#include "claimtrack/text/document.hpp"
#include "claimtrack/text/stream.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimtrack;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    text::ReadOptions options;
    options.latest_published = core::Date{2026, 1, 1};
    options.max_document_bytes = 4096; // exercises the over-long line path
    std::vector<std::string> errors;
    std::vector<core::Document> whole;
    try {
        whole = text::parse_json_lines(bytes, "fuzz.jsonl", errors, options);
    } catch (const InputError&) {
        return 0;
    }
    std::istringstream in(bytes);
    auto stream = text::stream_json_lines(in, "fuzz.jsonl", options);
    std::vector<std::string> stream_errors;
    std::size_t n = 0;
    try {
        while (auto doc = stream->next(stream_errors)) {
            if (n >= whole.size() || doc->text != whole[n].text || doc->file != whole[n].file) __builtin_trap();
            ++n;
        }
    } catch (const InputError&) {
    }
    if (n != whole.size()) __builtin_trap();
    return 0;
}
