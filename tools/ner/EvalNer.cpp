// lede-ner-eval: scores a model file on CoNLL data, optionally with the headlines title-cased.
//
//   lede-ner-eval [--model resources/data/models/ner.model] [--title-case] [--errors] [--min-f1 F] FILE.conll
//   lede-ner-eval [--model M] --splits tools/ner/corpus-splits.tsv --corpora ../shared/corpora --set test
//                 [--corpus NAME]... [--min-f1 F] [--min NAME=F]...
//
// The second form scores one split of the committed corpus splits (CorpusSplits.h), a line per corpus and the
// micro-average over all; corpora that annotate MISC partly or not at all are scored without MISC. --min NAME=F
// fails the run when corpus NAME scores below F.
//
// --min-f1 makes the run fail (exit 1) when the overall F1 is below F: the quality gate in tests/quality.
// --errors prints every sentence with a wrong tag ("token gold predicted", mistakes marked) to
// stderr, for error analysis.
// The same figures as `lede-cli conll --model M < FILE | lede-conlleval`, without the CLI;
// --title-case first rewrites every all-caps headline in Title Case (HeadlineAugmenter.h), the
// variant that tells how the model copes with web-style headlines it was not trained on.
#include "CorpusSplits.h"
#include "HeadlineAugmenter.h"
#include "ScoreReport.h"

#include "common/Utf.h"
#include "ner/ChunkScorer.h"
#include "ner/ConllCorpus.h"
#include "ner/NerLabels.h"
#include "ner/NerTagger.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

using namespace lede::core;

namespace {
// Tags every document of `corpus` and scores it into `scorer`; documents whose `partialMisc` is set are scored
// without MISC; `also`, when given, gets the same sentences (a total over several corpora). With `errors`,
// sentences with a wrong tag go to stderr.
void scoreCorpus(const NerTagger &tagger, const ner::ConllCorpus &corpus, const std::vector<uint8_t> &partialMisc,
                 bool errors, ner::ChunkScorer &scorer, ner::ChunkScorer *also = nullptr)
{
    for (size_t d = 0; d < corpus.documents.size(); ++d) {
        const auto &doc = corpus.documents[d];
        const bool withoutMisc = d < partialMisc.size() && partialMisc[d];
        std::vector<std::vector<std::u16string>> sentences;
        for (const auto &s : doc.sentences) {
            auto &out = sentences.emplace_back();
            for (uint32_t line : s)
                out.push_back(utf8ToUtf16(corpus.lines[line].token));
        }
        const auto labels = tagger.tagTokens(sentences);
        for (size_t s = 0; s < doc.sentences.size() && s < labels.size(); ++s) {
            std::vector<std::string> predicted, goldTags;
            std::vector<std::string_view> gold, pred;
            for (size_t i = 0; i < doc.sentences[s].size(); ++i) {
                const auto &l = labels[s][i];
                // In the input's scheme: IOB1 writes B- only where a chunk follows one of its type.
                const bool adjacent = i > 0 && labels[s][i - 1].inside && labels[s][i - 1].type == l.type;
                const bool b = l.begin && (!corpus.iob1 || adjacent);
                const bool dropped = withoutMisc && l.type == EntityType::Other;
                predicted.push_back(!l.inside || dropped
                                        ? std::string("O")
                                        : std::string(b ? "B-" : "I-") + std::string(ner::conllTypeName(l.type)));
                const std::string &g = corpus.lines[doc.sentences[s][i]].gold;
                goldTags.push_back(withoutMisc && g.size() > 2 && g.compare(2, std::string::npos, "MISC") == 0 ? "O"
                                                                                                               : g);
            }
            for (size_t i = 0; i < doc.sentences[s].size(); ++i) {
                gold.push_back(goldTags[i]);
                pred.push_back(predicted[i]);
            }
            scorer.addSentence(gold, pred);
            if (also)
                also->addSentence(gold, pred);
            if (errors && gold != pred) {
                for (size_t i = 0; i < gold.size(); ++i)
                    std::fprintf(stderr, "%s %s %s%s\n", corpus.lines[doc.sentences[s][i]].token.c_str(),
                                 std::string(gold[i]).c_str(), predicted[i].c_str(), gold[i] != pred[i] ? "  <<<" : "");
                std::fprintf(stderr, "\n");
            }
        }
    }
}

int usage()
{
    std::fprintf(stderr,
                 "usage: lede-ner-eval [--model MODEL] [--title-case] [--errors] [--min-f1 F] FILE.conll\n"
                 "       lede-ner-eval [--model MODEL] --splits TSV --corpora DIR --set dev|test [--corpus NAME]...\n"
                 "                     [--errors] [--min-f1 F] [--min NAME=F]...\n");
    return 2;
}

// The split form: a line per corpus, then the micro-average.
int scoreSplits(const NerTagger &tagger, const std::string &splitsFile, const std::string &corpora,
                const std::string &set, const std::vector<std::string> &only, bool errors, double minF1,
                const std::map<std::string, double> &minimums)
{
    std::string err;
    const auto splits = lede::tools::CorpusSplits::read(splitsFile, err);
    if (!splits) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return 1;
    }
    const lede::tools::Split split = set == "train" ? lede::tools::Split::Train
        : set == "dev"                              ? lede::tools::Split::Dev
                                                    : lede::tools::Split::Test;
    std::vector<std::string> names;
    for (const auto &f : splits->files) {
        if ((only.empty() || std::find(only.begin(), only.end(), f.corpus) != only.end())
            && std::find(names.begin(), names.end(), f.corpus) == names.end())
            names.push_back(f.corpus);
    }
    ner::ChunkScorer all;
    bool failed = false;
    std::printf("%-10s %7s %6s %6s %6s  %s\n", "corpus", "tokens", "P", "R", "F1", "per type (F1)");
    for (const std::string &name : names) {
        lede::tools::SplitSelection sel;
        if (!lede::tools::selectSplit(*splits, corpora, split, {name}, sel, err)) {
            std::fprintf(stderr, "%s\n", err.c_str());
            return 1;
        }
        if (sel.corpus.documents.empty())
            continue;
        ner::ChunkScorer scorer;
        scoreCorpus(tagger, sel.corpus, sel.partialMisc, errors, scorer, &all);
        std::string types;
        for (const auto &[type, c] : scorer.byType()) {
            char buf[64];
            std::snprintf(buf, sizeof buf, " %s %.2f", type.c_str(), c.f1());
            types += buf;
        }
        const bool partial = !sel.partialMisc.empty() && sel.partialMisc.front();
        std::printf("%-10s %7zu %6.2f %6.2f %6.2f %s%s\n", name.c_str(), scorer.tokens(), scorer.overall().precision(),
                    scorer.overall().recall(), scorer.overall().f1(), types.c_str(),
                    partial ? "  (MISC not scored)" : "");
        if (const auto it = minimums.find(name); it != minimums.end() && scorer.overall().f1() < it->second) {
            std::printf("FAIL: %s F1 %.2f is below the gate %.2f\n", name.c_str(), scorer.overall().f1(), it->second);
            failed = true;
        }
    }
    std::printf("%-10s %7zu %6.2f %6.2f %6.2f\n", "all", all.tokens(), all.overall().precision(),
                all.overall().recall(), all.overall().f1());
    if (all.overall().f1() < minF1) {
        std::printf("FAIL: F1 %.2f is below the gate %.2f\n", all.overall().f1(), minF1);
        failed = true;
    }
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string model = "resources/data/models/ner.model", file;
    std::string splitsFile, corpora, set = "test";
    std::vector<std::string> only;
    std::map<std::string, double> minimums;
    bool titleCase = false, errors = false;
    double minF1 = -1;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--model" && i + 1 < argc)
            model = argv[++i];
        else if (a == "--title-case")
            titleCase = true;
        else if (a == "--errors")
            errors = true;
        else if (a == "--min-f1" && i + 1 < argc)
            minF1 = std::atof(argv[++i]);
        else if (a == "--splits" && i + 1 < argc)
            splitsFile = argv[++i];
        else if (a == "--corpora" && i + 1 < argc)
            corpora = argv[++i];
        else if (a == "--set" && i + 1 < argc)
            set = argv[++i];
        else if (a == "--corpus" && i + 1 < argc)
            only.emplace_back(argv[++i]);
        else if (a == "--min" && i + 1 < argc) {
            const std::string v = argv[++i];
            const size_t eq = v.find('=');
            if (eq == std::string::npos)
                return usage();
            minimums[v.substr(0, eq)] = std::atof(v.c_str() + eq + 1);
        } else if (file.empty() && a.rfind("--", 0) != 0)
            file = a;
        else
            return usage();
    }
    if (!splitsFile.empty()) {
        if (corpora.empty() || !file.empty() || titleCase || (set != "train" && set != "dev" && set != "test"))
            return usage();
        const auto tagger = NerTagger::load(model);
        if (!tagger) {
            std::fprintf(stderr, "%s\n", tagger.error().detail.c_str());
            return 1;
        }
        return scoreSplits(**tagger, splitsFile, corpora, set, only, errors, minF1, minimums);
    }
    auto corpus = ner::ConllCorpus::readFile(file);
    if (!corpus) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return 1;
    }
    const auto tagger = NerTagger::load(model);
    if (!tagger) {
        std::fprintf(stderr, "%s\n", tagger.error().detail.c_str());
        return 1;
    }
    if (titleCase)
        std::printf("title-cased %zu headlines\n", lede::tools::titleCaseHeadlines(*corpus));

    ner::ChunkScorer scorer;
    scoreCorpus(**tagger, *corpus, {}, errors, scorer);

    lede::tools::printReport(scorer, stdout);
    if (scorer.overall().f1() < minF1) {
        std::printf("FAIL: F1 %.2f is below the gate %.2f\n", scorer.overall().f1(), minF1);
        return 1;
    }
    return 0;
}
