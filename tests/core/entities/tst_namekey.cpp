// Tests for NameKey: folding for matching and the analysis of one mention's text.
#include "EntityTestHelpers.h"
#include "entities/NameKey.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestNameKey final : public QObject
{
    Q_OBJECT

private slots:
    void foldForMatching_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("case") << u"PUTIN"_s << u"putin"_s;
        QTest::newRow("acute") << u"António Guterres"_s << u"antonio guterres"_s;
        QTest::newRow("cedilla and tilde") << u"São Gonçalo"_s << u"sao goncalo"_s;
        QTest::newRow("stroke letters") << u"Søren Łukasz Đorđević"_s << u"soren lukasz dordevic"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
        QTest::newRow("dotted acronym") << u"U.S."_s << u"us"_s;
        QTest::newRow("apostrophes") << u"O’Brien O'Neil"_s << u"obrien oneil"_s;
        QTest::newRow("dashes") << u"Jean–Claude"_s << u"jean-claude"_s;
        QTest::newRow("white space runs") << u"  New \n York\t"_s << u"new york"_s;
        QTest::newRow("decomposed input") << u"Jose\u0301"_s << u"jose"_s;
        QTest::newRow("greek final sigma") << u"ΟΔΥΣΣΕΥΣ"_s << u"οδυσσευσ"_s;
        QTest::newRow("non-BMP kept") << u"A\U0001F600"_s << u"a\U0001F600"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void foldForMatching()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(toQString(lede::core::foldForMatching(view(input))), folded);
    }

    void analyseName_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("clean");
        QTest::addColumn<QString>("key");
        const int person = int(EntityType::Person), org = int(EntityType::Organization);
        QTest::newRow("possessive") << u"Putin's"_s << person << u"Putin"_s << u"putin"_s;
        QTest::newRow("curly possessive caps") << u"PUTIN’S"_s << person << u"PUTIN"_s << u"putin"_s;
        QTest::newRow("plural possessive") << u"Guterres'"_s << person << u"Guterres"_s << u"guterres"_s;
        QTest::newRow("title") << u"President Joe Biden"_s << person << u"Joe Biden"_s << u"joe biden"_s;
        QTest::newRow("dotted title") << u"Dr. Eri Kaneko"_s << person << u"Eri Kaneko"_s << u"eri kaneko"_s;
        QTest::newRow("stacked titles") << u"Foreign Minister Sergei Lavrov"_s << person
                                        << u"Sergei Lavrov"_s << u"sergei lavrov"_s;
        QTest::newRow("title only") << u"President"_s << person << u"President"_s << u"president"_s;
        QTest::newRow("no title strip for organisations") << u"General Motors"_s << org
                                                          << u"General Motors"_s << u"general motors"_s;
        QTest::newRow("leading the") << u"the United Nations"_s << org
                                     << u"United Nations"_s << u"united nations"_s;
        QTest::newRow("quotes and comma") << u"“Reuters”,"_s << org << u"Reuters"_s << u"reuters"_s;
        QTest::newRow("no letters") << u"--"_s << int(EntityType::Other) << QString() << QString();
    }

    void analyseName()
    {
        QFETCH(QString, surface);
        QFETCH(int, type);
        QFETCH(QString, clean);
        QFETCH(QString, key);
        const NameForm f = lede::core::analyseName(view(surface), static_cast<EntityType>(type));
        QCOMPARE(toQString(f.clean), clean);
        QCOMPARE(toQString(f.key), key);
    }

    void acronymsAndCase()
    {
        QVERIFY(looksLikeAcronym(u"U.S."));
        QVERIFY(looksLikeAcronym(u"NATO"));
        QVERIFY(!looksLikeAcronym(u"Nato"));
        QVERIFY(!looksLikeAcronym(u"A"));
        QVERIFY(!looksLikeAcronym(u"AT&T"));
        QVERIFY(looksLikeAcronym(u"ЗОЖ"));
        const NameForm caps = lede::core::analyseName(u"VLADIMIR PUTIN", EntityType::Person);
        QVERIFY(caps.allCaps);
        QVERIFY(!caps.hasLower);
        const NameForm mixed = lede::core::analyseName(u"The Guardian", EntityType::Organization);
        QVERIFY(mixed.leadingThe);
        QVERIFY(!mixed.allCaps);
    }
};

QTEST_APPLESS_MAIN(TestNameKey)
#include "tst_namekey.moc"
