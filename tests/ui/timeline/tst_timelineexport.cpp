// Timeline exports and rows: the iCalendar and CSV files line by line (goldens written here), RFC 5545
// escaping and folding, the JSON keys, BCE and year-only dates in words, and participants after corrections.
#include "annotate/DateDescriber.h"
#include "timeline/TimelineEntries.h"
#include "timeline/TimelineExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace lede;
using namespace lede::ui;

namespace {

TimelineEntry entry(const char *id, core::EventAnchor anchor, core::CalendarDate start, core::CalendarDate end,
                    const QString &dateText, const QString &summary, const QString &sentence,
                    const QStringList &names = {})
{
    TimelineEntry e;
    e.id = QString::fromLatin1(id);
    e.anchor = anchor;
    e.start = start;
    e.end = end;
    e.dateText = dateText;
    e.summary = summary;
    e.sentence = sentence;
    e.participantNames = names;
    for (int i = 0; i < names.size(); ++i)
        e.participantIds.push_back("e" + std::to_string(i + 1));
    return e;
}

// A harbour town's week, written for these tests.
std::vector<TimelineEntry> harbourEntries()
{
    return {
        entry("v1", core::EventAnchor::Dated, {2025, 3, 14}, {2025, 3, 14}, QStringLiteral("Friday, 14 March 2025"),
              QStringLiteral("the ferry to Skerray resumed service"),
              QStringLiteral("On Friday, the ferry to Skerray resumed service, said Ola Brandt."),
              {QStringLiteral("Skerray"), QStringLiteral("Ola Brandt")}),
        entry("v2", core::EventAnchor::Dated, {2025, 3, 21}, {2025, 3, 24}, QStringLiteral("21 – 24 March 2025"),
              QStringLiteral("the harbour festival; boats, music and \"fish\""),
              QStringLiteral("From 21 to 24 March the harbour festival fills the quay.")),
        entry("v3", core::EventAnchor::YearUnknown, {0, 6, 1}, {0, 6, 1}, QStringLiteral("1 June, year unknown"),
              QStringLiteral("the old pier opened"), QStringLiteral("The old pier opened on 1 June.")),
        entry("v4", core::EventAnchor::Unanchored, {}, {}, QStringLiteral("“next Tuesday”"),
              QStringLiteral("the council meets"), QStringLiteral("The council meets next Tuesday.")),
    };
}

QStringList lines(const QByteArray &bytes)
{
    QStringList out = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestTimelineExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void icalendar_writesAllDayEvents_withDtendTheDayAfter_andCountsWhatItLeavesOut()
    {
        TimelineExport::CalendarOptions options;
        options.stamp = QDateTime(QDate(2026, 12, 7), QTime(2, 30, 0), Qt::UTC);
        options.uidSeed = QStringLiteral("/tmp/harbour.md");
        options.name = QStringLiteral("Harbour week");
        const TimelineExport::Calendar cal = TimelineExport::icalendar(harbourEntries(), options);
        QCOMPARE(cal.exported, 2);
        QCOMPARE(cal.yearUnknown, 1);
        QCOMPARE(cal.unanchored, 1);
        QCOMPARE(cal.outOfRange, 0);
        QVERIFY(cal.data.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!cal.data.contains("\n\n"));
        QVERIFY(!QString::fromUtf8(cal.data).remove(QStringLiteral("\r\n")).contains(QLatin1Char('\n')));

        QStringList got = lines(cal.data);
        // UIDs are hashes: check their shape and stability, then compare the rest as a golden.
        QStringList uids;
        for (QString &l : got) {
            if (l.startsWith(QStringLiteral("UID:"))) {
                uids << l;
                l = QStringLiteral("UID:*");
            }
        }
        QCOMPARE(uids.size(), 2);
        QVERIFY(uids[0] != uids[1]);
        QVERIFY(uids[0].endsWith(QStringLiteral("@lede")));
        QCOMPARE(lines(TimelineExport::icalendar(harbourEntries(), options).data).filter(QStringLiteral("UID:")), uids);

        const QStringList golden{
            QStringLiteral("BEGIN:VCALENDAR"),
            QStringLiteral("VERSION:2.0"),
            QStringLiteral("PRODID:-//Lede//Lede timeline//EN"),
            QStringLiteral("CALSCALE:GREGORIAN"),
            QStringLiteral("X-WR-CALNAME:Harbour week"),
            QStringLiteral("BEGIN:VEVENT"),
            QStringLiteral("UID:*"),
            QStringLiteral("DTSTAMP:20261207T023000Z"),
            QStringLiteral("DTSTART;VALUE=DATE:20250314"),
            QStringLiteral("DTEND;VALUE=DATE:20250315"),
            QStringLiteral("SUMMARY:the ferry to Skerray resumed service"),
            QStringLiteral("DESCRIPTION:Friday\\, 14 March 2025\\nOn Friday\\, the ferry to Skerray resume"),
            QStringLiteral(" d service\\, said Ola Brandt.\\nWith: Skerray\\, Ola Brandt"),
            QStringLiteral("TRANSP:TRANSPARENT"),
            QStringLiteral("END:VEVENT"),
            QStringLiteral("BEGIN:VEVENT"),
            QStringLiteral("UID:*"),
            QStringLiteral("DTSTAMP:20261207T023000Z"),
            QStringLiteral("DTSTART;VALUE=DATE:20250321"),
            QStringLiteral("DTEND;VALUE=DATE:20250325"),
            QStringLiteral("SUMMARY:the harbour festival\\; boats\\, music and \"fish\""),
            QStringLiteral("DESCRIPTION:21 – 24 March 2025\\nFrom 21 to 24 March the harbour festival "),
            QStringLiteral(" fills the quay."),
            QStringLiteral("TRANSP:TRANSPARENT"),
            QStringLiteral("END:VEVENT"),
            QStringLiteral("END:VCALENDAR"),
        };
        QCOMPARE(got, golden);
    }

    void icalendar_leavesOutDatesBeforeYearOne_andRangesAcrossTheYearEnd()
    {
        std::vector<TimelineEntry> entries{
            entry("v1", core::EventAnchor::Dated, {-43, 3, 15}, {-43, 3, 15}, QStringLiteral("15 March 44 BC"),
                  QStringLiteral("a senator fell"), QStringLiteral("A senator fell in 44 BC.")),
            entry("v2", core::EventAnchor::Dated, {2024, 12, 30}, {2024, 12, 31}, QStringLiteral("30 – 31 December"),
                  QStringLiteral("the fair"), QStringLiteral("The fair ran on 30 and 31 December 2024.")),
        };
        const auto cal = TimelineExport::icalendar(entries, {QDateTime::currentDateTimeUtc(), {}, {}});
        QCOMPARE(cal.exported, 1);
        QCOMPARE(cal.outOfRange, 1);
        QVERIFY(cal.data.contains("DTSTART;VALUE=DATE:20241230\r\n"));
        QVERIFY(cal.data.contains("DTEND;VALUE=DATE:20250101\r\n"));
    }

    void escapeText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("comma") << "a, b" << "a\\, b";
        QTest::newRow("semicolon") << "a;b" << "a\\;b";
        QTest::newRow("backslash first") << "C:\\new" << "C:\\\\new";
        QTest::newRow("newline") << "one\ntwo" << "one\\ntwo";
        QTest::newRow("crlf is one newline") << "one\r\ntwo" << "one\\ntwo";
        QTest::newRow("colon and quote stay") << "time: \"now\"" << "time: \"now\"";
    }
    void escapeText()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TimelineExport::escapeText(in), out);
    }

    void foldLine_keepsEveryLineWithin75Octets_andNeverSplitsACharacter()
    {
        // 2-byte (é), 3-byte (–) and 4-byte (emoji) characters around the fold points.
        QString text = QStringLiteral("SUMMARY:");
        for (int i = 0; i < 80; ++i)
            text += i % 3 == 0 ? QStringLiteral("é") : i % 3 == 1 ? QStringLiteral("–") : QStringLiteral("\U0001F600");
        const QByteArray folded = TimelineExport::foldLine(text.toUtf8());
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> parts = folded.chopped(2).split('\n');
        QVERIFY(parts.size() > 2);
        QByteArray unfolded;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QByteArray p = parts[i];
            if (p.endsWith('\r'))
                p.chop(1);
            QVERIFY2(p.size() <= 75, p.constData());
            if (i > 0) {
                QVERIFY(p.startsWith(' '));
                p.remove(0, 1);
            }
            QVERIFY(QString::fromUtf8(p).toUtf8() == p); // each piece is whole UTF-8
            unfolded += p;
        }
        QCOMPARE(QString::fromUtf8(unfolded), text);
        QCOMPARE(TimelineExport::foldLine("SHORT:x"), QByteArray("SHORT:x\r\n"));
    }

    void csv_listsEveryEvent_withIsoDates_andQuotesWhereNeeded()
    {
        const QStringList got = lines(TimelineExport::csv(harbourEntries()));
        const QStringList golden{
            QStringLiteral("date,start,end,summary,participants,sentence"),
            QStringLiteral("\"Friday, 14 March 2025\",2025-03-14,2025-03-14,the ferry to Skerray resumed service,"
                           "Skerray; Ola Brandt,\"On Friday, the ferry to Skerray resumed service, said Ola Brandt.\""),
            QStringLiteral("21 – 24 March 2025,2025-03-21,2025-03-24,\"the harbour festival; boats, music and "
                           "\"\"fish\"\"\",,From 21 to 24 March the harbour festival fills the quay."),
            QStringLiteral("\"1 June, year unknown\",,,the old pier opened,,The old pier opened on 1 June."),
            QStringLiteral("“next Tuesday”,,,the council meets,,The council meets next Tuesday."),
        };
        QCOMPARE(got, golden);
    }

    void json_holdsTheEventsWithIsoDates_andTheReferenceDate()
    {
        auto entries = harbourEntries();
        entries.push_back(entry("v5", core::EventAnchor::Dated, {-43, 3, 15}, {-43, 3, 15},
                                QStringLiteral("15 March 44 BC"), QStringLiteral("a senator fell"),
                                QStringLiteral("A senator fell.")));
        TimelineExport::JsonContext context{QStringLiteral("/tmp/harbour.md"),
                                            QStringLiteral("Harbour week"),
                                            {core::CalendarDate{2025, 3, 12}, core::ReferenceSource::User}};
        const QByteArray bytes = TimelineExport::json(entries, context);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(bytes.indexOf("\"source\"") < bytes.indexOf("\"events\"")); // documented order
        QCOMPARE(root.value(u"reference_date").toObject().value(u"date").toString(), QStringLiteral("2025-03-12"));
        QCOMPARE(root.value(u"reference_date").toObject().value(u"source").toString(), QStringLiteral("user"));
        const QJsonArray events = root.value(u"events").toArray();
        QCOMPARE(events.size(), 5);
        QCOMPARE(events[1].toObject().value(u"start").toString(), QStringLiteral("2025-03-21"));
        QCOMPARE(events[1].toObject().value(u"end").toString(), QStringLiteral("2025-03-24"));
        QVERIFY(events[2].toObject().value(u"start").isNull());
        QCOMPARE(events[2].toObject().value(u"anchor").toString(), QStringLiteral("year-unknown"));
        QCOMPARE(events[0].toObject().value(u"participants").toArray()[1].toObject().value(u"name").toString(),
                 QStringLiteral("Ola Brandt"));
        QCOMPARE(events[4].toObject().value(u"start").toString(), QStringLiteral("-0043-03-15"));
        QCOMPARE(TimelineExport::json({}, context).count("\"events\": []"), 1);
    }

    void describeInterval_data()
    {
        QTest::addColumn<int>("y1");
        QTest::addColumn<int>("m1");
        QTest::addColumn<int>("d1");
        QTest::addColumn<int>("y2");
        QTest::addColumn<int>("m2");
        QTest::addColumn<int>("d2");
        QTest::addColumn<QString>("words");
        QTest::newRow("a day BCE") << -43 << 3 << 15 << -43 << 3 << 15 << "15 March 44 BC";
        QTest::newRow("a year BCE") << -479 << 1 << 1 << -479 << 12 << 31 << "480 BC";
        QTest::newRow("a year before 1000") << 622 << 1 << 1 << 622 << 12 << 31 << "AD 622";
        QTest::newRow("a month BCE") << -216 << 8 << 1 << -216 << 8 << 31 << "August 217 BC";
        QTest::newRow("ten years") << 1960 << 1 << 1 << 1969 << 12 << 31 << "1960–1969";
        QTest::newRow("a century BCE") << -499 << 1 << 1 << -400 << 12 << 31 << "500–401 BC";
        QTest::newRow("leap February of 1 BC") << 0 << 2 << 1 << 0 << 2 << 29 << "February 1 BC";
    }
    void describeInterval()
    {
        QFETCH(int, y1);
        QFETCH(int, m1);
        QFETCH(int, d1);
        QFETCH(int, y2);
        QFETCH(int, m2);
        QFETCH(int, d2);
        QFETCH(QString, words);
        // The timeline words its bounds with the describer, in astronomical years.
        QCOMPARE(DateDescriber(QLocale(QLocale::English, QLocale::UnitedKingdom))
                     .describeInterval({y1, m1, d1}, {y2, m2, d2}),
                 words);
    }

    void build_namesParticipantsAsCorrected_andNeverShowsACode()
    {
        // "Tomas Vik and Lena Hart reopened the mill in 1871. The mill closed on 2 May."
        core::Document doc;
        doc.text = u"Tomas Vik and Lena Hart reopened the mill in 1871. The mill closed on 2 May.";
        doc.blocks.push_back({core::BlockKind::Paragraph, 0, false, 0, {0, static_cast<int32_t>(doc.text.size())}});
        auto at = [&](std::u16string_view s) {
            const auto p = static_cast<int32_t>(doc.text.find(s));
            return core::TextRange{p, p + static_cast<int32_t>(s.size())};
        };
        core::Analysis a;
        a.entities = {{"e1", core::EntityType::Person, u"Tomas Vik", {at(u"Tomas Vik")}},
                      {"e2", core::EntityType::Person, u"Lena Hart", {at(u"Lena Hart")}}};
        a.dates.push_back({at(u"1871"), core::TimexType::Date, "1871", {}, {}});
        a.dates.push_back({at(u"2 May"), core::TimexType::Date, "XXXX-05-02", {}, {}});
        core::Event first;
        first.id = "v1";
        first.start = {1871, 1, 1};
        first.end = {1871, 12, 31};
        first.value = "1871";
        first.date = at(u"1871");
        first.sentence = {0, at(u"1871").end + 1};
        first.summary = u"Tomas Vik and Lena Hart reopened the mill";
        first.participants = {"e1", "e2"};
        core::Event second;
        second.id = "v2";
        second.anchor = core::EventAnchor::YearUnknown;
        second.start = {0, 5, 2};
        second.end = {0, 5, 2};
        second.value = "XXXX-05-02";
        second.date = at(u"2 May");
        second.sentence = {at(u"The mill").start, static_cast<int32_t>(doc.text.size())};
        a.events = {first, second};

        // The user merged Lena Hart into Tomas Vik and renamed him.
        std::vector<core::Entity> corrected{
            {"e1", core::EntityType::Person, u"Tomas Vik the elder", {at(u"Tomas Vik"), at(u"Lena Hart")}}};
        const auto entries =
            TimelineEntries::build(doc, a, corrected, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(entries.size(), size_t{2});
        QCOMPARE(entries[0].participantIds, std::vector<std::string>{"e1"});
        QCOMPARE(entries[0].participantNames, QStringList{QStringLiteral("Tomas Vik the elder")});
        QCOMPARE(entries[0].dateText, QStringLiteral("1871"));
        QCOMPARE(entries[0].dateExpression, QStringLiteral("1871"));
        QVERIFY(entries[0].involves("e1"));
        QVERIFY(!entries[0].involves("e2"));
        QVERIFY(entries[1].participantIds.empty());
        QVERIFY(!entries[1].dateText.contains(QStringLiteral("XX")));
        QVERIFY(entries[1].dateText.contains(QStringLiteral("May")));
        // No summary from the core: the sentence stands in.
        QCOMPARE(entries[1].summary, QStringLiteral("The mill closed on 2 May."));
    }
    // The participants of many events in a long text, found through the index, equal a plain scan of every
    // corrected mention: overlapping mentions of several entities, a long mention starting far before the
    // participant's, entities removed by the user and raw ids that only the corrected list holds.
    void build_participantsOfABook_equalAPlainScan()
    {
        core::Document doc;
        doc.text = std::u16string(200000, u'x');
        core::Analysis a;
        std::vector<core::Entity> corrected;
        uint32_t state = 7;
        auto next = [&state](uint32_t n) {
            state = state * 1103515245u + 12345u;
            return (state >> 8) % n;
        };
        for (int i = 0; i < 300; ++i) {
            core::Entity e{"e" + std::to_string(i), core::EntityType::Person, u"Name", {}};
            for (int m = 0; m < 20; ++m) {
                const auto start = static_cast<int32_t>(next(199000));
                e.mentions.push_back({start, start + 1 + static_cast<int32_t>(next(i % 50 == 0 ? 900 : 12))});
            }
            std::sort(e.mentions.begin(), e.mentions.end());
            a.entities.push_back(e);
            if (i % 7 == 3)
                continue; // removed by the user
            if (i % 5 == 1)
                e.mentions.resize(e.mentions.size() / 2); // a split took the rest away
            corrected.push_back(e);
        }
        corrected.push_back({"added", core::EntityType::Place, u"Added", {{500, 510}}});
        for (int i = 0; i < 400; ++i) {
            core::Event ev;
            ev.id = "v" + std::to_string(i);
            const auto start = static_cast<int32_t>(next(199000));
            ev.sentence = {start, start + 1 + static_cast<int32_t>(next(600))};
            ev.date = {ev.sentence.start, ev.sentence.start + 1};
            for (int k = 0; k < 4; ++k)
                ev.participants.push_back("e" + std::to_string(next(300)));
            if (i % 10 == 0)
                ev.participants.push_back("added");
            a.events.push_back(ev);
        }
        // The plain scan: each participant's mentions in the sentence, and every corrected entity with a mention
        // overlapping one of them, in the corrected list's order; a raw id not in the analysis is kept if it exists.
        auto plain = [&](const core::Event &ev) {
            std::vector<std::string> ids;
            auto add = [&ids](const std::string &id) {
                if (std::find(ids.begin(), ids.end(), id) == ids.end())
                    ids.push_back(id);
            };
            for (const std::string &raw : ev.participants) {
                const auto original = std::find_if(a.entities.begin(), a.entities.end(),
                                                   [&](const core::Entity &e) { return e.id == raw; });
                if (original == a.entities.end()) {
                    if (std::any_of(corrected.begin(), corrected.end(), [&](const auto &e) { return e.id == raw; }))
                        add(raw);
                    continue;
                }
                for (const core::TextRange &m : original->mentions) {
                    if (!ev.sentence.overlaps(m))
                        continue;
                    for (const core::Entity &e : corrected) {
                        if (std::any_of(e.mentions.begin(), e.mentions.end(), [&](auto r) { return r.overlaps(m); }))
                            add(e.id);
                    }
                }
            }
            return ids;
        };
        const auto entries = TimelineEntries::build(doc, a, corrected, QLocale(QLocale::English));
        QCOMPARE(entries.size(), a.events.size());
        size_t withParticipants = 0;
        for (size_t i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].participantIds, plain(a.events[i]));
            withParticipants += !entries[i].participantIds.empty();
        }
        QVERIFY(withParticipants > 20); // the comparison is not between empty lists only
    }
};

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
