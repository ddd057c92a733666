// ArticleMarks: the transient marks drawn over one article view — the selected entity's mentions, the current
// mention, the find bar's hits and a brief flash on a jump — in layers, later ones over earlier ones. Marks are
// kept as positions and handed to the view as extra selections only within a window of text around what is on
// screen, renewed as the reader scrolls: a QTextCursor and an extra selection each make Qt lay out the block
// they are in, and an entity with 40,000 mentions in a book froze the window for seconds when all were given.
#pragma once

#include <QPointer>
#include <QTextCharFormat>
#include <QTimer>

#include <array>
#include <vector>

class QTextEdit;

namespace lede::ui {

class ArticleMarks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleMarks)

public:
    // A mark: view positions [from, to) and how it looks (colours only: extra selections are not laid out).
    struct Mark
    {
        int from = 0;
        int to = 0;
        QTextCharFormat format;
    };
    // Later layers are drawn over earlier ones.
    enum Layer { EntityLayer, CurrentLayer, FindLayer, FlashLayer, LayerCount };

    // Draws on `view` (not owned; may go first: then nothing is drawn).
    explicit ArticleMarks(QTextEdit *view, QObject *parent = nullptr);
    ~ArticleMarks() override;

    void setLayer(Layer layer, std::vector<Mark> marks);
    // Marks `marks` in the flash layer for a moment.
    void flash(std::vector<Mark> marks);
    // Takes a flash off at once.
    void clearFlash();
    // Hands the view the marks near what is on screen; unless `force`, only when the screen left them.
    void update(bool force);

private:
    // The view or null, through the live meta-object: the view may be half-destroyed (see
    // DocumentAnnotator::view()).
    QTextEdit *view() const;

    QPointer<QObject> m_viewObject;
    std::array<std::vector<Mark>, LayerCount> m_layers;
    int m_marksFrom = 0; // the text range whose marks the view holds
    int m_marksTo = -1;
    QTimer m_flashTimer;
};

} // namespace lede::ui
