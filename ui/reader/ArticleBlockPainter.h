// ArticleBlockPainter: paints one laid-out block of the article view — its background, its list marker, its
// text with the view's selections, and the cursor. ArticleLayout decides which blocks are painted and where
// (it positions a block's QTextLayout before asking); this class only draws, so the layout's bookkeeping and
// the look of a block can be read and changed apart.
#pragma once

#include <QAbstractTextDocumentLayout>
#include <QTextLayout>

class QPainter;
class QTextBlock;
class QTextDocument;

namespace lede::ui {

class ArticleBlockPainter final
{
public:
    // Paints with `painter` for one paint event of `doc`'s layout; `cursorWidth` is the view's caret width.
    ArticleBlockPainter(QPainter *painter, const QAbstractTextDocumentLayout::PaintContext &context,
                        const QTextDocument *doc, int cursorWidth);

    // Paints `block`, whose layout is positioned and laid out; `background` is the box its block
    // background fills (document coordinates), when it has one.
    void paint(const QTextBlock &block, const QRectF &background) const;

private:
    // The parts of the view's selections inside `block`, as format ranges of its layout.
    QList<QTextLayout::FormatRange> selectionsIn(const QTextBlock &block) const;
    void drawListMarker(const QTextBlock &block) const;

    QPainter *m_painter;
    const QAbstractTextDocumentLayout::PaintContext &m_context;
    const QTextDocument *m_doc;
    int m_cursorWidth;
};

} // namespace lede::ui
