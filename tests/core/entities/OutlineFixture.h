// An article for the tests of the rules that read its layout (ArticleOutline, bylines, datelines, headline names):
// each line is a paragraph (a block), a line starting with "# " is a heading (the marker is dropped), and the
// tagger's mentions are marked inline as in EntityTestHelpers ("[GENEVA|O] — Talks ended."). Segmented by the real
// Segmenter. Not copyable: the outline points into the fixture.
#pragma once

#include "EntityTestHelpers.h"
#include "entities/ArticleOutline.h"
#include "entities/StructuralName.h"
#include "text/Segmenter.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lede::test {

class OutlineFixture final
{
public:
    explicit OutlineFixture(const QString &article)
    {
        QStringList lines = article.split(u'\n');
        std::vector<bool> heading;
        for (QString &line : lines) {
            heading.push_back(line.startsWith(u"# "));
            if (heading.back())
                line.remove(0, 2);
        }
        marked = parseMarked(lines.join(u'\n'));
        int32_t start = 0;
        for (size_t i = 0; i < heading.size(); ++i) {
            auto end = static_cast<int32_t>(marked.text.find(u'\n', static_cast<size_t>(start)));
            if (end < 0)
                end = static_cast<int32_t>(marked.text.size());
            blocks.push_back({{start, end}, heading[i]});
            start = end + 1;
        }
        std::vector<core::TextRange> ranges;
        for (const core::OutlineBlock &b : blocks)
            ranges.push_back(b.range);
        segmentation = core::Segmenter::segment(marked.text, ranges);
        outline = std::make_unique<core::ArticleOutline>(marked.text, segmentation, blocks);
    }
    OutlineFixture(const OutlineFixture &) = delete;
    OutlineFixture &operator=(const OutlineFixture &) = delete;

    QString textOf(core::TextRange r) const
    {
        return toQString(
            std::u16string_view(marked.text).substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length())));
    }

    // "Marta Okonkwo=person; Lede=organization", in the order given.
    QString describe(const std::vector<core::StructuralName> &names) const
    {
        QStringList parts;
        for (const core::StructuralName &n : names) {
            const auto type = core::entityTypeName(n.type);
            parts << textOf(n.range) + u'=' + QString::fromLatin1(type.data(), static_cast<qsizetype>(type.size()));
        }
        return parts.join(u"; ");
    }

    MarkedText marked;
    std::vector<core::OutlineBlock> blocks;
    core::Segmentation segmentation;
    std::unique_ptr<core::ArticleOutline> outline;
};

} // namespace lede::test
