// ContextPanel: the selected entity — name, type, mention count; for a place its country and coordinates
// (when the gazetteer knows it); for a person the entities they appear with most — and every mention as a
// keyword-in-context line in document order. Activating a line asks the article to go there; the article's
// current mention is the selected line, and the header says which it is ("mention 2 of 4").
#pragma once

#include "annotate/AnnotationModel.h"
#include "entities/CoOccurrence.h"
#include "entities/PlaceGazetteer.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <string>

class QLabel;
class QListView;
class QStandardItemModel;

namespace lede::ui {

class ContextPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextPanel)

public:
    explicit ContextPanel(QWidget *parent = nullptr);
    ~ContextPanel() override;
    QSize sizeHint() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    void setModel(const AnnotationModel *model);
    void setGazetteer(std::shared_ptr<const core::PlaceGazetteer> gazetteer);
    // "" shows the hint for an empty selection.
    void showEntity(const std::string &id);
    const std::string &entityId() const { return m_id; }
    // The article's current mention of the shown entity (-1: none): selects its line, names it in the header.
    void setCurrentMention(int index);
    int currentMention() const { return m_current; }

    int mentionLineCount() const;
    QListView *lines() const { return m_lines; }
    QString headline() const;
    QString details() const;
    QString summary() const;

Q_SIGNALS:
    void mentionActivated(lede::core::TextRange range);
    // A co-occurring entity's link was followed.
    void entityActivated(const std::string &id);

private:
    void refresh();
    void updateSummary();
    void invalidate();
    QString relatedText(const core::Entity &entity, size_t index);

    QPointer<const AnnotationModel> m_model;
    std::shared_ptr<const core::PlaceGazetteer> m_gazetteer;
    std::unique_ptr<core::CoOccurrenceIndex> m_cooccurrence; // built on first use per entity list
    std::string m_id;
    int m_current = -1;
    QLabel *m_name;
    QLabel *m_summary;
    QLabel *m_details;
    QListView *m_lines;
    QStandardItemModel *m_items;
    QTimer m_relayout; // re-measures the wrapped lines after a width change
};

} // namespace lede::ui
