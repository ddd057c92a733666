// ContextPanel: entity header, gazetteer / co-occurrence details and keyword-in-context lines.
#include "annotate/ContextPanel.h"

#include "annotate/KwicDelegate.h"
#include "entities/MentionContext.h"

#include <QLabel>
#include <QListView>
#include <QResizeEvent>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace lede::ui {

namespace {
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;
constexpr size_t kRelatedShown = 5;

// A context line is one wrapped paragraph: line and paragraph separators inside it become spaces.
QString flatten(std::u16string_view s)
{
    QString q = QString::fromStdU16String(std::u16string(s));
    for (QChar &c : q) {
        if (c == QLatin1Char('\n') || c == QChar(0x2028) || c == QChar(0x2029) || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return q;
}
} // namespace

ContextPanel::ContextPanel(QWidget *parent)
    : QWidget(parent), m_name(new QLabel(this)), m_summary(new QLabel(this)), m_details(new QLabel(this)),
      m_lines(new QListView(this)), m_items(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("contextPanel"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_lines->setModel(m_items);
    m_lines->setItemDelegate(new KwicDelegate(m_lines));
    // Lines wrap to the panel's width, so their heights differ; a long list is laid out in batches so a
    // book's most frequent name does not hold up the event loop.
    m_lines->setUniformItemSizes(false);
    m_lines->setLayoutMode(QListView::Batched);
    m_lines->setBatchSize(200);
    m_lines->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_lines->setAlternatingRowColors(true);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lines->setResizeMode(QListView::Adjust);
    // QListView re-lays out a top-to-bottom list only when its height changes; wrapped lines must also be
    // re-measured when the width does (the dock is dragged wider or narrower).
    m_lines->viewport()->installEventFilter(this);
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0);
    connect(&m_relayout, &QTimer::timeout, m_lines, &QListView::doItemsLayout);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(m_lines, 1);
    layout->addStretch(0); // keeps the hint at the top while no entity is shown
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT mentionActivated({index.data(kStartRole).toInt(), index.data(kEndRole).toInt()});
    };
    connect(m_lines, &QListView::clicked, this, activate);
    connect(m_lines, &QListView::activated, this, activate);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("entity:")))
            Q_EMIT entityActivated(link.mid(7).toStdString());
    });
    refresh();
}

ContextPanel::~ContextPanel()
{
    // The list's viewport outlives this object's members while QWidget deletes the children.
    m_lines->viewport()->removeEventFilter(this);
}

bool ContextPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lines->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_relayout.start(); // coalesces the many resizes of a drag into one layout
    }
    return QWidget::eventFilter(watched, event);
}

QSize ContextPanel::sizeHint() const
{
    // Room for a readable line of context (about 45 characters) so the dock opens at a useful width.
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 45 + 2 * KwicDelegate::kHorizontalPadding + 24, QWidget::sizeHint().height()};
}

void ContextPanel::setModel(const AnnotationModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &AnnotationModel::analysisChanged, this, &ContextPanel::invalidate);
        connect(m_model, &AnnotationModel::entitiesChanged, this, &ContextPanel::invalidate);
    }
    m_id.clear();
    invalidate();
}

void ContextPanel::setGazetteer(std::shared_ptr<const core::PlaceGazetteer> gazetteer)
{
    m_gazetteer = std::move(gazetteer);
    refresh();
}

void ContextPanel::invalidate()
{
    m_cooccurrence.reset();
    refresh();
}

void ContextPanel::showEntity(const std::string &id)
{
    if (id == m_id)
        return;
    m_id = id;
    refresh();
}

int ContextPanel::mentionLineCount() const
{
    return m_items->rowCount();
}

QString ContextPanel::headline() const
{
    return m_name->text();
}

QString ContextPanel::details() const
{
    return m_details->text();
}

QString ContextPanel::summary() const
{
    return m_summary->text();
}

void ContextPanel::setCurrentMention(int index)
{
    m_current = index >= 0 && index < m_items->rowCount() ? index : -1;
    updateSummary();
    QItemSelectionModel *selection = m_lines->selectionModel();
    if (m_current < 0) {
        selection->clearSelection();
        return;
    }
    const QModelIndex line = m_items->index(m_current, 0);
    selection->setCurrentIndex(line, QItemSelectionModel::ClearAndSelect);
    m_lines->scrollTo(line);
}

void ContextPanel::updateSummary()
{
    const core::Entity *entity = m_model ? m_model->entity(m_id) : nullptr;
    if (!entity)
        return;
    const int count = static_cast<int>(entity->mentions.size());
    const QString type = entityTypeDisplayName(entity->type);
    if (m_current >= 0)
        m_summary->setText(
            tr("%1 · mention %2 of %3").arg(type, locale().toString(m_current + 1), locale().toString(count)));
    else
        m_summary->setText(count == 1 ? tr("%1 · 1 mention").arg(type)
                                      : tr("%1 · %2 mentions").arg(type, locale().toString(count)));
}

QString ContextPanel::relatedText(const core::Entity &entity, size_t index)
{
    if (entity.type == core::EntityType::Place) {
        if (!m_gazetteer)
            return {};
        const auto info = m_gazetteer->lookup(std::u16string_view(entity.name));
        if (!info)
            return {};
        QString text = info->isCountry ? tr("Country") : QString::fromStdString(info->countryName);
        if (info->hasCoordinates) {
            const QString lat = locale().toString(std::abs(info->latitude), 'f', 2) + QChar(0x00B0)
                                + (info->latitude >= 0 ? tr("N", "north") : tr("S", "south"));
            const QString lon = locale().toString(std::abs(info->longitude), 'f', 2) + QChar(0x00B0)
                                + (info->longitude >= 0 ? tr("E", "east") : tr("W", "west"));
            text = text.isEmpty() ? tr("%1, %2").arg(lat, lon) : tr("%1 · %2, %3").arg(text, lat, lon);
        }
        return text.toHtmlEscaped();
    }
    if (entity.type != core::EntityType::Person || !m_model->analysis())
        return {};
    if (!m_cooccurrence)
        m_cooccurrence = std::make_unique<core::CoOccurrenceIndex>(m_model->entities(),
                                                                   m_model->analysis()->segmentation);
    QStringList names;
    for (const core::CoOccurrence &c : m_cooccurrence->top(index, kRelatedShown)) {
        const core::Entity &other = m_model->entities()[c.entity];
        names << QStringLiteral("<a href=\"entity:%1\">%2</a>")
                     .arg(QString::fromStdString(other.id), QString::fromStdU16String(other.name).toHtmlEscaped());
    }
    if (names.isEmpty())
        return {};
    return tr("Appears most with %1").arg(locale().createSeparatedList(names));
}

void ContextPanel::refresh()
{
    m_items->clear();
    m_current = -1;
    const core::Entity *entity = m_model ? m_model->entity(m_id) : nullptr;
    if (!entity) {
        m_name->setText(tr("No entity selected"));
        m_summary->setText(tr("Click a highlighted name in the article, or choose one in the entity list."));
        m_summary->setWordWrap(true);
        m_details->clear();
        m_details->hide();
        m_lines->hide();
        return;
    }
    const int count = static_cast<int>(entity->mentions.size());
    m_lines->show();
    m_name->setText(QString::fromStdU16String(entity->name));
    updateSummary();
    const QString related = relatedText(*entity, static_cast<size_t>(m_model->entityIndex(m_id)));
    m_details->setText(related);
    m_details->setVisible(!related.isEmpty());

    const std::u16string_view text = m_model->document()->text;
    const core::SentenceLocator locator(m_model->analysis()->segmentation);
    const std::vector<core::TextRange> sentences = locator.sentencesOf(entity->mentions);
    m_items->setRowCount(count);
    for (int i = 0; i < count; ++i) {
        const core::TextRange m = entity->mentions[static_cast<size_t>(i)];
        const core::TextRange w = core::contextWindow(text, sentences[static_cast<size_t>(i)], m);
        const auto part = [&](int32_t from, int32_t to) {
            return from < to ? flatten(text.substr(static_cast<size_t>(from), static_cast<size_t>(to - from)))
                             : QString();
        };
        const QString before = part(w.start, m.start);
        const QString mention = part(m.start, m.end);
        const QString after = part(m.end, w.end);
        auto *item = new QStandardItem(before + mention + after);
        item->setData(before, KwicDelegate::kBeforeRole);
        item->setData(mention, KwicDelegate::kMentionRole);
        item->setData(after, KwicDelegate::kAfterRole);
        item->setData(m.start, kStartRole);
        item->setData(m.end, kEndRole);
        item->setToolTip(before + mention + after);
        m_items->setItem(i, item);
    }
}

} // namespace lede::ui
