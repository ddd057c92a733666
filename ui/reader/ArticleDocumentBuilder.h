// ArticleDocumentBuilder: turns a core::Document into the QTextDocument the article view shows.
//
// THE CONTRACT other code relies on (the annotation highlighter maps core offsets with it):
//   * the QTextDocument has exactly one QTextBlock per core::Block, in the same order;
//   * block i's text is core block i's text with the same length, so a core UTF-16 offset `o`
//     inside core block i is position `o - blocks[i].range.start` inside QTextBlock i.
// Characters that QTextDocument would treat as a block break ('\n', '\r', U+2029, U+FDD0, U+FDD1)
// are replaced one for one (line breaks by U+2028, the frame markers by U+FFFD), which keeps the
// length. A Document without blocks gives one empty QTextBlock (QTextDocument never has zero).
// List markers, heading sizes and link styling are formatting only: no character is added.
//
// Thread-safe: it only touches the QTextDocument it creates, so it runs on a worker thread.
#pragma once

#include "common/StopToken.h"
#include "document/Document.h"
#include "reader/ArticleStyle.h"

#include <QString>

#include <cstdint>
#include <memory>

class QTextDocument;
class QThread;

namespace lede::ui {

class ArticleDocumentBuilder final
{
public:
    explicit ArticleDocumentBuilder(ArticleStyle style);

    // Builds the document; returns nullptr when `stop` fires. The QTextDocument has no parent and,
    // when `targetThread` is given, is moved to that thread before it is returned.
    std::unique_ptr<QTextDocument> build(const core::Document &doc, const core::StopToken &stop = {},
                                         QThread *targetThread = nullptr) const;

    // Core block `index`'s text as it appears in the QTextDocument (same length; see above).
    static QString blockText(const core::Document &doc, std::size_t index);

    // Steps the last build() on this thread took to format inline spans (runs, spans opened, formats made
    // again), so a test can check that it grows linearly with the spans.
    static std::uint64_t lastSpanWork();

private:
    ArticleStyle m_style;
};

} // namespace lede::ui
