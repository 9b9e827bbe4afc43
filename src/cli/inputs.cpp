#include "inputs.hpp"

#include "settings.hpp"

#include "claimtrack/core/error.hpp"
#include "claimtrack/text/document.hpp"
#include "claimtrack/text/html.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace claimtrack::cli {

namespace {

constexpr const char* k_article_exts[] = {".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".rss", ".atom", ".xml"};

bool has_article_extension(const fs::path& p) {
    const std::string ext = p.extension().string();
    return std::any_of(std::begin(k_article_exts), std::end(k_article_exts), [&](const char* e) { return ext == e; }) ||
           p.filename() == "result.json"; // a Telegram Desktop export
}

/// A document stream with the file it reads from.
class FileStream final : public text::DocumentStream {
public:
    FileStream(std::unique_ptr<std::istream> in, std::unique_ptr<text::DocumentStream> (*open)(std::istream&, std::string, text::ReadOptions),
               std::string origin, const text::ReadOptions& options)
        : m_in(std::move(in)), m_stream(open(*m_in, std::move(origin), options)) {}
    std::optional<core::Document> next(std::vector<std::string>& errors) override { return m_stream->next(errors); }

private:
    std::unique_ptr<std::istream> m_in;
    std::unique_ptr<text::DocumentStream> m_stream;
};

std::unique_ptr<std::ifstream> open_file(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(path + ": is a directory");
    auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*in) throw InputError(path + ": cannot open: " + std::strerror(errno));
    return in;
}

/// The first kilobyte of a file, the file left at its start.
std::string head(std::istream& in) {
    std::string bytes(1024, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    in.seekg(0);
    return bytes;
}

std::unique_ptr<text::DocumentStream> open_stdin(const text::ReadOptions& options) {
    const std::string origin = "<stdin>";
    std::cin >> std::ws;
    if (std::cin.peek() == '{')
        return text::stream_json_lines(std::cin, origin, options); // a line at a time
    std::string bytes = read_stream(std::cin, origin);
    if (text::looks_like_feed(bytes)) {
        // Read whole (it is in memory already), then handed out one by one.
        auto in = std::make_unique<std::istringstream>(std::move(bytes));
        return std::make_unique<FileStream>(std::move(in), &text::stream_feed, origin, options);
    }
    if (text::looks_like_html(bytes)) return text::single_document(text::parse_html_article(bytes, origin, options));
    return text::single_document(text::parse_text_article(std::move(bytes), origin, options));
}

} // namespace

text::ReadOptions default_read_options() {
    const auto now = std::chrono::system_clock::now();
    const long days = std::chrono::duration_cast<std::chrono::days>(now.time_since_epoch()).count();
    text::ReadOptions options;
    options.latest_published = core::Date::from_days_since_epoch(days + 1);
    options.max_document_bytes = k_max_input_bytes;
    return options;
}

std::unique_ptr<text::DocumentStream> open_input(const std::string& path, const text::ReadOptions& options) {
    if (path == "-") return open_stdin(options);
    const std::string ext = fs::path(path).extension().string();
    if (ext == ".jsonl" || ext == ".ndjson")
        return std::make_unique<FileStream>(open_file(path), &text::stream_json_lines, path, options);
    if (ext == ".rss" || ext == ".atom" || ext == ".xml") {
        auto in = open_file(path);
        if (ext != ".xml" || text::looks_like_feed(head(*in)))
            return std::make_unique<FileStream>(std::move(in), &text::stream_feed, path, options);
    }
    if (ext == ".html" || ext == ".htm") return text::single_document(text::parse_html_article(read_file(path), path, options));
    return text::single_document(text::parse_text_article(read_file(path), path, options));
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& errors,
                                       std::vector<std::string>& notes) {
    std::vector<std::string> files;
    for (const auto& in : inputs) {
        std::error_code ec;
        if (in == "-" || !fs::is_directory(in, ec)) {
            files.push_back(in);
            continue;
        }
        std::vector<std::string> found;
        std::map<std::string, std::size_t> skipped; // by extension
        for (fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            if (!it->is_regular_file(ec)) continue;
            if (has_article_extension(it->path())) found.push_back(it->path().string());
            else ++skipped[it->path().extension().empty() ? "without extension" : it->path().extension().string()];
        }
        if (ec) errors.push_back(in + ": cannot list directory: " + ec.message());
        std::string what;
        std::size_t total = 0;
        for (const auto& [ext, n] : skipped) {
            what += (what.empty() ? "" : ", ") + std::to_string(n) + " " + ext;
            total += n;
        }
        if (found.empty()) {
            errors.push_back(in + ": no articles in this directory (read are .txt, .text, .jsonl, .ndjson, .html, "
                                  ".htm, .rss, .atom, .xml)" +
                             (total == 0 ? std::string("; it holds no files")
                                         : "; skipped " + std::to_string(total) + " other file" +
                                               (total == 1 ? "" : "s") + ": " + what));
        } else if (total > 0) {
            notes.push_back(in + ": skipped " + std::to_string(total) + " file" + (total == 1 ? "" : "s") +
                            " that " + (total == 1 ? "is" : "are") + " not an article format: " + what);
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace claimtrack::cli
