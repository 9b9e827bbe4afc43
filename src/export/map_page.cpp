#include "claimtrack/export/map_page.hpp"

#include "temp_output.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <string_view>

namespace claimtrack::exporter {

namespace {

using nlohmann::json;

/// Degrees rounded to 1e-5 (about 1 m): keeps the page small.
double round5(double deg) {
    return std::round(deg * 1e5) / 1e5;
}

json ring_json(const geo::Ring &ring) {
    json out = json::array();
    for (const auto &p : ring)
        out.push_back({round5(p.lon_deg), round5(p.lat_deg)});
    return out;
}

/// Degrees rounded to 1e-3 (about 100 m): enough for simplified display polygons.
double round3(double deg) {
    return std::round(deg * 1e3) / 1e3;
}

json coarse_ring_json(const geo::Ring &ring) {
    json out = json::array();
    for (const auto &p : ring)
        out.push_back({round3(p.lon_deg), round3(p.lat_deg)});
    return out;
}

json event_json(const MapEvent &e) {
    return {{"date", e.date},         {"change", e.change},       {"by", e.by_side},        {"ctl", e.controller},
            {"claimant", e.claimant}, {"cside", e.claimant_side}, {"evidence", e.evidence}, {"title", e.title},
            {"url", e.url},           {"source", e.source},       {"ver", e.corroboration},
            {"lag", e.lag_days ? json(*e.lag_days) : json(nullptr)}};
}

json page_json(const MapPage &page) {
    json places = json::array();
    for (const auto &p : page.places) {
        json events = json::array();
        for (const auto &e : p.events)
            events.push_back(event_json(e));
        places.push_back({{"name", p.name},
                          {"admin1", p.admin1},
                          {"lon", round5(p.lonlat.lon_deg)},
                          {"lat", round5(p.lonlat.lat_deg)},
                          {"events", std::move(events)}});
    }
    json outlines = json::array();
    for (const auto &o : page.outlines) {
        json rings = json::array();
        for (const auto &polygon : o.geometry)
            for (const auto &ring : polygon)
                rings.push_back(ring_json(ring));
        outlines.push_back({{"name", o.name}, {"rings", std::move(rings)}});
    }
    json control = json::array();
    for (const auto &c : page.control) {
        json rings = json::array();
        for (const auto &polygon : c.geometry)
            for (const auto &ring : polygon)
                rings.push_back(coarse_ring_json(ring));
        control.push_back({{"date", c.date}, {"rings", std::move(rings)}});
    }
    return {{"title", page.title},
            {"control", std::move(control)},
            {"control_source", page.control_source},
            {"initial", page.initial_date},
            {"places", std::move(places)},
            {"outlines", std::move(outlines)}};
}

/// JSON that is safe inside <script type="application/json">: no '<' at all
/// (so no "</script>" or "<!--"), invalid UTF-8 replaced.
std::string script_safe_json(const json &j) {
    const std::string text = j.dump(-1, ' ', false, json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        else
            out += c;
    }
    return out;
}

std::string html_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

constexpr std::string_view k_head = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>)html";

constexpr std::string_view k_body = R"html(</title>
<style>
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; background: #f4f1ea; }
#bar { position: absolute; top: 0; left: 0; right: 0; padding: 8px 12px; background: #fffc; z-index: 2;
       display: flex; gap: 12px; align-items: center; flex-wrap: wrap; border-bottom: 1px solid #ccc; }
#bar h1 { font-size: 16px; margin: 0; }
#slider { flex: 1; min-width: 200px; }
#date { font-weight: bold; min-width: 7em; }
#map { position: absolute; top: 48px; bottom: 0; left: 0; right: 0; }
svg { width: 100%; height: 100%; cursor: grab; }
.control { fill: #d0282833; stroke: #d02828; stroke-opacity: .6; vector-effect: non-scaling-stroke; stroke-width: 1;
           fill-rule: evenodd; pointer-events: none; }
.place.contradicted { stroke: #000; stroke-width: 2.5; stroke-dasharray: 2 1.5; }
#popup .verdict { font-weight: bold; } #popup .verdict.contradicted { color: #a00; }
.outline { fill: #fff; stroke: #999; vector-effect: non-scaling-stroke; stroke-width: 1; }
.place { stroke: #222; vector-effect: non-scaling-stroke; stroke-width: 1; cursor: pointer; }
.place.UA { fill: #1f5fbf; } .place.RU { fill: #d02828; } .place.contested { fill: #f0a020; }
.place.unknown { fill: #999; } .place.hidden { display: none; }
.place.selected { stroke: #000; stroke-width: 3; }
.legend span { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin: 0 3px 0 8px; }
#popup { position: absolute; right: 12px; top: 60px; width: min(420px, 90vw); max-height: 75vh; overflow: auto;
         background: #fff; border: 1px solid #888; border-radius: 6px; padding: 10px 14px; z-index: 3;
         box-shadow: 0 2px 10px #0004; }
#popup[hidden] { display: none; }
#popup h2 { font-size: 16px; margin: 0 0 6px; }
#popup li { margin-bottom: 8px; } #popup q { display: block; color: #333; font-style: italic; }
#popup .after { opacity: .5; }
#close { float: right; border: 0; background: none; font-size: 18px; cursor: pointer; }
</style>
</head>
<body>
<div id="bar">
  <h1 id="title"></h1>
  <input id="slider" type="range" min="0" max="0" value="0" aria-label="date">
  <span id="date"></span>
  <span id="count"></span>
  <span class="legend"><span style="background:#1f5fbf"></span>UA<span style="background:#d02828"></span>RU<span
    style="background:#f0a020"></span>contested<span style="background:#999"></span>no control claim<span
    id="legend-contradicted" style="background:#fff;border:2px dashed #000;width:7px;height:7px"></span>contradicted</span>
  <span id="control-date"></span>
</div>
<div id="map"><svg id="svg" xmlns="http://www.w3.org/2000/svg"><g id="outlines"></g><g id="control"><path class="control" id="control-area" d=""></path></g><g id="places"></g></svg></div>
<div id="popup" hidden><button id="close" aria-label="close">&times;</button><h2 id="popup-name"></h2>
  <div id="popup-admin"></div><ol id="popup-events"></ol></div>
<script type="application/json" id="data">)html";

constexpr std::string_view k_tail = R"html(</script>
<script>
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.getElementById("svg");
  document.getElementById("title").textContent = data.title;

  // Extent of outlines and places; an equirectangular projection scaled at the mid latitude.
  let minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
  const grow = (lon, lat) => { minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
                               minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat); };
  data.outlines.forEach(o => o.rings.forEach(r => r.forEach(p => grow(p[0], p[1]))));
  data.places.forEach(p => grow(p.lon, p.lat));
  if (minLon > maxLon) { minLon = 22; maxLon = 40; minLat = 44; maxLat = 52.5; }
  const k = Math.cos((minLat + maxLat) / 2 * Math.PI / 180);
  const X = lon => (lon - minLon) * k, Y = lat => maxLat - lat;
  let view = { x: -0.2, y: -0.2, w: (maxLon - minLon) * k + 0.4, h: (maxLat - minLat) + 0.4 };
  const setView = () => svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  setView();

  const outlines = document.getElementById("outlines");
  for (const o of data.outlines) {
    const path = document.createElementNS(NS, "path");
    path.setAttribute("class", "outline");
    path.setAttribute("d", o.rings.map(r => "M" + r.map(p => X(p[0]).toFixed(4) + " " + Y(p[1]).toFixed(4))
                                                     .join("L") + "Z").join(""));
    const t = document.createElementNS(NS, "title"); t.textContent = o.name; path.appendChild(t);
    outlines.appendChild(path);
  }

  // The assessed occupied area: the latest snapshot on or before the slider's date.
  const controlPath = document.getElementById("control-area");
  const controlD = data.control.map(c => c.rings.map(r => "M" + r.map(p => X(p[0]).toFixed(3) + " " +
                                                                         Y(p[1]).toFixed(3)).join("L") + "Z").join(""));
  function drawControl(day) {
    let n = -1;
    for (let i = 0; i < data.control.length && data.control[i].date <= day; i++) n = i;
    controlPath.setAttribute("d", n >= 0 ? controlD[n] : "");
    controlPath.dataset.date = n >= 0 ? data.control[n].date : "";
    document.getElementById("control-date").textContent = data.control.length === 0 ? "" :
      n >= 0 ? `assessed area ${data.control[n].date}${data.control_source ? " (" + data.control_source + ")" : ""}`
             : "no assessed area before this date";
  }

  // Dates of the slider: every known claim date.
  const dateSet = new Set();
  data.places.forEach(p => p.events.forEach(e => { if (e.date) dateSet.add(e.date); }));
  const dates = Array.from(dateSet).sort();
  if (dates.length === 0) dates.push("");
  const slider = document.getElementById("slider");
  slider.max = String(dates.length - 1);
  let start = dates.length - 1;
  if (data.initial) { const i = dates.findIndex(d => d > data.initial); start = i < 0 ? dates.length - 1 : Math.max(0, i - 1); }
  slider.value = String(start);

  const radius = Math.max(view.w, view.h) / 250;
  const layer = document.getElementById("places");
  const circles = data.places.map((p, i) => {
    const c = document.createElementNS(NS, "circle");
    c.setAttribute("cx", X(p.lon)); c.setAttribute("cy", Y(p.lat)); c.setAttribute("r", radius);
    c.dataset.i = String(i);
    const t = document.createElementNS(NS, "title"); t.textContent = p.name; c.appendChild(t);
    layer.appendChild(c);
    return c;
  });

  // State of a place on `day`: the controller named by its latest claim known by then.
  function stateOn(p, day) {
    let seen = false, ctl = "";
    for (const e of p.events) {
      if (e.date && e.date > day) break;
      seen = true;
      if (e.ctl) ctl = e.ctl;
    }
    return seen ? (ctl || "unknown") : null;
  }
  // A claim known by `day` that the control layers contradict.
  function contradictedBy(p, day) {
    return p.events.some(e => (!e.date || e.date <= day) && e.ver === "contradicted");
  }

  let selected = -1;
  function update() {
    const day = dates[Number(slider.value)];
    document.getElementById("date").textContent = day || "(undated)";
    let shown = 0;
    data.places.forEach((p, i) => {
      const s = stateOn(p, day);
      if (s) shown++;
      circles[i].setAttribute("class", "place " + (s || "hidden") + (s && contradictedBy(p, day) ? " contradicted" : "") +
                                       (i === selected ? " selected" : ""));
    });
    drawControl(day);
    document.getElementById("count").textContent = shown + " places";
    if (selected >= 0) showPopup(selected);
  }

  const popup = document.getElementById("popup");
  function showPopup(i) {
    const p = data.places[i], day = dates[Number(slider.value)];
    document.getElementById("popup-name").textContent = p.name;
    document.getElementById("popup-admin").textContent = p.admin1;
    const list = document.getElementById("popup-events");
    list.replaceChildren();
    for (const e of p.events) {
      const li = document.createElement("li");
      if (e.date && e.date > day) li.className = "after";
      const head = document.createElement("div");
      head.textContent = `${e.date || "undated"}: ${e.by ? e.by + " " : ""}${e.change}` +
                         ` (claimed by ${e.claimant || "unknown"}${e.cside ? ", " + e.cside : ""})`;
      li.appendChild(head);
      if (e.ver) {
        const v = document.createElement("div");
        v.className = "verdict " + e.ver;
        v.textContent = `map: ${e.ver.replace("_", " ")}${e.lag !== null && e.lag !== undefined ? ` (lag ${e.lag} days)` : ""}`;
        li.appendChild(v);
      }
      if (e.evidence) { const q = document.createElement("q"); q.textContent = e.evidence; li.appendChild(q); }
      if (/^https?:\/\//i.test(e.url)) {
        const a = document.createElement("a");
        a.href = e.url; a.rel = "noopener noreferrer"; a.target = "_blank";
        a.textContent = e.title || e.source || e.url;
        li.appendChild(a);
      } else if (e.title || e.source) {
        const s = document.createElement("div"); s.textContent = e.title || e.source; li.appendChild(s);
      }
      list.appendChild(li);
    }
    popup.hidden = false;
  }

  layer.addEventListener("click", ev => {
    const i = ev.target.dataset ? ev.target.dataset.i : undefined;
    if (i === undefined) return;
    selected = Number(i); update();
  });
  document.getElementById("close").addEventListener("click", () => { popup.hidden = true; selected = -1; update(); });
  slider.addEventListener("input", update);

  // Zoom with the wheel, pan by dragging.
  const toUser = (cx, cy) => { const r = svg.getBoundingClientRect();
    const s = Math.max(view.w / r.width, view.h / r.height);
    return { x: view.x + (cx - r.left - (r.width - view.w / s) / 2) * s, y: view.y + (cy - r.top - (r.height - view.h / s) / 2) * s, s }; };
  svg.addEventListener("wheel", ev => {
    ev.preventDefault();
    const f = ev.deltaY > 0 ? 1.2 : 1 / 1.2, p = toUser(ev.clientX, ev.clientY);
    view = { x: p.x - (p.x - view.x) * f, y: p.y - (p.y - view.y) * f, w: view.w * f, h: view.h * f };
    setView();
    circles.forEach(c => c.setAttribute("r", radius * view.w / ((maxLon - minLon) * k + 0.4)));
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", ev => { if (ev.target.dataset && ev.target.dataset.i !== undefined) return;
    drag = { x: ev.clientX, y: ev.clientY, v: Object.assign({}, view) }; });
  window.addEventListener("pointerup", () => { drag = null; });
  window.addEventListener("pointermove", ev => {
    if (!drag) return;
    const s = toUser(0, 0).s;
    view.x = drag.v.x - (ev.clientX - drag.x) * s; view.y = drag.v.y - (ev.clientY - drag.y) * s; setView();
  });

  update();
})();
</script>
</body>
</html>
)html";

} // namespace

std::string render_map_page(const MapPage &page) {
    std::string html;
    html.append(k_head);
    html += html_escape(page.title);
    html.append(k_body);
    html += script_safe_json(page_json(page));
    html.append(k_tail);
    return html;
}

void write_map_page(const MapPage &page, const std::filesystem::path &out, bool force) {
    std::error_code ec;
    if (std::filesystem::exists(out, ec) && !force)
        throw ExportError("'" + out.string() + "' exists; use --force to overwrite it");
    const std::string html = render_map_page(page);
    detail::TempOutput temp(out, ".html");
    {
        std::ofstream file(temp.path(), std::ios::binary);
        file.write(html.data(), static_cast<std::streamsize>(html.size()));
        file.close();
        if (!file) throw ExportError("map page '" + out.string() + "': cannot write '" + temp.path().string() + "'");
    }
    temp.commit();
}

} // namespace claimtrack::exporter
