#pragma once
// A streaming JSON writer: appends to a string as values are given, with no
// document tree. It prints exactly what nlohmann::json's dump() prints for
// the same document (dump() compact, dump(2) pretty, ensure_ascii off):
// the same escapes, the same shortest round-trip doubles, NaN and infinity as
// null. dump() sorts object keys: callers give them in that order (checked
// by assertions in debug builds).

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::cli {

/// Not thread-safe; one writer per output string. Keys must be string
/// literals or otherwise outlive the enclosing object (they are kept, as
/// views, to check their order).
///
/// The output string holds exactly what was written whenever a top-level
/// value is complete (and when the writer is destroyed); while a value is
/// being written it may be longer (room grown ahead, so that each key and
/// value is stored with a pointer, not an append call: a 2 KB article makes
/// about 900 members).
class JsonWriter {
public:
    /// `indent` < 0: compact, as dump(); otherwise pretty, as dump(indent).
    /// `level`: the nesting the first value is written at (its lines are
    /// indented as an element of that many enclosing containers).
    explicit JsonWriter(std::string& out, int indent = -1, int level = 0);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// The next member's key: plain ASCII without escapes (the program's
    /// literals), keys of one object in strictly ascending byte order.
    /// Inline when compact: at a call with a literal, the key's bytes are
    /// stored without a call (a 2 KB article has some 900 keys); forced, as the
    /// compiler otherwise keeps one out-of-line copy that copies with a call to memcpy.
    [[gnu::always_inline]] JsonWriter& key(std::string_view k) {
        if (m_indent >= 0 || !k_inline_keys) return pretty_key(k);
        char* out = room(k.size() + 4);
        const std::size_t comma = m_stack.back().count++ > 0 ? 1 : 0;
        out[0] = ',';
        out[comma] = '"';
        std::memcpy(out + comma + 1, k.data(), k.size());
        out[comma + 1 + k.size()] = '"';
        out[comma + 2 + k.size()] = ':';
        m_len += comma + 3 + k.size();
        m_after_key = true;
        return *this;
    }

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
    /// Room for `n` more bytes at the end of the output: where to write them
    /// (then advance(n), or fewer).
    char* room(std::size_t n) {
        if (m_out.size() - m_len < n) grow(n);
        return m_out.data() + m_len;
    }
    void advance(std::size_t n) { m_len += n; }
    void put(char c) {
        *room(1) = c;
        ++m_len;
    }
    void put(std::string_view s);
    void grow(std::size_t n);
#ifdef NDEBUG
    static constexpr bool k_inline_keys = true;
#else
    static constexpr bool k_inline_keys = false; ///< debug builds check the keys' order in pretty_key()
#endif
    /// key() when pretty, and in debug builds.
    JsonWriter& pretty_key(std::string_view k);
    /// After a value: trims the output to what was written once the top-level value is complete.
    void after_value() {
        if (m_stack.empty() && m_grown) {
            m_out.resize(m_len);
            m_grown = false;
        }
    }
    /// append_string() into the output.
    void put_string(std::string_view s);
    /// Separator and indentation before a value or a key.
    void before_value();
    void open(char bracket);
    void close(char bracket);

    struct Level {
        std::size_t count = 0;
        bool object = false;
        std::string_view last_key;
    };
    /// A number as written before: places repeat their coordinates through a document (as a
    /// mention, a claim's place, a runner-up), and the shortest round-trip form costs some
    /// hundreds of instructions to find.
    struct DoubleText {
        std::uint64_t bits = 0;
        unsigned char size = 0; ///< 0: empty
        char text[24];          ///< the longest form, "-1.7976931348623157e+308", has 24
    };
    static constexpr std::size_t k_double_slots = 32;
    std::array<DoubleText, k_double_slots> m_doubles{};

    std::string& m_out;
    std::size_t m_len;     ///< bytes of m_out written (the rest is room)
    bool m_grown = false; ///< m_out has room beyond m_len
    int m_indent;
    int m_base;
    bool m_after_key = false;
    std::vector<Level> m_stack;
};

} // namespace claimtrack::cli
