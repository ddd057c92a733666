// EventAnchors: the date phrases of a text as the anchors of its events, and the rules that shape them
// before they become events (see EventExtractor.cpp for the order). Internal to core/events.
#pragma once

#include "events/Event.h"
#include "text/Segmenter.h"
#include "timex/Timex.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core::events {

// One date phrase that becomes (part of) an event.
struct Anchor
{
    const Timex *timex = nullptr;
    TextRange date;
    std::string value;
    std::optional<DateInterval> interval;
    TextRange sentence;
    TextRange clause;
    std::vector<TextRange> quotedAround; // quoted speech in the clause the date stands outside of
};

// The sentence holding `pos`; without a segmentation, the text between sentence punctuation or lines.
TextRange sentenceAt(std::u16string_view text, const Segmentation &seg, int32_t pos);

// "from 3 May until 9 June", "between 3 May and 9 June", "from 21 to 24 March" when the tagger kept the
// ends apart, and a time with the day it falls on ("7 p.m. on 2 June"): one anchor each.
void joinRanges(std::u16string_view text, std::vector<Anchor> &anchors);

// Durations beside a start date stretch its interval ("a three-day strike from 12 May"). `dates` are
// all the expressions in text order; `anchors` have their clauses.
void applyDurations(std::u16string_view text, const std::vector<Timex> &dates, std::vector<Anchor> &anchors);

// Fits the anchor's clause to quoted speech: inside a quotation, the quotation; outside, the speech that
// opens or closes the clause goes into `quotedAround`.
void fitToQuotations(std::u16string_view text, Anchor &a);

// Removes the anchors of dates that name no happening of their own.
void dropReferencesAndRecurrences(std::u16string_view text, const std::vector<Timex> &dates,
                                  std::vector<Anchor> &anchors);

} // namespace lede::core::events
