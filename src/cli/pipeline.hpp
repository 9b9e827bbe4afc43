#pragma once
// The thin facade that wires the stages: Document -> gazetteer.geoparse ->
// extractor.extract -> Extraction. Owns the loaded gazetteer and lexicons.

#include "settings.hpp"

#include "claimtrack/core/types.hpp"
#include "claimtrack/extract/extractor.hpp"
#include "claimtrack/gazetteer/gazetteer.hpp"
#include "claimtrack/text/stream.hpp"

#include <future>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace claimtrack::cli {

class Pipeline {
public:
    /// Opens the gazetteer index named in `settings` (building it first from
    /// the GeoNames dump directory when the index is missing and a dump
    /// directory is configured), loads `settings.boundaries` and the
    /// front-line layers of `settings.front` into it when set, and loads the lexicons.
    explicit Pipeline(const Settings& settings, bool quiet);

    /// The extractions of `docs`, in order, a stage at a time: geoparse all,
    /// then extract all. Alternating the two stages article by article
    /// costs about 15 % (each stage finds the caches and branch history of
    /// the other); callers hand over documents in batches of k_stage_batch
    /// (measured with bench/extract_bench: 64 recovers half of it, 256 all).
    std::vector<core::Extraction> run_batch(std::span<const core::Document> docs,
                                            const gazetteer::ParseHints& hints = {}) const;
    static constexpr std::size_t k_stage_batch = 256;

    /// Articles longer than this are read a window at a time (text::windows,
    /// cut at paragraph breaks): working memory is bounded by the window, and
    /// only context across a cut (a speaker named in the window before) is lost.
    static constexpr std::size_t k_window_bytes = std::size_t{512} << 10;

    const gazetteer::Gazetteer& gazetteer() const { return m_gazetteer; }

private:
    /// The lexicons load on another thread while this one opens the gazetteer index.
    Pipeline(std::future<extract::Extractor> extractor, const Settings& settings, bool quiet);
    /// Geoparse all, then extract all, appending to `out`.
    void run_stages(std::span<const core::Document> docs, const gazetteer::ParseHints& hints,
                    std::vector<core::Extraction>& out) const;
    /// One long article, a window at a time; spans are the article's.
    core::Extraction run_windows(const core::Document& doc, const gazetteer::ParseHints& hints) const;

    gazetteer::Gazetteer m_gazetteer;
    extract::Extractor m_extractor;
};

/// A Pipeline loading on its own thread from construction on: workers read
/// their first articles meanwhile and wait for it only to extract them.
class PipelineLoader {
public:
    PipelineLoader(const Settings& settings, bool quiet);
    /// Waits for the load. \throws what constructing the Pipeline threw.
    const Pipeline& get() const { return *m_pipeline.get(); }

private:
    std::shared_future<std::shared_ptr<const Pipeline>> m_pipeline;
};

/// Builds the index from `settings.geonames` (plus the Russian border dumps
/// that sit beside it) into `out`. \throws GazetteerError when no dump
/// directory is configured.
gazetteer::BuildStats build_gazetteer(const Settings& settings, const std::string& out);

/// How inputs are read beyond their own content.
struct InputOptions {
    std::string telegram_channel; ///< --channel: public name of the channel a Telegram export holds
    bool quiet = true;            ///< false: a line per Telegram export with what was read and skipped
};

/// The documents of one input path, one at a time: a Telegram Desktop export
/// (result.json or its folder; its messages are read as a stream, the
/// documents made from them are handed out from memory), else open_input in
/// inputs.hpp (JSON Lines a line at a time). \throws InputError.
std::unique_ptr<text::DocumentStream> open_documents(const std::string& path, const InputOptions& options = {});

/// All the documents of one input path: a Telegram Desktop export (result.json
/// or its folder, read as a stream), else what open_input in inputs.hpp hands
/// out one at a time. Bad JSON lines and feed items go to `errors`. \throws InputError.
std::vector<core::Document> read_documents(const std::string& path, std::vector<std::string>& errors,
                                           const InputOptions& options = {});

} // namespace claimtrack::cli
