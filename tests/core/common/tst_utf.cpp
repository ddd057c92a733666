// Tests for UTF conversion and UTF-16 → code point offset mapping.
#include "common/Utf.h"

#include <QTest>

using namespace lede::core;

class TestUtf final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_keepsNonBmpCharacters()
    {
        const std::string s = "a\xF0\x9F\x98\x80 b \xC3\xA9";
        const std::u16string u = utf8ToUtf16(s);
        QCOMPARE(u.size(), size_t(7));
        QCOMPARE(utf16ToUtf8(u), s);
    }

    void invalidUtf8_becomesReplacementCharacter()
    {
        const std::u16string u = utf8ToUtf16("a\xFF" "b");
        QCOMPARE(u, std::u16string(u"a\uFFFDb"));
        QVERIFY(!isValidUtf8("a\xFF" "b"));
        QVERIFY(isValidUtf8("plain \xC3\xA9"));
    }

    void codePointIndex_data()
    {
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("codePoint");
        QTest::newRow("start") << 0 << 0;
        QTest::newRow("before emoji") << 1 << 1;
        QTest::newRow("after emoji") << 3 << 2;
        QTest::newRow("end") << 5 << 4;
    }

    void codePointIndex()
    {
        QFETCH(int, utf16);
        QFETCH(int, codePoint);
        const std::u16string text = u"a\U0001F600bc";
        const CodePointIndex index(text);
        QCOMPARE(index.toCodePoint(utf16), int64_t(codePoint));
    }
};

QTEST_APPLESS_MAIN(TestUtf)
#include "tst_utf.moc"
