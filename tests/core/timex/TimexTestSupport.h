// Helpers shared by the timex test tables: building options from a "YYYY-MM-DD" column and
// printing what the tagger found, for readable failure messages.
#pragma once

#include "timex/TimexTagger.h"

#include <QString>
#include <QTest>
#include <QStringList>

#include <string>
#include <vector>

namespace lede::core::testing {

inline std::u16string u16(const QString &s)
{
    return std::u16string(reinterpret_cast<const char16_t *>(s.utf16()), static_cast<size_t>(s.size()));
}

// `reference` is YYYY-MM-DD, or empty for none.
inline TimexOptions optionsFor(const QString &reference, ReferenceSource source, bool mergeRanges = true)
{
    TimexOptions o;
    o.mergeRanges = mergeRanges;
    if (!reference.isEmpty()) {
        const QStringList p = reference.split(u'-');
        o.reference = {CalendarDate{p[0].toInt(), p[1].toInt(), p[2].toInt()}, source};
    }
    return o;
}

inline QString spanOf(const std::u16string &text, const Timex &t)
{
    return QString::fromStdU16String(text.substr(static_cast<size_t>(t.range.start), static_cast<size_t>(t.range.length())));
}

inline QString describe(const std::u16string &text, const std::vector<Timex> &all)
{
    QStringList out;
    for (const Timex &t : all)
        out << QStringLiteral("[%1|%2|%3]").arg(spanOf(text, t), QString::fromStdString(std::string(timexTypeName(t.type))),
                                                 QString::fromStdString(t.value));
    return out.join(u' ');
}

// The columns every rule-family table shares: text, reference (YYYY-MM-DD or empty), the expected
// expression's exact text, its type and its value.
inline void addTimexColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
}

// Checks the current row: the last expression with the expected text has the expected type and value.
inline void checkTimexRow(ReferenceSource source, bool mergeRanges)
{
    QFETCH(QString, text);
    QFETCH(QString, reference);
    QFETCH(QString, span);
    QFETCH(QString, type);
    QFETCH(QString, value);
    const std::u16string t = u16(text);
    const auto found = TimexTagger::tag(t, {}, optionsFor(reference, source, mergeRanges));
    const Timex *hit = nullptr;
    for (const Timex &x : found)
        if (spanOf(t, x) == span)
            hit = &x;
    QVERIFY2(hit, qPrintable(QStringLiteral("no expression \"%1\" in: %2").arg(span, describe(t, found))));
    QCOMPARE(QString::fromStdString(std::string(timexTypeName(hit->type))), type);
    QCOMPARE(QString::fromStdString(hit->value), value);
}

} // namespace lede::core::testing
