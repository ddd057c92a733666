// timexInterval: the calendar bounds of every TIMEX3 value shape the date tagger writes.
#include "events/Event.h"

#include <QTest>

using namespace lede::core;

Q_DECLARE_METATYPE(EventAnchor)

class TestDateInterval final : public QObject
{
    Q_OBJECT

private slots:
    void timexInterval_coversTheValuesGranularity_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<EventAnchor>("anchor");
        QTest::addColumn<QString>("start"); // Y-M-D with the year astronomical (1 BCE = 0)
        QTest::addColumn<QString>("end");
        const auto dated = EventAnchor::Dated, unknownYear = EventAnchor::YearUnknown;
        QTest::newRow("day") << "2025-03-14" << dated << "2025-3-14" << "2025-3-14";
        QTest::newRow("month") << "2023-03" << dated << "2023-3-1" << "2023-3-31";
        QTest::newRow("leap February") << "2024-02" << dated << "2024-2-1" << "2024-2-29";
        QTest::newRow("year") << "1887" << dated << "1887-1-1" << "1887-12-31";
        QTest::newRow("decade") << "199" << dated << "1990-1-1" << "1999-12-31";
        QTest::newRow("century") << "19" << dated << "1900-1-1" << "1999-12-31";
        QTest::newRow("millennium") << "2" << dated << "2000-1-1" << "2999-12-31";
        QTest::newRow("ISO week") << "2025-W11" << dated << "2025-3-10" << "2025-3-16";
        QTest::newRow("week 1 starts in December") << "2025-W01" << dated << "2024-12-30" << "2025-1-5";
        QTest::newRow("weekday of a week") << "2025-W11-3" << dated << "2025-3-12" << "2025-3-12";
        QTest::newRow("weekend") << "2025-W11-WE" << dated << "2025-3-15" << "2025-3-16";
        QTest::newRow("quarter") << "2025-Q2" << dated << "2025-4-1" << "2025-6-30";
        QTest::newRow("half") << "2025-H2" << dated << "2025-7-1" << "2025-12-31";
        QTest::newRow("spring") << "2025-SP" << dated << "2025-3-1" << "2025-5-31";
        QTest::newRow("summer") << "2025-SU" << dated << "2025-6-1" << "2025-8-31";
        QTest::newRow("autumn") << "2025-FA" << dated << "2025-9-1" << "2025-11-30";
        QTest::newRow("winter runs into the next year") << "2024-WI" << dated << "2024-12-1" << "2025-2-28";
        QTest::newRow("time of day") << "2025-03-14T10:00" << dated << "2025-3-14" << "2025-3-14";
        QTest::newRow("part of day") << "2025-03-13TEV" << dated << "2025-3-13" << "2025-3-13";
        QTest::newRow("night") << "2024-04-21TNI" << dated << "2024-4-21" << "2024-4-21";
        QTest::newRow("unknown week keeps the year") << "2025-WXX" << dated << "2025-1-1" << "2025-12-31";
        QTest::newRow("unknown quarter keeps the year") << "2025-QX" << dated << "2025-1-1" << "2025-12-31";
        QTest::newRow("BCE, ISO form") << "-0043-03-15" << dated << "-43-3-15" << "-43-3-15";
        QTest::newRow("BCE, BC form") << "BC0044-03-15" << dated << "-43-3-15" << "-43-3-15";
        QTest::newRow("BCE year") << "BC0753" << dated << "-752-1-1" << "-752-12-31";
        QTest::newRow("BCE century") << "BC04" << dated << "-498-1-1" << "-399-12-31";
        QTest::newRow("BCE decade") << "BC004" << dated << "-48-1-1" << "-39-12-31";
        QTest::newRow("year before 1000") << "0732" << dated << "732-1-1" << "732-12-31";
        QTest::newRow("range") << "2024-03-21/2024-03-24" << dated << "2024-3-21" << "2024-3-24";
        QTest::newRow("range of months") << "2023-11/2024-02" << dated << "2023-11-1" << "2024-2-29";
        QTest::newRow("unknown year, day") << "XXXX-03-14" << unknownYear << "0-3-14" << "0-3-14";
        QTest::newRow("unknown year, month") << "XXXX-03" << unknownYear << "0-3-1" << "0-3-31";
        QTest::newRow("unknown year, February") << "XXXX-02" << unknownYear << "0-2-1" << "0-2-29";
        QTest::newRow("unknown year, holiday month") << "XXXX-11-XX" << unknownYear << "0-11-1" << "0-11-30";
        QTest::newRow("unknown year, season") << "XXXX-SU" << unknownYear << "0-6-1" << "0-8-31";
    }

    void timexInterval_coversTheValuesGranularity()
    {
        QFETCH(QString, value);
        QFETCH(EventAnchor, anchor);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const auto date = [](const QString &s) {
            // A leading minus belongs to the year.
            const bool negative = s.startsWith(u'-');
            const QStringList p = (negative ? s.mid(1) : s).split(u'-');
            return CalendarDate{negative ? -p[0].toInt() : p[0].toInt(), p[1].toInt(), p[2].toInt()};
        };
        const auto got = timexInterval(value.toStdString());
        QVERIFY2(got, qPrintable(value));
        QCOMPARE(got->anchor, anchor);
        QCOMPARE(got->start, date(start));
        QCOMPARE(got->end, date(end));
    }

    void timexInterval_placesNothingItCannot_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("now") << "PRESENT_REF";
        QTest::newRow("the past") << "PAST_REF";
        QTest::newRow("duration") << "P3D";
        QTest::newRow("weekday of an unknown week") << "XXXX-WXX-2";
        QTest::newRow("unknown week") << "XXXX-WXX";
        QTest::newRow("unknown day") << "XXXX-XX-XX";
        QTest::newRow("unknown year alone") << "XXXX";
        QTest::newRow("winter of an unknown year") << "XXXX-WI";
        QTest::newRow("month 13") << "2025-13";
        QTest::newRow("February 30") << "2025-02-30";
        QTest::newRow("week 54") << "2025-W54";
        QTest::newRow("empty") << "";
        QTest::newRow("garbage") << "tomorrow";
    }

    void timexInterval_placesNothingItCannot()
    {
        QFETCH(QString, value);
        QVERIFY2(!timexInterval(value.toStdString()), qPrintable(value));
    }
};

QTEST_APPLESS_MAIN(TestDateInterval)
#include "tst_dateinterval.moc"
