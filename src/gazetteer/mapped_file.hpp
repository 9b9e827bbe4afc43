#pragma once
// Private: a file mapped read-only into memory (mmap/munmap, RAII).

#include <cstddef>
#include <filesystem>

namespace claimtrack::gazetteer::detail {

/// The whole of a regular file, mapped read-only and shared: its pages come
/// from the page cache as they are touched, with no copy and no parsing.
/// `gazetteer build` replaces an index by renaming a new file over it, so a
/// mapped index never changes under its readers.
class MappedFile {
public:
    /// \throws GazetteerError naming the file when it cannot be opened, is
    /// not a regular file, or cannot be mapped. An empty file maps to no bytes.
    explicit MappedFile(const std::filesystem::path& file);
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const char* data() const { return static_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }

private:
    void* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace claimtrack::gazetteer::detail
