// The GDAL module (libclaimtrack_gdal.so) through the real binary: commands
// that read no vector files never load GDAL; those that do load the module
// on first use, and a missing module stops them with exit 6 naming the file,
// while the others still run.
#include "e2e_util.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack;
using test::run;

namespace {

void write(const test::fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

/// An article and a one-snapshot layer directory (a square near Kramatorsk) in `dir`.
void write_inputs(const test::fs::path& dir) {
    write(dir / "a.txt", "published: 2024-03-01\nlanguage: en\n\n"
                         "Ukrainian forces repelled an attack near Kramatorsk in the Donetsk region on Friday.\n");
    test::fs::create_directories(dir / "layers");
    write(dir / "layers" / "area_20240201.geojson",
          R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
          R"("geometry":{"type":"Polygon","coordinates":[[[37,48],[38,48],[38,49],[37,49],[37,48]]]}}]})");
}

} // namespace

TEST_CASE("extract and ingest without front layers or boundaries never load GDAL", "[cli][gdal-module]") {
    const auto dir = test::scratch("gdal_module", "not_loaded");
    write_inputs(dir);
    const std::string a = test::quote((dir / "a.txt").string());
    // The dynamic loader names every library it loads (LD_DEBUG=files).
    const auto plain = run("extract --jsonl " + a, dir, "CLAIMTRACK_BOUNDARIES= CLAIMTRACK_FRONT= LD_DEBUG=files");
    REQUIRE(plain.status == 0);
    CHECK(plain.out.find("Kramatorsk") != std::string::npos);
    CHECK(plain.err.find("libgdal") == std::string::npos);
    CHECK(plain.err.find("libclaimtrack_gdal") == std::string::npos);
    const auto ingest = run("ingest --quiet --db " + test::quote((dir / "c.db").string()) + " " + a, dir,
                            "CLAIMTRACK_BOUNDARIES= CLAIMTRACK_FRONT= LD_DEBUG=files");
    REQUIRE(ingest.status == 0);
    CHECK(ingest.err.find("libgdal") == std::string::npos);

    // With front layers, the module (and GDAL with it) is loaded, and the output is the same as without
    // the module's help for this article (the square holds no namesake of Kramatorsk's).
    const auto front = run("extract --jsonl --front " + test::quote((dir / "layers").string()) + " " + a, dir,
                           "CLAIMTRACK_BOUNDARIES= LD_DEBUG=files");
    REQUIRE(front.status == 0);
    CHECK(front.err.find("libclaimtrack_gdal.so") != std::string::npos);
    CHECK(front.err.find("libgdal") != std::string::npos);
}

TEST_CASE("a missing GDAL module stops only the commands that need it, with exit 6 naming the file",
          "[cli][gdal-module]") {
    const auto dir = test::scratch("gdal_module", "missing");
    write_inputs(dir);
    const std::string a = test::quote((dir / "a.txt").string());
    const std::string missing = (dir / "nowhere" / "libclaimtrack_gdal.so").string();
    const std::string env = "CLAIMTRACK_BOUNDARIES= CLAIMTRACK_FRONT= CLAIMTRACK_GDAL_MODULE=" + test::quote(missing);

    const auto with = run("extract --jsonl " + a, dir, "CLAIMTRACK_BOUNDARIES= CLAIMTRACK_FRONT=");
    const auto without = run("extract --jsonl " + a, dir, env);
    REQUIRE(without.status == 0);
    CHECK(without.out == with.out);
    const std::string db = test::quote((dir / "c.db").string());
    REQUIRE(run("ingest --quiet --db " + db + " " + a, dir, env).status == 0);

    const auto front = run("extract --jsonl --front " + test::quote((dir / "layers").string()) + " " + a, dir, env);
    CHECK(front.status == 6);
    CHECK(front.err.find(missing) != std::string::npos);
    CHECK(front.err.find("GDAL module") != std::string::npos);
    CHECK(front.out.empty());

    const auto out = dir / "claims.geojson";
    const auto exported = run("export --db " + db + " --out " + test::quote(out.string()), dir, env);
    CHECK(exported.status == 6);
    CHECK(exported.err.find(missing) != std::string::npos);
    CHECK_FALSE(test::fs::exists(out));

    // The same commands with the module found: exit 0.
    CHECK(run("export --db " + db + " --out " + test::quote(out.string()), dir,
              "CLAIMTRACK_BOUNDARIES= CLAIMTRACK_FRONT=").status == 0);
    CHECK(test::fs::exists(out));
}
