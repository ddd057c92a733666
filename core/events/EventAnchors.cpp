// EventAnchors: the rules that turn a sentence's date phrases into the anchors of events — ranges the
// tagger left apart, durations that stretch a start date, quoted speech, and dates that name no
// happening (comparisons, recurrences, "today" beside another date).
#include "events/EventAnchors.h"

#include "events/EventClause.h"
#include "timex/CalendarMath.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace lede::core::events {

// The sentence holding `pos`; without a segmentation, the text between sentence punctuation or lines.
TextRange sentenceAt(std::u16string_view text, const Segmentation &seg, int32_t pos)
{
    const auto it = std::upper_bound(seg.sentences.begin(), seg.sentences.end(), pos,
                                     [](int32_t p, const Sentence &s) { return p < s.range.start; });
    if (it != seg.sentences.begin() && std::prev(it)->range.contains(pos))
        return std::prev(it)->range;
    auto ends = [](char16_t c) { return c == u'.' || c == u'!' || c == u'?' || c == u'\n'; };
    int32_t b = pos, e = pos;
    while (b > 0 && !ends(text[static_cast<size_t>(b - 1)]))
        --b;
    while (e < static_cast<int32_t>(text.size()) && !ends(text[static_cast<size_t>(e)]))
        ++e;
    if (e < static_cast<int32_t>(text.size()) && text[static_cast<size_t>(e)] != u'\n')
        ++e;
    while (b < e && (text[static_cast<size_t>(b)] == u' ' || text[static_cast<size_t>(b)] == u'\t'))
        ++b;
    return {b, e};
}

namespace {

bool onlySpaceOrWord(std::u16string_view text, int32_t from, int32_t to,
                     std::initializer_list<std::u16string_view> words)
{
    std::u16string between;
    for (int32_t k = from; k < to; ++k) {
        const char16_t c = text[static_cast<size_t>(k)];
        if (c != u' ')
            between += c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c - u'A' + u'a') : c;
    }
    return std::find(words.begin(), words.end(), between) != words.end();
}

// The anchors [first, last) in the sentence of anchor `i` (anchors are in text order): the only ones a
// rule about one date needs to look at, so the work stays linear in the length of the text.
std::pair<size_t, size_t> sentenceNeighbours(const std::vector<Anchor> &anchors, size_t i)
{
    size_t first = i, last = i + 1;
    while (first > 0 && anchors[first - 1].sentence == anchors[i].sentence)
        --first;
    while (last < anchors.size() && anchors[last].sentence == anchors[i].sentence)
        ++last;
    return {first, last};
}

// The token before `pos` (a word, or one character of punctuation), lower-cased; `at` is where it starts.
std::u16string tokenBefore(std::u16string_view text, int32_t pos, int32_t floor, int32_t &at)
{
    while (pos > floor
           && (text[static_cast<size_t>(pos - 1)] == u' ' || text[static_cast<size_t>(pos - 1)] == u'\u00a0'))
        --pos;
    at = pos;
    if (pos == floor)
        return {};
    std::u16string w = wordBefore(text, pos, floor);
    at = pos - static_cast<int32_t>(w.size());
    if (w.empty()) {
        at = pos - 1;
        w = std::u16string(1, text[static_cast<size_t>(pos - 1)]);
    }
    return w;
}

// "from 21 to 24 March 2024": a bare day before a connector starts the range the date ends.
void bareRangeStart(std::u16string_view text, Anchor &a)
{
    if (!a.interval || a.interval->start != a.interval->end || a.value.find('/') != std::string::npos)
        return;
    int32_t at = 0, numberAt = 0, openerAt = 0;
    const std::u16string connector = tokenBefore(text, a.date.start, a.sentence.start, at);
    const std::u16string number = tokenBefore(text, at, a.sentence.start, numberAt);
    const std::u16string opener = tokenBefore(text, numberAt, a.sentence.start, openerAt);
    const bool fromTo = opener == u"from"
        && (connector == u"to" || connector == u"until" || connector == u"till" || connector == u"through");
    const bool betweenAnd = opener == u"between" && connector == u"and";
    if (!(fromTo || betweenAnd) || number.empty() || number.size() > 2
        || !std::all_of(number.begin(), number.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; }))
        return;
    const int day = std::stoi(std::string(number.begin(), number.end()));
    if (day < 1 || day >= a.interval->start.day)
        return;
    CalendarDate start = a.interval->start;
    start.day = day;
    char buf[16];
    std::snprintf(buf, sizeof buf, "-%02d", day);
    const size_t t = a.value.find('T');
    a.value = a.value.substr(0, std::min(t, a.value.size()) - 3) + buf + "/" + a.value;
    a.interval->start = start;
    a.date.start = openerAt;
}

} // namespace

// "from 3 May until 9 June", "between 3 May and 9 June" when the tagger kept the two ends apart.
void joinRanges(std::u16string_view text, std::vector<Anchor> &anchors)
{
    std::vector<Anchor> out;
    for (size_t i = 0; i < anchors.size(); ++i) {
        Anchor a = anchors[i];
        bareRangeStart(text, a);
        // "at 7 p.m. on 2 June": a time and the day it falls on are one date.
        if (i + 1 < anchors.size() && a.interval && anchors[i + 1].interval && a.sentence == anchors[i + 1].sentence
            && *a.interval == *anchors[i + 1].interval
            && onlySpaceOrWord(text, a.date.end, anchors[i + 1].date.start, {u"on", u",", u"at", u""})) {
            const Anchor &b = anchors[i + 1];
            if (b.value.size() > a.value.size())
                a.value = b.value;
            a.date.end = b.date.end;
            ++i;
            out.push_back(std::move(a));
            continue;
        }
        if (i + 1 < anchors.size() && a.interval && anchors[i + 1].interval && a.sentence == anchors[i + 1].sentence) {
            const Anchor &b = anchors[i + 1];
            const std::u16string opener = wordBefore(text, a.date.start, a.sentence.start);
            const bool joined = (opener == u"from"
                                 && onlySpaceOrWord(text, a.date.end, b.date.start,
                                                    {u"to", u"until", u"till", u"through", u"-", u"\u2013"}))
                || (opener == u"between" && onlySpaceOrWord(text, a.date.end, b.date.start, {u"and"}));
            if (joined && a.interval->anchor == b.interval->anchor && !(b.interval->end < a.interval->start)) {
                a.value += "/" + b.value;
                a.interval->end = b.interval->end;
                a.date.end = b.date.end;
                ++i;
            }
        }
        out.push_back(std::move(a));
    }
    anchors.swap(out);
}

namespace {

// Days a duration value spans ("P3D" → 3 days, "P2W" → 14), or months ("P3M"); nothing for vague ones.
struct Span
{
    int days = 0;
    int months = 0;
};
std::optional<Span> durationSpan(const std::string &value)
{
    if (value.size() < 3 || value[0] != 'P' || value[1] == 'T')
        return std::nullopt;
    int n = 0;
    size_t k = 1;
    for (; k < value.size() && value[k] >= '0' && value[k] <= '9'; ++k)
        n = n * 10 + (value[k] - '0');
    if (k == 1 || n <= 0 || n > 1000 || k + 1 != value.size())
        return std::nullopt;
    switch (value[k]) {
    case 'D': return Span{n, 0};
    case 'W': return Span{7 * n, 0};
    case 'M': return Span{0, n};
    case 'Y': return Span{0, 12 * n};
    default: return std::nullopt;
    }
}

} // namespace

// "a three-day strike from 12 May", "closed on 12 May for three days": the duration stretches its
// start date. Only a day (or a month, for months) takes it, and only where the words say it starts
// there: an adjective before the date ("three-day"), "for" after it, or "from"/"starting" before it.
void applyDurations(std::u16string_view text, const std::vector<Timex> &dates, std::vector<Anchor> &anchors)
{
    for (const Timex &d : dates) {
        if (d.type != TimexType::Duration)
            continue;
        const std::optional<Span> span = durationSpan(d.value);
        if (!span)
            continue;
        Anchor *best = nullptr;
        // Only the anchors of the duration's sentence can hold it in their clause.
        const auto near = std::lower_bound(anchors.begin(), anchors.end(), d.range.start,
                                           [](const Anchor &a, int32_t pos) { return a.sentence.end <= pos; });
        for (auto it = near; it != anchors.end() && it->sentence.start <= d.range.start; ++it) {
            Anchor &a = *it;
            if (!a.interval || !a.clause.contains(d.range.start) || a.value.find('/') != std::string::npos)
                continue;
            const bool day = a.interval->start == a.interval->end;
            const bool month = a.interval->start.day == 1
                && a.interval->end.day == calendar::daysInMonth(a.interval->end.year, a.interval->end.month)
                && a.interval->start.month == a.interval->end.month && a.interval->start.year == a.interval->end.year;
            if (!(day || (month && span->days == 0)))
                continue;
            const std::u16string_view surface =
                text.substr(static_cast<size_t>(d.range.start), static_cast<size_t>(d.range.length()));
            const bool adjective = d.range.end <= a.date.start && surface.find(u'-') != std::u16string_view::npos;
            const bool forAfter = d.range.start >= a.date.end && wordBefore(text, d.range.start, a.date.end) == u"for";
            const std::u16string opener = wordBefore(text, a.date.start, a.sentence.start);
            const bool starts = opener == u"from" || opener == u"starting" || opener == u"beginning";
            if (adjective || forAfter || starts)
                best = &a;
        }
        if (!best || best->interval->anchor != EventAnchor::Dated)
            continue;
        const CalendarDate start = best->interval->start;
        const CalendarDate end = span->days > 0
            ? calendar::addDays(start, span->days - 1)
            : calendar::addDays(calendar::addMonths({start.year, start.month, 1}, span->months), -1);
        if (best->interval->end < end)
            best->interval->end = end;
    }
}

// Speech: a date inside a quotation is told by the quotation; a date outside one is told by the words
// around it, so quoted speech that opens or closes its clause stays out of the summary
// ("\"We are not done,\" she said on Friday" → "she said").
void fitToQuotations(std::u16string_view text, Anchor &a)
{
    for (const TextRange &q : quotations(text, a.sentence.start, a.sentence.end)) {
        if (q.start <= a.date.start && a.date.end <= q.end) {
            a.clause = {std::max(a.clause.start, q.start), std::min(a.clause.end, q.end)};
            a.quotedAround.clear();
            return;
        }
        if (!q.overlaps(a.clause))
            continue;
        int32_t tail = a.clause.end; // the clause's end, before its closing punctuation
        while (tail > a.clause.start
               && std::u16string_view(u" .,;:!?").find(text[static_cast<size_t>(tail - 1)])
                   != std::u16string_view::npos)
            --tail;
        // Only speech set off as a sentence of its own: "\"…,\" she said", "she said: \"…\"", not words
        // quoted inside the clause's own syntax ("said that the plan \"will not pass\"").
        int32_t before = q.start;
        while (before > a.sentence.start && text[static_cast<size_t>(before - 1)] == u' ')
            --before;
        const char16_t lead = before > a.sentence.start ? text[static_cast<size_t>(before - 1)] : u',';
        const char16_t close = q.end - 2 > q.start ? text[static_cast<size_t>(q.end - 2)] : u' ';
        const bool opens =
            q.start <= a.clause.start + 1 && (close == u',' || close == u'!' || close == u'?' || close == u'.');
        const bool closes = q.end >= tail && (lead == u',' || lead == u':');
        if (opens || closes)
            a.quotedAround.push_back(q);
    }
}

// Dates that name no happening of their own: a standard of comparison beside another date ("as severe
// as those of April 2024", "higher than in 2019"), a date that repeats with a set ("by mid-March each
// year"), and "today" beside another date (it only says when the telling happens).
void dropReferencesAndRecurrences(std::u16string_view text, const std::vector<Timex> &dates,
                                  std::vector<Anchor> &anchors)
{
    size_t current = 0; // the anchor being judged; its sentence's anchors are its only rivals
    auto others = [&](auto condition) {
        const auto [first, last] = sentenceNeighbours(anchors, current);
        for (size_t j = first; j < last; ++j)
            if (j != current && anchors[j].interval && condition(anchors[j]))
                return true;
        return false;
    };
    auto clauseHasOther = [&](const Anchor &a) {
        return others([&](const Anchor &b) { return b.clause.overlaps(a.clause) && b.date.start != a.date.start; });
    };
    auto sentenceHasOther = [&](const Anchor &) { return others([](const Anchor &) { return true; }); };
    auto comparison = [&](const Anchor &a) {
        int32_t pos = a.date.start;
        for (int hops = 0; hops < 3; ++hops) {
            while (pos > a.clause.start && text[static_cast<size_t>(pos - 1)] == u' ')
                --pos;
            const std::u16string w = wordBefore(text, pos, a.clause.start);
            if (w == u"as" || w == u"than")
                return true;
            if (w != u"of" && w != u"in" && w != u"those" && w != u"that" && w != u"with")
                return false;
            pos -= static_cast<int32_t>(w.size());
        }
        return false;
    };
    auto recurring = [&](const Anchor &a) {
        // The expressions right before and right after the date (dates are in text order).
        const auto after = std::lower_bound(dates.begin(), dates.end(), a.date.end,
                                            [](const Timex &t, int32_t pos) { return t.range.start < pos; });
        std::vector<const Timex *> beside;
        if (after != dates.end())
            beside.push_back(&*after);
        const auto before = std::lower_bound(dates.begin(), dates.end(), a.date.start,
                                             [](const Timex &t, int32_t pos) { return t.range.start < pos; });
        if (before != dates.begin())
            beside.push_back(&*std::prev(before));
        return std::any_of(beside.begin(), beside.end(), [&](const Timex *tp) {
            const Timex &t = *tp;
            if (t.type != TimexType::Set)
                return false;
            const TextRange between = t.range.start >= a.date.end ? TextRange{a.date.end, t.range.start}
                                                                  : TextRange{t.range.end, a.date.start};
            if (between.start > between.end)
                return false;
            for (int32_t k = between.start; k < between.end; ++k)
                if (text[static_cast<size_t>(k)] != u' ' && text[static_cast<size_t>(k)] != u',')
                    return false;
            return true;
        });
    };
    auto today = [&](const Anchor &a) {
        std::u16string w(text.substr(static_cast<size_t>(a.date.start), static_cast<size_t>(a.date.length())));
        for (char16_t &c : w)
            c = c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c - u'A' + u'a') : c;
        return w == u"today" && sentenceHasOther(a);
    };
    std::vector<bool> drop(anchors.size(), false);
    for (current = 0; current < anchors.size(); ++current) {
        const Anchor &a = anchors[current];
        drop[current] = (comparison(a) && clauseHasOther(a)) || recurring(a) || today(a);
    }
    std::vector<Anchor> kept;
    for (size_t i = 0; i < anchors.size(); ++i)
        if (!drop[i])
            kept.push_back(std::move(anchors[i]));
    anchors.swap(kept);
}

} // namespace lede::core::events
