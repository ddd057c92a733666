// Tests for lede-ner-average (ModelAverage.h): the mean of hand-made models feature by feature (a missing feature
// counts as 0), requantised and pruned as the trainer does, reproducibly; and the refusal of models that differ in
// anything but their seed.
#include "ModelAverage.h"

#include "ner/ModelFormat.h"

#include <QTest>

#include <cmath>

using namespace lede::core::ner;
using namespace lede::tools;

namespace {

const char *const kRecipe = "averaged perceptron, 2 stages, IOB2; train splits.tsv train splits (1000 tokens)";

// A two-stage model over `keys` whose stage-s weight for feature i and label y is base × (i + 1) × (y + 1) × (s + 1)
// quantised units, with scale `scale` in both stages.
ModelData model(std::vector<uint64_t> keys, int base, float scale, int seed)
{
    ModelData m;
    m.stages = 2;
    m.description = std::string(kRecipe) + "; seed " + std::to_string(seed) + "; stage 1 epoch "
        + std::to_string(seed + 10) + ", stage 2 epoch 7; dev F1 80.00 (P 80.00 R 80.00)";
    m.keys = std::move(keys);
    for (size_t i = 0; i < m.keys.size(); ++i)
        for (int s = 0; s < 2; ++s)
            for (int y = 0; y < kLabelCount; ++y)
                m.weights.push_back(static_cast<int16_t>(base * static_cast<int>(i + 1) * (y + 1) * (s + 1)));
    m.scale[0] = m.scale[1] = scale;
    for (int s = 0; s < 2; ++s)
        for (int a = 0; a <= kLabelCount; ++a)
            for (int b = 0; b < kLabelCount; ++b)
                m.transitions[s].score[a][b] = static_cast<float>(seed * (a - b));
    m.gazetteerPhrases = {{11, 1}, {12, 2}};
    m.gazetteerStarts = {{11, 2}};
    m.clusters = {{21, 5}};
    m.embeddingClusters = {{31, 6}};
    return m;
}

// The dequantised weight of `key`, stage s, label y (0 when the key is missing).
double weight(const ModelData &m, uint64_t key, int s, int y)
{
    const auto it = std::lower_bound(m.keys.begin(), m.keys.end(), key);
    if (it == m.keys.end() || *it != key)
        return 0;
    const size_t i = static_cast<size_t>(it - m.keys.begin());
    return m.weights[i * 2 * kLabelCount + static_cast<size_t>(s * kLabelCount + y)] * double{m.scale[s]};
}

} // namespace

class TestModelAverage : public QObject
{
    Q_OBJECT

private slots:
    void recipeDropsTheSeedFields()
    {
        QCOMPARE(recipeOf(model({1}, 1, 1.0f, 3).description),
                 std::string("averaged perceptron, 2 stages, IOB2; train splits.tsv train splits"));
        QCOMPARE(recipeOf(std::string(kRecipe) + "; seed 2; dev F1 1; word dropout 0.10 (capitalised tokens)"),
                 recipeOf(kRecipe) + "; word dropout 0.10 (capitalised tokens)");
    }

    void averagesFeatureByFeature()
    {
        // Key 2 is in both models; key 1 only in the first, key 3 only in the second (0 in the other).
        const ModelData a = model({1, 2}, 100, 0.5f, 1);
        ModelData b = model({2, 3}, 30, 2.0f, 2);
        b.description.replace(b.description.find("1000 tokens"), 11, "1017 tokens"); // other headline copies
        ModelData mean;
        QCOMPARE(averageModels({a, b}, 0, mean), std::string());
        QCOMPARE(mean.stages, 2u);
        QCOMPARE(mean.keys, (std::vector<uint64_t>{1, 2, 3}));
        for (int s = 0; s < 2; ++s)
            for (int y = 0; y < kLabelCount; ++y) {
                const double tolerance = mean.scale[s]; // one quantisation step
                for (uint64_t key : {1, 2, 3}) {
                    const double expected = (weight(a, key, s, y) + weight(b, key, s, y)) / 2;
                    QVERIFY2(std::fabs(weight(mean, key, s, y) - expected) <= tolerance,
                             qPrintable(QStringLiteral("key %1 stage %2 label %3").arg(key).arg(s).arg(y)));
                }
            }
        // The largest mean magnitude in each stage quantises to 32767.
        int largest = 0;
        for (size_t i = 0; i < mean.keys.size(); ++i)
            for (int y = 0; y < kLabelCount; ++y)
                largest = std::max(largest, std::abs(int{mean.weights[i * 2 * kLabelCount + static_cast<size_t>(y)]}));
        QCOMPARE(largest, 32767);
        // Transitions: seed × (a − b) in each model, so 1.5 × (a − b) on average.
        QCOMPARE(mean.transitions[1].score[4][1], 4.5f);
        QCOMPARE(mean.transitions[0].score[0][3], -4.5f);
        QCOMPARE(mean.gazetteerPhrases.size(), size_t{2});
        QCOMPARE(mean.clusters.size(), size_t{1});
        QCOMPARE(mean.embeddingClusters.size(), size_t{1});
        QVERIFY(mean.description.starts_with(recipeOf(kRecipe) + "; weight average"));
        QVERIFY(mean.description.find("weight average of 2 models (seed 1, stage 1 epoch 11, stage 2 epoch 7; seed "
                                      "2, stage 1 epoch 12, stage 2 epoch 7)")
                != std::string::npos);
        // The averaged model round-trips through the file format.
        const auto parsed = parseModel(serializeModel(mean));
        QVERIFY(parsed);
        QCOMPARE(parsed->keys, mean.keys);
    }

    void prunesLikeTheTrainer()
    {
        // Key 1's mean is small next to key 9's, so a high threshold drops it and keeps key 9.
        const ModelData a = model({1, 9}, 1, 1.0f, 1);
        ModelData b = model({1, 9}, 1, 1.0f, 2);
        for (size_t j = 2 * kLabelCount; j < b.weights.size(); ++j)
            b.weights[j] = 3000;
        ModelData all, pruned;
        QCOMPARE(averageModels({a, b}, 0, all), std::string());
        QCOMPARE(averageModels({a, b}, 600, pruned), std::string());
        QCOMPARE(all.keys, (std::vector<uint64_t>{1, 9}));
        QCOMPARE(pruned.keys, (std::vector<uint64_t>{9}));
        QVERIFY(pruned.description.ends_with("; min weight 600"));
        QVERIFY(smallestFeatureWeight(pruned) >= 600);
        QCOMPARE(smallestFeatureWeight(ModelData{}), 0);
    }

    void isDeterministic()
    {
        const std::vector<ModelData> inputs = {model({1, 2, 5}, 7, 0.25f, 1), model({2, 4}, 11, 0.75f, 2),
                                               model({3, 5}, 5, 1.5f, 3)};
        ModelData x, y;
        QCOMPARE(averageModels(inputs, 10, x), std::string());
        QCOMPARE(averageModels(inputs, 10, y), std::string());
        QCOMPARE(serializeModel(x), serializeModel(y));
    }

    void refusesModelsThatDiffer_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("stages") << 0 << QStringLiteral("model 2 has 1 stages, the first model 2");
        QTest::newRow("recipe") << 1 << QStringLiteral("model 2 was trained by another recipe");
        QTest::newRow("gazetteer") << 2 << QStringLiteral("model 2 carries another gazetteer");
        QTest::newRow("gazetteer starts") << 3 << QStringLiteral("model 2 carries another gazetteer");
        QTest::newRow("word clusters") << 4 << QStringLiteral("model 2 carries another word-cluster table");
        QTest::newRow("embedding clusters") << 5
                                            << QStringLiteral("model 2 carries another embedding-cluster table");
    }

    void refusesModelsThatDiffer()
    {
        QFETCH(int, change);
        QFETCH(QString, message);
        const ModelData a = model({1, 2}, 10, 1.0f, 1);
        ModelData b = model({1, 2}, 10, 1.0f, 2);
        switch (change) {
        case 0:
            b.stages = 1;
            b.weights.resize(b.keys.size() * kLabelCount);
            break;
        case 1: b.description.replace(b.description.find("splits.tsv"), 10, "other.tsv"); break;
        case 2: b.gazetteerPhrases[1].value = 3; break;
        case 3: b.gazetteerStarts.push_back({12, 1}); break;
        case 4: b.clusters.clear(); break;
        default: b.embeddingClusters[0].key = 32; break;
        }
        ModelData out;
        out.keys = {99};
        const std::string err = averageModels({a, b}, 0, out);
        QVERIFY2(QString::fromStdString(err).startsWith(message), err.c_str());
        QVERIFY(err.ends_with("refusing to average"));
        QCOMPARE(out.keys, std::vector<uint64_t>{99}); // left as it was
        QVERIFY(!averageModels({}, 0, out).empty());
    }
};

QTEST_APPLESS_MAIN(TestModelAverage)
#include "tst_modelaverage.moc"
