#pragma once
// Private: the hash of the geoparser's per-text and closed word sets.

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace claimtrack::gazetteer::detail {

/// word_hash() one byte at a time: the definition, and what compile-time
/// evaluation uses.
constexpr std::uint64_t word_hash_bytes(std::string_view s) {
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

/// A fast hash of a short word: its bytes in 64-bit blocks (little-endian,
/// the last block zero-padded), each folded in with a multiply and a shift
/// (words are mostly under 16 bytes, where this is several times cheaper
/// than hashing byte by byte). constexpr, so that closed word lists can
/// build their tables at compile time; at run time the blocks are read with
/// whole-word loads (the same values as word_hash_bytes(), which the tests
/// check), since every word of every text is hashed several times.
constexpr std::uint64_t word_hash(std::string_view s) {
    if (std::is_constant_evaluated() || std::endian::native != std::endian::little) return word_hash_bytes(s);
    constexpr std::uint64_t k_mul = 0x9E3779B97F4A7C15ull;
    const std::size_t n = s.size();
    const char* p = s.data();
    std::uint64_t h = n * k_mul;
    const auto fold = [&](std::uint64_t block) {
        h = (h ^ block) * k_mul;
        h ^= h >> 32;
    };
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t block;
        std::memcpy(&block, p + i, 8);
        fold(block);
    }
    const std::size_t rest = n - i;
    if (rest == 0) return h;
    std::uint64_t block = 0;
    if (n >= 8) {
        // The last eight bytes, shifted down to the `rest` that are new.
        std::memcpy(&block, p + n - 8, 8);
        block >>= 8 * (8 - rest);
    } else if (rest >= 4) {
        std::uint32_t lo, hi;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + rest - 4, 4);
        block = lo | (static_cast<std::uint64_t>(hi) << (8 * (rest - 4)));
    } else {
        for (std::size_t b = 0; b < rest; ++b)
            block |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[b])) << (8 * b);
    }
    fold(block);
    return h;
}

} // namespace claimtrack::gazetteer::detail
