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

namespace {

// One window's sentences: [first, first + count) token runs of the segmentation, already clamped.
struct SentenceSpan
{
    int64_t first = 0;
    int64_t count = 0;
};

// Cuts the text's sentences into windows of about kWindowTokens, at sentence ends; a longer sentence is cut
// at a multiple of the decoder's piece length, where the model splits it anyway. Only the segmentation decides
// the windows, never the number of threads.
std::vector<std::vector<SentenceSpan>> windowsOf(const Segmentation &seg)
{
    constexpr int64_t window = NerTagger::kWindowTokens;
    constexpr auto piece = static_cast<int64_t>(NerModel::kMaxSentenceTokens);
    static_assert(window % piece == 0);
    const auto tokenCount = static_cast<int64_t>(seg.tokens.size());
    std::vector<std::vector<SentenceSpan>> windows(1);
    int64_t filled = 0;
    auto add = [&](int64_t first, int64_t count) {
        first = std::clamp<int64_t>(first, 0, tokenCount);
        const int64_t last = std::clamp<int64_t>(first + std::max<int64_t>(count, 0), first, tokenCount);
        while (first < last) {
            if (filled >= window) {
                windows.emplace_back();
                filled = 0;
            }
            // A sentence that does not fit the window's rest goes whole into it, unless it would take the
            // window past twice its size: then it is cut where a decoder piece ends.
            int64_t take = last - first;
            if (filled + take > 2 * window)
                take = std::max<int64_t>(piece, (window - filled) / piece * piece);
            take = std::min(take, last - first);
            windows.back().push_back({first, take});
            filled += take;
            first += take;
            if (first < last)
                filled = window; // the rest of a cut sentence starts the next window
        }
    };
    if (seg.sentences.empty())
        add(0, tokenCount);
    for (const Sentence &s : seg.sentences)
        add(s.firstToken, s.tokenCount);
    return windows;
}

std::vector<Mention> tagWindow(const NerModel &model, std::u16string_view text, const Segmentation &seg,
                               const std::vector<SentenceSpan> &sentences, const StopToken &stop)
{
    std::vector<Mention> mentions;
    DocumentTokens doc;
    std::vector<TextRange> ranges; // ranges[i] of doc.tokens[i]
    size_t tokens = 0;
    for (const SentenceSpan &s : sentences)
        tokens += static_cast<size_t>(s.count);
    doc.tokens.reserve(tokens);
    ranges.reserve(tokens);
    const auto textSize = static_cast<int64_t>(text.size());
    for (const SentenceSpan &s : sentences) {
        bool opened = false;
        for (int64_t t = s.first; t < s.first + s.count; ++t) {
            const TextRange r = seg.tokens[static_cast<size_t>(t)].range;
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
    }
    if (doc.tokens.empty())
        return mentions;
    NerModel::splitLongSentences(doc);

    std::vector<uint8_t> labels;
    if (!model.tagDocument(doc, labels, stop))
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

} // namespace

std::vector<Mention> NerTagger::tag(std::u16string_view text, const Segmentation &seg, const StopToken &stop,
                                    const ParallelFor &parallel) const
{
    const std::vector<std::vector<SentenceSpan>> windows = windowsOf(seg);
    std::vector<std::vector<Mention>> found(windows.size());
    runTasks(parallel, windows.size(), [&](size_t w) {
        if (!stop.stopRequested())
            found[w] = tagWindow(*m_model, text, seg, windows[w], stop);
    });
    if (found.size() == 1)
        return std::move(found.front());
    std::vector<Mention> mentions;
    size_t total = 0;
    for (const auto &f : found)
        total += f.size();
    mentions.reserve(total);
    for (auto &f : found) {
        mentions.insert(mentions.end(), f.begin(), f.end());
        f = {};
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
