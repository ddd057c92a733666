// FindBar: case-insensitive search over the view's blocks; marks and navigation.
#include "annotate/FindBar.h"

#include "annotate/DocumentAnnotator.h"

#include <QHBoxLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextBlock>
#include <QToolButton>

#include <algorithm>

namespace lede::ui {


FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_count(new QLabel(this)), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_close->setAutoRaise(true);
    for (QToolButton *b : {m_previous, m_next})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_close);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &FindBar::search);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            search();
        }
        if (QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier))
            findPrevious();
        else
            findNext();
    });
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    updateLabel();
}

FindBar::~FindBar() = default;

void FindBar::setAnnotator(DocumentAnnotator *annotator)
{
    if (m_annotator == annotator)
        return;
    if (m_annotator)
        m_annotator->setFindMarks({});
    m_annotator = annotator;
    if (isVisible())
        search();
}

void FindBar::activate()
{
    if (m_annotator && m_annotator->view()) {
        const QString selected = m_annotator->view()->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_field->setText(selected);
    }
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void FindBar::setQuery(const QString &text)
{
    m_field->setText(text);
    m_debounce.stop();
    search();
}

QString FindBar::query() const
{
    return m_field->text();
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_field->text();
    if (m_annotator && m_annotator->view() && !needle.isEmpty()) {
        const QTextDocument *doc = m_annotator->view()->document();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const QString text = b.text();
            for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
                m_matches.push_back({b.position() + static_cast<int>(at), static_cast<int>(needle.size())});
        }
    }
    // Start at the first match after the caret, as readers expect.
    if (!m_matches.empty() && m_annotator && m_annotator->view()) {
        const int caret = m_annotator->view()->textCursor().selectionStart();
        const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), caret,
                                         [](const Match &m, int pos) { return m.position < pos; });
        m_current = it == m_matches.end() ? 0 : static_cast<int>(it - m_matches.begin());
    }
    updateMarks();
    if (m_current >= 0)
        goTo(m_current);
    updateLabel();
}

void FindBar::updateMarks()
{
    if (!m_annotator || !m_annotator->view())
        return;
    std::vector<DocumentAnnotator::Mark> marks;
    const QPalette pal = m_annotator->view()->palette();
    // Find hits in lemon yellow with black text: the classic find colour, unused by the highlight kinds.
    QTextCharFormat all;
    all.setBackground(QColor(0xF0, 0xE4, 0x42));
    all.setForeground(QColor(Qt::black));
    QTextCharFormat current;
    current.setBackground(pal.color(QPalette::Highlight));
    current.setForeground(pal.color(QPalette::HighlightedText));
    // Every match is marked: marks are positions, and the view draws only those near the screen.
    marks.reserve(m_matches.size());
    for (size_t i = 0; i < m_matches.size(); ++i) {
        const Match &m = m_matches[i];
        marks.push_back({m.position, m.position + m.length, static_cast<int>(i) == m_current ? current : all});
    }
    m_annotator->setFindMarks(std::move(marks));
}

void FindBar::goTo(int index)
{
    if (!m_annotator || !m_annotator->view() || index < 0 || index >= matchCount())
        return;
    m_current = index;
    QTextEdit *view = m_annotator->view();
    QTextCursor c(view->document());
    c.setPosition(m_matches[static_cast<size_t>(index)].position);
    const int block = c.blockNumber();
    m_annotator->highlighter()->prioritise(block - 2, block + 40);
    view->setTextCursor(c);
    view->ensureCursorVisible();
    updateMarks();
    updateLabel();
}

bool FindBar::findNext()
{
    if (m_matches.empty())
        return false;
    goTo(m_current < 0 ? 0 : (m_current + 1) % matchCount());
    return true;
}

bool FindBar::findPrevious()
{
    if (m_matches.empty())
        return false;
    goTo(m_current <= 0 ? matchCount() - 1 : m_current - 1);
    return true;
}

void FindBar::updateLabel()
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (m_matches.empty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(locale().toString(m_current + 1), locale().toString(matchCount())));
    m_previous->setEnabled(!m_matches.empty());
    m_next->setEnabled(!m_matches.empty());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    if (m_annotator)
        m_annotator->setFindMarks({});
    QWidget::hideEvent(event);
}

} // namespace lede::ui
