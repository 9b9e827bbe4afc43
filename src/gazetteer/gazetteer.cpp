// Gazetteer: open(), lookup() and geocode() over the loaded index.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "gazetteer_impl.hpp"
#include "index_format.hpp"

#include "claimtrack/geo/dated_layers.hpp"
#include "claimtrack/geo/gdal_module.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

namespace claimtrack::gazetteer {

using detail::Index;
using detail::Match;
using detail::MatchLevel;

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Gazetteer Gazetteer::open(const std::filesystem::path& index) {
    return Gazetteer(std::make_unique<Impl>(index));
}

void Gazetteer::use_boundaries(const std::filesystem::path& file) {
    try {
        m_impl->boundaries = std::make_unique<detail::Boundaries>(geo::BoundarySet::read(file));
    } catch (const geo::ModuleError&) {
        throw; // exit 6 whatever the command: the installation is incomplete
    } catch (const Error& e) {
        throw GazetteerError("cannot read boundary file '" + file.string() + "': " + e.what());
    }
}

void Gazetteer::use_boundary_list(std::string_view paths) {
    try {
        m_impl->boundaries = std::make_unique<detail::Boundaries>(geo::BoundarySet::read_list(paths));
    } catch (const geo::ModuleError&) {
        throw; // exit 6 whatever the command: the installation is incomplete
    } catch (const Error& e) {
        throw GazetteerError("cannot read boundary files '" + std::string(paths) + "': " + e.what());
    }
}

bool Gazetteer::has_boundaries() const { return m_impl->boundaries != nullptr; }

void Gazetteer::use_front(const std::filesystem::path& dir) {
    Index& index = m_impl->index;
    try {
        const detail::PlaceRecord* places = index.size() ? &index.record(0) : nullptr;
        auto layers = std::make_shared<const geo::DatedLayers>(
            geo::DatedLayers::open(dir, detail::front_edges(places, index.size(), index.str(0))));
        index.set_front(detail::FrontTable::on_demand(std::move(layers), places, index.size()));
    } catch (const geo::ModuleError&) {
        throw; // exit 6 whatever the command: the installation is incomplete
    } catch (const Error& e) {
        throw GazetteerError("cannot read the front-line layers in '" + dir.string() + "': " + e.what());
    }
}

void Gazetteer::use_ranking_weights(const std::filesystem::path& tsv) {
    std::ifstream in(tsv, std::ios::binary);
    std::ostringstream text;
    if (!in) throw GazetteerError("cannot read the ranking weights '" + tsv.string() + "'");
    text << in.rdbuf(); // an empty file reads as no weights: parse names the first missing one
    m_impl->index.set_weights(detail::RankingWeights::parse(text.str(), tsv.string()));
}

std::vector<core::Date> Gazetteer::front_dates() const { return m_impl->index.front().dates(); }

std::string Gazetteer::boundary_at(core::LonLat point) const {
    if (!m_impl->boundaries) return {};
    const geo::Boundary* b = m_impl->boundaries->at(point.lon_deg, point.lat_deg);
    return b ? b->name : std::string();
}

std::size_t Gazetteer::size() const { return m_impl->index.size(); }

std::vector<core::Place> Gazetteer::lookup(std::string_view name) const {
    auto matches = m_impl->index.match(name);
    std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.level < b.level; });
    std::vector<core::Place> out;
    out.reserve(matches.size());
    for (const auto& m : matches) out.push_back(m_impl->index.place(m.place));
    return out;
}




std::vector<Candidate> Gazetteer::geocode(const GeocodeQuery& query) const {
    const Index& index = m_impl->index;
    detail::Context ctx;
    if (query.near) {
        // The reference place is read by importance, as a reader would: the
        // city over a village of the same name. A namesake nearly as likely
        // (close in score) still counts, with less weight: "Myrolyubivka near
        // Vysokopillia" picks the pair of namesakes that lie together.
        std::vector<std::pair<double, const detail::PlaceRecord*>> readings;
        const detail::Context none;
        for (const auto& m : index.match(*query.near)) {
            const auto& r = index.record(m.place);
            if (static_cast<core::PlaceKind>(r.kind) != core::PlaceKind::Settlement) continue;
            readings.emplace_back(detail::own_score(index, m, none), &r);
        }
        double best = -1e9;
        for (const auto& [s, r] : readings) best = std::max(best, s);
        constexpr double k_weight_per_score = 4.0; // a reading 0.5 below the best weighs e^-2
        constexpr double k_min_weight = 0.1;
        for (const auto& [s, r] : readings) {
            const double weight = std::exp(-k_weight_per_score * (best - s));
            if (weight < k_min_weight) continue;
            ctx.points.push_back({r->lat, r->lon, std::string(index.str(r->name)) + " (" + index.str(r->admin1) + ")",
                                  weight, index.str(r->admin1_code)});
        }
    }
    if (query.oblast) {
        for (auto i : index.admin1_named(*query.oblast)) ctx.admin1_codes.insert(index.str(index.record(i).admin1_code));
        for (const auto& m : index.match(*query.oblast, false)) {
            const auto& r = index.record(m.place);
            if (static_cast<core::PlaceKind>(r.kind) == core::PlaceKind::Admin1) ctx.admin1_codes.insert(index.str(r.admin1_code));
        }
    }
    detail::set_front_date(index, ctx, query.date);
    std::vector<Candidate> out;
    const auto matches = index.match(query.name);
    const bool owned = detail::owned_by_a_settlement(index, matches);
    for (const auto& m : matches) {
        Candidate c;
        c.place = index.place(m.place);
        c.match_level = static_cast<int>(m.level);
        c.score = detail::score(index, m, ctx, &c.reasons) - detail::loose_penalty(index, matches, m, &c.reasons) -
                  detail::foreign_name_penalty(index, m, owned, &c.reasons);
        if (m_impl->boundaries) {
            c.boundary_admin1 = boundary_at(c.place.lonlat);
            if (c.boundary_admin1.empty()) {
                c.reasons.push_back("outside every polygon of the boundary file");
            } else if (c.place.admin1.empty()) {
                c.reasons.push_back("in " + c.boundary_admin1 + " by the boundary file (GeoNames gives no oblast)");
            } else if (!detail::Boundaries::same_admin(c.boundary_admin1, c.place.admin1)) {
                c.boundary_disagrees = true;
                c.reasons.push_back("boundary file puts it in " + c.boundary_admin1 + ", GeoNames in " + c.place.admin1);
            } else {
                c.reasons.push_back("in " + c.boundary_admin1 + " by the boundary file too");
            }
        }
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    return out;
}

IndexHeader read_index_header(const std::filesystem::path& file, std::string* version) {
    if (version) version->clear();
    char magic[sizeof detail::k_magic] = {};
    std::ifstream in(file, std::ios::binary);
    if (!in || !in.read(magic, sizeof magic)) return IndexHeader::foreign;
    if (std::memcmp(magic, detail::k_magic, detail::k_magic_family) != 0) return IndexHeader::foreign;
    const std::string v(magic + detail::k_magic_family, sizeof magic - detail::k_magic_family);
    if (!std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) return IndexHeader::foreign;
    if (version) *version = v;
    return std::memcmp(magic, detail::k_magic, sizeof magic) == 0 ? IndexHeader::current : IndexHeader::other_version;
}

std::string index_version() {
    return std::string(detail::k_magic + detail::k_magic_family, sizeof detail::k_magic - detail::k_magic_family);
}

} // namespace claimtrack::gazetteer
