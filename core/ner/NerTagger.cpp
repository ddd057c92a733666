// NerTagger: loads a model with its gazetteers and maps between the public API (text +
// segmentation, or token lists) and the model's token-level IOB2 labels.
#include "ner/NerTagger.h"

#include "common/DataPaths.h"
#include "ner/ModelFormat.h"
#include "ner/NerModel.h"

#include <algorithm>

namespace lede::core {

using namespace ner;

NerTagger::NerTagger() = default;
NerTagger::~NerTagger() = default;

Result<std::shared_ptr<const NerTagger>, ModelError> NerTagger::load(const std::filesystem::path &modelPath)
{
    auto data = readModelFile(modelPath);
    if (!data)
        return data.error();
    std::shared_ptr<NerTagger> tagger(new NerTagger());
    tagger->m_model = std::make_unique<NerModel>(std::move(data).value());
    return std::shared_ptr<const NerTagger>(std::move(tagger));
}

Result<std::shared_ptr<const NerTagger>, ModelError> NerTagger::loadDefault()
{
    const auto path = findDataFile("models/ner.model");
    if (!path)
        return ModelError{ModelError::Code::NotFound, "no models/ner.model in " + dataDirectory().string()};
    return load(*path);
}

std::vector<Mention> NerTagger::tag(std::u16string_view text, const Segmentation &seg, const StopToken &stop) const
{
    std::vector<Mention> mentions;
    DocumentTokens doc;
    std::vector<TextRange> ranges; // ranges[i] of doc.tokens[i]
    doc.tokens.reserve(seg.tokens.size());
    ranges.reserve(seg.tokens.size());
    const auto textSize = static_cast<int64_t>(text.size());

    auto addSentence = [&](int64_t first, int64_t count) {
        const auto tokenCount = static_cast<int64_t>(seg.tokens.size());
        first = std::clamp<int64_t>(first, 0, tokenCount);
        const int64_t last = std::clamp<int64_t>(first + std::max<int64_t>(count, 0), first, tokenCount);
        bool opened = false;
        for (int64_t t = first; t < last; ++t) {
            const TextRange r = seg.tokens[t].range;
            // A segmentation that does not fit the text is ignored token by token, never trusted.
            if (r.start < 0 || r.end > textSize || r.empty())
                continue;
            if (!opened) {
                doc.sentenceStarts.push_back(static_cast<uint32_t>(doc.tokens.size()));
                opened = true;
            }
            doc.tokens.push_back(text.substr(r.start, r.length()));
            ranges.push_back(r);
        }
    };
    if (seg.sentences.empty())
        addSentence(0, static_cast<int64_t>(seg.tokens.size()));
    for (const Sentence &s : seg.sentences)
        addSentence(s.firstToken, s.tokenCount);
    if (doc.tokens.empty())
        return mentions;
    NerModel::splitLongSentences(doc);

    std::vector<uint8_t> labels;
    if (!m_model->tagDocument(doc, labels, stop))
        return mentions;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (!isBegin(labels[i]))
            continue;
        size_t j = i + 1;
        while (j < labels.size() && isInside(labels[j]))
            ++j;
        mentions.push_back(Mention{TextRange{ranges[i].start, ranges[j - 1].end}, labelType(labels[i])});
        i = j - 1;
    }
    return mentions;
}

std::vector<std::vector<NerTagger::TokenLabel>>
NerTagger::tagTokens(const std::vector<std::vector<std::u16string>> &sentences) const
{
    DocumentTokens doc;
    for (const auto &sentence : sentences) {
        doc.sentenceStarts.push_back(static_cast<uint32_t>(doc.tokens.size()));
        for (const auto &token : sentence)
            doc.tokens.emplace_back(token);
    }
    DocumentTokens split = doc;
    NerModel::splitLongSentences(split);
    std::vector<uint8_t> labels;
    m_model->tagDocument(split, labels);

    std::vector<std::vector<TokenLabel>> out;
    out.reserve(sentences.size());
    size_t k = 0;
    for (const auto &sentence : sentences) {
        auto &row = out.emplace_back();
        row.reserve(sentence.size());
        for (size_t t = 0; t < sentence.size(); ++t, ++k) {
            const uint8_t label = labels[k];
            TokenLabel tl;
            tl.inside = label != kOutside;
            // A chunk never continues across a sentence boundary, even if the split pieces did.
            tl.begin = isBegin(label) || (tl.inside && t == 0);
            if (tl.inside)
                tl.type = labelType(label);
            row.push_back(tl);
        }
    }
    return out;
}

} // namespace lede::core
