// Extraction throughput: gazetteer geoparse + extractor over article excerpts.
// Usage: extract_bench CORPUS_FILE [--gazetteer INDEX] [--geodata DIR] [--excerpt BYTES] [--repeat N]
// CORPUS_FILE is plain text; it is cut into excerpts of about --excerpt bytes
// (default 2048) at line breaks, and each excerpt is processed as one document.
// Prints MB/s for geoparse+extract as the pipeline runs them (one pass, the
// headline), and for each stage alone (one core).
#include "claimtrack/extract/extractor.hpp"
#include "claimtrack/gazetteer/gazetteer.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

namespace ct = claimtrack;

namespace {

std::vector<std::string> excerpts(const std::string& text, std::size_t size) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + size);
        const std::size_t nl = text.find('\n', end);
        end = nl == std::string::npos ? text.size() : nl + 1;
        out.push_back(text.substr(start, end - start));
        start = end;
    }
    return out;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: extract_bench CORPUS_FILE [--gazetteer INDEX] [--geodata DIR] [--excerpt BYTES]\n";
        return 2;
    }
    std::string corpus = argv[1];
    const char* env_gaz = std::getenv("CLAIMTRACK_GAZETTEER");
    std::string index = env_gaz ? env_gaz : "";
    std::string geodata = CLAIMTRACK_GEODATA_DIR;
    std::size_t excerpt = 2048;
    int repeat = 1; // extract passes (for profiling the extractor alone)
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--gazetteer") index = argv[i + 1];
        else if (a == "--geodata") geodata = argv[i + 1];
        else if (a == "--excerpt") excerpt = std::stoul(argv[i + 1]);
        else if (a == "--repeat") repeat = std::max(1, std::stoi(argv[i + 1]));
    }
    if (index.empty()) {
        std::cerr << "extract_bench: no gazetteer index (pass --gazetteer or set CLAIMTRACK_GAZETTEER)\n";
        return 2;
    }
    try {
        std::ifstream in(corpus, std::ios::binary);
        if (!in) throw ct::Error("cannot read corpus '" + corpus + "'");
        std::stringstream buf;
        buf << in.rdbuf();
        const auto docs_text = excerpts(buf.str(), excerpt);
        ct::cli::Settings settings;
        settings.gazetteer = index;
        settings.geodata = geodata;
        const ct::cli::Pipeline pipeline(settings, true);
        const auto& gaz = pipeline.gazetteer();
        const ct::extract::Extractor ex(geodata);

        std::vector<ct::core::Document> docs(docs_text.size());
        std::size_t bytes = 0;
        for (std::size_t i = 0; i < docs.size(); ++i) {
            docs[i].text = docs_text[i];
            docs[i].published = ct::core::Date::parse("2024-05-15");
            bytes += docs_text[i].size();
        }
        const double mb = static_cast<double>(bytes) / 1e6;

        // The headline: the CLI's pipeline as `extract` and `ingest` run it (batches of
        // documents, geoparse then extract, the results dropped after use), one pass, with
        // the name-lookup memo of the index cold.
        std::size_t claims = 0, areas = 0;
        auto t0 = std::chrono::steady_clock::now();
        for (std::size_t b = 0; b < docs.size(); b += ct::cli::Pipeline::k_stage_batch) {
            const std::size_t n = std::min(ct::cli::Pipeline::k_stage_batch, docs.size() - b);
            for (const auto& x : pipeline.run_batch(std::span<const ct::core::Document>(docs).subspan(b, n))) {
                claims += x.claims.size();
                areas += x.areas.size();
            }
        }
        const double t_both = seconds_since(t0);

        // The two stages apart (the memo now warm): geoparse, then extract over mentions made
        // before its clock starts, one copy per pass, handed over by move as the pipeline does.
        std::vector<std::vector<ct::core::Mention>> mentions(docs.size());
        t0 = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < docs.size(); ++i) mentions[i] = gaz.geoparse(docs[i].text);
        const double t_geoparse = seconds_since(t0);
        std::vector<std::vector<std::vector<ct::core::Mention>>> pass_mentions(static_cast<std::size_t>(repeat),
                                                                                mentions);
        t0 = std::chrono::steady_clock::now();
        for (int r = 0; r < repeat; ++r)
            for (std::size_t i = 0; i < docs.size(); ++i)
                (void)ex.extract(docs[i], std::move(pass_mentions[static_cast<std::size_t>(r)][i]));
        const double t_extract = seconds_since(t0) / repeat;

        std::cout << "excerpts " << docs.size() << ", " << mb << " MB, claims " << claims << ", areas " << areas << "\n";
        std::cout << "geoparse          " << t_geoparse << " s  " << mb / t_geoparse << " MB/s  (alone)\n";
        std::cout << "extract           " << t_extract << " s  " << mb / t_extract << " MB/s  (alone)\n";
        std::cout << "geoparse+extract  " << t_both << " s  " << mb / t_both << " MB/s  ("
                  << static_cast<double>(docs.size()) / t_both << " excerpts/s; the pipeline, one pass)\n";
    } catch (const std::exception& e) {
        std::cerr << "extract_bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
