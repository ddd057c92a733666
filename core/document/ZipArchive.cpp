// ZipArchive: libzip over a memory buffer. Every limit is checked on the central directory before the first
// byte is inflated, and reads never trust a size beyond what the directory declared.
#include "document/ZipArchive.h"

#include <algorithm>
#include <vector>

#include <zip.h>

namespace lede::core {

namespace {

LoadError malformed(std::string detail)
{
    return {LoadError::Code::Malformed, std::move(detail)};
}

// Names that could point outside the archive if anyone ever wrote them to disk; also never what a document
// format refers to, so leaving them out loses nothing.
bool isSafeName(std::string_view name)
{
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos
        || name.find('\0') != std::string_view::npos)
        return false;
    if (name.size() >= 2 && name[1] == ':') // "C:..."
        return false;
    size_t start = 0;
    while (start <= name.size()) {
        const size_t slash = name.find('/', start);
        const std::string_view part = name.substr(start, slash == std::string_view::npos ? name.npos : slash - start);
        if (part == "..")
            return false;
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

struct ZipArchive::Impl
{
    zip_t *zip = nullptr;
    uint64_t maxEntryBytes = 0;
    std::unordered_map<std::string, zip_uint64_t> entries; // safe names only
    ~Impl()
    {
        if (zip)
            zip_discard(zip);
    }
};

ZipArchive::~ZipArchive() = default;

Result<std::unique_ptr<ZipArchive>, LoadError> ZipArchive::open(std::string_view bytes, const ZipLimits &limits)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return malformed("the ZIP archive cannot be read");
    }
    zip_t *zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!zip) {
        const std::string why = zip_error_strerror(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        return malformed("not a valid ZIP archive (" + why + ")");
    }
    zip_error_fini(&error);

    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_impl = std::make_unique<Impl>();
    archive->m_impl->zip = zip;
    archive->m_impl->maxEntryBytes = limits.maxEntryBytes;

    const zip_int64_t count = zip_get_num_entries(zip, 0);
    if (count < 0)
        return malformed("the ZIP archive's directory cannot be read");
    if (static_cast<uint64_t>(count) > limits.maxEntries)
        return malformed("the ZIP archive has " + std::to_string(count) + " entries, over the limit of "
                         + std::to_string(limits.maxEntries));
    uint64_t total = 0;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            return malformed("entry " + std::to_string(i) + " of the ZIP archive cannot be read");
        const std::string name = st.name;
        const uint64_t size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
        const uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
        total += size;
        if (size > limits.maxTotalBytes || total > limits.maxTotalBytes)
            return malformed("the ZIP archive would inflate to more than " + std::to_string(limits.maxTotalBytes >> 20)
                             + " MB (a zip bomb?)");
        if (size > limits.ratioFloorBytes && size / std::max<uint64_t>(compressed, 1) > limits.maxRatio)
            return malformed("the ZIP entry " + name + " is compressed "
                             + std::to_string(size / std::max<uint64_t>(compressed, 1)) + " to 1, over the limit of "
                             + std::to_string(limits.maxRatio) + " (a zip bomb?)");
        // A stored entry's two sizes are one size; libzip 1.7 misreads entries where they differ.
        if ((st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_STORE && size != compressed)
            return malformed("the ZIP entry " + name + " declares two different sizes");
        if (compressed > bytes.size())
            return malformed("the ZIP entry " + name + " is larger than the archive");
        if (isSafeName(name))
            archive->m_impl->entries.emplace(name, i);
    }
    return archive;
}

bool ZipArchive::contains(const std::string &name) const
{
    return m_impl->entries.count(name) > 0;
}

Result<std::string, LoadError> ZipArchive::read(const std::string &name) const
{
    const auto it = m_impl->entries.find(name);
    if (it == m_impl->entries.end())
        return malformed("the ZIP archive has no " + name);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_impl->zip, it->second, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return malformed(name + " cannot be read");
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return LoadError{LoadError::Code::Encrypted, name + " is encrypted"};
    if (st.size > m_impl->maxEntryBytes)
        return malformed(name + " is " + std::to_string(st.size) + " bytes, over the limit of "
                         + std::to_string(m_impl->maxEntryBytes));
    zip_file_t *file = zip_fopen_index(m_impl->zip, it->second, 0);
    if (!file)
        return malformed(name + " cannot be opened (" + zip_strerror(m_impl->zip) + ")");
    std::string out(static_cast<size_t>(st.size), '\0');
    // One byte more than declared: an entry whose data runs past its declared size is damaged or hostile.
    size_t got = 0;
    bool failed = false;
    for (;;) {
        char probe;
        char *dest = got < out.size() ? out.data() + got : &probe;
        const zip_uint64_t want = got < out.size() ? out.size() - got : 1;
        const zip_int64_t n = zip_fread(file, dest, want);
        if (n < 0) {
            failed = true;
            break;
        }
        if (n == 0)
            break;
        if (got >= out.size()) {
            failed = true;
            break;
        }
        got += static_cast<size_t>(n);
    }
    zip_fclose(file);
    if (failed || got != out.size())
        return malformed(name + " is damaged (its data does not match the archive's directory)");
    return out;
}

std::string resolveArchivePath(std::string_view baseDir, std::string_view href)
{
    // Drop the fragment and the query; decode %XX.
    href = href.substr(0, href.find_first_of("#?"));
    std::string decoded;
    for (size_t i = 0; i < href.size(); ++i) {
        if (href[i] == '%' && i + 2 < href.size() && hexValue(href[i + 1]) >= 0 && hexValue(href[i + 2]) >= 0) {
            decoded.push_back(static_cast<char>(hexValue(href[i + 1]) * 16 + hexValue(href[i + 2])));
            i += 2;
        } else {
            decoded.push_back(href[i]);
        }
    }
    if (decoded.empty() || decoded.find(':') != std::string::npos) // empty, or a URL with a scheme
        return {};
    std::string joined = decoded.front() == '/' ? decoded.substr(1) : std::string(baseDir) + decoded;
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= joined.size()) {
        size_t slash = joined.find('/', start);
        if (slash == std::string::npos)
            slash = joined.size();
        const std::string part = joined.substr(start, slash - start);
        if (part == "..") {
            if (parts.empty())
                return {}; // climbs out of the archive
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = slash + 1;
    }
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : "/") + p;
    return out;
}

std::string archiveDirOf(std::string_view name)
{
    const size_t slash = name.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(name.substr(0, slash + 1));
}

} // namespace lede::core
