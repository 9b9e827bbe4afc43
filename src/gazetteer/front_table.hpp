#pragma once
// Private: each place's distance to the line of contact in each dated
// snapshot (geo::DatedLayers), quantised to a byte, for the front-line prior
// of ranking. Computed for every settlement at `gazetteer build --front DIR`
// (stored in the index), or, for layers read at run time, per place and
// snapshot when ranking first asks (a batch of texts of one week asks for one
// snapshot, and only of the namesakes it meets).

#include "claimtrack/core/date.hpp"

#include "index_format.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "claimtrack/geo/dated_layers.hpp"

namespace claimtrack::gazetteer::detail {

/// How the line of contact is read from occupied-territory layers: the
/// outline without the coast and the state border (geo::EdgeOptions), a
/// stretch that never moved kept when a Ukrainian settlement outside the
/// area lies near it (the Dnipro). `places` are the index's.
geo::EdgeOptions front_edges(const PlaceRecord* places, std::size_t n_places, const char* pool);

class FrontTable {
public:
    static constexpr double k_step_km = 0.5;       ///< one unit of a stored distance
    static constexpr std::uint8_t k_far = 255;     ///< farther than k_max_units, or not a settlement
    static constexpr std::uint8_t k_unknown = 254; ///< not computed yet (run-time layers)
    static constexpr std::uint8_t k_max_units = 253; ///< 126.5 km

    FrontTable() = default;
    FrontTable(FrontTable&&) noexcept = default;
    FrontTable& operator=(FrontTable&&) noexcept = default;
    /// A view of stored bytes (the mapped index file, which must outlive the
    /// table): `km` holds n_places bytes per snapshot, snapshot by snapshot (a
    /// text reads one snapshot: its column stays in cache). Not copied.
    FrontTable(std::vector<core::Date> dates, const std::uint8_t* km, std::size_t n_places);

    /// Every settlement's distance in every snapshot, now (for the index file).
    static FrontTable compute(const geo::DatedLayers& layers, const PlaceRecord* places, std::size_t n_places);
    /// The same, each computed when first asked for (thread-safe).
    static FrontTable on_demand(std::shared_ptr<const geo::DatedLayers> layers, const PlaceRecord* places,
                                std::size_t n_places);

    bool empty() const { return m_dates.empty(); }
    const std::vector<core::Date>& dates() const { return m_dates; }
    /// n_places bytes per snapshot, as stored (every one computed, as after compute()).
    std::vector<std::uint8_t> bytes() const;

    /// Distance of a place in a snapshot, and its nearest approach over all of them, in units.
    std::uint8_t at(std::uint32_t place, std::size_t snapshot) const;
    std::uint8_t nearest(std::uint32_t place) const;
    static double km(std::uint8_t units) { return units * k_step_km; }

    /// The snapshot nearest `date` and how many days it lies off.
    struct Serving {
        std::size_t snapshot;
        long days_off;
    };
    Serving serving(core::Date date) const;

private:
    std::uint8_t measure(std::uint32_t place, std::size_t snapshot) const;

    std::vector<core::Date> m_dates;
    /// Stored distances (every one known): a view of the index file, or of
    /// m_owned after compute(); null when computed on demand.
    const std::uint8_t* m_stored = nullptr;
    std::vector<std::uint8_t> m_owned;
    std::vector<std::uint8_t> m_stored_nearest;             ///< per place, with m_stored
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_km;      ///< per snapshot, per place (on demand)
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_nearest; ///< per place (on demand)
    std::shared_ptr<const geo::DatedLayers> m_layers;       ///< set when computed on demand
    const PlaceRecord* m_places = nullptr;
    std::size_t m_n_places = 0;
    struct Box {
        double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
    } m_box; ///< of every snapshot (run-time layers): places far outside are far from the line
};

} // namespace claimtrack::gazetteer::detail
