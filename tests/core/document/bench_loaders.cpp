// Benchmark for loadDocument (label "benchmark": not part of the default test run). Prints the time to
// load 50 MB files: UTF-8 hard-wrapped text, Windows-1252 text (charset detection and conversion) and
// Markdown. The issue asks for a 50 MB file to load in a few seconds at most.
#include "document/DocumentLoader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace lede::core;
namespace fs = std::filesystem;

namespace {

constexpr size_t kTargetBytes = 50u * 1024 * 1024;

std::string repeatTo(const std::string &unit)
{
    std::string out;
    out.reserve(kTargetBytes + unit.size());
    while (out.size() < kTargetBytes)
        out += unit;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(std::string)

class BenchLoaders final : public QObject
{
    Q_OBJECT

private slots:
    void load50MB_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::string>("bytes");
        const std::string wrapped =
            "The committee met on Tuesday in Z\xC3\xBCrich to discuss the budget for the coming year, and\n"
            "the chair, Dr. Ana Lima, said that the city would need to borrow more than it had\n"
            "planned because the new bridge had cost twice as much as the engineers estimated.\n\n";
        QTest::newRow("utf-8 wrapped .txt") << QStringLiteral("big.txt") << repeatTo(wrapped);
        std::string cp1252 = wrapped;
        cp1252.replace(cp1252.find("\xC3\xBC"), 2, "\xFC");
        cp1252.replace(cp1252.find("said that"), 4, "\x93said\x94");
        QTest::newRow("windows-1252 .txt") << QStringLiteral("legacy.txt") << repeatTo(cp1252);
        const std::string markdown = "## Budget\n\nThe committee met on *Tuesday* in **Zurich** to discuss "
                                     "[the budget](https://example.org) for the coming year.\n\n- one\n- two\n\n";
        QTest::newRow("markdown") << QStringLiteral("big.md") << repeatTo(markdown);
    }

    void load50MB()
    {
        QFETCH(QString, name);
        QFETCH(std::string, bytes);
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / name.toStdString();
        {
            std::ofstream out(path, std::ios::binary);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        }
        QElapsedTimer timer;
        timer.start();
        auto result = loadDocument(path);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QVERIFY(result.ok());
        qInfo("%s: %.1f MB, %s, %zu blocks, %zu UTF-16 units in %.2f s (%.1f MB/s)", qPrintable(name),
              double(bytes.size()) / 1e6, result->meta.encoding.c_str(), result->blocks.size(), result->text.size(),
              seconds, double(bytes.size()) / 1e6 / seconds);
        QVERIFY(seconds < 10);
    }
};

QTEST_APPLESS_MAIN(BenchLoaders)
#include "bench_loaders.moc"
