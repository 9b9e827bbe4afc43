#pragma once
// Private: a set of string views built once per text and then only queried.

#include "word_hash.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimtrack::gazetteer::detail {

/// Open addressing over a power-of-two table of views (word_hash()).
/// Geoparsing builds one per text from a few hundred words: without a node
/// per word (std::unordered_set) or a sort, that costs a fraction of either.
/// The viewed bytes must outlive the set; empty views are not stored.
class ViewSet {
public:
    explicit ViewSet(std::size_t expected = 0) { rehash(expected); }

    void insert(std::string_view s) {
        if (s.empty()) return;
        if (2 * (m_size + 1) > m_slots.size()) rehash(m_slots.size());
        std::string_view& slot = m_slots[find_slot(s)];
        if (slot.empty()) slot = s, ++m_size;
    }

    bool contains(std::string_view s) const {
        return !s.empty() && !m_slots[find_slot(s)].empty();
    }

    std::size_t size() const { return m_size; }

private:
    std::vector<std::string_view> m_slots;
    std::size_t m_size = 0;

    /// The slot holding `s`, or the free slot where it belongs (the table
    /// is never full).
    std::size_t find_slot(std::string_view s) const {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = word_hash(s) & mask;; i = (i + 1) & mask)
            if (m_slots[i].empty() || m_slots[i] == s) return i;
    }

    /// Room for at least `n` views at a load of one half.
    void rehash(std::size_t n) {
        std::size_t capacity = 16;
        while (capacity < 2 * n + 2) capacity *= 2;
        std::vector<std::string_view> old = std::move(m_slots);
        m_slots.assign(capacity, std::string_view{});
        m_size = 0;
        for (std::string_view s : old)
            if (!s.empty()) insert(s);
    }
};

} // namespace claimtrack::gazetteer::detail
