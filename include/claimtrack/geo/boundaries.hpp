#pragma once
/// \file
/// Administrative boundaries (oblasts, raions) read from a vector file with
/// GDAL/OGR, looked up by name ("Kherson", "Kherson Oblast", "Odesa region").

#include "claimtrack/core/error.hpp"
#include "claimtrack/geo/polygon.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::geo {

/// A boundary file could not be read; the message names the file and layer.
class GeoError : public Error {
  public:
    explicit GeoError(const std::string &what) : Error(what) {}
};

struct Boundary {
    std::string name;      ///< as in the file ("Kherson Oblast")
    std::string iso;       ///< ISO 3166-2 code when the file has one ("UA-65")
    MultiPolygon geometry; ///< WGS 84 lon/lat
};

/// Normalised lookup key of an admin unit name: ASCII lower case, letters
/// only, without "oblast"/"region"/"raion"/"autonomous republic of", with
/// common spelling variants folded ("Odessa" = "Odesa", "Zaporizhia" =
/// "Zaporizhzhia", "Kiev" = "Kyiv").
std::string admin_name_key(std::string_view name);

/// A set of named boundaries. Immutable after construction: safe to share
/// between threads for reading.
class BoundarySet {
  public:
    BoundarySet() = default;

    /// Reads every polygon feature of the first layer of `path` (any OGR
    /// vector format), reprojected to WGS 84 lon/lat. The name comes from the
    /// first of shapeName, name, NAME_1, NAME_2, name_en, ADM1_EN, ADM2_EN.
    /// \throws GeoError naming the file when it cannot be opened or has no
    /// name field.
    static BoundarySet read(const std::filesystem::path &path);

    /// Reads each path of a ':'-separated list; earlier files win on lookup.
    static BoundarySet read_list(std::string_view paths);

    /// The boundary whose name key equals the key of `name`, or nullptr.
    const Boundary *find(std::string_view name) const;

    const std::vector<Boundary> &all() const { return m_boundaries; }
    bool empty() const { return m_boundaries.empty(); }

  private:
    void add(Boundary boundary);

    std::vector<Boundary> m_boundaries;
    std::vector<std::string> m_keys; ///< admin_name_key of each boundary's name
};

} // namespace claimtrack::geo
