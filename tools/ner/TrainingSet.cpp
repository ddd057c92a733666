// Compiling CoNLL documents into feature-id arrays (see TrainingSet.h).
#include "TrainingSet.h"

#include "common/Utf.h"
#include "ner/NerLabels.h"
#include "ner/NerModel.h"

namespace lede::tools {

using namespace core::ner;

namespace {

// The ids of `keys` the dictionary knows (or, when `grow`, gives), appended to `out`.
void appendIds(const std::vector<uint64_t> &keys, FeatureDictionary &dictionary, bool grow, std::vector<uint32_t> &out)
{
    for (uint64_t key : keys) {
        const uint32_t id = dictionary.id(key, grow);
        if (id != FeatureDictionary::kUnknown)
            out.push_back(id);
    }
}

} // namespace

uint32_t FeatureDictionary::id(uint64_t key, bool grow)
{
    if (!grow)
        return m_index.find(key);
    const auto next = static_cast<uint32_t>(m_keys.size());
    const uint32_t got = m_index.insert(key, next);
    if (got == next)
        m_keys.push_back(key);
    return got;
}

TrainingSet::TrainingSet(const ConllCorpus &corpus, const FeatureExtractor &extractor, FeatureDictionary &dictionary,
                         bool grow)
{
    std::vector<uint64_t> keys;
    documents.reserve(corpus.documents.size());
    for (const auto &d : corpus.documents) {
        CompiledDocument &doc = documents.emplace_back();
        for (const auto &sentence : d.sentences) {
            uint8_t previous = kOutside;
            for (uint32_t line : sentence) {
                const ConllLine &l = corpus.lines[line];
                doc.text.push_back(core::utf8ToUtf16(l.token));
                previous = labelFromConllTag(l.gold, previous);
                doc.gold.push_back(previous);
            }
        }
        // Views are taken only now: `text` no longer reallocates.
        size_t k = 0;
        for (const auto &sentence : d.sentences) {
            doc.tokens.sentenceStarts.push_back(static_cast<uint32_t>(k));
            for (size_t t = 0; t < sentence.size(); ++t, ++k)
                doc.tokens.tokens.emplace_back(doc.text[k]);
        }
        // The tagger splits over-long sentences; train on what it will see.
        core::NerModel::splitLongSentences(doc.tokens);
        for (size_t s = 0; s < doc.tokens.sentenceCount(); ++s) {
            // A chunk cut by the split reopens in the next piece, as the tagger will see it.
            const uint32_t b = doc.tokens.sentenceStarts[s];
            if (b < doc.gold.size() && isInside(doc.gold[b]))
                doc.gold[b] = beginLabel(labelType(doc.gold[b]));
        }
        extractor.analyse(doc.tokens, doc.context);
        doc.localStart.push_back(0);
        for (uint32_t i = 0; i < doc.tokens.tokens.size(); ++i) {
            keys.clear();
            extractor.localFeatures(doc.tokens, doc.context, i, keys);
            appendIds(keys, dictionary, grow, doc.local);
            doc.localStart.push_back(static_cast<uint32_t>(doc.local.size()));
        }
        tokenCount += doc.tokens.tokens.size();
    }
}

void TrainingSet::compileGlobal(const FeatureExtractor &extractor, FeatureDictionary &dictionary, bool grow)
{
    std::vector<uint64_t> keys;
    for (CompiledDocument &doc : documents) {
        FeatureExtractor::GlobalView view;
        view.prepare(doc.context, doc.stage1);
        doc.global.clear();
        doc.globalStart.assign(1, 0);
        for (uint32_t i = 0; i < doc.tokens.tokens.size(); ++i) {
            keys.clear();
            extractor.globalFeatures(doc.tokens, doc.context, view, i, keys);
            appendIds(keys, dictionary, grow, doc.global);
            doc.globalStart.push_back(static_cast<uint32_t>(doc.global.size()));
        }
    }
}

void TrainingSet::compileWordFeatures(const FeatureExtractor &extractor, FeatureDictionary &dictionary, bool allTokens,
                                      bool affixes)
{
    std::vector<uint64_t> keys;
    for (CompiledDocument &doc : documents) {
        doc.word.clear();
        doc.wordStart.assign(1, 0);
        for (uint32_t i = 0; i < doc.tokens.tokens.size(); ++i) {
            const TokenInfo &t = doc.context.info(i);
            if (t.has(allTokens ? TokenInfo::HasLetter : TokenInfo::InitialCap)) {
                keys.clear();
                extractor.wordFeatures(doc.tokens, doc.context, i, keys, affixes);
                appendIds(keys, dictionary, false, doc.word);
            }
            doc.wordStart.push_back(static_cast<uint32_t>(doc.word.size()));
        }
    }
}

} // namespace lede::tools
