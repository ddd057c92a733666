// LoadError: why a file could not be opened. The UI turns the code into a translated message.
#pragma once

#include <cstdint>
#include <string>

namespace lede::core {

struct LoadError
{
    enum class Code : uint8_t {
        NotFound,          // no such path
        NotAFile,          // a folder
        Unreadable,        // permission or I/O error
        TooLarge,          // over the configured size limit
        Binary,            // NUL bytes or otherwise not text
        UnsupportedFormat, // no loader takes it
        Malformed,         // the format's structure is broken beyond repair
        Cancelled,         // the caller's stop token fired
        Encrypted,         // protected by a password (PDF) or encrypted entries (ZIP)
        NoTextLayer,       // a PDF with pages but no text: scanned images that need text recognition
        SymlinkLoop,       // a symbolic link that leads back to itself (ELOOP)
        Device,            // a device, a pipe (FIFO) or a socket: a stream, not a document
        Stalled,           // a file that sent nothing and did not end for LoadOptions::stallTimeout (/proc/kmsg)
    };
    Code code = Code::Unreadable;
    std::string detail; // English, for logs and lede-cli; never shown in the GUI as is
};

// A short English reason for lede-cli and logs.
const char *loadErrorCodeName(LoadError::Code code);

} // namespace lede::core
