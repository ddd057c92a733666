// lede-ner-prune: drops the features of a model whose weights are all close to zero, for a smaller file, a faster
// load and fewer cache misses while tagging.
//
//   lede-ner-prune --model IN --out OUT --min-weight N
//
// A feature is kept when the largest magnitude of its quantised weights (int16; 32767 is the stage's largest
// weight), in either stage and for any label, is at least N. The trainer applies the same rule (--min-weight);
// this tool lets a threshold be tried on a trained model without training again. Score the result with
// lede-ner-eval on a dev split, never on a test split.
#include "ner/ModelFormat.h"

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace lede::core::ner;

int main(int argc, char **argv)
{
    std::string in, out;
    int minWeight = -1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--model")
            in = argv[i + 1];
        else if (a == "--out")
            out = argv[i + 1];
        else if (a == "--min-weight")
            minWeight = std::atoi(argv[i + 1]);
    }
    if (in.empty() || out.empty() || minWeight < 0 || argc % 2 == 0) {
        std::fprintf(stderr, "usage: lede-ner-prune --model IN --out OUT --min-weight N\n");
        return 2;
    }
    auto model = readModelFile(in);
    if (!model) {
        std::fprintf(stderr, "%s\n", model.error().detail.c_str());
        return 1;
    }
    const size_t before = model->keys.size();
    pruneFeatures(*model, minWeight);
    if (const std::string err = writeModelFile(*model, out); !err.empty()) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return 1;
    }
    std::printf("kept %zu of %zu features\n", model->keys.size(), before);
    return 0;
}
