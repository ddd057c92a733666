// htmlToDocument: the depth guard, gumbo, the content selection and the block builder, in that order.
#include "document/HtmlDocument.h"

#include "document/HtmlBlockBuilder.h"
#include "document/HtmlDepthGuard.h"
#include "document/HtmlMetadata.h"
#include "document/MainContent.h"

#include <gumbo.h>

#include <memory>
#include <string>

namespace lede::core {

namespace {

struct OutputDeleter
{
    void operator()(GumboOutput *o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

} // namespace

Result<Document, LoadError> htmlToDocument(std::string_view utf8, const HtmlOptions &options)
{
    if (options.stop.stopRequested())
        return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};
    std::string page; // without script and style contents
    if (estimateHtmlNesting(utf8, kMaxHtmlNesting, &page) > kMaxHtmlNesting)
        return LoadError{LoadError::Code::Malformed,
                         "elements are nested more than " + std::to_string(kMaxHtmlNesting) + " deep"};
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.max_errors = 0; // parse errors are normal on the web; collecting them only costs time
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&gumboOptions, page.data(), page.size()));
    if (!output)
        return LoadError{LoadError::Code::Malformed, "the HTML parser failed"};
    if (options.stop.stopRequested())
        return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};

    // Metadata first: the JSON-LD articleBody, where a page has one, checks the extraction.
    html::PageMetadata meta;
    if (options.readMetadata || options.extractMainContent)
        meta = html::readPageMetadata(output->document);
    const html::ContentSelection content = options.extractMainContent
        ? html::findMainContent(output->document, meta.articleBody)
        : html::wholeBody(output->document);
    std::optional<Document> doc = html::buildBlocks(content, options.stop);
    if (!doc)
        return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};
    if (options.readMetadata) {
        doc->meta.title = std::move(meta.title);
        doc->meta.author = std::move(meta.author);
        doc->meta.publishedDate = std::move(meta.publishedDate);
        doc->meta.language = std::move(meta.language);
    }
    doc->meta.format = SourceFormat::Html;
    doc->meta.encoding = "UTF-8";
    return std::move(*doc);
}

} // namespace lede::core
