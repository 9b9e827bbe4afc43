// libFuzzer target: geoparse + extract on arbitrary UTF-8, against a small
// gazetteer built once from the test dump (tests/data/gazetteer/mini).
#include "claimtrack/core/error.hpp"
#include "claimtrack/extract/extractor.hpp"
#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/text/text.hpp"

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

using namespace claimtrack;

namespace {

struct Fixture {
    gazetteer::Gazetteer gazetteer;
    extract::Extractor extractor{CLAIMTRACK_GEODATA_DIR};

    static gazetteer::Gazetteer build() {
        const auto index = std::filesystem::temp_directory_path() /
                           ("claimtrack-fuzz-" + std::to_string(::getpid()) + ".ctg");
        gazetteer::BuildOptions opts;
        opts.dump_dirs = {CLAIMTRACK_TEST_DATA_DIR "/gazetteer/mini"};
        opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
        opts.out = index;
        gazetteer::build_index(opts);
        auto g = gazetteer::Gazetteer::open(index);
        std::filesystem::remove(index);
        return g;
    }
    Fixture() : gazetteer(build()) {}
};

const Fixture& fixture() {
    static const Fixture f;
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);
    if (text::first_invalid_utf8(s)) return 0; // the readers hand the pipeline valid UTF-8 only
    const auto& f = fixture();
    core::Document doc;
    doc.file = "fuzz.txt";
    doc.text = text::nfc(s);
    doc.published = core::Date{2024, 5, 15};
    doc.language = size % 3 == 0 ? "en" : size % 3 == 1 ? "uk" : "ru";
    gazetteer::ParseHints hints;
    hints.date = doc.published;
    auto mentions = f.gazetteer.geoparse(doc.text, hints);
    for (const auto& m : mentions)
        if (m.span.end > doc.text.size() || m.span.start > m.span.end) __builtin_trap();
    const auto x = f.extractor.extract(doc, std::move(mentions));
    for (const auto& c : x.claims)
        if (c.evidence_span.end > doc.text.size()) __builtin_trap();
    return 0;
}
