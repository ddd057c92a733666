// AppTranslations: Lede's .qm from the resources, Qt's from QLibraryInfo::TranslationsPath.
#include "reader/AppTranslations.h"

#include "reader/ReaderLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lede::ui {

QLocale AppTranslations::chooseLocale(const QString &forced)
{
    if (forced.isEmpty())
        return QLocale::system();
    const QLocale wanted(forced);
    if (wanted.language() == QLocale::C || wanted.language() == QLocale::AnyLanguage) {
        qCWarning(lcReader) << "unknown language" << forced << "- using the system language";
        return QLocale::system();
    }
    return wanted;
}

bool AppTranslations::install(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *lede = new QTranslator(&app);
    if (lede->load(locale, QStringLiteral("lede"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(lede);
        return locale.language() != QLocale::English;
    }
    // No translation for this language (or the C locale): the English source texts apply, with
    // the English plural forms ("1 word", "2 words") that only lede_en carries.
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        qCInfo(lcReader) << "no Lede translation for" << locale.name();
    if (lede->load(QStringLiteral("lede_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(lede);
    else
        delete lede;
    return false;
}

} // namespace lede::ui
