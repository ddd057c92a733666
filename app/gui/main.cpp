// lede: the reader's entry point — application setup, translations, command line, the window.
#include "annotate/ReaderIntegration.h"
#include "common/DataPaths.h"
#include "reader/AppTranslations.h"
#include "reader/MainWindow.h"
#include "reader/ReaderPalette.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>

namespace {

// --lang must be known before the parser's own texts are translated, so it is read first by hand.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(u"--lang="))
            return args[i].mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lede"));
    QCoreApplication::setApplicationName(QStringLiteral("lede"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEDE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Lede"));
    QGuiApplication::setDesktopFileName(QStringLiteral("lede"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lede.svg")));

    using lede::ui::AppTranslations;
    AppTranslations::install(app, AppTranslations::chooseLocale(languageArgument(app.arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Reads articles with people, places, organisations and dates marked."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Use the language <code> (e.g. de, en)."),
                                        QCoreApplication::translate("main", "code"));
    const QCommandLineOption paletteOption(
        QStringLiteral("palette"), QCoreApplication::translate("main", "Force a light or dark palette (light, dark)."),
        QCoreApplication::translate("main", "name"));
    parser.addOption(langOption);
    parser.addOption(paletteOption);
    parser.addPositionalArgument(QCoreApplication::translate("main", "files"),
                                 QCoreApplication::translate("main", "Articles to open, each in its own tab."),
                                 QCoreApplication::translate("main", "[FILE|URL…]"));
    parser.process(app);

    lede::core::setExecutableDirectory(QFile::encodeName(QCoreApplication::applicationDirPath()).toStdString());
    lede::ui::ReaderPalette::applyNamed(parser.value(paletteOption));

    lede::ui::MainWindow window;
    lede::ui::installAnnotations(&window); // highlights, entity/context panels, find, export (ui/annotate)
    window.show();
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openSample();
    else
        window.openFiles(files);
    return QApplication::exec();
}
