#include "pipeline.hpp"
#include "inputs.hpp"

#include "claimtrack/text/windows.hpp"

#include "claimtrack/core/error.hpp"
#include "claimtrack/text/document.hpp"
#include "claimtrack/text/html.hpp"
#include "claimtrack/text/telegram.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <iostream>
#include <iterator>
#include <optional>

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

/// The index written from `dumps` (and `front`, if not empty) into `out`, with the project's tables.
gazetteer::BuildStats build_from(std::vector<fs::path> dumps, fs::path front, const Settings& settings,
                                 const std::string& out) {
    gazetteer::BuildOptions opts;
    opts.dump_dirs = std::move(dumps);
    if (opts.dump_dirs.empty())
        throw gazetteer::GazetteerError("no GeoNames dump directory: pass --geonames DIR or set CLAIMTRACK_GEONAMES");
    opts.geodata_dir = settings.geodata;
    opts.out = out;
    opts.front_dir = std::move(front);
    return gazetteer::build_index(opts);
}

std::string joined(const std::vector<fs::path>& dirs) {
    std::string s;
    for (const auto& d : dirs) s += (s.empty() ? "" : ", ") + d.string();
    return s;
}

/// Rebuilds `settings.gazetteer`, an index of index format `version`. What the user configured
/// wins; what they did not comes from the record beside the index (`<index>.sources`) when the
/// directories it names are still there. \throws GazetteerError (exit 4) when no dump is known.
void rebuild_other_version(const Settings& settings, const std::string& version) {
    const auto recorded = gazetteer::read_index_sources(settings.gazetteer);
    const std::string record = gazetteer::index_sources_file(settings.gazetteer).string();
    std::vector<fs::path> dumps = dump_dirs(settings);
    std::string why_not_recorded;
    bool dumps_recorded = false;
    if (dumps.empty() && recorded) {
        std::error_code ec;
        for (const auto& d : recorded->dump_dirs)
            if (!fs::is_directory(d, ec)) why_not_recorded += " ('" + record + "' names '" + d.string() + "', which is gone)";
        if (why_not_recorded.empty()) {
            dumps = recorded->dump_dirs;
            dumps_recorded = true;
        }
    }
    if (dumps.empty())
        throw gazetteer::GazetteerError("'" + settings.gazetteer + "' is a gazetteer index of version " + version +
                                        ", this claimtrack reads version " + gazetteer::index_version() +
                                        ", and no GeoNames dump is configured to rebuild it" + why_not_recorded +
                                        " (set CLAIMTRACK_GEONAMES or pass --geonames DIR, or run 'claimtrack "
                                        "gazetteer build')");
    fs::path front = settings.front;
    bool front_recorded = false;
    if (std::error_code ec; front.empty() && recorded && !recorded->front_dir.empty() &&
                            fs::is_directory(recorded->front_dir, ec)) {
        front = recorded->front_dir;
        front_recorded = true;
    }
    // Said even with --quiet: a file of the user's is replaced.
    std::cerr << "claimtrack: rebuilding the gazetteer index " << settings.gazetteer << " from " << joined(dumps)
              << (dumps_recorded ? " (as recorded in " + record + ")" : "")
              << (front.empty() ? "" : " with the front-line layers " + front.string() +
                                           (front_recorded ? " (as recorded in " + record + ")" : ""))
              << ": it is of index version " << version << ", this claimtrack reads version "
              << gazetteer::index_version() << "\n";
    build_from(std::move(dumps), std::move(front), settings, settings.gazetteer);
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
    } else if (std::string version;
               gazetteer::read_index_header(settings.gazetteer, &version) == gazetteer::IndexHeader::other_version) {
        // An index an older (or newer) claimtrack wrote: rebuilt into a temporary file beside it
        // renamed over it (build_index), from the dump configured or else the dumps the index's
        // record of its sources names, with the front-line layers configured or else recorded. A
        // file that is no claimtrack index is never replaced: Gazetteer::open below names it (exit 4).
        rebuild_other_version(settings, version);
        built = true;
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

/// The result.json a path names (the file itself, or the export folder
/// holding it) when it is a Telegram Desktop export; nullopt otherwise.
std::optional<fs::path> telegram_export_file(const std::string& path) {
    if (path == "-") return std::nullopt;
    std::error_code ec;
    fs::path file(path);
    if (fs::is_directory(file, ec)) file /= "result.json";
    if (file.extension() != ".json" || !fs::is_regular_file(file, ec)) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (!text::looks_like_telegram_export(head)) return std::nullopt;
    return file;
}

std::vector<core::Document> read_telegram_stream(std::istream& in, const std::string& origin,
                                                 const InputOptions& options) {
    std::vector<core::Document> docs;
    const auto stats = text::read_telegram_export(in, origin, {options.telegram_channel},
                                                  [&docs](core::Document&& doc) { docs.push_back(std::move(doc)); });
    if (!options.quiet)
        std::cerr << "telegram: " << origin << ": " << stats.messages << " messages, " << stats.articles
                  << " with text (" << stats.forwarded << " forwarded, " << stats.edited << " edited); skipped "
                  << stats.service << " service, " << stats.media_only << " media without caption, " << stats.empty
                  << " empty\n";
    return docs;
}

/// The export is parsed as a stream: the file is never held in memory, only
/// the documents made from its messages.
std::vector<core::Document> read_telegram(const fs::path& file, const InputOptions& options) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file.string() + ": cannot open");
    return read_telegram_stream(in, file.string(), options);
}

} // namespace

gazetteer::BuildStats build_gazetteer(const Settings& settings, const std::string& out) {
    return build_from(dump_dirs(settings), settings.front, settings, out);
}

Pipeline::Pipeline(const Settings& settings, bool quiet)
    : Pipeline(std::async(std::launch::async, [dir = settings.geodata] { return extract::Extractor(dir); }),
               settings, quiet) {}

// A gazetteer error is reported first, as when the two loaded one after the other.
Pipeline::Pipeline(std::future<extract::Extractor> extractor, const Settings& settings, bool quiet)
    : m_gazetteer(open_or_build(settings, quiet)), m_extractor(extractor.get()) {}

PipelineLoader::PipelineLoader(const Settings& settings, bool quiet)
    : m_pipeline(std::async(std::launch::async, [settings, quiet] {
                     return std::shared_ptr<const Pipeline>(std::make_shared<Pipeline>(settings, quiet));
                 }).share()) {}

std::vector<core::Extraction> Pipeline::run_batch(std::span<const core::Document> docs,
                                                  const gazetteer::ParseHints& hints) const {
    std::vector<core::Extraction> out;
    out.reserve(docs.size());
    // Articles longer than a window go a window at a time (bounded memory); the others a stage at a time.
    for (std::size_t i = 0; i < docs.size();) {
        if (docs[i].text.size() > k_window_bytes) {
            out.push_back(run_windows(docs[i], hints));
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < docs.size() && docs[j].text.size() <= k_window_bytes) ++j;
        run_stages(docs.subspan(i, j - i), hints, out);
        i = j;
    }
    return out;
}

void Pipeline::run_stages(std::span<const core::Document> docs, const gazetteer::ParseHints& hints,
                          std::vector<core::Extraction>& out) const {
    std::vector<std::vector<core::Mention>> mentions;
    mentions.reserve(docs.size());
    // Each text is read at its own date (the front-line prior), else at the caller's.
    gazetteer::ParseHints dated = hints;
    for (const auto& doc : docs) {
        dated.date = doc.published ? doc.published : hints.date;
        mentions.push_back(m_gazetteer.geoparse(doc.text, dated));
    }
    for (std::size_t i = 0; i < docs.size(); ++i) out.push_back(m_extractor.extract(docs[i], std::move(mentions[i])));
}

core::Extraction Pipeline::run_windows(const core::Document& doc, const gazetteer::ParseHints& hints) const {
    core::Extraction all;
    core::Document part = doc;
    part.text.clear();
    part.text.shrink_to_fit();
    for (const core::Span& w : text::windows(doc.text, k_window_bytes)) {
        part.text.assign(doc.text, w.start, w.size());
        std::vector<core::Extraction> one;
        run_stages(std::span<const core::Document>(&part, 1), hints, one);
        auto& x = one.front();
        for (auto& m : x.mentions) m.span = {m.span.start + w.start, m.span.end + w.start};
        for (auto& c : x.claims) c.evidence_span = {c.evidence_span.start + w.start, c.evidence_span.end + w.start};
        for (auto& a : x.areas) a.span = {a.span.start + w.start, a.span.end + w.start};
        for (auto& d : x.distances) d.span = {d.span.start + w.start, d.span.end + w.start};
        // Room for the whole article at the rate seen so far (10 % spare): the vectors are
        // reallocated early, while small, never by doubling when large (a mention takes
        // about 600 bytes; a long article has hundreds of thousands). Reserved pages not
        // yet written cost no memory.
        const double rate = 1.1 * static_cast<double>(doc.text.size()) / static_cast<double>(w.end);
        const auto grow = [rate](auto& into, std::size_t add) {
            const std::size_t need = into.size() + add;
            if (need > into.capacity())
                into.reserve(std::max(need, static_cast<std::size_t>(static_cast<double>(need) * rate)));
        };
        grow(all.mentions, x.mentions.size());
        grow(all.claims, x.claims.size());
        grow(all.areas, x.areas.size());
        grow(all.distances, x.distances.size());
        std::move(x.mentions.begin(), x.mentions.end(), std::back_inserter(all.mentions));
        std::move(x.claims.begin(), x.claims.end(), std::back_inserter(all.claims));
        std::move(x.areas.begin(), x.areas.end(), std::back_inserter(all.areas));
        std::move(x.distances.begin(), x.distances.end(), std::back_inserter(all.distances));
    }
    return all;
}

namespace {

/// Documents already in memory, handed out in order.
class VectorStream final : public text::DocumentStream {
public:
    explicit VectorStream(std::vector<core::Document> docs) : m_docs(std::move(docs)) {}
    std::optional<core::Document> next(std::vector<std::string>&) override {
        if (m_next == m_docs.size()) return std::nullopt;
        return std::move(m_docs[m_next++]);
    }

private:
    std::vector<core::Document> m_docs;
    std::size_t m_next = 0;
};

} // namespace

std::unique_ptr<text::DocumentStream> open_documents(const std::string& path, const InputOptions& options) {
    if (auto export_file = telegram_export_file(path))
        return std::make_unique<VectorStream>(read_telegram(*export_file, options));
    return open_input(path, default_read_options());
}

std::vector<core::Document> read_documents(const std::string& path, std::vector<std::string>& errors,
                                           const InputOptions& options) {
    auto stream = open_documents(path, options);
    std::vector<core::Document> docs;
    while (auto doc = stream->next(errors)) docs.push_back(std::move(*doc));
    return docs;
}

} // namespace claimtrack::cli
