// Tests for the binary NER model file: round trip, and every kind of damage giving a ModelError.
#include "ner/ModelFormat.h"
#include "ner/NerTagger.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fstream>

using namespace lede::core;
using namespace lede::core::ner;

namespace {

ModelData sampleModel()
{
    ModelData m;
    m.stages = 2;
    m.description = "test model";
    m.keys = {3, 17, 99, 12345678901ULL};
    for (size_t i = 0; i < m.keys.size() * 2 * kLabelCount; ++i)
        m.weights.push_back(static_cast<int16_t>(static_cast<int>(i * 37 % 2001) - 1000));
    m.scale[0] = 0.01f;
    m.scale[1] = 0.02f;
    m.transitions[0].score[0][1] = 1.5f;
    m.transitions[1].score[3][4] = -2.25f;
    m.gazetteerPhrases = {{5, 1}, {8, 6}};
    m.gazetteerStarts = {{5, 2}};
    m.clusters = {{7, (4u << 24) | 0b1011u}, {11, (2u << 24) | 0b01u}};
    m.embeddingClusters = {{13, (3u << 24) | 0b110u}, {21, (1u << 24) | 0b1u}, {40, (5u << 24) | 0b10101u}};
    return m;
}

std::filesystem::path writeBytes(const QTemporaryDir &dir, const std::string &bytes)
{
    const std::filesystem::path p = dir.filePath(QStringLiteral("model.bin")).toStdString();
    std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p;
}

// `bytes` (a serialised model whose last `emptyLists` lists are empty) as an older version's file: those lists'
// counts cut off, the header's version, size and checksum rewritten.
std::string asVersion(std::string bytes, uint32_t version, size_t emptyLists)
{
    bytes.resize(bytes.size() - emptyLists * sizeof(uint32_t));
    const std::string payload = bytes.substr(kModelHeaderSize);
    const uint64_t size = payload.size(), checksum = payloadChecksum(payload);
    std::memcpy(&bytes[8], &version, 4);
    std::memcpy(&bytes[16], &size, 8);
    std::memcpy(&bytes[24], &checksum, 8);
    return bytes;
}

} // namespace

class TestNerModelFormat final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_keepsEverything()
    {
        const ModelData m = sampleModel();
        const auto parsed = parseModel(serializeModel(m));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->stages, 2u);
        QCOMPARE(parsed->description, m.description);
        QCOMPARE(parsed->keys, m.keys);
        QCOMPARE(parsed->weights, m.weights);
        QCOMPARE(parsed->scale[1], 0.02f);
        QCOMPARE(parsed->transitions[1].score[3][4], -2.25f);
        QCOMPARE(parsed->gazetteerPhrases.size(), size_t(2));
        QCOMPARE(parsed->gazetteerPhrases[1].value, 6u);
        QCOMPARE(parsed->gazetteerStarts[0].value, 2u);
        QCOMPARE(parsed->clusters.size(), size_t(2));
        QCOMPARE(parsed->clusters[0].value, (4u << 24) | 0b1011u);
        QCOMPARE(parsed->embeddingClusters.size(), size_t(3));
        QCOMPARE(parsed->embeddingClusters[2].key, uint64_t(40));
        QCOMPARE(parsed->embeddingClusters[2].value, (5u << 24) | 0b10101u);
    }

    void versionTwoFile_loadsWithoutEmbeddingClusters()
    {
        // A version-2 file is a version-3 payload without the embedding-cluster section.
        ModelData m = sampleModel();
        m.embeddingClusters.clear();
        std::string bytes = asVersion(serializeModel(m), 2, 1);
        const auto parsed = parseModel(bytes);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().detail.c_str());
        QVERIFY(parsed->embeddingClusters.empty());
        QCOMPARE(parsed->clusters.size(), size_t(2));
        // Read as version 3, the same bytes lack the embedding section.
        const uint32_t three = 3;
        std::memcpy(&bytes[8], &three, 4);
        QCOMPARE(int(parseModel(bytes).error().code), int(ModelError::Code::Truncated));
    }

    void versionOneFile_loadsWithoutClusters()
    {
        // A version-1 file is a version-3 payload without the two cluster sections.
        ModelData m = sampleModel();
        m.clusters.clear();
        m.embeddingClusters.clear();
        std::string bytes = asVersion(serializeModel(m), 1, 2);
        const auto parsed = parseModel(bytes);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().detail.c_str());
        QVERIFY(parsed->clusters.empty());
        QCOMPARE(parsed->gazetteerStarts.size(), size_t(1));
        // Read as version 2, the same bytes lack the cluster section.
        const uint32_t two = 2;
        std::memcpy(&bytes[8], &two, 4);
        QCOMPARE(int(parseModel(bytes).error().code), int(ModelError::Code::Truncated));
    }

    void fileRoundTrip_throughWriteAndRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path p = dir.filePath(QStringLiteral("m.model")).toStdString();
        QCOMPARE(writeModelFile(sampleModel(), p), std::string());
        const auto read = readModelFile(p);
        QVERIFY(read.ok());
        QCOMPARE(read->keys, sampleModel().keys);
    }

    void damage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("wrong magic") << 0 << int(ModelError::Code::BadMagic);
        QTest::newRow("flipped payload byte") << 1 << int(ModelError::Code::BadChecksum);
        QTest::newRow("truncated payload") << 2 << int(ModelError::Code::Truncated);
        QTest::newRow("truncated header") << 3 << int(ModelError::Code::Truncated);
        QTest::newRow("future version") << 4 << int(ModelError::Code::BadVersion);
        QTest::newRow("empty file") << 5 << int(ModelError::Code::BadMagic);
        QTest::newRow("trailing garbage") << 6 << int(ModelError::Code::BadChecksum);
    }

    void damage()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        std::string bytes = serializeModel(sampleModel());
        switch (kind) {
        case 0: bytes[0] = 'X'; break;
        case 1: bytes[bytes.size() / 2] ^= 0x40; break;
        case 2: bytes.resize(bytes.size() - 7); break;
        case 3: bytes.resize(20); break;
        case 4: bytes[8] = static_cast<char>(kModelVersion + 1); break;
        case 5: bytes.clear(); break;
        case 6: bytes += "xyz"; break;
        }
        const auto parsed = parseModel(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(int(parsed.error().code), expected);
        QVERIFY(!parsed.error().detail.empty());

        // The public entry point reports the same error for a damaged file on disk.
        QTemporaryDir dir;
        const auto loaded = NerTagger::load(writeBytes(dir, bytes));
        QVERIFY(!loaded.ok());
        QCOMPARE(int(loaded.error().code), expected);
    }

    void everyTruncation_isAnErrorNotACrash()
    {
        const std::string bytes = serializeModel(sampleModel());
        for (size_t n = 0; n < bytes.size(); ++n)
            QVERIFY(!parseModel(std::string_view(bytes).substr(0, n)).ok());
    }

    void missingFile_reportsNotFound()
    {
        const auto loaded = NerTagger::load("/nonexistent/dir/ner.model");
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ModelError::Code::NotFound);
    }

    void shippedModel_loadsAndDescribesItself()
    {
        const std::filesystem::path p = LEDE_SOURCE_DIR "/resources/data/models/ner.model";
        const auto m = readModelFile(p);
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().detail.c_str());
        QCOMPARE(m->stages, 2u);
        QVERIFY(!m->keys.empty());
        QVERIFY(!m->gazetteerPhrases.empty());
    }
};

QTEST_APPLESS_MAIN(TestNerModelFormat)
#include "tst_nermodelformat.moc"
