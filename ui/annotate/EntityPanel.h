// EntityPanel: the entity list of the current document — grouped by type, each entity with its mention
// count, most mentioned first, with a filter field. Selecting an entity reports it; the context menu asks
// for corrections (merge, rename, change type, remove), which the controller carries out.
#pragma once

#include "annotate/AnnotationModel.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <string>
#include <vector>

class QLineEdit;
class QTreeView;

namespace lede::ui {

class EntityListModel;

class EntityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPanel)

public:
    explicit EntityPanel(QWidget *parent = nullptr);
    ~EntityPanel() override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The model to list (null: empty panel). Not owned.
    void setModel(const AnnotationModel *model);
    // Selects the entity's row without emitting entitySelected ("" clears).
    void setSelectedEntity(const std::string &id);
    std::vector<std::string> selectedEntities() const;
    void setFilterText(const QString &text);

    QTreeView *view() const { return m_view; }
    // Entity rows currently shown (after filtering).
    int visibleEntityCount() const;
    // The labels of the group rows shown, top to bottom.
    QStringList groupLabels() const;

Q_SIGNALS:
    void entitySelected(const std::string &id);
    void mergeRequested(const std::string &fromId, const std::string &intoId);
    void renameRequested(const std::string &id);
    void retypeRequested(const std::string &id, lede::core::EntityType type);
    void removeRequested(const std::string &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    // After the list was reset (new entities, another filter): the column widths, the groups folded as the
    // user left them (all open while filtering) and the selection of the entities still shown.
    void restoreView();
    // The Mentions column as wide as its widest number.
    void fitCountColumn();
    void onSelectionChanged();
    void showMenu(const QPoint &pos);

    QPointer<const AnnotationModel> m_model;
    QLineEdit *m_filter;
    QTreeView *m_view;
    EntityListModel *m_list;
    // Kept at every change, not read at the reset: by then the entities behind the old rows may be gone.
    std::vector<std::string> m_selectedIds;
    std::string m_currentId;
    HighlightKindMask m_collapsed = 0; // the groups the user folded
    bool m_updating = false;
};

} // namespace lede::ui
