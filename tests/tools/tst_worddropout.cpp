// Tests for word dropout in NER training (lede-train-ner --word-dropout): which features name a token's own word,
// which tokens carry them, and that the perceptron hides them as asked — never at 0, always at 1, reproducibly.
#include "Perceptron.h"
#include "TrainingSet.h"

#include "ner/ConllCorpus.h"
#include "ner/FeatureExtractor.h"
#include "ner/NerLabels.h"

#include <QTest>

#include <algorithm>
#include <sstream>

using namespace lede::core::ner;
using namespace lede::tools;

namespace {

// Two made-up documents: names of each type, lower-case words around them.
const char *const kCorpus = "-DOCSTART- O\n\nVarka B-PER\nDelmont I-PER\njoined O\nQuillon B-ORG\nin O\nTarvos B-LOC\n"
                            ".\n\nshares O\nof O\nQuillon B-ORG\nrose O\n\n"
                            "-DOCSTART- O\n\nMayor O\nVarka B-PER\nvisited O\nTarvos B-LOC\nfor O\nthe O\nZelt B-MISC\n"
                            "fair O\n.\n\n";

ConllCorpus corpus()
{
    std::istringstream in(kCorpus);
    return ConllCorpus::parse(in);
}

std::vector<float> train(TrainingSet &set, size_t featureCount, double dropout, uint64_t seed, int epochs = 3)
{
    std::vector<CompiledDocument *> docs;
    for (auto &d : set.documents)
        docs.push_back(&d);
    Perceptron p(featureCount, 1);
    p.setWordDropout(dropout, seed);
    std::mt19937_64 rng(7);
    for (int e = 0; e < epochs; ++e)
        p.trainEpoch(docs, rng);
    p.average();
    return p.averagedWeights();
}

} // namespace

class TestWordDropout final : public QObject
{
    Q_OBJECT

private slots:
    void wordFeatures_areAmongTheLocalFeatures()
    {
        const ConllCorpus c = corpus();
        const FeatureExtractor fx(nullptr);
        FeatureDictionary dict;
        TrainingSet set(c, fx, dict, true);
        for (const CompiledDocument &doc : set.documents) {
            for (uint32_t i = 0; i < doc.tokens.tokens.size(); ++i) {
                std::vector<uint64_t> local, word, withAffixes;
                fx.localFeatures(doc.tokens, doc.context, i, local);
                fx.wordFeatures(doc.tokens, doc.context, i, word);
                fx.wordFeatures(doc.tokens, doc.context, i, withAffixes, true);
                QVERIFY(word.size() >= 4); // exact and lower-case form, the two bigrams
                // A word adds its 3- and 4-letter prefix and suffix when it is longer than they are.
                const int length = doc.context.info(i).length;
                QCOMPARE(withAffixes.size(), word.size() + (length >= 5 ? 4 : length == 4 ? 2 : 0));
                for (uint64_t k : withAffixes)
                    QVERIFY(std::find(local.begin(), local.end(), k) != local.end());
            }
        }
    }

    void compileWordFeatures_marksCapitalisedTokensOrAll()
    {
        const ConllCorpus c = corpus();
        const FeatureExtractor fx(nullptr);
        FeatureDictionary dict;
        TrainingSet set(c, fx, dict, true);
        for (const bool all : {false, true}) {
            set.compileWordFeatures(fx, dict, all);
            const CompiledDocument &doc = set.documents[0];
            QCOMPARE(doc.wordStart.size(), doc.tokens.tokens.size() + 1);
            for (uint32_t i = 0; i < doc.tokens.tokens.size(); ++i) {
                const TokenInfo &t = doc.context.info(i);
                const bool marked = doc.wordStart[i + 1] > doc.wordStart[i];
                QCOMPARE(marked, all ? t.has(TokenInfo::HasLetter) : t.has(TokenInfo::InitialCap));
            }
        }
    }

    void dropout_zeroTrainsAsWithout_oneNeverTouchesWordFeatures()
    {
        const ConllCorpus c = corpus();
        const FeatureExtractor fx(nullptr);
        FeatureDictionary dict;
        TrainingSet set(c, fx, dict, true);
        const std::vector<float> plain = train(set, dict.size(), 0, 1);
        set.compileWordFeatures(fx, dict, false);
        QVERIFY(train(set, dict.size(), 0, 1) == plain);

        // At 1 every capitalised token's word features are hidden: their weights stay 0 unless a lower-case token
        // shares the feature (none does here: every capitalised word is a name, and names are never lower case).
        const std::vector<float> hidden = train(set, dict.size(), 1, 1);
        QVERIFY(hidden != plain);
        int wordRows = 0;
        for (const CompiledDocument &doc : set.documents) {
            for (uint32_t i = 0; i < doc.tokens.tokens.size(); ++i) {
                for (uint32_t k = doc.wordStart[i]; k < doc.wordStart[i + 1]; ++k, ++wordRows) {
                    const size_t row = size_t{doc.word[k]} * kLabelCount;
                    for (int y = 0; y < kLabelCount; ++y)
                        QCOMPARE(hidden[row + y], 0.0f);
                }
            }
        }
        QVERIFY(wordRows > 0);
        // Without dropout the same features do learn.
        bool learnt = false;
        const CompiledDocument &doc = set.documents[0];
        for (uint32_t k = doc.wordStart[0]; k < doc.wordStart[1]; ++k) {
            for (int y = 0; y < kLabelCount; ++y)
                learnt = learnt || plain[size_t{doc.word[k]} * kLabelCount + y] != 0.0f;
        }
        QVERIFY(learnt);
    }

    void dropout_isDeterministicPerSeed()
    {
        const ConllCorpus c = corpus();
        const FeatureExtractor fx(nullptr);
        FeatureDictionary dict;
        TrainingSet set(c, fx, dict, true);
        set.compileWordFeatures(fx, dict, false);
        const std::vector<float> a = train(set, dict.size(), 0.5, 11, 6);
        QVERIFY(train(set, dict.size(), 0.5, 11, 6) == a);
        bool differs = false;
        for (uint64_t seed = 12; seed < 20 && !differs; ++seed)
            differs = train(set, dict.size(), 0.5, seed, 6) != a;
        QVERIFY(differs);
    }
};

QTEST_APPLESS_MAIN(TestWordDropout)
#include "tst_worddropout.moc"
