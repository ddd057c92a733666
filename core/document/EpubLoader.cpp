// EpubLoader: container -> OPF (metadata, manifest, spine) -> table of contents (EPUB 3 nav or EPUB 2 NCX) for
// chapter titles -> each spine chapter through htmlToDocument, appended with its blocks, spans and tables
// shifted into the book's text. Every path is resolved inside the archive; one that leaves it is skipped.
#include "document/EpubLoader.h"

#include "common/Utf.h"
#include "document/HtmlDocument.h"
#include "document/OfficeZip.h"
#include "document/TextDecoder.h"
#include "document/XmlWalk.h"

#include <algorithm>
#include <unordered_map>

namespace lede::core {

namespace {

constexpr std::string_view kEpubMime = "application/epub+zip";

struct ManifestItem
{
    std::string path; // resolved inside the archive
    std::string mediaType;
    std::string properties;
};

std::string trimmed(std::string s)
{
    const size_t a = s.find_first_not_of(" \t\r\n");
    const size_t b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

// The collapsed text of an element (a nav link or an NCX label), without recursion.
std::string textOf(const pugi::xml_node &node)
{
    std::string out;
    walkXml(
        node, StopToken(),
        [&](const pugi::xml_node &n) {
            if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata)
                out += n.value();
            return true;
        },
        [](const pugi::xml_node &) {});
    std::string collapsed;
    for (const char c : out) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (collapsed.empty() || collapsed.back() == ' '))
            continue;
        collapsed.push_back(space ? ' ' : c);
    }
    return trimmed(collapsed);
}

// Chapter file -> title, from the EPUB 3 navigation document's toc or the EPUB 2 NCX; the first entry wins.
void readTocTitles(const pugi::xml_node &root, const std::string &dir, bool ncx,
                   std::unordered_map<std::string, std::string> &titles)
{
    walkXml(
        root, StopToken(),
        [&](const pugi::xml_node &n) {
            if (n.type() != pugi::node_element)
                return false;
            std::string href;
            std::string label;
            if (!ncx && localName(n) == "a") {
                href = attributeByLocalName(n, "href").value();
                label = textOf(n);
            } else if (ncx && localName(n) == "navPoint") {
                href = attributeByLocalName(childByLocalName(n, "content"), "src").value();
                label = textOf(childByLocalName(n, "navLabel"));
            }
            if (!href.empty() && !label.empty()) {
                const std::string path = resolveArchivePath(dir, href);
                if (!path.empty())
                    titles.emplace(path, label);
            }
            return true;
        },
        [](const pugi::xml_node &) {});
}

// Appends `chapter` to `book`, its blocks, spans and tables shifted by the text already there.
void appendChapter(Document &book, Document &&chapter)
{
    if (chapter.blocks.empty())
        return;
    if (!book.text.empty())
        book.text.append(u"\n\n");
    const auto offset = static_cast<int32_t>(book.text.size());
    const auto blockOffset = static_cast<int>(book.blocks.size());
    const auto tableOffset = static_cast<int>(book.tables.size());
    book.text += chapter.text;
    for (Block b : chapter.blocks) {
        b.range.start += offset;
        b.range.end += offset;
        if (b.table >= 0)
            b.table += tableOffset;
        book.blocks.push_back(b);
    }
    for (InlineSpan &s : chapter.spans) {
        s.range.start += offset;
        s.range.end += offset;
        book.spans.push_back(std::move(s));
    }
    for (Table t : chapter.tables) {
        t.firstBlock += blockOffset;
        book.tables.push_back(t);
    }
}

// The chapter begins with a level-1 heading: its own first heading when it has one, else `title`. The
// chapter's other headings sit below it.
void headChapter(Document &chapter, const std::string &title)
{
    const bool ownHeading = !chapter.blocks.empty() && chapter.blocks.front().kind == BlockKind::Heading;
    for (size_t i = ownHeading ? 1 : 0; i < chapter.blocks.size(); ++i)
        if (chapter.blocks[i].kind == BlockKind::Heading)
            chapter.blocks[i].level =
                std::clamp(chapter.blocks[i].level + (chapter.blocks[i].level == 1 ? 1 : 0), 2, 6);
    if (ownHeading) {
        chapter.blocks.front().level = 1;
        return;
    }
    if (title.empty() || chapter.blocks.empty())
        return;
    const std::u16string heading = utf8ToUtf16(title) + u"\n\n";
    const auto shift = static_cast<int32_t>(heading.size());
    chapter.text.insert(0, heading);
    for (Block &b : chapter.blocks) {
        b.range.start += shift;
        b.range.end += shift;
    }
    for (InlineSpan &s : chapter.spans) {
        s.range.start += shift;
        s.range.end += shift;
    }
    for (Table &t : chapter.tables)
        ++t.firstBlock;
    Block head;
    head.kind = BlockKind::Heading;
    head.level = 1;
    head.range = {0, shift - 2};
    chapter.blocks.insert(chapter.blocks.begin(), head);
}

} // namespace

std::vector<std::string> EpubLoader::extensions() const
{
    return {"epub"};
}

std::vector<std::string> EpubLoader::mimeTypes() const
{
    return {std::string(kEpubMime)};
}

int EpubLoader::sniff(std::string_view head) const
{
    return zipMimetypeIs(head, kEpubMime) ? 90 : 0;
}

Result<Document, LoadError> EpubLoader::load(std::string_view bytes, const LoadOptions &options) const
{
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return zip.error();
    const ZipArchive &archive = *zip.value();

    pugi::xml_document containerXml;
    std::string containerBytes;
    if (!archive.contains("META-INF/container.xml"))
        return LoadError{LoadError::Code::Malformed, "not an EPUB: the archive has no META-INF/container.xml"};
    if (auto r = readXmlEntry(archive, "META-INF/container.xml", containerXml, containerBytes, false); !r)
        return r.error();
    std::string opfPath;
    for (pugi::xml_node r : childByLocalName(childByLocalName(containerXml, "container"), "rootfiles").children()) {
        const std::string_view type = attributeByLocalName(r, "media-type").value();
        if (localName(r) == "rootfile" && (type.empty() || type == "application/oebps-package+xml")) {
            opfPath = resolveArchivePath("", attributeByLocalName(r, "full-path").value());
            break;
        }
    }
    if (opfPath.empty() || !archive.contains(opfPath))
        return LoadError{LoadError::Code::Malformed, "the EPUB's container names no package file inside the archive"};

    pugi::xml_document opfXml;
    std::string opfBytes;
    if (auto r = readXmlEntry(archive, opfPath, opfXml, opfBytes, false); !r)
        return r.error();
    const std::string opfDir = archiveDirOf(opfPath);
    const pugi::xml_node package = childByLocalName(opfXml, "package");
    const pugi::xml_node metadata = childByLocalName(package, "metadata");

    std::unordered_map<std::string, ManifestItem> manifest;
    std::string navId;
    for (pugi::xml_node item : childByLocalName(package, "manifest").children()) {
        if (localName(item) != "item")
            continue;
        ManifestItem m{resolveArchivePath(opfDir, attributeByLocalName(item, "href").value()),
                       attributeByLocalName(item, "media-type").value(),
                       attributeByLocalName(item, "properties").value()};
        if (m.properties.find("nav") != std::string::npos)
            navId = attributeByLocalName(item, "id").value();
        manifest.emplace(attributeByLocalName(item, "id").value(), std::move(m));
    }
    const pugi::xml_node spine = childByLocalName(package, "spine");

    // Chapter titles from the table of contents; a missing or broken one only costs the titles.
    std::unordered_map<std::string, std::string> tocTitles;
    for (const auto &[id, ncx] :
         {std::pair{navId, false}, std::pair{std::string(attributeByLocalName(spine, "toc").value()), true}}) {
        const auto it = manifest.find(id);
        if (id.empty() || it == manifest.end() || it->second.path.empty() || !archive.contains(it->second.path))
            continue;
        pugi::xml_document tocXml;
        std::string tocBytes;
        if (readXmlEntry(archive, it->second.path, tocXml, tocBytes, false))
            readTocTitles(tocXml, archiveDirOf(it->second.path), ncx, tocTitles);
    }

    const std::string bookTitle = trimmed(childByLocalName(metadata, "title").text().get());
    Document book;
    int chapters = 0;
    for (pugi::xml_node ref : spine.children()) {
        if (options.stop.stopRequested())
            return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};
        if (localName(ref) != "itemref" || std::string_view(attributeByLocalName(ref, "linear").value()) == "no")
            continue;
        const auto it = manifest.find(attributeByLocalName(ref, "idref").value());
        if (it == manifest.end() || it->second.path.empty() || !archive.contains(it->second.path)
            || it->second.properties.find("nav") != std::string::npos)
            continue;
        const std::string &type = it->second.mediaType;
        if (type != "application/xhtml+xml" && type != "text/html")
            continue;
        auto chapterBytes = archive.read(it->second.path);
        if (!chapterBytes)
            return chapterBytes.error();
        std::string utf8 = std::move(chapterBytes.value());
        if (!isValidUtf8(utf8)) { // EPUB asks for UTF-8 or UTF-16; older books are sometimes neither
            auto decoded = decodeText(utf8, options.stop);
            if (!decoded)
                continue;
            utf8 = utf16ToUtf8(decoded->text);
        }
        HtmlOptions html;
        html.extractMainContent = false;
        html.readMetadata = true;
        html.stop = options.stop;
        auto chapter = htmlToDocument(utf8, html);
        if (!chapter) {
            if (chapter.error().code == LoadError::Code::Cancelled)
                return chapter.error();
            return LoadError{chapter.error().code, it->second.path + ": " + chapter.error().detail};
        }
        // A chapter's <title> is often the book's: no use as the chapter's heading.
        const auto toc = tocTitles.find(it->second.path);
        std::string title = toc != tocTitles.end() ? toc->second : chapter->meta.title;
        if (title == bookTitle && toc == tocTitles.end())
            title.clear();
        headChapter(*chapter, title);
        appendChapter(book, std::move(chapter.value()));
        ++chapters;
    }
    if (chapters == 0)
        return LoadError{LoadError::Code::Malformed, "the EPUB's spine lists no readable chapter"};

    book.meta.format = SourceFormat::Epub;
    book.meta.encoding = "UTF-8";
    book.meta.title = bookTitle;
    book.meta.author = trimmed(childByLocalName(metadata, "creator").text().get());
    book.meta.language = trimmed(childByLocalName(metadata, "language").text().get());
    for (pugi::xml_node d : metadata.children()) {
        if (localName(d) == "date" && book.meta.publishedDate.empty())
            book.meta.publishedDate = isoDateOf(d.text().get());
    }
    if (book.meta.title.empty() && !book.blocks.empty())
        book.meta.title = utf16ToUtf8(std::u16string_view(book.text).substr(
            static_cast<size_t>(book.blocks.front().range.start),
            static_cast<size_t>(book.blocks.front().range.end - book.blocks.front().range.start)));
    return book;
}

} // namespace lede::core
