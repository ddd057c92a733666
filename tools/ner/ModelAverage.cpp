#include "ModelAverage.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>

namespace lede::tools {

using core::ner::Gazetteer;
using core::ner::kLabelCount;
using core::ner::ModelData;

namespace {

std::vector<std::string> fields(const std::string &description)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= description.size()) {
        const size_t end = std::min(description.find("; ", start), description.size());
        out.push_back(description.substr(start, end - start));
        start = end + 2;
    }
    return out;
}

bool variesBySeed(const std::string &field)
{
    return field.starts_with("seed ") || field.starts_with("stage 1 epoch") || field.starts_with("dev ");
}

bool sameTable(const std::vector<Gazetteer::Entry> &a, const std::vector<Gazetteer::Entry> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Gazetteer::Entry &x, const Gazetteer::Entry &y) {
        return x.key == y.key && x.value == y.value;
    });
}

// Why `m` cannot be averaged with `first`, or "".
std::string mismatch(const ModelData &first, const ModelData &m)
{
    if (m.stages != first.stages)
        return "has " + std::to_string(m.stages) + " stages, the first model " + std::to_string(first.stages);
    if (m.weights.size() != m.keys.size() * m.stages * kLabelCount)
        return "has a weight table of the wrong size";
    if (recipeOf(m.description) != recipeOf(first.description))
        return "was trained by another recipe (\"" + recipeOf(m.description) + "\" against \""
            + recipeOf(first.description) + "\")";
    if (!sameTable(m.gazetteerPhrases, first.gazetteerPhrases) || !sameTable(m.gazetteerStarts, first.gazetteerStarts))
        return "carries another gazetteer";
    if (!sameTable(m.clusters, first.clusters))
        return "carries another word-cluster table";
    if (!sameTable(m.embeddingClusters, first.embeddingClusters))
        return "carries another embedding-cluster table";
    return {};
}

// The seed-specific fields of each input, for the averaged model's description.
std::string inputsSummary(const std::vector<ModelData> &models)
{
    std::string out;
    for (const ModelData &m : models) {
        std::string own;
        for (const std::string &f : fields(m.description))
            if (variesBySeed(f) && !f.starts_with("dev "))
                own += (own.empty() ? "" : ", ") + f;
        out += (out.empty() ? "" : "; ") + (own.empty() ? std::string("?") : own);
    }
    return out;
}

} // namespace

std::string recipeOf(const std::string &description)
{
    std::string out;
    for (std::string f : fields(description)) {
        if (variesBySeed(f))
            continue;
        // "train SET (N tokens)": N depends on the seed (which headlines are copied title-cased).
        if (const size_t open = f.rfind(" ("); f.starts_with("train ") && f.ends_with(" tokens)") && open != f.npos)
            f.resize(open);
        out += (out.empty() ? "" : "; ") + f;
    }
    return out;
}

std::string averageModels(const std::vector<ModelData> &models, int minWeight, ModelData &out)
{
    if (models.empty())
        return "no models to average";
    const ModelData &first = models.front();
    for (size_t k = 0; k < models.size(); ++k)
        if (const std::string why = mismatch(first, models[k]); !why.empty())
            return "model " + std::to_string(k + 1) + " " + why + "; refusing to average";

    const size_t stages = first.stages;
    const size_t row = stages * kLabelCount;
    std::vector<uint64_t> keys;
    for (const ModelData &m : models) {
        std::vector<uint64_t> merged;
        merged.reserve(keys.size() + m.keys.size());
        std::set_union(keys.begin(), keys.end(), m.keys.begin(), m.keys.end(), std::back_inserter(merged));
        keys.swap(merged);
    }

    const double k = static_cast<double>(models.size());
    std::vector<double> mean(keys.size() * row, 0.0);
    double trans[2][kLabelCount + 1][kLabelCount] = {};
    for (const ModelData &m : models) {
        size_t at = 0; // m.keys is a sorted subset of keys
        for (size_t i = 0; i < m.keys.size(); ++i) {
            at = static_cast<size_t>(std::lower_bound(keys.begin() + static_cast<ptrdiff_t>(at), keys.end(), m.keys[i])
                                     - keys.begin());
            for (size_t s = 0; s < stages; ++s)
                for (int y = 0; y < kLabelCount; ++y) {
                    const size_t j = s * kLabelCount + static_cast<size_t>(y);
                    mean[at * row + j] += static_cast<double>(m.weights[i * row + j]) * double{m.scale[s]} / k;
                }
        }
        for (size_t s = 0; s < stages; ++s)
            for (int a = 0; a <= kLabelCount; ++a)
                for (int b = 0; b < kLabelCount; ++b)
                    trans[s][a][b] += double{m.transitions[s].score[a][b]} / k;
    }

    out = ModelData{};
    out.stages = first.stages;
    double maxAbs[2] = {0, 0};
    for (size_t i = 0; i < keys.size(); ++i)
        for (size_t j = 0; j < row; ++j)
            maxAbs[j / kLabelCount] = std::max(maxAbs[j / kLabelCount], std::fabs(mean[i * row + j]));
    for (size_t s = 0; s < stages; ++s) {
        out.scale[s] = maxAbs[s] > 0 ? static_cast<float>(maxAbs[s] / 32767.0) : 1.0f;
        for (int a = 0; a <= kLabelCount; ++a)
            for (int b = 0; b < kLabelCount; ++b)
                out.transitions[s].score[a][b] = static_cast<float>(trans[s][a][b]);
    }
    std::vector<int16_t> q(row);
    for (size_t i = 0; i < keys.size(); ++i) {
        bool any = false;
        for (size_t j = 0; j < row; ++j) {
            const double v = mean[i * row + j] / double{out.scale[j / kLabelCount]};
            q[j] = static_cast<int16_t>(std::lround(std::clamp(v, -32767.0, 32767.0)));
            any = any || q[j] != 0;
        }
        if (!any)
            continue;
        out.keys.push_back(keys[i]);
        out.weights.insert(out.weights.end(), q.begin(), q.end());
    }
    if (minWeight > 0)
        core::ner::pruneFeatures(out, minWeight);

    out.description = recipeOf(first.description) + "; weight average of " + std::to_string(models.size()) + " models ("
        + inputsSummary(models) + ")";
    if (minWeight > 0)
        out.description += "; min weight " + std::to_string(minWeight);
    out.gazetteerPhrases = first.gazetteerPhrases;
    out.gazetteerStarts = first.gazetteerStarts;
    out.clusters = first.clusters;
    out.embeddingClusters = first.embeddingClusters;
    return {};
}

int smallestFeatureWeight(const ModelData &model)
{
    const size_t row = size_t{model.stages} * kLabelCount;
    if (model.keys.empty() || model.weights.size() != model.keys.size() * row)
        return 0;
    int smallest = 32767;
    for (size_t i = 0; i < model.keys.size(); ++i) {
        int largest = 0;
        for (size_t j = 0; j < row; ++j)
            largest = std::max(largest, std::abs(int{model.weights[i * row + j]}));
        smallest = std::min(smallest, largest);
    }
    return smallest;
}

} // namespace lede::tools
