#include "pipeline.hpp"

#include "claimtrack/text/document.hpp"
#include "claimtrack/text/html.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>

namespace fs = std::filesystem;

namespace claimtrack::cli {

namespace {

/// GeoNames-format dump directories: the configured one, plus the Russian
/// border dumps when they sit beside it (as in the shared data layout).
std::vector<fs::path> dump_dirs(const Settings& settings) {
    std::vector<fs::path> dirs;
    if (settings.geonames.empty()) return dirs;
    const fs::path main_dir(settings.geonames);
    dirs.push_back(main_dir);
    for (const char* sibling : {"geonames-ru-border", "ru-border-villages"}) {
        const fs::path p = main_dir.parent_path() / sibling;
        std::error_code ec;
        if (fs::is_directory(p, ec) && fs::absolute(p) != fs::absolute(main_dir)) dirs.push_back(p);
    }
    return dirs;
}

gazetteer::Gazetteer open_or_build(const Settings& settings, bool quiet) {
    std::error_code ec;
    bool built = false;
    if (!fs::exists(settings.gazetteer, ec)) {
        if (settings.geonames.empty())
            throw gazetteer::GazetteerError("no gazetteer index at '" + settings.gazetteer +
                                            "' and no GeoNames dump configured (set CLAIMTRACK_GEONAMES or "
                                            "pass --geonames DIR)");
        if (!quiet)
            std::cerr << "claimtrack: building the gazetteer index " << settings.gazetteer << " from "
                      << settings.geonames << "\n";
        build_gazetteer(settings, settings.gazetteer);
        built = true; // with settings.front, if set
    }
    auto g = gazetteer::Gazetteer::open(settings.gazetteer);
    // Front-line layers at run time replace what the index holds from `gazetteer build --front`.
    if (!settings.front.empty() && !built) g.use_front(settings.front);
    if (!settings.ranking_weights.empty()) g.use_ranking_weights(settings.ranking_weights);
    // The one place boundary configuration reaches the gazetteer: every
    // command takes the same ':'-separated list (--boundaries / CLAIMTRACK_BOUNDARIES).
    if (!settings.boundaries.empty()) g.use_boundary_list(settings.boundaries);
    return g;
}

bool has_article_extension(const fs::path& p) {
    const std::string ext = p.extension().string();
    static constexpr const char* k_exts[] = {".txt", ".text", ".jsonl", ".ndjson", ".html",
                                             ".htm",  ".rss",  ".atom",  ".xml"};
    return std::any_of(std::begin(k_exts), std::end(k_exts), [&](const char* e) { return ext == e; });
}

} // namespace

gazetteer::BuildStats build_gazetteer(const Settings& settings, const std::string& out) {
    gazetteer::BuildOptions opts;
    opts.dump_dirs = dump_dirs(settings);
    if (opts.dump_dirs.empty())
        throw gazetteer::GazetteerError("no GeoNames dump directory: pass --geonames DIR or set CLAIMTRACK_GEONAMES");
    opts.geodata_dir = settings.geodata;
    opts.out = out;
    opts.front_dir = settings.front;
    return gazetteer::build_index(opts);
}

Pipeline::Pipeline(const Settings& settings, bool quiet)
    : m_gazetteer(open_or_build(settings, quiet)), m_extractor(settings.geodata) {}

std::vector<core::Extraction> Pipeline::run_batch(std::span<const core::Document> docs,
                                                  const gazetteer::ParseHints& hints) const {
    std::vector<std::vector<core::Mention>> mentions;
    mentions.reserve(docs.size());
    // Each text is read at its own date (the front-line prior), else at the caller's.
    gazetteer::ParseHints dated = hints;
    for (const auto& doc : docs) {
        dated.date = doc.published ? doc.published : hints.date;
        mentions.push_back(m_gazetteer.geoparse(doc.text, dated));
    }
    std::vector<core::Extraction> out;
    out.reserve(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) out.push_back(m_extractor.extract(docs[i], std::move(mentions[i])));
    return out;
}

std::vector<core::Document> read_documents(const std::string& path, std::vector<std::string>& errors) {
    std::string bytes;
    std::string origin = path;
    if (path == "-") {
        origin = "<stdin>";
        bytes = read_stream(std::cin, origin);
    } else {
        bytes = read_file(path);
    }
    const std::string ext = fs::path(path).extension().string();
    if (ext == ".rss" || ext == ".atom" || (ext == ".xml" && text::looks_like_feed(bytes)) ||
        (path == "-" && text::looks_like_feed(bytes)))
        return text::parse_feed(bytes, origin, errors);
    if (ext == ".html" || ext == ".htm" || (path == "-" && text::looks_like_html(bytes)))
        return {text::parse_html_article(bytes, origin)};
    const bool jsonl = ext == ".jsonl" || ext == ".ndjson" ||
                       (path == "-" && !bytes.empty() && bytes.find_first_not_of(" \t\r\n") != std::string::npos &&
                        bytes[bytes.find_first_not_of(" \t\r\n")] == '{');
    if (jsonl) return text::parse_json_lines(bytes, origin, errors);
    return {text::parse_text_article(bytes, origin)};
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& errors) {
    std::vector<std::string> files;
    for (const auto& in : inputs) {
        std::error_code ec;
        if (in != "-" && fs::is_directory(in, ec)) {
            std::vector<std::string> found;
            for (fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
                 !ec && it != end; it.increment(ec)) {
                if (it->is_regular_file(ec) && has_article_extension(it->path())) found.push_back(it->path().string());
            }
            if (ec) errors.push_back(in + ": cannot list directory: " + ec.message());
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(in);
        }
    }
    return files;
}

} // namespace claimtrack::cli
