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
