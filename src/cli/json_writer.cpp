#include "json_writer.hpp"

#include <nlohmann/json.hpp>

#include <array>
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

JsonWriter::JsonWriter(std::string& out, int indent, int level) : m_out(out), m_indent(indent), m_base(level) {}

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

void JsonWriter::append_string(std::string& out, std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    out += '"';
    std::size_t run = 0; // start of the bytes copied as they are
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if (word_is_plain(w)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c >= 0x80) {
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
        out.append(s.data() + run, i - run);
        run = ++i;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\r': out += "\\r"; break;
        default: {
            static constexpr char k_hex[] = "0123456789abcdef";
            const char esc[6] = {'\\', 'u', '0', '0', k_hex[c >> 4], k_hex[c & 0xF]};
            out.append(esc, 6);
        }
        }
    }
    out.append(s.data() + run, n - run);
    out += '"';
}

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_stack.empty()) return;
    Level& top = m_stack.back();
    if (top.count++ > 0) m_out += ',';
    if (m_indent >= 0) {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_indent) * (m_base + m_stack.size()), ' ');
    }
}

JsonWriter& JsonWriter::key(std::string_view k) {
    // Keys are the program's own literals: plain ASCII, written as they are.
    // Their order is checked in debug builds (and by the tests, which read
    // the output back with nlohmann::json and print it again).
    assert(!m_stack.empty() && m_stack.back().object && !m_after_key);
    assert(m_stack.back().count == 0 || m_stack.back().last_key < k);
#ifndef NDEBUG
    m_stack.back().last_key = k;
#endif
    // Separator, indentation and key in one append: a million keys per 30 MB of output.
    const std::size_t spaces = m_indent >= 0 ? static_cast<std::size_t>(m_indent) * (m_base + m_stack.size()) : 0;
    char buf[128];
    if (k.size() + spaces + 6 > sizeof buf) {
        before_value();
        m_out += '"';
        m_out.append(k);
        m_out.append(m_indent >= 0 ? "\": " : "\":");
        m_after_key = true;
        return *this;
    }
    std::size_t n = 0;
    if (m_stack.back().count++ > 0) buf[n++] = ',';
    if (m_indent >= 0) {
        buf[n++] = '\n';
        std::memset(buf + n, ' ', spaces);
        n += spaces;
    }
    buf[n++] = '"';
    std::memcpy(buf + n, k.data(), k.size());
    n += k.size();
    buf[n++] = '"';
    buf[n++] = ':';
    if (m_indent >= 0) buf[n++] = ' ';
    m_out.append(buf, n);
    m_after_key = true;
    return *this;
}

void JsonWriter::open(char bracket) {
    before_value();
    m_out += bracket;
    m_stack.push_back({0, bracket == '{', {}});
}

void JsonWriter::close(char bracket) {
    const Level top = m_stack.back();
    m_stack.pop_back();
    if (top.count > 0 && m_indent >= 0) {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_indent) * (m_base + m_stack.size()), ' ');
    }
    m_out += bracket;
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::value(std::string_view s) {
    before_value();
    append_string(m_out, s);
}

void JsonWriter::value(bool b) {
    before_value();
    m_out += b ? "true" : "false";
}

void JsonWriter::null() {
    before_value();
    m_out += "null";
}

void JsonWriter::value(std::int64_t v) {
    before_value();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, r.ptr);
}

void JsonWriter::value(std::uint64_t v) {
    before_value();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, r.ptr);
}

void JsonWriter::value(double v) {
    before_value();
    if (!std::isfinite(v)) {
        m_out += "null";
        return;
    }
    // The very routine dump() uses (Grisu2, shortest form that reads back the same).
    std::array<char, 64> buf{};
    char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
    m_out.append(buf.data(), end);
}

} // namespace claimtrack::cli
