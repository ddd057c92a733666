// TimelineEntries: the document's events as the timeline panel and its exports see them — the date in
// words, the summary and sentence as text, and the participants as the user's corrected entities (a merged
// or renamed person shows under the name the user gave; a removed one is gone).
#pragma once

#include "analysis/Analysis.h"
#include "document/Document.h"
#include "entities/Entity.h"
#include "events/Event.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace lede::ui {

struct TimelineEntry
{
    QString id;
    core::EventAnchor anchor = core::EventAnchor::Dated;
    core::CalendarDate start;
    core::CalendarDate end;
    QString value;                           // TIMEX3, for machines (JSON export) only
    QString dateText;                        // the date in words, for people
    QString dateExpression;                  // the words of the article ("next Friday")
    QString summary;                         // never empty: the sentence, shortened, when the core found no summary
    QString sentence;                        // one line (paragraph breaks inside a sentence become spaces)
    core::TextRange dateRange;               // core offsets
    core::TextRange sentenceRange;           // core offsets
    std::vector<std::string> participantIds; // corrected entity ids, in text order, no repeats
    QStringList participantNames;

    bool involves(const std::string &entityId) const;
};

class TimelineEntries final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::TimelineEntries)

public:
    // `entities` are the analysis's entities with the user's corrections applied (AnnotationModel::entities()).
    static std::vector<TimelineEntry> build(const core::Document &document, const core::Analysis &analysis,
                                            const std::vector<core::Entity> &entities,
                                            const QLocale &locale = QLocale());

    // The corrected entities that stand for the core's participants of `event`: the entity now holding a
    // participant's mention inside the event's sentence, else the entity with the participant's id.
    static std::vector<std::string> correctedParticipants(const core::Event &event, const core::Analysis &analysis,
                                                          const std::vector<core::Entity> &entities);

    // ISO 8601 with the expanded year for BCE ("-0043-03-15"); empty for an invalid date.
    static QString isoDate(core::CalendarDate date);

    static constexpr int kSummaryLimit = 120;
};

} // namespace lede::ui
