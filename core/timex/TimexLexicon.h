// TimexLexicon: the words a rule table can refer to, each with its temporal meaning.
// A language supplies a table of LexiconWord rows; patterns refer to word classes (@MONTH) or literals.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core::timex {

// Word classes; one word may belong to several ("second": ordinal and unit).
enum LexClass : uint32_t {
    kMonth = 1u << 0,
    kWeekday = 1u << 1,
    kCardinal = 1u << 2,   // one … ninety, hundred, thousand
    kOrdinal = 1u << 3,    // first … thirty-first
    kUnit = 1u << 4,       // second … millennium (singular and plural)
    kSeason = 1u << 5,
    kPartOfDay = 1u << 6,  // morning, afternoon, evening, night
    kDeictic = 1u << 7,    // today, yesterday, tomorrow, tonight
    kRelative = 1u << 8,   // last, next, this, coming, previous, …
    kVague = 1u << 9,      // now, recently, currently …
    kSetAdverb = 1u << 10, // daily, weekly, annually …
    kTimeZone = 1u << 11,
    kDecadeWord = 1u << 12, // nineties
    kShift = 1u << 13,      // ago, earlier, later, before, after
    kEdge = 1u << 14,       // early, mid, late, beginning, end, middle
    kApprox = 1u << 15,     // about, nearly, almost, some, around
    kMeridiem = 1u << 16,   // am, pm (the dotted forms are matched from letters)
    kFew = 1u << 17,        // few, several, many, some, couple
    kHoliday = 1u << 18,    // christmas, thanksgiving (value templates)
    kEra = 1u << 19,        // bc, bce, ad, ce
    kLiteral = 1u << 20,    // used as a literal by at least one pattern
    kSuffix = 1u << 21,     // glued to numbers: st/nd/rd/th (value 1), plural s (value 2)
    kTenseCue = 1u << 22,   // will, said, was …: value +1 future, -1 past
    kInfinitive = 1u << 23, // "to": "to resume Monday" looks ahead
    kDeterminer = 1u << 24, // the, a, its …: an "-ed" word after one is an adjective ("the reduced dividend")
    kModal = 1u << 25,      // will, would, shall: a past participle after one is not past ("will be paid")
    kPastAux = 1u << 26,    // had, was, were: a future cue after one is past ("had been scheduled")
    kAsWord = 1u << 27,     // "as" of "as soon as", "as early as"
    kSoonWord = 1u << 28,   // soon, early: "as soon as Tuesday" lies ahead
    kUntilWord = 1u << 29,  // until, till: "postponed until Tuesday" lies ahead
    kPossessive = 1u << 30, // the "s" of "'s": "Wednesday's ruling" names a day already come
    kPresentBe = 1u << 31,  // is, are: "is to resume Tuesday" (a be-to future)
};

// LexEntry::tense of a kTenseCue word. Besides plain past and future cues, a few words only shape
// the clause: "have" after a modal makes it past ("should have left Friday"), an object pronoun
// after a sentence's first word makes an imperative ("Ask me on Friday"), "please" and "let's" ask
// for something still to come.
enum TenseCue : int {
    kCuePluperfect = -2, // had: a plan told with it is over
    kCuePast = -1,
    kCueFuture = 1,
    kCueRequest = 2,     // please
    kCuePerfect = 3,     // have, has
    kCueObject = 4,      // me, us, him, them
    kCueLet = 5,         // let ('s)
};

enum class Unit : uint8_t { None, Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Half, Year, Decade, Century, Millennium };

// One row of a language's lexicon. Fields not relevant to the class stay 0.
struct LexiconWord
{
    std::string_view word; // lower case
    uint32_t classes = 0;
    int value = 0;         // month 1–12, weekday 1–7, number, ordinal, season 1–4, part of day, deictic day offset, relative direction, shift direction, edge kind
    Unit unit = Unit::None;
    bool needsCapital = false; // "May", "March", "Sun": only capitalised forms are dates
    bool plural = false;
    bool abbreviation = false;  // "Sept", "Fri": a following "." belongs to the word
    std::string_view text = {}; // vague reference value (PRESENT_REF), holiday month-day, set value
};

struct LexEntry
{
    uint32_t classes = 0;
    int month = 0, weekday = 0, cardinal = -1, ordinal = 0, season = 0, partOfDay = 0;
    int deictic = 0, relative = 0, shift = 0, edge = 0, decade = 0, tense = 0;
    Unit unit = Unit::None;
    bool plural = false;
    bool abbreviation = false;
    bool monthNeedsCapital = false;
    bool weekdayNeedsCapital = false;
    bool holidayNeedsCapital = false;
    std::string vague, setValue, holiday;
    uint32_t id = 0; // index, for literal matching
};

// Immutable after construction; lookups are lock-free and allocation-free.
class TimexLexicon final
{
public:
    explicit TimexLexicon(const std::vector<LexiconWord> &words);

    // Adds a literal word used by a pattern (or marks an existing entry); returns its id.
    uint32_t addLiteral(std::string_view lowerWord);

    // Case-insensitive (ASCII) lookup; nullptr when the word is not temporal.
    const LexEntry *find(std::u16string_view word) const;
    const LexEntry *findLower(std::string_view lowerWord) const;

    size_t size() const { return m_entries.size(); }
    const LexEntry &entry(uint32_t id) const { return *m_entries[id]; }

private:
    void insert(std::string_view lowerWord, const LexiconWord *row);
    void rehash(size_t capacity);
    static uint64_t hash(std::string_view s);

    std::vector<std::unique_ptr<LexEntry>> m_entries;
    std::vector<std::string> m_keys;
    std::vector<int32_t> m_slots; // open addressing, -1 = empty
};

} // namespace lede::core::timex
