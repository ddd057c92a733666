// EventExtractor: one event per date phrase that names a time on the calendar, told by the clause that
// holds it. Sentences with several dates split into clauses; "from X until Y" the tagger left apart
// joins into one range; a duration next to a start date stretches it; the same event told twice merges.
#include "events/EventExtractor.h"

#include "events/EventAnchors.h"
#include "events/EventClause.h"
#include "timex/CalendarMath.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lede::core {

namespace {

using events::Anchor;
using events::applyDurations;
using events::clauseBoundary;
using events::clauseSplit;
using events::dropReferencesAndRecurrences;
using events::fitToQuotations;
using events::joinRanges;
using events::sentenceAt;
using events::summarizeClause;

bool restatesNow(const std::string &value)
{
    return value == "PRESENT_REF" || value == "PAST_REF" || value == "FUTURE_REF";
}

// Every entity mention in text order, so a clause finds its participants by binary search.
struct MentionIndex
{
    struct Item
    {
        TextRange range;
        size_t entity;
    };
    std::vector<Item> items;
    explicit MentionIndex(const std::vector<Entity> &entities)
    {
        for (size_t e = 0; e < entities.size(); ++e)
            for (const TextRange &m : entities[e].mentions)
                items.push_back({m, e});
        std::sort(items.begin(), items.end(),
                  [](const Item &a, const Item &b) { return a.range.start < b.range.start; });
    }
};

// Whether `r` overlaps one of `sorted` (sorted by start, hardly overlapping one another).
bool overlapsAny(const std::vector<TextRange> &sorted, const TextRange &r)
{
    auto it = std::lower_bound(sorted.begin(), sorted.end(), r.start,
                               [](const TextRange &d, int32_t pos) { return d.start < pos; });
    if (it != sorted.begin() && std::prev(it)->overlaps(r))
        return true;
    return it != sorted.end() && it->overlaps(r);
}

// The entities named in the clause, in text order, but not in quoted speech around it, and not a
// "name" that is a date phrase ("AD 862", "BC" read as names by the recogniser).
std::vector<std::string> participantsIn(TextRange clause, const std::vector<TextRange> &quoted,
                                        const std::vector<TextRange> &datePhrases, const std::vector<Entity> &entities,
                                        const MentionIndex &index)
{
    auto excluded = [&](const TextRange &m) {
        return std::any_of(quoted.begin(), quoted.end(), [&](const TextRange &q) { return q.overlaps(m); })
            || overlapsAny(datePhrases, m);
    };
    std::vector<std::string> ids;
    std::unordered_set<size_t> seen; // entities already listed: a run-on "sentence" can name a thousand
    auto it = std::lower_bound(index.items.begin(), index.items.end(), clause.start,
                               [](const MentionIndex::Item &m, int32_t pos) { return m.range.start < pos; });
    for (; it != index.items.end() && it->range.start < clause.end; ++it) {
        if (it->range.end <= clause.end && !seen.count(it->entity) && !excluded(it->range)) {
            seen.insert(it->entity);
            ids.push_back(entities[it->entity].id);
        }
    }
    return ids;
}

// Words of four letters or more, cut to five letters so "vote" and "voted", "race" and "races" meet.
// Capitalised words inside the summary are names: sharing a place says little about sharing an event.
std::set<std::u16string> contentStems(const std::u16string &summary)
{
    std::set<std::u16string> words;
    std::u16string w;
    bool capitalised = false;
    const std::u16string s = summary + u' ';
    for (size_t i = 0; i < s.size(); ++i) {
        const char16_t c = s[i];
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c >= 0xc0) {
            capitalised = capitalised || (w.empty() && c >= u'A' && c <= u'Z' && i > 0);
            w += c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c - u'A' + u'a') : c;
            continue;
        }
        if (w.size() > 3 && !capitalised)
            words.insert(w.substr(0, 5));
        w.clear();
        capitalised = false;
    }
    return words;
}

// Two events with the same date value are one told twice when most of the words of the shorter
// summary recur in the other, or when they share a participant and a word.
bool sameEvent(const Event &a, const std::set<std::u16string> &wa, const Event &b, const std::set<std::u16string> &wb)
{
    if (a.anchor != b.anchor || a.value != b.value || a.start != b.start || a.end != b.end
        || a.anchor == EventAnchor::Unanchored)
        return false;
    size_t shared = 0;
    for (const auto &w : wa)
        shared += wb.count(w);
    if (!wa.empty() && !wb.empty() && shared * 2 >= std::min(wa.size(), wb.size()))
        return true;
    if (shared == 0)
        return false;
    // Sets, not nested scans: a run-on sentence can give each of its events hundreds of participants.
    const std::unordered_set<std::string_view> inB(b.participants.begin(), b.participants.end());
    return std::any_of(a.participants.begin(), a.participants.end(),
                       [&](const std::string &p) { return inB.count(p) != 0; });
}

void merge(Event &into, Event &&other)
{
    std::unordered_set<std::string> listed(into.participants.begin(), into.participants.end());
    for (std::string &p : other.participants)
        if (listed.insert(p).second)
            into.participants.push_back(std::move(p));
    into.mentions.insert(into.mentions.end(), other.mentions.begin(), other.mentions.end());
    if (into.summary.empty())
        into.summary = std::move(other.summary);
}

int rank(EventAnchor a)
{
    return a == EventAnchor::Dated ? 0 : a == EventAnchor::YearUnknown ? 1 : 2;
}

} // namespace

std::vector<Event> EventExtractor::extract(std::u16string_view text, const Segmentation &segmentation,
                                           const std::vector<Timex> &dates, const std::vector<Entity> &entities,
                                           const StopToken &stop)
{
    std::vector<Anchor> anchors;
    std::vector<TextRange> datePhrases;
    for (const Timex &t : dates) {
        if (t.type == TimexType::Duration || t.type == TimexType::Set || restatesNow(t.value))
            continue;
        if (t.range.start < 0 || t.range.end > static_cast<int32_t>(text.size()) || t.range.empty())
            continue;
        Anchor a;
        a.timex = &t;
        a.date = t.range;
        a.value = t.value;
        a.interval = timexInterval(t.value);
        a.sentence = sentenceAt(text, segmentation, t.range.start);
        anchors.push_back(std::move(a));
    }
    if (stop.stopRequested())
        return {};
    joinRanges(text, anchors);
    for (const Anchor &a : anchors)
        datePhrases.push_back(a.date);
    for (const Timex &t : dates)
        if (t.type == TimexType::Set) // "every year we are told …": how often is no part of what happened
            datePhrases.push_back(t.range);
    std::sort(datePhrases.begin(), datePhrases.end());

    // Clauses: each date's clause runs from the split before it to the split after it in its sentence.
    for (size_t i = 0; i < anchors.size(); ++i) {
        Anchor &a = anchors[i];
        a.clause = a.sentence;
        if (i > 0 && anchors[i - 1].sentence == a.sentence) {
            const int32_t at = clauseSplit(text, anchors[i - 1].date.end, a.date.start);
            if (at >= 0) {
                a.clause.start = at;
                anchors[i - 1].clause.end = at;
            } else {
                a.clause.start = anchors[i - 1].clause.start;
            }
        }
    }
    // A date in the same clause as the one before shares that clause's whole extent.
    for (size_t i = anchors.size(); i-- > 1;)
        if (anchors[i].clause.start == anchors[i - 1].clause.start)
            anchors[i - 1].clause.end = anchors[i].clause.end;
    // A clause ends at a semicolon or a ", and" whether or not another date follows ("The line is
    // closed, and it reopened on 2 April only briefly").
    for (Anchor &a : anchors) {
        if (const int32_t s = clauseBoundary(text, a.clause.start, a.date.start, false); s >= 0)
            a.clause.start = s;
        if (const int32_t e = clauseBoundary(text, a.date.end, a.clause.end, true); e >= 0)
            a.clause.end = e;
    }
    applyDurations(text, dates, anchors);
    for (Anchor &a : anchors)
        fitToQuotations(text, a);
    dropReferencesAndRecurrences(text, dates, anchors);

    const MentionIndex mentionIndex(entities);
    std::vector<Event> events;
    for (const Anchor &a : anchors) {
        if (stop.stopRequested())
            return {};
        Event e;
        e.anchor = a.interval ? a.interval->anchor : EventAnchor::Unanchored;
        if (a.interval) {
            e.start = a.interval->start;
            e.end = a.interval->end;
        }
        e.value = a.value;
        e.date = a.date;
        e.sentence = a.sentence;
        e.summary = summarizeClause(text, a.clause, datePhrases, a.quotedAround);
        e.participants = participantsIn(a.clause, a.quotedAround, datePhrases, entities, mentionIndex);
        e.mentions.push_back(a.date);
        events.push_back(std::move(e));
    }

    // Only events with the same value can be one; a book names "1944" hundreds of times, so each new
    // event is compared with the last few of its value only.
    constexpr size_t kMergeWindow = 24;
    std::vector<Event> merged;
    std::vector<std::set<std::u16string>> stems;
    std::unordered_map<std::string, std::vector<size_t>> byValue;
    for (Event &e : events) {
        std::set<std::u16string> mine = contentStems(e.summary);
        std::vector<size_t> &bucket = byValue[e.value];
        size_t same = merged.size();
        for (size_t k = bucket.size(); k-- > 0 && bucket.size() - k <= kMergeWindow;) {
            if (sameEvent(merged[bucket[k]], stems[bucket[k]], e, mine)) {
                same = bucket[k];
                break;
            }
        }
        if (same != merged.size()) {
            merge(merged[same], std::move(e));
            continue;
        }
        bucket.push_back(merged.size());
        merged.push_back(std::move(e));
        stems.push_back(std::move(mine));
    }
    std::stable_sort(merged.begin(), merged.end(), [](const Event &a, const Event &b) {
        if (rank(a.anchor) != rank(b.anchor))
            return rank(a.anchor) < rank(b.anchor);
        if (a.anchor == EventAnchor::Unanchored)
            return a.date.start < b.date.start;
        const auto key = [](const Event &e) {
            return std::array<int, 6>{e.start.year, e.start.month, e.start.day, e.end.year, e.end.month, e.end.day};
        };
        if (key(a) != key(b))
            return key(a) < key(b);
        return a.date.start < b.date.start;
    });
    for (size_t i = 0; i < merged.size(); ++i)
        merged[i].id = "v" + std::to_string(i + 1);
    return merged;
}

} // namespace lede::core
