// Tests for token analysis, gazetteer matching and feature extraction of the NER tagger.
#include "ner/FeatureExtractor.h"
#include "ner/Gazetteer.h"
#include "ner/TokenInfo.h"
#include "ner/WordClusters.h"

#include <QTest>

#include <QTemporaryDir>

#include <algorithm>
#include <fstream>

using namespace lede::core::ner;

namespace {

std::u16string u16(const QString &s)
{
    return s.toStdU16String();
}

// A one-document input from sentences of space-separated tokens.
struct Doc
{
    std::vector<std::u16string> storage;
    DocumentTokens tokens;

    explicit Doc(std::initializer_list<const char16_t *> sentences)
    {
        std::vector<std::vector<std::u16string>> split;
        for (const char16_t *s : sentences) {
            auto &words = split.emplace_back();
            std::u16string_view v(s);
            size_t i = 0;
            while (i < v.size()) {
                const size_t j = std::min(v.find(u' ', i), v.size());
                if (j > i)
                    words.emplace_back(v.substr(i, j - i));
                i = j + 1;
            }
        }
        for (auto &words : split)
            for (auto &w : words)
                storage.push_back(std::move(w));
        size_t k = 0;
        for (auto &words : split) {
            tokens.sentenceStarts.push_back(static_cast<uint32_t>(k));
            for (size_t t = 0; t < words.size(); ++t, ++k)
                tokens.tokens.emplace_back(storage[k]);
        }
    }
};

std::vector<uint64_t> featuresOf(const FeatureExtractor &fx, const Doc &d, const DocumentContext &ctx, uint32_t i)
{
    std::vector<uint64_t> out;
    fx.localFeatures(d.tokens, ctx, i, out);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestNerFeatures final : public QObject
{
    Q_OBJECT

private slots:
    void sameShape_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("capitalised words") << QStringLiteral("Putin") << QStringLiteral("Obama") << true;
        QTest::newRow("accented capitalised word") << QStringLiteral("António") << QStringLiteral("Antonio") << true;
        QTest::newRow("acronym vs word") << QStringLiteral("NATO") << QStringLiteral("Nato") << false;
        QTest::newRow("dotted initials") << QStringLiteral("U.S.") << QStringLiteral("U.N.") << true;
        QTest::newRow("dates") << QStringLiteral("1996-08-22") << QStringLiteral("2024-01-31") << true;
        QTest::newRow("lower vs capitalised") << QStringLiteral("paris") << QStringLiteral("Paris") << false;
    }

    void sameShape()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(analyseToken(u16(a)).shape == analyseToken(u16(b)).shape, same);
    }

    void normalisation_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("curly apostrophe") << QStringLiteral("O\u2019Neill") << QStringLiteral("O'Neill");
        QTest::newRow("curly quote") << QStringLiteral("\u201C") << QStringLiteral("\"");
        QTest::newRow("en dash") << QStringLiteral("Baden\u2013Baden") << QStringLiteral("Baden-Baden");
        QTest::newRow("digits fold to zero") << QStringLiteral("1996") << QStringLiteral("2001");
    }

    void normalisation()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(analyseToken(u16(a)).word, analyseToken(u16(b)).word);
    }

    void lowerCase_foldsNonAsciiCapitals()
    {
        QCOMPARE(analyseToken(u"ÉCOLE").lower, analyseToken(u"école").lower);
        QVERIFY(analyseToken(u"ÉCOLE").word != analyseToken(u"école").word);
        const TokenInfo a = analyseToken(u"António");
        QVERIFY(a.has(TokenInfo::InitialCap));
        QVERIFY(!a.has(TokenInfo::AllCaps));
        QCOMPARE(a.length, uint16_t(7));
    }

    void caseFlags_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("caseClass");
        QTest::newRow("lower") << QStringLiteral("said") << 0;
        QTest::newRow("capitalised") << QStringLiteral("Reuters") << 1;
        QTest::newRow("all caps") << QStringLiteral("BRUSSELS") << 2;
        QTest::newRow("number") << QStringLiteral("1,200") << 3;
        QTest::newRow("cyrillic capitalised") << QStringLiteral("Москва") << 1;
        QTest::newRow("replacement run") << QStringLiteral("\uFFFD\uFFFD\uFFFD") << 3;
    }

    void caseFlags()
    {
        QFETCH(QString, token);
        QFETCH(int, caseClass);
        QCOMPARE(int(analyseToken(u16(token)).caseClass()), caseClass);
    }

    void affixes_differOnlyWhereTheWordsDo()
    {
        const TokenInfo a = analyseToken(u"Johnson"), b = analyseToken(u"Jackson");
        QCOMPARE(a.prefix[0], b.prefix[0]); // j
        QVERIFY(a.prefix[1] != b.prefix[1]); // jo / ja
        QCOMPARE(a.suffix[2], b.suffix[2]); // son
        QVERIFY(a.suffix[3] != b.suffix[3]); // nson / kson
        QCOMPARE(analyseToken(u"Jo").prefix[2], uint64_t(0)); // shorter than three code points
    }

    void unpairedSurrogate_isReplacementNotCrash()
    {
        const std::u16string bad = {u'A', char16_t(0xD800), u'b'};
        const TokenInfo t = analyseToken(bad);
        QVERIFY(t.has(TokenInfo::Replacement));
        QCOMPARE(t.length, uint16_t(3));
    }

    void gazetteer_marksLongestPhrasePositions()
    {
        Gazetteer g;
        g.add(std::u16string_view(u"New York"), Gazetteer::City);
        g.add(std::u16string_view(u"New York City"), Gazetteer::City);
        g.add(std::u16string_view(u"York"), Gazetteer::City);
        g.add(std::u16string_view(u"Ministry"), Gazetteer::OrgCue);
        g.freeze();
        const std::u16string words[] = {u"in", u"NEW", u"York", u"City", u"Ministry"};
        uint64_t lowers[5];
        for (int i = 0; i < 5; ++i)
            lowers[i] = lowerHash(words[i]);
        uint32_t codes[5];
        g.match(lowers, 5, codes);
        QCOMPARE(Gazetteer::positionOf(codes[0], Gazetteer::City), Gazetteer::None);
        QCOMPARE(Gazetteer::positionOf(codes[1], Gazetteer::City), Gazetteer::Begin);
        QCOMPARE(Gazetteer::positionOf(codes[2], Gazetteer::City), Gazetteer::Inside);
        QCOMPARE(Gazetteer::positionOf(codes[3], Gazetteer::City), Gazetteer::Last);
        QCOMPARE(Gazetteer::positionOf(codes[4], Gazetteer::OrgCue), Gazetteer::Unit);
        QCOMPARE(Gazetteer::positionOf(codes[4], Gazetteer::City), Gazetteer::None);
    }

    void gazetteer_entriesRoundTrip()
    {
        Gazetteer g;
        g.add(std::u16string_view(u"Côte d'Ivoire"), Gazetteer::Country);
        g.add(std::u16string_view(u"Kate"), Gazetteer::FirstName);
        g.freeze();
        const Gazetteer copy = Gazetteer::fromEntries(g.phraseEntries(), g.startEntries());
        QVERIFY(copy.contains(u"côte D'IVOIRE", Gazetteer::Country));
        QVERIFY(copy.contains(u"kate", Gazetteer::FirstName));
        QVERIFY(!copy.contains(u"kate", Gazetteer::Country));
    }

    void features_sentenceInitialWordDiffersFromMidSentence()
    {
        const Doc d{u"Reuters said Reuters ."};
        const FeatureExtractor fx(nullptr);
        DocumentContext ctx;
        fx.analyse(d.tokens, ctx);
        QVERIFY(ctx.caseContext[0] & 4);
        QVERIFY(!(ctx.caseContext[2] & 4));
        QVERIFY(featuresOf(fx, d, ctx, 0) != featuresOf(fx, d, ctx, 2));
    }

    void features_headlineIsRecognisedAndUsesDocumentCase()
    {
        // "BRUSSELS" in an all-caps headline; the body writes "Brussels" mid-sentence.
        const Doc d{u"EU REJECTS BRUSSELS CALL", u"Officials in Brussels said no ."};
        const FeatureExtractor fx(nullptr);
        DocumentContext ctx;
        fx.analyse(d.tokens, ctx);
        QCOMPARE(ctx.caseContext[2] & 3, 1); // headline mode
        QCOMPARE(ctx.caseContext[6] & 3, 0);
        QCOMPARE(ctx.caseEvidence[ctx.wordIndex[2]], uint8_t(1)); // capitalised mid-sentence elsewhere
        QCOMPARE(ctx.wordIndex[2], ctx.wordIndex[6]);

        const Doc alone{u"EU REJECTS BRUSSELS CALL"};
        DocumentContext ctxAlone;
        fx.analyse(alone.tokens, ctxAlone);
        QVERIFY(featuresOf(fx, d, ctx, 2) != featuresOf(fx, alone, ctxAlone, 2));
    }

    void features_gazetteerMatchAddsFeatures()
    {
        Gazetteer g;
        g.add(std::u16string_view(u"Kaneko"), Gazetteer::FirstName);
        g.freeze();
        const Doc d{u"Eri Kaneko won"};
        const FeatureExtractor with(&g), without(nullptr);
        DocumentContext a, b;
        with.analyse(d.tokens, a);
        without.analyse(d.tokens, b);
        const auto fa = featuresOf(with, d, a, 1), fb = featuresOf(without, d, b, 1);
        QVERIFY(fa.size() > fb.size());
        // The neighbours see it too (GazetteerM1 / GazetteerP1).
        QVERIFY(featuresOf(with, d, a, 0) != featuresOf(without, d, b, 0));
    }

    void features_areDeterministicAndBoundedForHugeTokens()
    {
        const std::u16string huge(100000, u'x');
        const Doc d{huge.c_str()};
        const FeatureExtractor fx(nullptr);
        DocumentContext ctx;
        fx.analyse(d.tokens, ctx);
        const auto f1 = featuresOf(fx, d, ctx, 0), f2 = featuresOf(fx, d, ctx, 0);
        QCOMPARE(f1, f2);
        QVERIFY(f1.size() < 64);
    }

    void clusterPath_prefix_data()
    {
        QTest::addColumn<QString>("bits");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected"); // "" = no cluster
        QTest::newRow("shorter prefix") << "101100" << 3 << "101";
        QTest::newRow("whole path") << "101100" << 6 << "101100";
        QTest::newRow("prefix longer than path") << "10" << 8 << "10";
        QTest::newRow("leading zeros kept apart") << "0011" << 2 << "00";
        QTest::newRow("24 bits") << QString(24, QLatin1Char('1')) << 20 << QString(20, QLatin1Char('1'));
        QTest::newRow("25 bits is invalid") << QString(25, QLatin1Char('1')) << 4 << "";
        QTest::newRow("not binary") << "10a1" << 2 << "";
        QTest::newRow("empty") << "" << 2 << "";
    }

    void clusterPath_prefix()
    {
        QFETCH(QString, bits);
        QFETCH(int, n);
        QFETCH(QString, expected);
        const ClusterPath p = ClusterPath::fromBitString(bits.toStdString());
        QCOMPARE(p.known(), !expected.isEmpty());
        if (p.known())
            QCOMPARE(p.prefix(n), ClusterPath::fromBitString(expected.toStdString()).code);
        // "00" and "000" are different clusters: the length is part of the code.
        QVERIFY(ClusterPath::fromBitString("00").code != ClusterPath::fromBitString("000").code);
    }

    void wordClusters_loadTsvIgnoresCaseAndBadLines()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path p = dir.filePath(QStringLiteral("c.tsv")).toStdString();
        std::ofstream(p) << "# comment\n0110\tFeyenoord\t15\n0111\tPSV\t9\r\nnot-bits\tAjax\t3\n10\n\n";
        WordClusters c;
        QCOMPARE(c.loadTsv(p), 2L);
        QCOMPARE(c.find(lowerHash(u"FEYENOORD")).code, ClusterPath::fromBitString("0110").code);
        QCOMPARE(c.find(lowerHash(u"psv")).code, ClusterPath::fromBitString("0111").code);
        QVERIFY(!c.find(lowerHash(u"Ajax")).known());
        QCOMPARE(WordClusters().loadTsv(dir.filePath(QStringLiteral("missing.tsv")).toStdString()), -1L);

        const WordClusters copy = WordClusters::fromEntries(c.entries());
        QCOMPARE(copy.size(), size_t(2));
        QCOMPARE(copy.find(lowerHash(u"Feyenoord")).code, c.find(lowerHash(u"Feyenoord")).code);
    }

    void features_wordsOfOneClusterShareClusterFeatures()
    {
        WordClusters c;
        c.add(u"Feyenoord", ClusterPath::fromBitString("01101001"));
        c.add(u"Ajax", ClusterPath::fromBitString("01101000"));    // same 4- and... not 8-bit prefix
        c.add(u"Pirelli", ClusterPath::fromBitString("10010011")); // another cluster
        const Doc d{u"Feyenoord beat Ajax and Pirelli"};
        const FeatureExtractor fx(nullptr, &c), plain(nullptr);
        DocumentContext ctx, plainCtx;
        fx.analyse(d.tokens, ctx);
        plain.analyse(d.tokens, plainCtx);
        QCOMPARE(ctx.cluster[0], ClusterPath::fromBitString("01101001").code);
        QCOMPARE(ctx.cluster[1], 0u); // "beat" has no cluster
        auto shared = [&](uint32_t a, uint32_t b) {
            const auto fa = featuresOf(fx, d, ctx, a), fb = featuresOf(fx, d, ctx, b);
            std::vector<uint64_t> both;
            std::set_intersection(fa.begin(), fa.end(), fb.begin(), fb.end(), std::back_inserter(both));
            return both.size();
        };
        // Feyenoord and Ajax share the 4-bit prefix feature that Pirelli lacks.
        QVERIFY(shared(0, 2) > shared(0, 4));
        // Without clusters, the extractor adds none of these features.
        QVERIFY(featuresOf(fx, d, ctx, 0).size() > featuresOf(plain, d, plainCtx, 0).size());
        QVERIFY(plainCtx.cluster.empty());
    }

    void features_embeddingClustersAreTheirOwnFeatures()
    {
        // The same paths as word clusters and as embedding clusters give different features: the two tables are
        // separate evidence, and a model trained with one must not read the other's weights.
        WordClusters c;
        c.add(u"Okonkwo", ClusterPath::fromBitString("0110100111"));
        c.add(u"Adeyemi", ClusterPath::fromBitString("0110100110"));
        const Doc d{u"Okonkwo met Adeyemi and Zvyagintsev"};
        const FeatureExtractor asWords(nullptr, &c), asEmbeddings(nullptr, nullptr, &c), plain(nullptr);
        DocumentContext wordsCtx, embCtx, plainCtx;
        asWords.analyse(d.tokens, wordsCtx);
        asEmbeddings.analyse(d.tokens, embCtx);
        plain.analyse(d.tokens, plainCtx);
        QVERIFY(embCtx.cluster.empty());
        QCOMPARE(embCtx.embedding[0], ClusterPath::fromBitString("0110100111").code);
        QCOMPARE(embCtx.embedding[4], 0u); // not in the table: its own "unknown" feature
        const auto fw = featuresOf(asWords, d, wordsCtx, 0), fe = featuresOf(asEmbeddings, d, embCtx, 0),
                   fp = featuresOf(plain, d, plainCtx, 0);
        QVERIFY(fe.size() > fp.size());
        std::vector<uint64_t> extraW, extraE, both;
        std::set_difference(fw.begin(), fw.end(), fp.begin(), fp.end(), std::back_inserter(extraW));
        std::set_difference(fe.begin(), fe.end(), fp.begin(), fp.end(), std::back_inserter(extraE));
        std::set_intersection(extraW.begin(), extraW.end(), extraE.begin(), extraE.end(), std::back_inserter(both));
        QVERIFY(!extraE.empty());
        QVERIFY(both.empty());
        // Two names of one embedding cluster share prefix features.
        const auto f2 = featuresOf(asEmbeddings, d, embCtx, 2);
        std::vector<uint64_t> shared;
        std::set_intersection(fe.begin(), fe.end(), f2.begin(), f2.end(), std::back_inserter(shared));
        QVERIFY(shared.size() >= 3);
    }

    void featureScopes_tokenOwnAndNeighboursMakeAllAndTokenPartIgnoresContext()
    {
        // The tagger scores a word's token-only features once and adds each occurrence's context features: that is
        // the whole feature list only if the two scopes split it exactly, and the token part must not change with
        // the neighbours, the sentence position, a headline or a gazetteer phrase.
        WordClusters c;
        c.add(u"Marlow", ClusterPath::fromBitString("0110100111"));
        c.add(u"ferry", ClusterPath::fromBitString("1001"));
        Gazetteer g;
        g.add(std::u16string_view(u"Marlow Quay"), Gazetteer::City);
        g.freeze();
        const Doc d{u"Marlow ferry sailed on 2 May", u"THE MARLOW FERRY", u"They took the ferry to Marlow Quay",
                    u"Marlow 2 Harwick 1"};
        const FeatureExtractor fx(&g, &c, &c);
        DocumentContext ctx;
        fx.analyse(d.tokens, ctx);
        using Scope = FeatureExtractor::Scope;
        auto scoped = [&](uint32_t i, Scope scope) {
            std::vector<uint64_t> out;
            fx.localFeatures(d.tokens, ctx, i, out, scope);
            std::sort(out.begin(), out.end());
            return out;
        };
        for (uint32_t i = 0; i < d.tokens.tokens.size(); ++i) {
            std::vector<uint64_t> split = scoped(i, Scope::Token);
            const std::vector<uint64_t> context = scoped(i, Scope::Context);
            QVERIFY(!split.empty());
            QVERIFY(!context.empty());
            split.insert(split.end(), context.begin(), context.end());
            std::sort(split.begin(), split.end());
            QCOMPARE(split, featuresOf(fx, d, ctx, i));
            // Own and what each neighbour (or the sentence's edge) decides alone make Context again.
            const auto sentence =
                static_cast<size_t>(std::upper_bound(d.tokens.sentenceStarts.begin(), d.tokens.sentenceStarts.end(), i)
                                    - d.tokens.sentenceStarts.begin() - 1);
            const int64_t b = d.tokens.sentenceStarts[sentence], e = d.tokens.sentenceEnd(sentence);
            std::vector<uint64_t> own = scoped(i, Scope::Own);
            QVERIFY(own.size() < context.size());
            for (int offset : {-2, -1, 1, 2}) {
                const int64_t j = int64_t{i} + offset;
                fx.neighbourFeatures(ctx, offset, j < b || j >= e ? DocumentContext::kNone : static_cast<uint32_t>(j),
                                     own);
            }
            std::sort(own.begin(), own.end());
            QCOMPARE(own, context);
        }
        // "Marlow" opening a sentence, starting a gazetteer phrase and in a results line: equal token parts,
        // different contexts.
        for (uint32_t i : {14u, 16u}) {
            QCOMPARE(d.tokens.tokens[i], std::u16string_view(u"Marlow"));
            QCOMPARE(scoped(i, Scope::Token), scoped(0, Scope::Token));
            QVERIFY(scoped(i, Scope::Context) != scoped(0, Scope::Context));
        }
        QCOMPARE(d.tokens.tokens[12], std::u16string_view(u"ferry"));
        QCOMPARE(scoped(1, Scope::Token), scoped(12, Scope::Token));
        // The same word in capitals is another token.
        QVERIFY(scoped(7, Scope::Token) != scoped(0, Scope::Token));
    }

    void gazetteer_nameListCategories()
    {
        Gazetteer g;
        g.add(std::u16string_view(u"Okonkwo"), Gazetteer::PersonName);
        g.add(std::u16string_view(u"Flexport"), Gazetteer::Company);
        g.freeze();
        const Gazetteer copy = Gazetteer::fromEntries(g.phraseEntries(), g.startEntries());
        QVERIFY(copy.contains(u"okonkwo", Gazetteer::PersonName));
        QVERIFY(copy.contains(u"FLEXPORT", Gazetteer::Company));
        QVERIFY(!copy.contains(u"Flexport", Gazetteer::PersonName));
        const uint64_t lowers[2] = {lowerHash(u"Flexport"), lowerHash(u"Okonkwo")};
        uint32_t codes[2] = {};
        copy.match(lowers, 2, codes);
        QCOMPARE(Gazetteer::positionOf(codes[0], Gazetteer::Company), Gazetteer::Unit);
        QCOMPARE(Gazetteer::positionOf(codes[1], Gazetteer::PersonName), Gazetteer::Unit);
        QCOMPARE(Gazetteer::positionOf(codes[1], Gazetteer::Company), Gazetteer::None);
    }

    void results_lineDetection_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("results");
        QTest::newRow("score with hyphen") << "Barcelona beat Valencia 3-1 on Sunday ." << true;
        QTest::newRow("results table line") << "Ajax 2 Feyenoord 1" << true;
        QTest::newRow("cricket total") << "Essex 532-8 declared" << true;
        QTest::newRow("prose with a year") << "Paris hosted the talks in 1996 ." << false;
        QTest::newRow("no numbers") << "Leeds signed a new striker ." << false;
        QTest::newRow("long line with numbers") << "The 12 men and 15 women of the town council voted on the plan "
                                                   "for the new bridge over the river today ."
                                             << false;
        QTest::newRow("date range is not a score") << "Prices 1995-1996 rose" << false;
    }

    void results_lineDetection()
    {
        QFETCH(QString, sentence);
        QFETCH(bool, results);
        const std::u16string text = u16(sentence);
        const Doc d{text.c_str()};
        const FeatureExtractor fx(nullptr);
        DocumentContext ctx;
        fx.analyse(d.tokens, ctx);
        QCOMPARE(ctx.sentenceScores.at(0) != 0, results);
    }

    void features_capitalisedWordInResultsLineGetsResultsFeatures()
    {
        // The last token is outside the first word's ±2 window, so only the results-line
        // features can tell the two "Leeds" apart.
        const Doc scores{u"Leeds beat Chelsea 3-1"}, prose{u"Leeds beat Chelsea again"};
        const FeatureExtractor fx(nullptr);
        DocumentContext a, b;
        fx.analyse(scores.tokens, a);
        fx.analyse(prose.tokens, b);
        const auto fa = featuresOf(fx, scores, a, 0), fb = featuresOf(fx, prose, b, 0);
        std::vector<uint64_t> onlyInScores, onlyInProse;
        std::set_difference(fa.begin(), fa.end(), fb.begin(), fb.end(), std::back_inserter(onlyInScores));
        std::set_difference(fb.begin(), fb.end(), fa.begin(), fa.end(), std::back_inserter(onlyInProse));
        QCOMPARE(onlyInScores.size(), size_t(2)); // ResultsPlace, ResultsWord
        QVERIFY(onlyInProse.empty());
        // A lower-case word in the results line gets none.
        QCOMPARE(featuresOf(fx, scores, a, 1).size(), featuresOf(fx, prose, b, 1).size());
    }

    void globalFeatures_reflectOtherOccurrences()
    {
        const Doc d{u"Clinton spoke .", u"Bill Clinton left ."};
        const FeatureExtractor fx(nullptr);
        DocumentContext ctx;
        fx.analyse(d.tokens, ctx);
        // Stage 1 labelled the second "Clinton" as I-PER only.
        std::vector<uint8_t> stage1(d.tokens.tokens.size(), 0);
        stage1[3] = 1; // B-PER "Bill"
        stage1[4] = 2; // I-PER "Clinton"
        FeatureExtractor::GlobalView view;
        view.prepare(ctx, stage1);
        std::vector<uint64_t> first, unrelated;
        fx.globalFeatures(d.tokens, ctx, view, 0, first);
        fx.globalFeatures(d.tokens, ctx, view, 1, unrelated);
        // "Clinton" (token 0) gets document votes from token 4; "spoke" gets none.
        QVERIFY(first.size() > unrelated.size());
    }
};

QTEST_APPLESS_MAIN(TestNerFeatures)
#include "tst_nerfeatures.moc"
