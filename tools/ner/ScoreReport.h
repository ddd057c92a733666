// ScoreReport: conlleval-style printing of a ChunkScorer, and scoring of label sequences.
#pragma once

#include "ner/ChunkScorer.h"
#include "ner/FeatureExtractor.h"
#include "ner/NerLabels.h"

#include <cstdio>
#include <string>
#include <vector>

namespace lede::tools {

// Adds one sentence given as internal IOB2 labels.
inline void addLabels(core::ner::ChunkScorer &scorer, const uint8_t *gold, const uint8_t *predicted, size_t n)
{
    std::vector<std::string> g, p;
    std::vector<std::string_view> gv, pv;
    g.reserve(n);
    p.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        g.push_back(core::ner::conllTagFromLabel(gold[i], i ? gold[i - 1] : 0, false));
        p.push_back(core::ner::conllTagFromLabel(predicted[i], i ? predicted[i - 1] : 0, false));
    }
    gv.assign(g.begin(), g.end());
    pv.assign(p.begin(), p.end());
    scorer.addSentence(gv, pv);
}

// Adds a whole document's sentences; with `withoutMisc`, MISC chunks are left out of both sides (a corpus that does
// not annotate MISC in full cannot score it).
inline void addDocument(core::ner::ChunkScorer &scorer, const core::ner::DocumentTokens &tokens,
                        const std::vector<uint8_t> &gold, const std::vector<uint8_t> &predicted, bool withoutMisc)
{
    std::vector<uint8_t> g = gold, p = predicted;
    if (withoutMisc) {
        for (auto *v : {&g, &p}) {
            for (uint8_t &l : *v) {
                if (l != core::ner::kOutside && core::ner::labelType(l) == core::EntityType::Other)
                    l = core::ner::kOutside;
            }
        }
    }
    for (size_t s = 0; s < tokens.sentenceCount(); ++s) {
        const uint32_t b = tokens.sentenceStarts[s], e = tokens.sentenceEnd(s);
        addLabels(scorer, &g[b], &p[b], e - b);
    }
}

// The conlleval summary: totals, accuracy, overall and per-type P/R/F1.
inline void printReport(const core::ner::ChunkScorer &s, FILE *out)
{
    const auto &o = s.overall();
    std::fprintf(out, "processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n", s.tokens(), o.gold,
                 o.predicted, o.correct);
    const double accuracy = s.tokens() ? 100.0 * static_cast<double>(s.correctTags()) / static_cast<double>(s.tokens()) : 0.0;
    std::fprintf(out, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", accuracy, o.precision(),
                 o.recall(), o.f1());
    for (const auto &[type, c] : s.byType()) {
        std::fprintf(out, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %zu\n", type.c_str(), c.precision(),
                     c.recall(), c.f1(), c.predicted);
    }
}

inline std::string shortReport(const core::ner::ChunkScorer &s)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, "F1 %.2f (P %.2f R %.2f)", s.overall().f1(), s.overall().precision(), s.overall().recall());
    std::string out = buf;
    for (const auto &[type, c] : s.byType()) {
        std::snprintf(buf, sizeof buf, " %s %.2f", type.c_str(), c.f1());
        out += buf;
    }
    return out;
}

} // namespace lede::tools
