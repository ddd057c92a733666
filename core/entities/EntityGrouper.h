// EntityGrouper: groups a document's mentions into entities ("Kaneko" joins "Eri Kaneko",
// "UN" joins "United Nations", "Putin's" and "PUTIN" join "Putin") and picks canonical names.
//
// Rules, in the order they apply (all matching is on NameKey keys: case and diacritics folded,
// possessive and leading titles/"the" stripped, see entities/NameKey.h):
//  1. Mentions with the same key form one group, whatever their NER type ("PUTIN" = "Putin's" = "Putin").
//  2. Acronyms (one all-capital token of 2-8 letters, dots allowed: "U.S.", "WHO") join, in this order:
//     the expansion from the well-known table if that expansion occurs in the text; else a non-person
//     name in the text whose initials spell it ("World Health Organization"; "of/the/and/for/…" may be
//     skipped); else, when the acronym is well known, every variant of it ("US", "U.S.", "USA") joins
//     one entity named by the table's expansion ("United States").
//  3. A partial person name (a trailing run of tokens: "Kaneko", "Luther King"; or a lone first name;
//     never what follows "of", "the" and the like: "Ardenne" is not Piet of Ardenne's surname) joins
//     the full name of a person that contains it. When two different full names contain it
//     ("John Smith", "Mary Smith"), each mention of "Smith" joins the full name whose mention most
//     closely PRECEDES it; a "Smith" before any full Smith stays a separate entity "Smith". A mention
//     tagged as a place never joins a person ("Washington" the city stays apart from "George Washington",
//     while "Washington" tagged as a person in the same article joins him), unless the name is tagged a person
//     elsewhere and a person cue stands by it (MentionCues.h: "Jordan defends his film" beside "Neil Jordan";
//     CoNLL-2003 dev 94.00 -> 94.02, the other dev sets and the King James Bible unchanged).
//  4. The entity's type is the majority vote of its mentions (ties: the majority among the mentions of the
//     fullest name, then the earliest mention). A partial name joined to a person by rule 3 votes "person"
//     whatever its tag, so a surname the tagger calls ORG (once or every time) stays a person. A mention
//     whose type the article's layout states (MentionEvidence::Structure: a byline, a dateline, a credit)
//     votes once like any other, and when the vote goes against it, it keeps its type as an entity of its own
//     (a "MILAN" dateline stays a place beside the football club the report calls Milan). A one-word name the
//     tagger calls a person, beside an organisation whose name starts with it and no person it is part of,
//     votes "organization" ("Ruch" beside "Ruch SA"; "Greggs" and the headline's "GREGGS" beside "Greggs plc"), unless
//     used alone more than 30 times for each mention of the organisation ("God" beside "God of Isaac"). A one-word name after an organisation's full name of two or
//     more words that starts with it joins that organisation ("Carrow" after "Carrow Property Group") unless
//     another organisation starts with it too, a person's full name contains it, it names a place or is tagged
//     "other" ("Iraqi" beside "Iraqi National Congress"), or the text used it before the full name (unless the full
//     name ends in a legal form: "Greggs" in a headline joins the "Greggs plc" below it). In a sports report, a
//     club's name without its club word joins the club and votes "organization" ("Stockport" beside "Stockport
//     County", SportsClubs.h).
//     Then the words around the entity's mentions may overrule the vote (MentionCues.h), for a name the text never
//     gives as a person's full name: with no person cue near any mention (a title, an age, "who", he/his/she/her
//     after it), a "person", "other" or "place" with an organisation's words ("Shares in Greggs", "Calder's chief
//     executive", "Wren, a start-up in Leeds", "battery maker Calder") is an organisation (two such cues for a first
//     name or a place), and a "person" with a product's ("the Euclid telescope") is "other".
//     Last, a name coordinated with others ("A, B and C", "A or B") whose own evidence is weak takes the type its
//     list-mates agree on (ListTypes.h: "Pret A Manger and WHSmith", "Wegovy or Mounjaro").
//  Rule 3 reads a text as a report does: it names a person in full before it shortens the name (a headline's
//  surname may come first). A lone first name joins a full name only when the full name came first ("Eri Kaneko
//  won. Eri smiled."; not "God" before "the house of God Sherezer"), a surname only when used alone fewer than three
//  times before it ("Moses" long before "gave Moses Zipporah"), and a name of two words met once or twice, each of
//  whose words the text used alone before it, is two names run together ("Michal David's wife"): nothing joins it.
//  5. The canonical name is the fullest proper form: the key with the most tokens (ties: most mentions,
//     then earliest; a person's name with an epithet, "X of Y" or "X the Y", only when the text uses "X" alone
//     fewer than ten times as often: a book's "Saul" of 400 mentions is not named by one verse's "Saul of Rehoboth"), written as its best-cased mention (Mixed Case over ALL CAPS; a headline's ALL CAPS
//     of several words or one long word is re-cased like the article's other mentions, else title-cased:
//     "UNITED STATES" -> "United States", while "NATO", "USB-C" stay), without possessive, title or "the"
//     (a capital "The" the article writes mid-sentence and never drops is kept: "The Guardian").
// Work is linear in the number of mentions apart from sorting (hash indexes by key, suffix and initials).
#pragma once

#include "entities/Entity.h"
#include "entities/MentionEvidence.h"
#include "ner/NerTagger.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::core {

// Counters of the work done by one group() call, so tests can bound it without timing anything.
struct GroupingStats
{
    uint64_t mentions = 0;        // valid mentions grouped
    uint64_t keyGroups = 0;       // distinct keys
    uint64_t candidateChecks = 0; // every candidate entity examined by an acronym or partial-name rule
};

class EntityGrouper final
{
public:
    // Mentions in any order; empty, out-of-range and overlapping mentions are dropped (of two overlapping,
    // the earlier, then longer, is kept). Returns entities sorted by first mention, ids "e1", "e2", ...
    // in that order, each entity's mentions in text order. Every mention counts as MentionEvidence::Tagger.
    static std::vector<Entity> group(std::u16string_view text, const std::vector<Mention> &mentions,
                                     GroupingStats *stats = nullptr);
    // The same with each mention's evidence: `evidence[i]` belongs to `mentions[i]` (missing ones are Tagger).
    static std::vector<Entity> group(std::u16string_view text, const std::vector<Mention> &mentions,
                                     const std::vector<MentionEvidence> &evidence, GroupingStats *stats = nullptr);
};

} // namespace lede::core
