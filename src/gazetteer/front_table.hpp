#pragma once
// Private: each place's distance to the line of contact in each dated
// snapshot (geo::DatedLayers), quantised to a byte, for the front-line prior
// of ranking. Built at `gazetteer build --front DIR` (stored in the index)
// or when a gazetteer is told to use a directory at run time.

#include "claimtrack/core/date.hpp"

#include "index_format.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimtrack::geo {
class DatedLayers;
}

namespace claimtrack::gazetteer::detail {

class FrontTable {
public:
    static constexpr double k_step_km = 0.5;   ///< one unit of a stored distance
    static constexpr std::uint8_t k_far = 255; ///< farther than 254 units (127 km), or not a settlement

    FrontTable() = default;
    /// From stored bytes: `km` holds dates.size() bytes per place, place by place.
    FrontTable(std::vector<core::Date> dates, std::vector<std::uint8_t> km, std::size_t n_places);

    /// The distances of every settlement among `places` in every snapshot of `layers`.
    static FrontTable compute(const geo::DatedLayers& layers, const PlaceRecord* places, std::size_t n_places);

    bool empty() const { return m_dates.empty(); }
    const std::vector<core::Date>& dates() const { return m_dates; }
    const std::vector<std::uint8_t>& bytes() const { return m_km; }

    /// Stored distance of a place in a snapshot, and its nearest approach over all of them.
    std::uint8_t at(std::uint32_t place, std::size_t snapshot) const { return m_km[place * m_dates.size() + snapshot]; }
    std::uint8_t nearest(std::uint32_t place) const { return m_nearest[place]; }
    static double km(std::uint8_t units) { return units * k_step_km; }

    /// The snapshot nearest `date` and how many days it lies off.
    struct Serving {
        std::size_t snapshot;
        long days_off;
    };
    Serving serving(core::Date date) const;

private:
    std::vector<core::Date> m_dates;
    std::vector<std::uint8_t> m_km;
    std::vector<std::uint8_t> m_nearest;
};

} // namespace claimtrack::gazetteer::detail
