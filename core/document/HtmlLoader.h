// HtmlLoader: saved web pages (.html, .htm, .xhtml). Finds the character encoding (BOM, <meta charset> or
// http-equiv, else detection), then reads the article and its metadata through htmlToDocument.
#pragma once

#include "document/DocumentLoader.h"

namespace lede::core {

class HtmlLoader final : public FormatLoader
{
public:
    SourceFormat format() const override { return SourceFormat::Html; }
    std::vector<std::string> extensions() const override;
    std::vector<std::string> mimeTypes() const override;
    // A doctype, <html>, <head> or <body> near the start (after a BOM, whitespace and comments).
    int sniff(std::string_view head) const override;
    Result<Document, LoadError> load(std::string_view bytes, const LoadOptions &options) const override;
};

// The charset a page declares in its first 4 KiB (<meta charset> or http-equiv Content-Type), as written;
// empty when none. Found with the HTML parser, not by matching text.
std::string declaredHtmlCharset(std::string_view bytes);

} // namespace lede::core
