// NerTagger: statistical named-entity recogniser (people, places, organisations, other).
// Loads a trained model file; tags tokenised sentences.
#pragma once

#include "common/Parallel.h"
#include "common/Result.h"
#include "common/StopToken.h"
#include "common/TextRange.h"
#include "ner/EntityType.h"
#include "text/Segmenter.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core {

struct Mention
{
    TextRange range; // UTF-16, end-exclusive, into the analysed text
    EntityType type = EntityType::Other;
};

struct ModelError
{
    enum class Code : uint8_t { NotFound, Unreadable, BadMagic, BadVersion, BadChecksum, Truncated };
    Code code = Code::Unreadable;
    std::string detail; // English, for logs and lede-cli
};

class NerModel; // opaque; defined in ner/

class NerTagger
{
public:
    // Loads a model file (format: ner/ModelFormat.h); the file carries its own gazetteer.
    static Result<std::shared_ptr<const NerTagger>, ModelError> load(const std::filesystem::path &modelPath);
    // The shipped model from the data directory (DataPaths).
    static Result<std::shared_ptr<const NerTagger>, ModelError> loadDefault();

    ~NerTagger();

    // A text is tagged in windows of consecutive sentences of about this many tokens (a few chapters of a
    // book): the document-level features (how a word is written and labelled elsewhere) look within its
    // window. An article is one window. The windows are tagged independently, so with `parallel` they run at
    // once and the result is the serial one, and the memory the tagger holds is bounded by the window, not by
    // the book.
    static constexpr int64_t kWindowTokens = 100000;

    // Tags a whole segmented text. Thread-safe.
    std::vector<Mention> tag(std::u16string_view text, const Segmentation &seg, const StopToken &stop = {},
                             const ParallelFor &parallel = {}) const;

    // Tags pre-tokenised sentences (CoNLL evaluation); returns per-token BIO labels as
    // (type, isBegin) or nullopt for O. Sentences of one document are passed together.
    struct TokenLabel
    {
        bool inside = false; // false = O
        bool begin = false;  // first token of a chunk
        EntityType type = EntityType::Other;
    };
    std::vector<std::vector<TokenLabel>> tagTokens(const std::vector<std::vector<std::u16string>> &sentences) const;

private:
    NerTagger();
    std::unique_ptr<NerModel> m_model;
};

} // namespace lede::core
