// Tests for lede-ner-doc-eval's scoring (tools/ner/MentionScore.h, EvalDocument.h): exact character spans decide,
// the counts are conlleval's, every error is named with its kind, and CoNLL documents become text whose gold spans
// sit on the tokens.
#include "EvalDocument.h"
#include "GoldArticle.h"
#include "MentionScore.h"

#include "ner/NerLabels.h"

#include <QTest>

#include <sstream>

using namespace lede;

namespace {

std::vector<core::Mention> mentionsOf(const tools::GoldArticle &a)
{
    return a.mentions;
}

QString describe(const std::optional<core::Mention> &m, std::u16string_view text)
{
    if (!m)
        return QStringLiteral("-");
    return QString::fromLatin1(core::ner::conllTypeName(m->type)) + QLatin1Char(':')
        + QString::fromStdU16String(std::u16string(text.substr(size_t(m->range.start), size_t(m->range.length()))));
}

} // namespace

class TestMentionScore final : public QObject
{
    Q_OBJECT

private slots:
    void scoreMentions_countsExactSpans_data()
    {
        // Gold and prediction are written in the gold articles' markup over the same text.
        QTest::addColumn<QString>("gold");
        QTest::addColumn<QString>("predicted");
        QTest::addColumn<QString>("counts"); // "gold predicted correct"
        QTest::addColumn<QString>("errors"); // "kind gold / predicted; ..."

        QTest::newRow("an exact match is correct")
            << "[ORG Hulu] streams." << "[ORG Hulu] streams." << "1 1 1" << "";
        QTest::newRow("the same span with another type")
            << "[ORG Hulu] streams." << "[PER Hulu] streams." << "1 1 0" << "wrong type ORG:Hulu / PER:Hulu";
        QTest::newRow("a shorter span is a boundary error")
            << "the [ORG European Central Bank] rose" << "the European [ORG Central Bank] rose" << "1 1 0"
            << "boundary ORG:European Central Bank / ORG:Central Bank";
        QTest::newRow("a miss and a spurious name")
            << "[PER Vos] met Kramer." << "Vos met [PER Kramer]." << "1 1 0"
            << "missed PER:Vos / -; spurious - / PER:Kramer";
        QTest::newRow("an edge inside a word")
            << "a [MISC Hamburg-based] broker" << "a [LOC Hamburg]-based broker" << "1 1 0"
            << "boundary MISC:Hamburg-based / LOC:Hamburg";
        QTest::newRow("adjacent names of one type stay two")
            << "from [LOC Izmail] [LOC Reni] ports" << "from [LOC Izmail] [LOC Reni] ports" << "2 2 2" << "";
        QTest::newRow("two gold names found as one")
            << "from [LOC Izmail] [LOC Reni] ports" << "from [LOC Izmail Reni] ports" << "2 1 0"
            << "boundary LOC:Izmail / LOC:Izmail Reni; boundary LOC:Reni / LOC:Izmail Reni";
        QTest::newRow("names on later lines")
            << "Head\n\n[PER Ada] joined [ORG ING]." << "Head\n\n[PER Ada] joined [LOC ING]." << "2 2 1"
            << "wrong type ORG:ING / LOC:ING";
    }

    void scoreMentions_countsExactSpans()
    {
        QFETCH(QString, gold);
        QFETCH(QString, predicted);
        QFETCH(QString, counts);
        QFETCH(QString, errors);
        const auto g = tools::parseGoldArticle(gold.toStdString());
        const auto p = tools::parseGoldArticle(predicted.toStdString());
        QVERIFY(g.ok() && p.ok());
        QCOMPARE(g->text, p->text);

        core::ner::ChunkScorer scorer;
        const auto found = tools::scoreMentions(scorer, g->text, mentionsOf(*g), mentionsOf(*p));
        const auto &o = scorer.overall();
        QCOMPARE(QStringLiteral("%1 %2 %3").arg(o.gold).arg(o.predicted).arg(o.correct), counts);
        QStringList got;
        for (const auto &e : found) {
            got << QString::fromLatin1(tools::mentionErrorName(e.kind)) + QLatin1Char(' ') + describe(e.gold, g->text)
                    + QStringLiteral(" / ") + describe(e.predicted, g->text);
        }
        QCOMPARE(got.join(QStringLiteral("; ")), errors);
    }

    void scoreMentions_countsByType()
    {
        const auto g = tools::parseGoldArticle("[ORG Hulu] and [LOC Burbank]");
        const auto p = tools::parseGoldArticle("[PER Hulu] and [LOC Burbank]");
        QVERIFY(g.ok() && p.ok());
        core::ner::ChunkScorer scorer;
        tools::scoreMentions(scorer, g->text, mentionsOf(*g), mentionsOf(*p));
        const auto &byType = scorer.byType();
        QCOMPARE(byType.at("ORG").gold, size_t(1));
        QCOMPARE(byType.at("ORG").predicted, size_t(0));
        QCOMPARE(byType.at("PER").predicted, size_t(1));
        QCOMPARE(byType.at("LOC").correct, size_t(1));
    }

    void conllDocuments_joinTokensAndKeepGoldOnThem()
    {
        // IOB1 in the first document (I- opens a chunk, B- only after one of its type), IOB2 in the second.
        std::istringstream in("-DOCSTART- -X- O\n\n"
                              "Vlietstra I-ORG\nTowage I-ORG\nVos I-PER\nKramer B-PER\nsail O\n. O\n\n"
                              "Rain O\nin O\nIlulissat I-LOC\ntoday I-DATE\n\n"
                              "-DOCSTART- -X- O\n\n"
                              "Nuuk B-LOC\nshivers O\n");
        const auto corpus = core::ner::ConllCorpus::parse(in);
        size_t skipped = 0;
        const auto docs = tools::conllDocuments(corpus, "sample", &skipped);
        QCOMPARE(docs.size(), size_t(2));
        QCOMPARE(skipped, size_t(1));

        const auto &first = docs[0];
        QCOMPARE(first.name, std::string("sample, document 1"));
        QCOMPARE(QString::fromStdU16String(first.document.text),
                 QStringLiteral("Vlietstra Towage Vos Kramer sail .\nRain in Ilulissat today"));
        QCOMPARE(first.document.blocks.size(), size_t(2));
        QCOMPARE(first.document.blocks[1].range, (core::TextRange{35, 58}));
        QStringList gold;
        for (const auto &m : first.gold)
            gold << describe(m, first.document.text);
        QCOMPARE(gold.join(QLatin1Char(' ')), QStringLiteral("ORG:Vlietstra Towage PER:Vos PER:Kramer LOC:Ilulissat"));

        QCOMPARE(QString::fromStdU16String(docs[1].document.text), QStringLiteral("Nuuk shivers"));
        QCOMPARE(docs[1].gold.size(), size_t(1));
        QCOMPARE(docs[1].lineName, std::string("sentence"));
    }
};

QTEST_APPLESS_MAIN(TestMentionScore)
#include "tst_mentionscore.moc"
