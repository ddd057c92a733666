// Tests for SentenceLocator / contextWindow and CoOccurrenceIndex: sentences around mentions (including
// mentions straddling a boundary) and the entities that share sentences.
#include "EntityTestHelpers.h"
#include "entities/CoOccurrence.h"
#include "entities/EntityGrouper.h"
#include "entities/MentionContext.h"

#include <QTest>

#include <type_traits>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

// A locator keeps a reference to its segmentation, so it must not be built from a temporary (ASan once caught a
// test doing that: stack-use-after-scope). The API refuses it at compile time.
static_assert(!std::is_constructible_v<SentenceLocator, Segmentation>);
static_assert(!std::is_constructible_v<SentenceLocator, Segmentation &&>);
static_assert(std::is_constructible_v<SentenceLocator, const Segmentation &>);

namespace {

// Sentences at every ". " of the text (enough for the fixtures; the real Segmenter is tested in text/).
Segmentation sentencesAtPeriods(std::u16string_view text)
{
    Segmentation seg;
    int32_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || (text[i] == u'.' && (i + 1 == text.size() || text[i + 1] == u' '))) {
            const int32_t end = static_cast<int32_t>(std::min(i + 1, text.size()));
            if (end > start)
                seg.sentences.push_back({{start, end}, 0, 0});
            start = end + 1;
        }
    }
    return seg;
}

QString slice(std::u16string_view text, TextRange r)
{
    return toQString(text.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length())));
}

} // namespace

class TestMentionContext final : public QObject
{
    Q_OBJECT

private slots:
    void sentenceOf_findsTheMentionsSentence()
    {
        const std::u16string text = u"Anna met Ben. Ben left. Carla stayed.";
        const Segmentation seg = sentencesAtPeriods(text);
        QCOMPARE(seg.sentences.size(), size_t(3));
        const SentenceLocator loc(seg);
        QCOMPARE(slice(text, loc.sentenceOf({14, 17})), u"Ben left."_s);
        QCOMPARE(slice(text, loc.sentenceOf({0, 4})), u"Anna met Ben."_s);
        QCOMPARE(slice(text, loc.sentenceOf({24, 29})), u"Carla stayed."_s);
        QCOMPARE(loc.sentenceIndexOf({24, 29}), 2);
    }

    void sentenceOf_mentionStraddlingBoundary_getsBothSentences()
    {
        const std::u16string text = u"He saw St. Louis today. Then left.";
        Segmentation seg; // a segmenter that wrongly broke after "St."
        seg.sentences = {{{0, 10}, 0, 0}, {{11, 23}, 0, 0}, {{24, 34}, 0, 0}};
        const SentenceLocator loc(seg);
        QCOMPARE(slice(text, loc.sentenceOf({7, 16})), u"He saw St. Louis today."_s);
    }

    void sentenceOf_outsideEverySentence_givesTheMention()
    {
        const std::u16string text = u"Title\n\nBody text.";
        Segmentation seg;
        seg.sentences = {{{7, 17}, 0, 0}};
        const SentenceLocator loc(seg);
        QCOMPARE(loc.sentenceOf({0, 5}), (TextRange{0, 5}));
        QCOMPARE(loc.sentenceIndexOf({0, 5}), -1);
        QCOMPARE(loc.sentenceOf({20, 30}), (TextRange{20, 30})); // beyond the end
        const Segmentation empty;
        const SentenceLocator none(empty);
        QCOMPARE(none.sentenceOf({1, 2}), (TextRange{1, 2}));
        QCOMPARE(slice(text, loc.sentenceOf({7, 7})), u"Body text."_s); // empty range inside a sentence
    }

    void sentencesOf_keepsInputOrder()
    {
        const std::u16string text = u"Anna met Ben. Ben left.";
        const Segmentation seg = sentencesAtPeriods(text);
        const SentenceLocator loc(seg);
        const auto r = loc.sentencesOf({{14, 17}, {0, 4}});
        QCOMPARE(r.size(), size_t(2));
        QCOMPARE(r[0].start, 14);
        QCOMPARE(r[1].start, 0);
    }

    void contextWindow_data()
    {
        QTest::addColumn<int>("maxUnits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short sentence whole") << 200 << u"one two three four Kaneko five six seven eight."_s;
        QTest::newRow("trimmed at spaces") << 24 << u"four Kaneko five six"_s;
        QTest::newRow("mention always whole") << 2 << u"Kaneko"_s;
    }

    void contextWindow()
    {
        QFETCH(int, maxUnits);
        QFETCH(QString, expected);
        const std::u16string text = u"one two three four Kaneko five six seven eight.";
        const TextRange mention{19, 25};
        const TextRange w = lede::core::contextWindow(text, {0, static_cast<int32_t>(text.size())}, mention, maxUnits);
        QCOMPARE(slice(text, w), expected);
        QVERIFY(w.length() <= std::max(maxUnits, mention.length()));
    }

    void contextWindow_neverSplitsSurrogatePairs()
    {
        const std::u16string text = u"\U0001F600\U0001F600\U0001F600Kaneko\U0001F600\U0001F600\U0001F600";
        const TextRange mention{6, 12};
        const TextRange w = lede::core::contextWindow(text, {0, static_cast<int32_t>(text.size())}, mention, 9);
        QVERIFY(w.start == 0 || !QChar::isLowSurrogate(text[static_cast<size_t>(w.start)]));
        QVERIFY(w.end == static_cast<int32_t>(text.size())
                || !QChar::isHighSurrogate(text[static_cast<size_t>(w.end - 1)]));
        QVERIFY(w.start <= mention.start && w.end >= mention.end);
    }

    void sentenceOf_withTheRealSegmenter()
    {
        const MarkedText in = parseMarked(u"\U0001F600 [Mr. Biden|P] met [Eri Kaneko|P] today. [Kaneko|P] left."_s);
        const Segmentation seg = Segmenter::segment(in.text);
        QCOMPARE(seg.sentences.size(), size_t(2));
        const SentenceLocator loc(seg);
        QCOMPARE(slice(in.text, loc.sentenceOf(in.mentions[1].range)), u"\U0001F600 Mr. Biden met Eri Kaneko today."_s);
        QCOMPARE(slice(in.text, loc.sentenceOf(in.mentions[2].range)), u"Kaneko left."_s);
    }

    void coOccurrence_countsSharedSentences()
    {
        const MarkedText in = parseMarked(
            u"[Anna Berg|P] met [Ben Ito|P] in [Oslo|L]. [Berg|P] and [Ito|P] talked. [Berg|P] visited [Oslo|L] "
            u"with [Carla Rossi|P]. [Rossi|P] left alone. [Ito|P] and [Berg|P] ate."_s);
        const Segmentation seg = sentencesAtPeriods(in.text);
        const auto entities = EntityGrouper::group(in.text, in.mentions);
        QCOMPARE(describe(in.text, entities),
                 u"Anna Berg(person)=Anna Berg|Berg|Berg|Berg; Ben Ito(person)=Ben Ito|Ito|Ito; "
                 u"Oslo(place)=Oslo|Oslo; Carla Rossi(person)=Carla Rossi|Rossi"_s);
        const CoOccurrenceIndex index(entities, seg);
        const auto top = index.top(0, 10);
        QCOMPARE(top.size(), size_t(3));
        QCOMPARE(top[0].entity, size_t(1)); // Ben Ito: sentences 1, 2, 5
        QCOMPARE(top[0].sentences, 3);
        QCOMPARE(top[1].entity, size_t(2)); // Oslo: 1, 3
        QCOMPARE(top[1].sentences, 2);
        QCOMPARE(top[2].entity, size_t(3)); // Carla Rossi: 3
        QCOMPARE(top[2].sentences, 1);
        QCOMPARE(index.top(0, 1).size(), size_t(1));
        QCOMPARE(index.top(3, 10).size(), size_t(2)); // Rossi alone in sentence 4
        QVERIFY(index.top(99, 10).empty());
        QCOMPARE(index.sentencesOf(0), (std::vector<int32_t>{0, 1, 2, 4}));
    }
};

QTEST_APPLESS_MAIN(TestMentionContext)
#include "tst_mentioncontext.moc"
