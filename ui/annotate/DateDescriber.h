// DateDescriber: a TIMEX3 value in words in the user's locale — "Monday, 25 April 2022",
// "25 April, year unknown", "April 2022", "the 1960s", "4 days", "21 April 2022 – 24 April 2022".
#pragma once

#include "timex/Timex.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace lede::ui {

class DateDescriber final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::DateDescriber)

public:
    explicit DateDescriber(const QLocale &locale = QLocale());

    // The whole expression: a range reads "start – end"; otherwise the value.
    QString describe(const core::Timex &timex) const;
    // One TIMEX3 value (date, week, month, season, decade, time, duration, reference word).
    QString describeValue(const QString &value) const;

private:
    QString describeDuration(const QString &value) const;
    static QString countOf(const char *source, int n);
    QString dayAndMonth(int month, int day) const;

    QLocale m_locale;
};

} // namespace lede::ui
