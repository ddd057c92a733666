// HighlightPalette: the character formats of the five highlight kinds for a given widget palette.
// Hues are Okabe–Ito (distinguishable with the common colour-vision deficiencies); each kind also has its
// own underline style, so the marks stay distinct without colour. Backgrounds are the hue blended into the
// palette's base colour, lighter or darker by the base's lightness, so text keeps its contrast.
#pragma once

#include "annotate/HighlightKind.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QTextCharFormat>

#include <array>

namespace lede::ui {

class HighlightPalette final
{
public:
    explicit HighlightPalette(const QPalette &palette);

    const QTextCharFormat &format(HighlightKind kind) const { return m_formats[static_cast<int>(kind)]; }
    QColor background(HighlightKind kind) const { return format(kind).background().color(); }
    QColor accent(HighlightKind kind) const { return m_accents[static_cast<int>(kind)]; }
    bool isDark() const { return m_dark; }

    // The Okabe–Ito hue of a kind, independent of the palette.
    static QColor hue(HighlightKind kind);
    // A small swatch for legends: the background with the kind's underline.
    QIcon swatch(HighlightKind kind, int size = 16) const;

private:
    bool m_dark = false;
    std::array<QTextCharFormat, kHighlightKindCount> m_formats;
    std::array<QColor, kHighlightKindCount> m_accents;
};

} // namespace lede::ui
