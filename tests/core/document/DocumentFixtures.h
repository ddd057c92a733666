// Test fixtures built at test time: ZIP archives (DOCX, ODT, EPUB) written with libzip from XML strings, and
// small PDFs written by hand (Helvetica text at given positions, an information dictionary).
#pragma once

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include <zip.h>

namespace lede::test {

struct ZipEntry
{
    std::string name;
    std::string data;
    bool store = false; // no compression (ODF and EPUB store their "mimetype" first)
};

// The archive's bytes; empty on failure.
inline std::string makeZip(const std::vector<ZipEntry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!zip)
        return {};
    zip_source_keep(buffer);
    for (const ZipEntry &e : entries) {
        zip_source_t *src = zip_source_buffer(zip, e.data.data(), e.data.size(), 0);
        const zip_int64_t index = zip_file_add(zip, e.name.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            continue;
        }
        zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(zip) != 0)
        return {};
    std::string out;
    zip_stat_t st;
    if (zip_source_stat(buffer, &st) == 0 && zip_source_open(buffer) == 0) {
        out.resize(static_cast<size_t>(st.size));
        zip_source_read(buffer, out.data(), st.size);
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return out;
}

struct PdfText
{
    double x = 72;
    double y = 72; // from the top of a 612 x 792 page, to the baseline
    double size = 11;
    std::string text; // ASCII
};

// A PDF with one page per entry of `pages`. `info` is the inside of the information dictionary, e.g.
// "/Title (A) /CreationDate (D:20210304)"; `trailerExtra` goes into the trailer (an /Encrypt reference).
inline std::string makePdf(const std::vector<std::vector<PdfText>> &pages, const std::string &info,
                           const std::string &extraObject = {}, const std::string &trailerExtra = {})
{
    std::vector<std::string> objects;
    const int pageCount = static_cast<int>(pages.size());
    std::string kids;
    for (int i = 0; i < pageCount; ++i)
        kids += std::to_string(5 + 2 * i) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pageCount) + " >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.push_back("<< " + info + " >>");
    for (int i = 0; i < pageCount; ++i) {
        std::string content;
        for (const PdfText &t : pages[static_cast<size_t>(i)]) {
            std::string escaped;
            for (const char c : t.text) {
                if (c == '(' || c == ')' || c == '\\')
                    escaped.push_back('\\');
                escaped.push_back(c);
            }
            char head[96];
            std::snprintf(head, sizeof head, "BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm (", t.size, t.x, 792 - t.y);
            content += head + escaped + ") Tj ET\n";
        }
        if (pages[static_cast<size_t>(i)].empty())
            content = "0 0 1 rg 100 100 200 200 re f\n"; // a picture, no text
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                          "/Contents "
                          + std::to_string(6 + 2 * i) + " 0 R >>");
        objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
    }
    if (!extraObject.empty())
        objects.push_back(extraObject);
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const size_t off : offsets) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
        pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info 4 0 R " + trailerExtra
        + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace lede::test
