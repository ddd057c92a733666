// ProblemDialog: a warning with a wrapped headline and a list sized to its content.
#include "reader/ProblemDialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace lede::ui {

namespace {
// Wide enough for a typical file message on one or two lines; narrower than half a laptop screen.
constexpr int kWidthEm = 34;
} // namespace

ProblemDialog::ProblemDialog(const QString &text, const QString &details, const QStringList &items, QWidget *parent)
    : QDialog(parent), m_text(text), m_details(details), m_items(items)
{
    setWindowTitle(tr("Lede"));
    // Nested boxes rather than a grid with a spanning icon: QGridLayout then gives a word-wrapped label the
    // height it would need at a much narrower width.
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize); // exactly as large as the content
    auto *body = new QHBoxLayout;
    body->setSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    auto *column = new QVBoxLayout;
    layout->addLayout(body);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(column, 1);

    m_headline = new QLabel(text, this);
    m_headline->setObjectName(QStringLiteral("problemHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(!details.isEmpty() || !items.isEmpty()); // a headline only when something follows
    m_headline->setFont(bold);
    column->addWidget(m_headline);
    if (!details.isEmpty()) {
        auto *detailLabel = new QLabel(details, this);
        detailLabel->setObjectName(QStringLiteral("problemDetails"));
        detailLabel->setWordWrap(true);
        detailLabel->setTextFormat(Qt::PlainText);
        detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        column->addWidget(detailLabel);
    }
    if (!items.isEmpty()) {
        m_list = new QTextBrowser(this);
        m_list->setObjectName(QStringLiteral("problemList"));
        m_list->setFrameShape(QFrame::NoFrame);
        m_list->viewport()->setAutoFillBackground(false);
        m_list->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long file names break too
        m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
        for (const QString &item : items)
            html +=
                QStringLiteral("<li style=\"margin-bottom: 4px;\">") + item.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        m_list->setHtml(html);
        column->addWidget(m_list);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    const int width = fontMetrics().averageCharWidth() * kWidthEm * 2;
    m_headline->setMinimumWidth(std::min(width, screen() ? screen()->availableGeometry().width() / 2 : width));
    fitList();
}

void ProblemDialog::showEvent(QShowEvent *event)
{
    fitList();
    QDialog::showEvent(event);
}

void ProblemDialog::fitList()
{
    if (!m_list)
        return;
    // As tall as its wrapped lines, up to half the screen; beyond that it scrolls.
    const int width = m_headline->minimumWidth();
    m_list->document()->setTextWidth(width);
    const int maxHeight = screen() ? screen()->availableGeometry().height() / 2 : 480;
    const int height = static_cast<int>(std::ceil(m_list->document()->size().height())) + 2 * m_list->frameWidth();
    // Fixed: a text browser's own size hint is a generic 256×192 that would leave a gap or clip.
    m_list->setFixedSize(width, std::min(height, maxHeight));
    m_list->setVerticalScrollBarPolicy(height > maxHeight ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
}

} // namespace lede::ui
