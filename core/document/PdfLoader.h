// PdfLoader: PDF files read with poppler's C++ binding (no Qt): the words of each page in reading order,
// rebuilt into lines and paragraphs by position (line spacing, indentation, short last lines), headings by
// font size, bullets as list items, hyphenation at line ends repaired, running headers, footers and page
// numbers removed when they repeat across pages; title, author and date from the document information.
#pragma once

#include "document/DocumentLoader.h"

namespace lede::core {

class PdfLoader final : public FormatLoader
{
public:
    SourceFormat format() const override { return SourceFormat::Pdf; }
    std::vector<std::string> extensions() const override;
    std::vector<std::string> mimeTypes() const override;
    int sniff(std::string_view head) const override;
    // Encrypted for a password-protected file, NoTextLayer for pages without text (a scan), Malformed when
    // poppler cannot read it.
    Result<Document, LoadError> load(std::string_view bytes, const LoadOptions &options) const override;
};

// "D:20240315093000+01'00'" (a PDF date) as "2024-03-15"; "" when it is not a full valid date.
std::string isoDateOfPdfDate(std::string_view pdfDate);

} // namespace lede::core
