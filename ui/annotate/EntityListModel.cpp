// EntityListModel: group rows have internal id 0; an entity row's internal id is its group's top-level row + 1.
// Every change (a new analysis, a correction, another filter) resets the model: the rows are index vectors
// rebuilt in well under a millisecond, and a reset lets the view lay out once instead of row by row.
#include "annotate/EntityListModel.h"

#include "annotate/HighlightPalette.h"

#include <algorithm>
#include <numeric>

namespace lede::ui {

namespace {
// The kinds listed, in legend order: dates are not entities.
constexpr std::array kListedKinds = {HighlightKind::Person, HighlightKind::Place, HighlightKind::Organization,
                                     HighlightKind::Other};
} // namespace

EntityListModel::EntityListModel(QObject *parent) : QAbstractItemModel(parent) {}

EntityListModel::~EntityListModel() = default;

void EntityListModel::setSource(const AnnotationModel *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    beginResetModel();
    m_source = source;
    if (m_source) {
        connect(m_source, &AnnotationModel::analysisChanged, this, [this] {
            beginResetModel();
            reload();
            endResetModel();
        });
        connect(m_source, &AnnotationModel::entitiesChanged, this, [this] {
            beginResetModel();
            reload();
            endResetModel();
        });
    }
    reload();
    endResetModel();
}

void EntityListModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    applyFilter();
    endResetModel();
}

void EntityListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_shownGroups.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EntityListModel::setPalette(const QPalette &palette)
{
    const HighlightPalette colours(palette);
    for (HighlightKind kind : kListedKinds)
        m_swatches[static_cast<size_t>(kind)] = colours.swatch(kind);
    if (!m_shownGroups.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

void EntityListModel::reload()
{
    m_groups.clear();
    m_groupOfEntity.clear();
    if (m_source) {
        const std::vector<core::Entity> &entities = m_source->entities();
        std::vector<int> order(entities.size());
        std::iota(order.begin(), order.end(), 0);
        // Most mentioned first; ties by first appearance.
        std::stable_sort(order.begin(), order.end(), [&entities](int a, int b) {
            return entities[static_cast<size_t>(a)].mentions.size() > entities[static_cast<size_t>(b)].mentions.size();
        });
        std::array<int, kHighlightKindCount> groupOfKind{};
        groupOfKind.fill(-1);
        for (HighlightKind kind : kListedKinds) {
            groupOfKind[static_cast<size_t>(kind)] = static_cast<int>(m_groups.size());
            m_groups.push_back({kind, {}, {}});
        }
        m_groupOfEntity.assign(entities.size(), -1);
        for (int i : order) {
            const int g = groupOfKind[static_cast<size_t>(highlightKindFor(entities[static_cast<size_t>(i)].type))];
            if (g < 0)
                continue;
            m_groups[static_cast<size_t>(g)].entities.push_back(i);
            m_groupOfEntity[static_cast<size_t>(i)] = g;
        }
        // Only kinds with entities are listed.
        std::vector<int> newIndex(m_groups.size(), -1);
        std::vector<Group> kept;
        for (size_t g = 0; g < m_groups.size(); ++g) {
            if (m_groups[g].entities.empty())
                continue;
            newIndex[g] = static_cast<int>(kept.size());
            kept.push_back(std::move(m_groups[g]));
        }
        m_groups = std::move(kept);
        for (int &g : m_groupOfEntity)
            g = g < 0 ? -1 : newIndex[static_cast<size_t>(g)];
    }
    applyFilter();
}

void EntityListModel::applyFilter()
{
    m_shownGroups.clear();
    m_rowOfEntity.assign(m_groupOfEntity.size(), -1);
    if (!m_source)
        return;
    const std::vector<core::Entity> &entities = m_source->entities();
    for (size_t g = 0; g < m_groups.size(); ++g) {
        Group &group = m_groups[g];
        if (m_filter.isEmpty()) {
            group.shown = group.entities;
        } else {
            group.shown.clear();
            for (int i : group.entities) {
                const std::u16string &name = entities[static_cast<size_t>(i)].name;
                if (QStringView(name.data(), static_cast<qsizetype>(name.size()))
                        .contains(m_filter, Qt::CaseInsensitive))
                    group.shown.push_back(i);
            }
        }
        // A group shows while, and only while, one of its entities does.
        if (group.shown.empty())
            continue;
        for (size_t r = 0; r < group.shown.size(); ++r)
            m_rowOfEntity[static_cast<size_t>(group.shown[r])] = static_cast<int>(r);
        m_shownGroups.push_back(static_cast<int>(g));
    }
}

QModelIndex EntityListModel::indexOfEntity(const std::string &id) const
{
    const int i = m_source ? m_source->entityIndex(id) : -1;
    if (i < 0 || static_cast<size_t>(i) >= m_rowOfEntity.size() || m_rowOfEntity[static_cast<size_t>(i)] < 0)
        return {};
    const auto shownGroup =
        std::find(m_shownGroups.begin(), m_shownGroups.end(), m_groupOfEntity[static_cast<size_t>(i)]);
    if (shownGroup == m_shownGroups.end())
        return {};
    return createIndex(m_rowOfEntity[static_cast<size_t>(i)], NameColumn,
                       static_cast<quintptr>(shownGroup - m_shownGroups.begin()) + 1);
}

std::string EntityListModel::entityId(const QModelIndex &index) const
{
    const core::Entity *e = entityAt(index);
    return e ? e->id : std::string();
}

int EntityListModel::shownEntityCount() const
{
    int n = 0;
    for (int g : m_shownGroups)
        n += static_cast<int>(m_groups[static_cast<size_t>(g)].shown.size());
    return n;
}

QModelIndex EntityListModel::widestCountIndex() const
{
    // Each group lists its most mentioned entity first.
    QModelIndex widest;
    size_t most = 0;
    for (size_t row = 0; row < m_shownGroups.size(); ++row) {
        const QModelIndex first = index(0, MentionsColumn, index(static_cast<int>(row), NameColumn));
        const core::Entity *e = entityAt(first);
        if (e && (!widest.isValid() || e->mentions.size() > most)) {
            widest = first;
            most = e->mentions.size();
        }
    }
    return widest;
}

const core::Entity *EntityListModel::entityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || !m_source)
        return nullptr;
    const size_t groupRow = index.internalId() - 1;
    if (groupRow >= m_shownGroups.size())
        return nullptr;
    const Group &group = m_groups[static_cast<size_t>(m_shownGroups[groupRow])];
    if (index.row() < 0 || static_cast<size_t>(index.row()) >= group.shown.size())
        return nullptr;
    const size_t i = static_cast<size_t>(group.shown[static_cast<size_t>(index.row())]);
    // Between a change of the source's entities and the reset it signals, rows may point past the end.
    return i < m_source->entities().size() ? &m_source->entities()[i] : nullptr;
}

QModelIndex EntityListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return static_cast<size_t>(row) < m_shownGroups.size() ? createIndex(row, column, quintptr{0}) : QModelIndex();
    if (parent.internalId() != 0 || row >= rowCount(parent))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex EntityListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), NameColumn, quintptr{0});
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_shownGroups.size());
    if (parent.internalId() != 0 || parent.column() != NameColumn
        || static_cast<size_t>(parent.row()) >= m_shownGroups.size())
        return 0;
    return static_cast<int>(
        m_groups[static_cast<size_t>(m_shownGroups[static_cast<size_t>(parent.row())])].shown.size());
}

int EntityListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString EntityListModel::groupLabel(const Group &group) const
{
    const QString kind = highlightKindPluralName(group.kind);
    const auto total = static_cast<int>(group.entities.size());
    // The group row counts entities, not mentions: say so in its label, not in the Mentions column.
    if (m_filter.isEmpty())
        return tr("%1 (%2)").arg(kind, m_locale.toString(total));
    return tr("%1 (%2 of %3)", "entity group while filtering: shown of all")
        .arg(kind, m_locale.toString(static_cast<int>(group.shown.size())), m_locale.toString(total));
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        if (static_cast<size_t>(index.row()) >= m_shownGroups.size())
            return {};
        const Group &group = m_groups[static_cast<size_t>(m_shownGroups[static_cast<size_t>(index.row())])];
        switch (role) {
        case Qt::DisplayRole: return index.column() == NameColumn ? QVariant(groupLabel(group)) : QVariant();
        case Qt::DecorationRole:
            return index.column() == NameColumn ? QVariant(m_swatches[static_cast<size_t>(group.kind)]) : QVariant();
        case KindRole: return static_cast<int>(group.kind);
        case TotalRole: return static_cast<int>(group.entities.size());
        default: return {};
        }
    }
    const core::Entity *e = entityAt(index);
    if (!e)
        return {};
    const auto mentions = static_cast<int>(e->mentions.size());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QString::fromStdU16String(e->name) : m_locale.toString(mentions);
    case Qt::TextAlignmentRole:
        return index.column() == MentionsColumn ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case IdRole: return QString::fromStdString(e->id);
    case MentionCountRole: return mentions;
    case KindRole: return static_cast<int>(highlightKindFor(e->type));
    default: return {};
    }
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Entity");
    case MentionsColumn: return tr("Mentions");
    default: return {};
    }
}

Qt::ItemFlags EntityListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Group rows are headings: they fold, but a selection holds entities only.
    return index.internalId() == 0 ? Qt::ItemIsEnabled
                                   : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace lede::ui
