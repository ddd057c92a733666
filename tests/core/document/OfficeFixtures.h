// DOCX and ODT fixtures: a short article with a title, headings, a list, a table and emphasis, written here
// as XML and zipped at test time (also used to make the fuzzers' seed files).
#pragma once

#include "DocumentFixtures.h"

// Namespace identifiers the formats fix (W3C's XLink and XML Schema instance), written once.
#define LEDE_TEST_XLINK_NS "http://www.w3.org/1999/xlink"
#define LEDE_TEST_XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

namespace lede::test {

inline const char *kDocxContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>)";

inline std::string docxPackageRels(const std::string &mainTarget = "word/document.xml")
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target=")"
        + mainTarget + R"("/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>)";
}

inline const char *kDocxStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>
<w:style w:type="character" w:styleId="Emph"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>
</w:styles>)";

inline const char *kDocxNumbering = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>)";

inline const char *kDocxCore = R"(<?xml version="1.0" encoding="UTF-8"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi=")" LEDE_TEST_XSI_NS
                               R"(">
<dc:title>Lanterns over the Kellwick harbour</dc:title>
<dc:creator>Ines Marwood</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2023-10-14T08:15:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-02T17:40:00Z</dcterms:modified>
</cp:coreProperties>)";

inline const char *kDocxDocumentRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/lanterns" TargetMode="External"/>
</Relationships>)";

inline std::string docxDocument(const std::string &body)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>)"
        + body + "</w:body></w:document>";
}

inline const char *kDocxBody = R"(
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Lanterns over the harbour</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The fishing town of Kellwick lit </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>four hundred</w:t></w:r><w:r><w:t xml:space="preserve"> paper lanterns on Saturday, a week after the storm.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>How it began</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Organiser </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Tomas Brenner</w:t></w:r><w:r><w:t xml:space="preserve"> said the idea came from his </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Emph"/></w:rPr><w:t>grand</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Emph"/></w:rPr><w:t>mother</w:t></w:r><w:r><w:t>.</w:t></w:r><w:r><w:br/><w:t>See the </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>photo gallery</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>The route</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Gather at the old pier.</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Walk to the lighthouse.</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>Bring a warm coat.</w:t></w:r></w:p>
<w:tbl><w:tblPr/><w:tblGrid/>
<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Year</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Lanterns</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>2022</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>310</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>2023</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
</w:tbl>
<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>We wanted the harbour to feel warm again.</w:t></w:r></w:p>
<w:p><w:r><w:delText>Removed words.</w:delText></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>
<w:sectPr/>)";

inline std::string makeDocx(const std::string &body = kDocxBody, const std::string &mainTarget = "word/document.xml")
{
    return makeZip({{"[Content_Types].xml", kDocxContentTypes},
                    {"_rels/.rels", docxPackageRels(mainTarget)},
                    {"word/document.xml", docxDocument(body)},
                    {"word/styles.xml", kDocxStyles},
                    {"word/numbering.xml", kDocxNumbering},
                    {"word/_rels/document.xml.rels", kDocxDocumentRels},
                    {"docProps/core.xml", kDocxCore}});
}

inline const char *kOdtMeta = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>
<dc:title>The orchard census</dc:title>
<meta:initial-creator>Pavel Ostrowski</meta:initial-creator>
<dc:creator>Someone Else</dc:creator>
<meta:creation-date>2022-05-09T10:00:00</meta:creation-date>
<dc:date>2022-06-01T12:00:00</dc:date>
<dc:language>en-GB</dc:language>
</office:meta></office:document-meta>)";

inline const char *kOdtStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:styles>
<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Quotations" style:family="paragraph"/>
<style:style style:name="Title" style:family="paragraph"/>
<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123"><text:list-level-style-number text:level="1"/></text:list-style>
</office:styles></office:document-styles>)";

inline std::string odtContent(const std::string &body)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink=")" LEDE_TEST_XLINK_NS
           R"(" office:version="1.3">
<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Quotations"/>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>
<office:body><office:text>)"
        + body + "</office:text></office:body></office:document-content>";
}

inline const char *kOdtBody = R"(
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
<text:p text:style-name="Title">Counting the apple trees</text:p>
<text:p>Volunteers in   Aldermoor counted <text:span text:style-name="Emphasis">every</text:span> tree<text:s text:c="2"/>in the
 old orchard last spring.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A note that is not part of the story.</text:p></text:note-body></text:note></text:p>
<text:h text:outline-level="2">What they found</text:h>
<text:p>The survey was led by <text:span text:style-name="T1">Greta Holm</text:span>, read more at <text:a xlink:href="https://example.org/orchard">the parish page</text:a>.</text:p>
<text:list text:style-name="Numbering_20_123">
<text:list-item><text:p>Map the rows.</text:p></text:list-item>
<text:list-item><text:p>Tag each tree.</text:p>
<text:list><text:list-item><text:p>Use blue tags for pears.</text:p></text:list-item></text:list></text:list-item>
</text:list>
<text:list text:style-name="L1"><text:list-item><text:p>Bring gloves.</text:p></text:list-item></text:list>
<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>
<table:table-header-rows><table:table-row><table:table-cell><text:p>Variety</text:p></table:table-cell><table:table-cell><text:p>Trees</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>Russet</text:p></table:table-cell><table:table-cell><text:p>41</text:p></table:table-cell></table:table-row>
</table:table>
<text:p text:style-name="P1">An orchard is a slow kind of library.</text:p>
<text:p><draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><draw:text-box><text:p>Boxed aside.</text:p></draw:text-box></draw:frame></text:p>)";

inline std::string makeOdt(const std::string &body = kOdtBody)
{
    return makeZip(
        {{"mimetype", "application/vnd.oasis.opendocument.text", true},
         {"content.xml", odtContent(body)},
         {"styles.xml", kOdtStyles},
         {"meta.xml", kOdtMeta},
         {"META-INF/manifest.xml",
          R"(<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>)"}});
}

} // namespace lede::test
