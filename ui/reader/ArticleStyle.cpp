// ArticleStyle: picks a comfortable reading font that exists on the machine.
#include "reader/ArticleStyle.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

#include <algorithm>

namespace lede::ui {

namespace {

// Text faces designed for long reading come first; QFont falls back through the list, then to
// the platform's generic serif face.
QStringList readingSerifFamilies()
{
    return {QStringLiteral("Noto Serif"),     QStringLiteral("Source Serif 4"), QStringLiteral("Source Serif Pro"),
            QStringLiteral("Charter"),        QStringLiteral("Georgia"),        QStringLiteral("Cambria"),
            QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif")};
}

} // namespace

ArticleStyle ArticleStyle::fromApplication()
{
    ArticleStyle style;
    const QFont ui = QGuiApplication::font();

    style.bodyFont = QFont();
    style.bodyFont.setFamilies(readingSerifFamilies());
    style.bodyFont.setStyleHint(QFont::Serif, QFont::PreferQuality);
    // Reading text is set a little larger than the interface font, within sane bounds.
    const qreal uiPoints = ui.pointSizeF() > 0 ? ui.pointSizeF() : 10.0;
    style.bodyFont.setPointSizeF(std::clamp(uiPoints * 1.25, 11.0, 16.0));

    style.monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    style.monoFont.setStyleHint(QFont::Monospace);

    style.linkColour = QGuiApplication::palette().color(QPalette::Link);
    return style;
}

qreal ArticleStyle::measureWidth(const QFont &font) const
{
    // The average advance of running text (letters and spaces), not of a single glyph.
    static const QString sample = QStringLiteral("The quick brown fox jumps over the lazy dog, then rests awhile.");
    const QFontMetricsF metrics(font);
    return metrics.horizontalAdvance(sample) / sample.size() * measureCharacters;
}

qreal ArticleStyle::emPixels(const QFont &font)
{
    return QFontMetricsF(font).height();
}

} // namespace lede::ui
