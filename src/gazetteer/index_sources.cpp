#include "index_sources.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace claimtrack::gazetteer {

namespace {

constexpr const char* k_heading =
    "# claimtrack gazetteer index sources: the inputs 'claimtrack gazetteer build' read for the index\n"
    "# beside this file; read to rebuild the index after an upgrade changes its format.\n";

/// A path that fits on one line of the record (a tab or line break in it would split the line).
bool recordable(const std::string& path) {
    return !path.empty() && path.find_first_of("\t\r\n") == std::string::npos;
}

std::string absolute_string(const fs::path& p) {
    std::error_code ec;
    const fs::path abs = fs::absolute(p, ec);
    return (ec ? p : abs).lexically_normal().string();
}

} // namespace

fs::path index_sources_file(const fs::path& index) {
    fs::path file = index;
    file += ".sources";
    return file;
}

std::optional<IndexSources> read_index_sources(const fs::path& index) {
    std::ifstream in(index_sources_file(index), std::ios::binary);
    if (!in) return std::nullopt;
    IndexSources sources;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const auto tab = line.find('\t');
        if (line.empty() || line[0] == '#' || tab == std::string::npos || tab + 1 == line.size()) continue;
        const std::string key = line.substr(0, tab), value = line.substr(tab + 1);
        if (key == "dump")
            sources.dump_dirs.emplace_back(value);
        else if (key == "front")
            sources.front_dir = value;
    }
    if (in.bad() || sources.dump_dirs.empty()) return std::nullopt;
    return sources;
}

namespace detail {

std::optional<std::string> write_index_sources(const BuildOptions& options) {
    const fs::path file = index_sources_file(options.out);
    std::string body = k_heading;
    for (const auto& dir : options.dump_dirs) {
        const std::string s = absolute_string(dir);
        if (!recordable(s)) return "the dump directory '" + s + "' cannot be recorded in '" + file.string() + "'";
        body += "dump\t" + s + '\n';
    }
    if (!options.front_dir.empty()) {
        const std::string s = absolute_string(options.front_dir);
        if (!recordable(s)) return "the front-line directory '" + s + "' cannot be recorded in '" + file.string() + "'";
        body += "front\t" + s + '\n';
    }
    // A temporary file of its own (concurrent builds of one index each write one), renamed over
    // the record: a reader sees the old record or the new, never a mix.
    std::string pattern = file.string() + ".tmp.XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return "cannot create a temporary file beside '" + file.string() + "': " + std::strerror(errno) +
               "; the index's sources are not recorded, so an upgrade that changes the index format will need the "
               "dump named again";
    const fs::path tmp = pattern;
    ::fchmod(fd, 0644); // readable like the index itself (mkstemp makes it the owner's only)
    bool ok = true;
    for (std::size_t done = 0; ok && done < body.size();) {
        const ssize_t w = ::write(fd, body.data() + done, body.size() - done);
        if (w < 0 && errno == EINTR) continue;
        ok = w > 0;
        if (ok) done += static_cast<std::size_t>(w);
    }
    ok = (::close(fd) == 0) && ok;
    std::error_code ec;
    if (ok) fs::rename(tmp, file, ec);
    if (!ok || ec) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        return "cannot write '" + file.string() + "'" + (ec ? ": " + ec.message() : std::string()) +
               "; the index's sources are not recorded, so an upgrade that changes the index format will need the "
               "dump named again";
    }
    return std::nullopt;
}

} // namespace detail

} // namespace claimtrack::gazetteer
