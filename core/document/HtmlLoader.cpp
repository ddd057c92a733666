// HtmlLoader: the bytes become UTF-8 first (gumbo reads only UTF-8), then htmlToDocument does the rest.
#include "document/HtmlLoader.h"

#include "common/Utf.h"
#include "document/HtmlDepthGuard.h"
#include "document/HtmlDocument.h"
#include "document/HtmlDom.h"
#include "document/TextDecoder.h"

#include <gumbo.h>

#include <memory>

#include <unicode/ucnv.h>

namespace lede::core {

namespace {

constexpr size_t kPrescanBytes = 4096;

struct OutputDeleter
{
    void operator()(GumboOutput *o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

// "text/html; charset=windows-1252" → "windows-1252".
std::string charsetFromContentType(std::string_view content)
{
    const std::string lower = html::lowerAscii(content);
    const size_t at = lower.find("charset");
    if (at == std::string::npos)
        return {};
    size_t i = at + 7;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '='))
        ++i;
    if (i < lower.size() && (lower[i] == '"' || lower[i] == '\''))
        ++i;
    const size_t end = lower.find_first_of(" ;\"'", i);
    return lower.substr(i, end == std::string::npos ? std::string::npos : end - i);
}

// The HTML standard reads these labels as windows-1252, and a declared UTF-16 without a BOM as UTF-8.
std::string canonicalCharset(std::string label)
{
    label = html::lowerAscii(label);
    if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii" || label == "l1"
        || label == "iso8859-1" || label == "cp1252")
        return "windows-1252";
    if (label == "utf8" || label.rfind("utf-16", 0) == 0 || label == "unicode")
        return "UTF-8";
    if (label == "utf-8")
        return "UTF-8";
    return label;
}

// Converts with ICU; false when ICU does not know the charset.
bool convertToUtf8(std::string_view bytes, const std::string &charset, std::string &out)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset.c_str(), &status);
    if (U_FAILURE(status) || !conv)
        return false;
    std::u16string utf16(bytes.size() + 1, u'\0');
    status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(conv, reinterpret_cast<UChar *>(utf16.data()), static_cast<int32_t>(utf16.size()),
                                    bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        utf16.assign(static_cast<size_t>(n) + 1, u'\0');
        status = U_ZERO_ERROR;
        ucnv_toUChars(conv, reinterpret_cast<UChar *>(utf16.data()), static_cast<int32_t>(utf16.size()), bytes.data(),
                      static_cast<int32_t>(bytes.size()), &status);
    }
    ucnv_close(conv);
    if (U_FAILURE(status))
        return false;
    utf16.resize(static_cast<size_t>(n));
    out = utf16ToUtf8(utf16);
    return true;
}

bool startsWithBom(std::string_view b)
{
    return b.substr(0, 3) == "\xEF\xBB\xBF" || b.substr(0, 2) == "\xFF\xFE" || b.substr(0, 2) == "\xFE\xFF";
}

} // namespace

std::string declaredHtmlCharset(std::string_view bytes)
{
    std::string head; // the first bytes as the parser should see them (see HtmlDepthGuard.h)
    if (estimateHtmlNesting(bytes.substr(0, kPrescanBytes), kMaxHtmlNesting, &head) > kMaxHtmlNesting)
        return {}; // the page is refused when it is parsed
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, head.data(), head.size()));
    if (!output)
        return {};
    std::vector<const GumboNode *> stack{output->document};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (html::tagOf(n) == GUMBO_TAG_META) {
            if (const std::string_view charset = html::attribute(n, "charset"); !charset.empty())
                return std::string(charset);
            if (html::equalsIgnoringCase(html::attribute(n, "http-equiv"), "content-type")) {
                if (std::string charset = charsetFromContentType(html::attribute(n, "content")); !charset.empty())
                    return charset;
            }
            continue;
        }
        const GumboVector &kids = html::childrenOf(n);
        for (unsigned i = kids.length; i-- > 0;)
            stack.push_back(html::childAt(kids, i));
    }
    return {};
}

std::vector<std::string> HtmlLoader::extensions() const
{
    return {"html", "htm", "xhtml", "xht", "shtml"};
}

std::vector<std::string> HtmlLoader::mimeTypes() const
{
    return {"text/html", "application/xhtml+xml"};
}

int HtmlLoader::sniff(std::string_view head) const
{
    if (!looksLikeText(head))
        return 0;
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    // Skip whitespace and comments before the first tag.
    for (;;) {
        while (!head.empty()
               && (head.front() == ' ' || head.front() == '\n' || head.front() == '\r' || head.front() == '\t'))
            head.remove_prefix(1);
        if (head.substr(0, 4) != "<!--")
            break;
        const size_t end = head.find("-->");
        if (end == std::string_view::npos)
            return 0;
        head.remove_prefix(end + 3);
    }
    const std::string start = html::lowerAscii(head.substr(0, 15));
    if (start.rfind("<!doctype html", 0) == 0 || start.rfind("<html", 0) == 0)
        return 70;
    if (start.rfind("<?xml", 0) == 0 && html::lowerAscii(head.substr(0, 512)).find("<html") != std::string::npos)
        return 60;
    if (start.rfind("<head", 0) == 0 || start.rfind("<body", 0) == 0 || start.rfind("<meta", 0) == 0)
        return 50;
    return 0;
}

Result<Document, LoadError> HtmlLoader::load(std::string_view bytes, const LoadOptions &options) const
{
    std::string converted; // only when the bytes are not UTF-8 already: a page is read in place otherwise
    std::string_view utf8;
    std::string encoding;
    if (startsWithBom(bytes)) {
        auto decoded = decodeText(bytes, options.stop);
        if (!decoded)
            return decoded.error();
        converted = utf16ToUtf8(decoded->text);
        utf8 = converted;
        encoding = decoded->encoding;
    } else if (const std::string declared = canonicalCharset(declaredHtmlCharset(bytes));
               !declared.empty() && declared != "UTF-8" && convertToUtf8(bytes, declared, converted)) {
        utf8 = converted;
        encoding = declared;
    } else if (!declared.empty() && declared == "UTF-8") {
        utf8 = bytes; // invalid sequences become U+FFFD in the builder
        encoding = "UTF-8";
    } else if (isValidUtf8(bytes)) {
        utf8 = bytes;
        encoding = "UTF-8";
    } else {
        auto decoded = decodeText(bytes, options.stop);
        if (!decoded)
            return decoded.error();
        converted = utf16ToUtf8(decoded->text);
        utf8 = converted;
        encoding = decoded->encoding;
    }
    if (utf8.find('\0') != std::string_view::npos && !looksLikeText(bytes.substr(0, 4096)))
        return LoadError{LoadError::Code::Binary, "the file holds binary data, not a web page"};

    HtmlOptions htmlOptions;
    htmlOptions.stop = options.stop;
    auto doc = htmlToDocument(utf8, htmlOptions);
    if (!doc)
        return doc.error();
    doc->meta.encoding = std::move(encoding);
    return doc;
}

} // namespace lede::core
