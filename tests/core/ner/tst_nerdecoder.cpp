// Tests for the constrained Viterbi decoder and the CoNLL label conversions around it.
#include "ner/NerLabels.h"
#include "ner/Viterbi.h"

#include <QTest>

#include <random>

using namespace lede::core;
using namespace lede::core::ner;

namespace {
constexpr uint8_t BPER = beginLabel(EntityType::Person), IPER = insideLabel(EntityType::Person);
constexpr uint8_t BLOC = beginLabel(EntityType::Place), ILOC = insideLabel(EntityType::Place);

std::vector<uint8_t> decode(const std::vector<std::vector<float>> &rows, const Transitions &t = {})
{
    std::vector<float> em;
    for (const auto &r : rows) {
        std::vector<float> full(kLabelCount, 0.0f);
        std::copy(r.begin(), r.end(), full.begin());
        em.insert(em.end(), full.begin(), full.end());
    }
    std::vector<uint8_t> labels(rows.size());
    Viterbi v;
    v.decode(em.data(), rows.size(), t, labels.data());
    return labels;
}

std::vector<float> favour(uint8_t label, float score = 10.0f)
{
    std::vector<float> r(kLabelCount, 0.0f);
    r[label] = score;
    return r;
}
} // namespace

class TestNerDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void transitionRules_data()
    {
        QTest::addColumn<int>("previous");
        QTest::addColumn<int>("next");
        QTest::addColumn<bool>("valid");
        QTest::newRow("start → I-PER") << -1 << int(IPER) << false;
        QTest::newRow("start → B-PER") << -1 << int(BPER) << true;
        QTest::newRow("O → I-LOC") << int(kOutside) << int(ILOC) << false;
        QTest::newRow("B-PER → I-PER") << int(BPER) << int(IPER) << true;
        QTest::newRow("I-PER → I-PER") << int(IPER) << int(IPER) << true;
        QTest::newRow("B-PER → I-LOC") << int(BPER) << int(ILOC) << false;
        QTest::newRow("B-PER → O") << int(BPER) << int(kOutside) << true;
        QTest::newRow("I-LOC → B-LOC") << int(ILOC) << int(BLOC) << true;
        QTest::newRow("B-LOC → B-LOC") << int(BLOC) << int(BLOC) << true;
        QTest::newRow("I-LOC → O") << int(ILOC) << int(kOutside) << true;
    }

    void transitionRules()
    {
        QFETCH(int, previous);
        QFETCH(int, next);
        QFETCH(bool, valid);
        QCOMPARE(isValidTransition(previous, next), valid);
    }

    void insideAtSentenceStart_isNeverChosen()
    {
        const auto labels = decode({favour(IPER), favour(kOutside)});
        QVERIFY(labels[0] != IPER);
        QCOMPARE(labels[1], kOutside);
    }

    void insideAfterOtherType_isNeverChosen()
    {
        // Emissions alone would say B-PER I-LOC.
        const auto labels = decode({favour(BPER), favour(ILOC, 9.0f)});
        QVERIFY(labels[1] != ILOC);
        QVERIFY(labels[0] != BPER || labels[1] == IPER || !isInside(labels[1]));
    }

    void bestValidPath_isChosen()
    {
        // B-LOC I-LOC beats B-PER I-LOC (invalid) even though B-PER scores more on its own.
        std::vector<float> first(kLabelCount, 0.0f);
        first[BPER] = 5.0f;
        first[BLOC] = 4.0f;
        const auto labels = decode({first, favour(ILOC, 20.0f)});
        QCOMPARE(labels[0], BLOC);
        QCOMPARE(labels[1], ILOC);
    }

    void transitionScores_changeTheOutcome()
    {
        Transitions t;
        t.score[1 + BPER][IPER] = -100.0f;
        std::vector<float> second(kLabelCount, 0.0f);
        second[IPER] = 5.0f;
        second[kOutside] = 1.0f;
        QCOMPARE(decode({favour(BPER), second})[1], IPER);
        QCOMPARE(decode({favour(BPER), second}, t)[1], kOutside);
    }

    void randomScores_neverGiveInvalidSequences()
    {
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> d(-5, 5);
        Viterbi v;
        for (int trial = 0; trial < 200; ++trial) {
            const size_t n = 1 + trial % 30;
            std::vector<float> em(n * kLabelCount);
            for (float &x : em)
                x = d(rng);
            Transitions t;
            for (auto &row : t.score)
                for (float &x : row)
                    x = d(rng);
            std::vector<uint8_t> labels(n);
            v.decode(em.data(), n, t, labels.data());
            for (size_t i = 0; i < n; ++i)
                QVERIFY(isValidTransition(i ? labels[i - 1] : -1, labels[i]));
        }
    }

    void conllTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("previous");
        QTest::addColumn<int>("label");
        QTest::newRow("IOB1 I after O opens") << QStringLiteral("I-PER") << int(kOutside) << int(BPER);
        QTest::newRow("I continues same type") << QStringLiteral("I-PER") << int(BPER) << int(IPER);
        QTest::newRow("I after other type opens") << QStringLiteral("I-LOC") << int(IPER) << int(BLOC);
        QTest::newRow("B always opens") << QStringLiteral("B-LOC") << int(ILOC) << int(BLOC);
        QTest::newRow("unknown type is O") << QStringLiteral("I-XYZ") << int(kOutside) << int(kOutside);
        QTest::newRow("O") << QStringLiteral("O") << int(BPER) << int(kOutside);
    }

    void conllTags()
    {
        QFETCH(QString, tag);
        QFETCH(int, previous);
        QFETCH(int, label);
        QCOMPARE(int(labelFromConllTag(tag.toStdString(), uint8_t(previous))), label);
    }

    void writingIob1_usesBOnlyBetweenAdjacentChunks()
    {
        QCOMPARE(conllTagFromLabel(BPER, kOutside, true), std::string("I-PER"));
        QCOMPARE(conllTagFromLabel(BPER, IPER, true), std::string("B-PER"));
        QCOMPARE(conllTagFromLabel(BPER, ILOC, true), std::string("I-PER"));
        QCOMPARE(conllTagFromLabel(BPER, kOutside, false), std::string("B-PER"));
        QCOMPARE(conllTagFromLabel(IPER, BPER, false), std::string("I-PER"));
        QCOMPARE(conllTagFromLabel(BPER, BPER, true), std::string("B-PER"));
        QCOMPARE(conllTagFromLabel(IPER, BPER, true), std::string("I-PER"));
        QCOMPARE(conllTagFromLabel(kOutside, BPER, true), std::string("O"));
    }
};

QTEST_APPLESS_MAIN(TestNerDecoder)
#include "tst_nerdecoder.moc"
