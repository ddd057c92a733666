// The .desktop file's MimeType line must list every MIME type a loader reads, so that file managers offer Lede
// for each format it opens (the File ▸ Open filter is built from the same loader lists at run time).
#include "document/DocumentLoader.h"

#include <QTest>

#include <fstream>
#include <string>

using namespace lede::core;

class TestDesktopEntry final : public QObject
{
    Q_OBJECT

private slots:
    void mimeTypes_coverEveryLoader()
    {
        std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/resources/desktop/lede.desktop");
        QVERIFY(in.good());
        std::string mimeLine;
        for (std::string line; std::getline(in, line);) {
            if (line.rfind("MimeType=", 0) == 0)
                mimeLine = ";" + line.substr(9);
        }
        QVERIFY(!mimeLine.empty());
        for (const auto &loader : formatLoaders()) {
            for (const std::string &mime : loader->mimeTypes())
                QVERIFY2(mimeLine.find(";" + mime + ";") != std::string::npos, mime.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestDesktopEntry)
#include "tst_desktopentry.moc"
