#pragma once
// Reading and extracting articles on a pool of workers, handing the results
// back on the calling thread in input order: `extract` and `ingest` print and
// record exactly what one worker would, whatever the number of workers.

#include "pipeline.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace claimtrack::cli {

/// One article as a worker left it.
struct Processed {
    core::Document doc;           ///< empty unless RunOptions::keep
    core::Extraction extraction;  ///< empty unless RunOptions::keep
    std::string rendered;         ///< what RunOptions::render wrote
    std::string key;              ///< what RunOptions::skip left in its `key` (a content hash), else empty
};

/// What became of one input, once all its articles were handed over.
struct InputOutcome {
    std::string input;
    std::vector<std::string> errors; ///< unreadable input, bad JSON lines
    std::size_t skipped = 0;         ///< articles RunOptions::skip passed over
    /// Of those, the ones RunOptions::keep_skipped kept (not extracted), in input order.
    std::vector<core::Document> skipped_kept;
};

struct RunOptions {
    unsigned jobs = 1; ///< workers reading and extracting (at least one)
    InputOptions input; ///< how inputs are read (read_documents: --channel, Telegram summaries)
    gazetteer::ParseHints hints;
    /// Called in a worker for each article read, before extracting it:
    /// true passes it over. `worker` numbers the worker (0 .. jobs-1), for
    /// per-worker state (a database connection) without locks. What it
    /// leaves in `key` (the content hash it looked the article up by) is
    /// handed over in Processed::key, so the writer need not compute it again.
    std::function<bool(const core::Document&, std::string& key, unsigned worker)> skip;
    /// Called in a worker for each article `skip` passed over: true keeps it
    /// (unextracted) in its input's InputOutcome::skipped_kept.
    std::function<bool(const core::Document&)> keep_skipped;
    /// Called in a worker after extracting: writes the article's output into `out`.
    std::function<void(const core::Document&, const core::Extraction&, std::string& out)> render;
    /// Keep each article's document and extraction in Processed (else they are
    /// dropped in the worker once rendered).
    bool keep = true;
};

/// Reads `inputs` (as read_documents() does; directories already expanded)
/// and extracts their articles on `opts.jobs` workers sharing `pipeline`
/// (the first inputs are read while it loads; its load error is thrown
/// before any article is handed over).
/// On the calling thread and in input order, hands each article to
/// `on_article`, then each input's outcome to `on_input`. Workers run ahead
/// by a few batches only, so memory does not grow with the number of
/// inputs nor with the length of one: a JSON Lines file (or feed) is read
/// from its open stream a batch at a time by the workers that extract the
/// batches, at most a few batches ahead (a Telegram export's documents are
/// made in one pass, then handed out the same way). \throws whatever a worker
/// threw other than InputError (which is reported in the outcome), once the
/// articles before it have been handed over.
void run_ordered(const PipelineLoader& pipeline, const std::vector<std::string>& inputs, const RunOptions& opts,
                 const std::function<void(Processed&)>& on_article,
                 const std::function<void(InputOutcome&)>& on_input);

} // namespace claimtrack::cli
