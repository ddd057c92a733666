// HeadlineNames: the names of a Title Case or ALL CAPS headline, read through the article's body (its mentions
// outside such headlines), which writes the same names in ordinary case.
//  1. ALL CAPS: every word looks alike, so the tagger misses names there. A run of headline words whose key the
//     body mentions ("KANEKO WINS" when the body names "Kaneko" or "Eri Kaneko") is marked with the body's type
//     when the tagger left it unmarked.
//  2. Title Case: every word looks like a name, so the tagger marks words that are none ("Harbour Town Votes",
//     "Great Service"). A headline mention whose key the body never mentions (nor as a surname of a person it
//     names) is dropped, unless the layout gave it (a byline or dateline that reads as a headline) or it is a
//     country the tagger calls a place ("… as Ukraine Leans on Its River Ports" over a body that says "Kyiv" and
//     "Ukrainian"): a country's name is no common word.
//  3. Any headline, however cased: a name the body gives only through its layout (a dateline's place, a byline's
//     outlet) takes the layout's type ("Leeds Start-up Bets …" over "LEEDS, England —", where the tagger reads the
//     headline's "Leeds" as the football club). The body's prose, when it names it, decides instead. Measured on
//     the development articles (tests/data/ner-dev 76.90 -> 77.62, ner-gold 80.60 -> 80.94); CoNLL-2003 dev and
//     the other corpora's dev splits unchanged.
//  4. Two names the tagger cut apart in a cased headline, side by side, which the body names as one, are that one
//     name with the body's type ("HARWICK" + "FALLS" when the body says "Harwick Falls"; ner-gold 82.14 -> 82.61,
//     the other sets unchanged).
//  5. A cased headline's name the body does not know, holding one it does, is cut to that one ("MOON FLYBY" when
//     the body names the Moon; a Title Case headline would drop it): never an event's or a work's name ("U.S.
//     OPEN") nor a person's full name ("ROBERTO DURAN" beside "Duran"), which hold names and are names themselves.
//     (ner-gold 82.61 -> 83.28, ner-dev 77.91 -> 78.05; CoNLL-2003 dev 93.02, unchanged, was 92.96 with those.)
// What is left votes with the body's mentions in EntityGrouper like any other mention. Measured on the CoNLL-2003
// dev set and UNER's EWT dev set (web text with Title Case titles): a lighter vote for headline mentions, re-cutting
// every headline mention to the body's names, and marking body names in Title Case headlines each made the figures
// worse; steps 1 and 2 did not.
#pragma once

#include "entities/ArticleOutline.h"
#include "entities/MentionEvidence.h"

namespace lede::core {

class PlaceGazetteer;

class HeadlineNames final
{
public:
    // Names of at most this many words are looked for in an ALL CAPS headline.
    static constexpr size_t kMaxNameWords = 6;

    // `mentions` in text order, non-overlapping; stays so. `places` (may be null) names the countries of step 2.
    static void align(const ArticleOutline &outline, EvidencedMentions &mentions,
                      const PlaceGazetteer *places = nullptr);
};

} // namespace lede::core
