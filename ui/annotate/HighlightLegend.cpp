// HighlightLegend: toggles per highlight kind, persisted in QSettings.
#include "annotate/HighlightLegend.h"

#include "annotate/HighlightPalette.h"

#include <QAction>
#include <QGuiApplication>
#include <QSettings>

namespace lede::ui {

namespace {
const QString kSettingsKey = QStringLiteral("annotate/visibleKinds");
} // namespace

HighlightLegend::HighlightLegend(QObject *parent) : QObject(parent)
{
    const auto stored = QSettings().value(kSettingsKey, static_cast<int>(kDefaultVisibleKinds)).toInt();
    const auto visible = static_cast<HighlightKindMask>(stored & 0x1f);
    for (HighlightKind kind : kAllHighlightKinds) {
        auto *a = new QAction(highlightKindPluralName(kind), this);
        a->setObjectName(QStringLiteral("highlight_") + highlightKindKey(kind));
        a->setCheckable(true);
        a->setChecked(visible & maskOf(kind));
        a->setToolTip(tr("Show or hide the marks of %1").arg(highlightKindPluralName(kind).toLower()));
        connect(a, &QAction::toggled, this, &HighlightLegend::onToggled);
        m_actions[static_cast<size_t>(kind)] = a;
    }
    updateIcons(QGuiApplication::palette());
}

HighlightLegend::~HighlightLegend() = default;

HighlightKindMask HighlightLegend::visibleKinds() const
{
    HighlightKindMask mask = 0;
    for (HighlightKind kind : kAllHighlightKinds) {
        if (action(kind)->isChecked())
            mask |= maskOf(kind);
    }
    return mask;
}

void HighlightLegend::setVisibleKinds(HighlightKindMask kinds)
{
    m_updating = true;
    for (HighlightKind kind : kAllHighlightKinds)
        action(kind)->setChecked(kinds & maskOf(kind));
    m_updating = false;
    onToggled();
}

QList<QAction *> HighlightLegend::kindActions() const
{
    return {m_actions.begin(), m_actions.end()};
}

void HighlightLegend::onToggled()
{
    if (m_updating)
        return;
    const HighlightKindMask mask = visibleKinds();
    QSettings().setValue(kSettingsKey, static_cast<int>(mask));
    Q_EMIT visibleKindsChanged(mask);
}

void HighlightLegend::updateIcons(const QPalette &palette)
{
    const HighlightPalette colours(palette);
    for (HighlightKind kind : kAllHighlightKinds)
        action(kind)->setIcon(colours.swatch(kind));
}

} // namespace lede::ui
