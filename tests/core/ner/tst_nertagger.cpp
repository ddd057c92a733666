// Tests for NerTagger with the shipped model: a small text written for this test, offsets in
// UTF-16, and hostile input (empty, a 1 MB run-on sentence, a 100,000-character token, mixed
// scripts, U+FFFD runs) with a bound on the work done rather than on time.
#include "ner/ModelFormat.h"
#include "ner/NerModel.h"
#include "ner/NerTagger.h"

#include <QTest>

using namespace lede::core;

namespace {

const std::filesystem::path kModel = LEDE_SOURCE_DIR "/resources/data/models/ner.model";

// A small tokeniser for tests: splits at spaces, splits off trailing , . : ; and 's / ’s,
// ends a sentence after ".". (The real one is text/Segmenter.)
Segmentation segment(std::u16string_view text)
{
    Segmentation seg;
    auto push = [&](int32_t b, int32_t e) {
        if (e > b)
            seg.tokens.push_back(Token{TextRange{b, e}, TokenKind::Word});
    };
    int32_t i = 0;
    const auto n = static_cast<int32_t>(text.size());
    while (i < n) {
        while (i < n && text[i] == u' ')
            ++i;
        int32_t e = i;
        while (e < n && text[e] != u' ')
            ++e;
        int32_t wordEnd = e;
        std::vector<std::pair<int32_t, int32_t>> trailing;
        while (wordEnd > i && std::u16string_view(u",.:;").find(text[wordEnd - 1]) != std::u16string_view::npos) {
            trailing.insert(trailing.begin(), {wordEnd - 1, wordEnd});
            --wordEnd;
        }
        if (wordEnd - i > 2 && text[wordEnd - 1] == u's' && (text[wordEnd - 2] == u'\'' || text[wordEnd - 2] == u'\u2019')) {
            push(i, wordEnd - 2);
            push(wordEnd - 2, wordEnd);
        } else {
            push(i, wordEnd);
        }
        for (auto [b, x] : trailing)
            push(b, x);
        i = e;
    }
    int32_t first = 0;
    for (size_t t = 0; t < seg.tokens.size(); ++t) {
        const bool stop = text[seg.tokens[t].range.start] == u'.' || t + 1 == seg.tokens.size();
        if (stop) {
            const int32_t count = static_cast<int32_t>(t) + 1 - first;
            seg.sentences.push_back(Sentence{TextRange{seg.tokens[first].range.start, seg.tokens[t].range.end}, first, count});
            first = static_cast<int32_t>(t) + 1;
        }
    }
    return seg;
}

std::shared_ptr<const NerTagger> tagger()
{
    static auto t = NerTagger::load(kModel);
    return t.ok() ? t.value() : nullptr;
}

bool hasMention(std::u16string_view text, const std::vector<Mention> &ms, std::u16string_view surface, EntityType type)
{
    for (const Mention &m : ms) {
        if (m.type == type && text.substr(m.range.start, m.range.length()) == surface)
            return true;
    }
    return false;
}

NerModel &model()
{
    static NerModel m(ner::readModelFile(kModel).value());
    return m;
}

} // namespace

class TestNerTagger final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto t = NerTagger::load(kModel);
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().detail.c_str());
    }

    void smallText_findsPeoplePlacesAndOrganisations()
    {
        const std::u16string text =
            u"Secretary-General António Guterres told the World Health Organization in Geneva on Monday that "
            u"Kenya and Brazil had promised more money. Guterres’s spokesman, Farhan Haq, said talks would "
            u"continue in Nairobi next week.";
        const auto ms = tagger()->tag(text, segment(text));
        QVERIFY(hasMention(text, ms, u"António Guterres", EntityType::Person));
        QVERIFY(hasMention(text, ms, u"World Health Organization", EntityType::Organization));
        QVERIFY(hasMention(text, ms, u"Geneva", EntityType::Place));
        QVERIFY(hasMention(text, ms, u"Kenya", EntityType::Place));
        QVERIFY(hasMention(text, ms, u"Nairobi", EntityType::Place));
        QVERIFY(hasMention(text, ms, u"Guterres", EntityType::Person)); // before the curly ’s
        QVERIFY(hasMention(text, ms, u"Farhan Haq", EntityType::Person));
        QVERIFY(!hasMention(text, ms, u"Monday", EntityType::Person));
    }

    void offsets_areUtf16AfterAnEmoji()
    {
        const std::u16string text = u"\U0001F600 Angela Merkel visited Paris.";
        const auto ms = tagger()->tag(text, segment(text));
        QVERIFY(hasMention(text, ms, u"Angela Merkel", EntityType::Person));
        for (const Mention &m : ms) {
            if (m.type == EntityType::Person)
                QCOMPARE(m.range.start, 3); // the emoji is two UTF-16 units, then a space
        }
    }

    void tagTokens_givesBeginAndInside()
    {
        const std::vector<std::vector<std::u16string>> sentences = {{u"Angela", u"Merkel", u"visited", u"Paris", u"."}};
        const auto labels = tagger()->tagTokens(sentences);
        QCOMPARE(labels.size(), size_t(1));
        QCOMPARE(labels[0].size(), size_t(5));
        QVERIFY(labels[0][0].inside && labels[0][0].begin && labels[0][0].type == EntityType::Person);
        QVERIFY(labels[0][1].inside && !labels[0][1].begin && labels[0][1].type == EntityType::Person);
        QVERIFY(!labels[0][2].inside);
        QVERIFY(labels[0][3].inside && labels[0][3].type == EntityType::Place);
    }

    void emptyInput_givesNothing()
    {
        QVERIFY(tagger()->tag(u"", Segmentation{}).empty());
        QVERIFY(tagger()->tagTokens({}).empty());
        QCOMPARE(tagger()->tagTokens({{}}).size(), size_t(1));
    }

    void segmentationOutsideTheText_isIgnored()
    {
        Segmentation seg;
        seg.tokens.push_back(Token{TextRange{0, 5}, TokenKind::Word});
        seg.tokens.push_back(Token{TextRange{3, 900}, TokenKind::Word});
        seg.tokens.push_back(Token{TextRange{-4, 2}, TokenKind::Word});
        seg.sentences.push_back(Sentence{TextRange{0, 5}, 0, 40});
        seg.sentences.push_back(Sentence{TextRange{0, 5}, -3, 2});
        const auto ms = tagger()->tag(u"Paris", seg);
        for (const Mention &m : ms)
            QVERIFY(m.range.start >= 0 && m.range.end <= 5);
    }

    void runOnSentence_isSplitAndLinear()
    {
        // About 1 MB of text with no sentence punctuation at all.
        std::u16string text;
        const std::u16string words[] = {u"the ", u"Mayor ", u"of ", u"Springfield ", u"met ", u"Acme ", u"workers "};
        for (size_t k = 0; text.size() < 1'000'000; ++k)
            text += words[k % 7];
        Segmentation seg = segment(text);
        QCOMPARE(seg.sentences.size(), size_t(1));
        const size_t tokens = seg.tokens.size();

        ner::DocumentTokens doc;
        doc.sentenceStarts = {0};
        for (const Token &t : seg.tokens)
            doc.tokens.push_back(std::u16string_view(text).substr(t.range.start, t.range.length()));
        NerModel::splitLongSentences(doc);
        NerModel::Work work;
        std::vector<uint8_t> labels;
        QVERIFY(model().tagDocument(doc, labels, {}, &work));
        QCOMPARE(work.tokens, tokens);
        QVERIFY(work.longestDecoded <= NerModel::kMaxSentenceTokens);
        QVERIFY(work.featureLookups <= 80 * tokens);
        QVERIFY(work.viterbiSteps <= 2 * 81 * tokens);

        // And through the public API: no crash, mentions inside the text.
        const auto ms = tagger()->tag(text, seg);
        QVERIFY(!ms.empty());
        QVERIFY(ms.back().range.end <= static_cast<int32_t>(text.size()));
    }

    void hostileTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("100,000-character token") << QString(100000, QLatin1Char('x'));
        QTest::newRow("mixed scripts") << QStringLiteral(u"Владимир Путин встретился с 習近平 in Beijing مرحبا بكم Ελλάδα");
        QTest::newRow("replacement runs") << QStringLiteral(u"\uFFFD\uFFFD\uFFFD \uFFFD Paris \uFFFD\uFFFD");
        QTest::newRow("lone surrogates") << QString(QList<QChar>{QChar(0xD800), QChar(u'A'), QChar(0xDC00)}.constData(), 3);
        QTest::newRow("punctuation only") << QStringLiteral(". . , ; : ! ?");
    }

    void hostileTokens()
    {
        QFETCH(QString, text);
        const std::u16string u = text.toStdU16String();
        const Segmentation seg = segment(u);
        ner::DocumentTokens doc;
        doc.sentenceStarts = {0};
        for (const Token &t : seg.tokens)
            doc.tokens.push_back(std::u16string_view(u).substr(t.range.start, t.range.length()));
        NerModel::Work work;
        std::vector<uint8_t> labels;
        QVERIFY(model().tagDocument(doc, labels, {}, &work));
        QCOMPARE(labels.size(), seg.tokens.size());
        QVERIFY(work.featureLookups <= 80 * seg.tokens.size());
        for (const Mention &m : tagger()->tag(u, seg))
            QVERIFY(m.range.start >= 0 && m.range.end <= static_cast<int32_t>(u.size()) && !m.range.empty());
    }

    void stopRequest_endsEarly()
    {
        StopSource source;
        source.requestStop();
        const std::u16string text = u"Angela Merkel visited Paris.";
        QVERIFY(tagger()->tag(text, segment(text), source.token()).empty());
    }
};

QTEST_APPLESS_MAIN(TestNerTagger)
#include "tst_nertagger.moc"
