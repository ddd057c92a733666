// EpubLoader: EPUB books (.epub): META-INF/container.xml names the package (OPF), whose spine gives the
// chapters in reading order; each XHTML chapter goes through htmlToDocument (the web-page path, without
// main-content extraction) and begins with a level-1 heading, its title from the table of contents, the
// chapter's own first heading or its <title>. Title, author, date and language come from the OPF metadata.
#pragma once

#include "document/DocumentLoader.h"

namespace lede::core {

class EpubLoader final : public FormatLoader
{
public:
    SourceFormat format() const override { return SourceFormat::Epub; }
    std::vector<std::string> extensions() const override;
    std::vector<std::string> mimeTypes() const override;
    int sniff(std::string_view head) const override;
    Result<Document, LoadError> load(std::string_view bytes, const LoadOptions &options) const override;
};

} // namespace lede::core
