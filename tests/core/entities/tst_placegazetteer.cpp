// Tests for PlaceGazetteer with a fixture (tests/data/entities/places.tsv and a small iso_3166-1.json),
// plus Debian's real iso-codes file when it is installed.
#include "EntityTestHelpers.h"
#include "entities/PlaceGazetteer.h"

#include <QElapsedTimer>
#include <QTest>

#include <filesystem>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

namespace {
const std::filesystem::path kData = LEDE_TEST_DATA_DIR "/entities";
}

class TestPlaceGazetteer final : public QObject
{
    Q_OBJECT

    std::shared_ptr<const PlaceGazetteer> m_g;

private slots:
    void initTestCase()
    {
        auto loaded = PlaceGazetteer::load(kData / "places.tsv", kData / "iso_3166-1.json");
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().detail.c_str());
        m_g = loaded.value();
    }

    void load_skipsMalformedLines()
    {
        QCOMPARE(m_g->placeCount(), size_t(9));
        QCOMPARE(m_g->skippedLines(), size_t(2)); // bad latitude text, latitude out of range
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("countryName");
        QTest::addColumn<bool>("isCountry");
        QTest::addColumn<bool>("hasCoordinates");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<qint64>("population");

        QTest::newRow("most populous of two") << u"Paris"_s << u"Paris"_s << u"FR"_s << u"France"_s << false << true
                                              << 48.85341 << qint64(2138551);
        QTest::newRow("case insensitive") << u"SPRINGFIELD"_s << u"Springfield"_s << u"US"_s << u"United States"_s
                                          << false << true << 37.21533 << qint64(166810);
        QTest::newRow("diacritics folded") << u"Sao Paulo"_s << u"São Paulo"_s << u"BR"_s << u"Brazil"_s << false
                                           << true << -23.5475 << qint64(10021295);
        QTest::newRow("diacritics in query") << u"Zurich"_s << u"Zürich"_s << u"CH"_s << u"Switzerland"_s << false
                                             << true << 47.36667 << qint64(341730);
        QTest::newRow("possessive") << u"Paris’s"_s << u"Paris"_s << u"FR"_s << u"France"_s << false << true
                                    << 48.85341 << qint64(2138551);
        QTest::newRow("country") << u"France"_s << u"France"_s << u"FR"_s << u"France"_s << true << false << 0.0
                                 << qint64(0);
        QTest::newRow("official name") << u"French Republic"_s << u"France"_s << u"FR"_s << u"France"_s << true
                                       << false << 0.0 << qint64(0);
        QTest::newRow("common name") << u"South Korea"_s << u"South Korea"_s << u"KR"_s << u"South Korea"_s << true
                                     << false << 0.0 << qint64(0);
        QTest::newRow("alias") << u"Russia"_s << u"Russian Federation"_s << u"RU"_s << u"Russian Federation"_s
                               << true << false << 0.0 << qint64(0);
        QTest::newRow("dotted acronym with the") << u"the U.S."_s << u"United States"_s << u"US"_s
                                                 << u"United States"_s << true << false << 0.0 << qint64(0);
        QTest::newRow("alias file beside places") << u"the hexagon"_s << u"France"_s << u"FR"_s << u"France"_s << true
                                                  << false << 0.0 << qint64(0);
        QTest::newRow("place without coordinates") << u"Gibraltar"_s << u"Gibraltar"_s << u"GI"_s << QString() << false
                                                   << false << 0.0 << qint64(0);
        QTest::newRow("city-state has coordinates") << u"Singapore"_s << u"Singapore"_s << u"SG"_s << u"Singapore"_s
                                                    << true << true << 1.28967 << qint64(3547809);
    }

    void lookup()
    {
        QFETCH(QString, query);
        QFETCH(QString, name);
        QFETCH(QString, country);
        QFETCH(QString, countryName);
        QFETCH(bool, isCountry);
        QFETCH(bool, hasCoordinates);
        QFETCH(double, latitude);
        QFETCH(qint64, population);
        const auto info = m_g->lookup(view(query));
        QVERIFY(info.has_value());
        QCOMPARE(QString::fromStdString(info->name), name);
        QCOMPARE(QString::fromStdString(info->countryCode), country);
        QCOMPARE(QString::fromStdString(info->countryName), countryName);
        QCOMPARE(info->isCountry, isCountry);
        QCOMPARE(info->hasCoordinates, hasCoordinates);
        QVERIFY(std::abs(info->latitude - latitude) < 1e-4);
        QCOMPARE(qint64(info->population), population);
    }

    void lookup_unknownOrEmpty_givesNothing()
    {
        QVERIFY(!m_g->lookup(std::u16string_view(u"Atlantis")).has_value());
        QVERIFY(!m_g->lookup(std::u16string_view(u"")).has_value());
        QVERIFY(!m_g->lookup(std::u16string_view(u"  ...  ")).has_value());
        QVERIFY(!m_g->lookup(std::string_view("\xff\xfe")).has_value());
        QVERIFY(m_g->lookup(std::string_view("S\xC3\xA3o Paulo")).has_value()); // UTF-8 overload
    }

    void load_missingPlaces_reportsNotFound()
    {
        const auto r = PlaceGazetteer::load(kData / "no-such-places.tsv", kData / "iso_3166-1.json");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, GazetteerError::Code::NotFound);
    }

    void load_missingCountries_stillFindsPlaces()
    {
        const auto r = PlaceGazetteer::load(kData / "places.tsv", kData / "no-such-countries.json");
        QVERIFY(r.ok());
        const auto info = r.value()->lookup(std::u16string_view(u"Paris"));
        QVERIFY(info.has_value());
        QCOMPARE(info->countryCode, std::string("FR"));
        QVERIFY(info->countryName.empty());
    }

    void realIsoCodes_namesCountries()
    {
        // iso-codes is a dependency of the package (tools/dev.sh installs it), not optional data.
        QVERIFY2(std::filesystem::exists(PlaceGazetteer::kDefaultCountriesPath), "iso-codes is not installed");
        const auto r = PlaceGazetteer::load(kData / "places.tsv");
        QVERIFY(r.ok());
        QCOMPARE(r.value()->countryName("DE"), std::string("Germany"));
        QCOMPARE(r.value()->countryName("IR"), std::string("Iran")); // common name preferred
        const auto uk = r.value()->lookup(std::u16string_view(u"Britain"));
        QVERIFY(uk.has_value());
        QCOMPARE(uk->countryCode, std::string("GB"));
    }

    // The shipped gazetteer: loads once, quickly, and knows a capital.
    void shared_loadsShippedGazetteerOnce()
    {
        QElapsedTimer t;
        t.start();
        const auto g = PlaceGazetteer::shared();
        const qint64 ms = t.elapsed();
        QVERIFY2(g, "the shipped gazetteers/places.tsv is missing from the data directory");
        qInfo("shipped gazetteer: %zu places, %zu skipped lines, loaded in %lld ms", g->placeCount(),
              g->skippedLines(), ms);
        QCOMPARE(PlaceGazetteer::shared().get(), g.get());
        const auto berlin = g->lookup(std::u16string_view(u"Berlin"));
        QVERIFY(berlin.has_value());
        QCOMPARE(berlin->countryCode, std::string("DE"));
    }
};

QTEST_APPLESS_MAIN(TestPlaceGazetteer)
#include "tst_placegazetteer.moc"
