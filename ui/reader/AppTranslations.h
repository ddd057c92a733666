// AppTranslations: loads Lede's own translation (embedded under :/i18n) and Qt's qtbase one.
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace lede::ui {

class AppTranslations final
{
public:
    // The locale to use: `forced` when it names one ("de", "de_DE"), else the system locale.
    // An unknown name falls back to the system locale.
    static QLocale chooseLocale(const QString &forced);

    // Installs the translators for `locale` into `app` (they become children of it) and makes
    // `locale` the default for number and date formatting. Returns true when Lede's own
    // translation for that language was found; otherwise the English texts (with their plural
    // forms) are used and it returns false.
    static bool install(QCoreApplication &app, const QLocale &locale);
};

} // namespace lede::ui
