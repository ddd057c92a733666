// EntityListModel: the entity list of one document as a two-level item model — a group per highlight kind
// ("People (12)"), under it the kind's entities with their mention counts, most mentioned first. It reads the
// AnnotationModel's entity vector in place and keeps only the order of its rows: names, counts and labels are
// made when a view asks for them, so a book's thousands of entities are listed in a few milliseconds.
// The filter (a case-insensitive part of a name) lives here too; a group shows while one of its entities does,
// and then says how many it shows ("Places (2 of 7)").
#pragma once

#include "annotate/AnnotationModel.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QLocale>
#include <QPointer>

#include <array>
#include <string>
#include <vector>

namespace lede::ui {

class EntityListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityListModel)

public:
    enum Column { NameColumn, MentionsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // entity rows: the entity's id (QString)
        MentionCountRole,          // entity rows: the number of mentions
        KindRole,                  // both: the row's HighlightKind (int)
        TotalRole,                 // group rows: the number of entities of the kind, filtered or not
    };

    explicit EntityListModel(QObject *parent = nullptr);
    ~EntityListModel() override;

    // The annotations to list (null: nothing). Not owned; followed through its change signals.
    void setSource(const AnnotationModel *source);
    // Shows only entities whose name contains `text` (any case); "" shows all.
    void setFilterText(const QString &text);
    const QString &filterText() const { return m_filter; }
    // Numbers are written in this locale; the group swatches are drawn in this palette.
    void setLocale(const QLocale &locale);
    void setPalette(const QPalette &palette);

    // The row of an entity (column 0), invalid when it is unknown or filtered out.
    QModelIndex indexOfEntity(const std::string &id) const;
    // The entity of an entity row (any column), "" for group rows and invalid indexes.
    std::string entityId(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const { return index.isValid() && index.internalId() == 0; }
    int shownEntityCount() const;
    // The count cell of the most mentioned entity shown (its number is the widest), invalid when none is.
    QModelIndex widestCountIndex() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        HighlightKind kind = HighlightKind::Other;
        std::vector<int> entities; // indexes into the source's entities, in list order
        std::vector<int> shown;    // those that pass the filter, in list order
    };

    // Regroups and re-sorts the source's entities (a new analysis or a correction).
    void reload();
    // Recomputes what the filter shows; the caller resets the model around it.
    void applyFilter();
    // The entity behind an entity row, or null.
    const core::Entity *entityAt(const QModelIndex &index) const;
    QString groupLabel(const Group &group) const;

    QPointer<const AnnotationModel> m_source;
    QString m_filter;
    QLocale m_locale;
    std::array<QIcon, kHighlightKindCount> m_swatches;
    std::vector<Group> m_groups;      // the kinds with entities, in legend order
    std::vector<int> m_shownGroups;   // the rows of the top level: indexes into m_groups
    std::vector<int> m_rowOfEntity;   // per source entity: its row in its group while shown, else -1
    std::vector<int> m_groupOfEntity; // per source entity: its index in m_groups
};

} // namespace lede::ui
