#pragma once
// Paths and options every sub-command shares, resolved from flags, then the
// environment, then defaults. One value, passed by reference; no globals.

#include "claimtrack/core/types.hpp"

#include <array>
#include <cstddef>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>

namespace claimtrack::cli {

struct Settings {
    std::string db;          ///< --db / CLAIMTRACK_DB / claims.db
    std::string gazetteer;   ///< --gazetteer / CLAIMTRACK_GAZETTEER / build dir default
    std::string geonames;    ///< --geonames / CLAIMTRACK_GEONAMES (dump directory)
    std::string geodata;     ///< CLAIMTRACK_GEODATA / the source tree's geodata/
    std::string boundaries;  ///< --boundaries / CLAIMTRACK_BOUNDARIES: ':'-separated oblast polygon files, or empty
    std::string front;       ///< --front / CLAIMTRACK_FRONT: directory of dated occupied-territory layers, or empty
    std::string ranking_weights; ///< --ranking-weights / CLAIMTRACK_RANKING_WEIGHTS: a weight table replacing the index's, or empty
    bool quiet = false;
    int exit_code = 0;       ///< set by the sub-command that ran
};

/// Fills unset fields from the environment and the compiled-in defaults.
void resolve_defaults(Settings& s);

/// A YYYY-MM-DD option value. \throws InputError naming the option.
core::Date parse_date_option(const std::string& text, const std::string& option);

/// UA, RU or none (any case). \throws InputError naming the option.
core::Side parse_side_option(std::string text, const std::string& option);

/// MINLON,MINLAT,MAXLON,MAXLAT: four finite numbers, longitudes within
/// [-180, 180], latitudes within [-90, 90], each minimum at most its maximum.
/// \throws InputError naming the option and what was given.
std::array<double, 4> parse_bbox_option(const std::string& text, const std::string& option);

/// Articles are read whole; an input this large is a mistake or a dump that
/// should be split (JSON Lines at line ends), not an article.
inline constexpr std::size_t k_max_input_bytes = std::size_t{1} << 30;

/// Reads a whole file, at most k_max_input_bytes. \throws InputError naming the path.
std::string read_file(const std::filesystem::path& path);

/// Reads a stream to its end (standard input, a device), at most `max_bytes`.
/// \throws InputError naming `name` when it is longer or cannot be read.
std::string read_stream(std::istream& in, const std::string& name, std::size_t max_bytes = k_max_input_bytes);

} // namespace claimtrack::cli
