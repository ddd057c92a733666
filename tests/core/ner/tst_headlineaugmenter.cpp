// Tests for the trainer's headline augmentation (tools/ner/HeadlineAugmenter): title-cased
// copies of all-caps headlines are added, the originals stay as they were; and the word
// clustering that derives the cluster table from unlabelled text (DistributionalClusters).
#include "DistributionalClusters.h"
#include "HeadlineAugmenter.h"

#include <QTest>

#include <sstream>

using namespace lede::core::ner;

namespace {
std::string tokens(const ConllCorpus &c, const std::vector<uint32_t> &sentence)
{
    std::string out;
    for (uint32_t line : sentence)
        out += (out.empty() ? "" : " ") + c.lines[line].token;
    return out;
}
} // namespace

class TestHeadlineAugmenter final : public QObject
{
    Q_OBJECT

private slots:
    void allCapsHeadline_getsATitleCaseCopy()
    {
        std::istringstream in("-DOCSTART- O\n\nLEICESTERSHIRE I-ORG\nTAKE O\nOVER O\nAT O\nTOP O\nOF O\nTHE O\nEU I-ORG\nTABLE O\n\n"
                              "The O\nMinistry I-ORG\nsaid O\n.\n");
        ConllCorpus c = ConllCorpus::parse(in);
        QCOMPARE(c.documents.size(), size_t(1));
        QCOMPARE(lede::tools::addTitleCaseCopies(c, 1, 1.0), size_t(1));
        QCOMPARE(c.documents.size(), size_t(2));
        QCOMPARE(tokens(c, c.documents[0].sentences[0]), std::string("LEICESTERSHIRE TAKE OVER AT TOP OF THE EU TABLE"));
        // Small words lower case, short acronyms kept, gold tags copied.
        QCOMPARE(tokens(c, c.documents[1].sentences[0]), std::string("Leicestershire Take Over at Top of the EU Table"));
        QCOMPARE(c.lines[c.documents[1].sentences[0][0]].gold, std::string("I-ORG"));
        // Body sentences are copied unchanged.
        QCOMPARE(tokens(c, c.documents[1].sentences[1]), std::string("The Ministry said ."));
    }

    void documentsWithoutCapsHeadlines_areNotCopied()
    {
        std::istringstream in("The O\nMinistry I-ORG\nsaid O\n");
        ConllCorpus c = ConllCorpus::parse(in);
        QCOMPARE(lede::tools::addTitleCaseCopies(c, 1, 1.0), size_t(0));
        QCOMPARE(c.documents.size(), size_t(1));
    }

    void fractionZero_addsNothing()
    {
        std::istringstream in("RUGBY O\nUNION O\nRESULTS O\n");
        ConllCorpus c = ConllCorpus::parse(in);
        QCOMPARE(lede::tools::addTitleCaseCopies(c, 1, 0.0), size_t(0));
    }

    void titleCaseHeadlines_rewritesInPlaceOnlyHeadlines()
    {
        std::istringstream in("-DOCSTART- O\n\nSOCCER O\n- O\nFEYENOORD I-ORG\nBEAT O\nPSV I-ORG\n\n"
                              "NATO I-ORG\nsaid O\n.\n");
        ConllCorpus c = ConllCorpus::parse(in);
        QCOMPARE(lede::tools::titleCaseHeadlines(c), size_t(1));
        QCOMPARE(c.documents.size(), size_t(1)); // no copies
        QCOMPARE(tokens(c, c.documents[0].sentences[0]), std::string("Soccer - Feyenoord Beat PSV"));
        QCOMPARE(tokens(c, c.documents[0].sentences[1]), std::string("NATO said ."));
    }

    void distributionalClusters_groupWordsSeenInTheSameContexts()
    {
        lede::tools::DistributionalClusters::Options o;
        o.minCount = 1;
        o.contexts = 50;
        o.window = 2;
        lede::tools::DistributionalClusters dc(o);
        // "ajax"/"psv" and "monday"/"tuesday" each share their contexts; the groups do not.
        const std::vector<std::vector<std::string>> text = {
            {"ajax", "beat", "the", "visitors", "2-1"}, {"psv", "beat", "the", "visitors", "2-1"},
            {"ajax", "drew", "with", "them", "0-0"},    {"psv", "drew", "with", "them", "0-0"},
            {"on", "monday", "the", "market", "rose"},  {"on", "tuesday", "the", "market", "rose"},
            {"on", "monday", "prices", "fell", "."},    {"on", "tuesday", "prices", "fell", "."},
        };
        for (int repeat = 0; repeat < 3; ++repeat) {
            for (const auto &sentence : text) {
                std::vector<uint64_t> keys;
                for (const auto &w : sentence)
                    keys.push_back(std::hash<std::string>{}(w));
                dc.addSentence(keys, sentence);
            }
        }
        const auto words = dc.run();
        auto pathOf = [&](const std::string &w) {
            for (const auto &x : words)
                if (x.surface == w)
                    return x.path;
            return std::string();
        };
        QVERIFY(!pathOf("ajax").empty());
        QCOMPARE(pathOf("ajax"), pathOf("psv"));
        QCOMPARE(pathOf("monday"), pathOf("tuesday"));
        QVERIFY(pathOf("ajax") != pathOf("monday"));
        // Deterministic: the same text gives the same paths.
        const auto again = dc.run();
        QCOMPARE(again.size(), words.size());
        for (size_t i = 0; i < words.size(); ++i)
            QCOMPARE(again[i].path, words[i].path);
    }
};

QTEST_APPLESS_MAIN(TestHeadlineAugmenter)
#include "tst_headlineaugmenter.moc"
