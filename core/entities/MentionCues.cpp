// MentionCues: the cue words around a mention, counted per entity, and the vote they change (see MentionCues.h).
// Each mention's context is a few tokens either side, cut at the line and at the neighbouring mentions, so the
// work is linear in the number of mentions.
#include "entities/MentionCues.h"

#include "entities/CueWords.h"
#include "entities/EntityTypeGuess.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

namespace lede::core::grouping {

using namespace cues;

namespace {

// A name written as an adjective ("Swedish", "Paris-based", "France-registered", "Israeli"): "shares of X" and
// "X, the ..." are about the noun after it.
bool looksAdjectival(std::u16string_view w)
{
    if (w.find(u'-') != std::u16string_view::npos)
        return true;
    for (std::u16string_view end : {u"ish", u"ese", u"ian", u"an", u"ic", u"i", u"ite"}) {
        if (w.size() > end.size() + 2 && w.ends_with(end))
            return true;
    }
    return inList(w, {u"dutch", u"french", u"swiss", u"thai", u"greek"});
}

constexpr size_t kAfter = 16, kBefore = 3;

// An appositive headed by a company noun ("Flexport, the San Francisco freight forwarder,") says what the name is:
// it counts as the two cues a place or a first name needs.
constexpr int kAppositiveWeight = 2;

} // namespace

CueCounts MentionCues::cuesOf(size_t item, bool modifier) const
{
    CueCounts c;
    const std::u16string_view text = m_s.text;
    const Item &it = m_s.items[item];
    const auto start = static_cast<size_t>(it.range.start), end = static_cast<size_t>(it.range.end);
    const size_t prevEnd = item > 0 ? static_cast<size_t>(m_s.items[item - 1].range.end) : 0;
    // After it, the words of other names are read too ("X, the Paris-based maker"), marked so none counts as a cue.
    std::vector<CueToken> after = tokensAfter(text, end, text.size(), kAfter);
    for (size_t k = 0, j = item + 1; k < after.size(); ++k) {
        while (j < m_s.items.size() && static_cast<size_t>(m_s.items[j].range.end) <= after[k].start)
            ++j;
        after[k].inName = j < m_s.items.size() && static_cast<size_t>(m_s.items[j].range.start) <= after[k].start;
    }
    // Before it, words of a name are no cue words, but may be the adjective before one ("the Hamburg-based broker").
    std::vector<CueToken> before = tokensBefore(text, start, 0, kBefore);
    if (!before.empty() && before[0].start < prevEnd)
        before.clear();
    const std::vector<CueToken> inside = tokensAfter(text, start, end, 2);
    const std::vector<CueToken> at = tokensBefore(text, start, 0, 1);
    const bool handle = !at.empty() && at[0].lower == u"@"; // "@Maya": a user's handle

    // A possessive: "Calder's" as the mention, or "'s" right after it.
    bool possessive = !inside.empty() && isPossessive(inside.back().lower);
    size_t a = 0;
    if (!after.empty() && (after[0].lower == u"'s" || after[0].lower == u"'")) {
        possessive = true;
        a = 1;
    }

    // Before: a title or a company noun; "shares in", "chief executive of".
    const TypeCues &cues = TypeCues::shipped();
    if (!inside.empty() && inside.size() > 1 && cues.isPersonTitle(inside[0].lower))
        ++c.person;
    if (!before.empty()) {
        const std::u16string_view b1 = before[0].lower;
        const bool dotted = b1 == u"." && before.size() > 1 && before[1].lower.size() <= 4;
        if (before[0].word && cues.isPersonTitle(b1))
            ++c.person;
        else if (dotted && cues.isPersonTitle(before[1].lower))
            ++c.person;
        else if (before[0].word && isCompanyNounBefore(before, prevEnd))
            ++c.organisation;
        else if (holdsCompanyBefore(before))
            ++c.organisation;
    }

    if (possessive) {
        if (isCompanyPossession(after, a))
            ++c.organisation;
        return c; // "Calder's chief executive said he": the pronoun is someone else's
    }
    if (a < after.size() && after[a].inName)
        return c; // another name right after it
    if (!modifier && a < after.size() && after[a].word && (isCompanyNoun(after[a].lower) || after[a].lower == u"shares")
        && !(a + 1 < after.size() && isPossessive(after[a + 1].lower)) && !isPossessive(after[a].lower))
        ++c.organisation; // "the Iliad group", "a Disney brand", "Greggs shares"
    else if (!modifier && a < after.size() && after[a].word && isProductNoun(after[a].lower))
        ++c.product;
    if (a < after.size() && after[a].lower == u"who")
        ++c.person;
    if (a < after.size() && after[a].lower == u"which")
        ++c.nonPerson;

    size_t scan = a; // where the first pronoun is looked for
    if (a < after.size() && after[a].lower == u",") {
        // An appositive: an age, who/which, or a description whose head says what the name is.
        const size_t b = a + 1;
        if (b < after.size() && isNumber(after[b].lower) && b + 1 < after.size() && !after[b + 1].word)
            ++c.person;
        else if (b < after.size() && after[b].lower == u"who")
            ++c.person;
        else if (b < after.size() && after[b].lower == u"which")
            ++c.nonPerson;
        else if (b < after.size() && after[b].lower == u"whose") {
            // "X, whose shares fell", "X, whose travel arm runs …"
            for (size_t k = b + 1; k < after.size() && k <= b + 2 && after[k].word; ++k) {
                if (isCompanyPossession(after, k) || inList(after[k].lower, {u"arm", u"parent", u"owner"})) {
                    ++c.organisation;
                    break;
                }
            }
        } else {
            switch (appositiveHead(after, b)) {
            case AppositiveHead::Company: c.organisation += kAppositiveWeight; break; // what the name is, said
            case AppositiveHead::Product: ++c.product; break;
            case AppositiveHead::Person: ++c.person; break;
            case AppositiveHead::None: break;
            }
        }
        // The pronoun after an appositive belongs to the name: skip to its closing comma.
        size_t k = a + 1;
        while (k < after.size() && after[k].lower != u"," && !endsClause(after[k]))
            ++k;
        scan = k < after.size() && after[k].lower == u"," ? k + 1 : after.size();
    }
    for (size_t k = scan; k < after.size(); ++k) {
        const CueToken &t = after[k];
        if (isPersonPronoun(t.lower)) {
            ++c.person;
            break;
        }
        if (isThingPronoun(t.lower)) {
            ++c.nonPerson;
            // "Hulu built its audience", "Tolvane said it would": not "X argued that the plan would fail as it did before",
            // nor "Tolvane read it", nor a handle's "@Maya its so good".
            if (k - scan < 4 && (t.lower != u"it" || (k > scan && inList(after[k - 1].lower, {u"said", u"says"})))
                && !handle)
                ++c.thing;
            break;
        }
        if (endsClause(t) || t.inName)
            break;
    }
    return c;
}

bool MentionCues::isFirstName(const std::u16string &folded)
{
    return cues::isFirstName(folded);
}

EntityType MentionCues::revote(const std::vector<size_t> &items, EntityType voted) const
{
    if (voted != EntityType::Person && voted != EntityType::Other && voted != EntityType::Place)
        return voted;
    bool firstName = false;                    // a one-word name that is a first name too ("Wren", "Calder")
    std::vector<size_t> seenGroups, seenForms; // an entity has few names, which a book repeats thousands of times
    auto seen = [](std::vector<size_t> &v, size_t x) {
        if (std::find(v.begin(), v.end(), x) != v.end())
            return true;
        v.push_back(x);
        return false;
    };
    for (size_t i : items) {
        const Item &it = m_s.items[i];
        if (it.namesOrganisation || it.evidence == MentionEvidence::Structure)
            return voted;
        if (voted == EntityType::Other && !seen(seenForms, it.form) && looksAdjectival(m_s.forms[it.form].key))
            return voted;
        if (seen(seenGroups, it.group))
            continue;
        const KeyGroup &g = m_s.groups[it.group];
        const std::vector<std::u16string_view> tokens = splitWords(g.key);
        if (tokens.empty() || (tokens.size() > 1 && cues::isFirstName(std::u16string(tokens.front()))))
            return voted; // a person's full name ("Eri Kaneko"), unlike "Kestrel Nine" or "Versus Arthritis"
        firstName = firstName || (tokens.size() == 1 && cues::isFirstName(g.key));
    }
    CueCounts sum;
    for (size_t i : items) {
        // A noun after a place, or after an "other" name of several words, is what the name modifies ("a Dublin
        // label", "their World Cup group"); after a one-word "other" it says what the name is ("the Iliad group").
        const bool modifier =
            voted == EntityType::Place || (voted == EntityType::Other && m_s.groups[m_s.items[i].group].tokenCount > 1);
        const CueCounts c = cuesOf(i, modifier);
        if (c.person > 0)
            return voted; // one person cue decides (decide()): a book's "David" is not read 1,000 times
        sum.person += c.person;
        sum.nonPerson += c.nonPerson;
        sum.thing += c.thing;
        sum.organisation += c.organisation;
        sum.product += c.product;
    }
    return decide(sum, voted, firstName);
}

EntityType MentionCues::decide(const CueCounts &sum, EntityType voted, bool firstName)
{
    if (sum.person > 0)
        return voted;
    const int needed = voted == EntityType::Place || firstName ? 2 : 1;
    if (sum.organisation >= needed && sum.organisation >= sum.product)
        return EntityType::Organization;
    if (voted == EntityType::Person && sum.product > sum.organisation)
        return EntityType::Other;
    if (voted == EntityType::Person && sum.thing > 0 && !firstName)
        return EntityType::Organization;
    return voted;
}

} // namespace lede::core::grouping