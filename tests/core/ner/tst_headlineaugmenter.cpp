// Tests for the trainer's headline augmentation (tools/ner/HeadlineAugmenter): title-cased
// copies of all-caps headlines are added, the originals stay as they were.
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
};

QTEST_APPLESS_MAIN(TestHeadlineAugmenter)
#include "tst_headlineaugmenter.moc"
