// AnnotateFixture: a small article built in code — core::Document, a matching QTextDocument (one QTextBlock
// per core::Block, as the reader builds it) and a hand-made analysis whose offsets are computed from the
// text, so the tests know exactly which characters each mention covers. An emoji precedes a mention.
#pragma once

#include "analysis/Analysis.h"
#include "document/Document.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace lede::test {

struct AnnotateFixture
{
    // Paragraphs, separated by "\n\n" in the core text and by one block break in the view.
    static QStringList paragraphs()
    {
        return {QStringLiteral("Eri Kaneko met \U0001F600 Guterres in Paris on 25 April 2022."),
                QStringLiteral("Kaneko later left Paris, \"tired\", she said.")};
    }

    static std::shared_ptr<const core::Document> document()
    {
        auto doc = std::make_shared<core::Document>();
        QString text;
        for (const QString &p : paragraphs()) {
            if (!text.isEmpty())
                text += QStringLiteral("\n\n");
            const int32_t start = static_cast<int32_t>(text.size());
            text += p;
            doc->blocks.push_back({core::BlockKind::Paragraph, 0, false, 0,
                                   {start, static_cast<int32_t>(text.size())}});
        }
        doc->text = text.toStdU16String();
        doc->meta.sourcePath = "fixture.txt";
        return doc;
    }

    static QString viewText() { return paragraphs().join(QLatin1Char('\n')); }

    // Core range of the n-th occurrence (0-based) of `needle` in the core text.
    static core::TextRange find(const core::Document &doc, const QString &needle, int occurrence = 0)
    {
        const QString text = QString::fromStdU16String(doc.text);
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = text.indexOf(needle, at + 1);
        return {static_cast<int32_t>(at), static_cast<int32_t>(at + needle.size())};
    }

    static core::Analysis analysis(const core::Document &doc)
    {
        core::Analysis a;
        for (const core::Block &b : doc.blocks)
            a.segmentation.sentences.push_back({b.range, 0, 0});
        a.entities.push_back({"e1", core::EntityType::Person, u"Eri Kaneko",
                              {find(doc, QStringLiteral("Eri Kaneko")), find(doc, QStringLiteral("Kaneko"), 1)}});
        a.entities.push_back({"e2", core::EntityType::Person, u"António Guterres",
                              {find(doc, QStringLiteral("Guterres"))}});
        a.entities.push_back({"e3", core::EntityType::Place, u"Paris",
                              {find(doc, QStringLiteral("Paris")), find(doc, QStringLiteral("Paris"), 1)}});
        core::Timex t;
        t.range = find(doc, QStringLiteral("25 April 2022"));
        t.value = "2022-04-25";
        a.dates.push_back(t);
        return a;
    }
};

} // namespace lede::test
