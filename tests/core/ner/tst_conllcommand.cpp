// Tests for `lede-cli conll`: CoNLL in, "token gold predicted" out in the input's tag scheme.
#include "ConllCommand.h"

#include "ner/NerTagger.h"

#include <QTest>

#include <fstream>
#include <sstream>

using namespace lede::core;

namespace {

std::shared_ptr<const NerTagger> tagger()
{
    static auto t = NerTagger::load(LEDE_SOURCE_DIR "/resources/data/models/ner.model");
    return t.ok() ? t.value() : nullptr;
}

std::vector<std::string> run(const std::string &inputFile)
{
    std::ifstream in(std::string(LEDE_TEST_DATA_DIR "/ner/") + inputFile);
    std::ostringstream out;
    lede::cli::writeConll(in, out, *tagger());
    std::vector<std::string> lines;
    std::istringstream split(out.str());
    std::string line;
    while (std::getline(split, line))
        lines.push_back(line);
    return lines;
}

std::vector<std::string> columns(const std::string &line)
{
    std::istringstream in(line);
    std::vector<std::string> out;
    std::string f;
    while (in >> f)
        out.push_back(f);
    return out;
}

} // namespace

class TestConllCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(tagger()); }

    void iob1Input_givesIob1Output()
    {
        const auto lines = run("small_iob1.conll");
        QCOMPARE(lines.size(), size_t(15)); // same line count as the input
        QCOMPARE(lines[0], std::string("-DOCSTART- -X- O O"));
        QCOMPARE(lines[1], std::string());
        std::string previous = "O";
        int personTokens = 0;
        for (const auto &line : lines) {
            if (line.empty() || line.rfind("-DOCSTART-", 0) == 0) {
                previous = "O";
                continue;
            }
            const auto c = columns(line);
            QCOMPARE(c.size(), size_t(3));
            const std::string &p = c[2];
            // IOB1: B-X only directly after a chunk of type X.
            if (p.rfind("B-", 0) == 0)
                QCOMPARE(previous.substr(2), p.substr(2));
            personTokens += p == "I-PER" ? 1 : 0;
            previous = p;
        }
        QVERIFY(personTokens >= 2); // "Grace Mbeki" (the model must find her)
        QCOMPARE(columns(lines[2]), (std::vector<std::string>{"Grace", "I-PER", "I-PER"}));
    }

    void iob2Input_givesIob2Output()
    {
        const auto lines = run("small_iob2.conll");
        QCOMPARE(lines.size(), size_t(13));
        std::string previous = "O";
        int begins = 0;
        for (const auto &line : lines) {
            if (line.empty()) {
                previous = "O";
                continue;
            }
            const auto c = columns(line);
            QCOMPARE(c.size(), size_t(3));
            const std::string &p = c[2];
            // IOB2: every chunk opens with B-X.
            if (p.rfind("I-", 0) == 0)
                QVERIFY(previous != "O" && previous.substr(2) == p.substr(2));
            begins += p.rfind("B-", 0) == 0 ? 1 : 0;
            previous = p;
        }
        QVERIFY(begins >= 2);
        QCOMPARE(columns(lines[0]), (std::vector<std::string>{"Grace", "B-PER", "B-PER"}));
    }

    void blankLinesAndDocstarts_arePassedThrough()
    {
        const auto lines = run("small_iob1.conll");
        QCOMPARE(lines[7], std::string());
        QCOMPARE(lines[8], std::string("-DOCSTART- -X- O O"));
        QCOMPARE(lines[9], std::string());
    }
};

QTEST_APPLESS_MAIN(TestConllCommand)
#include "tst_conllcommand.moc"
