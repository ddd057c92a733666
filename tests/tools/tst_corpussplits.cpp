// Tests for the committed NER corpus splits: the range format, the file's checks, and selecting one split.
#include "CorpusSplits.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace lede::tools;

namespace {

std::filesystem::path writeFile(const QTemporaryDir &dir, const char *name, const std::string &text)
{
    const std::filesystem::path p = dir.filePath(QString::fromLatin1(name)).toStdString();
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

// Three documents of one sentence each; the middle one names a product (MISC).
const char *const kCorpus = "-DOCSTART- O\n\nAda B-PER\nspoke O\n\n-DOCSTART- O\n\nThe O\nZephyr B-MISC\nsold O\n\n"
                            "-DOCSTART- O\n\nOslo B-LOC\nwaited O\n\n";

} // namespace

class TestCorpusSplits final : public QObject
{
    Q_OBJECT

private slots:
    void ranges_roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << "-" << 0;
        QTest::newRow("one") << "7" << 1;
        QTest::newRow("runs and singles") << "0-3,5,7-9" << 8;
    }

    void ranges_roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        const auto parsed = parseRanges(text.toStdString());
        QVERIFY(parsed);
        QCOMPARE(int(parsed->size()), count);
        QCOMPARE(QString::fromStdString(formatRanges(*parsed)), text);
    }

    void ranges_malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("descending range") << "5-3";
        QTest::newRow("overlap") << "0-4,3";
        QTest::newRow("not a number") << "1,x";
        QTest::newRow("empty item") << "1,,2";
        QTest::newRow("empty string") << "";
    }

    void ranges_malformed()
    {
        QFETCH(QString, text);
        QVERIFY(!parseRanges(text.toStdString()));
    }

    void read_reportsTheLineOfABadRow_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("why");
        QTest::newRow("six columns") << "c\tf\tfull\t3\t0\t1" << "7 tab-separated";
        QTest::newRow("bad misc") << "c\tf\tsome\t3\t0\t1\t2" << "full or partial";
        QTest::newRow("twice") << "c\tf\tfull\t3\t0-1\t1\t2" << "two splits";
        QTest::newRow("out of range") << "c\tf\tfull\t3\t0-1\t2\t3" << "out of range";
        QTest::newRow("unassigned") << "c\tf\tfull\t3\t0\t1\t-" << "no split";
    }

    void read_reportsTheLineOfABadRow()
    {
        QFETCH(QString, row);
        QFETCH(QString, why);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto p = writeFile(dir, "splits.tsv", "# header\n" + row.toStdString() + "\n");
        std::string error;
        QVERIFY(!CorpusSplits::read(p, error));
        QVERIFY2(QString::fromStdString(error).contains(QLatin1String(":2: ")), error.c_str());
        QVERIFY2(QString::fromStdString(error).contains(why), error.c_str());
    }

    void serialize_readsBack()
    {
        CorpusSplits s;
        s.files.push_back({"tiny", "tiny/a.iob2", true, {Split::Train, Split::Test, Split::Train, Split::Dev}});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::string error;
        const auto back = CorpusSplits::read(writeFile(dir, "s.tsv", s.serialize()), error);
        QVERIFY2(back, error.c_str());
        QCOMPARE(back->files.size(), size_t(1));
        QVERIFY(back->files[0].partialMisc);
        QVERIFY(back->files[0].splitOf == s.files[0].splitOf);
    }

    void selectSplit_takesOnlyThatSplitsDocuments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir, "tiny.iob2", kCorpus);
        CorpusSplits s;
        s.files.push_back({"tiny", "tiny.iob2", true, {Split::Train, Split::Test, Split::Train}});
        SplitSelection train, test;
        std::string error;
        QVERIFY(selectSplit(s, dir.path().toStdString(), Split::Train, {}, train, error));
        QVERIFY(selectSplit(s, dir.path().toStdString(), Split::Test, {"tiny"}, test, error));
        QCOMPARE(train.corpus.documents.size(), size_t(2));
        QCOMPARE(test.corpus.documents.size(), size_t(1));
        const auto &line = test.corpus.lines[test.corpus.documents[0].sentences[0][1]];
        QCOMPARE(line.token, std::string("Zephyr"));
        QCOMPARE(test.partialMisc, std::vector<uint8_t>{1});
        QCOMPARE(test.corpusOf, std::vector<std::string>{"tiny"});

        // Another corpus's name selects nothing; a changed file is refused.
        SplitSelection none;
        QVERIFY(selectSplit(s, dir.path().toStdString(), Split::Train, {"other"}, none, error));
        QVERIFY(none.corpus.documents.empty());
        s.files[0].splitOf.push_back(Split::Dev);
        SplitSelection stale;
        QVERIFY(!selectSplit(s, dir.path().toStdString(), Split::Train, {}, stale, error));
        QVERIFY2(QString::fromStdString(error).contains(QLatin1String("3 documents")), error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestCorpusSplits)
#include "tst_corpussplits.moc"
