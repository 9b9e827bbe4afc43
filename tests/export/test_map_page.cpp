// The map page: self-contained, and article text cannot inject markup.

#include "claimtrack/export/map_page.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

using namespace claimtrack::exporter;

namespace {

MapPage hostile_page() {
    MapEvent e;
    e.date = "2022-09-12";
    e.change = "liberated";
    e.by_side = "UA";
    e.controller = "UA";
    e.claimant = "<img src=x onerror=alert(1)>";
    e.evidence = "Towns freed </script><script>alert('x')</script> <!-- & more";
    e.title = "A \"title\" with <b>tags</b>";
    e.url = "javascript:alert(1)";
    MapPage page;
    page.title = "</title><script>alert(2)</script>";
    page.places.push_back({"Sukhyi Stavok", "Kherson", {33.6, 47.1}, {e}});
    page.outlines.push_back({"Kherson Oblast", {{{{32, 46}, {34, 46}, {34, 47.5}, {32, 46}}}}});
    return page;
}

std::size_t count(const std::string &haystack, const std::string &needle) {
    std::size_t n = 0;
    for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("the map page escapes untrusted text", "[map]") {
    const std::string html = render_map_page(hostile_page());
    CHECK(count(html, "<script") == 2); // the data block and the page's own script
    CHECK(count(html, "</script>") == 2);
    CHECK(html.find("<script>alert") == std::string::npos); // present only as inert JSON data
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<!--") == std::string::npos);
    CHECK(html.find("&lt;/title&gt;&lt;script&gt;") != std::string::npos);
    CHECK(html.find("\\u003c/script\\u003e") != std::string::npos); // kept as data, escaped
}

TEST_CASE("the map page needs no network", "[map]") {
    const std::string html = render_map_page(hostile_page());
    CHECK(html.find("src=\"http") == std::string::npos);
    CHECK(html.find("href=\"http") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("Content-Security-Policy") != std::string::npos);
    CHECK(html.find("Sukhyi Stavok") != std::string::npos);
    CHECK(html.find("textContent") != std::string::npos);
    CHECK(html.find("innerHTML") == std::string::npos);
}

TEST_CASE("write_map_page refuses to overwrite without force", "[map]") {
    namespace fs = std::filesystem;
    std::random_device rd;
    const fs::path dir = fs::temp_directory_path() / ("claimtrack-map-test-" + std::to_string(rd()));
    fs::create_directories(dir);
    const fs::path out = dir / "map.html";
    write_map_page(hostile_page(), out, false);
    CHECK(fs::file_size(out) > 1000);
    CHECK_THROWS_AS(write_map_page(hostile_page(), out, false), ExportError);
    write_map_page(hostile_page(), out, true);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto &entry : fs::directory_iterator(dir))
        ++files;
    CHECK(files == 1);
    fs::remove_all(dir);
}

TEST_CASE("the page carries the control snapshots, coarsely rounded, and the verdicts", "[map_page]") {
    MapPage page = hostile_page();
    page.places[0].events[0].corroboration = "contradicted";
    page.control_source = "layers";
    page.control.push_back({"2022-09-05", {{{{33.123456, 47.0}, {33.9, 47.0}, {33.9, 47.5}, {33.123456, 47.0}}}}});
    page.control.push_back({"2022-09-12", {}});
    const std::string html = render_map_page(page);
    CHECK(count(html, R"("date":"2022-09-05","rings":[[[33.123,47.0])") == 1); // 1e-3 degrees
    CHECK(count(html, R"("date":"2022-09-12","rings":[])") == 1);
    CHECK(count(html, R"("ver":"contradicted")") == 1);
    CHECK(count(html, R"("control_source":"layers")") == 1);
    CHECK(count(html, "id=\"control-area\"") == 1);
    CHECK(count(html, "<script") == 2); // still only the page's own scripts
}
