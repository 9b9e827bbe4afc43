#pragma once
/// \file
/// From a document and its resolved place mentions to claims, area and
/// distance figures. No I/O beyond loading the lexicons at construction.

#include "claimtrack/core/error.hpp"
#include "claimtrack/core/types.hpp"

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

namespace claimtrack::extract {

class ExtractError : public Error {
public:
    explicit ExtractError(const std::string& what) : Error(what) {}
};

/// Version of the extraction rules; the store supersedes runs of older versions.
inline constexpr std::string_view k_extractor_version = "0.1.0";

/// Extracts claims and figures. Construction loads the lexicons from
/// `geodata_dir` (\throws ExtractError naming the file and line of a bad row);
/// extract() is const and thread-safe.
class Extractor {
public:
    explicit Extractor(const std::filesystem::path& geodata_dir);
    Extractor(Extractor&&) noexcept;
    Extractor& operator=(Extractor&&) noexcept;
    ~Extractor();

    /// `mentions` are the gazetteer's resolved mentions of doc.text (byte spans).
    /// The result carries them (possibly filtered) plus claims, areas, distances.
    core::Extraction extract(const core::Document& doc, std::vector<core::Mention> mentions) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace claimtrack::extract
