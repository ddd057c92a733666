// Two data sets for the timeline tests and the look-at-it demo: a news story over days of one month, and
// a history from the Bronze Age to today with BC, year-only and century dates. Every text is written
// for this project.
#pragma once

#include "timeline/TimelineItem.h"

#include <vector>

namespace lede::ui::samples {

inline TimelineItem item(const char *id, core::EventAnchor anchor, core::CalendarDate start, core::CalendarDate end,
                         const char *date, const char *summary, const char *sentence, int textStart)
{
    TimelineItem it;
    it.id = QString::fromUtf8(id);
    it.anchor = anchor;
    it.start = start;
    it.end = end;
    it.dateText = QString::fromUtf8(date);
    it.summary = QString::fromUtf8(summary);
    it.sentence = QString::fromUtf8(sentence);
    it.textStart = textStart;
    it.textEnd = textStart + int(it.sentence.size());
    return it;
}

inline std::vector<TimelineItem> news()
{
    using A = core::EventAnchor;
    return {
        item("v1", A::Dated, {2025, 3, 3}, {2025, 3, 3}, "Monday, 3 March 2025",
             "engineers warned that the river wall at Millbrook would not survive another spring flood",
             "On Monday, engineers warned that the river wall at Millbrook would not survive another spring flood.", 0),
        item("v2", A::Dated, {2025, 3, 5}, {2025, 3, 5}, "5 March 2025",
             "residents of the lower town met in the school hall",
             "Two days later, residents of the lower town met in the school hall to demand a plan.", 110),
        item("v3", A::Dated, {2025, 3, 11}, {2025, 3, 11}, "Tuesday, 11 March 2025",
             "the city council approved the new flood barrier",
             "On Tuesday, after months of debate, the city council approved the new flood barrier that engineers had "
             "proposed in 2019.",
             200),
        item("v4", A::Dated, {2025, 3, 11}, {2025, 3, 11}, "11 March 2025",
             "the mayor thanked the volunteers who had filled sandbags all winter",
             "The same evening the mayor thanked the volunteers who had filled sandbags all winter.", 320),
        item("v5", A::Dated, {2025, 3, 11}, {2025, 3, 11}, "11 March 2025",
             "opposition members said the vote came years too late",
             "Opposition members said the vote came years too late for the shops on Quay Street.", 410),
        item("v6", A::Dated, {2025, 3, 14}, {2025, 3, 14}, "Friday, 14 March 2025",
             "the river rose to its highest level since 1998",
             "By Friday the river had risen to its highest level since 1998.", 500),
        item("v7", A::Dated, {2025, 3, 17}, {2025, 3, 21}, "17–21 March 2025",
             "contractors surveyed both banks for the barrier's foundations",
             "From 17 to 21 March, contractors surveyed both banks for the barrier's foundations.", 570),
        item("v8", A::Dated, {2025, 3, 21}, {2025, 3, 24}, "21–24 March 2025",
             "a three-day rail strike cut the town off from the capital",
             "A three-day rail strike from 21 March cut the town off from the capital.", 660),
        item("v9", A::Dated, {2025, 3, 28}, {2025, 3, 28}, "28 March 2025",
             "the first steel piles were driven into the riverbed",
             "On 28 March the first steel piles were driven into the riverbed, watched by a small crowd.", 740),
        item("v10", A::Dated, {2025, 3, 1}, {2025, 3, 31}, "March 2025", "rainfall was twice the monthly average",
             "Rainfall in March was twice the monthly average, the weather office said.", 840),
        item("v11", A::YearUnknown, {0, 4, 2}, {0, 4, 2}, "2 April, year unknown", "the barrier is due to be inspected",
             "The barrier is due to be inspected on 2 April.", 930),
    };
}

inline std::vector<TimelineItem> history()
{
    using A = core::EventAnchor;
    return {
        item("v1", A::Dated, {-2599, 1, 1}, {-2500, 12, 31}, "the 26th century BC",
             "builders raised the first stone ring on the plain",
             "In the 26th century BC, builders raised the first stone ring on the plain.", 0),
        item("v2", A::Dated, {-775, 1, 1}, {-775, 12, 31}, "776 BC",
             "the earliest recorded games were held at the sanctuary",
             "The earliest recorded games at the sanctuary were held in 776 BC.", 90),
        item("v3", A::Dated, {-43, 3, 15}, {-43, 3, 15}, "15 March 44 BC",
             "the dictator was stabbed in the senate house",
             "On 15 March 44 BC the dictator was stabbed in the senate house.", 170),
        item("v4", A::Dated, {79, 1, 1}, {79, 12, 31}, "AD 79", "the volcano buried two towns on the bay under ash",
             "In AD 79 the volcano buried two towns on the bay under ash and pumice.", 250),
        item("v5", A::Dated, {122, 1, 1}, {122, 12, 31}, "AD 122",
             "work began on a wall across the north of the province",
             "Work began in 122 on a wall across the north of the province.", 330),
        item("v6", A::Dated, {476, 1, 1}, {476, 12, 31}, "476", "the last western emperor was deposed",
             "The last western emperor was deposed in 476, a date later writers treated as an ending.", 400),
        item("v7", A::Dated, {800, 12, 25}, {800, 12, 25}, "25 December 800",
             "a Frankish king was crowned emperor in Rome",
             "On 25 December 800 a Frankish king was crowned emperor in Rome.", 500),
        item("v8", A::Dated, {1066, 10, 14}, {1066, 10, 14}, "14 October 1066",
             "the battle on the ridge decided the crown",
             "The battle on the ridge on 14 October 1066 decided the crown.", 580),
        item("v9", A::Dated, {1300, 1, 1}, {1399, 12, 31}, "the 14th century",
             "plague and famine halved the population of many towns",
             "In the 14th century plague and famine halved the population of many towns.", 650),
        item("v10", A::Dated, {1347, 1, 1}, {1351, 12, 31}, "1347–1351",
             "the great mortality swept across the continent",
             "Between 1347 and 1351 the great mortality swept across the continent from the south.", 740),
        item("v11", A::Dated, {1450, 1, 1}, {1450, 12, 31}, "1450", "movable type came into use in the Rhineland",
             "Movable type came into use in the Rhineland around 1450.", 830),
        item("v12", A::Dated, {1492, 1, 1}, {1492, 12, 31}, "1492", "three ships crossed the ocean to the west",
             "Three ships crossed the ocean to the west in 1492.", 900),
        item("v13", A::Dated, {1789, 7, 14}, {1789, 7, 14}, "14 July 1789",
             "a crowd stormed the fortress prison in the capital",
             "On 14 July 1789 a crowd stormed the fortress prison in the capital.", 960),
        item("v14", A::Dated, {1914, 1, 1}, {1918, 12, 31}, "1914–1918", "a war among the great powers killed millions",
             "From 1914 to 1918 a war among the great powers killed millions of soldiers and civilians.", 1040),
        item("v15", A::Dated, {1969, 7, 20}, {1969, 7, 20}, "20 July 1969", "two astronauts walked on the Moon",
             "On 20 July 1969 two astronauts walked on the Moon.", 1140),
        item("v16", A::Dated, {1989, 11, 9}, {1989, 11, 9}, "9 November 1989", "the wall dividing the city was opened",
             "The wall dividing the city was opened on 9 November 1989.", 1200),
        item("v17", A::YearUnknown, {0, 6, 21}, {0, 6, 21}, "21 June, year unknown",
             "pilgrims gathered at the stones for midsummer",
             "Pilgrims gathered at the stones on 21 June to watch the sun rise.", 1270),
        item("v18", A::YearUnknown, {0, 12, 1}, {0, 12, 31}, "December, year unknown", "the harbour froze over",
             "One December the harbour froze over and carts drove across it.", 1350),
    };
}

} // namespace lede::ui::samples
