// EventClause: the text around one date that tells its event — where a sentence with several dates
// splits into clauses, and the short summary a timeline shows. Internal to core/events.
#pragma once

#include "common/TextRange.h"

#include <string>
#include <string_view>
#include <vector>

namespace lede::core::events {

// Where the clause of one date ends and the next date's begins, in [from, to) of `text` (the stretch
// between the two dates): after a semicolon or colon, before a conjunction or relative word, after a
// comma. Returns -1 when nothing there separates two clauses ("moved the vote from Monday to Friday").
int32_t clauseSplit(std::u16string_view text, int32_t from, int32_t to);

// Where a clause surely ends or starts in [from, to): after ';' or ':', at ", and", ", but", ", while"
// …; the first such place when `first`, else the last; -1 when there is none.
int32_t clauseBoundary(std::u16string_view text, int32_t from, int32_t to, bool first);

// The clause `clause` cut to its core: without the date phrases in `dates` (sorted by start), each
// with the preposition that governs it; without leading connectives ("And", "Meanwhile,"), a dateline
// and a leading adverbial phrase set off by a comma ("after months of debate,"); without trailing
// punctuation; at most `maxLength` code units, cut at a word boundary with an ellipsis when longer.
// `dropped` are further stretches to leave out whole (quoted speech around a speaker's words).
std::u16string summarizeClause(std::u16string_view text, TextRange clause, const std::vector<TextRange> &dates,
                               const std::vector<TextRange> &dropped = {}, size_t maxLength = 120);

// The quotations of [from, to), marks included: straight quotes paired in order, curly ones by kind.
std::vector<TextRange> quotations(std::u16string_view text, int32_t from, int32_t to);

// The word just before `pos` (skipping white space), lower-cased ASCII; empty when there is none.
std::u16string wordBefore(std::u16string_view text, int32_t pos, int32_t floor);

} // namespace lede::core::events
