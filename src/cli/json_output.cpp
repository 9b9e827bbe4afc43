#include "json_output.hpp"

namespace claimtrack::cli {

namespace {

// Members are written in the order nlohmann::json's dump() prints them
// (sorted keys): the writer checks it. Keys shared with a place's object
// are merged in sorted order by hand where a mention extends a place.

void side_value(JsonWriter& w, core::Side s) {
    if (s == core::Side::None) w.null();
    else w.value(core::to_string(s));
}

void date_value(JsonWriter& w, const std::optional<core::Date>& d) {
    if (d) w.value(d->iso());
    else w.null();
}

void optional_place(JsonWriter& w, const std::optional<core::Place>& p) {
    if (p) write_json(w, *p);
    else w.null();
}

void lat_lon(JsonWriter& w, const core::Place& p) {
    w.key("lat");
    if (p.located()) w.value(p.lonlat.lat_deg);
    else w.null();
    w.key("lon");
    if (p.located()) w.value(p.lonlat.lon_deg);
    else w.null();
}

void mention_json(JsonWriter& w, const core::Mention& m) {
    const core::Place& p = m.place;
    w.begin_object();
    w.key("admin1").value(p.admin1);
    w.key("admin2").value(p.admin2);
    w.key("candidates").value(m.candidate_count);
    w.key("confidence").value(m.confidence);
    w.key("country").value(p.country);
    w.key("end").value(m.span.end);
    w.key("feature_code").value(p.feature_code);
    w.key("id").value(p.id);
    w.key("kind").value(core::to_string(p.kind));
    lat_lon(w, p);
    w.key("name").value(p.name);
    w.key("name_local").value(p.name_local);
    w.key("population").value(p.population);
    w.key("precision");
    if (m.precision == core::k_precision_unresolved) w.value("unresolved");
    else w.value(m.precision);
    w.key("runner_up");
    optional_place(w, m.runner_up);
    w.key("start").value(m.span.start);
    w.key("surface").value(m.surface);
    w.end_object();
}

void claim_json(JsonWriter& w, const core::Claim& c) {
    w.begin_object();
    w.key("area_km2");
    w.value_or_null(c.area_km2);
    w.key("background").value(c.background);
    w.key("by_side");
    side_value(w, c.by_side);
    w.key("change").value(core::to_string(c.change));
    w.key("claimant");
    w.string_or_null(c.claimant);
    w.key("claimant_side");
    side_value(w, c.claimant_side);
    w.key("confidence").value(c.confidence);
    w.key("event_from");
    date_value(w, c.event_from);
    w.key("event_to");
    date_value(w, c.event_to);
    w.key("evidence").value(c.evidence);
    w.key("evidence_end").value(c.evidence_span.end);
    w.key("evidence_start").value(c.evidence_span.start);
    w.key("negated").value(c.negated);
    w.key("place");
    optional_place(w, c.place);
    w.key("region");
    if (c.region) w.value(c.region->name);
    else w.null();
    w.key("region_place");
    optional_place(w, c.region);
    w.key("stated_on");
    date_value(w, c.stated_on);
    w.key("status").value(core::to_string(c.status));
    w.key("surface").value(c.surface);
    w.key("time_precision");
    w.string_or_null(c.time_precision);
    w.key("verb").value(c.verb);
    w.end_object();
}

void area_json(JsonWriter& w, const core::Area& a) {
    w.begin_object();
    w.key("by_side");
    side_value(w, a.by_side);
    w.key("end").value(a.span.end);
    w.key("km2").value(a.km2);
    w.key("km2_max");
    w.value_or_null(a.km2_max);
    w.key("qualifier").value(a.qualifier);
    w.key("region");
    w.string_or_null(a.region);
    w.key("start").value(a.span.start);
    w.key("surface").value(a.surface);
    w.key("unit").value(a.unit);
    w.key("value").value(a.value);
    w.end_object();
}

void distance_json(JsonWriter& w, const core::Distance& d) {
    w.begin_object();
    w.key("anchor");
    w.string_or_null(d.anchor);
    w.key("direction");
    w.string_or_null(d.direction);
    w.key("end").value(d.span.end);
    w.key("max_km");
    w.value_or_null(d.max_km);
    w.key("min_km");
    w.value_or_null(d.min_km);
    w.key("qualifier").value(d.qualifier);
    w.key("start").value(d.span.start);
    w.key("surface").value(d.surface);
    w.key("type").value(d.type);
    w.end_object();
}

} // namespace

nlohmann::json to_json(const core::Place& p) {
    return nlohmann::json{{"id", p.id},
                          {"name", p.name},
                          {"name_local", p.name_local},
                          {"kind", std::string(core::to_string(p.kind))},
                          {"feature_code", p.feature_code},
                          {"country", p.country},
                          {"lat", p.located() ? nlohmann::json(p.lonlat.lat_deg) : nlohmann::json(nullptr)},
                          {"lon", p.located() ? nlohmann::json(p.lonlat.lon_deg) : nlohmann::json(nullptr)},
                          {"admin1", p.admin1},
                          {"admin2", p.admin2},
                          {"population", p.population}};
}

void write_json(JsonWriter& w, const core::Place& p) {
    w.begin_object();
    w.key("admin1").value(p.admin1);
    w.key("admin2").value(p.admin2);
    w.key("country").value(p.country);
    w.key("feature_code").value(p.feature_code);
    w.key("id").value(p.id);
    w.key("kind").value(core::to_string(p.kind));
    lat_lon(w, p);
    w.key("name").value(p.name);
    w.key("name_local").value(p.name_local);
    w.key("population").value(p.population);
    w.end_object();
}

void write_json(JsonWriter& w, const core::Document& doc, const core::Extraction& x) {
    w.begin_object();
    // Only territorial figures are areas; the others are kept apart.
    w.key("areas").begin_array();
    for (const auto& a : x.areas)
        if (a.territorial) area_json(w, a);
    w.end_array();
    w.key("article").begin_object();
    w.key("file").value(doc.file);
    w.key("language");
    w.string_or_null(doc.language);
    w.key("published");
    date_value(w, doc.published);
    w.key("source");
    w.string_or_null(doc.source);
    w.key("title").value(doc.title);
    w.key("url");
    w.string_or_null(doc.url);
    w.end_object();
    // A map is drawn from `claims`: a denied capture ("did not capture X") is kept apart, in
    // `negated_claims`, so that nothing the store records is lost and no map shows it as a change.
    w.key("claims").begin_array();
    for (const auto& c : x.claims)
        if (!c.negated) claim_json(w, c);
    w.end_array();
    w.key("distances").begin_array();
    for (const auto& d : x.distances) distance_json(w, d);
    w.end_array();
    w.key("negated_claims").begin_array();
    for (const auto& c : x.claims)
        if (c.negated) claim_json(w, c);
    w.end_array();
    w.key("other_areas").begin_array();
    for (const auto& a : x.areas)
        if (!a.territorial) area_json(w, a);
    w.end_array();
    w.key("places").begin_array();
    for (const auto& m : x.mentions) mention_json(w, m);
    w.end_array();
    w.end_object();
}

} // namespace claimtrack::cli
