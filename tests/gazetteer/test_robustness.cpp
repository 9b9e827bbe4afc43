// Robustness of the gazetteer: geoparse stays linear on long texts, a corrupt
// or foreign index file is refused with GazetteerError (never a crash), and
// concurrent builds of one index do not share a temporary file.

#include "claimtrack/gazetteer/gazetteer.hpp"

#include "index_format.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace claimtrack;
using namespace claimtrack::gazetteer;

namespace {

const fs::path k_data = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "gazetteer";

fs::path temp_path(const std::string& name) {
    return fs::temp_directory_path() / ("claimtrack_robust_" + name + "_" + std::to_string(::getpid()) + ".ctg");
}

fs::path build_mini(const std::string& name) {
    BuildOptions opts;
    opts.dump_dirs = {k_data / "mini"};
    opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
    opts.out = temp_path(name);
    build_index(opts);
    return opts.out;
}

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

template <typename T>
void poke(std::string& bytes, std::size_t at, T value) {
    REQUIRE(at + sizeof value <= bytes.size());
    std::memcpy(bytes.data() + at, &value, sizeof value);
}

/// Opening the bytes throws GazetteerError naming the file.
void check_refused(const std::string& bytes, const std::string& what) {
    INFO(what);
    const fs::path p = temp_path("corrupt");
    write_bytes(p, bytes);
    try {
        (void)Gazetteer::open(p);
        FAIL("a corrupt index was accepted: " << what);
    } catch (const GazetteerError& e) {
        CHECK(std::string(e.what()).find(p.string()) != std::string::npos);
    }
    fs::remove(p);
}

} // namespace

TEST_CASE("geoparse is linear in the length of the text", "[gazetteer]") {
    const fs::path index = build_mini("linear");
    const auto g = Gazetteer::open(index);
    fs::remove(index);
    // Place names, capitalised words that are no place, and lower-case words
    // ("stavok") that the parser asks about for every candidate name.
    const std::string block =
        "Fighting went on near Myrolyubivka in the Kharkiv region, officials said on Monday. "
        "Troops entered Izyum and Bakhmut after a long stavok of artillery fire near the river. "
        "Oleh Syniehubov said shelling hit Pokrovsk, Avdiivka and Vovchansk overnight. "
        "Residents of Kherson reported power cuts; the governor asked people to stay in shelters.\n";
    std::string one;
    while (one.size() < 1'000'000) one += block;
    const std::string two = one + one;
    REQUIRE(two.size() >= 2'000'000);

    const auto t0 = std::chrono::steady_clock::now();
    const auto m1 = g.geoparse(one);
    const auto t1 = std::chrono::steady_clock::now();
    const auto m2 = g.geoparse(two);
    const auto t2 = std::chrono::steady_clock::now();
    REQUIRE(m1.size() > 0);
    // Twice the text, twice the mentions: the names of every block are found.
    CHECK(m2.size() == 2 * m1.size());
    // Informational only (no timing assertion: machines differ).
    WARN("geoparse " << one.size() << " bytes: " << std::chrono::duration<double>(t1 - t0).count() << " s; "
                     << two.size() << " bytes: " << std::chrono::duration<double>(t2 - t1).count() << " s");
}

TEST_CASE("a corrupt index file is refused, never a crash", "[gazetteer]") {
    using detail::Header;
    using detail::KeyRecord;
    using detail::PlaceRecord;
    const fs::path index = build_mini("corrupt-src");
    const std::string good = read_bytes(index);
    fs::remove(index);
    Header h{};
    REQUIRE(good.size() > sizeof h);
    std::memcpy(&h, good.data(), sizeof h);
    REQUIRE(h.n_places > 0);
    REQUIRE(h.n_keys > 0);
    const std::size_t places_at = sizeof h;
    const std::size_t keys_at = places_at + h.n_places * sizeof(PlaceRecord);

    {   // the untouched bytes load
        const fs::path p = temp_path("valid");
        write_bytes(p, good);
        CHECK(Gazetteer::open(p).size() == h.n_places);
        fs::remove(p);
    }
    auto with = [&](auto change) {
        std::string b = good;
        change(b);
        return b;
    };
    SECTION("counts and sizes in the header") {
        check_refused(with([&](std::string& b) { poke<std::uint64_t>(b, offsetof(Header, n_places), h.n_places + 1); }), "n_places + 1");
        check_refused(with([&](std::string& b) { poke<std::uint64_t>(b, offsetof(Header, n_keys), h.n_keys - 1); }), "n_keys - 1");
        check_refused(with([&](std::string& b) { poke<std::uint64_t>(b, offsetof(Header, n_places), std::uint64_t{1} << 60); }), "n_places overflowing");
        check_refused(with([&](std::string& b) { poke<std::uint64_t>(b, offsetof(Header, n_keys), ~std::uint64_t{0} / 16 + 2); }), "n_keys overflowing");
        check_refused(with([&](std::string& b) { poke<std::uint64_t>(b, offsetof(Header, pool_size), ~std::uint64_t{0}); }), "pool_size huge");
        // Sizes that still add up to the file length: places traded for pool bytes.
        check_refused(with([&](std::string& b) {
                          poke<std::uint64_t>(b, offsetof(Header, n_places), h.n_places - 1);
                          poke<std::uint64_t>(b, offsetof(Header, pool_size), h.pool_size + sizeof(PlaceRecord));
                      }), "n_places - 1, pool_size + 72");
        check_refused(with([&](std::string& b) { poke<std::uint32_t>(b, offsetof(Header, table_uk), 0xFFFFFFF0u); }), "table offset");
    }
    SECTION("string-pool offsets of a place") {
        for (std::size_t field : {offsetof(PlaceRecord, name), offsetof(PlaceRecord, admin1), offsetof(PlaceRecord, admin2_code)}) {
            check_refused(with([&](std::string& b) { poke<std::uint32_t>(b, places_at + field, 0xFFFFFFF0u); }), "place offset far out");
            check_refused(with([&](std::string& b) { poke<std::uint32_t>(b, places_at + (h.n_places - 1) * sizeof(PlaceRecord) + field, static_cast<std::uint32_t>(h.pool_size)); }),
                          "place offset one past the pool");
        }
        check_refused(with([&](std::string& b) { poke<std::uint8_t>(b, places_at + offsetof(PlaceRecord, kind), 200); }), "place kind");
    }
    SECTION("key records") {
        check_refused(with([&](std::string& b) { poke<std::uint32_t>(b, keys_at + offsetof(KeyRecord, place), static_cast<std::uint32_t>(h.n_places)); }), "key place = n_places");
        check_refused(with([&](std::string& b) { poke<std::uint32_t>(b, keys_at + (h.n_keys - 1) * sizeof(KeyRecord) + offsetof(KeyRecord, place), 0xFFFFFFFFu); }), "key place far out");
        check_refused(with([&](std::string& b) { poke<std::uint8_t>(b, keys_at + offsetof(KeyRecord, level), 99); }), "key level");
        check_refused(with([&](std::string& b) { poke<std::uint64_t>(b, keys_at + offsetof(KeyRecord, hash), ~std::uint64_t{0}); }), "keys unsorted");
    }
    SECTION("string pool without its final NUL") {
        check_refused(with([&](std::string& b) { b.back() = 'x'; }), "pool end");
    }
    SECTION("truncated files") {
        for (std::size_t n : {std::size_t{0}, std::size_t{7}, sizeof h - 1, sizeof h, keys_at + 3, good.size() / 2, good.size() - 1})
            check_refused(good.substr(0, n), "truncated to " + std::to_string(n) + " bytes");
    }
    SECTION("random bytes, with and without the magic") {
        std::mt19937_64 rng(20240601);
        for (int round = 0; round < 50; ++round) {
            std::string b(64 + rng() % 4096, '\0');
            for (auto& c : b) c = static_cast<char>(rng());
            check_refused(b, "random bytes");
            std::memcpy(b.data(), detail::k_magic, sizeof detail::k_magic);
            check_refused(b, "magic then random bytes");
        }
        // Random bytes over a valid index, past the header: refused or loaded, never a crash.
        for (int round = 0; round < 200; ++round) {
            std::string b = good;
            for (int k = 0; k < 8; ++k) b[sizeof h + rng() % (b.size() - sizeof h)] = static_cast<char>(rng());
            const fs::path p = temp_path("flipped");
            write_bytes(p, b);
            try {
                const auto g = Gazetteer::open(p);
                (void)g.lookup("Kharkiv");
                (void)g.geoparse("Fighting near Izyum and Kherson.");
            } catch (const Error&) {
            }
            fs::remove(p);
        }
    }
}

TEST_CASE("concurrent builds of one index write separate temporary files", "[gazetteer]") {
    const fs::path dir = fs::temp_directory_path() / ("claimtrack_robust_concurrent_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path out = dir / "gazetteer.ctg";
    std::vector<std::thread> threads;
    std::vector<std::string> errors(4);
    for (std::size_t i = 0; i < errors.size(); ++i)
        threads.emplace_back([&, i] {
            try {
                BuildOptions opts;
                opts.dump_dirs = {k_data / "mini"};
                opts.geodata_dir = CLAIMTRACK_GEODATA_DIR;
                opts.out = out;
                build_index(opts);
            } catch (const std::exception& e) {
                errors[i] = e.what();
            }
        });
    for (auto& t : threads) t.join();
    for (const auto& e : errors) CHECK(e.empty());
    CHECK(Gazetteer::open(out).size() > 0);
    // The index and the record of its sources (index_sources_file), no temporary left behind.
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        ++files;
        const auto name = entry.path().filename();
        CHECK((name == "gazetteer.ctg" || name == "gazetteer.ctg.sources"));
    }
    CHECK(files == 2);
    const auto sources = read_index_sources(out);
    REQUIRE(sources);
    CHECK(sources->dump_dirs == std::vector<fs::path>{fs::absolute(k_data / "mini").lexically_normal()});
    fs::remove_all(dir);
}

TEST_CASE("boundary files as a ':'-separated list, and open() ignores the environment", "[gazetteer][boundaries]") {
    ::setenv("CLAIMTRACK_BOUNDARIES", (k_data / "odesa_over_vysokopillya.geojson").c_str(), 1);
    const fs::path index = build_mini("boundary-list");
    auto g = Gazetteer::open(index);
    ::unsetenv("CLAIMTRACK_BOUNDARIES");
    fs::remove(index);
    CHECK_FALSE(g.has_boundaries());
    CHECK_THROWS_AS(g.use_boundary_list((k_data / "no-such-file.geojson").string()), GazetteerError);
    const std::string list = (k_data / "odesa_over_vysokopillya.geojson").string() + ":" +
                             (fs::path(CLAIMTRACK_TEST_DATA_DIR) / "geo" / "two_oblasts.geojson").string();
    g.use_boundary_list(list);
    REQUIRE(g.has_boundaries());
    CHECK(g.boundary_at({33.5, 47.5}) == "Odesa Oblast");      // the first file
    CHECK(g.boundary_at({30.0, 46.0}) == "Odesa Oblast");      // only in the second file
    CHECK(g.boundary_at({32.615, 46.637}) == "Kherson Oblast"); // the city of Kherson
}
