#include "document/Document.h"
#include "document/LoadError.h"

namespace lede::core {

const char *formatName(SourceFormat f)
{
    switch (f) {
    case SourceFormat::Text: return "text";
    case SourceFormat::Markdown: return "markdown";
    case SourceFormat::Html: return "html";
    case SourceFormat::Pdf: return "pdf";
    case SourceFormat::Epub: return "epub";
    case SourceFormat::Docx: return "docx";
    case SourceFormat::Odt: return "odt";
    }
    return "text";
}

const char *loadErrorCodeName(LoadError::Code code)
{
    switch (code) {
    case LoadError::Code::NotFound: return "no such file";
    case LoadError::Code::NotAFile: return "is a folder";
    case LoadError::Code::Unreadable: return "cannot be read";
    case LoadError::Code::TooLarge: return "file too large";
    case LoadError::Code::Binary: return "binary file, not text";
    case LoadError::Code::UnsupportedFormat: return "unsupported format";
    case LoadError::Code::Malformed: return "malformed file";
    case LoadError::Code::Cancelled: return "cancelled";
    case LoadError::Code::Encrypted: return "encrypted or password-protected";
    case LoadError::Code::NoTextLayer: return "no text layer (a scanned document?)";
    case LoadError::Code::SymlinkLoop: return "symbolic link loop";
    case LoadError::Code::Device: return "a device or pipe, not a file";
    case LoadError::Code::Stalled: return "the file sends no data and does not end";
    }
    return "cannot be read";
}

} // namespace lede::core
