#include "query_json.hpp"

#include <map>

namespace claimtrack::cli {

using nlohmann::json;

namespace {

json opt_date(const std::optional<core::Date>& d) { return d ? json(d->iso()) : json(nullptr); }

json opt_side(core::Side s) { return s == core::Side::None ? json(nullptr) : json(core::to_string(s)); }

} // namespace

json place_json(const std::optional<core::Place>& p) {
    if (!p) return nullptr;
    return {{"id", p->id},           {"name", p->name},     {"name_local", p->name_local},
            {"kind", core::to_string(p->kind)}, {"lat", p->lonlat.lat_deg}, {"lon", p->lonlat.lon_deg},
            {"admin1", p->admin1},   {"admin2", p->admin2}};
}

json claim_json(const store::StoredClaim& s) {
    const core::Claim& c = s.claim;
    return {{"id", s.id},
            {"known_on", opt_date(s.known_on)},
            {"valid_to", opt_date(s.valid_to)},
            {"change", core::to_string(c.change)},
            {"by_side", opt_side(c.by_side)},
            {"negated", c.negated},
            {"background", c.background},
            {"place", place_json(c.place)},
            {"region", place_json(c.region)},
            {"surface", c.surface},
            {"verb", c.verb},
            {"claimant", c.claimant},
            {"claimant_side", opt_side(c.claimant_side)},
            {"status", core::to_string(c.status)},
            {"stated_on", opt_date(c.stated_on)},
            {"event_from", opt_date(c.event_from)},
            {"event_to", opt_date(c.event_to)},
            {"confidence", c.confidence},
            {"evidence", c.evidence},
            {"article",
             {{"id", s.article.id},
              {"title", s.article.title},
              {"url", s.article.url},
              {"source", s.article.source},
              {"published", opt_date(s.article.published)},
              {"file", s.article.file},
              {"carried_by", 1 + s.article.carriers},
              {"carrier_urls", s.article.carrier_urls}}},
            {"run",
             {{"id", s.run_id},
              {"extractor_version", s.extractor_version},
              {"recorded_at", s.recorded_at},
              {"superseded", s.superseded}}}};
}

json timeline_json(const std::vector<store::StoredClaim>& claims, const store::Store* db) {
    json out = json::array();
    std::map<std::int64_t, json> carriers; // by article: provenance of syndicated copies
    for (const auto& c : claims) {
        json j = claim_json(c);
        if (db && c.article.carriers > 0) {
            auto it = carriers.find(c.article.id);
            if (it == carriers.end()) {
                json list = json::array();
                for (const auto& k : db->carriers(c.article.id))
                    list.push_back({{"url", k.url}, {"source", k.source}, {"title", k.title},
                                    {"published", opt_date(k.published)}, {"file", k.file},
                                    {"recorded_at", k.recorded_at}});
                it = carriers.emplace(c.article.id, std::move(list)).first;
            }
            j["article"]["carriers"] = it->second;
        }
        out.push_back(std::move(j));
    }
    return out;
}

json state_json(const std::vector<store::PlaceState>& states) {
    json out = json::array();
    for (const auto& s : states)
        out.push_back({{"place", place_json(s.place)},
                       {"claimant_side", opt_side(s.claimant_side)},
                       {"controller", s.controller == store::Control::Unknown ? json(nullptr)
                                                                              : json(store::to_string(s.controller))},
                       {"claim", claim_json(s.claim)}});
    return out;
}

json conflicts_json(const std::vector<store::Conflict>& conflicts) {
    json out = json::array();
    for (const auto& c : conflicts)
        out.push_back({{"kind", store::to_string(c.kind)},
                       {"place", place_json(c.place)},
                       {"claim", claim_json(c.claim)},
                       {"other", c.other ? claim_json(*c.other) : json(nullptr)}});
    return out;
}

namespace {

json claimant_stats_json(const store::ClaimantStats& s, bool with_name) {
    json j{{"side", s.side == core::Side::None ? json(nullptr) : json(core::to_string(s.side))},
           {"claims", s.claims},
           {"corroborated", s.corroborated},
           {"contradicted", s.contradicted},
           {"premature", s.premature},
           {"pending", s.pending},
           {"not_applicable", s.not_applicable},
           {"median_lag_days", s.median_lag_days ? json(*s.median_lag_days) : json(nullptr)}};
    if (with_name) j["claimant"] = s.claimant;
    return j;
}

} // namespace

json claimants_json(const store::ClaimantReport& report, const store::ClaimantQuery& q) {
    json claimants = json::array(), sides = json::array();
    for (const auto& s : report.claimants) claimants.push_back(claimant_stats_json(s, true));
    for (const auto& s : report.sides) sides.push_back(claimant_stats_json(s, false));
    return {{"source", report.source},
            {"since", opt_date(q.since)},
            {"until", opt_date(q.until)},
            {"verdicts", report.verdicts},
            {"claimants", claimants},
            {"sides", sides}};
}

json stats_json(const store::Stats& s, const std::string& database) {
    json sides = json::array();
    for (const auto& side : s.per_side)
        sides.push_back({{"side", opt_side(side.side)}, {"acting", side.acting}, {"claimant", side.claimant}});
    return {{"database", database},
            {"schema_version", s.schema_version},
            {"articles", s.articles},
            {"extraction_runs", s.runs},
            {"claims", s.claims},
            {"superseded_claims", s.superseded_claims},
            {"places", s.places},
            {"mentions", s.mentions},
            {"first", opt_date(s.first)},
            {"last", opt_date(s.last)},
            {"per_side", sides}};
}

} // namespace claimtrack::cli
