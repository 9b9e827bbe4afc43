#include "settings.hpp"

#include "claimtrack/core/error.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimtrack::cli {

namespace {
void from_env(std::string& field, const char* var, const std::string& fallback) {
    if (!field.empty()) return;
    if (const char* v = std::getenv(var); v != nullptr && *v != '\0') field = v;
    else field = fallback;
}

std::string over_limit(const std::string& name, std::size_t max_bytes) {
    return name + ": more than " + std::to_string(max_bytes) +
           " bytes, over the limit for one input; split it (JSON Lines at line ends)";
}
} // namespace

void resolve_defaults(Settings& s) {
    from_env(s.db, "CLAIMTRACK_DB", "claims.db");
    from_env(s.gazetteer, "CLAIMTRACK_GAZETTEER", CLAIMTRACK_DEFAULT_GAZETTEER);
    from_env(s.geonames, "CLAIMTRACK_GEONAMES", "");
    from_env(s.geodata, "CLAIMTRACK_GEODATA", CLAIMTRACK_GEODATA_DIR);
    from_env(s.boundaries, "CLAIMTRACK_BOUNDARIES", "");
    from_env(s.front, "CLAIMTRACK_FRONT", "");
    from_env(s.ranking_weights, "CLAIMTRACK_RANKING_WEIGHTS", "");
}

core::Date parse_date_option(const std::string& text, const std::string& option) {
    const auto d = core::Date::parse(text);
    if (!d) throw InputError(option + ": not a date (expected YYYY-MM-DD): '" + text + "'");
    return *d;
}

core::Side parse_side_option(std::string text, const std::string& option) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    if (text == "NONE" || text == "OBSERVER") return core::Side::None;
    const auto side = core::side_from_string(text);
    if (!side) throw InputError(option + ": expected UA, RU or none, got '" + text + "'");
    return *side;
}

std::array<double, 4> parse_bbox_option(const std::string& text, const std::string& option) {
    const auto fail = [&](const std::string& why) {
        return InputError(option + ": " + why + " (expected MINLON,MINLAT,MAXLON,MAXLAT in degrees), got '" + text +
                          "'");
    };
    std::array<double, 4> v{};
    std::size_t at = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t comma = i < 3 ? text.find(',', at) : text.size();
        if (comma == std::string::npos) throw fail("four comma-separated numbers needed");
        const std::string part = text.substr(at, comma - at);
        char* end = nullptr;
        v[i] = std::strtod(part.c_str(), &end);
        if (part.empty() || end != part.c_str() + part.size() || std::isspace(static_cast<unsigned char>(part[0])))
            throw fail("'" + part + "' is not a number");
        if (!std::isfinite(v[i])) throw fail("'" + part + "' is not a finite number");
        at = comma + 1;
    }
    if (at <= text.size()) throw fail("four comma-separated numbers needed");
    if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) throw fail("outside -180..180 / -90..90");
    if (v[0] > v[2] || v[1] > v[3]) throw fail("a minimum above its maximum");
    return v;
}

std::string read_stream(std::istream& in, const std::string& name, std::size_t max_bytes) {
    std::string out;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n > max_bytes - out.size())
            throw InputError(over_limit(name, max_bytes));
        out.append(buffer, n);
    }
    if (in.bad()) throw InputError(name + ": read error");
    return out;
}

namespace {

/// An open file descriptor, closed when it goes.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (m_fd >= 0) ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

std::string read_file(const std::filesystem::path& path) {
    // One open and one fstat(): the checks below by path (is it a directory, its size) and an
    // ifstream cost three more system calls and a stream per input, and extract reads
    // thousands of 2 KB articles.
    const std::string name = path.string();
    const Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        const int error = errno;
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) throw InputError(name + ": is a directory");
        throw InputError(name + ": cannot open: " + std::strerror(error));
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) throw InputError(name + ": cannot open: " + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw InputError(name + ": is a directory");
    const bool regular = S_ISREG(st.st_mode);
    if (regular && static_cast<std::uint64_t>(st.st_size) > k_max_input_bytes)
        throw InputError(name + ": " + std::to_string(st.st_size) +
                         " bytes is over the 1 GiB limit for one input; split it (JSON Lines at line ends)");
    // Bounded while reading too: a device or a pipe has no size to check first.
    std::string out;
    std::size_t used = 0;
    out.resize(regular ? static_cast<std::size_t>(st.st_size) + 1 : std::size_t{1} << 16); // + 1: room to see the end
    for (;;) {
        if (used == out.size()) {
            if (out.size() > k_max_input_bytes) throw InputError(over_limit(name, k_max_input_bytes));
            out.resize(std::min(2 * out.size(), k_max_input_bytes + 1));
        }
        const ssize_t n = ::read(fd.get(), out.data() + used, out.size() - used);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw InputError(name + ": read error");
        }
        if (n == 0) break;
        used += static_cast<std::size_t>(n);
    }
    if (used > k_max_input_bytes) throw InputError(over_limit(name, k_max_input_bytes));
    out.resize(used);
    return out;
}

} // namespace claimtrack::cli
