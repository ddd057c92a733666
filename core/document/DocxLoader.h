// DocxLoader: Word documents (.docx, Office Open XML) read with libzip and pugixml: headings (Heading 1–6 styles
// or outline levels), paragraphs, numbered and bulleted lists, tables, quotes and captions, with emphasis,
// strong and links as inline spans; title, author and dates from the core properties.
#pragma once

#include "document/DocumentLoader.h"

namespace lede::core {

class DocxLoader final : public FormatLoader
{
public:
    SourceFormat format() const override { return SourceFormat::Docx; }
    std::vector<std::string> extensions() const override;
    std::vector<std::string> mimeTypes() const override;
    int sniff(std::string_view head) const override;
    Result<Document, LoadError> load(std::string_view bytes, const LoadOptions &options) const override;
};

} // namespace lede::core
