#include "front_table.hpp"

#include "claimtrack/core/types.hpp"
#include "claimtrack/geo/dated_layers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace claimtrack::gazetteer::detail {

FrontTable::FrontTable(std::vector<core::Date> dates, std::vector<std::uint8_t> km, std::size_t n_places)
    : m_dates(std::move(dates)), m_km(std::move(km)), m_nearest(n_places, k_far) {
    const std::size_t n = m_dates.size();
    for (std::size_t p = 0; p < n_places && n > 0; ++p)
        m_nearest[p] = *std::min_element(m_km.begin() + static_cast<std::ptrdiff_t>(p * n),
                                         m_km.begin() + static_cast<std::ptrdiff_t>((p + 1) * n));
}

FrontTable FrontTable::compute(const geo::DatedLayers& layers, const PlaceRecord* places, std::size_t n_places) {
    const std::size_t n = layers.size();
    constexpr double k_max_km = (k_far - 1) * k_step_km;
    std::vector<std::uint8_t> km(n_places * n, k_far);
    const auto box = layers.bounds();
    // A degree of latitude is 111 km, one of longitude at least 60 km here.
    const double lat_margin = k_max_km / 111.0, lon_margin = k_max_km / 60.0;
    for (std::size_t p = 0; p < n_places; ++p) {
        const PlaceRecord& r = places[p];
        if (static_cast<core::PlaceKind>(r.kind) != core::PlaceKind::Settlement) continue;
        if (r.lat < box.min_lat - lat_margin || r.lat > box.max_lat + lat_margin || r.lon < box.min_lon - lon_margin ||
            r.lon > box.max_lon + lon_margin)
            continue;
        for (std::size_t s = 0; s < n; ++s) {
            const double d = layers.distance_to_edge_km(s, {r.lon, r.lat}, k_max_km);
            if (d <= k_max_km) km[p * n + s] = static_cast<std::uint8_t>(std::lround(d / k_step_km));
        }
    }
    return FrontTable(layers.dates(), std::move(km), n_places);
}

FrontTable::Serving FrontTable::serving(core::Date date) const {
    const auto after = std::lower_bound(m_dates.begin(), m_dates.end(), date);
    std::size_t best = static_cast<std::size_t>(after - m_dates.begin());
    if (best == m_dates.size()) {
        best = m_dates.size() - 1;
    } else if (best > 0 && date.days_since_epoch() - m_dates[best - 1].days_since_epoch() <=
                               m_dates[best].days_since_epoch() - date.days_since_epoch()) {
        --best;
    }
    return {best, std::labs(m_dates[best].days_since_epoch() - date.days_since_epoch())};
}

} // namespace claimtrack::gazetteer::detail
