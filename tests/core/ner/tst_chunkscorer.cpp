// Tests for the conlleval-compatible scorer on small hand-made examples.
#include "ner/ChunkScorer.h"
#include "ner/ConllCorpus.h"

#include <QTest>

#include <fstream>
#include <sstream>

using namespace lede::core::ner;

namespace {
std::vector<std::string_view> tags(std::initializer_list<const char *> list)
{
    return std::vector<std::string_view>(list.begin(), list.end());
}
} // namespace

class TestChunkScorer final : public QObject
{
    Q_OBJECT

private slots:
    void chunkStarts_followConllevalRules()
    {
        // I-PER after O opens; B-PER after I-PER opens; I-LOC after I-PER opens.
        const auto c = ChunkScorer::chunks(tags({"I-PER", "I-PER", "B-PER", "I-LOC", "O", "I-ORG"}), 6);
        QCOMPARE(c.size(), size_t(4));
        QCOMPARE(c[0].first, size_t(0));
        QCOMPARE(c[0].last, size_t(1));
        QCOMPARE(c[1].first, size_t(2));
        QCOMPARE(c[1].last, size_t(2));
        QCOMPARE(c[2].type, std::string_view("LOC"));
        QCOMPARE(c[3].first, size_t(5));
    }

    void iob1AndIob2_scoreTheSame()
    {
        ChunkScorer a, b;
        a.addSentence(tags({"I-PER", "I-PER", "O", "I-LOC"}), tags({"I-PER", "I-PER", "O", "I-ORG"}));
        b.addSentence(tags({"B-PER", "I-PER", "O", "B-LOC"}), tags({"B-PER", "I-PER", "O", "B-ORG"}));
        QCOMPARE(a.overall().correct, b.overall().correct);
        QCOMPARE(a.overall().f1(), b.overall().f1());
    }

    void handMadeFile_givesKnownScores()
    {
        // tests/data/ner/scorer_example.txt: 5 gold chunks, 4 predicted, 3 correct: P 75, R 60, F1 66.67.
        std::ifstream in(LEDE_TEST_DATA_DIR "/ner/scorer_example.txt");
        QVERIFY(in.good());
        ChunkScorer s;
        std::vector<std::string> gold, pred;
        std::string line;
        auto flush = [&] {
            s.addSentence(std::vector<std::string_view>(gold.begin(), gold.end()),
                          std::vector<std::string_view>(pred.begin(), pred.end()));
            gold.clear();
            pred.clear();
        };
        while (std::getline(in, line)) {
            if (line.empty()) {
                flush();
                continue;
            }
            std::istringstream f(line);
            std::string token, g, p;
            f >> token >> g >> p;
            gold.push_back(g);
            pred.push_back(p);
        }
        flush();
        QCOMPARE(s.overall().gold, size_t(5));
        QCOMPARE(s.overall().predicted, size_t(4));
        QCOMPARE(s.overall().correct, size_t(3));
        QCOMPARE(qRound(s.overall().precision()), 75);
        QCOMPARE(qRound(s.overall().recall()), 60);
        QCOMPARE(qRound(s.overall().f1() * 100), 6667);
        const auto &per = s.byType().at("PER");
        QCOMPARE(per.gold, size_t(2));
        QCOMPARE(per.correct, size_t(2));
        QCOMPARE(per.f1(), 100.0);
        const auto &loc = s.byType().at("LOC");
        QCOMPARE(loc.gold, size_t(2));
        QCOMPARE(loc.predicted, size_t(0));
        QCOMPARE(loc.correct, size_t(0));
        QCOMPARE(loc.f1(), 0.0);
        const auto &org = s.byType().at("ORG");
        QCOMPARE(org.predicted, size_t(2));
        QCOMPARE(qRound(org.precision()), 50);
        QCOMPARE(qRound(org.recall()), 100);
        QCOMPARE(s.tokens(), size_t(14));
    }

    void chunkAtSentenceEnd_doesNotJoinTheNextSentence()
    {
        ChunkScorer s;
        s.addSentence(tags({"O", "I-PER"}), tags({"O", "I-PER"}));
        s.addSentence(tags({"I-PER", "O"}), tags({"I-PER", "O"}));
        QCOMPARE(s.overall().gold, size_t(2));
        QCOMPARE(s.overall().correct, size_t(2));
    }

    void corpus_detectsSchemeAndDocuments()
    {
        std::istringstream iob1("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter I-PER\nBlackburn I-PER\n");
        const ConllCorpus a = ConllCorpus::parse(iob1);
        QVERIFY(a.iob1);
        QCOMPARE(a.documents.size(), size_t(1));
        QCOMPARE(a.documents[0].sentences.size(), size_t(2));
        QCOMPARE(a.lines[2].gold, std::string("I-ORG"));
        QCOMPARE(a.tokenCount(), size_t(4));
        std::istringstream iob2("EU B-ORG\nrejects O\n\nPeter B-PER\nBlackburn I-PER\n");
        QVERIFY(!ConllCorpus::parse(iob2).iob1);
    }
};

QTEST_APPLESS_MAIN(TestChunkScorer)
#include "tst_chunkscorer.moc"
