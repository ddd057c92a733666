// TextLoader: plain text files (.txt and any file that decodes as text).
#pragma once

#include "document/DocumentLoader.h"

namespace lede::core {

class TextLoader final : public FormatLoader
{
public:
    SourceFormat format() const override { return SourceFormat::Text; }
    std::vector<std::string> extensions() const override;
    std::vector<std::string> mimeTypes() const override;
    // Low but non-zero for anything text-like: every other loader should win when it recognises the bytes.
    int sniff(std::string_view head) const override;
    Result<Document, LoadError> load(std::string_view bytes, const LoadOptions &options) const override;
};

} // namespace lede::core
