// AboutDialog: Help ▸ About Lede — version, licence and the data Lede is built from.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace lede::ui {

class AboutDialog final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::AboutDialog)

public:
    // The rich text shown in the box (tests check it names the licence and the sources).
    static QString text();
    // Opens the box window-modally without blocking (it deletes itself when closed).
    static void show(QWidget *parent);
};

} // namespace lede::ui
