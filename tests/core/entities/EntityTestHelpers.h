// Helpers shared by the core/entities tests: write mentions inline in the text as "[Eri Kaneko|P]"
// (P person, L place, O organisation, X other) and describe grouping results as one readable string.
#pragma once

#include "common/Utf.h"
#include "entities/Entity.h"
#include "ner/NerTagger.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace lede::test {

struct MarkedText
{
    std::u16string text;
    std::vector<core::Mention> mentions;
};

inline core::EntityType typeFromCode(char16_t c)
{
    switch (c) {
    case u'P': return core::EntityType::Person;
    case u'L': return core::EntityType::Place;
    case u'O': return core::EntityType::Organization;
    default: return core::EntityType::Other;
    }
}

inline std::u16string_view view(const QString &s)
{
    return {reinterpret_cast<const char16_t *>(s.utf16()), static_cast<size_t>(s.size())};
}

// "[Eri Kaneko|P] met [Kaneko|P]." -> text "Eri Kaneko met Kaneko." and two person mentions.
inline MarkedText parseMarked(std::u16string_view marked)
{
    MarkedText out;
    size_t i = 0;
    while (i < marked.size()) {
        if (marked[i] == u'[') {
            const size_t bar = marked.find(u'|', i);
            const size_t close = marked.find(u']', i);
            const auto start = static_cast<int32_t>(out.text.size());
            out.text.append(marked.substr(i + 1, bar - i - 1));
            out.mentions.push_back({{start, static_cast<int32_t>(out.text.size())}, typeFromCode(marked[bar + 1])});
            i = close + 1;
        } else {
            out.text.push_back(marked[i++]);
        }
    }
    return out;
}

inline MarkedText parseMarked(const QString &marked)
{
    return parseMarked(view(marked));
}

inline QString toQString(std::u16string_view s)
{
    return QString::fromUtf16(s.data(), static_cast<qsizetype>(s.size()));
}

// "Eri Kaneko=person; Tokyo=place": mentions as the document-level passes hand them on.
inline QString describeMentions(const MarkedText &marked, const std::vector<core::Mention> &mentions)
{
    QStringList parts;
    for (const core::Mention &m : mentions) {
        const auto type = core::entityTypeName(m.type);
        parts << toQString(std::u16string_view(marked.text)
                               .substr(static_cast<size_t>(m.range.start), static_cast<size_t>(m.range.length())))
                + u'=' + QString::fromLatin1(type.data(), static_cast<qsizetype>(type.size()));
    }
    return parts.join(u"; ");
}

// "Eri Kaneko(person)=Eri Kaneko|Kaneko; Tokyo(place)=Tokyo"
inline QString describe(std::u16string_view text, const std::vector<core::Entity> &entities)
{
    QStringList parts;
    for (const auto &e : entities) {
        QStringList surfaces;
        for (const auto &m : e.mentions)
            surfaces << toQString(text.substr(static_cast<size_t>(m.start), static_cast<size_t>(m.length())));
        const auto type = core::entityTypeName(e.type);
        parts << toQString(e.name) + u'(' + QString::fromLatin1(type.data(), static_cast<qsizetype>(type.size()))
                + QString::fromUtf16(u")=") + surfaces.join(u'|');
    }
    return parts.join(u"; ");
}

} // namespace lede::test
