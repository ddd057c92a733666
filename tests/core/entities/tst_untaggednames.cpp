// Tests for UntaggedNames: a capitalised word the tagger left unmarked becomes an organisation when a company cue
// stands next to it, and its other unmarked occurrences join it. Each row is an invented article (its lines are
// paragraphs, "# " a heading; the tagger's mentions marked inline, OutlineFixture.h); the expected string lists the
// mentions the pass added.
#include "OutlineFixture.h"
#include "entities/EntityGrouper.h"
#include "entities/NameConsistency.h"
#include "entities/UntaggedNames.h"

#include <QTest>

#include <algorithm>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestUntaggedNames final : public QObject
{
    Q_OBJECT

private slots:
    void recover_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("expected");
        QTest::newRow("appositive headed by a company noun")
            << u"Tarnwell, the [Leeds|L] freight forwarder, told clients that routes would stay long."_s
            << u"Tarnwell=organization"_s;
        QTest::newRow("company noun after an article")
            << u"Rates rose at the freight forwarder Tarnwell last week."_s << u"Tarnwell=organization"_s;
        QTest::newRow("which owns, and the brand it owns")
            << u"Landlords and rivals such as Quorvane, which owns the Brevik brand, kept opening sites."_s
            << u"Quorvane=organization; Brevik=organization"_s;
        QTest::newRow("shares in") << u"Shares in Quorvane fell by a tenth."_s << u"Quorvane=organization"_s;
        QTest::newRow("possessive chief executive")
            << u"Analysts said Quorvane's chief executive would step down."_s << u"Quorvane=organization"_s;
        QTest::newRow("legal form after it")
            << u"The deal with Quorvane plc closed on time."_s << u"Quorvane plc=organization"_s;
        QTest::newRow("filed for bankruptcy, sentence-initial")
            << u"Quorvane filed for bankruptcy last year."_s << u"Quorvane=organization"_s;
        QTest::newRow("other occurrences join")
            << u"Quorvane filed for bankruptcy last year.\nLandlords had signed long leases with Quorvane."_s
            << u"Quorvane=organization; Quorvane=organization"_s;
        QTest::newRow("an outlet")
            << u"The price was reported by the [Dutch|X] daily Kestelblad on Friday."_s << u"Kestelblad=organization"_s;
        QTest::newRow("part of an organisation")
            << u"It has company: Quorvane, now part of [Brisk Holdings|O], sells locks too."_s
            << u"Quorvane=organization"_s;
        QTest::newRow("a unit of an organisation")
            << u"Prices at Quorvane, a unit of [Brisk|O], rose."_s << u"Quorvane=organization"_s;
        QTest::newRow("a run of capitalised words")
            << u"The rent was paid to the landlord Harrow Vale, a property group."_s << u"Harrow Vale=organization"_s;
        QTest::newRow("a run with its company noun")
            << u"Shares in Harrow Vale rose."_s << u"Harrow Vale=organization"_s;

        // Nothing to add.
        QTest::newRow("no cue") << u"Regulators said Quorvane estimates that the market grew."_s << QString();
        QTest::newRow("sentence-initial word the text writes in lower case")
            << u"Harvest, the bakery chain, grew.\nThe harvest was poor."_s << QString();
        QTest::newRow("an opening adverb")
            << u"Recently, a group of farmers met.\nSeparately, the company announced a deal."_s << QString();
        QTest::newRow("a person with a title")
            << u"Dr Halvorsen, the company's founder, said the plan would work."_s << QString();
        QTest::newRow("a first name") << u"They met Oliver, the bakery chain's founder, at noon."_s << QString();
        QTest::newRow("a capitalised word in a headline")
            << u"# Quorvane Files for Bankruptcy\nThe office company filed for bankruptcy last year."_s << QString();
        QTest::newRow("a name the tagger marked")
            << u"[Tarnwell|P], the freight forwarder, told clients."_s << QString();
        QTest::newRow("beside a mention: the tagger cut the name")
            << u"Rates rose at the freight forwarder [Leeds|L] Tarnwell last week."_s << QString();
        QTest::newRow("part of a place")
            << u"Farms in Tarnmoor, now part of [Norland|L], flooded."_s << QString();
        QTest::newRow("a date word") << u"Sales at the retailer in March, the chain's best month, rose."_s
                                     << QString();
    }

    void recover()
    {
        QFETCH(QString, article);
        QFETCH(QString, expected);
        const OutlineFixture f(article);
        EvidencedMentions mentions = NameConsistency::apply(*f.outline, f.marked.mentions, {});
        const std::vector<Mention> before = mentions.mentions;
        UntaggedNames::recover(*f.outline, mentions);
        QCOMPARE(mentions.evidence.size(), mentions.mentions.size());
        QVERIFY(std::is_sorted(mentions.mentions.begin(), mentions.mentions.end(),
                               [](const Mention &a, const Mention &b) { return a.range.end <= b.range.start; }));
        std::vector<Mention> added;
        for (const Mention &m : mentions.mentions) {
            if (std::none_of(before.begin(), before.end(), [&](const Mention &b) { return b.range == m.range; }))
                added.push_back(m);
        }
        QCOMPARE(describeMentions(f.marked, added), expected);
    }

    // A code range is never read.
    void skipsCode()
    {
        const OutlineFixture f(u"Quorvane filed for bankruptcy last year."_s);
        EvidencedMentions mentions = NameConsistency::apply(*f.outline, f.marked.mentions, {});
        UntaggedNames::recover(*f.outline, mentions, {{0, 8}});
        QVERIFY(mentions.mentions.empty());
    }

    // The recovered name and the tagger's mention of it, grouped, are one organisation.
    void groupsWithTagged()
    {
        const OutlineFixture f(u"Tarnwell, the freight forwarder, told clients.\nClients of [Tarnwell|P] waited."_s);
        EvidencedMentions mentions = NameConsistency::apply(*f.outline, f.marked.mentions, {});
        UntaggedNames::recover(*f.outline, mentions);
        const std::vector<Entity> entities = EntityGrouper::group(f.marked.text, mentions.mentions, mentions.evidence);
        QCOMPARE(describe(f.marked.text, entities), u"Tarnwell(organization)=Tarnwell|Tarnwell"_s);
    }
};

QTEST_APPLESS_MAIN(TestUntaggedNames)
#include "tst_untaggednames.moc"
