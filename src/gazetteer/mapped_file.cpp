#include "mapped_file.hpp"

#include "claimtrack/gazetteer/gazetteer.hpp"

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimtrack::gazetteer::detail {

namespace {
/// A file descriptor, closed on scope exit (the mapping outlives it).
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};
} // namespace

MappedFile::MappedFile(const std::filesystem::path& file) {
    const auto fail = [&](const char* what) {
        return GazetteerError(std::string(what) + " gazetteer index '" + file.string() + "': " + std::strerror(errno));
    };
    const Descriptor d{::open(file.c_str(), O_RDONLY | O_CLOEXEC)};
    if (d.fd < 0) throw fail("cannot open");
    struct stat st{};
    if (::fstat(d.fd, &st) != 0) throw fail("cannot stat");
    if (!S_ISREG(st.st_mode)) {
        errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
        throw fail("cannot read");
    }
    m_size = static_cast<std::size_t>(st.st_size);
    if (m_size == 0) return; // mmap refuses empty lengths; the format checks report the file as too short
    m_data = ::mmap(nullptr, m_size, PROT_READ, MAP_SHARED, d.fd, 0);
    if (m_data == MAP_FAILED) {
        m_data = nullptr;
        m_size = 0;
        throw fail("cannot map");
    }
}

MappedFile::~MappedFile() {
    if (m_data) ::munmap(m_data, m_size);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        if (m_data) ::munmap(m_data, m_size);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

} // namespace claimtrack::gazetteer::detail
