#include "json_writer.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace claimtrack::cli {

namespace {

/// Bytes that need more than a copy inside a JSON string: controls, '"', '\\'.
constexpr bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

/// Length of the well-formed UTF-8 sequence starting at `i` (a byte >= 0x80), as
/// nlohmann's decoder reads it (no overlong forms, no surrogates, nothing
/// above U+10FFFF), or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const unsigned char c = p[i];
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c == 0xED) len = 3, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else return 0;
    if (i + len > s.size()) return 0;
    if (p[i + 1] < lo || p[i + 1] > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (p[i + k] < 0x80 || p[i + k] > 0xBF) return 0;
    return len;
}

[[noreturn]] void throw_invalid_utf8(std::string_view s) {
    (void)nlohmann::json(std::string(s)).dump(); // throws type_error 316, naming the byte
    throw std::logic_error("JsonWriter: invalid UTF-8 that nlohmann::json accepts");
}

} // namespace

JsonWriter::JsonWriter(std::string& out, int indent, int level)
    : m_out(out), m_len(out.size()), m_indent(indent), m_base(level) {}

namespace {

/// Eight bytes at a time: whether none is a control, '"', '\\' or a non-ASCII byte.
bool word_is_plain(std::uint64_t w) {
    constexpr std::uint64_t k_ones = 0x0101010101010101ull;
    constexpr std::uint64_t k_highs = 0x8080808080808080ull;
    const auto has_zero = [](std::uint64_t v) { return (v - k_ones) & ~v & k_highs; };
    const std::uint64_t below_space = (w - k_ones * 0x20) & ~w & k_highs; // bytes < 0x20 (for ASCII bytes)
    return ((w & k_highs) | below_space | has_zero(w ^ (k_ones * '"')) | has_zero(w ^ (k_ones * '\\'))) == 0;
}

} // namespace

namespace {

/// Eight bytes at a character boundary that are four well-formed two-byte UTF-8 characters
/// (U+0080..U+07FF: Cyrillic, accented Latin): copied as they are, as utf8_length() would
/// take them one at a time.
bool four_two_byte_characters(std::uint64_t w) {
    if constexpr (std::endian::native != std::endian::little) return false;
    // Each 16-bit lane: a lead byte 110xxxxx (low), a continuation byte 10xxxxxx (high).
    constexpr std::uint64_t k_mask = 0xC0E0C0E0C0E0C0E0ull;
    constexpr std::uint64_t k_want = 0x80C080C080C080C0ull;
    if ((w & k_mask) != k_want) return false;
    // A lead byte 0xC0 or 0xC1 (bits 0x1E clear) is an overlong form, which dump() refuses. Each
    // lane's lead bits plus 0x7FFF reach the lane's top bit only when they are not all clear
    // (no sum carries out of its lane).
    constexpr std::uint64_t k_lead_bits = 0x001E001E001E001Eull;
    constexpr std::uint64_t k_lane_tops = 0x8000800080008000ull;
    return (((w & k_lead_bits) + 0x7FFF7FFF7FFF7FFFull) & k_lane_tops) == k_lane_tops;
}

/// A two-byte character (U+0080..U+07FF) at `i`: as utf8_length() reads one, without a call.
bool two_byte_character(const unsigned char* p, std::size_t i, std::size_t n) {
    return p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80;
}

/// How many bytes at the start of `s` are copied as they are (ASCII that needs no escape,
/// well-formed multi-byte characters): all of them for most strings.
std::size_t plain_length(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if (word_is_plain(w) || four_two_byte_characters(w)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c >= 0x80) {
            if (two_byte_character(p, i, n)) {
                i += 2;
                continue;
            }
            const std::size_t len = utf8_length(s, i);
            if (len == 0) return i;
            i += len;
            continue;
        }
        if (needs_escape(c)) return i;
        ++i;
    }
    return n;
}

/// Writes `s` as a JSON string through `emit(const char*, std::size_t)`: the bytes copied
/// as they are in runs, escapes one by one; its first `from` bytes are known to be plain
/// (plain_length()). \throws nlohmann's type_error for invalid UTF-8.
template <typename Emit>
void escape_string(std::string_view s, Emit&& emit, std::size_t from = 0) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    emit("\"", 1);
    std::size_t run = 0; // start of the bytes copied as they are
    std::size_t i = from;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if (word_is_plain(w) || four_two_byte_characters(w)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c >= 0x80) {
            if (two_byte_character(p, i, n)) {
                i += 2;
                continue;
            }
            // A multi-byte character is copied as it is; dump() refuses
            // invalid UTF-8: let it say so in its own words.
            const std::size_t len = utf8_length(s, i);
            if (len == 0) {
                throw_invalid_utf8(s);
            }
            i += len;
            continue;
        }
        if (!needs_escape(c)) {
            ++i;
            continue;
        }
        emit(s.data() + run, i - run);
        run = ++i;
        switch (c) {
        case '"': emit("\\\"", 2); break;
        case '\\': emit("\\\\", 2); break;
        case '\b': emit("\\b", 2); break;
        case '\t': emit("\\t", 2); break;
        case '\n': emit("\\n", 2); break;
        case '\f': emit("\\f", 2); break;
        case '\r': emit("\\r", 2); break;
        default: {
            static constexpr char k_hex[] = "0123456789abcdef";
            const char esc[6] = {'\\', 'u', '0', '0', k_hex[c >> 4], k_hex[c & 0xF]};
            emit(esc, 6);
        }
        }
    }
    emit(s.data() + run, n - run);
    emit("\"", 1);
}

} // namespace

void JsonWriter::append_string(std::string& out, std::string_view s) {
    escape_string(s, [&](const char* bytes, std::size_t size) { out.append(bytes, size); });
}

JsonWriter::~JsonWriter() {
    if (m_grown) m_out.resize(m_len); // a value left incomplete (an exception): no room left behind
}

void JsonWriter::grow(std::size_t n) {
    // Geometric, so that the room is grown a few times per document; resize() also
    // zero-fills the new room, in one pass.
    constexpr std::size_t k_first_room = 16 * 1024; // a dev article's JSON is about 9 KB
    m_out.resize(std::max({m_len + n, 2 * m_out.size(), m_len + k_first_room}));
    m_grown = true;
}

void JsonWriter::put(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    m_len += s.size();
}

void JsonWriter::put_string(std::string_view s) {
    const std::size_t plain = plain_length(s);
    if (plain == s.size()) { // no escape: quotes and bytes in one place
        char* out = room(s.size() + 2);
        out[0] = '"';
        std::memcpy(out + 1, s.data(), s.size());
        out[s.size() + 1] = '"';
        advance(s.size() + 2);
        return;
    }
    escape_string(
        s,
        [&](const char* bytes, std::size_t size) {
            std::memcpy(room(size), bytes, size);
            m_len += size;
        },
        plain);
}

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_stack.empty()) {
        // A new top-level value: after the last one the output was trimmed, and the caller
        // may have added to it since ("\n" between JSON Lines).
        if (!m_grown) m_len = m_out.size();
        return;
    }
    Level& top = m_stack.back();
    const bool comma = top.count++ > 0;
    if (m_indent < 0) {
        if (comma) put(',');
        return;
    }
    const std::size_t spaces = static_cast<std::size_t>(m_indent) * (m_base + m_stack.size());
    char* out = room(spaces + 2);
    std::size_t n = 0;
    if (comma) out[n++] = ',';
    out[n++] = '\n';
    std::memset(out + n, ' ', spaces);
    advance(n + spaces);
}

JsonWriter& JsonWriter::pretty_key(std::string_view k) {
    // Keys are the program's own literals: plain ASCII, written as they are.
    // Their order is checked in debug builds (and by the tests, which read
    // the output back with nlohmann::json and print it again).
    assert(!m_stack.empty() && m_stack.back().object && !m_after_key);
    assert(m_stack.back().count == 0 || m_stack.back().last_key < k);
#ifndef NDEBUG
    m_stack.back().last_key = k;
#endif
    // Separator, indentation and key written in place: a million keys per 30 MB of output.
    const std::size_t spaces = m_indent >= 0 ? static_cast<std::size_t>(m_indent) * (m_base + m_stack.size()) : 0;
    char* out = room(k.size() + spaces + 6);
    std::size_t n = 0;
    if (m_stack.back().count++ > 0) out[n++] = ',';
    if (m_indent >= 0) {
        out[n++] = '\n';
        std::memset(out + n, ' ', spaces);
        n += spaces;
    }
    out[n++] = '"';
    std::memcpy(out + n, k.data(), k.size());
    n += k.size();
    out[n++] = '"';
    out[n++] = ':';
    if (m_indent >= 0) out[n++] = ' ';
    advance(n);
    m_after_key = true;
    return *this;
}

void JsonWriter::open(char bracket) {
    before_value();
    put(bracket);
    m_stack.push_back({0, bracket == '{', {}});
}

void JsonWriter::close(char bracket) {
    const Level top = m_stack.back();
    m_stack.pop_back();
    if (top.count > 0 && m_indent >= 0) {
        const std::size_t spaces = static_cast<std::size_t>(m_indent) * (m_base + m_stack.size());
        char* out = room(spaces + 1);
        out[0] = '\n';
        std::memset(out + 1, ' ', spaces);
        advance(spaces + 1);
    }
    put(bracket);
    after_value();
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::value(std::string_view s) {
    before_value();
    put_string(s);
    after_value();
}

void JsonWriter::value(bool b) {
    before_value();
    put(b ? std::string_view("true") : std::string_view("false"));
    after_value();
}

void JsonWriter::null() {
    before_value();
    put(std::string_view("null"));
    after_value();
}

void JsonWriter::value(std::int64_t v) {
    before_value();
    constexpr std::size_t k_max = 24;
    char* out = room(k_max);
    const auto r = std::to_chars(out, out + k_max, v);
    advance(static_cast<std::size_t>(r.ptr - out));
    after_value();
}

void JsonWriter::value(std::uint64_t v) {
    before_value();
    constexpr std::size_t k_max = 24;
    char* out = room(k_max);
    const auto r = std::to_chars(out, out + k_max, v);
    advance(static_cast<std::size_t>(r.ptr - out));
    after_value();
}

void JsonWriter::value(double v) {
    before_value();
    if (!std::isfinite(v)) {
        put(std::string_view("null"));
        after_value();
        return;
    }
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    static_assert(k_double_slots == 32, "the slot is the top five bits of the hash");
    DoubleText& memo = m_doubles[(bits * 0x9E3779B97F4A7C15ull) >> 59];
    if (memo.size > 0 && memo.bits == bits) {
        put(std::string_view(memo.text, memo.size));
        after_value();
        return;
    }
    // The very routine dump() uses (Grisu2, shortest form that reads back the same).
    constexpr std::size_t k_max = 64;
    char* out = room(k_max);
    char* end = nlohmann::detail::to_chars(out, out + k_max, v);
    const auto n = static_cast<std::size_t>(end - out);
    if (n <= sizeof memo.text) {
        memo.bits = bits;
        memo.size = static_cast<unsigned char>(n);
        std::memcpy(memo.text, out, n);
    }
    advance(n);
    after_value();
}

} // namespace claimtrack::cli
