// claimtrack ingest FILE|DIR|- [--db FILE] [--jobs N]: extract and record, idempotent per article.
//
// Articles are read and extracted by --jobs workers (ordered_run.hpp) and
// written, in input order, by this thread in batches: one transaction per
// batch (commits are what cost time), each article all-or-nothing inside it
// (Store::record is a savepoint). The write lock is held only while a batch
// is written, never while extracting, so several ingesters share a database.
// A crash loses at most the batch being written; a re-run completes it.

#include "commands.hpp"
#include "ordered_run.hpp"
#include "worker_pool.hpp"
#include "inputs.hpp"
#include "pipeline.hpp"

#include "claimtrack/extract/extractor.hpp"
#include "claimtrack/store/store.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>

namespace claimtrack::cli {

namespace {

using Clock = std::chrono::steady_clock;

struct IngestOptions {
    std::vector<std::string> inputs;
    std::size_t batch_articles = 200;
    double batch_seconds = 1.0;
    std::string channel;
    unsigned jobs = 0; ///< 0: one per core
};

struct Tally {
    std::size_t added = 0;
    std::size_t known = 0;
    std::size_t reextracted = 0;
    std::size_t claims = 0;
    std::size_t carriers = 0; ///< known texts under another URL or source, recorded as further carriers
    std::vector<std::string> errors;

    std::size_t articles() const { return added + known + reextracted; }
};

/// Progress on a terminal only: inputs done, articles, rate and ETA on one rewritten line.
class Progress {
public:
    Progress(std::size_t total, bool enabled) : m_total(total), m_enabled(enabled && isatty(STDERR_FILENO) == 1) {}
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;
    ~Progress() {
        if (m_enabled && m_shown) std::fputs("\n", stderr);
    }

    /// Redraws at most ten times a second.
    void update(std::size_t inputs_done, std::size_t articles) {
        if (!m_enabled) return;
        const auto now = Clock::now();
        if (m_shown && now - m_last < std::chrono::milliseconds(100) && inputs_done < m_total) return;
        m_last = now;
        m_shown = true;
        const double secs = std::chrono::duration<double>(now - m_start).count();
        const double input_rate = secs > 0 ? static_cast<double>(inputs_done) / secs : 0.0;
        const double eta = input_rate > 0 ? static_cast<double>(m_total - inputs_done) / input_rate : 0.0;
        std::fprintf(stderr, "\r%zu/%zu inputs, %zu articles  %.0f articles/s  ETA %.0fs   ", inputs_done, m_total,
                     articles, secs > 0 ? static_cast<double>(articles) / secs : 0.0, eta);
        std::fflush(stderr);
    }

private:
    std::size_t m_total;
    bool m_enabled;
    bool m_shown = false;
    Clock::time_point m_start = Clock::now();
    Clock::time_point m_last = m_start;
};

/// Collects extracted articles and records them in one transaction per batch:
/// when `max_articles` are waiting or the oldest has waited `max_wait`.
/// The tally counts an article once its batch is committed.
class BatchWriter {
public:
    BatchWriter(store::Store& db, Tally& tally, std::size_t max_articles, Clock::duration max_wait)
        : m_db(db), m_tally(tally), m_max_articles(max_articles == 0 ? 1 : max_articles), m_max_wait(max_wait) {}
    BatchWriter(const BatchWriter&) = delete;
    BatchWriter& operator=(const BatchWriter&) = delete;

    /// A known text (stored with this extractor version, so not extracted
    /// again) seen under a URL or source: kept, without extraction, to be
    /// recorded as a further carrier with the next batch (the store ignores a
    /// carrier it already holds).
    void add_copy(core::Document doc) {
        if (m_pending.empty() && m_copies.empty()) m_first = Clock::now();
        m_copies.push_back(std::move(doc));
        if (m_copies.size() >= m_max_articles) flush();
    }

    /// `hash`: Store::content_hash(doc.text).
    void add(core::Document doc, core::Extraction extraction, std::string hash) {
        if (m_pending.empty()) m_first = Clock::now();
        m_pending.push_back({std::move(doc), std::move(extraction), std::move(hash)});
        if (m_pending.size() >= m_max_articles || Clock::now() - m_first >= m_max_wait) flush();
    }

    /// Writes what is waiting. \throws StoreError when the batch cannot be
    /// committed (nothing of it is then stored).
    void flush() {
        if (m_pending.empty() && m_copies.empty()) return;
        Tally counted;
        auto batch = m_db.begin_batch();
        for (const auto& p : m_pending) record(p, counted);
        for (const auto& c : m_copies) {
            try {
                if (m_db.record_carrier(c)) ++counted.carriers;
            } catch (const store::StoreError& e) {
                counted.errors.push_back(article_name(c) + ": copy not recorded: " + e.what());
            }
        }
        batch.commit();
        m_pending.clear();
        m_copies.clear();
        m_tally.carriers += counted.carriers;
        m_tally.added += counted.added;
        m_tally.known += counted.known;
        m_tally.reextracted += counted.reextracted;
        m_tally.claims += counted.claims;
        m_tally.errors.insert(m_tally.errors.end(), counted.errors.begin(), counted.errors.end());
    }

private:
    struct Pending {
        core::Document doc;
        core::Extraction extraction;
        std::string hash;
    };

    /// One article; a store failure rolls back that article alone and is reported.
    void record(const Pending& p, Tally& counted) {
        try {
            const auto outcome = m_db.record(p.doc, p.extraction, extract::k_extractor_version, p.hash);
            if (outcome.inserted) ++counted.added;
            else if (outcome.reextracted) ++counted.reextracted;
            else ++counted.known;
            if (outcome.inserted || outcome.reextracted) counted.claims += p.extraction.claims.size();
            if (outcome.new_carrier) ++counted.carriers;
        } catch (const store::StoreError& e) {
            counted.errors.push_back(article_name(p.doc) + ": not recorded: " + e.what());
        }
    }

    static std::string article_name(const core::Document& doc) {
        if (!doc.file.empty()) return doc.file;
        if (!doc.url.empty()) return doc.url;
        return doc.title.empty() ? "<untitled article>" : doc.title;
    }

    store::Store& m_db;
    Tally& m_tally;
    std::size_t m_max_articles;
    Clock::duration m_max_wait;
    Clock::time_point m_first;
    std::vector<Pending> m_pending;
    std::vector<core::Document> m_copies; ///< known texts to record as carriers
};

void print_summary(const Tally& tally, const Settings& settings) {
    std::cerr << "ingest: " << tally.added << " new, " << tally.known << " already known, " << tally.reextracted
              << " re-extracted, " << tally.errors.size() << " failed; " << tally.claims << " claims recorded in "
              << settings.db;
    if (tally.carriers > 0)
        std::cerr << "; " << tally.carriers << " cop" << (tally.carriers == 1 ? "y" : "ies")
                  << " of known articles under another URL or source recorded as carriers";
    std::cerr << '\n';
}

void run_ingest(const IngestOptions& opts, Settings& settings) {
    resolve_defaults(settings);
    Tally tally;
    std::vector<std::string> notes;
    const auto inputs = expand_inputs(opts.inputs, tally.errors, notes);
    if (!settings.quiet)
        for (const auto& n : notes) std::cerr << "claimtrack: " << n << '\n';
    // Open the database first: a bad database fails before any slow work.
    auto db = store::Store::open(settings.db, store::OpenMode::ReadWrite);
    const Pipeline pipeline(settings, settings.quiet);
    RunOptions run;
    run.jobs = opts.jobs == 0 ? WorkerPool::default_size() : opts.jobs;
    run.input = {opts.channel, settings.quiet};
    run.hints.known_places = db.known_places();
    // Articles stored with this extractor version are passed over before
    // extraction; each worker asks through its own read-only connection.
    std::vector<std::optional<store::Store>> readers(run.jobs);
    // The content hash is computed here, once, and handed to the writer with the article.
    run.skip = [&](const core::Document& doc, std::string& hash, unsigned worker) {
        auto& reader = readers[worker];
        if (!reader) reader = store::Store::open(settings.db, store::OpenMode::ReadOnly);
        hash = store::Store::content_hash(doc.text);
        return reader->up_to_date(hash, extract::k_extractor_version);
    };
    // A known text under a URL or source may be a further carrier (syndicated copy): kept for the writer.
    run.keep_skipped = [](const core::Document& doc) { return !doc.url.empty() || !doc.source.empty(); };

    // What was done and what failed is reported even when a commit fails and
    // the exception ends the run (main() then adds the database error).
    auto report = [&] {
        for (const auto& e : tally.errors) std::cerr << "claimtrack: " << e << '\n';
        if (!settings.quiet) print_summary(tally, settings);
    };
    try {
        BatchWriter writer(db, tally, opts.batch_articles,
                           std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(opts.batch_seconds)));
        Progress progress(inputs.size(), !settings.quiet);
        std::size_t done = 0;
        run_ordered(
            pipeline, inputs, run, [&](Processed& p) { writer.add(std::move(p.doc), std::move(p.extraction), std::move(p.key)); },
            [&](InputOutcome& outcome) {
                tally.known += outcome.skipped;
                for (auto& copy : outcome.skipped_kept) writer.add_copy(std::move(copy));
                tally.errors.insert(tally.errors.end(), outcome.errors.begin(), outcome.errors.end());
                progress.update(++done, tally.articles()); // committed articles
            });
        writer.flush();
        progress.update(done, tally.articles());
    } catch (...) {
        report();
        throw;
    }
    report();
    settings.exit_code = tally.errors.empty() ? 0 : 1;
}

} // namespace

void register_ingest(CLI::App& app, Settings& settings) {
    auto opts = std::make_shared<IngestOptions>();
    auto* sub = app.add_subcommand("ingest", "Extract claims from articles and record them in the database");
    sub->add_option("inputs", opts->inputs, "article files, directories (recursive), .jsonl files, or - for stdin")
        ->required();
    sub->add_option("--batch", opts->batch_articles, "articles per transaction (default 200)")
        ->check(positive_number());
    sub->add_option("--batch-seconds", opts->batch_seconds,
                    "commit a batch at least this often, in seconds (default 1)")
        ->check(positive_number());
    sub->add_option("--channel", opts->channel, "Telegram exports: the channel's public name, for t.me URLs");
    sub->add_option("--jobs", opts->jobs,
                    "articles read and extracted by this many workers (default 0: one per core); one writer records "
                    "them in input order");
    add_common_options(sub, settings, true, true);
    sub->callback([opts, &settings] { run_ingest(*opts, settings); });
}

} // namespace claimtrack::cli
