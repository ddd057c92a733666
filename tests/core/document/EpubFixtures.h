// An EPUB 3 fixture: a container, a package with metadata, a navigation document and three chapters (one
// without a heading of its own, one with a table), zipped at test time.
#pragma once

#include "DocumentFixtures.h"

// The namespaces EPUB's XHTML documents must declare (identifiers the format fixes, written once).
#define LEDE_TEST_XHTML_NS "http://www.w3.org/1999/xhtml"
#define LEDE_TEST_XHTML_NAMESPACES "xmlns=\"" LEDE_TEST_XHTML_NS "\" xmlns:epub=\"http://www.idpf.org/2007/ops\""

namespace lede::test {

inline std::string xhtmlChapter(const std::string &title, const std::string &body)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<html )" LEDE_TEST_XHTML_NAMESPACES R"(><head><title>)"
        + title + "</title></head><body>" + body + "</body></html>";
}

inline std::string epubOpf(const std::string &extraManifest = {}, const std::string &extraSpine = {})
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">urn:uuid:5f1c0c1e-0000-4000-8000-000000000001</dc:identifier>
<dc:title>Letters from the Salt Marsh</dc:title>
<dc:creator>Hedda Lindqvist</dc:creator>
<dc:date>2019-04-23</dc:date>
<dc:language>en</dc:language>
<meta property="dcterms:modified">2020-01-01T00:00:00Z</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
<item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/>
<item id="c3" href="text/three.xhtml" media-type="application/xhtml+xml"/>
<item id="css" href="style.css" media-type="text/css"/>
)" + extraManifest
        + R"(</manifest>
<spine><itemref idref="nav" linear="no"/><itemref idref="c2"/><itemref idref="c1"/><itemref idref="c3"/>)"
        + extraSpine + R"(</spine>
</package>)";
}

inline const char *kEpubNav = R"(<?xml version="1.0" encoding="UTF-8"?>
<html )" LEDE_TEST_XHTML_NAMESPACES R"(><head><title>Contents</title></head>
<body><nav epub:type="toc"><ol>
<li><a href="text/two.xhtml">The tide tables</a></li>
<li><a href="text/one.xhtml#start">Arrival</a></li>
</ol></nav></body></html>)";

inline std::string makeEpub(const std::string &opf = epubOpf(), const std::vector<ZipEntry> &extra = {})
{
    std::vector<ZipEntry> entries = {
        {"mimetype", "application/epub+zip", true},
        {"META-INF/container.xml", R"(<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>)"},
        {"OEBPS/content.opf", opf},
        {"OEBPS/nav.xhtml", kEpubNav},
        {"OEBPS/text/one.xhtml",
         xhtmlChapter("Letters from the Salt Marsh",
                      "<h1>Arrival</h1><p>We reached the marsh on a grey morning, and the <em>curlews</em> were "
                      "already calling.</p><h2>The house</h2><p>The cottage had two rooms and a stove.</p>")},
        {"OEBPS/text/two.xhtml",
         xhtmlChapter("Letters from the Salt Marsh", "<p>High water came twice a day, never at the same hour.</p>")},
        {"OEBPS/text/three.xhtml",
         xhtmlChapter("Birds",
                      "<h2>Birds we saw</h2><table><tr><th>Bird</th><th>Count</th></tr>"
                      "<tr><td>Redshank</td><td>12</td></tr></table>")},
        {"OEBPS/style.css", "p { margin: 0 }"},
    };
    entries.insert(entries.end(), extra.begin(), extra.end());
    return makeZip(entries);
}

} // namespace lede::test
