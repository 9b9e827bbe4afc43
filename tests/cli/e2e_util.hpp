#pragma once
// Running the real claimtrack binary from end-to-end tests: a scratch
// directory per test case, the test gazetteer, stdout/stderr captured.
// Paths come from compile definitions (tests/cli/CMakeLists.txt).

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

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

/// A claimtrack process running in the background, its output in files
/// named after `name` in `dir`. Killed and reaped on destruction if still running.
class Process {
public:
    Process(const std::vector<std::string>& args, const fs::path& dir, const std::string& name)
        : m_out(dir / (name + ".out")), m_err(dir / (name + ".err")) {
        m_pid = ::fork();
        if (m_pid < 0) throw std::runtime_error("fork failed");
        if (m_pid == 0) exec_child(args);
    }
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;
    ~Process() {
        if (m_pid > 0 && !m_status) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }

    /// True while the process has not exited (reaps it when it has).
    bool running() {
        if (m_status) return false;
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) m_status = status;
        return !m_status;
    }
    void kill_hard() { ::kill(m_pid, SIGKILL); }
    void terminate() { ::kill(m_pid, SIGTERM); }
    pid_t pid() const { return m_pid; }
    const fs::path& out_path() const { return m_out; }
    std::string out() const { return slurp(m_out); }
    /// Waits for the exit; the raw waitpid status.
    int wait() {
        if (!m_status) {
            int status = 0;
            ::waitpid(m_pid, &status, 0);
            m_status = status;
        }
        return *m_status;
    }
    std::string err() const { return slurp(m_err); }

private:
    [[noreturn]] void exec_child(const std::vector<std::string>& args) const {
        const int out = ::open(m_out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(m_err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int in = ::open("/dev/null", O_RDONLY);
        if (out < 0 || err < 0 || in < 0) ::_exit(127);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        ::setenv("CLAIMTRACK_GAZETTEER", CLAIMTRACK_TEST_INDEX, 1);
        std::vector<char*> argv;
        std::string bin = CLAIMTRACK_BIN;
        argv.push_back(bin.data());
        std::vector<std::string> copy = args;
        for (auto& a : copy) argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(CLAIMTRACK_BIN, argv.data());
        ::_exit(127);
    }

    fs::path m_out, m_err;
    pid_t m_pid = -1;
    std::optional<int> m_status;
};

} // namespace claimtrack::test
