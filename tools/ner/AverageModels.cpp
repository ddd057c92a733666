// lede-ner-average: one model whose weights are the mean of K models' (a seed ensemble at no cost at tag time;
// ModelAverage.h says why and how).
//
//   lede-ner-average --min-weight 600 --out OUT MODEL1 MODEL2 ...
//
// The inputs are the same recipe trained with different --seed and --min-weight 0 (unpruned); the mean is pruned
// with the trainer's rule (--min-weight, 0 keeps every feature with a non-zero weight). Models with another stage
// count, recipe (description less seed, epochs and dev score), gazetteer or cluster table are refused. An input
// that looks pruned (every feature has a quantised weight of 64 or more) is warned about: its missing features
// count as 0. Score the result with lede-ner-eval on the dev splits, never on the test splits.
#include "ModelAverage.h"

#include "ner/ModelFormat.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace lede::core::ner;

int main(int argc, char **argv)
{
    std::string out;
    int minWeight = -1;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--out" && i + 1 < argc)
            out = argv[++i];
        else if (a == "--min-weight" && i + 1 < argc)
            minWeight = std::atoi(argv[++i]);
        else if (a.starts_with("--")) {
            minWeight = -1;
            break;
        } else
            inputs.push_back(a);
    }
    if (out.empty() || minWeight < 0 || inputs.size() < 2) {
        std::fprintf(stderr, "usage: lede-ner-average --min-weight N --out OUT MODEL1 MODEL2 ...\n");
        return 2;
    }
    std::vector<ModelData> models;
    for (const std::string &path : inputs) {
        auto model = readModelFile(path);
        if (!model) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), model.error().detail.c_str());
            return 1;
        }
        const int smallest = lede::tools::smallestFeatureWeight(*model);
        std::printf("%s: %zu features, %s\n", path.c_str(), model->keys.size(), model->description.c_str());
        if (smallest >= 64)
            std::fprintf(stderr, "warning: %s looks pruned (every feature has a weight of %d or more)\n", path.c_str(),
                         smallest);
        models.push_back(std::move(*model));
    }
    ModelData mean;
    if (const std::string err = lede::tools::averageModels(models, minWeight, mean); !err.empty()) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return 1;
    }
    if (const std::string err = writeModelFile(mean, out); !err.empty()) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return 1;
    }
    std::printf("wrote %s: %zu features (--min-weight %d); %s\n", out.c_str(), mean.keys.size(), minWeight,
                mean.description.c_str());
    return 0;
}
