// NameConsistency: structure over the tagger, headline names, bracketed acronyms (see NameConsistency.h).
#include "entities/NameConsistency.h"

#include "entities/HeadlineNames.h"
#include "entities/NameKey.h"
#include "entities/NumberedNames.h"

#include <algorithm>
#include <span>

#include <string>
#include <unicode/uchar.h>

namespace lede::core {

namespace {

bool byStartThenLonger(const TextRange &a, const TextRange &b)
{
    return a.start != b.start ? a.start < b.start : a.end > b.end;
}

// Step 1: the tagger's mentions without those a structural name overlaps, and the structural names.
EvidencedMentions overlayStructure(std::vector<Mention> tagged, std::vector<StructuralName> structural)
{
    std::stable_sort(tagged.begin(), tagged.end(),
                     [](const Mention &a, const Mention &b) { return byStartThenLonger(a.range, b.range); });
    std::stable_sort(structural.begin(), structural.end(), [](const StructuralName &a, const StructuralName &b) {
        return byStartThenLonger(a.range, b.range);
    });
    EvidencedMentions out;
    size_t t = 0, s = 0;
    int32_t keptEnd = -1; // end of the last kept mention: later overlapping ones are dropped
    auto take = [&](const Mention &m, MentionEvidence e) {
        if (m.range.empty() || m.range.start < keptEnd)
            return;
        out.add(m, e);
        keptEnd = m.range.end;
    };
    while (t < tagged.size() || s < structural.size()) {
        if (s < structural.size() && (t == tagged.size() || structural[s].range.start <= tagged[t].range.start)) {
            take({structural[s].range, structural[s].type}, MentionEvidence::Structure);
            ++s;
            continue;
        }
        // The next structural name starts after this mention does, and any later one later still: only the next
        // one can overlap it (those before are taken, and `take` drops what overlaps them).
        const Mention &m = tagged[t++];
        if (s == structural.size() || !structural[s].range.overlaps(m.range))
            take(m, MentionEvidence::Tagger);
    }
    return out;
}

// The initials of a folded name's words, all of them or without the small words ("cpj" for "committee to
// protect journalists").
bool spellsInitials(const std::vector<std::u16string> &words, const std::u16string &acronym)
{
    std::u16string all, content;
    for (const std::u16string &w : words) {
        if (w.empty())
            continue;
        all.push_back(w.front());
        if (!isAcronymSkippedWord(w))
            content.push_back(w.front());
    }
    return acronym.size() >= 2 && (acronym == all || acronym == content);
}

// Step 3: "Name (ACR)".
void bracketedAcronyms(const ArticleOutline &outline, EvidencedMentions &in)
{
    const std::u16string_view text = outline.text();
    std::vector<Mention> added; // in text order: each goes right after the name it spells
    for (size_t i = 0; i < in.mentions.size(); ++i) {
        const Mention &name = in.mentions[i];
        auto p = static_cast<size_t>(name.range.end);
        if (p < text.size() && text[p] == u' ')
            ++p;
        if (p >= text.size() || text[p] != u'(')
            continue;
        const size_t close = text.find(u')', p + 1);
        if (close == std::u16string_view::npos || close - p - 1 > 12)
            continue;
        const std::u16string_view inner = text.substr(p + 1, close - p - 1);
        if (!looksLikeAcronym(inner))
            continue;
        const NameForm form = analyseName(outline.textOf(name.range), name.type);
        if (form.keyTokens.size() < 2 || !spellsInitials(form.keyTokens, foldForMatching(inner)))
            continue;
        const TextRange acronym{static_cast<int32_t>(p + 1), static_cast<int32_t>(close)};
        if (i + 1 < in.mentions.size() && in.mentions[i + 1].range.overlaps(acronym)) {
            if (in.mentions[i + 1].range == acronym && in.evidence[i + 1] != MentionEvidence::Structure)
                in.mentions[i + 1].type = name.type;
        } else {
            added.push_back({acronym, name.type});
        }
    }
    in.insert(added, MentionEvidence::Tagger);
}

} // namespace

EvidencedMentions NameConsistency::apply(const ArticleOutline &outline, const std::vector<Mention> &tagged,
                                         const std::vector<StructuralName> &structural, const PlaceGazetteer *places)
{
    EvidencedMentions out = overlayStructure(tagged, structural);
    HeadlineNames::align(outline, out, places);
    bracketedAcronyms(outline, out);
    NumberedNames::apply(outline, out);
    return out;
}

} // namespace lede::core
