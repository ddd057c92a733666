// EntityPanel: a two-level tree (type → entity) over a QStandardItemModel, filtered by a proxy.
#include "annotate/EntityPanel.h"

#include "annotate/HighlightPalette.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace lede::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCountRole = Qt::UserRole + 2;
// What the filter matches: an entity's name. Group rows have none, so a group shows while, and only while,
// one of its entities does ("of" in "Places (2 of 7)" must not keep an emptied group).
constexpr int kFilterRole = Qt::UserRole + 3;
constexpr int kKindRole = Qt::UserRole + 4;  // group rows: their HighlightKind
constexpr int kTotalRole = Qt::UserRole + 5; // group rows: their number of entities
} // namespace

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_items(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("entityPanel"));
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_items);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(kFilterRole);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, this, &EntityPanel::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntityPanel::onSelectionChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &EntityPanel::showMenu);
    rebuild();
}

EntityPanel::~EntityPanel() = default;

QSize EntityPanel::sizeHint() const
{
    // Wide enough for a long organisation name ("World Meteorological Organization") beside its count, so
    // the dock does not open eliding the names it lists.
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 44 + fm.horizontalAdvance(QStringLiteral("00000")) + 48,
            QWidget::sizeHint().height()};
}

QSize EntityPanel::minimumSizeHint() const
{
    // A name of ordinary length ("Tomasz Kieślowski", "Organisations (12)") stays whole beside its count
    // under the tree's indentation: the dock is never squeezed into eliding every name it lists.
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QStringLiteral("Tomasz Kieślowski-Nowak"))
                + fm.horizontalAdvance(QStringLiteral("00000")) + 2 * m_view->indentation() + 40,
            QWidget::minimumSizeHint().height()};
}

void EntityPanel::setModel(const AnnotationModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &AnnotationModel::analysisChanged, this, &EntityPanel::rebuild);
        connect(m_model, &AnnotationModel::entitiesChanged, this, &EntityPanel::rebuild);
    }
    rebuild();
}

void EntityPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    updateGroupLabels();
    if (!text.isEmpty())
        m_view->expandAll();
}

void EntityPanel::updateGroupLabels()
{
    const bool filtered = !m_proxy->filterRegularExpression().pattern().isEmpty();
    for (int g = 0; g < m_items->rowCount(); ++g) {
        QStandardItem *group = m_items->item(g);
        const QString kind = highlightKindPluralName(static_cast<HighlightKind>(group->data(kKindRole).toInt()));
        const int total = group->data(kTotalRole).toInt();
        const QModelIndex shown = m_proxy->mapFromSource(group->index());
        const int visible = shown.isValid() ? m_proxy->rowCount(shown) : 0;
        // The group row counts entities, not mentions: say so in its label, not in the Mentions column.
        group->setText(filtered ? tr("%1 (%2 of %3)", "entity group while filtering: shown of all")
                                      .arg(kind, locale().toString(visible), locale().toString(total))
                                : tr("%1 (%2)").arg(kind, locale().toString(total)));
    }
}

void EntityPanel::rebuild()
{
    const std::vector<std::string> keep = selectedEntities();
    m_updating = true;
    m_items->clear();
    m_items->setHorizontalHeaderLabels({tr("Entity"), tr("Mentions")});
    const HighlightPalette palette(this->palette());
    if (m_model) {
        const auto &entities = m_model->entities();
        std::vector<size_t> order(entities.size());
        std::iota(order.begin(), order.end(), size_t{0});
        // Most mentioned first; ties by first appearance.
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return entities[a].mentions.size() > entities[b].mentions.size();
        });
        for (HighlightKind kind : kAllHighlightKinds) {
            if (kind == HighlightKind::Date)
                continue;
            auto *group = new QStandardItem(palette.swatch(kind), highlightKindPluralName(kind));
            auto *groupCount = new QStandardItem();
            group->setSelectable(false);
            groupCount->setSelectable(false);
            int entityCount = 0;
            for (size_t i : order) {
                if (highlightKindFor(entities[i].type) != kind)
                    continue;
                const int mentions = static_cast<int>(entities[i].mentions.size());
                auto *name = new QStandardItem(QString::fromStdU16String(entities[i].name));
                name->setData(QString::fromStdString(entities[i].id), kIdRole);
                name->setData(name->text(), kFilterRole);
                auto *count = new QStandardItem(locale().toString(mentions));
                count->setData(mentions, kCountRole);
                count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                group->appendRow({name, count});
                ++entityCount;
            }
            if (entityCount == 0) {
                delete group;
                delete groupCount;
                continue;
            }
            group->setData(static_cast<int>(kind), kKindRole);
            group->setData(entityCount, kTotalRole);
            m_items->appendRow({group, groupCount});
        }
    }
    updateGroupLabels();
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_updating = false;
    if (keep.size() == 1)
        setSelectedEntity(keep.front());
}

QStandardItem *EntityPanel::itemFor(const std::string &id) const
{
    const QString key = QString::fromStdString(id);
    for (int g = 0; g < m_items->rowCount(); ++g) {
        QStandardItem *group = m_items->item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r)->data(kIdRole).toString() == key)
                return group->child(r);
        }
    }
    return nullptr;
}

void EntityPanel::setSelectedEntity(const std::string &id)
{
    m_updating = true;
    const QStandardItem *item = id.empty() ? nullptr : itemFor(id);
    const QModelIndex index = item ? m_proxy->mapFromSource(item->index()) : QModelIndex();
    if (index.isValid()) {
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_updating = false;
}

std::vector<std::string> EntityPanel::selectedEntities() const
{
    std::vector<std::string> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(0)) {
        const QString id = m_proxy->mapToSource(index).data(kIdRole).toString();
        if (!id.isEmpty())
            ids.push_back(id.toStdString());
    }
    return ids;
}

int EntityPanel::visibleEntityCount() const
{
    int n = 0;
    for (int g = 0; g < m_proxy->rowCount(); ++g)
        n += m_proxy->rowCount(m_proxy->index(g, 0));
    return n;
}

QStringList EntityPanel::groupLabels() const
{
    QStringList labels;
    for (int g = 0; g < m_proxy->rowCount(); ++g)
        labels << m_proxy->index(g, 0).data().toString();
    return labels;
}

void EntityPanel::onSelectionChanged()
{
    if (m_updating)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString id = m_proxy->mapToSource(current.siblingAtColumn(0)).data(kIdRole).toString();
    const auto selected = selectedEntities();
    if (!id.isEmpty() && std::find(selected.begin(), selected.end(), id.toStdString()) != selected.end())
        Q_EMIT entitySelected(id.toStdString());
    else if (selected.size() == 1)
        Q_EMIT entitySelected(selected.front());
}

void EntityPanel::showMenu(const QPoint &pos)
{
    const QString clicked = m_proxy->mapToSource(m_view->indexAt(pos).siblingAtColumn(0)).data(kIdRole).toString();
    if (clicked.isEmpty() || !m_model)
        return;
    const std::string id = clicked.toStdString();
    const core::Entity *entity = m_model->entity(id);
    if (!entity)
        return;
    QMenu menu(this);
    // Merge: every other selected entity joins the one right-clicked.
    std::vector<std::string> others;
    for (const std::string &s : selectedEntities()) {
        if (s != id)
            others.push_back(s);
    }
    QAction *merge = menu.addAction(others.empty() ? tr("Merge (select two or more entities first)")
                                                   : tr("Merge Selected into “%1”")
                                                         .arg(QString::fromStdU16String(entity->name)));
    merge->setEnabled(!others.empty());
    connect(merge, &QAction::triggered, this, [this, others, id] {
        for (const std::string &from : others)
            Q_EMIT mergeRequested(from, id);
    });
    connect(menu.addAction(tr("Rename…")), &QAction::triggered, this, [this, id] { Q_EMIT renameRequested(id); });
    QMenu *types = menu.addMenu(tr("Change Type"));
    for (core::EntityType t : {core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization,
                               core::EntityType::Other}) {
        QAction *a = types->addAction(entityTypeDisplayName(t));
        a->setCheckable(true);
        a->setChecked(t == entity->type);
        connect(a, &QAction::triggered, this, [this, id, t] { Q_EMIT retypeRequested(id, t); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Remove (Not an Entity)")), &QAction::triggered, this,
            [this, id] { Q_EMIT removeRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace lede::ui
