// The English temporal lexicon: every word the English rules know, with its meaning.
#include "timex/TimexRules.h"

namespace lede::core::timex {

std::vector<LexiconWord> englishLexiconWords()
{
    std::vector<LexiconWord> w;
    auto add = [&](std::string_view word, uint32_t cls, int value, Unit unit = Unit::None, bool plural = false,
                   bool needsCapital = false, bool abbreviation = false, std::string_view text = {}) {
        LexiconWord r;
        r.word = word;
        r.classes = cls;
        r.value = value;
        r.unit = unit;
        r.plural = plural;
        r.needsCapital = needsCapital;
        r.abbreviation = abbreviation;
        r.text = text;
        w.push_back(r);
    };

    // Months. "May" and "March" are dates only when capitalised; abbreviations take their full stop.
    const std::string_view months[12] = {"january", "february", "march", "april", "may", "june",
                                         "july", "august", "september", "october", "november", "december"};
    const std::string_view monthAbbr[12] = {"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m) {
        add(months[m], kMonth, m + 1, Unit::None, false, m == 2 || m == 4);
        if (!monthAbbr[m].empty())
            add(monthAbbr[m], kMonth, m + 1, Unit::None, false, true, true);
    }
    add("sept", kMonth, 9, Unit::None, false, true, true);

    const std::string_view days[7] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const std::string_view dayAbbr[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int d = 0; d < 7; ++d) {
        add(days[d], kWeekday, d + 1);
        add(dayAbbr[d], kWeekday, d + 1, Unit::None, false, true, true);
    }
    add("tues", kWeekday, 2, Unit::None, false, true, true);
    add("thurs", kWeekday, 4, Unit::None, false, true, true);

    const std::string_view cardinals[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                          "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i)
        add(cardinals[i], kCardinal, i);
    const std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i)
        add(tens[i], kCardinal, 20 + 10 * i);
    add("hundred", kCardinal, 100);
    add("thousand", kCardinal, 1000);
    add("dozen", kCardinal, 12);

    const std::string_view ordinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (int i = 0; i < 20; ++i)
        add(ordinals[i], kOrdinal, i + 1);
    add("thirtieth", kOrdinal, 30);

    for (std::string_view s : {"st", "nd", "rd", "th"})
        add(s, kSuffix, 1);
    add("s", kSuffix, 2);

    struct U { std::string_view one, many; Unit unit; };
    for (const U &u : {U{"second", "seconds", Unit::Second}, U{"minute", "minutes", Unit::Minute}, U{"hour", "hours", Unit::Hour},
                       U{"day", "days", Unit::Day}, U{"week", "weeks", Unit::Week}, U{"weekend", "weekends", Unit::Weekend},
                       U{"month", "months", Unit::Month}, U{"quarter", "quarters", Unit::Quarter}, U{"year", "years", Unit::Year},
                       U{"decade", "decades", Unit::Decade}, U{"century", "centuries", Unit::Century},
                       U{"millennium", "millennia", Unit::Millennium}, U{"fortnight", "fortnights", Unit::Week},
                       U{"yr", "yrs", Unit::Year}, U{"min", "mins", Unit::Minute}, U{"hr", "hrs", Unit::Hour}}) {
        add(u.one, kUnit, 1, u.unit, false);
        add(u.many, kUnit, 1, u.unit, true);
    }

    add("spring", kSeason, 1);
    add("summer", kSeason, 2);
    add("fall", kSeason, 3);
    add("autumn", kSeason, 3);
    add("winter", kSeason, 4);

    add("morning", kPartOfDay, 1);
    add("mornings", kPartOfDay, 1, Unit::None, true);
    add("afternoon", kPartOfDay, 2);
    add("afternoons", kPartOfDay, 2, Unit::None, true);
    add("evening", kPartOfDay, 3);
    add("evenings", kPartOfDay, 3, Unit::None, true);
    add("night", kPartOfDay, 4);
    add("nights", kPartOfDay, 4, Unit::None, true);
    add("overnight", kPartOfDay, 4);
    add("daytime", kPartOfDay, 5);

    add("today", kDeictic, 0);
    add("yesterday", kDeictic, -1);
    add("tomorrow", kDeictic, 1);
    add("tonight", kDeictic, 0);

    // Relative direction: -1 before the anchor, 0 the anchor's own unit, +1 after; ±2 counts from the
    // last date mentioned rather than the reference date.
    for (std::string_view s : {"last", "past"})
        add(s, kRelative, -1);
    for (std::string_view s : {"previous", "preceding", "prior"})
        add(s, kRelative, -2);
    for (std::string_view s : {"next", "coming", "upcoming"})
        add(s, kRelative, 1);
    add("following", kRelative, 2);
    for (std::string_view s : {"this", "current", "present"})
        add(s, kRelative, 0);

    // Shifts: ±1 from the last date mentioned ("a year earlier"), ±2 from the reference date ("ago").
    add("ago", kShift, -2);
    add("hence", kShift, 2);
    // "before"/"after" are left out: "90 days after the ballot" is a duration heading a clause.
    for (std::string_view s : {"earlier", "previously"})
        add(s, kShift, -1);
    for (std::string_view s : {"later", "afterwards", "afterward"})
        add(s, kShift, 1);

    // Edges: 1 early/beginning, 2 mid/middle, 3 late/end.
    for (std::string_view s : {"early", "beginning", "start", "dawn"})
        add(s, kEdge, 1);
    for (std::string_view s : {"mid", "middle"})
        add(s, kEdge, 2);
    for (std::string_view s : {"late", "end"})
        add(s, kEdge, 3);

    for (std::string_view s : {"about", "nearly", "almost", "around", "roughly", "approximately", "some", "barely"})
        add(s, kApprox, 0);

    add("few", kFew, 0);
    add("several", kFew, 0);
    add("many", kFew, 0);
    add("couple", kFew, 2);

    add("am", kMeridiem, 1);
    add("pm", kMeridiem, 2);
    add("a", kMeridiem, 1);
    add("p", kMeridiem, 2);
    add("m", kMeridiem, 3);

    add("bc", kEra, -1);
    add("bce", kEra, -1);
    add("b", kEra, -1);

    for (std::string_view s : {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "et", "pt"})
        add(s, kTimeZone, 0, Unit::None, false, true);

    add("nineties", kDecadeWord, 199);
    add("eighties", kDecadeWord, 198);
    add("seventies", kDecadeWord, 197);
    add("sixties", kDecadeWord, 196);
    add("fifties", kDecadeWord, 195);
    add("forties", kDecadeWord, 194);
    add("thirties", kDecadeWord, 193);
    add("twenties", kDecadeWord, 192);

    add("now", kVague, 0, Unit::None, false, false, false, "PRESENT_REF");
    add("currently", kVague, 0, Unit::None, false, false, false, "PRESENT_REF");
    add("nowadays", kVague, 0, Unit::None, false, false, false, "PRESENT_REF");
    add("presently", kVague, 0, Unit::None, false, false, false, "PRESENT_REF");
    add("recently", kVague, 0, Unit::None, false, false, false, "PAST_REF");
    add("lately", kVague, 0, Unit::None, false, false, false, "PAST_REF");
    add("formerly", kVague, 0, Unit::None, false, false, false, "PAST_REF");

    add("daily", kSetAdverb, 0, Unit::None, false, false, false, "P1D");
    add("nightly", kSetAdverb, 0, Unit::None, false, false, false, "P1D");
    add("weekly", kSetAdverb, 0, Unit::None, false, false, false, "P1W");
    add("monthly", kSetAdverb, 0, Unit::None, false, false, false, "P1M");
    add("yearly", kSetAdverb, 0, Unit::None, false, false, false, "P1Y");
    add("hourly", kSetAdverb, 0, Unit::None, false, false, false, "PT1H");

    // Holidays (US calendar where countries differ), written as "MM-DD" for a fixed day, "E+N"/"E-N"
    // for days from Easter Sunday, "MM/W/K" for the K-th weekday W of a month (K = -1: the last),
    // with "+D" days after it. A leading "D:" marks a word that is a holiday only before "Day"
    // ("Labor Day", "Mother's Day"), never alone; those are holidays only when capitalised, and so is a holiday
    // whose name is also a common noun ("a prayer of thanksgiving").
    const auto holiday = [&](std::string_view word, std::string_view rule, bool needsCapital = false) {
        add(word, kHoliday, 0, Unit::None, false, needsCapital || rule.substr(0, 2) == "D:", false, rule);
    };
    holiday("christmas", "12-25");
    holiday("thanksgiving", "11/4/4", true);
    holiday("halloween", "10-31");
    holiday("easter", "E+0");
    holiday("valentine", "D:02-14");
    holiday("independence", "D:07-04");
    holiday("labor", "D:09/1/1");
    holiday("labour", "D:09/1/1");
    holiday("memorial", "D:05/1/-1");
    holiday("election", "D:11/1/1+1");
    holiday("mother", "D:05/7/2");
    holiday("father", "D:06/7/3");

    add("to", kInfinitive, 0);
    // Tense cues for weekday/month resolution.
    // "could" is left out: news writes "could not be reached Friday" of a day just gone.
    for (std::string_view s : {"will", "ll", "shall", "would", "should", "must", "might", "can"})
        add(s, kTenseCue | kModal, kCueFuture);
    for (std::string_view s : {"going", "want", "wants", "hope", "hopes", "intend", "aims"})
        add(s, kTenseCue, kCueFuture);
    add("please", kTenseCue, kCueRequest);
    add("let", kTenseCue, kCueLet);
    for (std::string_view s : {"have", "has"})
        add(s, kTenseCue, kCuePerfect);
    for (std::string_view s : {"me", "us", "him", "them"})
        add(s, kTenseCue, kCueObject);
    for (std::string_view s : {"tomorrow", "upcoming", "plan", "plans", "planned", "planning", "intends", "scheduled",
                               "expects", "expected", "due"})
        add(s, kTenseCue, 1);
    // Scheduled present: "talks resume Monday", "he and Arafat meet Monday" tell of a plan ahead.
    for (std::string_view s : {"meet", "meets", "begin", "begins", "resume", "resumes", "opens", "starts", "arrives",
                               "convene", "convenes"})
        add(s, kTenseCue, 1);
    for (std::string_view s : {"was", "were", "did"})
        add(s, kTenseCue | kPastAux, -1);
    // -2 marks the pluperfect: a plan told with "had" is over ("had been due to lapse Friday"),
    // one told with "was" may still lie ahead ("were planning to drive there on Monday").
    add("had", kTenseCue | kPastAux, kCuePluperfect);
    for (std::string_view s : {"did", "said", "told", "met", "came", "went", "took", "made", "gave",
                               "began", "left", "fell", "rose", "won", "lost", "saw", "ago", "yesterday", "last", "got",
                               "held", "sold", "paid", "spent", "became", "brought", "found", "led", "ran", "struck", "hit"})
        add(s, kTenseCue, -1);
    for (std::string_view s : {"the", "a", "an", "its", "their", "his", "her", "our"})
        add(s, kDeterminer, 0);
    add("as", kAsWord, 0);
    add("soon", kSoonWord, 0);
    add("early", kSoonWord, 0);
    add("until", kUntilWord, 0);
    add("till", kUntilWord, 0);
    add("s", kPossessive, 0);
    for (std::string_view s : {"is", "are", "am"})
        add(s, kPresentBe, 0);
    return w;
}

} // namespace lede::core::timex
