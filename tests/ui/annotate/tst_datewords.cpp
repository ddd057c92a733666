// Dates in words, everywhere: an article with many date shapes, analysed by the real tagger, with and
// without a reference date; no tooltip and no row of the entity CSV shows a raw TIMEX3 code.
#include "analysis/Analysis.h"
#include "annotate/AnnotationExport.h"
#include "annotate/AnnotationModel.h"
#include "annotate/AnnotationToolTip.h"
#include "document/DocumentLoader.h"

#include <QRegularExpression>
#include <QTest>

using namespace lede;
using namespace lede::ui;

namespace {

// Written for this test: every shape the date tagger emits, from full dates to sets and unresolved
// relative expressions.
const char kArticle[] =
    "Harbour plans, a long story\n\n"
    "On Thursday evening the council of Port Ellery voted again. Yesterday the mayor said the work "
    "would start early next week and end by the first half of next year. Later, the harbour master met the "
    "engineers on 13 March 2025 at 3 p.m. and again on Tuesday of next week.\n\n"
    "Costs rose at the end of last month, and three days ago the auditors asked for the accounts of "
    "the second quarter of 2024 and of the third quarter of last year. The old pier dates from the "
    "1990s; the first wall was raised late in the 19th century, and a Roman road, some say, in 44 BC. "
    "Divers inspect it every Monday and every Tuesday night, and the pumps run daily.\n\n"
    "The dredging took three years and a half, spring 2025 was wet, and in the week of March 10, 2025 "
    "the tide broke the gauge. Tonight the crews rest; this morning they met at noon. The town has "
    "grown since the third millennium began, and it will vote in March of next year, in the summer "
    "and in the coming decades. Now the plans look ahead to the future, not the past, and every April "
    "the council reviews them for the weekend of the fair and for Christmas.\n";

std::shared_ptr<const core::Document> article()
{
    auto loaded = core::loadDocumentFromBytes(kArticle, "harbour.txt");
    if (!loaded)
        return {};
    return std::make_shared<core::Document>(std::move(loaded).value());
}

// Raw TIMEX3: unknown parts, durations, parts of the day, ISO weeks, BC years, quarters, halves, seasons,
// reference words and ISO dates.
const QRegularExpression &rawCode()
{
    static const QRegularExpression re(
        QStringLiteral("XXXX|XX|\\bP\\d|\\bPT\\d|\\bP[XT]|T(MO|AF|EV|NI|DT)\\b|W\\d\\d|WXX|BC\\d|\\d{4}-(Q|H)\\d|\\d{4}"
                       "-(SP|SU|FA|WI)\\b"
                       "|_REF\\b|\\d{4}-\\d\\d-\\d\\d|\\d{4}-\\d\\d\\b|T\\d\\d:\\d\\d"
                       "|<br>\\d{1,3}$")); // a decade (199), century (18) or millennium (2) code alone
    return re;
}

} // namespace

class TestDateWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolTipsAndCsv_showNoRawCodes_data()
    {
        QTest::addColumn<bool>("withReference");
        QTest::newRow("article dated by the user") << true;
        QTest::newRow("article without a date") << false;
    }
    void toolTipsAndCsv_showNoRawCodes()
    {
        QFETCH(bool, withReference);
        const auto doc = article();
        QVERIFY(doc);
        core::AnalysisOptions options;
        if (withReference)
            options.reference = {core::CalendarDate{2025, 3, 12}, core::ReferenceSource::User};
        auto analysis = std::make_shared<core::Analysis>(core::analyzeDocument(*doc, options));
        // Entities for the CSV, by hand: the test needs no model for them.
        const QString text = QString::fromStdU16String(doc->text);
        const auto find = [&](const QString &needle) {
            const auto at = static_cast<int32_t>(text.indexOf(needle));
            return core::TextRange{at, static_cast<int32_t>(at + needle.size())};
        };
        analysis->entities.push_back(
            {"e1", core::EntityType::Place, u"Port Ellery", {find(QStringLiteral("Port Ellery"))}});
        analysis->entities.push_back({"e2", core::EntityType::Other, u"Roman", {find(QStringLiteral("Roman"))}});
        QVERIFY2(analysis->dates.size() >= 30, qPrintable(QString::number(analysis->dates.size())));

        AnnotationModel model;
        model.setAnalysis(doc, analysis, analysis->entities);
        const QLocale british(QLocale::English, QLocale::UnitedKingdom);
        QStringList shown;
        for (size_t i = 0; i < model.dates().size(); ++i) {
            const core::Timex &t = model.dates()[i];
            const QString tip =
                AnnotationToolTip::text(model, {HighlightKind::Date, static_cast<int>(i), t.range}, british);
            const QString span = text.mid(t.range.start, t.range.length());
            QVERIFY2(!tip.isEmpty(), qPrintable(span));
            QVERIFY2(
                !rawCode().match(tip).hasMatch(),
                qPrintable(QStringLiteral("\"%1\" (%2) reads: %3").arg(span, QString::fromStdString(t.value), tip)));
            shown << tip;
        }
        // Unresolved expressions say how to resolve them only when there is no article date.
        const bool hinted = shown.join(QLatin1Char('\n')).contains(QStringLiteral("set the article's date"));
        QCOMPARE(hinted, !withReference);

        const QString csv = AnnotationExport::entitiesCsv(model);
        QVERIFY(csv.contains(QStringLiteral("Port Ellery")));
        QVERIFY2(!rawCode().match(csv).hasMatch(), qPrintable(csv));
    }

    void rawCodePattern_catchesTheCodes_data()
    {
        // The guard above must be able to fail: every raw shape is caught by it.
        QTest::addColumn<QString>("code");
        for (const char *code :
             {"XXXX-WXX-2", "XXXX-XX", "2025-03-13TEV", "XXXX-H1", "P1Y", "PT2H", "PXW", "2025-W11", "BC0044",
              "2025-Q3", "2025-SP", "PRESENT_REF", "2025-03-13", "2025-03", "T15:00", "199", "18", "2"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void rawCodePattern_catchesTheCodes()
    {
        QFETCH(QString, code);
        QVERIFY(rawCode().match(QStringLiteral("<b>Date</b><br>") + code).hasMatch());
    }
};

QTEST_MAIN(TestDateWords)
#include "tst_datewords.moc"
