// lede-ner-eval: scores a model file on CoNLL data, optionally with the headlines title-cased.
//
//   lede-ner-eval [--model resources/data/models/ner.model] [--title-case] [--errors] [--min-f1 F] FILE.conll
//
// --min-f1 makes the run fail (exit 1) when the overall F1 is below F: the quality gate in tests/quality.
// --errors prints every sentence with a wrong tag ("token gold predicted", mistakes marked) to
// stderr, for error analysis.
// The same figures as `lede-cli conll --model M < FILE | lede-conlleval`, without the CLI;
// --title-case first rewrites every all-caps headline in Title Case (HeadlineAugmenter.h), the
// variant that tells how the model copes with web-style headlines it was not trained on.
#include "HeadlineAugmenter.h"
#include "ScoreReport.h"

#include "common/Utf.h"
#include "ner/ChunkScorer.h"
#include "ner/ConllCorpus.h"
#include "ner/NerTagger.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace lede::core;

namespace {
const char *conllType(EntityType t)
{
    switch (t) {
    case EntityType::Person: return "PER";
    case EntityType::Place: return "LOC";
    case EntityType::Organization: return "ORG";
    case EntityType::Other: break;
    }
    return "MISC";
}
} // namespace

int main(int argc, char **argv)
{
    std::string model = "resources/data/models/ner.model", file;
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
        else if (file.empty() && a.rfind("--", 0) != 0)
            file = a;
        else {
            std::fprintf(stderr,
                         "usage: lede-ner-eval [--model MODEL] [--title-case] [--errors] [--min-f1 F] FILE.conll\n");
            return 2;
        }
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
    for (const auto &doc : corpus->documents) {
        std::vector<std::vector<std::u16string>> sentences;
        for (const auto &s : doc.sentences) {
            auto &out = sentences.emplace_back();
            for (uint32_t line : s)
                out.push_back(utf8ToUtf16(corpus->lines[line].token));
        }
        const auto labels = (*tagger)->tagTokens(sentences);
        for (size_t s = 0; s < doc.sentences.size() && s < labels.size(); ++s) {
            std::vector<std::string> predicted;
            std::vector<std::string_view> gold, pred;
            for (size_t i = 0; i < doc.sentences[s].size(); ++i) {
                const auto &l = labels[s][i];
                // In the input's scheme: IOB1 writes B- only where a chunk follows one of its type.
                const bool adjacent = i > 0 && labels[s][i - 1].inside && labels[s][i - 1].type == l.type;
                const bool b = l.begin && (!corpus->iob1 || adjacent);
                predicted.push_back(!l.inside ? std::string("O") : std::string(b ? "B-" : "I-") + conllType(l.type));
            }
            for (size_t i = 0; i < doc.sentences[s].size(); ++i) {
                gold.push_back(corpus->lines[doc.sentences[s][i]].gold);
                pred.push_back(predicted[i]);
            }
            scorer.addSentence(gold, pred);
            if (errors && gold != pred) {
                for (size_t i = 0; i < gold.size(); ++i)
                    std::fprintf(stderr, "%s %s %s%s\n", corpus->lines[doc.sentences[s][i]].token.c_str(),
                                 std::string(gold[i]).c_str(), predicted[i].c_str(), gold[i] != pred[i] ? "  <<<" : "");
                std::fprintf(stderr, "\n");
            }
        }
    }
    lede::tools::printReport(scorer, stdout);
    if (scorer.overall().f1() < minF1) {
        std::printf("FAIL: F1 %.2f is below the gate %.2f\n", scorer.overall().f1(), minF1);
        return 1;
    }
    return 0;
}
