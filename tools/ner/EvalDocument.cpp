// Documents for lede-ner-doc-eval from gold articles and CoNLL corpora (see EvalDocument.h).
#include "EvalDocument.h"

#include "GoldArticle.h"

#include "common/Utf.h"
#include "document/PlainTextLayout.h"
#include "ner/ChunkScorer.h"
#include "ner/NerLabels.h"

#include <fstream>
#include <sstream>

namespace lede::tools {

core::Result<EvalDocument, std::string> readGoldArticle(const std::filesystem::path &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return path.string() + ": cannot read the file";
    std::ostringstream bytes;
    bytes << file.rdbuf();
    auto article = parseGoldArticle(bytes.str());
    if (!article) {
        const GoldMarkupError &e = article.error();
        return path.string() + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
    }

    EvalDocument out;
    out.name = path.filename().string();
    out.firstLine = article->firstLine;
    out.gold = std::move(article->mentions);
    const std::u16string text = article->text;
    std::optional<core::Document> doc = core::layOutPlainText(std::move(article->text));
    // The layout may only turn a line end that wraps a paragraph into a space; anything else would move the gold
    // offsets off the words they mark.
    bool same = doc && doc->text.size() == text.size();
    for (size_t i = 0; same && i < text.size(); ++i)
        same = doc->text[i] == text[i] || (text[i] == u'\n' && doc->text[i] == u' ');
    if (!same)
        return path.string() + ": the plain-text layout changed the text, so the gold offsets would not hold";
    out.document = std::move(*doc);
    out.document.meta.sourcePath = path.string();
    return out;
}

std::vector<EvalDocument> conllDocuments(const core::ner::ConllCorpus &corpus, const std::string &name, size_t *skipped)
{
    std::vector<EvalDocument> out;
    out.reserve(corpus.documents.size());
    for (size_t d = 0; d < corpus.documents.size(); ++d) {
        const auto &sentences = corpus.documents[d].sentences;
        EvalDocument &doc = out.emplace_back();
        doc.name = name + ", document " + std::to_string(d + 1);
        doc.lineName = "sentence";
        std::u16string &text = doc.document.text;
        for (const auto &sentence : sentences) {
            if (!text.empty())
                text += u'\n';
            const auto start = static_cast<int32_t>(text.size());
            std::vector<core::TextRange> tokens;
            std::vector<std::string_view> tags;
            for (uint32_t line : sentence) {
                if (text.size() > static_cast<size_t>(start))
                    text += u' ';
                const auto tokenStart = static_cast<int32_t>(text.size());
                text += core::utf8ToUtf16(corpus.lines[line].token);
                tokens.push_back({tokenStart, static_cast<int32_t>(text.size())});
                tags.push_back(corpus.lines[line].gold);
            }
            doc.document.blocks.push_back(
                {.kind = core::BlockKind::Paragraph, .range = {start, static_cast<int32_t>(text.size())}});
            // conlleval's reading of the tags (IOB1 or IOB2), so the gold is the one lede-conlleval scores.
            for (const auto &chunk : core::ner::ChunkScorer::chunks(tags, tags.size())) {
                core::EntityType type;
                if (!core::ner::conllTypeFromName(chunk.type, type)) {
                    if (skipped)
                        ++*skipped;
                    continue;
                }
                doc.gold.push_back({{tokens[chunk.first].start, tokens[chunk.last].end}, type});
            }
        }
    }
    return out;
}

} // namespace lede::tools
