// AddEntityDialog: "Add as Entity…" — the selected text becomes a mention of an existing entity (chosen
// from the list) or of a new entity with the typed name and a chosen type (proposed by the caller, from what
// the text around the selection suggests).
#pragma once

#include "annotate/AnnotationModel.h"

#include <QDialog>

#include <string>

class QComboBox;

namespace lede::ui {

class AddEntityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddEntityDialog)

public:
    AddEntityDialog(const AnnotationModel &model, const QString &selectedText,
                    core::EntityType proposedType = core::EntityType::Person, QWidget *parent = nullptr);
    ~AddEntityDialog() override;

    // The existing entity chosen, or "" for a new one.
    std::string existingEntityId() const;
    QString newName() const;
    core::EntityType newType() const;

private:
    void onNameChanged();

    const AnnotationModel &m_model;
    QComboBox *m_name;
    QComboBox *m_type;
};

} // namespace lede::ui
