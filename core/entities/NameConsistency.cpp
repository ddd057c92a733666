// NameConsistency: structure over the tagger, headline names, bracketed acronyms (see NameConsistency.h).
#include "entities/NameConsistency.h"

#include "entities/HeadlineNames.h"
#include "entities/NameKey.h"

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
    std::vector<std::pair<Mention, size_t>> added; // a new mention and the index it goes before
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
            added.push_back({{acronym, name.type}, i + 1});
        }
    }
    if (added.empty())
        return;
    EvidencedMentions merged; // one pass, not an insert per acronym: a book may hold thousands
    size_t a = 0;
    for (size_t i = 0; i <= in.mentions.size(); ++i) {
        for (; a < added.size() && added[a].second == i; ++a)
            merged.add(added[a].first, MentionEvidence::Tagger);
        if (i < in.mentions.size())
            merged.add(in.mentions[i], in.evidence[i]);
    }
    in = std::move(merged);
}

// A road's name: its word, capitalised as a name, and a number of up to four digits with an optional letter.
bool isRoadWord(std::u16string_view w)
{
    static constexpr std::u16string_view kWords[] = {u"Route",   u"ROUTE",      u"Highway",
                                                     u"HIGHWAY", u"Interstate", u"INTERSTATE"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool isRoadNumber(std::u16string_view w)
{
    size_t digits = 0;
    while (digits < w.size() && w[digits] >= u'0' && w[digits] <= u'9')
        ++digits;
    const size_t rest = w.size() - digits;
    return digits >= 1 && digits <= 4 && w[0] != u'0'
        && (rest == 0
            || (rest == 1 && ((w.back() >= u'A' && w.back() <= u'Z') || (w.back() >= u'a' && w.back() <= u'z'))));
}

// Step 4: numbered roads ("Route 44", "Highway 401"), which the tagger leaves out for their number: a place, in
// place of a mention of the road's word alone.
void numberedRoads(const ArticleOutline &outline, EvidencedMentions &in)
{
    std::vector<Mention> roads;
    for (size_t s = 0; s < outline.sentenceCount(); ++s) {
        const std::span<const Token> tokens = outline.tokens(s);
        for (size_t k = 0; k + 1 < tokens.size(); ++k) {
            if (tokens[k + 1].range.start != tokens[k].range.end + 1 || !isRoadWord(outline.textOf(tokens[k].range))
                || !isRoadNumber(outline.textOf(tokens[k + 1].range)))
                continue;
            roads.push_back({{tokens[k].range.start, tokens[k + 1].range.end}, EntityType::Place});
        }
    }
    if (roads.empty())
        return;
    // Only where no mention lies but the tagger's of a part of the road's name ("[Route] 44"), which it replaces.
    std::vector<bool> replaced(in.mentions.size(), false);
    std::vector<Mention> kept;
    size_t i = 0;
    for (const Mention &road : roads) {
        while (i < in.mentions.size() && in.mentions[i].range.end <= road.range.start)
            ++i;
        bool free = true;
        std::vector<size_t> inside;
        for (size_t k = i; k < in.mentions.size() && in.mentions[k].range.start < road.range.end; ++k) {
            const bool part = in.evidence[k] == MentionEvidence::Tagger
                && in.mentions[k].range.start >= road.range.start && in.mentions[k].range.end <= road.range.end;
            free = free && part;
            inside.push_back(k);
        }
        if (!free)
            continue;
        for (size_t k : inside)
            replaced[k] = true;
        kept.push_back(road);
    }
    EvidencedMentions merged;
    size_t r = 0;
    for (size_t k = 0; k < in.mentions.size(); ++k) {
        for (; r < kept.size() && kept[r].range.start < in.mentions[k].range.start + (replaced[k] ? 1 : 0); ++r)
            merged.add(kept[r], MentionEvidence::Tagger);
        if (!replaced[k])
            merged.add(in.mentions[k], in.evidence[k]);
    }
    for (; r < kept.size(); ++r)
        merged.add(kept[r], MentionEvidence::Tagger);
    in = std::move(merged);
}

// Step 5: a name with a "+" right after it is a streaming or subscription service ("Disney+", "Apple TV+"), which the
// tagger reads as the firm's name without it.
void plusServices(std::u16string_view text, EvidencedMentions &in)
{
    for (size_t i = 0; i < in.mentions.size(); ++i) {
        Mention &m = in.mentions[i];
        const auto end = static_cast<size_t>(m.range.end);
        if (in.evidence[i] != MentionEvidence::Tagger || end >= text.size() || text[end] != u'+')
            continue;
        const bool wordGoesOn = end + 1 < text.size() && (u_isalnum(text[end + 1]) || text[end + 1] == u'+');
        const bool nextStarts = i + 1 < in.mentions.size() && in.mentions[i + 1].range.start <= m.range.end + 1;
        if (wordGoesOn || nextStarts)
            continue;
        m.range.end += 1;
        m.type = EntityType::Other;
    }
}

} // namespace

EvidencedMentions NameConsistency::apply(const ArticleOutline &outline, const std::vector<Mention> &tagged,
                                         const std::vector<StructuralName> &structural)
{
    EvidencedMentions out = overlayStructure(tagged, structural);
    HeadlineNames::align(outline, out);
    bracketedAcronyms(outline, out);
    numberedRoads(outline, out);
    plusServices(outline.text(), out);
    return out;
}

} // namespace lede::core
