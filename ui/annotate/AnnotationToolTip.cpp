// AnnotationToolTip: builds the hover text.
#include "annotate/AnnotationToolTip.h"

#include "annotate/DateDescriber.h"

namespace lede::ui {

DateDescriber::Reference AnnotationToolTip::referenceOf(const AnnotationModel &model)
{
    // A date the tagger found in the text itself (narrative anchoring) is no article date: until the user
    // or the metadata gives one, expressions before it stay open, and setting one would resolve them.
    const core::Analysis *analysis = model.analysis().get();
    const bool known = analysis && analysis->reference.date
        && analysis->reference.source != core::ReferenceSource::Narrative
        && analysis->reference.source != core::ReferenceSource::None;
    return known ? DateDescriber::Reference::Known : DateDescriber::Reference::Unknown;
}

QString AnnotationToolTip::text(const AnnotationModel &model, const AnnotationHit &hit, const QLocale &locale)
{
    if (hit.kind == HighlightKind::Date) {
        if (hit.ref < 0 || static_cast<size_t>(hit.ref) >= model.dates().size())
            return {};
        const core::Timex &t = model.dates()[static_cast<size_t>(hit.ref)];
        const QString kind = t.type == core::TimexType::Duration ? tr("Duration")
                             : t.type == core::TimexType::Set    ? tr("Recurring")
                             : t.type == core::TimexType::Time   ? tr("Time")
                                                                 : highlightKindName(HighlightKind::Date);
        return QStringLiteral("<b>%1</b><br>%2")
            .arg(kind.toHtmlEscaped(), DateDescriber(locale, referenceOf(model)).describe(t).toHtmlEscaped());
    }
    if (hit.ref < 0 || static_cast<size_t>(hit.ref) >= model.entities().size())
        return {};
    const core::Entity &e = model.entities()[static_cast<size_t>(hit.ref)];
    const int mentions = static_cast<int>(e.mentions.size());
    const QString count = mentions == 1 ? tr("1 mention") : tr("%1 mentions").arg(locale.toString(mentions));
    return QStringLiteral("<b>%1</b> · %2<br>%3")
        .arg(QString::fromStdU16String(e.name).toHtmlEscaped(), entityTypeDisplayName(e.type).toHtmlEscaped(),
             count.toHtmlEscaped());
}

} // namespace lede::ui
