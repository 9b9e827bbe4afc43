#include "front_table.hpp"

#include "claimtrack/core/types.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace claimtrack::gazetteer::detail {

namespace {
std::unique_ptr<std::atomic<std::uint8_t>[]> filled(std::size_t n, std::uint8_t value) {
    auto out = std::make_unique<std::atomic<std::uint8_t>[]>(n);
    for (std::size_t i = 0; i < n; ++i) out[i].store(value, std::memory_order_relaxed);
    return out;
}
} // namespace

FrontTable::FrontTable(std::vector<core::Date> dates, const std::uint8_t* km, std::size_t n_places)
    : m_dates(std::move(dates)), m_stored(km), m_n_places(n_places) {
    const std::size_t n = m_dates.size();
    // Snapshot by snapshot, in storage order: a place's bytes lie n_places
    // apart, and reading them place by place missed the cache at every byte.
    m_stored_nearest.assign(n_places, k_far);
    for (std::size_t s = 0; s < n; ++s) {
        const std::uint8_t* column = km + s * n_places;
        for (std::size_t p = 0; p < n_places; ++p) m_stored_nearest[p] = std::min(m_stored_nearest[p], column[p]);
    }
}

geo::EdgeOptions front_edges(const PlaceRecord* places, std::size_t n_places, const char* pool) {
    geo::EdgeOptions options;
    for (std::size_t i = 0; i < n_places; ++i) {
        const PlaceRecord& r = places[i];
        if (static_cast<core::PlaceKind>(r.kind) == core::PlaceKind::Settlement && std::string_view(pool + r.country) == "UA")
            options.witnesses.push_back({r.lon, r.lat});
    }
    return options;
}

FrontTable FrontTable::on_demand(std::shared_ptr<const geo::DatedLayers> layers, const PlaceRecord* places,
                                 std::size_t n_places) {
    FrontTable t;
    t.m_dates = layers->dates();
    t.m_km = filled(n_places * t.m_dates.size(), k_unknown);
    t.m_nearest = filled(n_places, k_unknown);
    const auto box = layers->bounds();
    t.m_box = {box.min_lon, box.min_lat, box.max_lon, box.max_lat};
    t.m_layers = std::move(layers);
    t.m_places = places;
    t.m_n_places = n_places;
    return t;
}

FrontTable FrontTable::compute(const geo::DatedLayers& layers, const PlaceRecord* places, std::size_t n_places) {
    const std::size_t n = layers.size();
    // Not owned: only used while computing here.
    FrontTable lazy = on_demand(std::shared_ptr<const geo::DatedLayers>(&layers, [](const geo::DatedLayers*) {}),
                                places, n_places);
    std::vector<std::uint8_t> km(n_places * n);
    for (std::size_t p = 0; p < n_places; ++p)
        for (std::size_t s = 0; s < n; ++s) km[s * n_places + p] = lazy.at(static_cast<std::uint32_t>(p), s);
    FrontTable t(layers.dates(), km.data(), n_places);
    t.m_owned = std::move(km); // the view stays valid: a moved vector keeps its buffer
    return t;
}

std::uint8_t FrontTable::measure(std::uint32_t place, std::size_t snapshot) const {
    const PlaceRecord& r = m_places[place];
    if (static_cast<core::PlaceKind>(r.kind) != core::PlaceKind::Settlement) return k_far;
    constexpr double k_max_km = k_max_units * k_step_km;
    // A degree of latitude is 111 km, one of longitude at least 60 km here.
    constexpr double k_lat_margin = k_max_km / 111.0, k_lon_margin = k_max_km / 60.0;
    if (r.lat < m_box.min_lat - k_lat_margin || r.lat > m_box.max_lat + k_lat_margin ||
        r.lon < m_box.min_lon - k_lon_margin || r.lon > m_box.max_lon + k_lon_margin)
        return k_far;
    const double d = m_layers->distance_to_edge_km(snapshot, {r.lon, r.lat}, k_max_km);
    return d <= k_max_km ? static_cast<std::uint8_t>(std::min<long>(k_max_units, std::lround(d / k_step_km))) : k_far;
}

std::uint8_t FrontTable::at(std::uint32_t place, std::size_t snapshot) const {
    if (m_stored) return m_stored[snapshot * m_n_places + place];
    auto& cell = m_km[snapshot * m_n_places + place];
    std::uint8_t units = cell.load(std::memory_order_relaxed);
    if (units == k_unknown) {
        // Threads that meet the same unknown cell compute the same value.
        units = measure(place, snapshot);
        cell.store(units, std::memory_order_relaxed);
    }
    return units;
}

std::uint8_t FrontTable::nearest(std::uint32_t place) const {
    if (m_stored) return m_stored_nearest[place];
    std::uint8_t units = m_nearest[place].load(std::memory_order_relaxed);
    if (units == k_unknown) {
        units = k_far;
        for (std::size_t s = 0; s < m_dates.size(); ++s) units = std::min(units, at(place, s));
        m_nearest[place].store(units, std::memory_order_relaxed);
    }
    return units;
}

std::vector<std::uint8_t> FrontTable::bytes() const {
    std::vector<std::uint8_t> out(m_n_places * m_dates.size());
    for (std::size_t p = 0; p < m_n_places; ++p)
        for (std::size_t s = 0; s < m_dates.size(); ++s) out[s * m_n_places + p] = at(static_cast<std::uint32_t>(p), s);
    return out;
}

FrontTable::Serving FrontTable::serving(core::Date date) const {
    const auto [snapshot, days_off] = geo::nearest_date(m_dates, date);
    return {snapshot, days_off};
}

} // namespace claimtrack::gazetteer::detail
