// ProblemDialog: the reader's warning for files that could not be opened — a headline, then either a
// sentence of detail or a list with one line per file. Unlike QMessageBox, which caps its labels at a
// fixed width and cannot break a long file name, the list wraps anywhere inside a name, grows with its
// lines up to half the screen and then scrolls, so nothing is ever clipped.
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QTextBrowser;

namespace lede::ui {

class ProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemDialog)

public:
    // `details` is a sentence shown below `text`; `items` a list (one problem each). Either may be empty.
    ProblemDialog(const QString &text, const QString &details, const QStringList &items, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    QString details() const { return m_details; }
    QStringList items() const { return m_items; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitList();

    QString m_text;
    QString m_details;
    QStringList m_items;
    QLabel *m_headline = nullptr;
    QTextBrowser *m_list = nullptr;
};

} // namespace lede::ui
