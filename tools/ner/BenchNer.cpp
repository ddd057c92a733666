// lede-bench-ner: tagger speed and model load time, for comparing across commits.
//
//   lede-bench-ner [--model resources/data/models/ner.model] [--runs 7] FILE.conll
//
// Tags every document of FILE with NerTagger::tagTokens on one thread and prints the median
// tokens per second over the runs, and the median time of NerTagger::load.
#include "common/Utf.h"
#include "ner/ConllCorpus.h"
#include "ner/NerTagger.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace lede::core;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    std::string model = "resources/data/models/ner.model", file;
    int runs = 7;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--model" && i + 1 < argc)
            model = argv[++i];
        else if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (file.empty() && a.rfind("--", 0) != 0)
            file = a;
        else {
            std::fprintf(stderr, "usage: lede-bench-ner [--model PATH] [--runs N] FILE\n");
            return 2;
        }
    }
    const auto corpus = ner::ConllCorpus::readFile(file);
    if (file.empty() || !corpus) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return 1;
    }
    std::vector<std::vector<std::vector<std::u16string>>> documents;
    for (const auto &d : corpus->documents) {
        auto &doc = documents.emplace_back();
        for (const auto &s : d.sentences) {
            auto &sentence = doc.emplace_back();
            for (uint32_t line : s)
                sentence.push_back(utf8ToUtf16(corpus->lines[line].token));
        }
    }

    std::vector<double> loadMs;
    std::shared_ptr<const NerTagger> tagger;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        auto loaded = NerTagger::load(model);
        loadMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (!loaded) {
            std::fprintf(stderr, "%s\n", loaded.error().detail.c_str());
            return 1;
        }
        tagger = loaded.value();
    }

    std::vector<double> rates;
    size_t entities = 0;
    for (int r = 0; r < runs; ++r) {
        entities = 0;
        const auto t0 = std::chrono::steady_clock::now();
        for (const auto &doc : documents) {
            for (const auto &sentence : tagger->tagTokens(doc)) {
                for (const auto &l : sentence)
                    entities += l.begin ? 1 : 0;
            }
        }
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        rates.push_back(static_cast<double>(corpus->tokenCount()) / s);
    }
    std::printf("tokens: %zu, entities found: %zu\n", corpus->tokenCount(), entities);
    std::printf("tagging: median %.0f tokens/s over %d runs (min %.0f, max %.0f)\n", median(rates), runs,
                *std::min_element(rates.begin(), rates.end()), *std::max_element(rates.begin(), rates.end()));
    std::printf("model load: median %.1f ms\n", median(loadMs));
    return 0;
}
