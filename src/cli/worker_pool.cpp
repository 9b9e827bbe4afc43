#include "worker_pool.hpp"

#include <algorithm>

namespace claimtrack::cli {

WorkerPool::WorkerPool(unsigned threads) {
    const unsigned n = std::max(1u, threads);
    m_threads.reserve(n);
    for (unsigned i = 0; i < n; ++i) m_threads.emplace_back([this, i] { work(i); });
}

WorkerPool::~WorkerPool() {
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& t : m_threads) t.join();
}

unsigned WorkerPool::default_size() { return std::max(1u, std::thread::hardware_concurrency()); }

void WorkerPool::enqueue(std::function<void(unsigned)> task, bool urgent) {
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (urgent) m_queue.push_front(std::move(task));
        else m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void WorkerPool::work(unsigned worker) {
    for (;;) {
        std::function<void(unsigned)> task;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) return; // stopping, nothing left
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task(worker); // a packaged_task: exceptions go to its future
    }
}

} // namespace claimtrack::cli
