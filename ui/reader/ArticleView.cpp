// ArticleView: zoom, the centred reading column, links and the context-menu hook.
#include "reader/ArticleView.h"

#include "reader/ArticleLayout.h"
#include "reader/ReaderLogging.h"
#include "reader/ReaderSettings.h"
#include "reader/SelectionText.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextDocument>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace lede::ui {

namespace {
constexpr int kMinSideMargin = 12; // pixels beside the text in a narrow window
}

ArticleView::ArticleView(ArticleStyle style, QWidget *parent) : QTextBrowser(parent), m_style(std::move(style))
{
    setObjectName(QStringLiteral("articleView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    setOpenLinks(false);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    // The side margins belong to the widget, not the viewport; paint them like the page.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // Drops go to the main window, which opens the files.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);

    m_zoomStep = std::clamp(openReaderSettings()->value(key(settingsKey::zoomStep), 0).toInt(), minZoomStep,
                            maxZoomStep);
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleView::openLink);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleView::rememberReadingPosition);
    applyZoom();
}

void ArticleView::setArticleDocument(QTextDocument *doc)
{
    QTextDocument *old = m_ownedDocument;
    m_ownedDocument = doc;
    if (doc) {
        doc->setParent(this);
        // What the estimates of a book's blocks depend on (font, wrap mode, column width) is set before its
        // layout goes in, as QTextEdit would set it, and the layout estimates only when first asked: one
        // pass over the blocks instead of one per setting, which kept the window frozen for 100 ms and more.
        doc->setDefaultFont(zoomedFont());
        QTextOption option = doc->defaultTextOption();
        option.setWrapMode(lineWrapMode() == NoWrap ? QTextOption::NoWrap : wordWrapMode());
        doc->setDefaultTextOption(option);
        updateColumnMargins();
        // A book shows the scroll bar: show it now, so the page width set below is already the final one
        // and the bar appearing later does not estimate the blocks again at a new width. A text that fits
        // hides it again below (and is short, so its second estimate is cheap).
        const bool provisionalBar = verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded;
        if (provisionalBar)
            setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        if (lineWrapMode() == WidgetWidth)
            doc->setPageSize(QSizeF(viewport()->width(), -1));
        // Our own layout: QTextDocumentLayout cannot lay out a book taller than ~8.4 M px.
        auto *layout = new ArticleLayout(doc);
        doc->setDocumentLayout(layout);
        m_anchorBlock = 0;
        m_anchorOffset = 0;
        setDocument(doc);
        connect(layout, &ArticleLayout::heightsCorrected, this, &ArticleView::keepReadingPosition);
        if (provisionalBar)
            setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    }
    if (old && old != doc)
        old->deleteLater();
    updateColumnMargins();
}

qreal ArticleView::bodyPointSize() const
{
    return zoomedFont().pointSizeF();
}

QFont ArticleView::zoomedFont() const
{
    QFont f = m_style.bodyFont;
    // One step = one point at the default size, scaled so small and large bases feel alike.
    const qreal base = f.pointSizeF() > 0 ? f.pointSizeF() : 12.0;
    f.setPointSizeF(std::max(5.0, base * std::pow(1.08, m_zoomStep)));
    return f;
}

void ArticleView::setZoomStep(int step)
{
    step = std::clamp(step, minZoomStep, maxZoomStep);
    if (step == m_zoomStep)
        return;
    m_zoomStep = step;
    applyZoom();
    openReaderSettings()->setValue(key(settingsKey::zoomStep), m_zoomStep);
    Q_EMIT zoomChanged(m_zoomStep);
}

void ArticleView::applyZoom()
{
    const QFont f = zoomedFont();
    // setDefaultFont relayouts without touching the content, so highlighters are not re-run.
    document()->setDefaultFont(f);
    updateColumnMargins();
}

void ArticleView::updateColumnMargins()
{
    // The article's margin, also while setArticleDocument() prepares it and the old one is still shown.
    const qreal docMargin = (m_ownedDocument ? m_ownedDocument : document())->documentMargin();
    const int column = qRound(m_style.measureWidth(zoomedFont()) + 2 * docMargin);
    // From the widget width alone, never from whether the scroll bar shows: margins that change
    // with it relayout the document, which can hide the scroll bar again, and so on for ever.
    const int side = std::max(kMinSideMargin, (width() - column) / 2);
    const QMargins wanted(side, 0, side, 0);
    if (viewportMargins() != wanted)
        setViewportMargins(wanted);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateColumnMargins();
    // QTextEdit relayouts only when a resize event's two widths differ, but the viewport resize
    // that our own margin change causes can arrive with equal ones: check the page width itself.
    const int width = viewport()->width();
    if (lineWrapMode() == WidgetWidth && width > 0 && document()->pageSize().width() != width)
        document()->setPageSize(QSizeF(width, -1));
}

void ArticleView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel zooms through our steps (QTextEdit's own would change the widget font instead).
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            increaseZoom();
        else if (delta < 0)
            decreaseZoom();
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    // The event comes from the viewport (QAbstractScrollArea hands it on unmapped): its position is in
    // viewport coordinates already. Mapping it again shifted it by the column margins, off the text.
    const QPoint viewportPos = event->pos();
    QMenu *menu = createStandardContextMenu(viewportPos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Qt offers Copy Link Location wherever links can be clicked, disabled off a link: on an article's
    // plain text it is only noise. Qt names the action "link-copy" (QWidgetTextControl).
    if (anchorAt(viewportPos).isEmpty()) {
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->objectName() == QLatin1String("link-copy"))
                delete action; // a deleted action leaves the menu
        }
    }
    Q_EMIT contextMenuRequested(menu, viewportPos);
    menu->popup(event->globalPos());
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyZoom(); // a widget font change must not override the article font
}

QMimeData *ArticleView::createMimeDataFromSelection() const
{
    QMimeData *data = QTextBrowser::createMimeDataFromSelection();
    if (data)
        data->setText(selectionPlainText(textCursor()));
    return data;
}

void ArticleView::rememberReadingPosition()
{
    if (m_restoringPosition)
        return;
    const auto *layout = qobject_cast<const ArticleLayout *>(document()->documentLayout());
    if (!layout)
        return;
    const int value = verticalScrollBar()->value();
    m_anchorBlock = layout->blockNumberAt(value);
    m_anchorOffset = value - layout->blockSpacingTop(m_anchorBlock);
}

void ArticleView::keepReadingPosition()
{
    // Heights above the text on screen changed (estimates measured, or the width changed):
    // scroll to where the block that was at the top is now, so the reader keeps their place.
    const auto *layout = qobject_cast<const ArticleLayout *>(document()->documentLayout());
    if (!layout || m_anchorBlock < 0)
        return;
    const int wanted = qRound(layout->blockSpacingTop(m_anchorBlock) + m_anchorOffset);
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() == wanted)
        return;
    m_restoringPosition = true;
    if (bar->maximum() < wanted)
        bar->setMaximum(wanted); // QTextEdit sets the real range with the next size change
    bar->setValue(wanted);
    m_restoringPosition = false;
}

void ArticleView::openLink(const QUrl &url)
{
    static const QStringList safeSchemes{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto")};
    if (!safeSchemes.contains(url.scheme())) {
        qCDebug(lcReader) << "not opening link with scheme" << url.scheme();
        return;
    }
    QDesktopServices::openUrl(url);
}

} // namespace lede::ui
