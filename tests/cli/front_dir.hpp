#pragma once
// The shared DeepStateMap weekly layers for end-to-end tests
// (CLAIMTRACK_TEST_FRONT, set by scripts/test.sh and .ci/run; else the
// directory beside CLAIMTRACK_GEONAMES), or a failed test saying where they
// were looked for. Include after catch.hpp.

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace claimtrack::test {

inline std::string front_dir() {
    std::vector<std::string> tried;
    if (const char* v = std::getenv("CLAIMTRACK_TEST_FRONT"); v && *v) tried.push_back(v);
    if (const char* g = std::getenv("CLAIMTRACK_GEONAMES"); g && *g)
        tried.push_back((std::filesystem::path(g) / ".." / "deepstate-occupied-weekly").string());
    for (const auto& dir : tried)
        if (std::filesystem::is_directory(dir)) return dir;
    FAIL("the DeepStateMap weekly layers are missing: set CLAIMTRACK_TEST_FRONT to "
         "../shared/geodata-raw/deepstate-occupied-weekly (scripts/test.sh and .ci/run do)");
    return {};
}

} // namespace claimtrack::test
