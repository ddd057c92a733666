// Export: RFC 4180 CSV quoting, the entity list, and the highlighted print copy.
#include "AnnotateFixture.h"
#include "annotate/AnnotationExport.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace lede;
using namespace lede::ui;

class TestAnnotationExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_quotesPerRfc4180_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Paris" << "Paris";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("comma") << "Kaneko, Eri" << "\"Kaneko, Eri\"";
        QTest::newRow("quote") << "the \"UN\"" << "\"the \"\"UN\"\"\"";
        QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb" << "\"a\rb\"";
        QTest::newRow("spaces kept unquoted") << " x " << " x ";
    }
    void csvField_quotesPerRfc4180()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(AnnotationExport::csvField(value), expected);
    }

    void entitiesCsv_listsEntitiesByMentionsWithFirstSentence()
    {
        const auto doc = test::AnnotateFixture::document();
        AnnotationModel model;
        auto analysis = std::make_shared<core::Analysis>(test::AnnotateFixture::analysis(*doc));
        model.setAnalysis(doc, analysis, analysis->entities);
        const QStringList lines = AnnotationExport::entitiesCsv(model).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.value(0), QStringLiteral("name,type,mentions,first_sentence"));
        QCOMPARE(lines.value(1),
                 QStringLiteral("Eri Kaneko,person,2,Eri Kaneko met \U0001F600 Guterres in Paris on 25 April 2022."));
        QCOMPARE(lines.value(2).section(QLatin1Char(','), 0, 2), QStringLiteral("Paris,place,2"));
        QCOMPARE(lines.value(3).section(QLatin1Char(','), 0, 2), QStringLiteral("António Guterres,person,1"));
        QCOMPARE(lines.size(), 5); // header, three entities, the empty string after the final CRLF
        QVERIFY(lines.value(4).isEmpty());
    }

    void entitiesCsv_quotesSentencesWithQuotesAndCommas()
    {
        const auto doc = test::AnnotateFixture::document();
        AnnotationModel model;
        auto analysis = std::make_shared<core::Analysis>(test::AnnotateFixture::analysis(*doc));
        // Only the second paragraph's Paris: its sentence has quotes and commas.
        auto entities = analysis->entities;
        entities[2].mentions.erase(entities[2].mentions.begin());
        model.setAnalysis(doc, analysis, entities);
        const QString csv = AnnotationExport::entitiesCsv(model);
        QVERIFY(csv.contains(QStringLiteral("Paris,place,1,\"Kaneko later left Paris, \"\"tired\"\", she said.\"\r\n")));
    }

    void highlightedCopy_carriesVisibleKindsAsCharFormats()
    {
        const auto doc = test::AnnotateFixture::document();
        AnnotationModel model;
        auto analysis = std::make_shared<core::Analysis>(test::AnnotateFixture::analysis(*doc));
        model.setAnalysis(doc, analysis, analysis->entities);
        QTextDocument shown;
        shown.setPlainText(test::AnnotateFixture::viewText());
        const auto copy = AnnotationExport::highlightedCopy(shown, model, maskOf(HighlightKind::Person));
        const QTextBlock b = copy->firstBlock();
        const int guterres = static_cast<int>(b.text().indexOf(QStringLiteral("Guterres")));
        const int paris = static_cast<int>(b.text().indexOf(QStringLiteral("Paris")));
        QTextCursor c(copy.get());
        c.setPosition(b.position() + guterres + 1);
        QVERIFY(c.charFormat().background().style() != Qt::NoBrush);
        c.setPosition(b.position() + paris + 1);
        QCOMPARE(c.charFormat().background().style(), Qt::NoBrush); // places were hidden
        // The shown document itself is never given character formats.
        QTextCursor s(&shown);
        s.setPosition(guterres + 1);
        QCOMPARE(s.charFormat().background().style(), Qt::NoBrush);
    }
};

QTEST_MAIN(TestAnnotationExport)
#include "tst_annotationexport.moc"
