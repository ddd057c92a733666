// Tests for loadDocument(): refusals (missing, folder, unreadable, too large, binary), dispatch by
// extension and by content, and the metadata every loaded file carries.
#include "document/DocumentLoader.h"
#include "document/FileReading.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

using namespace lede::core;
namespace fs = std::filesystem;

namespace {

fs::path writeFile(const QTemporaryDir &dir, const char *name, std::string_view bytes)
{
    const fs::path path = fs::path(dir.path().toStdString()) / name;
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path;
}

} // namespace

class TestDocumentLoader final : public QObject
{
    Q_OBJECT

private slots:
    void loadMissingFile_reportsNotFound()
    {
        QTemporaryDir dir;
        auto result = loadDocument(fs::path(dir.path().toStdString()) / "nothing-here.txt");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::NotFound);
    }

    void loadFolder_reportsNotAFile()
    {
        QTemporaryDir dir;
        auto result = loadDocument(dir.path().toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::NotAFile);
    }

    void loadDevice_reportsDevice_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty char device") << QStringLiteral("/dev/null");
        QTest::newRow("endless zeros") << QStringLiteral("/dev/zero");
        QTest::newRow("endless random bytes") << QStringLiteral("/dev/urandom");
    }

    void loadDevice_reportsDevice()
    {
        QFETCH(QString, path);
        auto result = loadDocument(path.toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Device);
    }

    void loadFifo_isRefusedWithoutWaitingForAWriter()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "pipe";
        QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        auto result = loadDocument(path); // opening a FIFO for reading would block until a writer comes
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Device);
    }

    void loadSymlinkLoop_reportsSymlinkLoop()
    {
        QTemporaryDir dir;
        const fs::path a = fs::path(dir.path().toStdString()) / "a.txt";
        const fs::path b = fs::path(dir.path().toStdString()) / "b.txt";
        fs::create_symlink(b, a);
        fs::create_symlink(a, b);
        auto result = loadDocument(a);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::SymlinkLoop);
    }

    void loadProcFile_reportingSizeZero_isReadToItsEnd()
    {
        if (!fs::exists("/proc/self/status"))
            QSKIP("needs Linux /proc");
        QCOMPARE(fs::file_size("/proc/self/status"), uintmax_t(0)); // the kernel says 0; the file is not empty
        auto result = loadDocument("/proc/self/status");
        QVERIFY(result.ok());
        QVERIFY(!result->text.empty());
    }

    void readDescriptor_liveFileThatNeverEnds_stallsOutInsteadOfBlocking()
    {
        // A pipe whose writer stays open and quiet behaves like /proc/kmsg with nothing new to say.
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        QCOMPARE(::write(fds[1], "some bytes", 10), ssize_t(10));
        LoadOptions options;
        options.stallTimeout = std::chrono::milliseconds(200);
        auto result = readDescriptor(fds[0], "live", 0, options);
        ::close(fds[0]);
        ::close(fds[1]);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Stalled);
    }

    void readDescriptor_liveFileThatNeverEnds_honoursTheStopToken()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        StopSource source;
        source.requestStop();
        LoadOptions options;
        options.stop = source.token();
        options.stallTimeout = std::chrono::hours(1);
        auto result = readDescriptor(fds[0], "live", 0, options);
        ::close(fds[0]);
        ::close(fds[1]);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Cancelled);
    }

    void readDescriptor_fileThatKeepsSending_stopsAtTheSizeLimit()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const std::string chunk(4096, 'x');
        QCOMPARE(::write(fds[1], chunk.data(), chunk.size()), ssize_t(chunk.size()));
        LoadOptions options;
        options.maxFileBytes = 1000;
        auto result = readDescriptor(fds[0], "live", 0, options);
        ::close(fds[0]);
        ::close(fds[1]);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::TooLarge);
    }

    void loadFileFailingToRead_reportsUnreadable()
    {
        // A regular file whose read() fails with EIO: reading at address 0 of our own memory.
        if (!fs::exists("/proc/self/mem"))
            QSKIP("needs Linux /proc");
        auto result = loadDocument("/proc/self/mem");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Unreadable);
    }

    void loadUnreadableFile_reportsUnreadable()
    {
        if (geteuid() == 0)
            QSKIP("root reads files regardless of their permissions");
        QTemporaryDir dir;
        const fs::path path = writeFile(dir, "secret.txt", "hidden");
        fs::permissions(path, fs::perms::none);
        auto result = loadDocument(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Unreadable);
    }

    void loadFileOverLimit_reportsTooLargeWithoutReading()
    {
        QTemporaryDir dir;
        const fs::path path = writeFile(dir, "big.txt", std::string(2000, 'a'));
        LoadOptions options;
        options.maxFileBytes = 1000;
        auto result = loadDocument(path, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::TooLarge);
        // The check precedes reading: an unreadable file over the limit is still "too large".
        if (geteuid() != 0) {
            fs::permissions(path, fs::perms::none);
            QCOMPARE(loadDocument(path, options).error().code, LoadError::Code::TooLarge);
        }
        options.maxFileBytes = 2000;
        QVERIFY(loadDocument(path, options).ok());
    }

    void loadBytesOverLimit_reportsTooLarge()
    {
        LoadOptions options;
        options.maxFileBytes = 3;
        auto result = loadDocumentFromBytes("abcd", "a.txt", options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::TooLarge);
    }

    void loadBinaryFile_reportsBinary_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("with .txt extension") << QStringLiteral("image.txt");
        QTest::newRow("unknown extension") << QStringLiteral("image.png");
        QTest::newRow("no extension") << QStringLiteral("image");
    }

    void loadBinaryFile_reportsBinary()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20);
        const fs::path path = writeFile(dir, name.toUtf8().constData(), png);
        auto result = loadDocument(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Binary);
    }

    void loadEmptyFile_givesEmptyDocument()
    {
        QTemporaryDir dir;
        const fs::path path = writeFile(dir, "empty.txt", "");
        auto result = loadDocument(path);
        QVERIFY(result.ok());
        QVERIFY(result->text.empty());
        QVERIFY(result->blocks.empty());
        QCOMPARE(result->meta.sourcePath, path.string());
        QCOMPARE(result->meta.format, SourceFormat::Text);
    }

    void loadTextFile_fillsMetadata_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("txt") << QStringLiteral("notes.txt");
        QTest::newRow("upper-case extension") << QStringLiteral("NOTES.TXT");
        QTest::newRow("no extension") << QStringLiteral("README");
        QTest::newRow("unknown extension") << QStringLiteral("server.log");
        QTest::newRow("hidden file") << QStringLiteral(".profile");
    }

    void loadTextFile_fillsMetadata()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const fs::path path = writeFile(dir, name.toUtf8().constData(), "Heading\n\nSome text.\n");
        auto result = loadDocument(path);
        QVERIFY(result.ok());
        QCOMPARE(result->meta.format, SourceFormat::Text);
        QCOMPARE(result->meta.encoding, std::string("UTF-8"));
        QCOMPARE(result->meta.title, std::string("Heading"));
        QCOMPARE(result->meta.sourcePath, path.string());
        QCOMPARE(result->text, std::u16string(u"Heading\n\nSome text.\n"));
    }

    void registry_hasOneLoaderPerExtension()
    {
        std::vector<std::string> seen;
        for (const auto &loader : formatLoaders()) {
            QVERIFY(!loader->extensions().empty());
            QVERIFY(!loader->mimeTypes().empty());
            for (const std::string &ext : loader->extensions()) {
                QVERIFY2(std::find(seen.begin(), seen.end(), ext) == seen.end(), ext.c_str());
                seen.push_back(ext);
            }
        }
        QVERIFY(std::find(seen.begin(), seen.end(), "txt") != seen.end());
    }

    void randomBytes_neverCrash()
    {
        // Fixed seed: reproducible. Mixes random bytes with text-like and Markdown-like fragments.
        std::mt19937 rng(20240305);
        const std::string fragments[] = {"# ", "\n", "\r\n", "> ", "- ", "1. ", "```", "*", "_", "[a](b)", "&amp;",
                                         "\xC3\xA9", "\xE2\x80", "\xFF", "---\n", "|", "    ", "\xEF\xBB\xBF"};
        for (int round = 0; round < 400; ++round) {
            std::string bytes;
            const int pieces = int(rng() % 200);
            for (int p = 0; p < pieces; ++p) {
                if (rng() % 3 == 0)
                    bytes += fragments[rng() % std::size(fragments)];
                else
                    bytes.push_back(char(rng() % (round % 2 ? 256 : 128)));
            }
            for (const char *name : {"f.txt", "f.md", "f"}) {
                auto result = loadDocumentFromBytes(bytes, name);
                if (!result.ok())
                    continue;
                const auto size = int32_t(result->text.size());
                for (const Block &b : result->blocks)
                    QVERIFY(b.range.start >= 0 && b.range.start <= b.range.end && b.range.end <= size);
                for (const InlineSpan &s : result->spans)
                    QVERIFY(s.range.start >= 0 && s.range.start <= s.range.end && s.range.end <= size);
            }
        }
    }

    void stopRequested_beforeLoading_cancels()
    {
        QTemporaryDir dir;
        const fs::path path = writeFile(dir, "a.txt", "text");
        StopSource source;
        source.requestStop();
        LoadOptions options;
        options.stop = source.token();
        auto result = loadDocument(path, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, LoadError::Code::Cancelled);
    }
};

QTEST_APPLESS_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
