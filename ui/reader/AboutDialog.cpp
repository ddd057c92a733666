// AboutDialog: credits every data source the shipped model and gazetteers derive from.
#include "reader/AboutDialog.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#ifndef LEDE_VERSION
#define LEDE_VERSION "unknown"
#endif

namespace lede::ui {

QString AboutDialog::text()
{
    const QString version = QString::fromLatin1(LEDE_VERSION);
    QString html;
    html += QStringLiteral("<h2>") + tr("Lede %1").arg(version) + QStringLiteral("</h2>");
    html += QStringLiteral("<p>") + tr("An article reader that shows who, where and when at a glance.")
        + QStringLiteral("</p>");
    html += QStringLiteral("<p>")
        + tr("Lede is free software: you can redistribute it and/or modify it under the terms of the GNU General "
             "Public License as published by the Free Software Foundation, either version 3 of the License, or (at "
             "your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.")
        + QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("Data") + QStringLiteral("</h3><ul>");
    const QStringList credits{
        tr("The entity recognition model is trained on the CoNLL-2003 English named-entity annotations "
           "(Tjong Kim Sang and De Meulder, 2003) of Reuters news text from the Reuters Corpus, Volume 1."),
        tr("Place names and coordinates come from <a href=\"https://www.geonames.org/\">GeoNames</a>, licensed "
           "under the Creative Commons Attribution 4.0 License (CC BY 4.0)."),
        tr("Country names and codes come from Debian's <i>iso-codes</i> package."),
        tr("First names come from public-domain lists of English first names (PDDL / CC0) and from the US "
           "Social Security Administration's baby-name data."),
    };
    for (const QString &c : credits)
        html += QStringLiteral("<li>") + c + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p>") + tr("Built with Qt %1 and ICU.").arg(QString::fromLatin1(qVersion()))
        + QStringLiteral("</p>");
    return html;
}

void AboutDialog::show(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Lede"));
    box->setTextFormat(Qt::RichText);
    box->setText(text());
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        box->setIconPixmap(icon.pixmap(64, 64));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace lede::ui
