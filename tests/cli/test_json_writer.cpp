// The streaming JSON writer prints what nlohmann::json's dump() prints, and
// extract's JSON contract reads back to the same text.
#include "json_output.hpp"
#include "json_writer.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace claimtrack;
using nlohmann::json;

namespace {

/// Writes the same value as `expected` holds: an object of every kind of member.
void write_sample(cli::JsonWriter& w) {
    w.begin_object();
    w.key("a_empty_array").begin_array();
    w.end_array();
    w.key("b_empty_object").begin_object();
    w.end_object();
    w.key("c_numbers").begin_array();
    for (double d : {0.0, -0.0, 1.0, 3.0, 0.1, 1e-7, 1e21, 123456.789, -2.5e-300, 48.4567891234})
        w.value(d);
    w.value(std::numeric_limits<double>::quiet_NaN());
    w.value(std::numeric_limits<double>::infinity());
    w.value(std::numeric_limits<std::int64_t>::min());
    w.value(std::numeric_limits<std::uint64_t>::max());
    w.value(0);
    w.value(-17);
    w.end_array();
    w.key("d_strings").begin_array();
    w.value(std::string("quote \" backslash \\ slash / tab \t newline \n cr \r bs \b ff \f"));
    w.value(std::string("controls \x01\x1f and delete \x7f"));
    w.value("Київ, Харків, Запоріжжя — «фронт» ’ 😀");
    w.value(std::string("nul \0 inside", 12));
    w.value("");
    w.end_array();
    w.key("e_nested").begin_object();
    w.key("null").null();
    w.key("t").value(true);
    w.key("u").value(false);
    w.key("v").begin_array();
    w.begin_object();
    w.key("x").value("y");
    w.end_object();
    w.begin_array();
    w.end_array();
    w.end_array();
    w.end_object();
    w.end_object();
}

json expected_sample() {
    json j;
    j["a_empty_array"] = json::array();
    j["b_empty_object"] = json::object();
    j["c_numbers"] = json::array();
    for (double d : {0.0, -0.0, 1.0, 3.0, 0.1, 1e-7, 1e21, 123456.789, -2.5e-300, 48.4567891234}) j["c_numbers"].push_back(d);
    j["c_numbers"].push_back(std::numeric_limits<double>::quiet_NaN());
    j["c_numbers"].push_back(std::numeric_limits<double>::infinity());
    j["c_numbers"].push_back(std::numeric_limits<std::int64_t>::min());
    j["c_numbers"].push_back(std::numeric_limits<std::uint64_t>::max());
    j["c_numbers"].push_back(0);
    j["c_numbers"].push_back(-17);
    j["d_strings"] = {std::string("quote \" backslash \\ slash / tab \t newline \n cr \r bs \b ff \f"),
                      std::string("controls \x01\x1f and delete \x7f"), "Київ, Харків, Запоріжжя — «фронт» ’ 😀",
                      std::string("nul \0 inside", 12), ""};
    j["e_nested"] = {{"null", nullptr}, {"t", true}, {"u", false}, {"v", {{{"x", "y"}}, json::array()}}};
    return j;
}

core::Place place(std::int64_t id, const std::string& name, double lat, double lon) {
    core::Place p;
    p.id = id;
    p.name = name;
    p.name_local = "Назва \"у лапках\"";
    p.kind = core::PlaceKind::Settlement;
    p.feature_code = "PPL";
    p.country = "UA";
    p.lonlat = {lon, lat};
    p.admin1 = "Kharkivs'ka Oblast'";
    p.admin2 = "";
    p.population = 27169;
    return p;
}

} // namespace

TEST_CASE("the JSON writer prints what dump() prints", "[cli]") {
    const json j = expected_sample();
    SECTION("compact") {
        std::string out;
        cli::JsonWriter w(out);
        write_sample(w);
        CHECK(out == j.dump());
    }
    SECTION("pretty, indent 2") {
        std::string out;
        cli::JsonWriter w(out, 2);
        write_sample(w);
        CHECK(out == j.dump(2));
    }
    SECTION("pretty, as an element of an array") {
        std::string out = "[\n  ";
        cli::JsonWriter w(out, 2, 1);
        write_sample(w);
        out += ",\n  1\n]";
        CHECK(out == json::array({j, 1}).dump(2));
    }
    SECTION("empty containers at the top") {
        std::string a, o;
        cli::JsonWriter wa(a, 2), wo(o);
        wa.begin_array();
        wa.end_array();
        wo.begin_object();
        wo.end_object();
        CHECK(a == "[]");
        CHECK(o == "{}");
    }
}

TEST_CASE("the JSON writer refuses invalid UTF-8 as dump() does", "[cli]") {
    for (const std::string bad : {std::string("abc\xff"), std::string("\xc3"), std::string("ok \xe2\x82 no"),
                                  std::string("\xed\xa0\x80 surrogate"), std::string("\xc0\xaf overlong")}) {
        std::string out;
        CHECK_THROWS_AS(cli::JsonWriter::append_string(out, bad), json::type_error);
        CHECK_THROWS_AS(json(bad).dump(), json::type_error);
    }
    std::string out;
    cli::JsonWriter::append_string(out, "\xf0\x9f\x98\x80 and \xc3\xa9");
    CHECK(out == "\"\xf0\x9f\x98\x80 and \xc3\xa9\"");
}

TEST_CASE("the JSON writer copies Cyrillic and other two-byte text as dump() does, and refuses overlong forms inside it", "[cli]") {
    // Eight bytes at a time take the fast path for four two-byte characters: runs of every
    // length and alignment, next to ASCII, escapes and three- and four-byte characters.
    const std::string cyrillic = "Новоселівка Бахмут «Ґ» Їжак éàü\t\"q\" — \xf0\x9f\x98\x80 Покровськ";
    for (std::size_t from = 0; from < 12; ++from)
        for (std::size_t n = 0; from + n <= cyrillic.size(); ++n) {
            const std::string piece = cyrillic.substr(from, n);
            bool valid = true;
            try {
                (void)json(piece).dump();
            } catch (const json::type_error&) {
                valid = false; // a cut through a character
            }
            std::string out;
            if (valid) {
                cli::JsonWriter::append_string(out, piece);
                CHECK(out == json(piece).dump());
            } else {
                CHECK_THROWS_AS(cli::JsonWriter::append_string(out, piece), json::type_error);
            }
        }
    // An overlong two-byte form (0xC0 0x80, 0xC1 0xBF) among Cyrillic letters, at each offset of
    // an eight-byte block.
    for (const std::string& overlong : {std::string("\xc0\x80"), std::string("\xc1\xbf")})
        for (std::size_t at = 0; at < 8; at += 2) {
            std::string bad = "ПокровськБахмут";
            bad.insert(at, overlong);
            std::string out;
            CHECK_THROWS_AS(cli::JsonWriter::append_string(out, bad), json::type_error);
            CHECK_THROWS_AS(json(bad).dump(), json::type_error);
        }
}

TEST_CASE("the JSON writer prints repeated numbers as dump() does (numbers written before are remembered)", "[cli]") {
    // More distinct values than remembered slots, each written again later and interleaved:
    // a remembered form must never stand for another value (0.0 and -0.0 included).
    std::vector<double> values = {0.0, -0.0, 1.0, -1.0, 0.1, 1e-300, 1.7976931348623157e308, 5e-324, 48.5, 37.25};
    for (int i = 0; i < 200; ++i) values.push_back(46.0 + i * 0.0137);
    std::string out;
    json expected = json::array();
    {
        cli::JsonWriter w(out);
        w.begin_array();
        for (int pass = 0; pass < 3; ++pass)
            for (std::size_t k = 0; k < values.size(); ++k) {
                const double v = values[(k * 7 + static_cast<std::size_t>(pass)) % values.size()];
                w.value(v);
                expected.push_back(v);
            }
        w.end_array();
    }
    CHECK(out == expected.dump());
}

TEST_CASE("the JSON writer leaves the output exact between top-level values and after a failure", "[cli]") {
    std::string out;
    {
        cli::JsonWriter w(out);
        w.begin_object();
        w.key("a").value("Бахмут");
        w.end_object();
        out += '\n'; // JSON Lines: the caller adds to the output between values
        w.begin_array();
        w.value(1.5);
        w.end_array();
        out += '\n';
    }
    CHECK(out == "{\"a\":\"Бахмут\"}\n[1.5]\n");
    std::string failed = "x";
    {
        cli::JsonWriter w(failed);
        w.begin_object();
        w.key("a").value("ok");
        CHECK_THROWS_AS(w.key("b").value(std::string("bad \xff")), json::type_error);
    }
    // What was written before the failure, and no room left over.
    CHECK(failed == "x{\"a\":\"ok\",\"b\":\"");
}

TEST_CASE("an extraction written as JSON reads back to the same text", "[cli]") {
    core::Document doc;
    doc.file = "reports/a.txt";
    doc.title = "Ukraine says \"village freed\"";
    doc.published = core::Date::parse("2022-09-13");
    doc.language = "en";
    core::Extraction x;
    core::Mention m;
    m.span = {10, 18};
    m.surface = "Izium";
    m.place = place(706524, "Izium", 49.21, 37.25);
    m.confidence = 0.875;
    m.runner_up = place(1, "Izium (village)", 48.0, 36.1);
    x.mentions.push_back(m);
    core::Mention unresolved;
    unresolved.surface = "Nowhere";
    unresolved.precision = core::k_precision_unresolved;
    unresolved.place.lonlat = {std::nan(""), std::nan("")};
    x.mentions.push_back(unresolved);
    core::Claim c;
    c.change = core::Change::Liberated;
    c.by_side = core::Side::UA;
    c.place = m.place;
    c.surface = "Izium";
    c.verb = "liberated";
    c.claimant = "General Staff";
    c.claimant_side = core::Side::UA;
    c.stated_on = doc.published;
    c.evidence = "Ukrainian forces liberated Izium.\nNext line";
    c.evidence_span = {0, 33};
    c.confidence = 0.9;
    c.area_km2 = 3000;
    x.claims.push_back(c);
    c.negated = true;
    c.region = place(2, "Kharkiv Oblast", 49.5, 36.5);
    c.area_km2.reset();
    x.claims.push_back(c);
    core::Area a;
    a.surface = "3,000 sq km";
    a.km2 = 3000;
    a.km2_max = 3500.5;
    a.qualifier = "about";
    a.unit = "km2";
    a.value = 3000;
    x.areas.push_back(a);
    a.territorial = false;
    a.region = "Kherson Oblast";
    x.areas.push_back(a);
    core::Distance d;
    d.surface = "12 km east of Izium";
    d.min_km = 12;
    d.qualifier = "exact";
    d.type = "offset";
    d.direction = "east";
    d.anchor = "Izium";
    x.distances.push_back(d);

    std::string compact, pretty;
    cli::JsonWriter wc(compact), wp(pretty, 2);
    cli::write_json(wc, doc, x);
    cli::write_json(wp, doc, x);
    const json back = json::parse(compact);
    CHECK(back.dump() == compact); // members in dump()'s order, numbers and escapes as it prints them
    CHECK(json::parse(pretty).dump(2) == pretty);
    CHECK(back["claims"].size() == 1);
    CHECK(back["negated_claims"].size() == 1);
    CHECK(back["areas"].size() == 1);
    CHECK(back["other_areas"].size() == 1);
    CHECK(back["places"][1]["precision"] == "unresolved");
    CHECK(back["places"][1]["lat"].is_null());
    CHECK(back["places"][0]["runner_up"]["name"] == "Izium (village)");
    CHECK(back["article"]["url"].is_null());
    CHECK(back["negated_claims"][0]["region"] == "Kharkiv Oblast");

    std::string one_place;
    cli::JsonWriter wpl(one_place);
    cli::write_json(wpl, m.place);
    CHECK(one_place == cli::to_json(m.place).dump());
}

TEST_CASE("the JSON writer copies two-byte characters between ASCII and escapes as dump() does", "[cli]") {
    // Cyrillic words split by spaces, quotes and control characters fall across the writer's
    // eight-byte steps at every offset: the two-byte characters read one at a time there.
    for (std::size_t k = 0; k < 10; ++k) {
        CAPTURE(k);
        std::string s = std::string(k, 'a') + "бій \"під\" Ізюмом\té ç, ЇЖ ё\n";
        for (std::size_t j = 0; j < k; ++j) s += "ж";
        std::string out;
        {
            claimtrack::cli::JsonWriter w(out);
            w.value(s);
        }
        CHECK(out == nlohmann::json(s).dump());
    }
}
