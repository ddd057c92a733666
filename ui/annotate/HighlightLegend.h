// HighlightLegend: the highlight legend — one checkable, colour-swatched toggle per kind (other off by
// default). The same QActions go into a toolbar and the View menu, so both always agree. Persisted.
#pragma once

#include "annotate/HighlightKind.h"

#include <QObject>

#include <array>

class QAction;
class QWidget;

namespace lede::ui {

class HighlightLegend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightLegend)

public:
    explicit HighlightLegend(QObject *parent = nullptr);
    ~HighlightLegend() override;

    HighlightKindMask visibleKinds() const;
    void setVisibleKinds(HighlightKindMask kinds);
    QAction *action(HighlightKind kind) const { return m_actions[static_cast<size_t>(kind)]; }
    QList<QAction *> kindActions() const;
    // Redraws the swatches for `palette`'s lightness (call on palette changes).
    void updateIcons(const QPalette &palette);

Q_SIGNALS:
    void visibleKindsChanged(lede::ui::HighlightKindMask kinds);

private:
    void onToggled();

    std::array<QAction *, kHighlightKindCount> m_actions{};
    bool m_updating = false;
};

} // namespace lede::ui
