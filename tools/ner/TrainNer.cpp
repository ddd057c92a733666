// lede-train-ner: trains the two-stage NER model from CoNLL-format data.
//
//   lede-train-ner --splits tools/ner/corpus-splits.tsv --corpora ../shared/corpora [--corpus NAME]...
//                  [--repeat conll2003=3]... [--min-weight 600]
//                  --out resources/data/models/ner.model (the shipped recipe: every corpus's train split; the
//                  dev splits choose the epochs; see CorpusSplits.h), or with two files:
//   lede-train-ner --train ../shared/corpora/conll2003/eng.train --dev ../shared/corpora/conll2003/eng.testa
//                  --out resources/data/models/ner.model [--seed 1] [--epochs 30] [--patience 5] [--folds 5]
//                  [--gazetteers resources/data/gazetteers] [--iso-codes /usr/share/iso-codes/json]
//                  [--title-case-copies 0.5] [--clusters resources/data/gazetteers/word-clusters.tsv]
//                  [--embedding-clusters resources/data/gazetteers/embedding-clusters.tsv]
//                  [--word-dropout 0.25] [--word-dropout-tokens capitalised|all] [--word-dropout-affixes 0|1]
//
// Stage 1 (local features) is trained on the whole training set, scored on the dev set after
// every epoch, and its best epoch kept. Stage-2 features need stage-1 labels that look like
// test-time ones, so the training set is jackknifed: each of `folds` parts is labelled by a
// stage-1 model trained for the same number of epochs on the other parts. Stage 2 is then
// trained like stage 1. Deterministic for a given seed (single thread, seeded shuffles).
// Half the CoNLL training documents are added again with their all-caps headlines title-cased (see
// HeadlineAugmenter.h); the dev set is scored as it is. Documents of corpora that annotate MISC partly or not at
// all train with MISC as unknown where the gold says O (Perceptron::latentGold) and are scored without MISC.
// --word-dropout P hides, in every training epoch of both stages and of the jackknife folds, the features naming a
// capitalised token's own word (FeatureExtractor::wordFeatures) from each occurrence with probability P
// (Perceptron::setWordDropout), so the weights learn what also tells names no training sentence contains; with
// --word-dropout-tokens all, every token with letters may drop; with --word-dropout-affixes 1, its prefixes and
// suffixes of 3 and 4 code points drop with it. 0 (the default) trains exactly as without it.
#include "CorpusSplits.h"
#include "HeadlineAugmenter.h"
#include "Perceptron.h"
#include "ScoreReport.h"
#include "TrainingSet.h"

#include "ner/ChunkScorer.h"
#include "ner/ConllCorpus.h"
#include "ner/Gazetteer.h"
#include "ner/ModelFormat.h"
#include "ner/NerModel.h"
#include "ner/WordClusters.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <numeric>
#include <string>

using namespace lede;
using namespace lede::core::ner;
using lede::tools::CompiledDocument;
using lede::tools::FeatureDictionary;
using lede::tools::Perceptron;
using lede::tools::TrainingSet;

namespace {

struct Options
{
    std::string train, dev, out;
    std::string splits, corpora;          // the committed splits file and the corpora directory (instead of train/dev)
    std::vector<std::string> corpusNames; // --corpus: which of the splits' corpora to use (all when empty)
    std::map<std::string, int> repeats;   // --repeat NAME=N: a corpus's training documents N times an epoch
    int minWeight = 0;                    // --min-weight: prune features below this quantised weight (ModelFormat.h)
    std::string gazetteers = "resources/data/gazetteers";
    std::string isoCodes = Gazetteer::defaultIsoCodesDir().string();
    std::string clusters = "resources/data/gazetteers/word-clusters.tsv"; // "" = no cluster features
    std::string embeddings = "resources/data/gazetteers/embedding-clusters.tsv"; // "" = none
    uint64_t seed = 1;
    int epochs = 30, patience = 5, folds = 5;
    double titleCaseCopies = 0.5; // share of training documents added again with title-cased headlines
    double wordDropout = 0;       // --word-dropout: chance a token occurrence loses its word features in an epoch
    bool dropoutAllTokens = false; // --word-dropout-tokens all: any token with letters, not only capitalised ones
    bool dropoutAffixes = false;   // --word-dropout-affixes 1: the 3- and 4-character affixes drop too
};

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Every document once, or `repeat[i]` times when given (a corpus weighted up within each epoch).
std::vector<CompiledDocument *> pointers(TrainingSet &set, const std::vector<int> &repeat = {})
{
    std::vector<CompiledDocument *> out;
    for (size_t i = 0; i < set.documents.size(); ++i) {
        for (int k = 0; k < (i < repeat.size() ? repeat[i] : 1); ++k)
            out.push_back(&set.documents[i]);
    }
    return out;
}

ChunkScorer score(Perceptron &p, TrainingSet &set, bool keepAsStage1)
{
    ChunkScorer scorer;
    std::vector<uint8_t> labels;
    for (auto &doc : set.documents) {
        p.decode(doc, labels);
        tools::addDocument(scorer, doc.tokens, doc.gold, labels, doc.partialMisc);
        if (keepAsStage1)
            doc.stage1 = labels;
    }
    return scorer;
}

struct Best
{
    int epoch = 0;
    double f1 = -1;
    std::vector<float> weights;
    Transitions transitions;
    std::string report;
};

Best trainStage(int stage, TrainingSet &train, TrainingSet &dev, const Options &o, const std::vector<int> &repeat,
                Perceptron &p)
{
    std::mt19937_64 rng(o.seed * 1000003 + static_cast<uint64_t>(stage));
    p.setWordDropout(o.wordDropout, o.seed * 1000003 + static_cast<uint64_t>(stage));
    auto docs = pointers(train, repeat);
    Best best;
    for (int epoch = 1; epoch <= o.epochs; ++epoch) {
        const auto t0 = std::chrono::steady_clock::now();
        p.trainEpoch(docs, rng);
        p.average();
        const ChunkScorer s = score(p, dev, false);
        const double f1 = s.overall().f1();
        std::printf("stage %d epoch %2d: dev %s  [%.1f s]\n", stage, epoch, tools::shortReport(s).c_str(), seconds(t0));
        std::fflush(stdout);
        if (f1 > best.f1) {
            best = Best{epoch, f1, p.averagedWeights(), p.averagedTransitions(), tools::shortReport(s)};
        } else if (epoch - best.epoch >= o.patience) {
            break;
        }
    }
    p.setAveraged(best.weights, best.transitions);
    return best;
}

// Quantises one stage's weights to int16 with a single scale.
float scaleFor(const std::vector<float> &w)
{
    float maxAbs = 0;
    for (float v : w)
        maxAbs = std::max(maxAbs, std::fabs(v));
    return maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;
}

// The training and dev documents of the committed splits (--splits, --corpora, --corpus): CoNLL-2003's train
// split first, with title-cased copies of its headlines, then every other corpus's; `trainRepeat` says how often
// each training document comes per epoch (--repeat). False with `error` set when the splits cannot be read.
bool readSplits(const Options &o, ConllCorpus &trainCorpus, std::vector<uint8_t> &trainPartial,
                std::vector<int> &trainRepeat, ConllCorpus &devCorpus, std::vector<uint8_t> &devPartial,
                std::string &error)
{
    const auto splits = tools::CorpusSplits::read(o.splits, error);
    if (!splits)
        return false;
    const auto wanted = [&](const std::string &corpus) {
        return o.corpusNames.empty()
            || std::find(o.corpusNames.begin(), o.corpusNames.end(), corpus) != o.corpusNames.end();
    };
    std::vector<std::string> otherNames;
    for (const auto &f : splits->files) {
        if (f.corpus != "conll2003" && wanted(f.corpus)
            && std::find(otherNames.begin(), otherNames.end(), f.corpus) == otherNames.end())
            otherNames.push_back(f.corpus);
    }
    tools::SplitSelection conll, others, dev;
    if ((wanted("conll2003")
         && !tools::selectSplit(*splits, o.corpora, tools::Split::Train, {"conll2003"}, conll, error))
        || (!otherNames.empty()
            && !tools::selectSplit(*splits, o.corpora, tools::Split::Train, otherNames, others, error))
        || !tools::selectSplit(*splits, o.corpora, tools::Split::Dev, o.corpusNames, dev, error))
        return false;

    trainCorpus = std::move(conll.corpus);
    trainPartial = std::move(conll.partialMisc);
    const size_t copies = tools::addTitleCaseCopies(trainCorpus, o.seed, o.titleCaseCopies);
    trainPartial.resize(trainCorpus.documents.size(), 0);
    std::printf("added %zu training documents with title-cased headlines\n", copies);
    std::vector<uint32_t> all(others.corpus.documents.size());
    std::iota(all.begin(), all.end(), 0u);
    tools::appendDocuments(trainCorpus, others.corpus, all);
    trainPartial.insert(trainPartial.end(), others.partialMisc.begin(), others.partialMisc.end());
    const auto repeatOf = [&](const std::string &corpus) {
        const auto it = o.repeats.find(corpus);
        return it == o.repeats.end() ? 1 : it->second;
    };
    trainRepeat.assign(trainCorpus.documents.size() - others.corpus.documents.size(), repeatOf("conll2003"));
    for (const std::string &c : others.corpusOf)
        trainRepeat.push_back(repeatOf(c));
    devCorpus = std::move(dev.corpus);
    devPartial = std::move(dev.partialMisc);
    return true;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: lede-train-ner (--train FILE --dev FILE | --splits TSV --corpora DIR [--corpus NAME]...)\n"
                 "                      --out MODEL [--seed N] [--epochs N] [--patience N]\n"
                 "                      [--folds N] [--gazetteers DIR] [--iso-codes DIR]\n"
                 "                      [--title-case-copies FRACTION] [--clusters TSV] [--embedding-clusters TSV]\n"
                 "                      [--repeat CORPUS=N]... [--min-weight N]\n"
                 "                      [--word-dropout P] [--word-dropout-tokens capitalised|all]\n"
                 "                      [--word-dropout-affixes 0|1]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            return usage();
        const char *v = argv[++i];
        if (a == "--train") o.train = v;
        else if (a == "--splits")
            o.splits = v;
        else if (a == "--corpora")
            o.corpora = v;
        else if (a == "--corpus")
            o.corpusNames.emplace_back(v);
        else if (a == "--repeat") {
            const std::string r = v;
            const size_t eq = r.find('=');
            if (eq == std::string::npos)
                return usage();
            o.repeats[r.substr(0, eq)] = std::clamp(std::atoi(r.c_str() + eq + 1), 1, 10);
        } else if (a == "--dev")
            o.dev = v;
        else if (a == "--out") o.out = v;
        else if (a == "--seed") o.seed = std::strtoull(v, nullptr, 10);
        else if (a == "--epochs") o.epochs = std::max(1, std::atoi(v));
        else if (a == "--patience") o.patience = std::max(1, std::atoi(v));
        else if (a == "--folds") o.folds = std::max(2, std::atoi(v));
        else if (a == "--gazetteers") o.gazetteers = v;
        else if (a == "--iso-codes") o.isoCodes = v;
        else if (a == "--clusters") o.clusters = v;
        else if (a == "--embedding-clusters")
            o.embeddings = v;
        else if (a == "--min-weight")
            o.minWeight = std::clamp(std::atoi(v), 0, 32767);
        else if (a == "--title-case-copies") o.titleCaseCopies = std::clamp(std::atof(v), 0.0, 1.0);
        else if (a == "--word-dropout")
            o.wordDropout = std::clamp(std::atof(v), 0.0, 1.0);
        else if (a == "--word-dropout-tokens") {
            if (std::strcmp(v, "all") != 0 && std::strcmp(v, "capitalised") != 0)
                return usage();
            o.dropoutAllTokens = std::strcmp(v, "all") == 0;
        } else if (a == "--word-dropout-affixes")
            o.dropoutAffixes = std::atoi(v) != 0;
        else
            return usage();
    }
    const bool useSplits = !o.splits.empty() && !o.corpora.empty();
    if ((!useSplits && (o.train.empty() || o.dev.empty())) || o.out.empty())
        return usage();
    const auto start = std::chrono::steady_clock::now();

    auto gazetteer = std::make_unique<Gazetteer>();
    const auto sources = gazetteer->load(o.gazetteers, o.isoCodes);
    std::printf("gazetteer: %zu phrases from", gazetteer->phraseCount());
    for (const auto &s : sources)
        std::printf(" %s", s.c_str());
    std::printf("\n");
    WordClusters clusters;
    if (!o.clusters.empty()) {
        const long words = clusters.loadTsv(o.clusters);
        if (words < 0) {
            std::fprintf(stderr, "cannot read %s\n", o.clusters.c_str());
            return 1;
        }
        std::printf("word clusters: %ld words from %s\n", words, o.clusters.c_str());
    }
    WordClusters embeddings;
    if (!o.embeddings.empty()) {
        const long words = embeddings.loadTsv(o.embeddings);
        if (words < 0) {
            std::fprintf(stderr, "cannot read %s\n", o.embeddings.c_str());
            return 1;
        }
        std::printf("embedding clusters: %ld words from %s\n", words, o.embeddings.c_str());
    }
    const FeatureExtractor extractor(gazetteer.get(), &clusters, &embeddings);

    // Training and dev documents: two files, or the committed splits of several corpora. CoNLL's all-caps
    // headlines get title-cased copies; the other corpora have no such headlines.
    ConllCorpus trainCorpus, devCorpus;
    std::vector<uint8_t> trainPartial, devPartial;
    std::vector<int> trainRepeat; // per training document
    if (useSplits) {
        std::string err;
        if (!readSplits(o, trainCorpus, trainPartial, trainRepeat, devCorpus, devPartial, err)) {
            std::fprintf(stderr, "%s\n", err.c_str());
            return 1;
        }
    } else {
        auto t = ConllCorpus::readFile(o.train);
        auto d = ConllCorpus::readFile(o.dev);
        if (!t || !d) {
            std::fprintf(stderr, "cannot read %s\n", !t ? o.train.c_str() : o.dev.c_str());
            return 1;
        }
        trainCorpus = std::move(*t);
        devCorpus = std::move(*d);
        const size_t copies = tools::addTitleCaseCopies(trainCorpus, o.seed, o.titleCaseCopies);
        std::printf("added %zu training documents with title-cased headlines\n", copies);
    }
    trainPartial.resize(trainCorpus.documents.size(), 0);
    devPartial.resize(devCorpus.documents.size(), 0);
    FeatureDictionary dict;
    TrainingSet train(trainCorpus, extractor, dict, true);
    TrainingSet dev(devCorpus, extractor, dict, false);
    for (size_t i = 0; i < train.documents.size(); ++i)
        train.documents[i].partialMisc = trainPartial[i] != 0;
    for (size_t i = 0; i < dev.documents.size(); ++i)
        dev.documents[i].partialMisc = devPartial[i] != 0;
    if (o.wordDropout > 0) {
        train.compileWordFeatures(extractor, dict, o.dropoutAllTokens, o.dropoutAffixes);
        std::printf("word dropout %.2f (%s tokens%s)\n", o.wordDropout, o.dropoutAllTokens ? "all" : "capitalised",
                    o.dropoutAffixes ? ", with affixes" : "");
    }
    std::printf("train: %zu documents, %zu tokens; dev: %zu documents, %zu tokens; %zu stage-1 features [%.1f s]\n",
                train.documents.size(), train.tokenCount, dev.documents.size(), dev.tokenCount, dict.size(),
                seconds(start));

    // Stage 1 on everything.
    Perceptron p1(dict.size(), 1);
    const Best best1 = trainStage(1, train, dev, o, trainRepeat, p1);
    std::printf("stage 1: best epoch %d, dev %s\n", best1.epoch, best1.report.c_str());
    score(p1, dev, true); // dev's stage-1 labels, from the model that will ship

    // Jackknifed stage-1 labels for the training set.
    std::vector<uint32_t> order(train.documents.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 foldRng(o.seed * 7919 + 17);
    std::shuffle(order.begin(), order.end(), foldRng);
    for (int k = 0; k < o.folds; ++k) {
        std::vector<CompiledDocument *> in, held;
        for (size_t j = 0; j < order.size(); ++j)
            (static_cast<int>(j % o.folds) == k ? held : in).push_back(&train.documents[order[j]]);
        Perceptron pk(dict.size(), 1);
        std::mt19937_64 rng(o.seed * 1000003 + 101 + static_cast<uint64_t>(k));
        pk.setWordDropout(o.wordDropout, o.seed * 1000003 + 101 + static_cast<uint64_t>(k));
        for (int e = 0; e < best1.epoch; ++e)
            pk.trainEpoch(in, rng);
        pk.average();
        for (CompiledDocument *d : held)
            pk.decode(*d, d->stage1);
        std::printf("jackknife fold %d/%d done [%.1f s]\n", k + 1, o.folds, seconds(start));
        std::fflush(stdout);
    }

    train.compileGlobal(extractor, dict, true);
    dev.compileGlobal(extractor, dict, false);
    std::printf("%zu features with stage 2\n", dict.size());
    Perceptron p2(dict.size(), 2);
    const Best best2 = trainStage(2, train, dev, o, trainRepeat, p2);
    std::printf("stage 2: best epoch %d, dev %s\n", best2.epoch, best2.report.c_str());

    // Assemble the model: features with a non-zero quantised weight in either stage.
    ModelData model;
    model.stages = 2;
    model.transitions[0] = best1.transitions;
    model.transitions[1] = best2.transitions;
    model.scale[0] = scaleFor(best1.weights);
    model.scale[1] = scaleFor(best2.weights);
    std::vector<std::pair<uint64_t, uint32_t>> rows;
    auto quantise = [&](const std::vector<float> &w, size_t id, int y, float scale) -> int16_t {
        const size_t i = id * kLabelCount + static_cast<size_t>(y);
        if (i >= w.size())
            return 0;
        return static_cast<int16_t>(std::lround(std::clamp(w[i] / scale, -32767.0f, 32767.0f)));
    };
    for (uint32_t id = 0; id < dict.size(); ++id) {
        bool any = false;
        for (int y = 0; y < kLabelCount && !any; ++y)
            any = quantise(best1.weights, id, y, model.scale[0]) != 0 || quantise(best2.weights, id, y, model.scale[1]) != 0;
        if (any)
            rows.emplace_back(dict.key(id), id);
    }
    std::sort(rows.begin(), rows.end());
    for (const auto &[key, id] : rows) {
        model.keys.push_back(key);
        for (int y = 0; y < kLabelCount; ++y)
            model.weights.push_back(quantise(best1.weights, id, y, model.scale[0]));
        for (int y = 0; y < kLabelCount; ++y)
            model.weights.push_back(quantise(best2.weights, id, y, model.scale[1]));
    }

    char description[512];
    std::snprintf(description, sizeof description,
                  "averaged perceptron, 2 stages, IOB2; train %s (%zu tokens); seed %llu; stage 1 epoch %d, stage 2 "
                  "epoch %d; dev %s",
                  useSplits ? (o.splits + " train splits").c_str() : o.train.c_str(), train.tokenCount,
                  static_cast<unsigned long long>(o.seed), best1.epoch, best2.epoch, best2.report.c_str());
    model.description = description;
    if (o.wordDropout > 0) {
        std::snprintf(description, sizeof description, "; word dropout %.2f (%s tokens%s)", o.wordDropout,
                      o.dropoutAllTokens ? "all" : "capitalised", o.dropoutAffixes ? ", with affixes" : "");
        model.description += description;
    }
    model.gazetteerPhrases = gazetteer->phraseEntries();
    model.gazetteerStarts = gazetteer->startEntries();
    model.clusters = clusters.entries();
    model.embeddingClusters = embeddings.entries();
    if (o.minWeight > 0) {
        const size_t before = model.keys.size();
        pruneFeatures(model, o.minWeight);
        std::printf("pruned to %zu of %zu features (--min-weight %d)\n", model.keys.size(), before, o.minWeight);
    }

    // Check the shipped form: the quantised model through the runtime tagger.
    const core::NerModel runtime(model);
    ChunkScorer check;
    std::vector<uint8_t> labels;
    for (const auto &doc : dev.documents) {
        runtime.tagDocument(doc.tokens, labels);
        tools::addDocument(check, doc.tokens, doc.gold, labels, doc.partialMisc);
    }
    std::printf("shipped model: %zu features, dev %s\n", model.keys.size(), tools::shortReport(check).c_str());
    tools::printReport(check, stdout);

    if (const std::string err = writeModelFile(model, o.out); !err.empty()) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return 1;
    }
    std::printf("wrote %s [%.1f s total]\n", o.out.c_str(), seconds(start));
    return 0;
}
