#pragma once
// Private: a temporary output file next to the final one. The destructor
// removes it (and any sidecar GDAL wrote beside it) unless commit() moved it
// into place, so a failed export leaves nothing behind.

#include <filesystem>
#include <string>
#include <vector>

namespace claimtrack::exporter::detail {

class TempOutput {
  public:
    /// A fresh temporary name in the directory of `final_path`, ending in
    /// `extension` (GDAL drivers choose file vs directory by extension).
    /// \throws ExportError when the directory does not exist.
    TempOutput(std::filesystem::path final_path, const std::string &extension);
    ~TempOutput();
    TempOutput(const TempOutput &) = delete;
    TempOutput &operator=(const TempOutput &) = delete;

    const std::filesystem::path &path() const { return m_temp; }

    /// Renames the temporary file onto the final path (replacing it) and each
    /// sidecar (same stem, other extension, e.g. .csvt) onto the final stem.
    /// \throws ExportError naming both paths.
    void commit();

  private:
    std::vector<std::filesystem::path> written_files() const;

    std::filesystem::path m_final;
    std::filesystem::path m_temp;
    bool m_committed = false;
};

} // namespace claimtrack::exporter::detail
