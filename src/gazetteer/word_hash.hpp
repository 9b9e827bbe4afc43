#pragma once
// Private: the hash of the geoparser's per-text and closed word sets.

#include <cstdint>
#include <string_view>

namespace claimtrack::gazetteer::detail {

/// A fast hash of a short word: its bytes in 64-bit blocks, each folded in
/// with a multiply and a shift (words are mostly under 16 bytes, where this
/// is several times cheaper than hashing byte by byte). constexpr, so that
/// closed word lists can build their tables at compile time.
constexpr std::uint64_t word_hash(std::string_view s) {
    constexpr std::uint64_t k_mul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = s.size() * k_mul;
    std::size_t i = 0;
    while (i < s.size()) {
        std::uint64_t block = 0;
        for (std::size_t b = 0; b < 8 && i < s.size(); ++b, ++i)
            block |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i])) << (8 * b);
        h = (h ^ block) * k_mul;
        h ^= h >> 32;
    }
    return h;
}

} // namespace claimtrack::gazetteer::detail
