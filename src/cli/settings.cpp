#include "settings.hpp"

#include "claimtrack/core/error.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace claimtrack::cli {

namespace {
void from_env(std::string& field, const char* var, const std::string& fallback) {
    if (!field.empty()) return;
    if (const char* v = std::getenv(var); v != nullptr && *v != '\0') field = v;
    else field = fallback;
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

std::string read_stream(std::istream& in, const std::string& name, std::size_t max_bytes) {
    std::string out;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n > max_bytes - out.size())
            throw InputError(name + ": more than " + std::to_string(max_bytes) +
                             " bytes, over the limit for one input; split it (JSON Lines at line ends)");
        out.append(buffer, n);
    }
    if (in.bad()) throw InputError(name + ": read error");
    return out;
}

std::string read_file(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw InputError(path.string() + ": is a directory");
    if (const auto size = std::filesystem::file_size(path, ec); !ec && size > k_max_input_bytes)
        throw InputError(path.string() + ": " + std::to_string(size) +
                         " bytes is over the 1 GiB limit for one input; split it (JSON Lines at line ends)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string() + ": cannot open: " + std::strerror(errno));
    // Bounded while reading too: a device or a pipe has no size to check first.
    return read_stream(in, path.string(), k_max_input_bytes);
}

} // namespace claimtrack::cli
