#include "ordered_run.hpp"

#include "worker_pool.hpp"

#include <algorithm>
#include <deque>
#include <span>

namespace claimtrack::cli {

namespace {

/// At most this many articles are extracted in one task (the pipeline's stage batch).
constexpr std::size_t k_docs_per_task = Pipeline::k_stage_batch;
/// Inputs read by one task, at most (short articles: one each).
constexpr std::size_t k_max_inputs_per_task = 64;

struct InputPart {
    InputOutcome outcome;
    std::vector<Processed> done;
    std::vector<core::Document> rest; ///< read, left for the calling thread to hand out in batches
    std::vector<std::string> rest_keys; ///< RunOptions::skip's keys of `rest`, one each
};

/// `keys`: one per document (RunOptions::skip's), moved into Processed::key.
std::vector<Processed> extract_all(const Pipeline& pipeline, std::vector<core::Document>& docs,
                                   std::vector<std::string>& keys, const RunOptions& opts) {
    auto extractions = pipeline.run_batch(docs, opts.hints);
    std::vector<Processed> out(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        out[i].key = std::move(keys[i]);
        if (opts.render) opts.render(docs[i], extractions[i], out[i].rendered);
        if (opts.keep) {
            out[i].doc = std::move(docs[i]);
            out[i].extraction = std::move(extractions[i]);
        }
    }
    return out;
}

/// One task: reads a group of inputs and extracts up to k_docs_per_task of their articles.
std::vector<InputPart> read_group(const Pipeline& pipeline, std::span<const std::string> inputs,
                                  const RunOptions& opts, unsigned worker) {
    std::vector<InputPart> parts(inputs.size());
    std::vector<core::Document> batch;
    std::vector<std::string> batch_keys;
    std::vector<std::size_t> taken(inputs.size(), 0);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        InputOutcome& outcome = parts[i].outcome;
        outcome.input = inputs[i];
        std::vector<core::Document> docs;
        try {
            docs = read_documents(inputs[i], outcome.errors, opts.input);
        } catch (const InputError& e) {
            outcome.errors.push_back(e.what());
        }
        std::vector<std::string> keys(docs.size());
        if (opts.skip) {
            std::size_t kept = 0;
            for (std::size_t d = 0; d < docs.size(); ++d) {
                if (opts.skip(docs[d], keys[d], worker)) {
                    ++outcome.skipped;
                    if (opts.keep_skipped && opts.keep_skipped(docs[d]))
                        outcome.skipped_kept.push_back(std::move(docs[d]));
                    continue;
                }
                if (kept != d) {
                    docs[kept] = std::move(docs[d]);
                    keys[kept] = std::move(keys[d]);
                }
                ++kept;
            }
            docs.resize(kept);
            keys.resize(kept);
        }
        const std::size_t room = k_docs_per_task - std::min(k_docs_per_task, batch.size());
        taken[i] = std::min(room, docs.size());
        const auto first_rest = static_cast<std::ptrdiff_t>(taken[i]);
        std::move(docs.begin(), docs.begin() + first_rest, std::back_inserter(batch));
        std::move(keys.begin(), keys.begin() + first_rest, std::back_inserter(batch_keys));
        docs.erase(docs.begin(), docs.begin() + first_rest);
        keys.erase(keys.begin(), keys.begin() + first_rest);
        parts[i].rest = std::move(docs);
        parts[i].rest_keys = std::move(keys);
    }
    auto processed = extract_all(pipeline, batch, batch_keys, opts);
    auto it = processed.begin();
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        parts[i].done.assign(std::make_move_iterator(it), std::make_move_iterator(it + static_cast<std::ptrdiff_t>(taken[i])));
        it += static_cast<std::ptrdiff_t>(taken[i]);
    }
    return parts;
}

} // namespace

void run_ordered(const Pipeline& pipeline, const std::vector<std::string>& inputs, const RunOptions& opts,
                 const std::function<void(Processed&)>& on_article,
                 const std::function<void(InputOutcome&)>& on_input) {
    const unsigned jobs = std::max(1u, opts.jobs);
    // Enough tasks in flight to keep every worker busy while the calling
    // thread writes; few enough that memory stays flat.
    const std::size_t window = 2 * static_cast<std::size_t>(jobs) + 1;
    // Several tasks per worker when inputs are few, up to k_max_inputs_per_task when many.
    const std::size_t per_task =
        std::clamp<std::size_t>(inputs.size() / (4 * static_cast<std::size_t>(jobs)), 1, k_max_inputs_per_task);

    // Futures before the pool: the pool's destructor lets queued tasks finish
    // (they refer to nothing destroyed before it) and joins.
    std::deque<std::future<std::vector<InputPart>>> groups;
    std::deque<std::future<std::vector<Processed>>> batches;
    WorkerPool pool(jobs);

    std::size_t next = 0;
    auto refill = [&] {
        while (groups.size() < window && next < inputs.size()) {
            const auto group = std::span<const std::string>(inputs).subspan(next, std::min(per_task, inputs.size() - next));
            next += group.size();
            groups.push_back(pool.submit(
                [&pipeline, &opts, group](unsigned worker) { return read_group(pipeline, group, opts, worker); }));
        }
    };

    // The articles of a long input beyond the first batch: extracted in
    // batches by all workers, ahead of the next inputs (urgent), `window` at a time.
    auto hand_out_rest = [&](std::vector<core::Document>& rest, std::vector<std::string>& rest_keys) {
        std::size_t from = 0;
        auto submit_more = [&] {
            while (batches.size() < window && from < rest.size()) {
                const std::size_t n = std::min(k_docs_per_task, rest.size() - from);
                const auto begin = static_cast<std::ptrdiff_t>(from), end = static_cast<std::ptrdiff_t>(from + n);
                std::vector<core::Document> docs(std::make_move_iterator(rest.begin() + begin),
                                                 std::make_move_iterator(rest.begin() + end));
                std::vector<std::string> keys(std::make_move_iterator(rest_keys.begin() + begin),
                                              std::make_move_iterator(rest_keys.begin() + end));
                from += n;
                batches.push_back(pool.submit(
                    [&pipeline, &opts, docs = std::move(docs), keys = std::move(keys)](unsigned) mutable {
                        return extract_all(pipeline, docs, keys, opts);
                    },
                    true));
            }
        };
        submit_more();
        while (!batches.empty()) {
            auto done = batches.front().get();
            batches.pop_front();
            submit_more();
            for (auto& p : done) on_article(p);
        }
        rest.clear();
        rest_keys.clear();
    };

    refill();
    while (!groups.empty()) {
        auto parts = groups.front().get();
        groups.pop_front();
        refill();
        for (auto& part : parts) {
            for (auto& p : part.done) on_article(p);
            part.done.clear();
            if (!part.rest.empty()) hand_out_rest(part.rest, part.rest_keys);
            on_input(part.outcome);
        }
    }
}

} // namespace claimtrack::cli
