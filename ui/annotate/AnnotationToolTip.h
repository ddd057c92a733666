// AnnotationToolTip: the hover text of a mention or date — type, canonical name, number of mentions; for
// a date, its value in words in the user's locale.
#pragma once

#include "annotate/AnnotationModel.h"
#include "annotate/DateDescriber.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace lede::ui {

class AnnotationToolTip final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::AnnotationToolTip)

public:
    // Rich text (escaped); empty when `hit` refers to nothing.
    static QString text(const AnnotationModel &model, const AnnotationHit &hit, const QLocale &locale = QLocale());
    // Whether the model's article has a reference date that relative dates were resolved against.
    static DateDescriber::Reference referenceOf(const AnnotationModel &model);
};

} // namespace lede::ui
