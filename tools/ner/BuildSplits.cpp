// lede-ner-splits: decides, once, which documents of each NER corpus train, select (dev) and report (test), and
// writes the committed splits file (CorpusSplits.h).
//
//   lede-ner-splits --corpora ../shared/corpora --out tools/ner/corpus-splits.tsv
//
// Files that come with their own train/dev/test keep them (UNER EWT, WNUT-17, the SEC filings, whose one dev
// document is the last training filing). CoNLL-2003: eng.train trains and eng.testa is dev (its test set is not
// ours to see). The others are split by document with a hash of the file name and the document's index: 80 % train,
// 10 % dev, 10 % test (UNER PUD, news and Wikipedia sentences: 60/20/20, so its dev and test are not tiny).
// Deterministic: the same files give the same lists.
#include "CorpusSplits.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace lede::tools;

namespace {

struct Rule
{
    const char *corpus;
    const char *file;
    bool partialMisc;
    enum Kind { AllTrain, AllDev, AllTest, Hashed, HashedWide, LastDev } kind;
};

// MISC: BTC annotates none; UNER keeps only the draft's OTH spans; WNUT-17 only creative works and products; the
// SEC filings a handful. CoNLL and CrossNER annotate it in full.
constexpr Rule kRules[] = {
    {"conll2003", "conll2003/eng.train", false, Rule::AllTrain},
    {"conll2003", "conll2003/eng.testa", false, Rule::AllDev},
    {"uner-ewt", "uner-en/uner-en-ewt-train.iob2", true, Rule::AllTrain},
    {"uner-ewt", "uner-en/uner-en-ewt-dev.iob2", true, Rule::AllDev},
    {"uner-ewt", "uner-en/uner-en-ewt-test.iob2", true, Rule::AllTest},
    {"uner-pud", "uner-en/uner-en-pud.iob2", true, Rule::HashedWide},
    {"crossner", "crossner/crossner-ai.iob2", false, Rule::Hashed},
    {"crossner", "crossner/crossner-literature.iob2", false, Rule::Hashed},
    {"crossner", "crossner/crossner-music.iob2", false, Rule::Hashed},
    {"crossner", "crossner/crossner-politics.iob2", false, Rule::Hashed},
    {"crossner", "crossner/crossner-science.iob2", false, Rule::Hashed},
    {"btc", "btc/btc-a.iob2", true, Rule::Hashed},
    {"btc", "btc/btc-b.iob2", true, Rule::Hashed},
    {"btc", "btc/btc-e.iob2", true, Rule::Hashed},
    {"btc", "btc/btc-f.iob2", true, Rule::Hashed},
    {"btc", "btc/btc-g.iob2", true, Rule::Hashed},
    {"btc", "btc/btc-h.iob2", true, Rule::Hashed},
    {"wnut17", "wnut17/wnut17-train.iob2", true, Rule::AllTrain},
    {"wnut17", "wnut17/wnut17-dev.iob2", true, Rule::AllDev},
    {"wnut17", "wnut17/wnut17-test.iob2", true, Rule::AllTest},
    {"sec", "sec-filings/sec-train-FIN5.names-only.iob2", true, Rule::LastDev},
    {"sec", "sec-filings/sec-test-FIN3.names-only.iob2", true, Rule::AllTest},
};

uint64_t mix(uint64_t x)
{
    // splitmix64's finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

uint64_t fnv1a(const std::string &s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s)
        h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

} // namespace

int main(int argc, char **argv)
{
    std::string corpora, out;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--corpora")
            corpora = argv[i + 1];
        else if (a == "--out")
            out = argv[i + 1];
    }
    if (corpora.empty() || out.empty() || argc % 2 == 0) {
        std::fprintf(stderr, "usage: lede-ner-splits --corpora DIR --out FILE\n");
        return 2;
    }
    CorpusSplits splits;
    for (const Rule &r : kRules) {
        const auto corpus = lede::core::ner::ConllCorpus::readFile(std::filesystem::path(corpora) / r.file);
        if (!corpus) {
            std::fprintf(stderr, "cannot read %s/%s\n", corpora.c_str(), r.file);
            return 1;
        }
        CorpusFile f{r.corpus, r.file, r.partialMisc, {}};
        const auto n = static_cast<uint32_t>(corpus->documents.size());
        const uint64_t fileHash = fnv1a(r.file);
        for (uint32_t d = 0; d < n; ++d) {
            Split s = Split::Train;
            const uint64_t bucket = mix(fileHash + d) % 10;
            switch (r.kind) {
            case Rule::AllTrain: break;
            case Rule::AllDev: s = Split::Dev; break;
            case Rule::AllTest: s = Split::Test; break;
            case Rule::Hashed: s = bucket == 0 ? Split::Test : bucket == 1 ? Split::Dev : Split::Train; break;
            case Rule::HashedWide: s = bucket < 2 ? Split::Test : bucket < 4 ? Split::Dev : Split::Train; break;
            case Rule::LastDev: s = d + 1 == n ? Split::Dev : Split::Train; break;
            }
            f.splitOf.push_back(s);
        }
        size_t counts[3] = {};
        for (Split s : f.splitOf)
            ++counts[static_cast<int>(s)];
        std::printf("%-10s %-45s %5u documents: train %zu, dev %zu, test %zu\n", r.corpus, r.file, n, counts[0],
                    counts[1], counts[2]);
        splits.files.push_back(std::move(f));
    }
    std::FILE *file = std::fopen(out.c_str(), "wb");
    const std::string text = splits.serialize();
    if (!file || std::fwrite(text.data(), 1, text.size(), file) != text.size() || std::fclose(file) != 0) {
        std::fprintf(stderr, "cannot write %s\n", out.c_str());
        return 1;
    }
    std::printf("wrote %s\n", out.c_str());
    return 0;
}
