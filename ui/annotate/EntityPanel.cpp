// EntityPanel: a two-level tree (type → entity) over an EntityListModel, which also filters.
#include "annotate/EntityPanel.h"

#include "annotate/EntityListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace lede::ui {

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)), m_list(new EntityListModel(this))
{
    setObjectName(QStringLiteral("entityPanel"));
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    m_list->setLocale(locale());
    m_list->setPalette(palette());
    m_view->setModel(m_list);
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
    connect(m_list, &QAbstractItemModel::modelReset, this, &EntityPanel::restoreView);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntityPanel::onSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_currentId = m_list->entityId(current); });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &EntityPanel::showMenu);
    // Folding a group is remembered across new entities; unfolding forgets it.
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &group) {
        if (!m_updating && m_list->isGroup(group))
            m_collapsed |= maskOf(static_cast<HighlightKind>(group.data(EntityListModel::KindRole).toInt()));
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &group) {
        if (!m_updating && m_list->isGroup(group))
            m_collapsed &= static_cast<HighlightKindMask>(
                ~maskOf(static_cast<HighlightKind>(group.data(EntityListModel::KindRole).toInt())));
    });
    restoreView();
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
    m_model = model;
    // Another document's entities: nothing of this one's selection carries over.
    m_selectedIds.clear();
    m_currentId.clear();
    m_list->setSource(model);
}

void EntityPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    // A filter shows every match: folded groups open, and stay open once it is cleared.
    if (!text.isEmpty())
        m_collapsed = 0;
    m_list->setFilterText(text);
}

void EntityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_list->setPalette(palette());
    } else if (event->type() == QEvent::LocaleChange) {
        m_list->setLocale(locale());
        fitCountColumn();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitCountColumn();
    }
    QWidget::changeEvent(event);
}

void EntityPanel::restoreView()
{
    m_updating = true;
    // A reset also resets the header's sections.
    m_view->header()->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(EntityListModel::MentionsColumn, QHeaderView::Fixed);
    m_view->header()->setStretchLastSection(false);
    fitCountColumn();
    const bool filtering = !m_list->filterText().isEmpty();
    for (int g = 0; g < m_list->rowCount(); ++g) {
        const QModelIndex group = m_list->index(g, 0);
        const auto kind = static_cast<HighlightKind>(group.data(EntityListModel::KindRole).toInt());
        if (filtering || !(m_collapsed & maskOf(kind)))
            m_view->expand(group);
    }
    QItemSelection selection;
    for (const std::string &id : m_selectedIds) {
        const QModelIndex row = m_list->indexOfEntity(id);
        if (row.isValid())
            selection.select(row, row.siblingAtColumn(EntityListModel::MentionsColumn));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_list->indexOfEntity(m_currentId);
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    // What a filter hid is no longer selected, even once the filter is cleared (the reset told no one).
    m_selectedIds = selectedEntities();
    m_currentId = m_list->entityId(m_view->selectionModel()->currentIndex());
    m_updating = false;
}

void EntityPanel::fitCountColumn()
{
    // As wide as the widest count or the title, measured on the one row that has it: ResizeToContents measured
    // a thousand rows at every layout of a book's list (and missed a wider count further down).
    QHeaderView *header = m_view->header();
    int width = header->sectionSizeHint(EntityListModel::MentionsColumn);
    if (const QModelIndex widest = m_list->widestCountIndex(); widest.isValid())
        width = std::max(width, m_view->sizeHintForIndex(widest).width());
    header->resizeSection(EntityListModel::MentionsColumn, width);
}

void EntityPanel::setSelectedEntity(const std::string &id)
{
    m_updating = true;
    const QModelIndex index = id.empty() ? QModelIndex() : m_list->indexOfEntity(id);
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
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(EntityListModel::NameColumn)) {
        std::string id = m_list->entityId(index);
        if (!id.empty())
            ids.push_back(std::move(id));
    }
    return ids;
}

int EntityPanel::visibleEntityCount() const
{
    return m_list->shownEntityCount();
}

QStringList EntityPanel::groupLabels() const
{
    QStringList labels;
    for (int g = 0; g < m_list->rowCount(); ++g)
        labels << m_list->index(g, 0).data().toString();
    return labels;
}

void EntityPanel::onSelectionChanged()
{
    m_selectedIds = selectedEntities();
    if (m_updating)
        return;
    const std::string id = m_list->entityId(m_view->selectionModel()->currentIndex());
    const auto &selected = m_selectedIds;
    if (!id.empty() && std::find(selected.begin(), selected.end(), id) != selected.end())
        Q_EMIT entitySelected(id);
    else if (selected.size() == 1)
        Q_EMIT entitySelected(selected.front());
}

void EntityPanel::showMenu(const QPoint &pos)
{
    const std::string id = m_list->entityId(m_view->indexAt(pos));
    if (id.empty() || !m_model)
        return;
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
