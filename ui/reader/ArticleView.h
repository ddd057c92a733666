// ArticleView: the read-only, selectable article text of one tab.
//
// It shows a QTextDocument built by ArticleDocumentBuilder (one QTextBlock per core::Block; see
// that header for the offset contract), centres a column of about 70 characters in the window,
// zooms per view (the last zoom used is remembered for new views), follows the system palette,
// and opens web links in the browser. The annotation layer may use document(), cursorRect(),
// setExtraSelections() and contextMenuRequested() freely; it must not edit the document's text.
#pragma once

#include "reader/ArticleStyle.h"

#include <QTextBrowser>

class QMenu;

namespace lede::ui {

class ArticleView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    static constexpr int minZoomStep = -6;
    static constexpr int maxZoomStep = 20;

    explicit ArticleView(ArticleStyle style, QWidget *parent = nullptr);

    // Shows `doc` and takes ownership of it; the previous article document is deleted.
    void setArticleDocument(QTextDocument *doc);

    int zoomStep() const { return m_zoomStep; }
    void setZoomStep(int step);
    void increaseZoom() { setZoomStep(m_zoomStep + 1); }
    void decreaseZoom() { setZoomStep(m_zoomStep - 1); }
    void resetZoom() { setZoomStep(0); }
    // The body text size at the current zoom.
    qreal bodyPointSize() const;

    const ArticleStyle &articleStyle() const { return m_style; }

Q_SIGNALS:
    void zoomChanged(int step);
    // Emitted before the context menu opens, so other layers can add their actions to `menu`.
    // `position` is in viewport coordinates.
    void contextMenuRequested(QMenu *menu, const QPoint &position);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Table rows are copied as tab-separated lines (SelectionText.h).
    QMimeData *createMimeDataFromSelection() const override;

private:
    QFont zoomedFont() const;
    void applyZoom();
    void updateColumnMargins();
    void openLink(const QUrl &url);
    void rememberReadingPosition();
    void keepReadingPosition();

    ArticleStyle m_style;
    int m_zoomStep = 0;
    QTextDocument *m_ownedDocument = nullptr;
    // The block at the top of the view and how far into it, kept while block heights change.
    int m_anchorBlock = -1;
    qreal m_anchorOffset = 0;
    bool m_restoringPosition = false;
};

} // namespace lede::ui
