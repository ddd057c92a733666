// TimexLexicon: an open-addressing hash table over lower-case ASCII words.
#include "timex/TimexLexicon.h"

namespace lede::core::timex {

namespace {
constexpr size_t kMaxWord = 24; // longer tokens are never temporal words
}

TimexLexicon::TimexLexicon(const std::vector<LexiconWord> &words)
{
    rehash(1024);
    for (const LexiconWord &w : words)
        insert(w.word, &w);
}

uint64_t TimexLexicon::hash(std::string_view s)
{
    uint64_t h = 1469598103934665603ull;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

void TimexLexicon::rehash(size_t capacity)
{
    m_slots.assign(capacity, -1);
    for (size_t i = 0; i < m_keys.size(); ++i) {
        size_t s = hash(m_keys[i]) & (capacity - 1);
        while (m_slots[s] >= 0)
            s = (s + 1) & (capacity - 1);
        m_slots[s] = static_cast<int32_t>(i);
    }
}

void TimexLexicon::insert(std::string_view key, const LexiconWord *row)
{
    LexEntry *e = const_cast<LexEntry *>(findLower(key));
    if (!e) {
        if ((m_keys.size() + 1) * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        m_keys.emplace_back(key);
        m_entries.push_back(std::make_unique<LexEntry>());
        e = m_entries.back().get();
        e->id = static_cast<uint32_t>(m_entries.size() - 1);
        size_t s = hash(key) & (m_slots.size() - 1);
        while (m_slots[s] >= 0)
            s = (s + 1) & (m_slots.size() - 1);
        m_slots[s] = static_cast<int32_t>(e->id);
    }
    if (!row)
        return;
    const LexiconWord &w = *row;
    e->classes |= w.classes;
    e->abbreviation = e->abbreviation || w.abbreviation;
    if (w.classes & kMonth) {
        e->month = w.value;
        e->monthNeedsCapital = w.needsCapital;
    }
    if (w.classes & kWeekday) {
        e->weekday = w.value;
        e->weekdayNeedsCapital = w.needsCapital;
    }
    if (w.classes & (kCardinal | kFew))
        e->cardinal = w.value;
    if (w.classes & kTenseCue)
        e->tense = w.value;
    if (w.classes & kOrdinal)
        e->ordinal = w.value;
    if (w.classes & kSeason)
        e->season = w.value;
    if (w.classes & kPartOfDay) {
        e->partOfDay = w.value;
        e->plural = w.plural;
    }
    if (w.classes & kDeictic)
        e->deictic = w.value;
    if (w.classes & kRelative)
        e->relative = w.value;
    if (w.classes & kShift)
        e->shift = w.value;
    if (w.classes & (kEdge | kMeridiem | kSuffix | kEra))
        e->edge = w.value;
    if (w.classes & kDecadeWord)
        e->decade = w.value;
    if (w.classes & kUnit) {
        e->unit = w.unit;
        e->plural = w.plural;
    }
    if (w.classes & kVague)
        e->vague = std::string(w.text);
    if (w.classes & kSetAdverb)
        e->setValue = std::string(w.text);
    if (w.classes & kHoliday) {
        e->holiday = std::string(w.text);
        e->holidayNeedsCapital = w.needsCapital;
    }
}

uint32_t TimexLexicon::addLiteral(std::string_view lowerWord)
{
    insert(lowerWord, nullptr);
    LexEntry *e = const_cast<LexEntry *>(findLower(lowerWord));
    e->classes |= kLiteral;
    return e->id;
}

const LexEntry *TimexLexicon::findLower(std::string_view key) const
{
    if (key.empty() || key.size() > kMaxWord)
        return nullptr;
    size_t s = hash(key) & (m_slots.size() - 1);
    while (m_slots[s] >= 0) {
        if (m_keys[static_cast<size_t>(m_slots[s])] == key)
            return m_entries[static_cast<size_t>(m_slots[s])].get();
        s = (s + 1) & (m_slots.size() - 1);
    }
    return nullptr;
}

const LexEntry *TimexLexicon::find(std::u16string_view word) const
{
    if (word.empty() || word.size() > kMaxWord)
        return nullptr;
    char buf[kMaxWord];
    for (size_t i = 0; i < word.size(); ++i) {
        char16_t c = word[i];
        if (c >= u'A' && c <= u'Z')
            c = static_cast<char16_t>(c - u'A' + u'a');
        else if (c > 0x7f)
            return nullptr;
        buf[i] = static_cast<char>(c);
    }
    return findLower(std::string_view(buf, word.size()));
}

} // namespace lede::core::timex
