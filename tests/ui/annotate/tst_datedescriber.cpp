// Dates in words: TIMEX3 values described in the user's locale.
#include "annotate/DateDescriber.h"

#include <QTest>

using namespace lede;
using namespace lede::ui;

class TestDateDescriber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeValue_inBritishEnglish_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full date") << "2022-04-25" << "Monday, 25 April 2022";
        QTest::newRow("year unknown") << "XXXX-04-25" << "25 April, year unknown";
        QTest::newRow("month") << "2022-04" << "April 2022";
        QTest::newRow("year") << "2022" << "2022";
        QTest::newRow("decade") << "196X" << "the 1960s";
        QTest::newRow("week") << "2022-W16" << "week 16 of 2022";
        QTest::newRow("season") << "2022-SU" << "summer 2022";
        QTest::newRow("days") << "P4D" << "4 days";
        QTest::newRow("one year") << "P1Y" << "1 year";
        QTest::newRow("hours and minutes") << "PT2H30M" << "2 hours and 30 minutes";
        QTest::newRow("some weeks") << "PXW" << "some weeks";
        QTest::newRow("present") << "PRESENT_REF" << "the present";
        QTest::newRow("unknown shape kept") << "2022-XX-XX-odd" << "2022-XX-XX-odd";
        QTest::newRow("invalid day kept") << "2022-02-30" << "2022-02-30";
    }
    void describeValue_inBritishEnglish()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(DateDescriber(QLocale(QLocale::English, QLocale::UnitedKingdom)).describeValue(value), expected);
    }

    void describeValue_followsLocaleOrder()
    {
        const DateDescriber us(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(us.describeValue(QStringLiteral("2022-04-25")), QStringLiteral("Monday, April 25, 2022"));
        QCOMPARE(us.describeValue(QStringLiteral("XXXX-04-25")), QStringLiteral("April 25, year unknown"));
        const DateDescriber de(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(de.describeValue(QStringLiteral("2022-04-25")).contains(QStringLiteral("Montag")));
    }

    void describe_rangeJoinsBothEnds()
    {
        core::Timex t;
        t.value = "2022-04-21";
        t.rangeStart = "2022-04-21";
        t.rangeEnd = "2022-04-24";
        QCOMPARE(DateDescriber(QLocale(QLocale::English, QLocale::UnitedKingdom)).describe(t),
                 QStringLiteral("Thursday, 21 April 2022 – Sunday, 24 April 2022"));
    }
};

QTEST_MAIN(TestDateDescriber)
#include "tst_datedescriber.moc"
