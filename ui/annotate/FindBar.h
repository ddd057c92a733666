// FindBar: find in the article (Ctrl+F). Every match is marked (extra selections through the
// DocumentAnnotator, so entity marks stay), next / previous wrap around, the count is shown, Escape closes.
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QToolButton;

namespace lede::ui {

class DocumentAnnotator;

class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void setAnnotator(DocumentAnnotator *annotator);
    // Shows the bar with the focus in the field (the view's selection, if any, becomes the query).
    void activate();
    void setQuery(const QString &text);
    QString query() const;

    int matchCount() const { return static_cast<int>(m_matches.size()); }
    int currentMatch() const { return m_current; } // -1: none
    bool findNext();
    bool findPrevious();

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Match
    {
        int position = 0;
        int length = 0;
    };
    void search();
    void goTo(int index);
    void updateMarks();
    void updateLabel();

    QPointer<DocumentAnnotator> m_annotator;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QTimer m_debounce;
    std::vector<Match> m_matches;
    int m_current = -1;
};

} // namespace lede::ui
