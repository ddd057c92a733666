// lede-cli conll: CoNLL in, CoNLL with predictions out (see ConllCommand.h).
#include "ConllCommand.h"

#include "common/Utf.h"
#include "ner/ConllCorpus.h"
#include "ner/NerLabels.h"
#include "ner/NerTagger.h"

#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace lede::cli {

void writeConll(std::istream &in, std::ostream &out, const core::NerTagger &tagger)
{
    using namespace core::ner;
    const ConllCorpus corpus = ConllCorpus::parse(in);
    std::vector<uint8_t> predicted(corpus.lines.size(), kOutside);

    for (const auto &doc : corpus.documents) {
        std::vector<std::vector<std::u16string>> sentences;
        sentences.reserve(doc.sentences.size());
        for (const auto &s : doc.sentences) {
            auto &tokens = sentences.emplace_back();
            tokens.reserve(s.size());
            for (uint32_t line : s)
                tokens.push_back(core::utf8ToUtf16(corpus.lines[line].token));
        }
        const auto labels = tagger.tagTokens(sentences);
        for (size_t s = 0; s < doc.sentences.size(); ++s) {
            for (size_t t = 0; t < doc.sentences[s].size(); ++t) {
                const auto &l = labels[s][t];
                predicted[doc.sentences[s][t]] = !l.inside ? kOutside : l.begin ? beginLabel(l.type) : insideLabel(l.type);
            }
        }
    }

    uint8_t previous = kOutside;
    for (size_t i = 0; i < corpus.lines.size(); ++i) {
        const ConllLine &line = corpus.lines[i];
        switch (line.kind) {
        case ConllLine::Kind::Blank:
            out << '\n';
            previous = kOutside;
            break;
        case ConllLine::Kind::DocStart:
            out << line.raw << '\n';
            previous = kOutside;
            break;
        case ConllLine::Kind::Token:
            out << line.token << ' ' << line.gold << ' ' << conllTagFromLabel(predicted[i], previous, corpus.iob1) << '\n';
            previous = predicted[i];
            break;
        }
    }
    out.flush();
}

int runConll(int argc, char **argv)
{
    const char *modelPath = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--model") == 0 && i + 1 < argc) {
            modelPath = argv[++i];
        } else {
            std::cerr << "usage: lede-cli conll [--model PATH] < FILE\n";
            return 2;
        }
    }
    auto tagger = modelPath ? lede::core::NerTagger::load(modelPath) : lede::core::NerTagger::loadDefault();
    if (!tagger) {
        std::cerr << "lede-cli conll: " << tagger.error().detail << '\n';
        return 1;
    }
    std::ios::sync_with_stdio(false);
    writeConll(std::cin, std::cout, **tagger);
    return std::cout ? 0 : 1;
}

} // namespace lede::cli
