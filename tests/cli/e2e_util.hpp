#pragma once
// Running the real claimtrack binary from end-to-end tests: a scratch
// directory per test case, the test gazetteer, stdout/stderr captured.
// Paths come from compile definitions (tests/cli/CMakeLists.txt).

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace claimtrack::test {

namespace fs = std::filesystem;

struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Single-quotes `s` for /bin/sh.
inline std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

/// A fresh, empty directory `group/name` under the build tree's test folder.
inline fs::path scratch(const std::string& group, const std::string& name) {
    fs::path dir = fs::path(CLAIMTRACK_TEST_TMP) / group / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

/// Runs the binary with the test gazetteer and waits; output goes to files in
/// `dir`. `prefix` runs it through another command (e.g. setpriv to drop root).
inline RunResult run(const std::string& args, const fs::path& dir, const std::string& prefix = "") {
    const fs::path out = dir / "stdout.txt", err = dir / "stderr.txt";
    const std::string cmd = "CLAIMTRACK_GAZETTEER=" + quote(CLAIMTRACK_TEST_INDEX) + " " + prefix + " " +
                            quote(CLAIMTRACK_BIN) + " " + args + " >" + quote(out.string()) + " 2>" +
                            quote(err.string()) + " </dev/null";
    const int raw = std::system(cmd.c_str());
    RunResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

} // namespace claimtrack::test
