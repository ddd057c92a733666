// PdfLoader: poppler opens the bytes in place and lists each page's words with their boxes and font sizes;
// PdfLayout turns them into blocks. Poppler's own error printing is silenced: a damaged file is our
// LoadError, not lines on stderr.
#include "document/PdfLoader.h"

#include "common/Utf.h"
#include "document/PdfLayout.h"
#include "document/XmlWalk.h"

#include <climits>
#include <memory>

#include <poppler-document.h>
#include <poppler-page.h>

namespace lede::core {

namespace {

void silencePoppler()
{
    static const bool once = [] {
        poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
        return true;
    }();
    (void)once;
}

std::u16string toU16(const poppler::ustring &s)
{
    return std::u16string(s.begin(), s.end());
}

std::string trimmedUtf8(const poppler::ustring &s)
{
    std::string out = utf16ToUtf8(toU16(s));
    const size_t a = out.find_first_not_of(" \t\r\n");
    const size_t b = out.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : out.substr(a, b - a + 1);
}

// Titles that word processors and drivers write on their own ("Microsoft Word - draft.docx", "untitled").
bool isPlaceholderTitle(const std::string &title)
{
    if (title.empty())
        return true;
    std::string lower;
    for (const char c : title)
        lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    if (lower == "untitled" || lower.rfind("microsoft word - ", 0) == 0 || lower.rfind("untitled", 0) == 0)
        return true;
    for (const char *ext : {".doc", ".docx", ".odt", ".pdf", ".tex", ".dvi", ".rtf", ".txt", ".indd", ".qxd"}) {
        const std::string e(ext);
        if (lower.size() > e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0)
            return true;
    }
    return false;
}

} // namespace

std::string isoDateOfPdfDate(std::string_view d)
{
    if (d.substr(0, 2) == "D:")
        d.remove_prefix(2);
    if (d.size() < 8)
        return {};
    const std::string iso =
        std::string(d.substr(0, 4)) + "-" + std::string(d.substr(4, 2)) + "-" + std::string(d.substr(6, 2));
    return isoDateOf(iso);
}

std::vector<std::string> PdfLoader::extensions() const
{
    return {"pdf"};
}

std::vector<std::string> PdfLoader::mimeTypes() const
{
    return {"application/pdf"};
}

int PdfLoader::sniff(std::string_view head) const
{
    // The header may follow some junk bytes; readers accept it within the first kilobyte.
    const size_t at = head.substr(0, 1024).find("%PDF-");
    return at == std::string_view::npos ? 0 : 90;
}

Result<Document, LoadError> PdfLoader::load(std::string_view bytes, const LoadOptions &options) const
{
    silencePoppler();
    if (bytes.size() > static_cast<size_t>(INT_MAX))
        return LoadError{LoadError::Code::TooLarge, "the PDF is over 2 GB"};
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!pdf)
        return LoadError{LoadError::Code::Malformed, "not a PDF, or damaged beyond reading"};
    if (pdf->is_locked())
        return LoadError{LoadError::Code::Encrypted, "the PDF needs a password"};

    const int pageCount = pdf->pages();
    if (pageCount <= 0)
        return LoadError{LoadError::Code::Malformed, "the PDF has no pages"};
    std::vector<PdfPage> pages;
    pages.reserve(static_cast<size_t>(std::max(0, pageCount)));
    size_t characters = 0;
    for (int i = 0; i < pageCount; ++i) {
        if (options.stop.stopRequested())
            return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};
        std::unique_ptr<poppler::page> page(pdf->create_page(i));
        PdfPage out;
        if (!page) {
            pages.push_back(std::move(out));
            continue;
        }
        const poppler::rectf box = page->page_rect();
        out.width = box.width();
        out.height = box.height();
        for (poppler::text_box &word : page->text_list(poppler::page::text_list_include_font)) {
            if (word.rotation() != 0)
                continue; // sideways text: margin stamps and vertical labels, not the article
            PdfWord w;
            w.text = toU16(word.text());
            const poppler::rectf r = word.bbox();
            w.x0 = r.left();
            w.y0 = r.top();
            w.x1 = r.right();
            w.y1 = r.bottom();
            w.fontSize = word.get_font_size();
            w.spaceAfter = word.has_space_after();
            characters += w.text.size();
            out.words.push_back(std::move(w));
        }
        pages.push_back(std::move(out));
    }
    if (characters == 0)
        return LoadError{LoadError::Code::NoTextLayer,
                         std::to_string(pageCount) + " page(s) without any text: scanned images?"};

    std::string firstHeading;
    Document doc = layoutPdf(pages, firstHeading);
    doc.meta.format = SourceFormat::Pdf;
    doc.meta.encoding = "UTF-8";
    doc.meta.title = trimmedUtf8(pdf->get_title());
    if (isPlaceholderTitle(doc.meta.title))
        doc.meta.title = firstHeading;
    doc.meta.author = trimmedUtf8(pdf->get_author());
    doc.meta.publishedDate = isoDateOfPdfDate(utf16ToUtf8(toU16(pdf->info_key("CreationDate"))));
    if (doc.meta.publishedDate.empty())
        doc.meta.publishedDate = isoDateOfPdfDate(utf16ToUtf8(toU16(pdf->info_key("ModDate"))));
    return doc;
}

} // namespace lede::core
