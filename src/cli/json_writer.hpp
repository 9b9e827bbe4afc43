#pragma once
// A streaming JSON writer: appends to a string as values are given, with no
// document tree. It prints exactly what nlohmann::json's dump() prints for
// the same document (dump() compact, dump(2) pretty, ensure_ascii off):
// the same escapes, the same shortest round-trip doubles, NaN and infinity as
// null. dump() sorts object keys: callers give them in that order (checked
// by assertions in debug builds).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::cli {

/// Not thread-safe; one writer per output string. Keys must be string
/// literals or otherwise outlive the enclosing object (they are kept, as
/// views, to check their order).
class JsonWriter {
public:
    /// `indent` < 0: compact, as dump(); otherwise pretty, as dump(indent).
    /// `level`: the nesting the first value is written at (its lines are
    /// indented as an element of that many enclosing containers).
    explicit JsonWriter(std::string& out, int indent = -1, int level = 0);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// The next member's key: plain ASCII without escapes (the program's
    /// literals), keys of one object in strictly ascending byte order.
    JsonWriter& key(std::string_view k);

    void value(std::string_view s);
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(const char* s) { value(std::string_view(s)); }
    void value(bool b);
    void value(int v) { value(static_cast<std::int64_t>(v)); }
    void value(std::int64_t v);
    void value(std::uint64_t v);
    void value(double v);
    void null();
    /// The value, or null.
    template <class T> void value_or_null(const std::optional<T>& v) {
        if (v) value(*v);
        else null();
    }
    /// The string, or null when empty.
    void string_or_null(std::string_view s) {
        if (s.empty()) null();
        else value(s);
    }

    /// Appends `s` as a JSON string (quotes and escapes) to `out`. \throws
    /// nlohmann::json's type_error for invalid UTF-8, as dump() does.
    static void append_string(std::string& out, std::string_view s);

private:
    /// Separator and indentation before a value or a key.
    void before_value();
    void open(char bracket);
    void close(char bracket);

    struct Level {
        std::size_t count = 0;
        bool object = false;
        std::string_view last_key;
    };
    std::string& m_out;
    int m_indent;
    int m_base;
    bool m_after_key = false;
    std::vector<Level> m_stack;
};

} // namespace claimtrack::cli
