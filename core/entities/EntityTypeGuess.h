// EntityTypeGuess: the type a reader most likely means when they mark a missed name ("Add as Entity…"):
// a title just before it (Dr, President) says person, an organisation word in it (Inc, Ministry,
// University) says organisation, a name the place gazetteer knows says place. Plain data in and out.
#pragma once

#include "common/TextRange.h"
#include "ner/EntityType.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core {

class PlaceGazetteer;

// The cue words, folded with foldForMatching ("Dr." and "dr" are one cue).
class TypeCues final
{
public:
    // From the text of two data files (one word a line, '#' comments), as person-titles.txt and org-cues.txt.
    static TypeCues fromLists(std::string_view personTitles, std::string_view organisationWords);
    // The shipped lists (gazetteers/person-titles.txt, gazetteers/org-cues.txt), read once; empty cues when absent.
    static const TypeCues &shipped();

    bool isPersonTitle(std::u16string_view word) const;
    bool isOrganisationWord(std::u16string_view word) const;
    bool empty() const { return m_titles.empty() && m_organisationWords.empty(); }

private:
    std::vector<std::u16string> m_titles;            // sorted
    std::vector<std::u16string> m_organisationWords; // sorted
};

// Why a type was guessed (tests and the dialog's hint).
enum class TypeGuessCue : uint8_t { PersonTitle, OrganisationWord, KnownPlace };

struct TypeGuess
{
    EntityType type = EntityType::Other;
    TypeGuessCue cue = TypeGuessCue::PersonTitle;
};

// The guess for `range` of `text`; nullopt when nothing hints at a type. Checked in this order: a title
// word right before the range or at its start, an organisation word inside it, the whole range in
// `gazetteer` (may be null). Ranges outside the text give nullopt.
std::optional<TypeGuess> guessEntityType(std::u16string_view text, TextRange range, const TypeCues &cues,
                                         const PlaceGazetteer *gazetteer);

} // namespace lede::core
