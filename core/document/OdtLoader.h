// OdtLoader: OpenDocument text (.odt) read with libzip and pugixml: headings (text:h and its outline level),
// paragraphs, numbered and bulleted lists, tables (header rows included), notes left out, italic and bold
// text styles and links as inline spans; title, author and dates from meta.xml.
#pragma once

#include "document/DocumentLoader.h"

namespace lede::core {

class OdtLoader final : public FormatLoader
{
public:
    SourceFormat format() const override { return SourceFormat::Odt; }
    std::vector<std::string> extensions() const override;
    std::vector<std::string> mimeTypes() const override;
    int sniff(std::string_view head) const override;
    Result<Document, LoadError> load(std::string_view bytes, const LoadOptions &options) const override;
};

} // namespace lede::core
