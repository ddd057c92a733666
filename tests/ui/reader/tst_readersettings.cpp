// Tests for ReaderSettings: reading the preferences leaves the user's home untouched; the first write creates
// the folder and the file.
#include "reader/ReaderSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lede;

class TestReaderSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QStandardPaths::isTestModeEnabled()); // TestIsolation.cpp, linked into every UI test
        QVERIFY(m_home.isValid());
        // A home of our own, so the checks below see exactly what reading and writing create.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("LedeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_readersettings"));
        m_configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QVERIFY2(m_configDir.startsWith(m_home.path()), qPrintable(m_configDir));
    }

    void readingSettings_createsNoFolder()
    {
        const auto settings = ui::openReaderSettings();
        QCOMPARE(settings->value(ui::key(ui::settingsKey::zoomStep), 0).toInt(), 0);
        QVERIFY(settings->value(ui::key(ui::settingsKey::recentFiles)).toStringList().isEmpty());
        QVERIFY2(!QDir(m_home.path()).exists(QStringLiteral(".qttest")), "reading created a folder in the home");
        QVERIFY(!QFileInfo::exists(m_configDir));
    }

    void writingSettings_createsTheFolderAndKeepsTheValue()
    {
        {
            const auto settings = ui::openReaderSettings();
            settings->setValue(ui::key(ui::settingsKey::zoomStep), 3);
            settings->sync();
            QCOMPARE(settings->status(), QSettings::NoError);
        }
        QVERIFY(QFileInfo::exists(m_configDir + QStringLiteral("/lede.conf")));
        QCOMPARE(ui::openReaderSettings()->value(ui::key(ui::settingsKey::zoomStep)).toInt(), 3);
    }

private:
    QTemporaryDir m_home;
    QString m_configDir;
};

QTEST_MAIN(TestReaderSettings)
#include "tst_readersettings.moc"
