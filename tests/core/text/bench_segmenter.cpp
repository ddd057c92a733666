// Benchmark and corpus check for Segmenter (label "benchmark": not part of the default test run).
// Prints figures comparable across commits:
//  - throughput in MB/s (UTF-16 text of real news articles, repeated to ~20 MB, one core);
//  - token agreement with CoNLL-2003 eng.testa: the gold tokens are detokenized into running text,
//    re-tokenized, and compared by exact span (precision / recall);
//  - sentence agreement on the same text (documents as blocks; exact sentence spans).
// Needs ../shared (LEDE_SHARED_DIR); skips cleanly without it.
#include "text/Segmenter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <set>

using namespace lede::core;

namespace {

struct Detokenized
{
    std::u16string text;
    std::vector<TextRange> blocks;         // one per -DOCSTART- document
    std::set<std::pair<int, int>> tokens;  // gold token spans
    std::set<std::pair<int, int>> sentences;
};

bool noSpaceBefore(const QString &t)
{
    static const QStringList list{QStringLiteral(","), QStringLiteral("."), QStringLiteral(";"), QStringLiteral(":"),
                                  QStringLiteral("!"), QStringLiteral("?"), QStringLiteral(")"), QStringLiteral("]"),
                                  QStringLiteral("}"), QStringLiteral("%"), QStringLiteral("'s"), QStringLiteral("'S"),
                                  QStringLiteral("n't"), QStringLiteral("'re"), QStringLiteral("'ve"),
                                  QStringLiteral("'ll"), QStringLiteral("'d"), QStringLiteral("'m")};
    return list.contains(t);
}

bool endsSentence(const QString &t)
{
    return t == QLatin1String(".") || t == QLatin1String("!") || t == QLatin1String("?") || t == QLatin1String("\"");
}

bool noSpaceAfter(const QString &t)
{
    return t == QLatin1String("(") || t == QLatin1String("[") || t == QLatin1String("{") || t == QLatin1String("$");
}

// Rebuilds running text from CoNLL tokens the way a news wire would print it.
Detokenized detokenize(const QString &path)
{
    Detokenized d;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return d;
    QString text;
    int docStart = 0;
    int sentenceStart = -1;
    int lastEnd = 0;
    int docBlockStart = 0;
    QString lastToken;
    bool openQuote = false;
    bool glueNext = true;
    auto closeSentence = [&] {
        if (sentenceStart >= 0)
            d.sentences.insert({sentenceStart, lastEnd});
        sentenceStart = -1;
    };
    auto closeDocument = [&] {
        closeSentence();
        if (text.size() > docBlockStart)
            d.blocks.push_back({docBlockStart, int32_t(text.size())});
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        docStart = int(text.size());
        docBlockStart = docStart;
        lastToken.clear();
        glueNext = true;
    };
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty()) {
            closeSentence();
            continue;
        }
        const QString tok = line.section(QLatin1Char(' '), 0, 0);
        if (tok == QLatin1String("-DOCSTART-")) {
            closeDocument();
            continue;
        }
        // Headlines and datelines have no final period; on the wire they are lines of their own.
        if (sentenceStart < 0 && !lastToken.isEmpty() && !endsSentence(lastToken) && text.size() > docStart) {
            if (docBlockStart < int(text.size()))
                d.blocks.push_back({docBlockStart, lastEnd});
            text += QStringLiteral("\n\n");
            docBlockStart = int(text.size());
            glueNext = true;
        }
        bool glue = glueNext || noSpaceBefore(tok);
        if (tok == QLatin1String("\"")) {
            // CoNLL writes both quotes alike and does not always balance them: a quote opening a
            // sentence opens, otherwise they alternate.
            if (sentenceStart < 0)
                openQuote = false;
            if (openQuote)
                glue = true;
            openQuote = !openQuote;
        }
        if (!glue)
            text += QLatin1Char(' ');
        const int start = int(text.size());
        text += tok;
        d.tokens.insert({start, int(text.size())});
        if (sentenceStart < 0)
            sentenceStart = start;
        lastEnd = int(text.size());
        lastToken = tok;
        glueNext = noSpaceAfter(tok) || (tok == QLatin1String("\"") && openQuote);
    }
    closeDocument();
    d.text = text.toStdU16String();
    return d;
}

} // namespace

class BenchSegmenter final : public QObject
{
    Q_OBJECT

private slots:
    void throughput()
    {
        QFile f(QStringLiteral(LEDE_SHARED_DIR "/corpora/article-extraction/ground-truth.json"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("../shared/corpora/article-extraction is not available");
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QString corpus;
        for (auto it = root.begin(); it != root.end(); ++it)
            corpus += it.value().toObject().value(QStringLiteral("articleBody")).toString() + QStringLiteral("\n\n");
        QVERIFY(!corpus.isEmpty());
        std::u16string text;
        while (text.size() < 10u * 1024 * 1024) // 10 M UTF-16 units = 20 MB
            text += corpus.toStdU16String();
        // Paragraphs as blocks, as a loaded Document passes them.
        std::vector<TextRange> blocks;
        for (size_t start = 0; start < text.size();) {
            size_t end = text.find(u"\n\n", start);
            if (end == std::u16string::npos)
                end = text.size();
            if (end > start)
                blocks.push_back({int32_t(start), int32_t(end)});
            start = end + 2;
        }
        QElapsedTimer timer;
        timer.start();
        const Segmentation seg = Segmenter::segment(text, blocks);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double mb = double(text.size()) * 2 / 1e6;
        qInfo("segment: %.1f MB UTF-16 (%.1f M chars, %zu blocks), %zu tokens, %zu sentences in %.2f s = %.1f MB/s (%.1f M chars/s)",
              mb, double(text.size()) / 1e6, blocks.size(), seg.tokens.size(), seg.sentences.size(), seconds, mb / seconds,
              double(text.size()) / 1e6 / seconds);
        QVERIFY(seg.tokens.size() > text.size() / 10);
    }

    void conllAgreement()
    {
        const QString path = QStringLiteral(LEDE_SHARED_DIR "/corpora/conll2003/eng.testa");
        if (!QFile::exists(path))
            QSKIP("../shared/corpora/conll2003 is not available");
        const Detokenized d = detokenize(path);
        QVERIFY(!d.tokens.empty());
        const Segmentation seg = Segmenter::segment(d.text, d.blocks);
        size_t tokenHits = 0;
        for (const Token &t : seg.tokens)
            tokenHits += d.tokens.count({t.range.start, t.range.end});
        size_t sentenceHits = 0;
        for (const Sentence &s : seg.sentences)
            sentenceHits += d.sentences.count({s.range.start, s.range.end});
        qInfo("CoNLL eng.testa tokens: gold %zu, ours %zu, exact matches %zu: precision %.2f%% recall %.2f%%",
              d.tokens.size(), seg.tokens.size(), tokenHits, 100.0 * tokenHits / seg.tokens.size(),
              100.0 * tokenHits / d.tokens.size());
        qInfo("CoNLL eng.testa sentences: gold %zu, ours %zu, exact matches %zu: precision %.2f%% recall %.2f%%",
              d.sentences.size(), seg.sentences.size(), sentenceHits, 100.0 * sentenceHits / seg.sentences.size(),
              100.0 * sentenceHits / d.sentences.size());
        if (qEnvironmentVariableIsSet("LEDE_BENCH_VERBOSE")) {
            std::set<std::pair<int, int>> ours;
            for (const Token &t : seg.tokens)
                ours.insert({t.range.start, t.range.end});
            auto show = [&](const char *what, const std::set<std::pair<int, int>> &a, const std::set<std::pair<int, int>> &b) {
                int shown = 0;
                for (const auto &[s, e] : a) {
                    if (!b.count({s, e}) && shown++ < 60)
                        qInfo("%s: %s", what, qPrintable(QString::fromStdU16String(d.text.substr(size_t(s), size_t(e - s)))));
                }
            };
            show("missed gold", d.tokens, ours);
            show("extra ours", ours, d.tokens);
            std::set<std::pair<int, int>> ourSentences;
            for (const Sentence &s : seg.sentences)
                ourSentences.insert({s.range.start, s.range.end});
            show("missed sentence", d.sentences, ourSentences);
            show("extra sentence", ourSentences, d.sentences);
        }
        // A floor that catches regressions; the printed figure is the measurement.
        QVERIFY(tokenHits * 100 > d.tokens.size() * 95);
    }
};

QTEST_APPLESS_MAIN(BenchSegmenter)
#include "bench_segmenter.moc"
