// OpenLocationDialog: validation on every keystroke, so a typo is explained before anything is fetched.
#include "reader/OpenLocationDialog.h"

#include "fetch/UrlFetcher.h"
#include "reader/WebAddress.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lede::ui {

OpenLocationDialog::OpenLocationDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("openLocationDialog"));
    setWindowTitle(tr("Open Location"));

    auto *label = new QLabel(tr("&Address of a web page:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("locationEdit"));
    m_edit->setPlaceholderText(tr("https://example.org/news/article"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 70);
    label->setBuddy(m_edit);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("locationHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    // Room for the longest hint, so the dialog neither clips it nor jumps while the user types.
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing() * 3);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QUrl url = address();
        if (url.isEmpty())
            return;
        accept();
        Q_EMIT addressChosen(url);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // A link just copied from a browser is the likely one; selected, so typing replaces it.
    if (const QClipboard *clipboard = QGuiApplication::clipboard()) {
        const QUrl fromClipboard = WebAddress::fromUserInput(clipboard->text());
        if (!fromClipboard.isEmpty() && WebAddress::isWebAddress(clipboard->text().trimmed())) {
            m_edit->setText(clipboard->text().trimmed());
            m_edit->selectAll();
        }
    }
    connect(m_edit, &QLineEdit::textChanged, this, &OpenLocationDialog::updateState);
    updateState();
}

QUrl OpenLocationDialog::address() const
{
    return WebAddress::fromUserInput(m_edit->text());
}

void OpenLocationDialog::updateState()
{
    const bool empty = m_edit->text().trimmed().isEmpty();
    const bool valid = !address().isEmpty();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(valid);
    const QString text = m_edit->text().trimmed();
    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    if (empty || valid)
        m_hint->setText(tr("Lede downloads this one page (up to %1) and opens it in a new tab. Nothing "
                           "else is fetched.")
                            .arg(QLocale().formattedDataSize(static_cast<qint64>(core::FetchOptions{}.maxBytes), 0,
                                                             QLocale::DataSizeTraditionalFormat)));
    else if (schemeEnd > 0 && !WebAddress::isWebAddress(text))
        m_hint->setText(tr("Lede opens only web pages: the address must start with http:// or https://."));
    else
        m_hint->setText(tr("This is not a web address. Enter an address that starts with http:// or "
                           "https://, or a site name such as example.org/article."));
}

} // namespace lede::ui
