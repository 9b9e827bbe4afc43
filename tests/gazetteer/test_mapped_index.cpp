// The index file is mapped, not read: the mapping wrapper, and an open index
// that outlives its file being replaced or removed.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "mapped_file.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace claimtrack;
using namespace claimtrack::gazetteer;

namespace {

fs::path temp_path(const std::string& name) {
    return fs::temp_directory_path() / ("claimtrack_mapped_" + name + "_" + std::to_string(::getpid()));
}

void write_bytes(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// GazetteerError whose message names `p`.
template <class F>
void check_error_names(const fs::path& p, F f) {
    try {
        f();
        FAIL("no error for " << p);
    } catch (const GazetteerError& e) {
        CHECK(std::string(e.what()).find(p.string()) != std::string::npos);
    }
}

fs::path build_mini(const fs::path& out) {
    BuildOptions opts;
    opts.dump_dirs = {fs::path(CLAIMTRACK_TEST_DATA_DIR) / "gazetteer" / "mini"};
    opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
    opts.out = out;
    build_index(opts);
    return out;
}

} // namespace

TEST_CASE("a mapped file shows the file's bytes, and moves", "[gazetteer]") {
    const fs::path p = temp_path("bytes");
    std::string bytes = "header\0with a NUL, and more";
    bytes += std::string(10000, 'x'); // past one page
    write_bytes(p, bytes);
    detail::MappedFile m(p);
    REQUIRE(m.size() == bytes.size());
    CHECK(std::memcmp(m.data(), bytes.data(), bytes.size()) == 0);
    detail::MappedFile moved(std::move(m));
    CHECK(m.size() == 0);
    CHECK(m.data() == nullptr);
    REQUIRE(moved.size() == bytes.size());
    CHECK(moved.data()[bytes.size() - 1] == 'x');
    // Removing the file leaves the mapping readable.
    fs::remove(p);
    CHECK(std::memcmp(moved.data(), bytes.data(), bytes.size()) == 0);

    const fs::path empty = temp_path("empty");
    write_bytes(empty, "");
    detail::MappedFile none(empty);
    CHECK(none.size() == 0);
    moved = std::move(none);
    CHECK(moved.size() == 0);
    fs::remove(empty);
}

TEST_CASE("a missing file, a directory or an empty file is refused as an index, naming it", "[gazetteer]") {
    const fs::path missing = temp_path("missing.ctg");
    check_error_names(missing, [&] { detail::MappedFile m(missing); });
    check_error_names(missing, [&] { (void)Gazetteer::open(missing); });

    const fs::path dir = temp_path("dir.ctg");
    fs::create_directories(dir);
    check_error_names(dir, [&] { detail::MappedFile m(dir); });
    check_error_names(dir, [&] { (void)Gazetteer::open(dir); });
    fs::remove(dir);

    const fs::path empty = temp_path("empty.ctg");
    write_bytes(empty, "");
    check_error_names(empty, [&] { (void)Gazetteer::open(empty); });
    fs::remove(empty);
}

TEST_CASE("an open index keeps answering when its file is rebuilt over or removed", "[gazetteer]") {
    const fs::path p = build_mini(temp_path("rebuilt.ctg"));
    const auto g = Gazetteer::open(p);
    const std::string text = "Shelling hit Bakhmut and Avdiivka overnight, officials in the Donetsk region said.";
    const auto before = g.geoparse(text);
    REQUIRE(!before.empty());
    // `gazetteer build` writes a new file and renames it over the old one:
    // the mapping keeps the old file's pages.
    build_mini(p);
    const auto after_rebuild = g.geoparse(text);
    fs::remove(p);
    const auto after_remove = g.geoparse(text);
    REQUIRE(after_rebuild.size() == before.size());
    REQUIRE(after_remove.size() == before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        CHECK(after_rebuild[i].place.id == before[i].place.id);
        CHECK(after_remove[i].place.id == before[i].place.id);
        CHECK(after_remove[i].surface == before[i].surface);
    }
}
