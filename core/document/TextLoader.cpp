// TextLoader: decodes the bytes, then lays out paragraphs (see PlainTextLayout).
#include "document/TextLoader.h"

#include "document/PlainTextLayout.h"
#include "document/TextDecoder.h"

namespace lede::core {

std::vector<std::string> TextLoader::extensions() const { return {"txt", "text"}; }

std::vector<std::string> TextLoader::mimeTypes() const { return {"text/plain"}; }

int TextLoader::sniff(std::string_view head) const { return looksLikeText(head) ? 10 : 0; }

Result<Document, LoadError> TextLoader::load(std::string_view bytes, const LoadOptions &options) const
{
    auto decoded = decodeText(bytes, options.stop);
    if (!decoded)
        return decoded.error();
    std::optional<Document> doc = layOutPlainText(std::move(decoded->text), options.stop);
    if (!doc)
        return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};
    doc->meta.format = SourceFormat::Text;
    doc->meta.encoding = std::move(decoded->encoding);
    return std::move(*doc);
}

} // namespace lede::core
