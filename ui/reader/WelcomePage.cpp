// WelcomePage: a centred hint and an Open button; drops land on the window behind it.
#include "reader/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lede::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *heading = new QLabel(tr("No article open"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto *hint = new QLabel(tr("Open an article with File ▸ Open… (%1), or drop files onto this window.")
                                .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
                            this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *button = new QPushButton(tr("Open…"), this);
    button->setObjectName(QStringLiteral("welcomeOpenButton"));
    connect(button, &QPushButton::clicked, this, &WelcomePage::openRequested);

    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(hint);
    layout->addSpacing(16);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace lede::ui
