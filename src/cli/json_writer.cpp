#include "json_writer.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace claimtrack::cli {

namespace {

/// Bytes that need more than a copy inside a JSON string: controls, '"', '\\'.
constexpr bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

/// Whether `s` is well-formed UTF-8 as nlohmann's decoder reads it (no
/// overlong forms, no surrogates, nothing above U+10FFFF).
bool valid_utf8(std::string_view s, std::size_t from) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = from;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) len = 3, lo = 0xA0;
        else if (c == 0xED) len = 3, hi = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF) len = 3;
        else if (c == 0xF0) len = 4, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) len = 4, hi = 0x8F;
        else return false;
        if (i + len > n) return false;
        if (p[i + 1] < lo || p[i + 1] > hi) return false;
        for (std::size_t k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return false;
        i += len;
    }
    return true;
}

} // namespace

JsonWriter::JsonWriter(std::string& out, int indent, int level) : m_out(out), m_indent(indent), m_base(level) {}

void JsonWriter::append_string(std::string& out, std::string_view s) {
    std::size_t high = 0;
    while (high < s.size() && static_cast<unsigned char>(s[high]) < 0x80) ++high;
    if (high < s.size() && !valid_utf8(s, high)) {
        // dump() refuses it: let it say so in its own words.
        out += nlohmann::json(std::string(s)).dump();
        return;
    }
    out += '"';
    std::size_t run = 0; // start of the bytes copied as they are
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!needs_escape(c)) continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
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
    out.append(s.data() + run, s.size() - run);
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
    if (m_stack.empty() || !m_stack.back().object || m_after_key)
        throw std::logic_error("JsonWriter: key \"" + std::string(k) + "\" outside an object");
    Level& top = m_stack.back();
    if (top.count > 0 && !(top.last_key < k))
        throw std::logic_error("JsonWriter: key \"" + std::string(k) + "\" after \"" + std::string(top.last_key) +
                               "\" (keys go in ascending order, as dump() sorts them)");
    before_value();
    top.last_key = k;
    append_string(m_out, k);
    m_out += m_indent >= 0 ? ": " : ":";
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
