// AddEntityDialog: an editable entity chooser plus a type for new entities.
#include "annotate/AddEntityDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lede::ui {

AddEntityDialog::AddEntityDialog(const AnnotationModel &model, const QString &selectedText,
                                 core::EntityType proposedType, QWidget *parent)
    : QDialog(parent), m_model(model), m_name(new QComboBox(this)), m_type(new QComboBox(this))
{
    setWindowTitle(tr("Add as Entity"));
    // Room for the hint on two lines and a long organisation name in the field.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    for (const core::Entity &e : model.entities())
        m_name->addItem(QString::fromStdU16String(e.name), QString::fromStdString(e.id));
    m_name->model()->sort(0);
    m_name->setCurrentIndex(-1);
    m_name->setEditText(selectedText.simplified());
    for (core::EntityType t : {core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization,
                               core::EntityType::Other})
        m_type->addItem(entityTypeDisplayName(t), static_cast<int>(t));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(proposedType)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(tr("Choose an entity from the list to add “%1” to it, or type a new name.")
                                .arg(selectedText.simplified()),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(tr("&Entity:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QComboBox::editTextChanged, this, &AddEntityDialog::onNameChanged);
    connect(m_name, &QComboBox::currentIndexChanged, this, &AddEntityDialog::onNameChanged);
    onNameChanged();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

AddEntityDialog::~AddEntityDialog() = default;

std::string AddEntityDialog::existingEntityId() const
{
    const int i = m_name->findText(m_name->currentText(), Qt::MatchFixedString);
    return i < 0 ? std::string() : m_name->itemData(i).toString().toStdString();
}

QString AddEntityDialog::newName() const
{
    return m_name->currentText().trimmed();
}

core::EntityType AddEntityDialog::newType() const
{
    return static_cast<core::EntityType>(m_type->currentData().toInt());
}

void AddEntityDialog::onNameChanged()
{
    // An existing entity keeps its own type.
    if (const core::Entity *e = m_model.entity(existingEntityId())) {
        m_type->setCurrentIndex(m_type->findData(static_cast<int>(e->type)));
        m_type->setEnabled(false);
    } else {
        m_type->setEnabled(true);
    }
}

} // namespace lede::ui
