#include "json_output.hpp"

namespace claimtrack::cli {

namespace {

using nlohmann::json;

json side_json(core::Side s) {
    if (s == core::Side::None) return nullptr;
    return std::string(core::to_string(s));
}

json date_json(const std::optional<core::Date>& d) {
    if (!d) return nullptr;
    return d->iso();
}

json optional_number(const std::optional<double>& v) {
    if (!v) return nullptr;
    return *v;
}

json mention_json(const core::Mention& m) {
    json j = to_json(m.place);
    j["surface"] = m.surface;
    j["start"] = m.span.start;
    j["end"] = m.span.end;
    j["confidence"] = m.confidence;
    j["precision"] = m.precision == core::k_precision_unresolved ? json("unresolved") : json(m.precision);
    j["candidates"] = m.candidate_count;
    j["runner_up"] = m.runner_up ? to_json(*m.runner_up) : json(nullptr);
    return j;
}

json claim_json(const core::Claim& c) {
    json j;
    j["change"] = std::string(core::to_string(c.change));
    j["by_side"] = side_json(c.by_side);
    j["place"] = c.place ? to_json(*c.place) : json(nullptr);
    j["region"] = c.region ? json(c.region->name) : json(nullptr);
    j["region_place"] = c.region ? to_json(*c.region) : json(nullptr);
    j["surface"] = c.surface;
    j["verb"] = c.verb;
    j["claimant"] = c.claimant.empty() ? json(nullptr) : json(c.claimant);
    j["claimant_side"] = side_json(c.claimant_side);
    j["stated_on"] = date_json(c.stated_on);
    j["event_from"] = date_json(c.event_from);
    j["event_to"] = date_json(c.event_to);
    j["time_precision"] = c.time_precision.empty() ? json(nullptr) : json(c.time_precision);
    j["status"] = std::string(core::to_string(c.status));
    j["evidence"] = c.evidence;
    j["evidence_start"] = c.evidence_span.start;
    j["evidence_end"] = c.evidence_span.end;
    j["confidence"] = c.confidence;
    j["background"] = c.background;
    j["negated"] = c.negated;
    j["area_km2"] = optional_number(c.area_km2);
    return j;
}

json area_json(const core::Area& a) {
    return json{{"surface", a.surface},
                {"start", a.span.start},
                {"end", a.span.end},
                {"km2", a.km2},
                {"km2_max", optional_number(a.km2_max)},
                {"value", a.value},
                {"unit", a.unit},
                {"qualifier", a.qualifier},
                {"by_side", side_json(a.by_side)},
                {"region", a.region.empty() ? json(nullptr) : json(a.region)}};
}

json distance_json(const core::Distance& d) {
    return json{{"surface", d.surface},
                {"start", d.span.start},
                {"end", d.span.end},
                {"min_km", optional_number(d.min_km)},
                {"max_km", optional_number(d.max_km)},
                {"qualifier", d.qualifier},
                {"type", d.type},
                {"direction", d.direction.empty() ? json(nullptr) : json(d.direction)},
                {"anchor", d.anchor.empty() ? json(nullptr) : json(d.anchor)}};
}

} // namespace

json to_json(const core::Place& p) {
    return json{{"id", p.id},
                {"name", p.name},
                {"name_local", p.name_local},
                {"kind", std::string(core::to_string(p.kind))},
                {"feature_code", p.feature_code},
                {"country", p.country},
                {"lat", p.located() ? json(p.lonlat.lat_deg) : json(nullptr)},
                {"lon", p.located() ? json(p.lonlat.lon_deg) : json(nullptr)},
                {"admin1", p.admin1},
                {"admin2", p.admin2},
                {"population", p.population}};
}

json to_json(const core::Document& doc, const core::Extraction& x) {
    json out;
    out["article"] = json{{"file", doc.file},
                          {"url", doc.url.empty() ? json(nullptr) : json(doc.url)},
                          {"title", doc.title},
                          {"source", doc.source.empty() ? json(nullptr) : json(doc.source)},
                          {"published", date_json(doc.published)},
                          {"language", doc.language.empty() ? json(nullptr) : json(doc.language)}};
    out["places"] = json::array();
    for (const auto& m : x.mentions) out["places"].push_back(mention_json(m));
    // A map is drawn from `claims`: a denied capture ("did not capture X") is kept apart, in
    // `negated_claims`, so that nothing the store records is lost and no map shows it as a change.
    out["claims"] = json::array();
    out["negated_claims"] = json::array();
    for (const auto& c : x.claims) out[c.negated ? "negated_claims" : "claims"].push_back(claim_json(c));
    // Only territorial figures are areas; the others are kept apart.
    out["areas"] = json::array();
    out["other_areas"] = json::array();
    for (const auto& a : x.areas) out[a.territorial ? "areas" : "other_areas"].push_back(area_json(a));
    out["distances"] = json::array();
    for (const auto& d : x.distances) out["distances"].push_back(distance_json(d));
    return out;
}

} // namespace claimtrack::cli
