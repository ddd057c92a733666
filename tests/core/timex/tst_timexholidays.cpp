// Tests for holidays in TimexTagger: fixed days, days counted from Easter, the n-th weekday of a
// month, their eves, weeks and weekends, and words that are holidays only before "Day".
#include "TimexTestSupport.h"
#include "timex/TimexTagger.h"

#include <QTest>

#include <string>

using namespace lede::core;

class TestTimexHolidays final : public QObject
{
    Q_OBJECT

private:
    static void columns() { testing::addTimexColumns(); }
    static void checkRow() { testing::checkTimexRow(ReferenceSource::CommandLine, true); }

private slots:
    void holidays_data()
    {
        columns();
        const QString ref = QStringLiteral("2000-04-16"); // Palm Sunday
        QTest::newRow("easter week is the week holding Easter Sunday") << "Protesters prayed as Easter week began." << ref << "Easter week" << "date" << "2000-W16";
        QTest::newRow("easter monday") << "Easter Monday 2025 is a holiday." << ref << "Easter Monday 2025" << "date" << "2025-04-21";
        QTest::newRow("christmas eve") << "They met on Christmas Eve 1999." << ref << "Christmas Eve 1999" << "date" << "1999-12-24";
        QTest::newRow("lower-case christmas is still christmas") << "the truce of christmas 1914 held." << ref << "christmas 1914" << "date" << "1914-12-25";
        QTest::newRow("christmas with a year") << "Christmas 1914 saw a truce." << ref << "Christmas 1914" << "date" << "1914-12-25";
        QTest::newRow("thanksgiving is the fourth thursday") << "Stores opened early on Thanksgiving 1999." << ref << "Thanksgiving 1999" << "date" << "1999-11-25";
        QTest::newRow("election day is the tuesday after the first monday") << "Voters went to the polls on Election Day 1998." << ref << "Election Day 1998" << "date" << "1998-11-03";
        QTest::newRow("labor day weekend ends on the holiday") << "Traffic rose over Labor Day weekend." << QStringLiteral("1998-09-10") << "Labor Day weekend" << "date" << "1998-W36-WE";
        QTest::newRow("possessive holiday") << "We met on Valentine's Day." << ref << "Valentine's Day" << "date" << "2000-02-14";
        QTest::newRow("new year's eve") << "On New Year's Eve, crowds gathered." << ref << "New Year's Eve" << "date" << "1999-12-31";
        QTest::newRow("new year's day with a year") << "New Year's Day 2000 was calm." << ref << "New Year's Day 2000" << "date" << "2000-01-01";
        QTest::newRow("last thanksgiving before this year's") << "They met last Thanksgiving." << QStringLiteral("1999-11-10") << "last Thanksgiving" << "date" << "1998-11-26";
        QTest::newRow("next christmas") << "We meet next Christmas." << QStringLiteral("1999-11-10") << "next Christmas" << "date" << "1999-12-25";
        QTest::newRow("last labor day") << "He spoke last Labor Day." << QStringLiteral("1999-11-10") << "last Labor Day" << "date" << "1999-09-06";
        QTest::newRow("holiday without a reference keeps what is certain") << "They wed on Christmas Eve." << QString() << "Christmas Eve" << "date" << "XXXX-12-24";
    }
    void holidays() { checkRow(); }

    void holidayWords_areNotHolidaysAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("labor without day") << "The labor union struck.";
        QTest::newRow("last labor without day") << "The last Labor government fell.";
        QTest::newRow("election without day") << "The Election was close.";
        QTest::newRow("independence without day") << "Independence was declared.";
        QTest::newRow("lower-case election day is a day of an election") << "It was a quiet election day in the town.";
    }
    void holidayWords_areNotHolidaysAlone()
    {
        QFETCH(QString, text);
        const std::u16string t = testing::u16(text);
        const auto found = TimexTagger::tag(t, {}, testing::optionsFor(QStringLiteral("2000-04-16"), ReferenceSource::CommandLine));
        QVERIFY2(found.empty(), qPrintable(testing::describe(t, found)));
    }
};

QTEST_APPLESS_MAIN(TestTimexHolidays)
#include "tst_timexholidays.moc"
