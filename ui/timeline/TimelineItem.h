// TimelineItem: one event as the timeline view shows it — its calendar bounds, its date in words, its
// summary and where its sentence is in the article. The panel builds these from core::Event; the view
// only draws them, so it never needs to know how an event was found or how its date is worded.
#pragma once

#include "events/Event.h"

#include <QString>

namespace lede::ui {

struct TimelineItem
{
    QString id;                                          // core event id ("v3")
    core::EventAnchor anchor = core::EventAnchor::Dated; // Dated or YearUnknown; Unanchored is listed apart
    core::CalendarDate start, end;                       // inclusive; for YearUnknown only month and day mean anything
    QString dateText;               // the date in words, already localised ("14 March 2025", "21–24 March")
    QString summary;                // short text (<= ~120 characters)
    QString sentence;               // the whole sentence, for the hover tooltip
    int textStart = 0, textEnd = 0; // the sentence's position in the article (view positions)
};

} // namespace lede::ui
