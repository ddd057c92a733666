// ArticleStyle: the typography of the article view — fonts, spacing and the few colours the
// article text carries. Built on the UI thread (it reads the palette and font database) and
// passed by value to the worker that builds the QTextDocument.
#pragma once

#include <QColor>
#include <QFont>

namespace lede::ui {

struct ArticleStyle
{
    QFont bodyFont;       // serif reading font; its point size is the zoom base (step 0)
    QFont monoFont;       // preformatted blocks and inline code
    QColor linkColour;    // the palette's link colour when the document was built
    qreal lineHeightPercent = 145; // proportional line height of body text
    qreal paragraphSpacingEm = 0.75; // space after a paragraph, in body ems
    int measureCharacters = 70;    // the readable line length the view aims for

    // The default style for the current application font and palette.
    static ArticleStyle fromApplication();

    // Width in pixels of `measureCharacters` characters of running English text in `font`.
    qreal measureWidth(const QFont &font) const;
    // Body font pixel height for the spacing rules (one em).
    static qreal emPixels(const QFont &font);
};

} // namespace lede::ui
