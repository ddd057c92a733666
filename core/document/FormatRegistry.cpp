// FormatRegistry: the list of format loaders. A new format is one FormatLoader file plus one line here.
#include "document/DocumentLoader.h"

#include "document/DocxLoader.h"
#include "document/EpubLoader.h"
#include "document/HtmlLoader.h"
#include "document/MarkdownLoader.h"
#include "document/OdtLoader.h"
#include "document/PdfLoader.h"
#include "document/TextLoader.h"

namespace lede::core {

namespace {

std::vector<std::unique_ptr<FormatLoader>> createLoaders()
{
    std::vector<std::unique_ptr<FormatLoader>> loaders;
    loaders.push_back(std::make_unique<TextLoader>());
    loaders.push_back(std::make_unique<MarkdownLoader>());
    loaders.push_back(std::make_unique<HtmlLoader>());
    loaders.push_back(std::make_unique<PdfLoader>());
    loaders.push_back(std::make_unique<DocxLoader>());
    loaders.push_back(std::make_unique<OdtLoader>());
    loaders.push_back(std::make_unique<EpubLoader>());
    return loaders;
}

} // namespace

const std::vector<std::unique_ptr<FormatLoader>> &formatLoaders()
{
    static const std::vector<std::unique_ptr<FormatLoader>> loaders = createLoaders(); // thread-safe init
    return loaders;
}

} // namespace lede::core
