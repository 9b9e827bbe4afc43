#include "claimtrack/text/stream.hpp"

#include "claimtrack/core/error.hpp"
#include "claimtrack/text/text.hpp"

#include <algorithm>
#include <cctype>

namespace claimtrack::text {

namespace {

/// Strips white space at both ends, as parse_json_lines trims its lines.
void trim(std::string& s) {
    std::size_t end = s.size();
    while (end > 0 && std::isspace(static_cast<unsigned char>(s[end - 1]))) --end;
    s.resize(end);
    std::size_t begin = 0;
    while (begin < s.size() && std::isspace(static_cast<unsigned char>(s[begin]))) ++begin;
    s.erase(0, begin);
}

class JsonLinesStream final : public DocumentStream {
public:
    JsonLinesStream(std::istream& in, std::string origin, ReadOptions options)
        : m_in(in), m_origin(std::move(origin)), m_options(options) {}

    std::optional<core::Document> next(std::vector<std::string>& errors) override {
        std::string line;
        while (read_line(line, errors)) {
            trim(line);
            if (line.empty()) continue;
            m_any = true;
            const std::string where = m_origin + ":" + std::to_string(m_line_no);
            try {
                return parse_json_line(line, where, m_options);
            } catch (const Error& e) {
                errors.push_back(where + ": " + e.what());
            }
        }
        if (!m_any && !m_reported_empty) {
            m_reported_empty = true;
            throw InputError(m_origin + ": empty input");
        }
        return std::nullopt;
    }

private:
    /// The next line into `line` (without its newline); false at the end. A
    /// line over the limit is reported, skipped to its end, and comes back empty.
    bool read_line(std::string& line, std::vector<std::string>& errors) {
        line.clear();
        if (m_eof) return false;
        bool got = false; // a byte of this line, or its newline
        bool too_long = false;
        for (;;) {
            if (m_pos == m_buffer.size()) {
                m_buffer.resize(k_chunk);
                m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
                if (m_in.bad()) throw InputError(m_origin + ": read error after line " + std::to_string(m_line_no));
                m_buffer.resize(static_cast<std::size_t>(m_in.gcount()));
                m_pos = 0;
                // Judged on the first 64 KiB of the input, as parse_json_lines does (looks_binary
                // probes that much): not on the first line alone.
                if (!m_checked) {
                    m_checked = true;
                    if (looks_binary(m_buffer)) throw InputError(m_origin + ": binary data, not JSON Lines");
                }
                if (m_buffer.empty()) {
                    m_eof = true;
                    break;
                }
            }
            got = true;
            const auto begin = m_buffer.begin() + static_cast<std::ptrdiff_t>(m_pos);
            const auto nl = std::find(begin, m_buffer.end(), '\n');
            const auto n = static_cast<std::size_t>(nl - begin);
            if (!too_long && line.size() + n > m_options.max_document_bytes) {
                too_long = true;
                std::string().swap(line);
            }
            if (!too_long) line.append(begin, nl);
            m_pos += n;
            if (nl != m_buffer.end()) {
                ++m_pos; // the newline
                break;
            }
        }
        if (!got) return false;
        ++m_line_no;
        if (too_long) {
            errors.push_back(m_origin + ":" + std::to_string(m_line_no) + ": over the limit of " +
                             std::to_string(m_options.max_document_bytes) + " bytes for one line; skipped");
            m_any = true;
        }
        return true;
    }

    static constexpr std::size_t k_chunk = std::size_t{1} << 16;
    std::istream& m_in;
    std::string m_origin;
    ReadOptions m_options;
    std::string m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_line_no = 0;
    bool m_eof = false;
    bool m_checked = false;
    bool m_any = false;
    bool m_reported_empty = false;
};

class SingleDocument final : public DocumentStream {
public:
    explicit SingleDocument(core::Document doc) : m_doc(std::move(doc)) {}
    std::optional<core::Document> next(std::vector<std::string>&) override {
        std::optional<core::Document> out = std::move(m_doc);
        m_doc.reset();
        return out;
    }

private:
    std::optional<core::Document> m_doc;
};

} // namespace

std::unique_ptr<DocumentStream> stream_json_lines(std::istream& in, std::string origin, ReadOptions options) {
    return std::make_unique<JsonLinesStream>(in, std::move(origin), options);
}

std::unique_ptr<DocumentStream> single_document(core::Document doc) {
    return std::make_unique<SingleDocument>(std::move(doc));
}

} // namespace claimtrack::text
