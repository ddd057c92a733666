// Abbreviations: the tables. English news text (the NER model is trained on Reuters) is the target.
#include "text/Abbreviations.h"

#include <algorithm>
#include <array>

namespace lede::core {

namespace {

template<size_t N>
constexpr std::array<std::u16string_view, N> sorted(std::array<std::u16string_view, N> a)
{
    std::sort(a.begin(), a.end());
    return a;
}

// Sorted, so lookups are binary searches without any start-up cost or allocation.
constexpr auto kTitles = sorted(std::to_array<std::u16string_view>({
    u"Adm", u"Ave", u"Bros", u"Capt", u"Cdr", u"Cmdr", u"Col", u"Comdr", u"Cpl", u"Dr", u"Drs", u"Ft", u"Gen",
    u"Gov", u"Hon", u"Lt", u"Maj", u"Messrs", u"Mlle", u"Mme", u"Mr", u"Mrs", u"Ms", u"Msgr", u"Mt", u"Pfc",
    u"Pres", u"Prof", u"Rep", u"Reps", u"Rev", u"Sen", u"Sens", u"Sgt", u"St", u"Supt", u"approx",
    u"ca", u"cf", u"dept", u"e.g", u"esp", u"est", u"fig", u"i.e", u"incl", u"vs", u"viz", u"Blvd", u"Dept",
    u"Fig", u"Figs", u"Gens", u"Govs", u"Insp", u"Lieut", u"Mssrs", u"Pvt", u"Rd", u"Rt", u"Sec", u"Secy",
    u"Sq", u"Univ",
}));

constexpr auto kNumbered = sorted(std::to_array<std::u16string_view>({
    u"Art", u"No", u"Nos", u"Nr", u"Vol", u"Vols", u"art", u"no", u"p", u"pp", u"vol",
}));

constexpr auto kTrailing = sorted(std::to_array<std::u16string_view>({
    u"Apr", u"Aug", u"Co", u"Corp", u"Cos", u"Dec", u"Esq", u"Feb", u"Inc", u"Jan", u"Jr", u"Jul", u"Jun",
    u"Ltd", u"Mar", u"Nov", u"Oct", u"PLC", u"Plc", u"Sep", u"Sr", u"Sept", u"al", u"bros", u"co", u"corp",
    u"etc", u"inc", u"ltd", u"mln", u"pct",
    // US states as news datelines write them: "TAMPA, Fla."
    u"Ala", u"Ariz", u"Ark", u"Calif", u"Colo", u"Conn", u"Del", u"Fla", u"Ga", u"Ill", u"Ind", u"Kan", u"Ky",
    u"La", u"Mass", u"Md", u"Mich", u"Minn", u"Miss", u"Mo", u"Mont", u"Neb", u"Nev", u"Okla", u"Ore", u"Pa",
    u"Tenn", u"Tex", u"Va", u"Vt", u"Wash", u"Wis", u"Wyo",
}));

constexpr auto kStarters = sorted(std::to_array<std::u16string_view>({
    u"A", u"After", u"Also", u"An", u"And", u"As", u"At", u"Before", u"But", u"By", u"During", u"Each", u"Even",
    u"Few", u"For", u"From", u"He", u"Her", u"Here", u"His", u"How", u"However", u"I", u"If", u"In", u"It",
    u"Its", u"Last", u"Later", u"Many", u"Meanwhile", u"Most", u"My", u"No", u"Not", u"Now", u"On", u"One",
    u"Only", u"Our", u"Since", u"So", u"Some", u"She", u"Still", u"That", u"The", u"Their", u"Then", u"There",
    u"These", u"They", u"This", u"Those", u"Though", u"To", u"Two", u"Under", u"We", u"What", u"When", u"Where",
    u"While", u"Who", u"Why", u"With", u"Yet", u"You", u"Your", u"Both",
}));

template<size_t N>
bool contains(const std::array<std::u16string_view, N> &table, std::u16string_view word)
{
    return std::binary_search(table.begin(), table.end(), word);
}

bool isUpperAscii(char16_t c) { return c >= u'A' && c <= u'Z'; }

} // namespace

AbbreviationKind classifyAbbreviation(std::u16string_view word)
{
    if (word.empty() || word.size() > 8)
        return AbbreviationKind::None;
    if (contains(kTitles, word))
        return AbbreviationKind::Title;
    if (contains(kNumbered, word))
        return AbbreviationKind::Numbered;
    if (contains(kTrailing, word))
        return AbbreviationKind::Trailing;
    // A capital letter alone (Latin-1 capitals too: "É. Zola").
    if (word.size() == 1 && (isUpperAscii(word[0]) || (word[0] >= 0xC0 && word[0] <= 0xDE && word[0] != 0xD7)))
        return AbbreviationKind::Initial;
    if (word.find(u'.') != std::u16string_view::npos)
        return AbbreviationKind::Trailing; // "U.S", "Ph.D", "a.m"
    return AbbreviationKind::None;
}

bool isSentenceStarter(std::u16string_view word) { return contains(kStarters, word); }

} // namespace lede::core
