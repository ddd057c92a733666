// Segmenter: ICU sentence breaks, filtered so that abbreviations and initials do not end sentences,
// over the tokens of the Tokenizer. Each block is segmented on its own, so no sentence crosses one.
#include "text/Segmenter.h"

#include "text/Abbreviations.h"
#include "text/Tokenizer.h"

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace lede::core {

namespace {

constexpr int kSentencesPerStopCheck = 256;
// Text per parallel segmentation task: large enough that a task's set-up (break iterator clones) is noise.
constexpr std::size_t kBatchCharacters = 256 * 1024;

const icu::BreakIterator *sentencePrototype()
{
    static const std::unique_ptr<icu::BreakIterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return prototype.get();
}

std::u16string_view textOf(std::u16string_view text, const TextRange &r)
{
    return text.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length()));
}

bool isCloser(std::u16string_view text, const BlockToken &t)
{
    if (t.kind != TokenKind::Punctuation || t.range.length() != 1)
        return false;
    const char16_t c = text[static_cast<size_t>(t.range.start)];
    return c == u')' || c == u']' || c == u'}' || c == u'"' || c == u'\'' || c == 0x201D || c == 0x2019;
}

// Whether ICU's sentence break before tokens[next] is wrong because the last token of the sentence so
// far (looking through closing brackets and quotes: "(U.S.) 6-3") is an abbreviation whose period
// does not end the sentence. `first` is the sentence's first token.
bool suppressBreak(std::u16string_view text, const std::vector<BlockToken> &tokens, size_t first, size_t next)
{
    size_t k = next - 1;
    for (int closers = 0; closers < 2 && k > first && isCloser(text, tokens[k]); ++closers)
        --k;
    const BlockToken &last = tokens[k];
    const BlockToken &following = tokens[next];
    switch (last.abbreviation) {
    case AbbreviationKind::None:
        return false;
    case AbbreviationKind::Title:
    case AbbreviationKind::Numbered:
        return true; // "Mr. Smith", "No. 10": these never end a sentence
    case AbbreviationKind::Initial:
    case AbbreviationKind::Trailing:
        // "J. R. R. Tolkien", "U.S. President", "Jan. 5" go on; "in the U.S. The next day" ends.
        if (following.kind == TokenKind::Number)
            return true;
        return following.kind == TokenKind::Word && !isSentenceStarter(textOf(text, following.range));
    }
    return false;
}

// Normalises the caller's block list: clamped to the text, in order, non-overlapping, non-empty.
std::vector<TextRange> cleanBlocks(std::u16string_view text, const std::vector<TextRange> &blocks)
{
    const auto size = static_cast<int32_t>(text.size());
    if (blocks.empty())
        return size > 0 ? std::vector<TextRange>{{0, size}} : std::vector<TextRange>{};
    std::vector<TextRange> out;
    out.reserve(blocks.size());
    int32_t floor = 0;
    for (TextRange r : blocks) {
        r.start = std::clamp(r.start, floor, size);
        r.end = std::clamp(r.end, r.start, size);
        if (!r.empty()) {
            out.push_back(r);
            floor = r.end;
        }
    }
    return out;
}

class SentenceBuilder final
{
public:
    explicit SentenceBuilder(Segmentation &out) : m_out(out) {}

    // Appends tokens[first, end) as one sentence. A sentence-final initial ("Plan B.") gives its
    // period back: the period ends the sentence, and CoNLL keeps the final period a separate token.
    void emit(const std::vector<BlockToken> &tokens, size_t first, size_t end)
    {
        Sentence s;
        s.firstToken = static_cast<int32_t>(m_out.tokens.size());
        for (size_t k = first; k < end; ++k) {
            const BlockToken &t = tokens[k];
            if (k + 1 == end && t.abbreviation == AbbreviationKind::Initial && t.range.length() >= 2) {
                m_out.tokens.push_back({{t.range.start, t.range.end - 1}, TokenKind::Word});
                m_out.tokens.push_back({{t.range.end - 1, t.range.end}, TokenKind::Punctuation});
            } else {
                m_out.tokens.push_back({t.range, t.kind});
            }
        }
        s.tokenCount = static_cast<int32_t>(m_out.tokens.size()) - s.firstToken;
        s.range = {tokens[first].range.start, tokens[end - 1].range.end};
        m_out.sentences.push_back(s);
    }

private:
    Segmentation &m_out;
};

} // namespace

namespace {

// Segments the cleaned `blocks` (a contiguous run of the text's blocks) one after another.
Segmentation segmentBlocks(std::u16string_view text, const TextRange *blocks, std::size_t blockCount,
                           const StopToken &stop)
{
    Segmentation result;
    const icu::BreakIterator *prototype = sentencePrototype();
    Tokenizer tokenizer;
    if (!prototype || !tokenizer.valid())
        return result; // ICU data missing: nothing can be segmented
    std::unique_ptr<icu::BreakIterator> sentences(prototype->clone());
    if (!sentences)
        return result;

    const std::size_t chars = blockCount ? static_cast<std::size_t>(blocks[blockCount - 1].end - blocks[0].start) : 0;
    result.tokens.reserve(chars / 5);
    result.sentences.reserve(chars / 100);
    SentenceBuilder builder(result);
    std::vector<BlockToken> tokens;
    int sinceStopCheck = 0;

    for (std::size_t b = 0; b < blockCount; ++b) {
        const TextRange &block = blocks[b];
        if (stop.stopRequested())
            return result;
        tokenizer.tokenize(text, block, tokens);
        if (tokens.empty())
            continue;

        UErrorCode status = U_ZERO_ERROR;
        UText ut = UTEXT_INITIALIZER; // the iterator clones it; see Tokenizer::tokenize
        utext_openUChars(&ut, reinterpret_cast<const UChar *>(text.data() + block.start), block.length(), &status);
        if (U_FAILURE(status))
            continue;
        sentences->setText(&ut, status);
        utext_close(&ut);
        size_t first = 0;
        size_t next = 0;
        if (U_SUCCESS(status)) {
            sentences->first();
            for (int32_t brk = sentences->next(); brk != icu::BreakIterator::DONE; brk = sentences->next()) {
                const int32_t pos = block.start + brk;
                while (next < tokens.size() && tokens[next].range.start < pos)
                    ++next;
                if (next == first)
                    continue; // only white space since the last break
                if (next < tokens.size() && suppressBreak(text, tokens, first, next))
                    continue;
                builder.emit(tokens, first, next);
                first = next;
                if (++sinceStopCheck >= kSentencesPerStopCheck) {
                    sinceStopCheck = 0;
                    if (stop.stopRequested())
                        break;
                }
            }
        }
        if (first < tokens.size() && !stop.stopRequested())
            builder.emit(tokens, first, tokens.size());
    }
    return result;
}

} // namespace

Segmentation Segmenter::segment(std::u16string_view text, const std::vector<TextRange> &blocks, const StopToken &stop,
                                const ParallelFor &parallel)
{
    const std::vector<TextRange> clean = cleanBlocks(text, blocks);
    // Runs of whole blocks, each segmented on its own: no sentence crosses a block, so the batches' results
    // joined in order are the serial result whatever the batching.
    std::vector<std::size_t> batchStarts;
    std::size_t chars = kBatchCharacters;
    for (std::size_t b = 0; b < clean.size(); ++b) {
        if (chars >= kBatchCharacters) {
            batchStarts.push_back(b);
            chars = 0;
        }
        chars += static_cast<std::size_t>(clean[b].length());
    }
    if (batchStarts.size() <= 1)
        return segmentBlocks(text, clean.data(), clean.size(), stop);

    std::vector<Segmentation> parts(batchStarts.size());
    runTasks(parallel, parts.size(), [&](std::size_t i) {
        const std::size_t first = batchStarts[i];
        const std::size_t end = i + 1 < batchStarts.size() ? batchStarts[i + 1] : clean.size();
        parts[i] = segmentBlocks(text, clean.data() + first, end - first, stop);
    });
    Segmentation result;
    std::size_t tokens = 0, sentences = 0;
    for (const Segmentation &p : parts) {
        tokens += p.tokens.size();
        sentences += p.sentences.size();
    }
    result.tokens.reserve(tokens);
    result.sentences.reserve(sentences);
    for (Segmentation &p : parts) {
        const auto offset = static_cast<int32_t>(result.tokens.size());
        for (Sentence s : p.sentences) {
            s.firstToken += offset;
            result.sentences.push_back(s);
        }
        result.tokens.insert(result.tokens.end(), p.tokens.begin(), p.tokens.end());
        p = {};
    }
    return result;
}

} // namespace lede::core
