// HighlightPalette: Okabe–Ito hues blended for light and dark palettes.
#include "annotate/HighlightPalette.h"

#include <QPainter>
#include <QPixmap>

namespace lede::ui {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

QTextCharFormat::UnderlineStyle underlineFor(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Person: return QTextCharFormat::SingleUnderline;
    case HighlightKind::Place: return QTextCharFormat::DashUnderline;
    case HighlightKind::Organization: return QTextCharFormat::DashDotLine;
    // Not WaveUnderline: measured here, a wavy line doubles the layout cost of a highlighted block.
    case HighlightKind::Date: return QTextCharFormat::DotLine;
    case HighlightKind::Other: break;
    }
    return QTextCharFormat::DashDotDotLine;
}

} // namespace

QColor HighlightPalette::hue(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Person: return QColor(0xE6, 0x9F, 0x00);       // orange
    case HighlightKind::Place: return QColor(0x00, 0x9E, 0x73);        // bluish green
    case HighlightKind::Organization: return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case HighlightKind::Date: return QColor(0x56, 0xB4, 0xE9);         // sky blue
    case HighlightKind::Other: break;
    }
    return QColor(0x99, 0x99, 0x99); // grey
}

HighlightPalette::HighlightPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    m_dark = base.lightnessF() < 0.5;
    for (HighlightKind kind : kAllHighlightKinds) {
        const QColor h = hue(kind);
        // Light: a pale tint keeps dark text readable. Dark: a deep tint keeps light text readable.
        const QColor bg = blend(base, h, m_dark ? 0.38 : 0.30);
        // Underlines in the full hue, shifted away from the base so they read on the tint.
        const QColor accent = m_dark ? h.lighter(125) : h.darker(135);
        QTextCharFormat f;
        f.setBackground(bg);
        f.setUnderlineStyle(underlineFor(kind));
        f.setUnderlineColor(accent);
        const int i = static_cast<int>(kind);
        m_formats[i] = f;
        m_accents[i] = accent;
    }
}

QIcon HighlightPalette::swatch(HighlightKind kind, int size) const
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(accent(kind), 1.5));
    p.setBrush(background(kind));
    p.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3);
    return QIcon(pm);
}

} // namespace lede::ui
