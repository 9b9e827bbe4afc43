#pragma once
// Helpers for the store tests: temporary files, hand-made documents and claims.

#include "claimtrack/core/types.hpp"

#include <atomic>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace claimtrack::test {

/// A fresh path in the temp directory, removed (with -wal/-shm) on scope exit.
class TempPath {
public:
    explicit TempPath(const std::string& stem) {
        static std::atomic<int> counter{0};
        m_path = std::filesystem::temp_directory_path() /
                 ("claimtrack-" + stem + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".db");
        remove_all();
    }
    TempPath(const TempPath&) = delete;
    TempPath& operator=(const TempPath&) = delete;
    ~TempPath() { remove_all(); }
    const std::filesystem::path& path() const { return m_path; }
    std::string str() const { return m_path.string(); }

private:
    void remove_all() const {
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".partial"})
            std::filesystem::remove(m_path.string() + suffix, ec);
    }
    std::filesystem::path m_path;
};

inline core::Place place(std::int64_t id, const std::string& name, const std::string& local = {}) {
    core::Place p;
    p.id = id;
    p.name = name;
    p.name_local = local;
    p.kind = core::PlaceKind::Settlement;
    p.feature_code = "PPL";
    p.country = "UA";
    p.lonlat = core::LonLat{37.0 + static_cast<double>(id) / 100.0, 48.0};
    p.admin1 = "Donetsk";
    return p;
}

inline core::Document document(const std::string& text, const std::string& published, const std::string& title = "t") {
    core::Document d;
    d.file = title + ".txt";
    d.url = "https://example.org/" + title;
    d.title = title;
    d.source = "Example Wire";
    d.published = core::Date::parse(published);
    d.language = "en";
    d.text = text;
    return d;
}

/// A claim whose evidence is the whole document text.
inline core::Claim claim(const core::Document& doc, const core::Place& p, core::Change change, core::Side by,
                         core::Side claimant_side, const std::string& stated_on) {
    core::Claim c;
    c.change = change;
    c.by_side = by;
    c.place = p;
    c.surface = p.name;
    c.verb = std::string(core::to_string(change));
    c.claimant = claimant_side == core::Side::UA ? "General Staff" : claimant_side == core::Side::RU ? "MoD" : "ISW";
    c.claimant_side = claimant_side;
    c.status = claimant_side == core::Side::None ? core::ClaimStatus::Assessed : core::ClaimStatus::Claimed;
    c.stated_on = core::Date::parse(stated_on);
    c.evidence_span = core::Span{0, doc.text.size()};
    c.evidence = doc.text;
    c.confidence = 0.8;
    return c;
}

inline core::Mention mention(const core::Place& p, std::size_t start) {
    core::Mention m;
    m.span = core::Span{start, start + p.name.size()};
    m.surface = p.name;
    m.place = p;
    m.confidence = 0.9;
    return m;
}

} // namespace claimtrack::test
