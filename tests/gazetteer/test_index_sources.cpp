// The record of an index's inputs beside it (`<index>.sources`): written by build_index with
// absolute paths, read back tolerantly (comments, CRLF, unknown keys), absent or empty → nullopt.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace claimtrack::gazetteer;

namespace {

const fs::path k_mini = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "gazetteer" / "mini";

fs::path scratch_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("claimtrack_sources_" + name + "_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void write(const fs::path& file, const std::string& content) { std::ofstream(file, std::ios::binary) << content; }

} // namespace

TEST_CASE("index sources: build_index records the dumps and the front-line layers beside the index",
          "[gazetteer][index-sources]") {
    const fs::path dir = scratch_dir("build");
    BuildOptions opts;
    opts.dump_dirs = {k_mini};
    opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
    opts.out = dir / "g.ctg";
    SECTION("without front-line layers") {
        build_index(opts);
        CHECK(index_sources_file(opts.out) == dir / "g.ctg.sources");
        const auto s = read_index_sources(opts.out);
        REQUIRE(s);
        CHECK(s->dump_dirs == std::vector<fs::path>{fs::absolute(k_mini).lexically_normal()});
        CHECK(s->front_dir.empty());
    }
    SECTION("a relative dump path is recorded as an absolute one") {
        opts.dump_dirs = {fs::relative(k_mini, fs::current_path())};
        REQUIRE(opts.dump_dirs[0].is_relative());
        build_index(opts);
        const auto s = read_index_sources(opts.out);
        REQUIRE(s);
        REQUIRE(s->dump_dirs.size() == 1);
        CHECK(s->dump_dirs[0].is_absolute());
        CHECK(fs::equivalent(s->dump_dirs[0], k_mini));
    }
    SECTION("a rebuild with other inputs replaces the record") {
        build_index(opts);
        const fs::path second = dir / "mini-copy";
        fs::copy(k_mini, second);
        opts.dump_dirs = {second};
        build_index(opts);
        const auto s = read_index_sources(opts.out);
        REQUIRE(s);
        CHECK(s->dump_dirs == std::vector<fs::path>{fs::absolute(second).lexically_normal()});
    }
    fs::remove_all(dir);
}

TEST_CASE("index sources: the record is read tolerantly and refused when it names no dump",
          "[gazetteer][index-sources]") {
    const fs::path dir = scratch_dir("read");
    const fs::path index = dir / "g.ctg";
    SECTION("no record") { CHECK_FALSE(read_index_sources(index)); }
    SECTION("comments, CRLF line ends and keys of a later claimtrack") {
        write(index_sources_file(index), "# a comment\r\ndump\t/data/geonames-ua\r\nchecksum\tabc\r\n"
                                         "dump\t/data/geonames-ru-border\r\nfront\t/data/front weekly\r\n");
        const auto s = read_index_sources(index);
        REQUIRE(s);
        CHECK(s->dump_dirs == std::vector<fs::path>{"/data/geonames-ua", "/data/geonames-ru-border"});
        CHECK(s->front_dir == "/data/front weekly");
    }
    SECTION("only a front-line directory, or lines without a tab, or an empty value: no usable record") {
        for (const char* content : {"front\t/data/front\n", "dump /data/geonames-ua\n", "dump\t\n", ""}) {
            write(index_sources_file(index), content);
            CHECK_FALSE(read_index_sources(index));
        }
    }
    SECTION("binary junk is no record") {
        write(index_sources_file(index), std::string("\x00\xff\x01\tdump", 8));
        CHECK_FALSE(read_index_sources(index));
    }
    fs::remove_all(dir);
}
