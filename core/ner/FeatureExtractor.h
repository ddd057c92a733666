// FeatureExtractor: turns a tokenised document into feature keys per token.
// Stage 1 ("local") features see the token, its ±2 window, case in context, gazetteer matches
// and document-level case evidence (is "BRUSSELS" written "Brussels" elsewhere in the article?),
// word-cluster path prefixes (WordClusters.h), embedding-cluster path prefixes (the same shape of table, derived
// from word vectors trained on billions of words, so "putin" shares weights with "yeltsin" though no training
// sentence names him) and whether the sentence reads like sports results.
// Stage 2 ("global", after Ratinov & Roth 2009) adds the stage-1 labels around the token and how
// the same word was labelled elsewhere in the document.
#pragma once

#include "ner/FeatureTable.h"
#include "ner/Gazetteer.h"
#include "ner/TokenInfo.h"
#include "ner/WordClusters.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::core::ner {

// One document's tokens: sentence s spans tokens [sentenceStarts[s], sentenceStarts[s+1]).
struct DocumentTokens
{
    std::vector<std::u16string_view> tokens;
    std::vector<uint32_t> sentenceStarts; // ascending, first is 0; the end is tokens.size()

    size_t sentenceCount() const { return sentenceStarts.size(); }
    uint32_t sentenceEnd(size_t s) const
    {
        return s + 1 < sentenceStarts.size() ? sentenceStarts[s + 1] : static_cast<uint32_t>(tokens.size());
    }
};

// Per-document analysis shared by both stages.
struct DocumentContext
{
    // A book repeats its words: each distinct TokenInfo is held once (a token whose `word` hash matches another
    // token's different TokenInfo gets an entry of its own), and a token holds its index.
    std::vector<TokenInfo> infos;
    std::vector<uint32_t> infoIndex; // per token
    const TokenInfo &info(size_t i) const { return infos[infoIndex[i]]; }
    size_t tokenCount() const { return infoIndex.size(); }
    std::vector<uint32_t> gazetteer;  // Gazetteer::match codes per token
    std::vector<uint8_t> caseContext; // bits 0-1 sentence mode (0 normal, 1 all caps, 2 title case), bit 2 sentence-initial
    std::vector<uint32_t> wordIndex;  // per token: index of its lower-case form among the document's distinct forms
    std::vector<uint8_t> caseEvidence; // per distinct form: 1 = capitalised mid-sentence, 2 = lower case mid-sentence
    std::vector<uint32_t> sentenceOf; // per token
    std::vector<uint32_t> cluster;    // per token: ClusterPath code, 0 when unknown or no cluster table
    std::vector<uint32_t> embedding;  // per token: embedding-cluster ClusterPath code, likewise
    std::vector<uint8_t> sentenceScores; // per sentence: 1 when it reads like a results line (see analyse)
    // Per distinct form: up to kContextOccurrences capitalised occurrences (token indices), for
    // "context aggregation": the words around the same name elsewhere in the document.
    static constexpr int kContextOccurrences = 3;
    std::vector<uint32_t> occurrences; // forms × kContextOccurrences, kNone when unused
    static constexpr uint32_t kNone = 0xFFFFFFFFu;
};

class FeatureExtractor final
{
public:
    // The gazetteer and the cluster tables may be null (no such features); they must outlive the
    // extractor.
    explicit FeatureExtractor(const Gazetteer *gazetteer, const WordClusters *clusters = nullptr,
                              const WordClusters *embeddings = nullptr)
        : m_gazetteer(gazetteer), m_clusters(clusters && !clusters->empty() ? clusters : nullptr),
          m_embeddings(embeddings && !embeddings->empty() ? embeddings : nullptr)
    {
    }

    void analyse(const DocumentTokens &doc, DocumentContext &ctx) const;

    // Which of a token's stage-1 features localFeatures appends. Token: those that depend on the token alone (its
    // TokenInfo and the cluster codes of its lower case), the same for every token with an equal TokenInfo, so a
    // tagger may score them once per distinct token; Context: the rest; All: both, in one list. Own: Context without
    // what one neighbour alone decides (its word, shape and clusters, or the sentence's edge: neighbourFeatures),
    // which a tagger may likewise score once per distinct neighbour.
    enum class Scope : uint8_t { All, Token, Context, Own };

    // Appends the stage-1 feature keys of token i to out.
    void localFeatures(const DocumentTokens &doc, const DocumentContext &ctx, uint32_t i, std::vector<uint64_t> &out,
                       Scope scope = Scope::All) const;
    // Appends the keys among token i's stage-1 features that name its own word (its exact and lower-case forms, and
    // the pairs and case or results-line combinations with it; with `affixes` also its prefixes and suffixes of 3
    // and 4 code points; never its shape or clusters): what training with word dropout hides, so that the model
    // learns what tells an unseen name (tools/ner/Perceptron.h).
    void wordFeatures(const DocumentTokens &doc, const DocumentContext &ctx, uint32_t i, std::vector<uint64_t> &out,
                      bool affixes = false) const;
    // Appends the stage-1 feature keys of a token i that its neighbour j = i + offset (offset -2, -1, 1 or 2; j in
    // i's sentence) decides alone, or with j = DocumentContext::kNone (i + offset outside the sentence) those the
    // sentence's edge decides. Context is Own and these for the four offsets.
    void neighbourFeatures(const DocumentContext &ctx, int offset, uint32_t j, std::vector<uint64_t> &out) const;

    // Stage-2 features need the stage-1 labels of the whole document; prepare() aggregates them once.
    class GlobalView
    {
    public:
        void prepare(const DocumentContext &ctx, const std::vector<uint8_t> &stage1Labels);

    private:
        friend class FeatureExtractor;
        const std::vector<uint8_t> *m_labels = nullptr;
        std::vector<uint16_t> m_typeCounts; // per distinct form × (O-capitalised, PER, LOC, ORG, MISC)
        std::vector<uint8_t> m_firstType;   // per distinct form: type of its first capitalised occurrence (0 = O)
        std::vector<uint32_t> m_firstToken; // per distinct form: token index of that occurrence
    };
    void globalFeatures(const DocumentTokens &doc, const DocumentContext &ctx, const GlobalView &view, uint32_t i,
                        std::vector<uint64_t> &out) const;

private:
    const Gazetteer *m_gazetteer;
    const WordClusters *m_clusters;
    const WordClusters *m_embeddings;
};

} // namespace lede::core::ner
