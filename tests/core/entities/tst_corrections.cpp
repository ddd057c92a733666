// Tests for Corrections: each operation, replay on a re-analysis whose ids and grouping changed,
// the JSON round trip, and corrupt or foreign JSON.
#include "EntityTestHelpers.h"
#include "entities/Corrections.h"
#include "entities/EntityGrouper.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

namespace {

const QString kArticle = u"[Eri Kaneko|P] of [Toyota|O] met [Tokyo|L] officials. [Kaneko|P] said [Toyota Motor|O] "
                         u"would stay in [Tokyo|L]. [Nagoya|L] was quiet. [Kaneko|P] left."_s;

struct Fixture
{
    MarkedText in = parseMarked(kArticle);
    std::vector<Entity> entities = EntityGrouper::group(in.text, in.mentions);

    const Entity &named(std::u16string_view name) const
    {
        for (const auto &e : entities) {
            if (e.name == name)
                return e;
        }
        qFatal("no entity named %s", utf16ToUtf8(name).c_str());
    }
    TextRange find(std::u16string_view s, size_t from = 0) const
    {
        const auto at = in.text.find(s, from);
        return {static_cast<int32_t>(at), static_cast<int32_t>(at + s.size())};
    }
};

// JSON written with single quotes, so the tables stay readable (moc cannot parse raw string literals).
QByteArray json1(const char *singleQuoted)
{
    QByteArray b(singleQuoted);
    b.replace('\'', '"');
    return b;
}

// A version-1 corrections file holding `entries`.
QByteArray v1(const char *entries)
{
    return json1("{'format':'lede-corrections','version':1,'corrections':[") + json1(entries) + "]}";
}

} // namespace

class TestCorrections final : public QObject
{
    Q_OBJECT

private slots:
    void baseline_isWhatTheGrouperGives()
    {
        const Fixture f;
        QCOMPARE(describe(f.in.text, f.entities),
                 u"Eri Kaneko(person)=Eri Kaneko|Kaneko|Kaneko; Toyota(organization)=Toyota; "
                 u"Tokyo(place)=Tokyo|Tokyo; Toyota Motor(organization)=Toyota Motor; Nagoya(place)=Nagoya"_s);
    }

    void merge_movesMentionsIntoTarget()
    {
        const Fixture f;
        Corrections c;
        c.merge(f.named(u"Toyota"), f.named(u"Toyota Motor"));
        const auto out = applyCorrections(f.in.text, f.entities, c);
        QCOMPARE(describe(f.in.text, out),
                 u"Eri Kaneko(person)=Eri Kaneko|Kaneko|Kaneko; Toyota Motor(organization)=Toyota|Toyota Motor; "
                 u"Tokyo(place)=Tokyo|Tokyo; Nagoya(place)=Nagoya"_s);
        QCOMPARE(out[1].id, f.named(u"Toyota Motor").id); // the target keeps its id
    }

    void rename_retype_remove()
    {
        const Fixture f;
        Corrections c;
        c.rename(f.named(u"Toyota"), u"Toyota Motor Corporation");
        c.retype(f.named(u"Nagoya"), EntityType::Organization);
        c.remove(f.named(u"Tokyo"));
        CorrectionReport report;
        const auto out = applyCorrections(f.in.text, f.entities, c, &report);
        QVERIFY(report.skipped.empty());
        QCOMPARE(describe(f.in.text, out),
                 u"Eri Kaneko(person)=Eri Kaneko|Kaneko|Kaneko; Toyota Motor Corporation(organization)=Toyota; "
                 u"Toyota Motor(organization)=Toyota Motor; Nagoya(organization)=Nagoya"_s);
    }

    void addMention_toExistingAndNewEntity()
    {
        const Fixture f;
        Corrections c;
        c.addMention(f.find(u"officials"), f.named(u"Tokyo")); // nonsense, but the user is in charge
        c.addMentionAsNewEntity(f.find(u"quiet"), {}, EntityType::Other);
        const auto out = applyCorrections(f.in.text, f.entities, c);
        QCOMPARE(describe(f.in.text, out),
                 u"Eri Kaneko(person)=Eri Kaneko|Kaneko|Kaneko; Toyota(organization)=Toyota; "
                 u"Tokyo(place)=Tokyo|officials|Tokyo; Toyota Motor(organization)=Toyota Motor; "
                 u"Nagoya(place)=Nagoya; quiet(other)=quiet"_s);
        QCOMPARE(out.back().id, std::string("e6")); // the next free id
    }

    void addMention_replacesOverlappingMention()
    {
        const Fixture f;
        Corrections c;
        // "Toyota Motor" was one mention; the user marks just "Motor" as a new organisation.
        c.addMentionAsNewEntity(f.find(u"Motor"), u"Motor Works"_s.toStdU16String(), EntityType::Organization);
        const auto out = applyCorrections(f.in.text, f.entities, c);
        QCOMPARE(describe(f.in.text, out),
                 u"Eri Kaneko(person)=Eri Kaneko|Kaneko|Kaneko; Toyota(organization)=Toyota; "
                 u"Tokyo(place)=Tokyo|Tokyo; Motor Works(organization)=Motor; Nagoya(place)=Nagoya"_s);
    }

    void removeMention_dropsOnlyThatMention()
    {
        const Fixture f;
        Corrections c;
        c.removeMention(f.find(u"Kaneko", 30));
        c.removeMention(f.find(u"Nagoya"));
        const auto out = applyCorrections(f.in.text, f.entities, c);
        QCOMPARE(describe(f.in.text, out),
                 u"Eri Kaneko(person)=Eri Kaneko|Kaneko; Toyota(organization)=Toyota; "
                 u"Tokyo(place)=Tokyo|Tokyo; Toyota Motor(organization)=Toyota Motor"_s);
    }

    // Re-analysis: a new model finds an extra entity at the start, so every id shifts, and it no longer
    // tags the first "Kaneko". The corrections made on the old analysis must still land.
    void corrections_surviveReanalysisWithNewIds()
    {
        const Fixture old;
        Corrections c;
        c.merge(old.named(u"Toyota"), old.named(u"Toyota Motor"));
        c.rename(old.named(u"Eri Kaneko"), u"Eri Kaneko (athlete)"_s.toStdU16String());
        c.retype(old.named(u"Nagoya"), EntityType::Other);

        const QString reanalysed =
            u"[Reuters|O] - [Eri Kaneko|P] of [Toyota|O] met [Tokyo|L] officials. Kaneko said "
            u"[Toyota Motor|O] would stay in [Tokyo|L]. [Nagoya|L] was quiet. [Kaneko|P] left."_s;
        const MarkedText in = parseMarked(reanalysed);
        const auto fresh = EntityGrouper::group(in.text, in.mentions);
        QCOMPARE(fresh[1].name, std::u16string(u"Eri Kaneko"));
        QVERIFY(fresh[1].id != old.named(u"Eri Kaneko").id);

        CorrectionReport report;
        const auto out = applyCorrections(in.text, fresh, c, &report);
        QVERIFY(report.skipped.empty());
        QCOMPARE(describe(in.text, out),
                 u"Reuters(organization)=Reuters; Eri Kaneko (athlete)(person)=Eri Kaneko|Kaneko; "
                 u"Toyota Motor(organization)=Toyota|Toyota Motor; Tokyo(place)=Tokyo|Tokyo; Nagoya(other)=Nagoya"_s);
    }

    void unresolvableCorrection_isSkippedAndReported()
    {
        const Fixture f;
        Corrections c;
        Entity ghost;
        ghost.name = u"Osaka";
        ghost.type = EntityType::Place;
        ghost.mentions = {{500, 505}};
        c.remove(ghost);
        c.rename(f.named(u"Nagoya"), u"Nagoya City"_s.toStdU16String());
        c.addMentionAsNewEntity({-4, 2}, u"x"_s.toStdU16String(), EntityType::Other);
        c.removeMention({9000, 9005});
        CorrectionReport report;
        const auto out = applyCorrections(f.in.text, f.entities, c, &report);
        QCOMPARE(report.skipped, (std::vector<size_t>{0, 2, 3}));
        QCOMPARE(out.back().name, std::u16string(u"Nagoya City"));
    }

    void json_roundTripsEveryOperation()
    {
        const Fixture f;
        Corrections c;
        c.merge(f.named(u"Toyota"), f.named(u"Toyota Motor"));
        c.rename(f.named(u"Eri Kaneko"), u"Éri \"Kaneko\" \U0001F600"_s.toStdU16String());
        c.retype(f.named(u"Nagoya"), EntityType::Organization);
        c.remove(f.named(u"Tokyo"));
        c.addMention(f.find(u"officials"), f.named(u"Nagoya"));
        c.addMentionAsNewEntity(f.find(u"quiet"), u"Quiet"_s.toStdU16String(), EntityType::Other);
        c.removeMention(f.find(u"Kaneko", 30));
        c.removeMention({9, 3}); // inverted: read back as written, skipped when applied

        const std::string json = c.toJson("sha256:abc");
        std::string key;
        const auto back = Corrections::fromJson(json, &key);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        QCOMPARE(key, std::string("sha256:abc"));
        QCOMPARE(back->size(), c.size());
        QVERIFY(*back == c);
        QCOMPARE(describe(f.in.text, applyCorrections(f.in.text, f.entities, *back)),
                 describe(f.in.text, applyCorrections(f.in.text, f.entities, c)));
    }

    void fromJson_rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        using Code = CorrectionsError::Code;
        QTest::newRow("empty") << QByteArray() << int(Code::NotJson);
        QTest::newRow("truncated") << json1("{'format':'lede-corrections','version':1,'correc") << int(Code::NotJson);
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01garbage", 12) << int(Code::NotJson);
        QTest::newRow("array") << QByteArray("[1,2]") << int(Code::WrongFormat);
        QTest::newRow("other format") << json1("{'format':'x','version':1,'corrections':[]}") << int(Code::WrongFormat);
        QTest::newRow("newer version")
            << json1("{'format':'lede-corrections','version':2,'corrections':[]}") << int(Code::NewerVersion);
        QTest::newRow("version zero")
            << json1("{'format':'lede-corrections','version':0,'corrections':[]}") << int(Code::UnsupportedVersion);
        QTest::newRow("version as string")
            << json1("{'format':'lede-corrections','version':'1','corrections':[]}") << int(Code::WrongFormat);
        QTest::newRow("unknown op") << v1("{'op':'explode'}") << int(Code::BadEntry);
        QTest::newRow("bad type")
            << v1("{'op':'retype','entity':{'name':'A','type':'person'},'type':'animal'}")
            << int(Code::BadEntry);
        QTest::newRow("short range") << v1("{'op':'removeMention','range':[5]}") << int(Code::BadEntry);
        QTest::newRow("range of strings") << v1("{'op':'removeMention','range':['a',2]}") << int(Code::BadEntry);
        QTest::newRow("range beyond int32")
            << v1("{'op':'removeMention','range':[0,4294967296]}") << int(Code::BadEntry);
        QTest::newRow("huge range") << v1("{'op':'removeMention','range':[0,1e99]}") << int(Code::BadEntry);
        QTest::newRow("entity not an object") << v1("{'op':'remove','entity':3}") << int(Code::BadEntry);
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << int(Code::NotJson);
        QTest::newRow("reference not a date")
            << json1("{'format':'lede-corrections','version':1,'corrections':[],'reference':'next week'}")
            << int(Code::BadEntry);
        QTest::newRow("reference on 30 February")
            << json1("{'format':'lede-corrections','version':1,'corrections':[],'reference':'2025-02-30'}")
            << int(Code::BadEntry);
        QTest::newRow("reference a number")
            << json1("{'format':'lede-corrections','version':1,'corrections':[],'reference':20250302}")
            << int(Code::BadEntry);
    }

    void fromJson_rejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        const auto r = Corrections::fromJson(std::string_view(json.constData(), static_cast<size_t>(json.size())));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY(!r.error().detail.empty());
    }

    void referenceDate_roundTrips_andAFileWithoutOneHasNone_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("common era") << 2025 << 6 << 2;
        QTest::newRow("before the common era (astronomical)") << -619 << 3 << 1;
        QTest::newRow("1 BC, a leap year") << 0 << 2 << 29;
    }
    void referenceDate_roundTrips_andAFileWithoutOneHasNone()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        const Fixture f;
        Corrections c;
        QVERIFY(c.nothingToKeep());
        c.setReferenceDate(CalendarDate{year, month, day});
        QVERIFY(c.empty());          // no entity correction...
        QVERIFY(!c.nothingToKeep()); // ...but a date worth keeping
        c.remove(f.named(u"Tokyo"));
        const auto back = Corrections::fromJson(c.toJson());
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        QVERIFY(*back == c);
        QCOMPARE(back->referenceDate()->year, year);

        // Files written before the field existed read as before.
        const auto old = Corrections::fromJson(v1("{'op':'removeMention','range':[1,2]}").toStdString());
        QVERIFY(old.ok());
        QVERIFY(!old->referenceDate());
        QCOMPARE(old->size(), size_t(1));
        c.setReferenceDate(std::nullopt);
        QVERIFY(c.toJson().find("reference") == std::string::npos);
    }

    void fromJson_acceptsEmptyLog()
    {
        const auto r = Corrections::fromJson(v1("").toStdString());
        QVERIFY(r.ok());
        QVERIFY(r->empty());
    }

    void removeLast_undoesTheLastEdit()
    {
        const Fixture f;
        Corrections c;
        c.remove(f.named(u"Tokyo"));
        c.remove(f.named(u"Nagoya"));
        c.removeLast();
        const auto out = applyCorrections(f.in.text, f.entities, c);
        QCOMPARE(out.back().name, std::u16string(u"Nagoya"));
    }
};

QTEST_APPLESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
