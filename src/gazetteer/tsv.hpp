#pragma once
// Private: a tab-separated file reader that knows where it is, for error
// messages naming the file and line ("'UA.txt' line 12").

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::gazetteer {

/// Splits `s` at every `sep` (empty fields kept): views into `s`.
inline std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find(sep, start);
        if (end == std::string_view::npos) end = s.size();
        out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

/// Calls fn(columns, where) for each data row of an in-memory table: lines
/// split at tabs, blank lines and '#' comments skipped, CR stripped; `where`
/// is "SOURCE:LINE" for error messages.
template <typename Fn>
void for_each_row(std::string_view tsv, std::string_view source, Fn&& fn) {
    std::size_t line_no = 0;
    for (std::string_view line : split(tsv, '\n')) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        fn(split(line, '\t'), std::string(source) + ":" + std::to_string(line_no));
    }
}

class TsvReader {
public:
    /// Reads the whole file. \throws GazetteerError when it cannot be read.
    explicit TsvReader(const std::filesystem::path& file) : m_file(file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw GazetteerError("cannot open '" + file.string() + "': " + std::strerror(errno));
        std::ostringstream buf;
        buf << in.rdbuf();
        m_bytes = buf.str();
    }

    /// Splits the next line into `fields` (views into the reader's buffer).
    /// Returns false at the end of the file.
    bool next(std::vector<std::string_view>& fields) {
        fields.clear();
        if (m_pos >= m_bytes.size()) return false;
        std::size_t end = m_bytes.find('\n', m_pos);
        if (end == std::string::npos) end = m_bytes.size();
        std::string_view line(m_bytes.data() + m_pos, end - m_pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        m_pos = end + 1;
        ++m_line;
        std::size_t start = 0;
        while (true) {
            const std::size_t tab = line.find('\t', start);
            if (tab == std::string_view::npos) {
                fields.push_back(line.substr(start));
                break;
            }
            fields.push_back(line.substr(start, tab - start));
            start = tab + 1;
        }
        return true;
    }

    /// "In file 'path' on line N" for the line last returned by next().
    std::string where() const { return "In file '" + m_file.string() + "' on line " + std::to_string(m_line); }

private:
    std::filesystem::path m_file;
    std::string m_bytes;
    std::size_t m_pos = 0;
    std::size_t m_line = 0;
};

} // namespace claimtrack::gazetteer
