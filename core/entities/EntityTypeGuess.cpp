// EntityTypeGuess: cue lists and the order in which their hints are trusted.
#include "entities/EntityTypeGuess.h"

#include "common/DataFile.h"
#include "common/DataPaths.h"
#include "common/Utf.h"
#include "entities/NameKey.h"
#include "entities/PlaceGazetteer.h"

#include <algorithm>

namespace lede::core {

namespace {

std::vector<std::u16string> foldedWords(std::string_view list)
{
    std::vector<std::u16string> words;
    forEachDataLine(list, [&](std::string_view line) {
        std::u16string folded = foldForMatching(utf8ToUtf16(line));
        if (!folded.empty())
            words.push_back(std::move(folded));
    });
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

bool containsFolded(const std::vector<std::u16string> &sorted, std::u16string_view word)
{
    const std::u16string folded = foldForMatching(word);
    return !folded.empty() && std::binary_search(sorted.begin(), sorted.end(), folded);
}

std::string readList(const char *relative)
{
    if (const auto path = findDataFile(relative)) {
        if (auto text = readDataFile(*path))
            return std::move(*text);
    }
    return {};
}

// Punctuation that may cling to a word without changing it: "(Acme", "Inc.,", "“Dr".
bool isClinging(char16_t c)
{
    return c == u',' || c == u';' || c == u':' || c == u'(' || c == u')' || c == u'"' || c == u'\'' || c == 0x201C
        || c == 0x201D || c == 0x2018 || c == 0x2019;
}

std::u16string_view trimmed(std::u16string_view word)
{
    while (!word.empty() && isClinging(word.front()))
        word.remove_prefix(1);
    while (!word.empty() && isClinging(word.back()))
        word.remove_suffix(1);
    return word;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x202F;
}

// The word right before `start` on the same line (empty when a line or sentence break comes first).
std::u16string_view wordBefore(std::u16string_view text, size_t start)
{
    size_t end = start;
    while (end > 0 && isSpace(text[end - 1]))
        --end;
    if (end == start && start > 0)
        return {}; // the range starts inside a word
    size_t begin = end;
    while (begin > 0 && !isSpace(text[begin - 1]) && text[begin - 1] != u'\n')
        --begin;
    return trimmed(text.substr(begin, end - begin));
}

} // namespace

TypeCues TypeCues::fromLists(std::string_view personTitles, std::string_view organisationWords)
{
    TypeCues cues;
    cues.m_titles = foldedWords(personTitles);
    cues.m_organisationWords = foldedWords(organisationWords);
    return cues;
}

const TypeCues &TypeCues::shipped()
{
    // A function-local static is initialised once, thread-safely, on first use.
    // person-titles-extra.txt: titles the analysis reads that the shipped model was not trained with.
    static const TypeCues cues =
        fromLists(readList("gazetteers/person-titles.txt") + "\n" + readList("gazetteers/person-titles-extra.txt"),
                  readList("gazetteers/org-cues.txt"));
    return cues;
}

bool TypeCues::isPersonTitle(std::u16string_view word) const
{
    return containsFolded(m_titles, word);
}

bool TypeCues::isOrganisationWord(std::u16string_view word) const
{
    return containsFolded(m_organisationWords, word);
}

std::optional<TypeGuess> guessEntityType(std::u16string_view text, TextRange range, const TypeCues &cues,
                                         const PlaceGazetteer *gazetteer)
{
    if (range.start < 0 || range.empty() || static_cast<size_t>(range.end) > text.size())
        return std::nullopt;
    const std::u16string_view selected =
        text.substr(static_cast<size_t>(range.start), static_cast<size_t>(range.length()));
    const std::vector<std::u16string_view> words = splitWords(selected);
    if (words.empty())
        return std::nullopt;
    // A title names the person after it, whether the reader selected it or not ("Dr Okafor", "Dr [Okafor]").
    if (cues.isPersonTitle(wordBefore(text, static_cast<size_t>(range.start)))
        || (words.size() > 1 && cues.isPersonTitle(trimmed(words.front()))))
        return TypeGuess{EntityType::Person, TypeGuessCue::PersonTitle};
    // Only capitalised words count: "the board met" is no Board; "Acme Inc" and "Ministry of Health" are.
    for (std::u16string_view word : words) {
        word = trimmed(word);
        if (!word.empty() && word.front() >= u'A' && word.front() <= u'Z' && cues.isOrganisationWord(word))
            return TypeGuess{EntityType::Organization, TypeGuessCue::OrganisationWord};
    }
    if (gazetteer && gazetteer->lookup(selected))
        return TypeGuess{EntityType::Place, TypeGuessCue::KnownPlace};
    return std::nullopt;
}

} // namespace lede::core
