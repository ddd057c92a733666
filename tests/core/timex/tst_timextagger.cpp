// Tests for TimexTagger: one data table per rule family (expression, reference date → span, type,
// value, range), tense and narrative anchoring, the reported reference date, and bad input.
#include "TimexTestSupport.h"
#include "timex/TimexTagger.h"

#include <QTest>

#include <string>

using namespace lede::core;
using lede::core::testing::describe;
using lede::core::testing::spanOf;
using lede::core::testing::u16;

namespace {

TimexOptions optionsFor(const QString &reference)
{
    return testing::optionsFor(reference, ReferenceSource::CommandLine, true);
}

} // namespace

class TestTimexTagger final : public QObject
{
    Q_OBJECT

private:
    // Columns shared by every family table.
    static void columns() { testing::addTimexColumns(); }
    static void checkRow() { testing::checkTimexRow(ReferenceSource::CommandLine, true); }

private slots:
    void explicitDates_data()
    {
        columns();
        const QString ref = QStringLiteral("2022-04-25");
        QTest::newRow("month day") << "It happened on February 24." << ref << "February 24" << "date" << "2022-02-24";
        QTest::newRow("day month year") << "Troops crossed on 24 February 2022 at dawn." << ref << "24 February 2022" << "date" << "2022-02-24";
        QTest::newRow("abbreviated ordinal") << "Talks began Feb. 24th in Minsk." << ref << "Feb. 24th" << "date" << "2022-02-24";
        QTest::newRow("iso") << "Filed 2022-02-24." << ref << "2022-02-24" << "date" << "2022-02-24";
        QTest::newRow("slashed day first by value") << "Dated 24/02/2022." << ref << "24/02/2022" << "date" << "2022-02-24";
        QTest::newRow("slashed month first by value") << "Dated 02/24/2022." << ref << "02/24/2022" << "date" << "2022-02-24";
        QTest::newRow("year") << "Prices fell in 2022." << ref << "2022" << "date" << "2022";
        QTest::newRow("decade") << "Prices fell in the 1990s." << ref << "the 1990s" << "date" << "199";
        QTest::newRow("decade in words") << "Rents doubled in the sixties." << ref << "the sixties" << "date" << "196";
        QTest::newRow("century") << "It was built in the 19th century." << ref << "the 19th century" << "date" << "18";
        QTest::newRow("season year") << "Sales rose in spring 2021." << ref << "spring 2021" << "date" << "2021-SP";
        QTest::newRow("quarter code") << "Profits in Q3 2021 doubled." << ref << "Q3 2021" << "date" << "2021-Q3";
        QTest::newRow("quarter words") << "Profit in the third quarter of 2021 fell." << ref << "the third quarter of 2021" << "date" << "2021-Q3";
        QTest::newRow("mid month") << "The vote is due by mid-March." << ref << "mid-March" << "date" << "2022-03";
        QTest::newRow("bce year") << "Caesar died in 44 BC." << ref << "44 BC" << "date" << "BC0044";
        QTest::newRow("bce year written BCE") << "The first walls rose in 612 BCE." << ref << "612 BCE" << "date" << "BC0612";
        QTest::newRow("century BC") << "The harbour was dug in the 5th century BC." << ref << "the 5th century BC" << "date" << "BC04";
        QTest::newRow("millennium") << "The third millennium found the valley quiet." << ref << "The third millennium" << "date" << "2";
        QTest::newRow("millennium BCE") << "Farming reached the coast in the fourth millennium BCE." << ref << "the fourth millennium BCE" << "date" << "BC3";
        QTest::newRow("year AD before 1000") << "The abbey was founded in AD 862." << ref << "AD 862" << "date" << "0862";
        QTest::newRow("year CE after its number") << "The bridge stood by 410 CE." << ref << "410 CE" << "date" << "0410";
        QTest::newRow("the year and a small number") << "Nothing is known of the year 531." << ref << "the year 531" << "date" << "0531";
        QTest::newRow("month year") << "They married in November 1939." << ref << "November 1939" << "date" << "1939-11";
        QTest::newRow("month before a pronoun after a preposition") << "In May we will sail north." << ref << "May" << "date" << "2022-05";
        QTest::newRow("month alone before a comma") << "May, they say, will be wet." << ref << "May" << "date" << "2022-05";
        QTest::newRow("written year") << "It was nineteen ninety-six." << ref << "nineteen ninety-six" << "date" << "1996";
        QTest::newRow("holiday") << "They met at Christmas 2020." << ref << "Christmas 2020" << "date" << "2020-12-25";
        QTest::newRow("year in words after the year") << "Unemployment will halve by the year two thousand." << ref << "the year two thousand" << "date" << "2000";
    }
    void explicitDates() { checkRow(); }

    void times_data()
    {
        columns();
        const QString ref = QStringLiteral("2022-04-25");
        QTest::newRow("pm") << "The meeting starts at 3 p.m. sharp." << ref << "3 p.m." << "time" << "2022-04-25T15:00";
        QTest::newRow("24h zone") << "Markets closed at 15:30 GMT." << ref << "15:30 GMT" << "time" << "2022-04-25T15:30";
        QTest::newRow("noon") << "They lunch at noon." << ref << "noon" << "time" << "2022-04-25T12:00";
        QTest::newRow("weekday morning") << "The deal was signed Friday morning." << ref << "Friday morning" << "date" << "2022-04-22TMO";
        QTest::newRow("tonight") << "The band plays tonight." << ref << "tonight" << "time" << "2022-04-25TNI";
        QTest::newRow("part of day unanchored") << "The band played this morning." << QString() << "this morning" << "time" << "XXXX-XX-XXTMO";
        QTest::newRow("military hours") << "The attack began at 03:00hrs." << ref << "03:00hrs" << "time" << "2022-04-25T03:00";
        QTest::newRow("hour in the part of day") << "The night bus departs at 4 in the morning." << ref << "4 in the morning" << "time" << "2022-04-25T04:00";
        QTest::newRow("overnight is the night before the day discussed") << "Shares fell on Friday after overnight losses in New York." << ref << "overnight" << "time" << "2022-04-21TNI";
        QTest::newRow("overnight unanchored") << "Rain fell overnight." << QString() << "overnight" << "time" << "XXXX-XX-XXTNI";
    }
    void times() { checkRow(); }

    void relative_data()
    {
        columns();
        const QString ref = QStringLiteral("2022-04-25"); // a Monday, ISO week 17
        QTest::newRow("yesterday") << "Rain fell yesterday." << ref << "yesterday" << "date" << "2022-04-24";
        QTest::newRow("last weekday") << "He spoke last Wednesday." << ref << "last Wednesday" << "date" << "2022-04-20";
        QTest::newRow("earlier this week") << "She said so earlier this week." << ref << "earlier this week" << "date" << "2022-W17";
        QTest::newRow("last week") << "Prices rose last week." << ref << "last week" << "date" << "2022-W16";
        QTest::newRow("next month") << "Prices will rise next month." << ref << "next month" << "date" << "2022-05";
        QTest::newRow("days ago") << "He left two days ago." << ref << "two days ago" << "date" << "2022-04-23";
        QTest::newRow("a year earlier") << "Sales had been higher a year earlier." << ref << "a year earlier" << "date" << "2021";
        QTest::newRow("the following day") << "They met on April 20 and again the following day." << ref << "the following day" << "date" << "2022-04-21";
        QTest::newRow("this spring") << "Planting starts this spring." << ref << "this spring" << "date" << "2022-SP";
        QTest::newRow("last fall") << "They wed last fall." << ref << "last fall" << "date" << "2021-FA";
        QTest::newRow("year-ago quarter") << "Sales beat the year-ago quarter." << ref << "the year-ago quarter" << "date" << "2021-Q1";
        QTest::newRow("the full year is the current year") << "It expects a loss for the full year." << ref << "the full year" << "date" << "2022";
        QTest::newRow("the full fiscal year") << "Profit for the full fiscal year will fall." << ref << "the full fiscal year" << "date" << "2022";
    }
    void relative() { checkRow(); }

    void unitsUnderDiscussion_data()
    {
        columns();
        const QString ref = QStringLiteral("1989-10-30"); // a Monday
        QTest::newRow("for the year is the current year") << "For the year, ferry bookings held steady." << ref << "the year" << "date" << "1989";
        QTest::newRow("the week holds the day under discussion") << "The index fell on Friday. For the week, it dropped 3.8%." << ref << "the week" << "date" << "1989-W43";
        QTest::newRow("the year after a bare year is still the current year") << "Sales may fall in 1990. For the year, volume was flat." << ref << "the year" << "date" << "1989";
        QTest::newRow("the year before counts from the year discussed") << "The cooperative sold 80 tonnes of honey in 1997, against 95 tonnes the year before." << ref << "the year before" << "date" << "1996";
        QTest::newRow("the day after counts from the day discussed") << "He was arrested on April 20. The day after, he was freed." << ref << "The day after" << "date" << "1989-04-21";
        QTest::newRow("the day before yesterday") << "He left the day before yesterday." << ref << "the day before yesterday" << "date" << "1989-10-28";
        QTest::newRow("the day after tomorrow") << "We meet the day after tomorrow." << ref << "the day after tomorrow" << "date" << "1989-11-01";
        QTest::newRow("that same day after a month keeps its day unknown") << "He died last October. The site closed that same day." << ref << "that same day" << "date" << "1988-10-XX";
        QTest::newRow("last month named just after it ended is a year back") << "Two helicopters crashed last February." << QStringLiteral("1998-03-01") << "last February" << "date" << "1997-02";
        QTest::newRow("last month named long after it is this year's") << "Sales peaked last April." << ref << "last April" << "date" << "1989-04";
    }
    void unitsUnderDiscussion() { checkRow(); }

    void partsOfTheDayUnderDiscussion_data()
    {
        columns();
        const QString ref = QStringLiteral("1989-10-30");
        QTest::newRow("the morning of the day discussed") << "Shares fell on Friday. Dealers placed orders in the morning." << ref << "the morning" << "time" << "1989-10-27TMO";
        QTest::newRow("the afternoon of today without another day") << "Trading was light in the afternoon." << ref << "the afternoon" << "time" << "1989-10-30TAF";
        QTest::newRow("the night of a day-first date") << "The keeper rowed ashore on the night of 14 June 1791." << QString() << "the night of 14 June 1791" << "time" << "1791-06-14TNI";
        QTest::newRow("the fiscal year is the current one") << "Earnings will be lower for the fiscal year." << ref << "the fiscal year" << "date" << "1989";
    }
    void partsOfTheDayUnderDiscussion() { checkRow(); }

    void plurals_areNoSingleDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("the mornings") << "He works in the mornings.";
        QTest::newRow("the night is left alone") << "It was the night he fled.";
    }
    void plurals_areNoSingleDay()
    {
        QFETCH(QString, text);
        const std::u16string t = testing::u16(text);
        const auto found = TimexTagger::tag(t, {}, testing::optionsFor(QStringLiteral("1989-10-30"), ReferenceSource::CommandLine));
        QVERIFY2(found.empty(), qPrintable(testing::describe(t, found)));
    }

    void twoDigitYears_data()
    {
        columns();
        QTest::newRow("recent two-digit year") << "Prices rose in Feb. '22." << QStringLiteral("2025-03-14") << "Feb. '22" << "date" << "2022-02";
        QTest::newRow("two-digit year far back") << "The riots of '68 changed it." << QStringLiteral("2025-03-14") << "'68" << "date" << "1968";
        QTest::newRow("two-digit year a few years ahead") << "The games of '30 are planned." << QStringLiteral("2025-03-14") << "'30" << "date" << "2030";
        QTest::newRow("two-digit year in a narrative's century") << "War broke out on April 21, 1898. By '99 it was over." << QString() << "'99" << "date" << "1899";
    }
    void twoDigitYears() { checkRow(); }

    void unitsBeforeAnEvent_areNotAnchored_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("the day before an event") << "The stray was spotted Nov. 3, the day before the shelter posted a notice.";
        QTest::newRow("later in the day before leaving") << "She stopped in Nairobi later in the day before returning home.";
        QTest::newRow("the year of a name") << "It was the year of the tiger.";
    }
    void unitsBeforeAnEvent_areNotAnchored()
    {
        QFETCH(QString, text);
        const std::u16string t = testing::u16(text);
        const auto found = TimexTagger::tag(t, {}, testing::optionsFor(QStringLiteral("1999-05-07"), ReferenceSource::CommandLine));
        for (const Timex &x : found)
            QVERIFY2(!testing::spanOf(t, x).contains(QStringLiteral("day before")) && !testing::spanOf(t, x).contains(QStringLiteral("the year")),
                     qPrintable(testing::describe(t, found)));
    }

    void durations_data()
    {
        columns();
        QTest::newRow("counted business days") << "Refunds take five business days." << QStringLiteral("2022-04-25") << "five business days" << "duration" << "P5D";
        QTest::newRow("counted trading days") << "Eight trading days later, it recovered." << QStringLiteral("2022-04-25") << "Eight trading days" << "duration" << "P8D";
        const QString ref = QStringLiteral("2022-04-25");
        QTest::newRow("hyphenated") << "A four-day strike ended." << ref << "four-day" << "duration" << "P4D";
        QTest::newRow("number unit") << "He served three years in jail." << ref << "three years" << "duration" << "P3Y";
        QTest::newRow("a decade is ten years") << "It took a decade to build." << ref << "a decade" << "duration" << "P10Y";
        QTest::newRow("counted decades are years") << "It was the lowest figure for two decades." << ref << "two decades" << "duration" << "P20Y";
        QTest::newRow("half a decade") << "It lasted a decade and a half." << ref << "a decade and a half" << "duration" << "P15Y";
        QTest::newRow("uncounted decades keep their unit") << "The feud lasted for decades." << ref << "decades" << "duration" << "PXDE";
        QTest::newRow("the past n years") << "Rents doubled over the past three years." << ref << "the past three years" << "duration" << "P3Y";
        QTest::newRow("half") << "The flight took 5 1/2 hours." << ref << "5 1/2 hours" << "duration" << "PT5H30M";
        QTest::newRow("approximate") << "It lasted about two weeks." << ref << "about two weeks" << "duration" << "P2W";
        QTest::newRow("hours") << "The hearing lasted 72 hours." << ref << "72 hours" << "duration" << "PT72H";
        QTest::newRow("unspecified") << "It lasted several months." << ref << "several months" << "duration" << "PXM";
        QTest::newRow("accounting year before ended") << "Net income for the year ended March 31 rose." << ref << "the year" << "duration" << "P1Y";
        QTest::newRow("fiscal year before ending") << "It expects a loss in the fiscal year ending June 30." << ref << "the fiscal year" << "duration" << "P1Y";
    }
    void durations() { checkRow(); }

    void sets_data()
    {
        columns();
        const QString ref = QStringLiteral("2022-04-25");
        QTest::newRow("every weekday") << "The market opens every Monday." << ref << "every Monday" << "set" << "XXXX-WXX-1";
        QTest::newRow("daily") << "The paper appears daily." << ref << "daily" << "set" << "P1D";
        QTest::newRow("each year") << "The fair returns each year." << ref << "each year" << "set" << "P1Y";
        QTest::newRow("each month name") << "Rent is due each July." << ref << "each July" << "set" << "XXXX-07";
        QTest::newRow("plural weekday part of day recurs") << "Two flights leave on Tuesday nights." << ref << "Tuesday nights" << "set" << "XXXX-WXX-2TNI";
    }
    void sets() { checkRow(); }

    void vagueReferences_data()
    {
        columns();
        const QString ref = QStringLiteral("2022-04-25");
        QTest::newRow("now") << "Prices are high now." << ref << "now" << "date" << "PRESENT_REF";
        QTest::newRow("the past") << "That was common in the past." << ref << "the past" << "date" << "PAST_REF";
        QTest::newRow("the future") << "In the future, robots will cook." << ref << "the future" << "date" << "FUTURE_REF";
        QTest::newRow("recently") << "He recently moved." << ref << "recently" << "date" << "PAST_REF";
        QTest::newRow("one day after a modal is some day ahead") << "Curling will one day be the most watched sport in Ohio." << ref << "one day" << "date" << "FUTURE_REF";
        QTest::newRow("one day without a modal is a day long") << "The strike lasted one day." << ref << "one day" << "duration" << "P1D";
        QTest::newRow("a headline keeps its capitalised dates") << "Senate to Vote Next Week on Budget" << ref << "Next Week" << "date" << "2022-W18";
        QTest::newRow("a capitalised holiday mid-sentence is no title") << "The boy was found on Thanksgiving Day off the coast." << ref << "Thanksgiving Day" << "date" << "2021-11-25";
        QTest::newRow("then current is the past") << "Holders may buy at half the then current price." << ref << "then current" << "date" << "PAST_REF";
    }
    void vagueReferences() { checkRow(); }

    void ranges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("from to bare day") << "The fair runs from April 21 to 24 in town." << "from April 21 to 24" << "2022-04-21" << "2022-04-24";
        QTest::newRow("en dash") << "The fair runs April 21\u201324 in town." << "April 21\u201324" << "2022-04-21" << "2022-04-24";
        QTest::newRow("between years") << "Output grew between 2019 and 2021." << "between 2019 and 2021" << "2019" << "2021";
        QTest::newRow("month to month") << "Sales rose from January to March." << "from January to March" << "2022-01" << "2022-03";
        QTest::newRow("abbreviated year end") << "The war of 1939-45 ended." << "1939-45" << "1939" << "1945";
        QTest::newRow("bare day before a date") << "The battle (22\u201325 April 1951) was fierce." << "22\u201325 April 1951" << "1951-04-22" << "1951-04-25";
        QTest::newRow("bce years count down") << "The invasion (480\u2013479 BC) failed." << "480\u2013479 BC" << "BC0480" << "BC0479";
    }
    void ranges()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const std::u16string t = u16(text);
        const auto found = TimexTagger::tag(t, {}, optionsFor(QStringLiteral("2022-04-25")));
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(spanOf(t, found[0]), span);
        QCOMPARE(QString::fromStdString(found[0].rangeStart), start);
        QCOMPARE(QString::fromStdString(found[0].rangeEnd), end);
    }

    void rangesKeptApart_whenMergingIsOff()
    {
        const std::u16string t = u"The fair runs from April 21 to 24 in town.";
        TimexOptions o = optionsFor(QStringLiteral("2022-04-25"));
        o.mergeRanges = false;
        const auto found = TimexTagger::tag(t, {}, o);
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(QString::fromStdString(found[1].value), QStringLiteral("2022-04-24"));
        QVERIFY(found[0].rangeStart.empty());
    }

    void skippedText_hasNoDatesAndAnchorsNothing()
    {
        // "log 2019-06-02 ..." is code; the prose around it keeps its dates. Without a reference date the
        // code's date must not anchor "the next day" either: the prose's own 4 May 2021 does.
        const std::u16string t = u"The ferry left on 4 May 2021. log 2019-06-02 saved on 9 June 2019. "
                                 u"It came back the next day.";
        const auto codeStart = static_cast<int32_t>(t.find(u"log"));
        const auto codeEnd = static_cast<int32_t>(t.find(u"It came"));
        TimexOptions o = optionsFor(QString());
        const auto all = TimexTagger::tag(t, {}, o);
        QVERIFY2(all.size() >= 4, qPrintable(describe(t, all)));
        o.skip = {{codeStart, codeEnd}};
        const auto found = TimexTagger::tag(t, {}, o);
        QCOMPARE(describe(t, found), QStringLiteral("[4 May 2021|date|2021-05-04] [the next day|date|2021-05-05]"));
        // A date that would reach into skipped text is not found as it was ("4 May" alone may be).
        const TextRange year{static_cast<int32_t>(t.find(u"2021")), static_cast<int32_t>(t.find(u"2021")) + 4};
        o.skip = {year};
        for (const Timex &x : TimexTagger::tag(t, {}, o))
            QVERIFY2(!x.range.overlaps(year), qPrintable(spanOf(t, x)));
    }

    void tense_data()
    {
        columns();
        const QString ref = QStringLiteral("2022-04-25"); // Monday
        QTest::newRow("past tense takes the previous weekday") << "They met on Wednesday." << ref << "Wednesday" << "date" << "2022-04-20";
        QTest::newRow("future tense takes the next weekday") << "They will meet on Wednesday." << ref << "Wednesday" << "date" << "2022-04-27";
        QTest::newRow("said today's weekday is today") << "The minister said Monday that talks failed." << ref << "Monday" << "date" << "2022-04-25";
        QTest::newRow("past month late in year is last year") << "Sales collapsed in December." << ref << "December" << "date" << "2021-12";
        QTest::newRow("future month early in year is next year") << "It will open in January." << QStringLiteral("2022-11-20") << "January" << "date" << "2023-01";
    }
    void tense() { checkRow(); }

    void narrativeAnchoring_data()
    {
        columns();
        const QString none;
        QTest::newRow("month takes the year of the last date") << "On September 1, 1939, Germany attacked. By early October, Poland fell." << none << "early October" << "date" << "1939-10";
        QTest::newRow("next day after an explicit date") << "On September 1, 1939, Germany attacked. The next day, France mobilised." << none << "The next day" << "date" << "1939-09-02";
        QTest::newRow("latest explicit year wins") << "In 1939 war began. In 1940 France fell in June." << none << "June" << "date" << "1940-06";
        QTest::newRow("no anchor keeps the year unknown") << "He left in March." << none << "March" << "date" << "XXXX-03";
        QTest::newRow("no anchor weekday") << "He left on Friday." << none << "Friday" << "date" << "XXXX-WXX-5";
        QTest::newRow("no anchor deictic") << "He left yesterday." << none << "yesterday" << "date" << "XXXX-XX-XX";
    }
    void narrativeAnchoring() { checkRow(); }

    void reference_reportsTheDateUsedAndItsSource()
    {
        const std::u16string t = u"On September 1, 1939, Germany attacked. In October it was over.";
        const auto narrative = TimexTagger::tagWithReference(t, {}, TimexOptions{});
        QCOMPARE(narrative.reference.source, ReferenceSource::Narrative);
        QVERIFY(narrative.reference.date.has_value());
        QCOMPARE(*narrative.reference.date, (CalendarDate{1939, 9, 1}));

        const auto given = TimexTagger::tagWithReference(t, {}, optionsFor(QStringLiteral("2022-04-25")));
        QCOMPARE(given.reference.source, ReferenceSource::CommandLine);
        QCOMPARE(*given.reference.date, (CalendarDate{2022, 4, 25}));

        TimexOptions off;
        off.narrativeAnchoring = false;
        const auto none = TimexTagger::tagWithReference(u"He left in March.", {}, off);
        QCOMPARE(none.reference.source, ReferenceSource::None);
        QVERIFY(!none.reference.date.has_value());
    }

    void dayFirstLocale_decidesAmbiguousSlashedDates()
    {
        TimexOptions o = optionsFor(QStringLiteral("2022-04-25"));
        QCOMPARE(TimexTagger::tag(u"On 03/04/2022.", {}, o).at(0).value, std::string("2022-03-04"));
        o.dayFirst = true;
        QCOMPARE(TimexTagger::tag(u"On 03/04/2022.", {}, o).at(0).value, std::string("2022-04-03"));
    }

    void offsets_areUtf16UnitsAfterAnEmoji()
    {
        const std::u16string t = u"\U0001F600 On 5 May 2022 it rained.";
        const auto found = TimexTagger::tag(t, {}, TimexOptions{});
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].range.start, 6);
        QCOMPARE(found[0].range.end, 16);
    }

    void notDates_areLeftAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("may as a verb") << "You may go.";
        QTest::newRow("age is not a duration") << "The 6-year-old boy smiled.";
        QTest::newRow("spaced age is not a duration") << "Ms. Varga, 47 years old, retired.";
        QTest::newRow("the year without ended is no duration") << "It was the year of the tiger.";
        QTest::newRow("count is not a year") << "There were 2613 votes.";
        QTest::newRow("a show's title") << "Okafor, interviewed on Radio Tyne's \"This Week,\" disagreed.";
        QTest::newRow("a film's title") << "The mural showed a sheriff from the western \"High Noon.\"";
        QTest::newRow("a programme's title with a number") << "She said so on Channel 9's \"60 Minutes\" program.";
        QTest::newRow("money is not a year") << "It cost $1990.";
        QTest::newRow("spring as a verb") << "Leaks spring from old pipes.";
        QTest::newRow("newspaper name") << "The Sun reported it.";
        QTest::newRow("bare number") << "He scored 24 points.";
        QTest::newRow("fall as an event") << "They watched the fall of Paris.";
        QTest::newRow("fraction") << "Three-quarters of voters agreed.";
        QTest::newRow("lodging") << "The army went into quarters.";
        QTest::newRow("may before a pronoun asks") << "He turned and said, May we come in?";
        QTest::newRow("may before be") << "Rooted in love, May be able to stand.";
        QTest::newRow("thanksgiving as a common noun") << "They sang a hymn of thanksgiving after the harvest.";
        QTest::newRow("an age in decades") << "The driver, a man in his fifties, was unhurt.";
        QTest::newRow("a count in tens") << "The recruits marched off by forties and by fifties.";
    }
    void notDates_areLeftAlone()
    {
        QFETCH(QString, text);
        const std::u16string t = u16(text);
        const auto found = TimexTagger::tag(t, {}, optionsFor(QStringLiteral("2022-04-25")));
        QVERIFY2(found.empty(), qPrintable(describe(t, found)));
    }

    void impossibleDates_areNeverProduced_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("forbidden");
        QTest::newRow("February 30") << "Due February 30, 2022." << "2022-02-30";
        QTest::newRow("February 29 in a common year") << "Due February 29, 2023." << "2023-02-29";
        QTest::newRow("April 31") << "Due 31 April 2022." << "2022-04-31";
        QTest::newRow("the morning of February 31") << "It began on the morning of 31 February 2001." << "2001-02-31TMO";
        QTest::newRow("a time on February 30") << "It ends at 5 p.m., Feb. 30, 2022." << "2022-02-30T17:00";
    }
    void impossibleDates_areNeverProduced()
    {
        QFETCH(QString, text);
        QFETCH(QString, forbidden);
        const std::u16string t = u16(text);
        for (const Timex &x : TimexTagger::tag(t, {}, optionsFor(QStringLiteral("2022-04-25"))))
            QVERIFY2(QString::fromStdString(x.value) != forbidden, qPrintable(describe(t, {x})));
    }

    void leapDay_isAccepted()
    {
        const auto found = TimexTagger::tag(u"Due February 29, 2024.", {}, TimexOptions{});
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].value, std::string("2024-02-29"));
    }

    void earlyAndOddYears_doNotCrashOrInventValues()
    {
        const std::u16string t = u"In year 0 and in 0 BC, on March 14, 0999, in 0000, and in 99999 AD, 1234567890123456789012345678901234567890.";
        const auto found = TimexTagger::tag(t, {}, optionsFor(QStringLiteral("2022-04-25")));
        for (const Timex &x : found) {
            QVERIFY2(x.value.find("2022") == std::string::npos, qPrintable(describe(t, found))); // never the reference year
            QVERIFY(x.range.start >= 0 && x.range.end <= static_cast<int32_t>(t.size()) && !x.range.empty());
        }
        bool early = false;
        for (const Timex &x : found)
            early = early || x.value == "0999-03-14";
        QVERIFY2(early, qPrintable(describe(t, found)));
    }

    void manyConsecutiveDates_takeLinearWork()
    {
        auto make = [](int n) {
            std::u16string s;
            for (int i = 0; i < n; ++i) {
                const std::string d = "January " + std::to_string(i % 28 + 1) + ", " + std::to_string(1900 + i % 200) + ". ";
                s += std::u16string(d.begin(), d.end());
            }
            return s;
        };
        const std::u16string small = make(10000), large = make(20000);
        const auto a = TimexTagger::tag(small, {}, TimexOptions{});
        const uint64_t workSmall = TimexTagger::lastWorkUnits();
        const auto b = TimexTagger::tag(large, {}, TimexOptions{});
        const uint64_t workLarge = TimexTagger::lastWorkUnits();
        QCOMPARE(a.size(), size_t(10000));
        QCOMPARE(b.size(), size_t(20000));
        QVERIFY2(workLarge < workSmall * 21 / 10, qPrintable(QStringLiteral("%1 vs %2").arg(workSmall).arg(workLarge)));
    }

    void pathologicalRuns_takeLinearWork_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("digit run") << "9";
        QTest::newRow("spaced numbers") << "1 ";
        QTest::newRow("number words") << "twenty ";
        QTest::newRow("months") << "May ";
        QTest::newRow("hyphens") << "- ";
        QTest::newRow("dotted meridiem") << "a.m. ";
    }
    void pathologicalRuns_takeLinearWork()
    {
        QFETCH(QString, unit);
        const std::u16string one = u16(unit.repeated(20000)), two = u16(unit.repeated(40000));
        TimexTagger::tag(one, {}, TimexOptions{});
        const uint64_t w1 = TimexTagger::lastWorkUnits();
        TimexTagger::tag(two, {}, TimexOptions{});
        const uint64_t w2 = TimexTagger::lastWorkUnits();
        QVERIFY2(w2 <= w1 * 21 / 10 + 16, qPrintable(QStringLiteral("%1 vs %2").arg(w1).arg(w2)));
    }

    void stopRequest_endsEarly()
    {
        StopSource source;
        source.requestStop();
        const auto found = TimexTagger::tag(u"On 5 May 2022 it rained.", {}, TimexOptions{}, source.token());
        QVERIFY(found.empty());
    }

    // Regression: "Jan" and "Sun" without a full stop are names in news text ("Sun Microsystems").
    void abbreviationWithoutStop_isNotAMonthOrDayAlone()
    {
        QVERIFY(TimexTagger::tag(u"Jan said no.", {}, TimexOptions{}).empty());
        QCOMPARE(TimexTagger::tag(u"On Jan 5, 2022 it rained.", {}, TimexOptions{}).size(), size_t(1));
    }

    // Regression: business news compares "a year ago" with the quarter under discussion.
    void yearAgo_afterAQuarter_isThatQuarterLastYear()
    {
        const std::u16string t = u"Profit in the third quarter rose from $5 a year ago.";
        const auto found = TimexTagger::tag(t, {}, optionsFor(QStringLiteral("1989-10-27")));
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(found[0].value, std::string("1989-Q3"));
        QCOMPARE(found[1].value, std::string("1988-Q3"));
    }

    // Regression: "after"/"before" head clauses ("90 days after the vote"): the span is the duration.
    void durationBeforeAfter_staysADuration()
    {
        const std::u16string t = u"It ends 90 days after the vote.";
        const auto found = TimexTagger::tag(t, {}, optionsFor(QStringLiteral("2022-04-25")));
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(spanOf(t, found[0]), QStringLiteral("90 days"));
        QCOMPARE(found[0].type, TimexType::Duration);
    }

    // Regression: an expression never continues across a line break (headline over first line).
    void expressions_doNotCrossLineBreaks()
    {
        const std::u16string t = u"Results for March\n2022 shareholders met.";
        const auto found = TimexTagger::tag(t, {}, optionsFor(QStringLiteral("2022-04-25")));
        for (const Timex &x : found)
            QVERIFY2(spanOf(t, x) != QStringLiteral("March\n2022"), qPrintable(describe(t, found)));
    }

    // Reference dates are CalendarDates, whose years are astronomical: 44 BC is -43 both ways.
    void bceReference_isAnAstronomicalYear()
    {
        const std::u16string t = u"The fleet sailed in 44 BC. It came back the next year.";
        TimexOptions narrative;
        const TimexResult found = TimexTagger::tagWithReference(t, {}, narrative);
        QVERIFY(found.reference.date);
        QCOMPARE(found.reference.date->year, -43);
        QCOMPARE(found.reference.source, ReferenceSource::Narrative);

        TimexOptions given;
        given.reference = {CalendarDate{-43, 3, 15}, ReferenceSource::User}; // 15 March 44 BC
        const auto dates = TimexTagger::tag(u"He was killed today.", {}, given);
        QCOMPARE(dates.size(), size_t(1));
        QCOMPARE(dates[0].value, std::string("BC0044-03-15"));
    }

    // The segmentation knows "Gov." ends no sentence, so "will" still sets the tense of "Friday"; with no
    // segmentation every full stop ends one.
    void tenseCues_readAcrossAnAbbreviationsFullStop_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("segmented");
        QTest::addColumn<QString>("value");
        QTest::newRow("title written out") << "He will meet Governor Smith on Friday." << true << "2025-03-14";
        QTest::newRow("abbreviated title") << "He will meet Gov. Smith on Friday." << true << "2025-03-14";
        QTest::newRow("two abbreviations") << "She will brief Sen. Ortiz and Dr. Hale on Friday." << true << "2025-03-14";
        QTest::newRow("a real sentence end still stops the cue") << "He will retire. Smith left on Friday." << true << "2025-03-07";
        QTest::newRow("without a segmentation") << "He will meet Gov. Smith on Friday." << false << "2025-03-07";
    }
    void tenseCues_readAcrossAnAbbreviationsFullStop()
    {
        QFETCH(QString, text);
        QFETCH(bool, segmented);
        QFETCH(QString, value);
        const std::u16string t = u16(text);
        const Segmentation seg = segmented ? Segmenter::segment(t) : Segmentation{};
        const auto found = TimexTagger::tag(t, seg, optionsFor(QStringLiteral("2025-03-12"))); // a Wednesday
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(QString::fromStdString(found[0].value), value);
    }

    // Regression: "a.m." used to be cut to "10 p" because single letters were taken as meridiem words.
    void dottedMeridiem_isKeptWhole()
    {
        const std::u16string t = u"It began at 10:35 a.m. yesterday.";
        const auto found = TimexTagger::tag(t, {}, optionsFor(QStringLiteral("2022-04-25")));
        QVERIFY(!found.empty());
        QCOMPARE(spanOf(t, found[0]), QStringLiteral("10:35 a.m. yesterday"));
        QCOMPARE(found[0].value, std::string("2022-04-24T10:35"));
    }

    // A part named within a relative period is one date, not a part and a period side by side.
    void partsOfPeriods_areOneDate_data()
    {
        columns();
        const QString ref = QStringLiteral("2025-03-12"); // a Wednesday
        QTest::newRow("half of next year") << "Results are due by the first half of next year, says the board." << ref
                                           << "the first half of next year" << "date" << "2026-H1";
        QTest::newRow("half of the year") << "Rents rose during the second half of the year." << ref
                                          << "the second half of the year" << "date" << "2025-H2";
        QTest::newRow("quarter of last year") << "Losses grew in the third quarter of last year." << ref
                                              << "the third quarter of last year" << "date" << "2024-Q3";
        QTest::newRow("quarter of a year") << "Profit rose in the second quarter of 2024." << ref
                                           << "the second quarter of 2024" << "date" << "2024-Q2";
        QTest::newRow("season of next year") << "The ferry returns in the spring of next year." << ref
                                             << "the spring of next year" << "date" << "2026-SP";
        QTest::newRow("month of next year") << "Fares rise in March of next year." << ref << "March of next year"
                                            << "date" << "2026-03";
        QTest::newRow("weekday of next week") << "The board sits on Tuesday of next week." << ref
                                              << "Tuesday of next week" << "date" << "2025-03-18";
        QTest::newRow("end of last month") << "Stocks slid at the end of last month." << ref << "the end of last month"
                                           << "date" << "2025-02";
        QTest::newRow("early next week") << "Talks resume early next week." << ref << "early next week" << "date"
                                         << "2025-W12";
        QTest::newRow("late in a century") << "The mill grew late in the 19th century." << ref
                                           << "late in the 19th century" << "date" << "18";
        QTest::newRow("early in a year") << "The dam failed early in 1921." << ref << "early in 1921" << "date"
                                         << "1921";
        QTest::newRow("millennium") << "Few towns are older than the third millennium." << ref
                                    << "the third millennium" << "date" << "2";
        QTest::newRow("half of next year unresolved") << "Results are due by the first half of next year, says the board."
                                                      << QString() << "the first half of next year" << "date"
                                                      << "XXXX-H1";
    }
    void partsOfPeriods_areOneDate() { checkRow(); }

    // Without a reference date, what a relative expression counted is kept for the reader.
    void unresolvedRelatives_keepWhatTheyCounted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("amount");
        QTest::newRow("next year") << "Prices will rise next year." << "next year" << int(TimexUnit::Year) << 1;
        QTest::newRow("last month") << "Prices rose last month." << "last month" << int(TimexUnit::Month) << -1;
        QTest::newRow("yesterday") << "Prices rose yesterday." << "yesterday" << int(TimexUnit::Day) << -1;
        QTest::newRow("days ago") << "Prices rose three days ago." << "three days ago" << int(TimexUnit::Day) << -3;
        QTest::newRow("half of next year") << "Prices rise over the first half of next year, analysts expect."
                                           << "the first half of next year" << int(TimexUnit::Year) << 1;
        QTest::newRow("this morning") << "Prices rose this morning." << "this morning" << int(TimexUnit::Day) << 0;
        QTest::newRow("a weekday counts nothing") << "Prices rose on Tuesday." << "Tuesday" << int(TimexUnit::None) << 0;
    }
    void unresolvedRelatives_keepWhatTheyCounted()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(int, unit);
        QFETCH(int, amount);
        const std::u16string t = u16(text);
        for (const auto &o : {optionsFor(QString()), optionsFor(QStringLiteral("2025-03-12"))}) {
            const auto found = TimexTagger::tag(t, {}, o);
            const Timex *hit = nullptr;
            for (const Timex &x : found)
                if (spanOf(t, x) == span)
                    hit = &x;
            QVERIFY2(hit, qPrintable(describe(t, found)));
            // Resolved against a reference date, nothing is left open.
            const TimexOffset expected =
                o.reference.date ? TimexOffset{} : TimexOffset{static_cast<TimexUnit>(unit), amount};
            QCOMPARE(int(hit->unresolved.unit), int(expected.unit));
            QCOMPARE(hit->unresolved.amount, expected.amount);
        }
    }
};

QTEST_APPLESS_MAIN(TestTimexTagger)
#include "tst_timextagger.moc"
