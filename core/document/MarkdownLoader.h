// MarkdownLoader: Markdown files (.md, .markdown) parsed with md4c (CommonMark plus GitHub tables,
// strikethrough and autolinks) into headings, paragraphs, list items, block quotes and code blocks,
// with emphasis, strong, code and links as inline spans.
#pragma once

#include "document/DocumentLoader.h"

namespace lede::core {

class MarkdownLoader final : public FormatLoader
{
public:
    SourceFormat format() const override { return SourceFormat::Markdown; }
    std::vector<std::string> extensions() const override;
    std::vector<std::string> mimeTypes() const override;
    // Front matter or an ATX heading on the first line; files without an extension are otherwise text.
    int sniff(std::string_view head) const override;
    Result<Document, LoadError> load(std::string_view bytes, const LoadOptions &options) const override;
};

} // namespace lede::core
