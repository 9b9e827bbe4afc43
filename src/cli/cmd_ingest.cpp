// claimtrack ingest FILE|DIR|- [--db FILE]: extract and record, idempotent per article.

#include "commands.hpp"
#include "pipeline.hpp"

#include "claimtrack/extract/extractor.hpp"
#include "claimtrack/store/store.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

namespace claimtrack::cli {

namespace {

struct IngestOptions {
    std::vector<std::string> inputs;
};

struct Tally {
    std::size_t added = 0;
    std::size_t known = 0;
    std::size_t reextracted = 0;
    std::size_t claims = 0;
    std::vector<std::string> errors;
};

/// Progress on a terminal only: files done, rate and ETA on one rewritten line.
class Progress {
public:
    Progress(std::size_t total, bool enabled) : m_total(total), m_enabled(enabled && isatty(STDERR_FILENO) == 1) {}
    void update(std::size_t done) {
        if (!m_enabled) return;
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
        const double rate = secs > 0 ? static_cast<double>(done) / secs : 0.0;
        const double eta = rate > 0 ? static_cast<double>(m_total - done) / rate : 0.0;
        std::fprintf(stderr, "\r%zu/%zu inputs  %.1f/s  ETA %.0fs   ", done, m_total, rate, eta);
        std::fflush(stderr);
    }
    ~Progress() {
        if (m_enabled) std::fputs("\n", stderr);
    }

private:
    std::size_t m_total;
    bool m_enabled;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

void ingest_file(const std::string& file, const Pipeline& pipeline, store::Store& db,
                 const gazetteer::ParseHints& hints, Tally& tally) {
    for (const auto& doc : read_documents(file, tally.errors)) {
        const auto extraction = pipeline.run(doc, hints);
        const auto outcome = db.record(doc, extraction, extract::k_extractor_version);
        if (outcome.inserted) ++tally.added;
        else if (outcome.reextracted) ++tally.reextracted;
        else ++tally.known;
        if (outcome.inserted || outcome.reextracted) tally.claims += extraction.claims.size();
    }
}

void run_ingest(const IngestOptions& opts, Settings& settings) {
    resolve_defaults(settings);
    Tally tally;
    const auto files = expand_inputs(opts.inputs, tally.errors);
    // Open the database first: a bad database fails before any slow work.
    auto db = store::Store::open(settings.db, store::OpenMode::ReadWrite);
    const Pipeline pipeline(settings, settings.quiet);
    gazetteer::ParseHints hints;
    hints.known_places = db.known_places();

    {
        Progress progress(files.size(), !settings.quiet);
        std::size_t done = 0;
        for (const auto& file : files) {
            try {
                ingest_file(file, pipeline, db, hints, tally);
            } catch (const InputError& e) {
                tally.errors.push_back(e.what());
            }
            progress.update(++done);
        }
    }
    for (const auto& e : tally.errors) std::cerr << "claimtrack: " << e << '\n';
    if (!settings.quiet)
        std::cerr << "ingest: " << tally.added << " new, " << tally.known << " already known, " << tally.reextracted
                  << " re-extracted, " << tally.errors.size() << " failed; " << tally.claims << " claims recorded in "
                  << settings.db << '\n';
    settings.exit_code = tally.errors.empty() ? 0 : 1;
}

} // namespace

void register_ingest(CLI::App& app, Settings& settings) {
    auto opts = std::make_shared<IngestOptions>();
    auto* sub = app.add_subcommand("ingest", "Extract claims from articles and record them in the database");
    sub->add_option("inputs", opts->inputs, "article files, directories (recursive), .jsonl files, or - for stdin")
        ->required();
    add_common_options(sub, settings, true, true);
    sub->callback([opts, &settings] { run_ingest(*opts, settings); });
}

} // namespace claimtrack::cli
