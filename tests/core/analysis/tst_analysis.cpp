// The whole core pipeline (load, segment, tag, group, dates) on the bundled sample article with the
// shipped model: the facts a reader sees first. Not a golden file: a retrained model may move a
// marginal mention, but these must hold.
#include "analysis/Analysis.h"
#include "analysis/AnalysisJson.h"
#include "analysis/CodeRanges.h"
#include "common/DataPaths.h"
#include "common/Utf.h"
#include "document/DocumentLoader.h"
#include "document/PlainTextLayout.h"

#include <QTest>

#include <algorithm>

#include <nlohmann/json.hpp>

using namespace lede::core;

namespace {

const Entity *findEntity(const Analysis &a, std::u16string_view name)
{
    const auto it = std::find_if(a.entities.begin(), a.entities.end(), [&](const Entity &e) { return e.name == name; });
    return it == a.entities.end() ? nullptr : &*it;
}

const Timex *findDate(const Document &doc, const Analysis &a, std::u16string_view surface)
{
    for (const Timex &t : a.dates) {
        if (std::u16string_view(doc.text).substr(t.range.start, t.range.length()) == surface)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestAnalysis final : public QObject
{
    Q_OBJECT

private:
    Document m_doc;
    Analysis m_analysis;

private slots:
    void initTestCase()
    {
        const auto path = findDataFile("samples/sample-article.md");
        QVERIFY2(path, "the sample article is copied into the build's data folder");
        auto doc = loadDocument(*path);
        QVERIFY(doc.ok());
        m_doc = std::move(doc).value();
        auto tagger = NerTagger::loadDefault();
        QVERIFY2(tagger.ok(), tagger.ok() ? "" : tagger.error().detail.c_str());
        AnalysisOptions options;
        options.tagger = tagger.value();
        m_analysis = analyzeDocument(m_doc, options);
        QVERIFY(!m_analysis.cancelled);
    }

    void referenceDate_comesFromTheArticleMetadata()
    {
        QCOMPARE(m_analysis.reference.source, ReferenceSource::Metadata);
        QVERIFY(m_analysis.reference.date);
        QCOMPARE(*m_analysis.reference.date, (CalendarDate{2025, 3, 14}));
    }

    void surname_joinsTheFullName()
    {
        const Entity *mayor = findEntity(m_analysis, u"Tomasz Kieślowski");
        QVERIFY(mayor);
        QCOMPARE(mayor->type, EntityType::Person);
        QCOMPARE(mayor->mentions.size(), size_t(4));
    }

    void acronym_joinsItsExpansion()
    {
        const Entity *un = findEntity(m_analysis, u"United Nations");
        QVERIFY(un);
        QCOMPARE(un->type, EntityType::Organization);
        QCOMPARE(un->mentions.size(), size_t(2));
    }

    void headlineCaps_joinTheCity()
    {
        const Entity *geneva = findEntity(m_analysis, u"Geneva");
        QVERIFY(geneva);
        QCOMPARE(geneva->type, EntityType::Place);
        QCOMPARE(geneva->mentions.size(), size_t(3));
    }

    void byline_authorIsAPersonAndOutletAnOrganisation()
    {
        // "By Marta Okonkwo, Lede sample article": the tagger alone reads "Lede" as the Belgian town.
        const Entity *author = findEntity(m_analysis, u"Marta Okonkwo");
        QVERIFY(author);
        QCOMPARE(author->type, EntityType::Person);
        const Entity *outlet = findEntity(m_analysis, u"Lede");
        QVERIFY(outlet);
        QCOMPARE(outlet->type, EntityType::Organization);
    }

    // A wire story of our own with an ALL CAPS headline, a byline of two authors, a dateline with region and
    // agency, and a credit line, as a plain text file lays it out.
    void wireStory_structureGivesTheTypes()
    {
        auto tagger = NerTagger::loadDefault();
        QVERIFY(tagger.ok());
        auto doc =
            layOutPlainText(u"HALDEN FERRY CREW PULLS FOUR FISHERS FROM THE FJORD\n\n"
                            u"By Ingrid Solberg and Tomas Varga, Harbour Courier\n\n"
                            u"HALDEN, Norvania (AP) — The crew of a passenger ferry pulled four fishers from the "
                            u"fjord on Tuesday after their boat overturned in a squall, the coast guard said.\n\n"
                            u"(Reporting by Ingrid Solberg; Editing by Petra Lund)\n");
        QVERIFY(doc);
        AnalysisOptions options;
        options.tagger = tagger.value();
        const Analysis a = analyzeDocument(*doc, options);
        const std::pair<std::u16string_view, EntityType> expected[] = {{u"Ingrid Solberg", EntityType::Person},
                                                                       {u"Tomas Varga", EntityType::Person},
                                                                       {u"Harbour Courier", EntityType::Organization},
                                                                       {u"HALDEN", EntityType::Place},
                                                                       {u"Norvania", EntityType::Place},
                                                                       {u"AP", EntityType::Organization},
                                                                       {u"Petra Lund", EntityType::Person}};
        for (const auto &[name, type] : expected) {
            const Entity *e = findEntity(a, name);
            QVERIFY2(e, utf16ToUtf8(name).c_str());
            QCOMPARE(e->type, type);
        }
        QCOMPARE(findEntity(a, u"Ingrid Solberg")->mentions.size(), size_t(2)); // the byline and the credit
        QCOMPARE(findEntity(a, u"HALDEN")->mentions.size(), size_t(2));         // the headline and the dateline
    }

    void dates_resolveAgainstTheArticleDate_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("value");
        QTest::newRow("explicit") << QStringLiteral("the night of 21 April 2024") << QStringLiteral("2024-04-21TNI");
        QTest::newRow("month without year, past") << QStringLiteral("March 12") << QStringLiteral("2025-03-12");
        QTest::newRow("relative day") << QStringLiteral("tomorrow") << QStringLiteral("2025-03-15");
        QTest::newRow("relative year") << QStringLiteral("last year") << QStringLiteral("2024");
        QTest::newRow("decade") << QStringLiteral("The 1990s") << QStringLiteral("199");
        QTest::newRow("set") << QStringLiteral("every Monday") << QStringLiteral("XXXX-WXX-1");
    }

    void dates_resolveAgainstTheArticleDate()
    {
        QFETCH(QString, surface);
        QFETCH(QString, value);
        const Timex *t = findDate(m_doc, m_analysis, surface.toStdU16String());
        QVERIFY2(t, qPrintable(surface));
        QCOMPARE(QString::fromStdString(t->value), value);
    }

    void range_isOneExpressionWithStartAndEnd()
    {
        const Timex *t = findDate(m_doc, m_analysis, u"from April 2 to 4");
        QVERIFY(t);
        QCOMPARE(QString::fromStdString(t->rangeStart), QStringLiteral("2025-04-02"));
        QCOMPARE(QString::fromStdString(t->rangeEnd), QStringLiteral("2025-04-04"));
    }

    void json_offsetsAreCodePoints()
    {
        // The sample has no character outside the BMP; add one in front and the offsets must shift by one.
        Document doc = m_doc;
        doc.text.insert(0, u"\U0001F600");
        for (Block &b : doc.blocks) {
            b.range.start += 2;
            b.range.end += 2;
        }
        const std::string plain = analysisToJson(m_doc, m_analysis);
        QVERIFY(plain.find("\"reference_date\":\"2025-03-14\"") != std::string::npos);
        QVERIFY(plain.find("\"format\":\"markdown\"") != std::string::npos);
        Analysis shifted = m_analysis;
        for (Timex &t : shifted.dates) {
            t.range.start += 2;
            t.range.end += 2;
        }
        const std::string withEmoji = analysisToJson(doc, shifted);
        const Timex &first = m_analysis.dates.front();
        const std::string expect = "{\"start\":" + std::to_string(first.range.start + 1) + ",\"end\":"
            + std::to_string(first.range.end + 1);
        QVERIFY2(withEmoji.find(expect) != std::string::npos, expect.c_str());
    }

    void events_comeInChronologicalOrderWithTheirParticipants()
    {
        QVERIFY(!m_analysis.events.empty());
        for (size_t i = 0; i < m_analysis.events.size(); ++i) {
            const Event &e = m_analysis.events[i];
            QCOMPARE(e.id, "v" + std::to_string(i + 1));
            if (i > 0 && e.anchor == EventAnchor::Dated && m_analysis.events[i - 1].anchor == EventAnchor::Dated)
                QVERIFY(!(e.start < m_analysis.events[i - 1].start));
            QVERIFY(e.sentence.start <= e.date.start && e.date.end <= e.sentence.end);
            for (const std::string &p : e.participants)
                QVERIFY2(std::any_of(m_analysis.entities.begin(), m_analysis.entities.end(),
                                     [&](const Entity &en) { return en.id == p; }),
                         p.c_str());
        }
        // The range of the next round of talks, and the night on the roof with the mayor in it.
        const auto talks = std::find_if(m_analysis.events.begin(), m_analysis.events.end(),
                                        [](const Event &e) { return e.value == "2025-04-02/2025-04-04"; });
        QVERIFY(talks != m_analysis.events.end());
        QCOMPARE(talks->start, (CalendarDate{2025, 4, 2}));
        QCOMPARE(talks->end, (CalendarDate{2025, 4, 4}));
        const Entity *mayor = findEntity(m_analysis, u"Tomasz Kieślowski");
        QVERIFY(mayor);
        const auto night = std::find_if(m_analysis.events.begin(), m_analysis.events.end(), [](const Event &e) {
            return e.start == CalendarDate{2024, 4, 21};
        });
        QVERIFY(night != m_analysis.events.end());
        QVERIFY(std::find(night->participants.begin(), night->participants.end(), mayor->id)
                != night->participants.end());
    }

    void json_isTheDumpOfTheWholeObject()
    {
        // The JSON is written piece by piece and the text escaped on its own: byte for byte what nlohmann writes for
        // the whole object, compact and pretty, with every kind of character the escaping treats apart.
        Document doc = m_doc;
        doc.text += u" quote \" backslash \\ tab \t cr \r bell \a form \f back \b nul ";
        doc.text += char16_t(0);
        doc.text += u" del \x7f é € \U0001F600 lone ";
        doc.text += char16_t(0xD800);
        doc.text += u" trail ";
        doc.text += char16_t(0xDC00);
        doc.meta.title = "a \"title\"\x01";
        for (int indent : {-1, 0, 2, 4}) {
            const std::string json = analysisToJson(doc, m_analysis, indent);
            const auto whole = nlohmann::ordered_json::parse(json);
            QCOMPARE(whole.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace), json);
            QCOMPARE(whole["text"].get<std::string>(), utf16ToUtf8(doc.text));
        }
    }

    void json_eventsAreFilled()
    {
        const std::string json = analysisToJson(m_doc, m_analysis);
        QVERIFY(json.find("\"events\":[{\"id\":\"v1\",\"start\":\"1990-01-01\",\"end\":\"1999-12-31\"")
                != std::string::npos);
    }

    void reanchorDates_movesRelativeEventsAndKeepsEntities()
    {
        ReferenceDate user{CalendarDate{2025, 6, 2}, ReferenceSource::User}; // a Monday
        const Analysis moved = reanchorDates(m_doc, m_analysis, user);
        QVERIFY(!moved.cancelled);
        QCOMPARE(moved.reference.source, ReferenceSource::User);
        QCOMPARE(*moved.reference.date, (CalendarDate{2025, 6, 2}));
        QCOMPARE(moved.entities.size(), m_analysis.entities.size());
        QCOMPARE(moved.segmentation.sentences.size(), m_analysis.segmentation.sentences.size());
        const Timex *before = findDate(m_doc, m_analysis, u"tomorrow");
        const Timex *after = findDate(m_doc, moved, u"tomorrow");
        QVERIFY(before && after);
        QCOMPARE(after->value, std::string("2025-06-03"));
        const auto tomorrow = std::find_if(moved.events.begin(), moved.events.end(),
                                           [&](const Event &e) { return e.date.contains(after->range.start); });
        QVERIFY(tomorrow != moved.events.end());
        QCOMPARE(tomorrow->start, (CalendarDate{2025, 6, 3}));
        // An explicit date stays where it was.
        QVERIFY(std::any_of(moved.events.begin(), moved.events.end(), [](const Event &e) {
            return e.start == CalendarDate{2024, 4, 21};
        }));

        // No date given: back to the article's own.
        const Analysis back = reanchorDates(m_doc, moved, {});
        QCOMPARE(back.reference.source, ReferenceSource::Metadata);
        QCOMPARE(findDate(m_doc, back, u"tomorrow")->value, std::string("2025-03-15"));
    }

    void reanchorDates_cancelled()
    {
        StopSource stop;
        stop.requestStop();
        const Analysis a =
            reanchorDates(m_doc, m_analysis, {CalendarDate{2025, 6, 2}, ReferenceSource::User}, stop.token());
        QVERIFY(a.cancelled);
        QCOMPARE(a.entities.size(), m_analysis.entities.size());
    }

    void codeRanges_joinBlocksAndInlineCode()
    {
        Document doc;
        doc.text = u"intro x\n\ncode\n\nuse `a` and `b`";
        doc.blocks = {{BlockKind::Paragraph, 0, false, 0, {0, 7}},
                      {BlockKind::Preformatted, 0, false, 0, {9, 13}},
                      {BlockKind::Paragraph, 0, false, 0, {15, 30}}};
        doc.spans = {{InlineKind::Strong, {0, 5}, {}},
                     {InlineKind::Code, {19, 22}, {}},
                     {InlineKind::Code, {21, 24}, {}},
                     {InlineKind::Code, {27, 30}, {}}};
        const std::vector<TextRange> code = codeRanges(doc);
        QCOMPARE(code, (std::vector<TextRange>{{9, 13}, {19, 24}, {27, 30}}));
        QVERIFY(overlapsAny(code, {12, 14}));
        QVERIFY(overlapsAny(code, {0, 40}));
        QVERIFY(!overlapsAny(code, {13, 19}));
        QVERIFY(!overlapsAny(code, {24, 27}));
        QVERIFY(!overlapsAny(code, {30, 35}));
        QVERIFY(!overlapsAny({}, {0, 5}));
    }

    void codeInMarkdown_hasNoEntitiesOrDates_proseKeepsThem()
    {
        const std::string markdown =
            "# Survey boats\n\n"
            "Amara Okafor met Lars Henriksen in Bergen on 12 March 2024 to plan the survey.\n\n"
            "```\n"
            "crew add --name \"Amara Okafor\" --port Bergen --since 2024-03-12\n"
            "notify Lars Henriksen on Friday, 15 March 2024\n"
            "```\n\n"
            "Run `sync --owner \"Ingrid Solberg\" --from Oslo --date 3 April 2024` after the crew signs, said "
            "Henriksen.\n";
        auto loaded = loadDocumentFromBytes(markdown, "survey.md");
        QVERIFY(loaded.ok());
        const Document doc = std::move(loaded).value();
        const std::vector<TextRange> code = codeRanges(doc);
        QCOMPARE(code.size(), size_t(2));
        auto tagger = NerTagger::loadDefault();
        QVERIFY(tagger.ok());
        AnalysisOptions options;
        options.tagger = tagger.value();
        const Analysis a = analyzeDocument(doc, options);

        int prose = 0;
        for (const Entity &e : a.entities) {
            for (const TextRange &m : e.mentions) {
                QVERIFY2(!overlapsAny(code, m), qPrintable(QString::fromStdU16String(e.name)));
                ++prose;
            }
        }
        for (const Timex &t : a.dates)
            QVERIFY2(!overlapsAny(code, t.range), t.value.c_str());
        // The prose still has its people, its place and its date.
        const Entity *okafor = findEntity(a, u"Amara Okafor");
        QVERIFY(okafor);
        QCOMPARE(okafor->mentions.size(), size_t(1));
        const Entity *henriksen = findEntity(a, u"Lars Henriksen");
        QVERIFY(henriksen);
        QCOMPARE(henriksen->mentions.size(), size_t(2)); // the full name and the surname after the code
        QVERIFY(findEntity(a, u"Bergen"));
        QVERIFY(!findEntity(a, u"Ingrid Solberg"));
        QVERIFY(!findEntity(a, u"Oslo"));
        QVERIFY(prose >= 4);
        QVERIFY(findDate(doc, a, u"12 March 2024"));
        QCOMPARE(a.dates.size(), size_t(1));
    }

    // A code block that looks like a dateline or a byline is still code: the layout rules add nothing there.
    void codeThatLooksLikeLayout_hasNoEntities()
    {
        const std::string markdown = "# Survey boats\n\n"
                                     "```\n"
                                     "OSLO (AP) — The crew add command takes a port name.\n"
                                     "```\n\n"
                                     "```\n"
                                     "By Ingrid Solberg\n"
                                     "```\n\n"
                                     "Amara Okafor met Lars Henriksen in Bergen to plan the survey.\n";
        auto loaded = loadDocumentFromBytes(markdown, "survey.md");
        QVERIFY(loaded.ok());
        const Document doc = std::move(loaded).value();
        const std::vector<TextRange> code = codeRanges(doc);
        QCOMPARE(code.size(), size_t(2));
        auto tagger = NerTagger::loadDefault();
        QVERIFY(tagger.ok());
        AnalysisOptions options;
        options.tagger = tagger.value();
        const Analysis a = analyzeDocument(doc, options);
        for (const Entity &e : a.entities) {
            for (const TextRange &m : e.mentions)
                QVERIFY2(!overlapsAny(code, m), qPrintable(QString::fromStdU16String(e.name)));
        }
        QVERIFY(findEntity(a, u"Amara Okafor"));
    }

    void cancelledAnalysis_reportsCancelled()
    {
        StopSource stop;
        stop.requestStop();
        AnalysisOptions options;
        options.stop = stop.token();
        const Analysis a = analyzeDocument(m_doc, options);
        QVERIFY(a.cancelled);
    }
};

QTEST_APPLESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
