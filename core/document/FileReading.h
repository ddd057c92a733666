// FileReading: the checks and the read behind loadDocument, safe for paths that are not ordinary files.
// Folders, devices, pipes and sockets are refused before they are opened (opening a FIFO blocks until a
// writer comes); a symbolic link loop is named as such. A "regular" file that never ends (/proc/kmsg) is
// read without blocking, bounded by the size limit and by a stall timeout, so no path can hang a caller.
#pragma once

#include "common/Result.h"
#include "document/DocumentLoader.h"
#include "document/LoadError.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace lede::core {

// Why `path` cannot be read as a document (NotFound, SymlinkLoop, NotAFile, Device, Unreadable), or nullopt.
std::optional<LoadError> checkDocumentPath(const std::filesystem::path &path);

// The bytes of the regular file at `path`, at most options.maxFileBytes (TooLarge beyond).
Result<std::string, LoadError> readDocumentFile(const std::filesystem::path &path, const LoadOptions &options);

// The read loop over an open descriptor (set non-blocking here): until end of file, the size limit, the
// stall timeout or the stop token. `name` is for the error details; `sizeHint` reserves memory.
Result<std::string, LoadError> readDescriptor(int fd, const std::string &name, uint64_t sizeHint,
                                              const LoadOptions &options);

} // namespace lede::core
