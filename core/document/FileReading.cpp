// FileReading: path checks and a bounded, non-blocking read (POSIX).
#include "document/FileReading.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lede::core {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr size_t kStopCheckBytes = 1 << 20;
// Waiting for a live file is done in slices this long, so a stop request is seen promptly.
constexpr int kPollSliceMs = 100;

LoadError error(LoadError::Code code, std::string detail)
{
    return {code, std::move(detail)};
}

LoadError fromErrno(int err, const std::string &name)
{
    const std::string detail = name + ": " + std::strerror(err);
    switch (err) {
    case ENOENT:
    case ENOTDIR: return error(LoadError::Code::NotFound, detail);
    case ELOOP: return error(LoadError::Code::SymlinkLoop, detail);
    case EISDIR: return error(LoadError::Code::NotAFile, detail);
    default: return error(LoadError::Code::Unreadable, detail);
    }
}

std::optional<LoadError> checkType(mode_t mode, const std::string &name)
{
    if (S_ISREG(mode))
        return std::nullopt;
    if (S_ISDIR(mode))
        return error(LoadError::Code::NotAFile, name + " is a folder");
    // Character and block devices, FIFOs, sockets: streams that may never end or may block on open.
    return error(LoadError::Code::Device, name + " is not a regular file (a device, pipe or socket)");
}

struct Descriptor
{
    int fd = -1;
    explicit Descriptor(int d) : fd(d) {}
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
};

} // namespace

std::optional<LoadError> checkDocumentPath(const fs::path &path)
{
    struct stat st
    {};
    if (::stat(path.c_str(), &st) != 0)
        return fromErrno(errno, path.string());
    return checkType(st.st_mode, path.string());
}

Result<std::string, LoadError> readDocumentFile(const fs::path &path, const LoadOptions &options)
{
    if (auto refused = checkDocumentPath(path))
        return *refused;
    // O_NONBLOCK: should the path become a FIFO after the check, opening it does not wait for a writer, and a
    // live file (/proc/kmsg) answers "no data yet" instead of blocking. Regular files ignore the flag.
    const Descriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (file.fd < 0)
        return fromErrno(errno, path.string());
    struct stat st
    {};
    if (::fstat(file.fd, &st) != 0)
        return fromErrno(errno, path.string());
    if (auto refused = checkType(st.st_mode, path.string()))
        return *refused; // the path changed between the check and the open
    // Refuse before reading a byte: the size limit exists so that huge files cost nothing.
    const auto size = static_cast<uint64_t>(std::max<off_t>(st.st_size, 0));
    if (size > options.maxFileBytes || size > static_cast<uint64_t>(INT32_MAX))
        return error(LoadError::Code::TooLarge,
                     path.string() + ": " + std::to_string(size) + " bytes is over the limit of "
                         + std::to_string(options.maxFileBytes));
    return readDescriptor(file.fd, path.string(), size, options);
}

Result<std::string, LoadError> readDescriptor(int fd, const std::string &name, uint64_t sizeHint,
                                              const LoadOptions &options)
{
    if (const int flags = ::fcntl(fd, F_GETFL); flags >= 0 && !(flags & O_NONBLOCK))
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    std::string bytes;
    bytes.reserve(static_cast<size_t>(std::min<uint64_t>(sizeHint, options.maxFileBytes)));
    char buffer[64 * 1024];
    size_t sinceStopCheck = 0;
    Clock::time_point lastData = Clock::now();
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            bytes.append(buffer, static_cast<size_t>(n));
            // The file grew, or it reports no size (/proc) and keeps sending.
            if (bytes.size() > options.maxFileBytes)
                return error(LoadError::Code::TooLarge, name + " is over the size limit");
            lastData = Clock::now();
            sinceStopCheck += static_cast<size_t>(n);
            if (sinceStopCheck >= kStopCheckBytes) {
                sinceStopCheck = 0;
                if (options.stop.stopRequested())
                    return error(LoadError::Code::Cancelled, "loading was cancelled");
            }
            continue;
        }
        if (n == 0)
            return bytes;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return fromErrno(errno, name);
        // Only a live file gets here: it has no data now and has not ended. Wait for more, within bounds.
        const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - lastData);
        if (waited >= options.stallTimeout)
            return error(LoadError::Code::Stalled,
                         name + ": no data and no end after " + std::to_string(waited.count()) + " ms");
        pollfd p{fd, POLLIN, 0};
        const auto left = static_cast<long long>((options.stallTimeout - waited).count());
        ::poll(&p, 1, static_cast<int>(std::min<long long>(left, kPollSliceMs)));
        if (options.stop.stopRequested())
            return error(LoadError::Code::Cancelled, "loading was cancelled");
    }
}

} // namespace lede::core
