// ZipArchive: a read-only view of a ZIP file in memory (DOCX, ODT, EPUB) that is checked before anything is
// inflated: entry count, declared sizes and compression ratios (zip bombs), and entry names (path traversal).
#pragma once

#include "common/Result.h"
#include "document/LoadError.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lede::core {

struct ZipLimits
{
    uint64_t maxEntries = 20000;
    uint64_t maxTotalBytes = 1ull << 30;  // the sum of the declared uncompressed sizes of all entries
    uint64_t maxEntryBytes = 64ull << 20; // an entry we inflate (XML, XHTML) may not be larger
    uint64_t maxRatio = 200;              // uncompressed / compressed, for entries over ratioFloorBytes
    uint64_t ratioFloorBytes = 1ull << 20;
};

class ZipArchive final
{
public:
    // Reads the central directory only. Refuses (Malformed) an archive over a limit or one that is not a ZIP.
    // Entries whose names are absolute or climb out of the archive ("../") are left out, as if absent.
    // The archive reads `bytes` in place, so they must outlive it; a temporary string is refused at compile time.
    static Result<std::unique_ptr<ZipArchive>, LoadError> open(std::string_view bytes, const ZipLimits &limits = {});
    static Result<std::unique_ptr<ZipArchive>, LoadError> open(std::string &&bytes,
                                                               const ZipLimits &limits = {}) = delete;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool contains(const std::string &name) const;
    // The entry's bytes. Missing entries, encrypted or damaged ones and entries over maxEntryBytes are Malformed,
    // with the entry's name in the detail. Inflation stops at the declared size, whatever the data claims.
    Result<std::string, LoadError> read(const std::string &name) const;

private:
    ZipArchive() = default;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Resolves `href` (a relative reference inside the archive, percent-encoded as in EPUB and OOXML) against
// the folder `baseDir` ("" or "OEBPS/"). Returns "" when the result would leave the archive.
std::string resolveArchivePath(std::string_view baseDir, std::string_view href);

// The folder part of an entry name including its '/', e.g. "OEBPS/" for "OEBPS/content.opf".
std::string archiveDirOf(std::string_view name);

} // namespace lede::core
