#include "ordered_run.hpp"

#include "worker_pool.hpp"

#include <algorithm>
#include <deque>
#include <exception>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <span>

namespace claimtrack::cli {

namespace {

/// At most this many articles are extracted in one task (the pipeline's stage batch).
constexpr std::size_t k_docs_per_task = Pipeline::k_stage_batch;
/// Inputs read by one task, at most (short articles: one each).
constexpr std::size_t k_max_inputs_per_task = 64;

/// The rest of an input the task that opened it did not read: the open
/// stream, read a chunk at a time by the tasks that extract the chunks. Each
/// task takes the next chunk under the lock and numbers it, so the calling
/// thread can hand the chunks out in order whichever worker ran first.
struct OpenRest {
    std::mutex mutex;
    std::unique_ptr<text::DocumentStream> stream; ///< null once ended
    std::size_t next_number = 0;                  ///< of the next chunk taken
};

struct InputPart {
    InputOutcome outcome;
    std::vector<Processed> done;
    std::shared_ptr<OpenRest> rest; ///< null when the input was read to its end
};

/// One chunk of an input's rest, as a task left it.
struct Chunk {
    std::size_t number = 0;
    bool ended = false; ///< the stream ended (or failed) while this chunk was read
    std::vector<Processed> done;
    InputOutcome outcome; ///< this chunk's errors, skipped and kept articles
    std::exception_ptr failure; ///< thrown reading or extracting it: rethrown in its turn
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

/// Reads documents from `stream` into `batch` (with their keys) until `room`
/// are there, passing over the ones RunOptions::skip skips.
/// \returns false when the stream ended. \throws InputError.
bool read_into(text::DocumentStream& stream, std::size_t room, std::vector<core::Document>& batch,
               std::vector<std::string>& keys, InputOutcome& outcome, const RunOptions& opts, unsigned worker) {
    while (batch.size() < room) {
        auto doc = stream.next(outcome.errors);
        if (!doc) return false;
        std::string key;
        if (opts.skip && opts.skip(*doc, key, worker)) {
            ++outcome.skipped;
            if (opts.keep_skipped && opts.keep_skipped(*doc)) outcome.skipped_kept.push_back(std::move(*doc));
            continue;
        }
        batch.push_back(std::move(*doc));
        keys.push_back(std::move(key));
    }
    return true;
}

/// One task: reads a group of inputs and extracts up to k_docs_per_task of
/// their articles. An input that has more is left open in its part's `rest`
/// (and the inputs after it in the group are opened, not read).
std::vector<InputPart> read_group(const PipelineLoader& pipeline, std::span<const std::string> inputs,
                                  const RunOptions& opts, unsigned worker) {
    std::vector<InputPart> parts(inputs.size());
    std::vector<core::Document> batch;
    std::vector<std::string> batch_keys;
    std::vector<std::size_t> taken(inputs.size(), 0);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        InputOutcome& outcome = parts[i].outcome;
        outcome.input = inputs[i];
        const std::size_t before = batch.size();
        try {
            auto stream = open_documents(inputs[i], opts.input);
            if (batch.size() >= k_docs_per_task ||
                read_into(*stream, k_docs_per_task, batch, batch_keys, outcome, opts, worker)) {
                parts[i].rest = std::make_shared<OpenRest>();
                parts[i].rest->stream = std::move(stream);
            }
        } catch (const InputError& e) {
            outcome.errors.push_back(e.what());
        }
        taken[i] = batch.size() - before;
    }
    auto processed = extract_all(pipeline.get(), batch, batch_keys, opts);
    auto it = processed.begin();
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        parts[i].done.assign(std::make_move_iterator(it), std::make_move_iterator(it + static_cast<std::ptrdiff_t>(taken[i])));
        it += static_cast<std::ptrdiff_t>(taken[i]);
    }
    return parts;
}

/// One task: the next chunk of an open input (up to k_docs_per_task articles), extracted.
Chunk read_chunk(const PipelineLoader& pipeline, OpenRest& rest, const RunOptions& opts, unsigned worker) {
    Chunk chunk;
    std::vector<core::Document> batch;
    std::vector<std::string> keys;
    try {
        {
            const std::lock_guard lock(rest.mutex);
            chunk.number = rest.next_number++;
            if (!rest.stream) {
                chunk.ended = true;
                return chunk;
            }
            try {
                chunk.ended = !read_into(*rest.stream, k_docs_per_task, batch, keys, chunk.outcome, opts, worker);
            } catch (const InputError& e) {
                chunk.outcome.errors.push_back(e.what());
                chunk.ended = true;
            } catch (...) {
                rest.stream.reset();
                throw;
            }
            if (chunk.ended) rest.stream.reset();
        }
        chunk.done = extract_all(pipeline.get(), batch, keys, opts);
    } catch (...) {
        chunk.ended = true;
        chunk.failure = std::current_exception();
    }
    return chunk;
}

} // namespace

void run_ordered(const PipelineLoader& pipeline, const std::vector<std::string>& inputs, const RunOptions& opts,
                 const std::function<void(Processed&)>& on_article,
                 const std::function<void(InputOutcome&)>& on_input) {
    const unsigned jobs = std::max(1u, opts.jobs);
    // Enough tasks in flight to keep every worker busy while the calling
    // thread writes; few enough that memory stays flat.
    const std::size_t window = 2 * static_cast<std::size_t>(jobs) + 1;
    // Inputs per task: a quarter of a worker's share of the inputs not yet handed out, from 1 up
    // to k_max_inputs_per_task (guided scheduling). The groups shrink towards the end, so the
    // workers finish together: with fixed groups of 64 short articles, one worker idled for up
    // to a whole group (about 20 ms) while the other extracted the last one.
    const auto per_task = [&inputs, jobs](std::size_t next) {
        return std::clamp<std::size_t>((inputs.size() - next) / (4 * static_cast<std::size_t>(jobs)), 1,
                                       k_max_inputs_per_task);
    };

    // Futures before the pool: the pool's destructor lets queued tasks finish
    // (they refer to nothing destroyed before it) and joins.
    std::deque<std::future<std::vector<InputPart>>> groups;
    std::deque<std::future<Chunk>> chunks;
    WorkerPool pool(jobs);

    std::size_t next = 0;
    auto refill = [&] {
        while (groups.size() < window && next < inputs.size()) {
            const auto group = std::span<const std::string>(inputs).subspan(next, std::min(per_task(next), inputs.size() - next));
            next += group.size();
            groups.push_back(pool.submit(
                [&pipeline, &opts, group](unsigned worker) { return read_group(pipeline, group, opts, worker); }));
        }
    };

    // The articles of a long input beyond the first batch: read and
    // extracted a chunk at a time by all the workers, ahead of the next
    // inputs (urgent), at most `window` chunks in memory.
    auto hand_out_rest = [&](const std::shared_ptr<OpenRest>& rest, InputOutcome& outcome) {
        std::map<std::size_t, Chunk> arrived; // chunks finished before an earlier one
        std::size_t next_out = 0;
        bool ended = false;
        auto submit_more = [&] {
            while (!ended && chunks.size() + arrived.size() < window)
                chunks.push_back(pool.submit(
                    [&pipeline, &opts, rest](unsigned worker) { return read_chunk(pipeline, *rest, opts, worker); },
                    true));
        };
        submit_more();
        while (!chunks.empty()) {
            Chunk chunk = chunks.front().get();
            chunks.pop_front();
            ended = ended || chunk.ended;
            arrived.emplace(chunk.number, std::move(chunk));
            for (auto found = arrived.find(next_out); found != arrived.end(); found = arrived.find(++next_out)) {
                Chunk& c = found->second;
                for (auto& p : c.done) on_article(p);
                outcome.skipped += c.outcome.skipped;
                std::move(c.outcome.errors.begin(), c.outcome.errors.end(), std::back_inserter(outcome.errors));
                std::move(c.outcome.skipped_kept.begin(), c.outcome.skipped_kept.end(),
                          std::back_inserter(outcome.skipped_kept));
                if (c.failure) std::rethrow_exception(c.failure);
                arrived.erase(found);
            }
            submit_more();
        }
    };

    refill(); // the workers read while the pipeline loads
    (void)pipeline.get(); // a load error, before anything is handed over (and with no input at all)
    while (!groups.empty()) {
        auto parts = groups.front().get();
        groups.pop_front();
        refill();
        for (auto& part : parts) {
            for (auto& p : part.done) on_article(p);
            part.done.clear();
            if (part.rest) hand_out_rest(part.rest, part.outcome);
            on_input(part.outcome);
        }
    }
}

} // namespace claimtrack::cli
