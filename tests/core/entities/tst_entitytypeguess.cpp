// Tests for guessEntityType: which type "Add as Entity…" proposes for a selected name. The selection is
// written inline as [brackets]; the cue lists are small ones of the test's own, plus one check that the
// shipped lists load.
#include "common/Utf.h"
#include "entities/EntityTypeGuess.h"
#include "entities/PlaceGazetteer.h"

#include <QTest>

#include <filesystem>

using namespace lede::core;

namespace {
const std::filesystem::path kData = LEDE_TEST_DATA_DIR "/entities";

constexpr std::string_view kTitles = "# titles\nDr\nDr.\nPresident\nMrs\ncoach\n";
constexpr std::string_view kOrganisationWords = "# organisation words\nInc\nInc.\nMinistry\nUniversity\nBoard\n";

struct Marked
{
    std::u16string text;
    TextRange range;
};

// "Met [Dr Okafor] today" -> the text without brackets and the range between them.
Marked unmark(const QString &marked)
{
    const qsizetype open = marked.indexOf(QLatin1Char('['));
    const qsizetype close = marked.indexOf(QLatin1Char(']'));
    QString text = marked;
    text.remove(close, 1);
    text.remove(open, 1);
    return {text.toStdU16String(), {static_cast<int32_t>(open), static_cast<int32_t>(close - 1)}};
}

QString describe(const std::optional<TypeGuess> &guess)
{
    if (!guess)
        return QStringLiteral("none");
    const std::string_view name = entityTypeName(guess->type);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}
} // namespace

class TestEntityTypeGuess final : public QObject
{
    Q_OBJECT

    std::shared_ptr<const PlaceGazetteer> m_places;
    TypeCues m_cues = TypeCues::fromLists(kTitles, kOrganisationWords);

private slots:
    void initTestCase()
    {
        auto loaded = PlaceGazetteer::load(kData / "places.tsv", kData / "iso_3166-1.json");
        QVERIFY(loaded.ok());
        m_places = loaded.value();
    }

    void guess_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("type");
        QTest::newRow("title before the selection") << "We spoke to Dr [Okafor] at noon." << "person";
        QTest::newRow("dotted title before") << "Ask Dr. [Lindqvist] first." << "person";
        QTest::newRow("title inside the selection") << "Then [President Adeyemi] spoke." << "person";
        QTest::newRow("lower-case role before") << "Their coach [Marsh] resigned." << "person";
        QTest::newRow("title alone is no person") << "The [President] spoke." << "none";
        QTest::newRow("title on the line before") << "Dr\n[Okafor] wrote." << "none";
        QTest::newRow("selection starts inside a word") << "Mrs Ok[afor] wrote." << "none";
        QTest::newRow("company suffix") << "Shares of [Brightwater Inc.] rose." << "organization";
        QTest::newRow("organisation word at the start") << "The [Ministry of Fisheries] denied it." << "organization";
        QTest::newRow("organisation word with a comma") << "At [Tallis University,] he taught." << "organization";
        QTest::newRow("lower-case cue word is ordinary") << "Then [the board] met." << "none";
        QTest::newRow("known place") << "Flights to [Singapore] resumed." << "place";
        QTest::newRow("known place with diacritics") << "She moved to [Sao Paulo]." << "place";
        QTest::newRow("title beats the gazetteer") << "We met Mrs [Paris] there." << "person";
        QTest::newRow("organisation beats the gazetteer") << "The [Paris University] opened." << "organization";
        QTest::newRow("unknown name") << "Then [Quillon] arrived." << "none";
        QTest::newRow("emoji before the title") << "\U0001F600 Dr [Okafor] waved." << "person";
    }
    void guess()
    {
        QFETCH(QString, marked);
        QFETCH(QString, type);
        const Marked m = unmark(marked);
        QCOMPARE(describe(guessEntityType(m.text, m.range, m_cues, m_places.get())), type);
    }

    void guess_withoutGazetteer_findsNoPlace()
    {
        const Marked m = unmark(QStringLiteral("Flights to [Singapore] resumed."));
        QVERIFY(!guessEntityType(m.text, m.range, m_cues, nullptr));
    }

    void guess_rangeOutsideText_givesNothing()
    {
        const std::u16string text = u"Dr Okafor";
        QVERIFY(!guessEntityType(text, {3, 40}, m_cues, m_places.get()));
        QVERIFY(!guessEntityType(text, {-1, 2}, m_cues, m_places.get()));
        QVERIFY(!guessEntityType(text, {4, 4}, m_cues, m_places.get()));
        QVERIFY(!guessEntityType(text, {2, 3}, m_cues, m_places.get())); // white space only
    }

    void guess_reportsItsCue()
    {
        const Marked m = unmark(QStringLiteral("Shares of [Brightwater Inc] rose."));
        const auto guess = guessEntityType(m.text, m.range, m_cues, m_places.get());
        QVERIFY(guess);
        QCOMPARE(guess->cue, TypeGuessCue::OrganisationWord);
    }

    void shippedCues_knowCommonTitlesAndOrganisationWords()
    {
        const TypeCues &cues = TypeCues::shipped();
        QVERIFY(!cues.empty());
        QVERIFY(cues.isPersonTitle(u"Dr."));
        QVERIFY(cues.isPersonTitle(u"president"));
        QVERIFY(cues.isPersonTitle(u"Councilman")); // local news: "Councilman Ray Ostrow said"
        QVERIFY(cues.isPersonTitle(u"Councillor"));
        QVERIFY(cues.isPersonTitle(u"Sheriff"));
        QVERIFY(cues.isOrganisationWord(u"University"));
        QVERIFY(cues.isOrganisationWord(u"Ministry"));
        QVERIFY(!cues.isOrganisationWord(u"Okafor"));
    }
};

QTEST_APPLESS_MAIN(TestEntityTypeGuess)
#include "tst_entitytypeguess.moc"
