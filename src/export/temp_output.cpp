#include "temp_output.hpp"

#include "claimtrack/export/writer.hpp"

#include <unistd.h>

#include <chrono>
#include <functional>
#include <system_error>
#include <thread>

namespace claimtrack::exporter::detail {

namespace fs = std::filesystem;

namespace {
std::string unique_token() {
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    const auto thread = std::hash<std::thread::id>{}(std::this_thread::get_id());
    return std::to_string(::getpid()) + "-" + std::to_string(now ^ static_cast<long long>(thread % 1000003));
}
} // namespace

TempOutput::TempOutput(fs::path final_path, const std::string &extension) : m_final(std::move(final_path)) {
    fs::path dir = m_final.parent_path();
    if (dir.empty()) dir = ".";
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw ExportError("cannot write '" + m_final.string() + "': directory '" + dir.string() + "' does not exist");
    std::string name = ".";
    name += m_final.stem().string();
    name += ".partial-";
    name += unique_token();
    name += extension;
    m_temp = dir / name;
}

TempOutput::~TempOutput() {
    if (m_committed) return;
    std::error_code ec; // never throw from a destructor
    for (const auto &file : written_files())
        fs::remove_all(file, ec);
}

std::vector<fs::path> TempOutput::written_files() const {
    std::vector<fs::path> files;
    const std::string prefix = m_temp.stem().string();
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(m_temp.parent_path(), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.compare(0, prefix.size(), prefix) == 0) files.push_back(entry.path());
    }
    return files;
}

void TempOutput::commit() {
    const std::vector<fs::path> sidecars = [this] {
        std::vector<fs::path> files = written_files();
        std::erase(files, m_temp);
        return files;
    }();
    std::error_code ec;
    fs::rename(m_temp, m_final, ec);
    if (ec) throw ExportError("cannot move '" + m_temp.string() + "' to '" + m_final.string() + "': " + ec.message());
    m_committed = true;
    const std::string temp_stem = m_temp.stem().string();
    for (const auto &file : sidecars) {
        // ".claims.partial-1-2.csvt" -> "claims.csvt"
        const fs::path target =
            m_final.parent_path() / (m_final.stem().string() + file.filename().string().substr(temp_stem.size()));
        fs::rename(file, target, ec);
        if (ec) throw ExportError("cannot move '" + file.string() + "' to '" + target.string() + "': " + ec.message());
    }
}

} // namespace claimtrack::exporter::detail
