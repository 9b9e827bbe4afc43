// claimtrack extract FILE... [--json|--jsonl] [--jobs N]: what the extractor finds, without storing.

#include "commands.hpp"
#include "inputs.hpp"
#include "json_output.hpp"
#include "ordered_run.hpp"
#include "worker_pool.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <iostream>
#include <sstream>

namespace claimtrack::cli {

namespace {

struct ExtractOptions {
    std::vector<std::string> inputs;
    bool json = false;
    bool jsonl = false;
    std::string channel;
    unsigned jobs = 0; ///< 0: one per core
};

void print_readable(std::ostream& out, const core::Document& doc, const core::Extraction& x) {
    out << "== " << doc.file << (doc.title.empty() ? "" : "  " + doc.title) << "\n";
    for (const auto& m : x.mentions)
        out << "  place  " << m.surface << " -> " << m.place.name << " (" << core::to_string(m.place.kind) << ", "
            << m.place.admin1 << ", " << m.place.lonlat.lat_deg << ", " << m.place.lonlat.lon_deg << ")\n";
    for (const auto& c : x.claims)
        out << "  claim  " << core::to_string(c.by_side) << ' ' << core::to_string(c.change) << ' '
            << (c.place ? c.place->name : c.region ? c.region->name : c.surface) << "  by "
            << (c.claimant.empty() ? "?" : c.claimant) << "  on " << (c.stated_on ? c.stated_on->iso() : "?") << "\n";
    for (const auto& a : x.areas)
        out << "  area   " << a.surface << " = " << a.km2 << " km2" << (a.territorial ? "" : " (not territorial)")
            << "\n";
    for (const auto& d : x.distances) out << "  dist   " << d.surface << " (" << d.type << ")\n";
}

/// `--json`: one article as an object, several as an array of them, as
/// nlohmann::json's dump(2) prints them. Articles are written as they come;
/// the first waits for the second, which decides between the two forms.
class JsonArrayOutput {
public:
    explicit JsonArrayOutput(std::ostream& out) : m_out(out) {}

    /// `element`: an article rendered as an element of the array (indented one level).
    void add(const std::string& element) {
        if (m_count == 0) m_first = element;
        else {
            if (m_count == 1) {
                m_out << "[\n  ";
                m_out.write(m_first.data(), static_cast<std::streamsize>(m_first.size()));
                m_first.clear();
            }
            m_out << ",\n  ";
            m_out.write(element.data(), static_cast<std::streamsize>(element.size()));
        }
        ++m_count;
    }

    void finish() {
        if (m_count == 0) m_out << "[]\n";
        else if (m_count > 1) m_out << "\n]\n";
        else {
            // The only article is the document itself: one level less indentation
            // (every raw newline of the output is structure, strings escape theirs).
            std::string top;
            top.reserve(m_first.size());
            for (std::size_t i = 0; i < m_first.size(); ++i) {
                top += m_first[i];
                if (m_first[i] == '\n') i += 2;
            }
            m_out << top << '\n';
        }
    }

private:
    std::ostream& m_out;
    std::size_t m_count = 0;
    std::string m_first;
};

/// JSON Lines and readable output bound for a regular file, gathered into writes of
/// k_bytes: a document's JSON is about 9 KB, and one or two write calls per document (stdio's
/// 4 KB buffer) were a good part of the run's system time. Output to a pipe or a terminal is
/// written document by document, as before, so that a reader downstream sees each one as soon
/// as it is done. What is gathered is written when the object goes, also on an exception.
class FileOutputBatch {
public:
    static constexpr std::size_t k_bytes = std::size_t{1} << 18;

    FileOutputBatch() {
        struct stat st {};
        m_batch = fstat(fileno(stdout), &st) == 0 && S_ISREG(st.st_mode);
    }
    FileOutputBatch(const FileOutputBatch&) = delete;
    FileOutputBatch& operator=(const FileOutputBatch&) = delete;
    ~FileOutputBatch() {
        try {
            flush();
        } catch (...) { // std::cout reports failure through its state, which the caller checks
        }
    }

    void write(const std::string& bytes) {
        if (!m_batch) {
            std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            return;
        }
        m_pending += bytes;
        if (m_pending.size() >= k_bytes) flush();
    }

    void flush() {
        if (m_pending.empty()) return;
        std::cout.write(m_pending.data(), static_cast<std::streamsize>(m_pending.size()));
        m_pending.clear();
    }

private:
    bool m_batch = false;
    std::string m_pending;
};

void run_extract(const ExtractOptions& opts, Settings& settings) {
    resolve_defaults(settings);
    std::vector<std::string> errors;
    std::vector<std::string> notes;
    const auto files = expand_inputs(opts.inputs, errors, notes);
    if (!settings.quiet)
        for (const auto& n : notes) std::cerr << "claimtrack: " << n << '\n';
    const PipelineLoader pipeline(settings, settings.quiet); // loads while the first inputs are read

    RunOptions run;
    run.jobs = opts.jobs == 0 ? WorkerPool::default_size() : opts.jobs;
    run.keep = false;
    run.input = {opts.channel, settings.quiet};
    if (opts.jsonl) {
        run.render = [](const core::Document& doc, const core::Extraction& x, std::string& out) {
            JsonWriter w(out);
            write_json(w, doc, x);
            out += '\n';
        };
    } else if (opts.json) {
        run.render = [](const core::Document& doc, const core::Extraction& x, std::string& out) {
            JsonWriter w(out, 2, 1);
            write_json(w, doc, x);
        };
    } else {
        run.render = [](const core::Document& doc, const core::Extraction& x, std::string& out) {
            std::ostringstream text;
            print_readable(text, doc, x);
            out = std::move(text).str();
        };
    }

    JsonArrayOutput array(std::cout);
    const bool as_array = opts.json && !opts.jsonl;
    {
        FileOutputBatch output;
        run_ordered(
            pipeline, files, run,
            [&](Processed& p) {
                if (as_array) array.add(p.rendered);
                else output.write(p.rendered);
            },
            [&](InputOutcome& outcome) { errors.insert(errors.end(), outcome.errors.begin(), outcome.errors.end()); });
    }
    if (as_array) array.finish();
    std::cout.flush();
    for (const auto& e : errors) std::cerr << "claimtrack: " << e << '\n';
    settings.exit_code = errors.empty() ? 0 : 1;
}

} // namespace

void register_extract(CLI::App& app, Settings& settings) {
    auto opts = std::make_shared<ExtractOptions>();
    auto* sub = app.add_subcommand("extract", "Print what the extractor finds in articles, without storing");
    sub->add_option("files", opts->inputs, "article files (.txt with header, .jsonl), directories, or - for stdin")
        ->required();
    sub->add_flag("--json", opts->json, "one JSON object per article (an array when there are several)");
    sub->add_flag("--jsonl", opts->jsonl, "one JSON object per line");
    sub->add_option("--channel", opts->channel, "Telegram exports: the channel's public name, for t.me URLs");
    sub->add_option("--jobs", opts->jobs,
                    "articles read and extracted by this many workers (default 0: one per core); the output is the "
                    "same, in input order");
    add_common_options(sub, settings, false, true);
    sub->callback([opts, &settings] { run_extract(*opts, settings); });
}

} // namespace claimtrack::cli
