// DateDescriber: TIMEX3 values in words. Unknown shapes fall back to the value itself, never to nothing.
#include "annotate/DateDescriber.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace lede::ui {

DateDescriber::DateDescriber(const QLocale &locale) : m_locale(locale) {}

QString DateDescriber::describe(const core::Timex &timex) const
{
    if (!timex.rangeStart.empty() && !timex.rangeEnd.empty()) {
        return tr("%1 – %2", "date range")
            .arg(describeValue(QString::fromStdString(timex.rangeStart)),
                 describeValue(QString::fromStdString(timex.rangeEnd)));
    }
    return describeValue(QString::fromStdString(timex.value));
}

QString DateDescriber::dayAndMonth(int month, int day) const
{
    // The locale's long date without weekday and year keeps its own day/month order ("25 April", "April 25").
    QString format = m_locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekdayOrYear(QStringLiteral("d{4}|y+"));
    format.remove(weekdayOrYear);
    static const QRegularExpression edges(QStringLiteral("^[\\s,.]+|[\\s,]+$"));
    format.remove(edges);
    static const QRegularExpression doubleSeparators(QStringLiteral("\\s*,\\s*,\\s*"));
    format.replace(doubleSeparators, QStringLiteral(", "));
    // A leap year so 29 February exists.
    return m_locale.toString(QDate(2000, month, day), format.trimmed());
}

QString DateDescriber::describeValue(const QString &value) const
{
    if (value.isEmpty())
        return tr("unknown date");
    if (value == QLatin1String("PRESENT_REF"))
        return tr("the present");
    if (value == QLatin1String("PAST_REF"))
        return tr("the past");
    if (value == QLatin1String("FUTURE_REF"))
        return tr("the future");
    if (value.startsWith(QLatin1Char('P')))
        return describeDuration(value);

    QRegularExpressionMatch m;
    static const QRegularExpression fullDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?$"));
    if ((m = fullDate.match(value)).hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid()) {
            const QString day = m_locale.toString(date, QLocale::LongFormat);
            if (m.captured(4).isEmpty())
                return day;
            const QTime time(m.captured(4).toInt(), m.captured(5).toInt());
            return tr("%1, %2", "date, time").arg(day, m_locale.toString(time, QLocale::ShortFormat));
        }
    }
    static const QRegularExpression yearlessDate(QStringLiteral("^XXXX-(\\d{2})-(\\d{2})$"));
    if ((m = yearlessDate.match(value)).hasMatch()) {
        const int month = m.captured(1).toInt();
        const int day = m.captured(2).toInt();
        if (QDate(2000, month, day).isValid())
            return tr("%1, year unknown").arg(dayAndMonth(month, day));
    }
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if ((m = yearMonth.match(value)).hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month >= 1 && month <= 12)
            return tr("%1 %2", "month year").arg(m_locale.standaloneMonthName(month), m.captured(1));
    }
    static const QRegularExpression yearlessMonth(QStringLiteral("^XXXX-(\\d{2})$"));
    if ((m = yearlessMonth.match(value)).hasMatch()) {
        const int month = m.captured(1).toInt();
        if (month >= 1 && month <= 12)
            return tr("%1, year unknown").arg(m_locale.standaloneMonthName(month));
    }
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    if ((m = week.match(value)).hasMatch())
        return tr("week %1 of %2").arg(m.captured(2).toInt()).arg(m.captured(1));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    if ((m = quarter.match(value)).hasMatch())
        return tr("quarter %1 of %2").arg(m.captured(2), m.captured(1));
    static const QRegularExpression season(QStringLiteral("^(\\d{4}|XXXX)-(SP|SU|FA|WI)$"));
    if ((m = season.match(value)).hasMatch()) {
        const QString s = m.captured(2);
        const QString name = s == QLatin1String("SP")   ? tr("spring")
                             : s == QLatin1String("SU") ? tr("summer")
                             : s == QLatin1String("FA") ? tr("autumn")
                                                        : tr("winter");
        return m.captured(1) == QLatin1String("XXXX") ? name : tr("%1 %2", "season year").arg(name, m.captured(1));
    }
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    if ((m = year.match(value)).hasMatch())
        return m.captured(1);
    static const QRegularExpression decade(QStringLiteral("^(\\d{3})X$"));
    if ((m = decade.match(value)).hasMatch())
        return tr("the %1s", "decade").arg(m.captured(1) + QLatin1Char('0'));
    static const QRegularExpression century(QStringLiteral("^(\\d{2})XX$"));
    if ((m = century.match(value)).hasMatch())
        return tr("the %1th century").arg(m.captured(1).toInt() + 1);
    static const QRegularExpression timeOnly(QStringLiteral("^T(\\d{2}):(\\d{2})$"));
    if ((m = timeOnly.match(value)).hasMatch())
        return m_locale.toString(QTime(m.captured(1).toInt(), m.captured(2).toInt()), QLocale::ShortFormat);
    return value;
}

QString DateDescriber::countOf(const char *source, int n)
{
    // Without a translation loaded, Qt leaves English numerus forms as "(s)"; resolve them here.
    QString text = tr(source, nullptr, n);
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

QString DateDescriber::describeDuration(const QString &value) const
{
    // PnYnMnWnD and PTnHnMnS; "X" for an unspecified amount ("PXY" = some years).
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?|X)([YMWDHS])"));
    QStringList parts;
    bool inTime = false;
    int pos = 1;
    while (pos < value.size()) {
        if (value.at(pos) == QLatin1Char('T')) {
            inTime = true;
            ++pos;
            continue;
        }
        const QRegularExpressionMatch m = part.match(value, pos, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return value;
        pos = static_cast<int>(m.capturedEnd());
        const QString amount = m.captured(1);
        const QChar unit = m.captured(2).at(0);
        if (amount == QLatin1String("X")) {
            switch (unit.unicode()) {
            case 'Y': parts << tr("some years"); break;
            case 'M': parts << (inTime ? tr("some minutes") : tr("some months")); break;
            case 'W': parts << tr("some weeks"); break;
            case 'D': parts << tr("some days"); break;
            case 'H': parts << tr("some hours"); break;
            default: parts << tr("some seconds"); break;
            }
            continue;
        }
        const int n = amount.toDouble() >= 1 ? static_cast<int>(amount.toDouble()) : 1;
        switch (unit.unicode()) {
        case 'Y': parts << countOf(QT_TR_NOOP("%n year(s)"), n); break;
        case 'M': parts << (inTime ? countOf(QT_TR_NOOP("%n minute(s)"), n) : countOf(QT_TR_NOOP("%n month(s)"), n)); break;
        case 'W': parts << countOf(QT_TR_NOOP("%n week(s)"), n); break;
        case 'D': parts << countOf(QT_TR_NOOP("%n day(s)"), n); break;
        case 'H': parts << countOf(QT_TR_NOOP("%n hour(s)"), n); break;
        default: parts << countOf(QT_TR_NOOP("%n second(s)"), n); break;
        }
    }
    if (parts.isEmpty())
        return value;
    return m_locale.createSeparatedList(parts);
}

} // namespace lede::ui
