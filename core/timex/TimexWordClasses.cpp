// Word-class matchers for TimexPattern (@MONTH, @DAY, @CLOCK, …): each recognises one kind of
// token run and records its meaning in TimexMatch. They read lexicon classes only, so they serve
// every language whose lexicon fills those classes.
#include "timex/TimexWordClasses.h"

#include <algorithm>
#include <initializer_list>

namespace lede::core::timex {

namespace {


using Toks = std::vector<TimexToken>;

bool glued(const Toks &t, size_t i)
{
    return i < t.size() && !t[i].spaceBefore;
}
bool isPunct(const Toks &t, size_t i, char16_t c)
{
    return i < t.size() && t[i].kind == TokKind::Punct && t[i].ch == c;
}
bool hasClass(const Toks &t, size_t i, uint32_t cls)
{
    return i < t.size() && t[i].lex && (t[i].lex->classes & cls);
}
// Abbreviations take their full stop: "Sept." → the "." is part of the expression.
int withAbbrevDot(const Toks &t, size_t i)
{
    return t[i].lex->abbreviation && isPunct(t, i + 1, u'.') && glued(t, i + 1) ? 2 : 1;
}

int mMonth(const Toks &t, size_t i, TimexMatch &m)
{
    if (!hasClass(t, i, kMonth) || (t[i].lex->monthNeedsCapital && !t[i].capitalized))
        return 0;
    m.month = t[i].lex->month;
    const int n = withAbbrevDot(t, i);
    // "Jan" without its full stop is a month only before a day or year ("Jan 5"), not a name.
    if (t[i].lex->abbreviation && n == 1 && !(i + 1 < t.size() && t[i + 1].kind == TokKind::Number))
        return 0;
    return n;
}

int mWeekday(const Toks &t, size_t i, TimexMatch &m)
{
    if (!hasClass(t, i, kWeekday) || (t[i].lex->weekdayNeedsCapital && !t[i].capitalized))
        return 0;
    m.weekday = t[i].lex->weekday;
    const int n = withAbbrevDot(t, i);
    // "Sun", "Wed" without a full stop are names and verbs far more often than days.
    if (t[i].lex->abbreviation && n == 1)
        return 0;
    return n;
}

// An ordinal suffix glued to a number: 24th, 1st, 2nd, 3rd.
int ordinalSuffix(const Toks &t, size_t i)
{
    return glued(t, i) && hasClass(t, i, kSuffix) && t[i].lex->edge == 1 ? 1 : 0;
}

// Cardinal number words: "twenty four", "twenty-four", "two hundred", "nineteen", "two thousand".
// Only well-formed sequences join, so "five six" is two numbers.
int cardinalWords(const Toks &t, size_t i, int64_t &value)
{
    enum Last { None, Unit, Teen, Tens, Hundred, Thousand } last = None;
    int64_t total = 0, current = 0;
    size_t j = i, end = i;
    while (j < t.size() && hasClass(t, j, kCardinal) && (j == i || !t[j].lineBefore)) {
        const int v = t[j].lex->cardinal;
        Last kind = v >= 1000 ? Thousand : v == 100 ? Hundred : v >= 20 ? Tens : v >= 10 ? Teen : Unit;
        const bool ok = last == None || (kind == Unit && (last == Tens || last == Hundred || last == Thousand))
            || ((kind == Teen || kind == Tens) && (last == Hundred || last == Thousand))
            || (kind == Hundred && (last == Unit || last == Teen || last == Tens))
            || (kind == Thousand && last != Thousand);
        if (!ok || (kind == Unit && v == 0 && last != None))
            break;
        if (kind == Hundred)
            current = (current == 0 ? 1 : current) * 100;
        else if (kind == Thousand) {
            total += (current == 0 ? 1 : current) * v;
            current = 0;
        } else
            current += v;
        last = kind;
        end = ++j;
        // "twenty-four": a hyphen joins tens and units.
        if (last == Tens && isPunct(t, j, u'-') && glued(t, j) && glued(t, j + 1) && hasClass(t, j + 1, kCardinal)
            && t[j + 1].lex->cardinal < 10)
            ++j;
    }
    if (end == i)
        return 0;
    value = total + current;
    return static_cast<int>(end - i);
}

int mNumber(const Toks &t, size_t i, TimexMatch &m)
{
    if (i >= t.size())
        return 0;
    if (t[i].kind == TokKind::Number) {
        if (t[i].number < 0 || t[i].digits > 7)
            return 0;
        // "1,000": a thousands separator keeps the number whole.
        int64_t v = t[i].number;
        size_t j = i + 1;
        while (isPunct(t, j, u',') && glued(t, j) && glued(t, j + 1) && j + 1 < t.size() && t[j + 1].kind == TokKind::Number
               && t[j + 1].digits == 3 && v < 1000000) {
            v = v * 1000 + t[j + 1].number;
            j += 2;
        }
        // Decimal fractions are not durations we normalise ("2.5 years" → P2.5Y is valid TIMEX3 though).
        if (isPunct(t, j, u'.') && glued(t, j) && glued(t, j + 1) && j + 1 < t.size() && t[j + 1].kind == TokKind::Number)
            return 0;
        if (glued(t, j) && j < t.size() && t[j].kind == TokKind::Word && !(t[j].lex && t[j].lex->classes & kUnit))
            return 0; // "3pm", "24th", "1990s" are not plain numbers
        m.number = static_cast<double>(v);
        return static_cast<int>(j - i);
    }
    int64_t v = 0;
    const int n = cardinalWords(t, i, v);
    if (n == 0)
        return 0;
    m.number = static_cast<double>(v);
    return n;
}

// A half after a whole number: "5 1/2", "2½". Adds 0.5 to the number already captured.
int mHalf(const Toks &t, size_t i, TimexMatch &m)
{
    if (m.number < 0 || i >= t.size())
        return 0;
    if (t[i].kind == TokKind::Punct && t[i].ch == 0x00bd) {
        m.number += 0.5;
        return 1;
    }
    if (t[i].kind == TokKind::Number && t[i].number == 1 && isPunct(t, i + 1, u'/') && glued(t, i + 1) && glued(t, i + 2)
        && i + 2 < t.size() && t[i + 2].kind == TokKind::Number && t[i + 2].number == 2) {
        m.number += 0.5;
        return 3;
    }
    return 0;
}

int mA(const Toks &t, size_t i, TimexMatch &m)
{
    // The element itself checks the token is "a" or "an" (its literal ids); an article here means one.
    if (i >= t.size() || t[i].kind != TokKind::Word)
        return 0;
    m.number = 1;
    return 1;
}

int mFew(const Toks &t, size_t i, TimexMatch &m)
{
    if (!hasClass(t, i, kFew))
        return 0;
    m.number = t[i].lex->cardinal > 0 ? t[i].lex->cardinal : TimexMatch::kSome;
    return 1;
}

int mDay(const Toks &t, size_t i, TimexMatch &m)
{
    if (i >= t.size())
        return 0;
    if (t[i].kind == TokKind::Number) {
        if (t[i].digits > 2 || t[i].number < 1 || t[i].number > 31)
            return 0;
        m.day = static_cast<int>(t[i].number);
        if (ordinalSuffix(t, i + 1))
            return 2;
        if (glued(t, i + 1) && t[i + 1].kind == TokKind::Word)
            return 0;
        return 1;
    }
    // "the twenty-first": ordinal words, possibly after a tens word.
    if (hasClass(t, i, kOrdinal) && t[i].lex->ordinal <= 31) {
        m.day = t[i].lex->ordinal;
        return 1;
    }
    if (hasClass(t, i, kCardinal) && (t[i].lex->cardinal == 20 || t[i].lex->cardinal == 30)) {
        size_t j = i + 1;
        if (isPunct(t, j, u'-') && glued(t, j))
            ++j;
        if (hasClass(t, j, kOrdinal) && t[j].lex->ordinal < 10 && t[i].lex->cardinal + t[j].lex->ordinal <= 31) {
            m.day = t[i].lex->cardinal + t[j].lex->ordinal;
            return static_cast<int>(j - i + 1);
        }
    }
    return 0;
}

int mOrdinal(const Toks &t, size_t i, TimexMatch &m)
{
    if (i >= t.size())
        return 0;
    if (t[i].kind == TokKind::Number && t[i].digits <= 3 && t[i].number > 0 && ordinalSuffix(t, i + 1)) {
        m.ordinal = static_cast<int>(t[i].number);
        return 2;
    }
    if (hasClass(t, i, kOrdinal)) {
        m.ordinal = t[i].lex->ordinal;
        return 1;
    }
    return 0;
}

int mDayNum(const Toks &t, size_t i, TimexMatch &m)
{
    if (i >= t.size() || t[i].kind != TokKind::Number || t[i].digits > 2 || t[i].number < 1 || t[i].number > 31)
        return 0;
    m.day = static_cast<int>(t[i].number);
    return 1;
}

// The first number of a slashed date, which may be the day or the month: kept in `month` for the
// normaliser to decide.
int mSlashFirst(const Toks &t, size_t i, TimexMatch &m)
{
    if (i >= t.size() || t[i].kind != TokKind::Number || t[i].digits > 2 || t[i].number < 1 || t[i].number > 31)
        return 0;
    m.month = static_cast<int>(t[i].number);
    return 1;
}

int mMonthNum(const Toks &t, size_t i, TimexMatch &m)
{
    if (i >= t.size() || t[i].kind != TokKind::Number || t[i].digits > 2 || t[i].number < 1 || t[i].number > 12)
        return 0;
    m.month = static_cast<int>(t[i].number);
    return 1;
}

// Four-digit years. The matcher refuses numbers glued to letters ("1990s", "2000th") or to
// a currency sign, and numbers inside a longer numeric run ("1,2000").
int mYear(const Toks &t, size_t i, TimexMatch &m)
{
    // Four digits always: "0999" is an explicit early year; callers gate lone numbers by plausibility.
    if (i >= t.size() || t[i].kind != TokKind::Number || t[i].digits != 4 || t[i].number < 1 || t[i].number > 2999)
        return 0;
    if (glued(t, i + 1) && t[i + 1].kind == TokKind::Word)
        return 0;
    if (i > 0 && !t[i].spaceBefore && t[i - 1].kind == TokKind::Punct
        && (t[i - 1].ch == u'$' || t[i - 1].ch == 0x00a3 || t[i - 1].ch == 0x20ac || t[i - 1].ch == u'#' || t[i - 1].ch == u','))
        return 0;
    if (isPunct(t, i + 1, u'%') || (isPunct(t, i + 1, u',') && glued(t, i + 2) && i + 2 < t.size() && t[i + 2].kind == TokKind::Number))
        return 0;
    // A decimal ("2082.1 points") is a quantity, not a year.
    if (isPunct(t, i + 1, u'.') && glued(t, i + 1) && glued(t, i + 2) && i + 2 < t.size() && t[i + 2].kind == TokKind::Number)
        return 0;
    m.year = static_cast<int>(t[i].number);
    return 1;
}

// "'98" and "'80s" style two-digit years.
int mShortYear(const Toks &t, size_t i, TimexMatch &m)
{
    if (!isPunct(t, i, u'\'') || i + 1 >= t.size() || !glued(t, i + 1) || t[i + 1].kind != TokKind::Number || t[i + 1].digits != 2)
        return 0;
    if (glued(t, i + 2) && t[i + 2].kind == TokKind::Word)
        return 0;
    m.year = 1900 + static_cast<int>(t[i + 1].number);
    m.twoDigitYear = true;
    return 2;
}

// A year of the era before the common era: "490 BC", "146 B.C.", "44 BCE".
int mBceYear(const Toks &t, size_t i, TimexMatch &m)
{
    if (i >= t.size() || t[i].kind != TokKind::Number || t[i].digits > 4 || t[i].number < 1)
        return 0;
    size_t j = i + 1;
    if (!hasClass(t, j, kEra) || t[j].lex->edge != -1)
        return 0;
    ++j;
    // "B.C.": letters and dots glued.
    while (j + 1 < t.size() && glued(t, j) && isPunct(t, j, u'.') && glued(t, j + 1) && t[j + 1].kind == TokKind::Word
           && t[j + 1].end - t[j + 1].start == 1)
        j += 2;
    if (isPunct(t, j, u'.') && glued(t, j) && t[j - 1].end - t[j - 1].start == 1)
        ++j;
    m.year = static_cast<int>(t[i].number);
    m.bce = true;
    return static_cast<int>(j - i);
}

// Written years: "nineteen ninety-six", "nineteen seventy-nine".
int mYearWords(const Toks &t, size_t i, TimexMatch &m)
{
    if (!hasClass(t, i, kCardinal) || t[i].lex->cardinal < 10 || t[i].lex->cardinal > 20)
        return 0;
    int64_t rest = 0;
    const int n = cardinalWords(t, i + 1, rest);
    if (n == 0 || rest < 10 || rest > 99)
        return 0;
    m.year = t[i].lex->cardinal * 100 + static_cast<int>(rest);
    return 1 + n;
}

int mDecade(const Toks &t, size_t i, TimexMatch &m)
{
    if (i >= t.size())
        return 0;
    auto pluralS = [&](size_t j) { return glued(t, j) && hasClass(t, j, kSuffix) && t[j].lex->edge == 2; };
    if (t[i].kind == TokKind::Number && t[i].digits == 4 && t[i].number % 10 == 0 && t[i].number >= 1000 && pluralS(i + 1)) {
        m.decade = static_cast<int>(t[i].number / 10);
        return 2;
    }
    if (isPunct(t, i, u'\'') && i + 1 < t.size() && glued(t, i + 1) && t[i + 1].kind == TokKind::Number && t[i + 1].digits == 2
        && t[i + 1].number % 10 == 0 && pluralS(i + 2)) {
        m.decade = 190 + static_cast<int>(t[i + 1].number / 10);
        return 3;
    }
    return 0;
}

// "fifties" as a decade; the rules ask for "the" before it, since "in her fifties" is an age and "by fifties" a
// count.
int mDecadeWord(const Toks &t, size_t i, TimexMatch &m)
{
    if (!hasClass(t, i, kDecadeWord))
        return 0;
    m.decade = t[i].lex->decade;
    return 1;
}

// a.m. / p.m. / am / pm, spaced or glued to the number.
int meridiem(const Toks &t, size_t i, int &which)
{
    if (i >= t.size() || t[i].kind != TokKind::Word)
        return 0;
    if (hasClass(t, i, kMeridiem) && t[i].end - t[i].start == 2) { // "am", "pm"
        which = t[i].lex->edge;
        return which == 1 || which == 2 ? 1 : 0;
    }
    const int len = t[i].end - t[i].start;
    if (len != 1 || !isPunct(t, i + 1, u'.') || !glued(t, i + 1) || i + 2 >= t.size() || !glued(t, i + 2)
        || t[i + 2].end - t[i + 2].start != 1 || t[i + 2].kind != TokKind::Word)
        return 0;
    if (!t[i].lex || !(t[i].lex->classes & kMeridiem) || !t[i + 2].lex || !(t[i + 2].lex->classes & kMeridiem))
        return 0;
    if (t[i + 2].lex->edge != 3) // the "m"
        return 0;
    which = t[i].lex->edge;
    if (which != 1 && which != 2)
        return 0;
    return isPunct(t, i + 3, u'.') && glued(t, i + 3) ? 4 : 3;
}

int mClock(const Toks &t, size_t i, TimexMatch &m)
{
    if (i >= t.size() || t[i].kind != TokKind::Number || t[i].digits > 2 || t[i].number > 24)
        return 0;
    size_t j = i + 1;
    int hour = static_cast<int>(t[i].number), minute = -1, second = -1;
    if (isPunct(t, j, u':') && glued(t, j) && glued(t, j + 1) && j + 1 < t.size() && t[j + 1].kind == TokKind::Number
        && t[j + 1].digits == 2 && t[j + 1].number < 60) {
        minute = static_cast<int>(t[j + 1].number);
        j += 2;
        if (isPunct(t, j, u':') && glued(t, j) && glued(t, j + 1) && j + 1 < t.size() && t[j + 1].kind == TokKind::Number
            && t[j + 1].digits == 2 && t[j + 1].number < 60) {
            second = static_cast<int>(t[j + 1].number);
            j += 2;
        }
    }
    // "03:00hrs", "19:00 hr": a military time with its unit.
    if (minute >= 0 && hasClass(t, j, kUnit) && t[j].lex->unit == Unit::Hour && t[j].end - t[j].start <= 3) {
        m.hour = hour;
        m.minute = minute;
        m.second = second;
        return static_cast<int>(j + 1 - i);
    }
    int which = 0;
    const int mer = meridiem(t, j, which);
    if (mer == 0 && minute < 0)
        return 0; // a bare number is not a time
    if (mer > 0) {
        if (hour < 1 || hour > 12)
            return 0;
        hour = hour % 12 + (which == 2 ? 12 : 0);
        j += static_cast<size_t>(mer);
        m.meridiem = which;
    } else if (glued(t, j) && j < t.size() && (t[j].kind == TokKind::Word || t[j].kind == TokKind::Number)) {
        return 0;
    }
    m.hour = hour;
    m.minute = minute;
    m.second = second;
    return static_cast<int>(j - i);
}

template<uint32_t Cls>
int mSimple(const Toks &t, size_t i, TimexMatch &m)
{
    if (!hasClass(t, i, Cls))
        return 0;
    const LexEntry &e = *t[i].lex;
    if (Cls == kHoliday && e.holidayNeedsCapital && !t[i].capitalized) // "labor day" in lower case is not the holiday
        return 0;
    switch (Cls) {
    case kUnit: m.unit = e.unit; m.plural = e.plural; break;
    case kSeason: m.season = e.season; break;
    case kPartOfDay: m.partOfDay = e.partOfDay; m.plural = e.plural; break;
    case kDeictic: m.deictic = e.deictic; break;
    // Magnitude 2 marks anaphoric relatives ("following") and deictic shifts ("ago").
    case kRelative: m.relative = e.relative > 0 ? 1 : e.relative < 0 ? -1 : 0; m.anaphoric = e.relative == 2 || e.relative == -2; break;
    case kShift: m.shift = e.shift > 0 ? 1 : -1; m.shiftFromNow = e.shift == 2 || e.shift == -2; break;
    case kEdge: m.edge = e.edge; break;
    case kVague:
    case kSetAdverb:
    case kHoliday: m.word = &e; break;
    default: break;
    }
    return 1;
}

const WordClassInfo kClasses[] = {
    {"MONTH", mMonth, kMonth, false, u""},
    {"WEEKDAY", mWeekday, kWeekday, false, u""},
    {"DAY", mDay, kOrdinal | kCardinal, true, u""},
    {"DAYNUM", mDayNum, 0, true, u""},
    {"MONTHNUM", mMonthNum, 0, true, u""},
    {"SLASHFIRST", mSlashFirst, 0, true, u""},
    {"ORDINAL", mOrdinal, kOrdinal, true, u""},
    {"YEAR", mYear, 0, true, u""},
    {"SHORTYEAR", mShortYear, 0, false, u"'"},
    {"BCYEAR", mBceYear, 0, true, u""},
    {"YEARWORDS", mYearWords, kCardinal, false, u""},
    {"DECADE", mDecade, 0, true, u"'"},
    {"DECADEWORD", mDecadeWord, kDecadeWord, false, u""},
    {"NUM", mNumber, kCardinal, true, u""},
    {"A", mA, kLiteral, false, u""},
    {"HALF", mHalf, 0, true, u"\u00bd"},
    {"FEW", mFew, kFew, false, u""},
    {"CLOCK", mClock, 0, true, u""},
    {"UNIT", mSimple<kUnit>, kUnit, false, u""},
    {"SEASON", mSimple<kSeason>, kSeason, false, u""},
    {"POD", mSimple<kPartOfDay>, kPartOfDay, false, u""},
    {"DEICTIC", mSimple<kDeictic>, kDeictic, false, u""},
    {"REL", mSimple<kRelative>, kRelative, false, u""},
    {"SHIFT", mSimple<kShift>, kShift, false, u""},
    {"EDGE", mSimple<kEdge>, kEdge, false, u""},
    {"APPROX", mSimple<kApprox>, kApprox, false, u""},
    {"VAGUE", mSimple<kVague>, kVague, false, u""},
    {"SETADV", mSimple<kSetAdverb>, kSetAdverb, false, u""},
    {"TZ", mSimple<kTimeZone>, kTimeZone, false, u""},
    {"HOLIDAY", mSimple<kHoliday>, kHoliday, false, u""},
};

} // namespace

const WordClassInfo *findWordClass(std::string_view name)
{
    const auto it = std::find_if(std::begin(kClasses), std::end(kClasses), [&](const WordClassInfo &c) { return c.name == name; });
    return it == std::end(kClasses) ? nullptr : &*it;
}

} // namespace lede::core::timex
