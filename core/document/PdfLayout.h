// PdfLayout: the reading text of a PDF rebuilt from positioned words (what poppler gives), independent of
// poppler so that the rules can be read and tested on their own.
#pragma once

#include "document/Document.h"

#include <string>
#include <vector>

namespace lede::core {

struct PdfWord
{
    std::u16string text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0; // points, origin at the page's top left
    double fontSize = 0;
    bool spaceAfter = false;
};

struct PdfPage
{
    double width = 0;
    double height = 0;
    std::vector<PdfWord> words; // in reading order
};

// Builds blocks into a new Document (text, blocks; metadata left empty). The first level-1 heading's text goes
// to `firstHeading` (UTF-8) for a title when the file has none.
Document layoutPdf(const std::vector<PdfPage> &pages, std::string &firstHeading);

} // namespace lede::core
