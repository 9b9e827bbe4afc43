#pragma once
// A small fixed pool of worker threads running queued tasks, with futures for
// their results. Generic: nothing here knows about articles.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace claimtrack::cli {

/// `threads` workers (at least one) taking tasks from one queue. A task is
/// handed the number of the worker that runs it (0 .. size()-1), so that it
/// can use per-worker state without locks. Tasks submitted with `urgent`
/// go to the front of the queue. The destructor lets queued tasks run, then
/// joins. submit() is thread-safe; a task's exception reaches its future.
class WorkerPool {
public:
    explicit WorkerPool(unsigned threads);
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;
    ~WorkerPool();

    unsigned size() const { return static_cast<unsigned>(m_threads.size()); }

    template <class F>
    auto submit(F task, bool urgent = false) -> std::future<decltype(task(0u))> {
        using R = decltype(task(0u));
        auto job = std::make_shared<std::packaged_task<R(unsigned)>>(std::move(task));
        auto result = job->get_future();
        enqueue([job](unsigned worker) { (*job)(worker); }, urgent);
        return result;
    }

    /// The number of workers `--jobs 0` stands for: the machine's cores.
    static unsigned default_size();

private:
    void enqueue(std::function<void(unsigned)> task, bool urgent);
    void work(unsigned worker);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void(unsigned)>> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace claimtrack::cli
