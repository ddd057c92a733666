// HeadlineNames: body names marked in ALL CAPS headlines, unknown ones dropped from Title Case ones (see HeadlineNames.h).
#include "entities/HeadlineNames.h"

#include "entities/NameKey.h"
#include "entities/PlaceGazetteer.h"
#include "entities/WordShape.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace lede::core {

namespace {

// Step 2's exception: a name the tagger calls a place that the gazetteer gives as a country ("Ukraine").
bool isCountry(const PlaceGazetteer *places, std::u16string_view name, EntityType type)
{
    if (!places || type != EntityType::Place)
        return false;
    const std::optional<PlaceInfo> info = places->lookup(name);
    return info && info->isCountry;
}

// The body's names: every key the body mentions, with its type's votes, and the surnames of its people.
class BodyNames final
{
public:
    // `inHeadline`: a sentence-case headline's mention, which counts for the body's names but says nothing of
    // what the body's prose calls them.
    void add(const std::u16string &key, EntityType type, MentionEvidence evidence, bool inHeadline)
    {
        const bool structural = evidence == MentionEvidence::Structure;
        m_votes[key][static_cast<size_t>(type)] += structural ? 3 : 1;
        if (structural)
            m_layout[key][static_cast<size_t>(type)] += 1;
        else if (!inHeadline)
            m_prose.insert(key);
    }

    // After every add(): the trailing runs of people's full names ("kaneko" of "eri kaneko") name them too.
    void addSurnames()
    {
        std::vector<std::u16string> surnames;
        for (const auto &[key, votes] : m_votes) {
            if (majority(votes) != EntityType::Person)
                continue;
            const std::vector<std::u16string_view> words = splitWords(key);
            for (size_t from = 1; from < words.size(); ++from) {
                std::u16string run;
                for (size_t k = from; k < words.size(); ++k) {
                    if (k > from)
                        run.push_back(u' ');
                    run.append(words[k]);
                }
                surnames.push_back(std::move(run));
            }
        }
        for (std::u16string &s : surnames) {
            if (!m_votes.contains(s))
                m_surnames.insert(std::move(s));
        }
    }

    std::optional<EntityType> typeOf(const std::u16string &key) const
    {
        if (const auto it = m_votes.find(key); it != m_votes.end())
            return majority(it->second);
        if (m_surnames.contains(key))
            return EntityType::Person;
        return std::nullopt;
    }

    // The type the layout alone gives the key (a dateline's place, a byline's outlet) when the body's prose never
    // names it.
    std::optional<EntityType> layoutOnly(const std::u16string &key) const
    {
        const auto it = m_layout.find(key);
        if (it == m_layout.end() || m_prose.contains(key))
            return std::nullopt;
        return majority(it->second);
    }

private:
    std::unordered_map<std::u16string, std::array<int, kEntityTypeCount>> m_votes;
    std::unordered_map<std::u16string, std::array<int, kEntityTypeCount>> m_layout;
    std::unordered_set<std::u16string> m_prose;
    std::unordered_set<std::u16string> m_surnames;

    // Ties go to the type listed first (person, place, organisation, other), so the result never depends on order.
    static EntityType majority(const std::array<int, kEntityTypeCount> &v)
    {
        return static_cast<EntityType>(std::max_element(v.begin(), v.end()) - v.begin());
    }
};

// A word that may be part of a name: it has letters, or it is the "&" of "P & O".
bool isNameToken(std::u16string_view w)
{
    return wordCase(w) != WordCase::NoLetters || w == u"&";
}

// The body's names among tokens [from, to) of a headline, longest first, left to right.
std::vector<Mention> bodyNamesIn(const ArticleOutline &outline, std::span<const Token> tokens, size_t from, size_t to,
                                 const BodyNames &body)
{
    std::vector<Mention> found;
    size_t i = from;
    while (i < to) {
        bool matched = false;
        for (size_t len = std::min(HeadlineNames::kMaxNameWords, to - i); len > 0 && !matched; --len) {
            const size_t last = i + len - 1;
            if (!startsUpper(outline.textOf(tokens[i].range)) || !startsUpper(outline.textOf(tokens[last].range)))
                continue;
            bool words = true;
            for (size_t k = i; k <= last && words; ++k)
                words = isNameToken(outline.textOf(tokens[k].range));
            if (!words)
                continue;
            const TextRange r{tokens[i].range.start, tokens[last].range.end};
            if (const std::optional<EntityType> type =
                    body.typeOf(analyseName(outline.textOf(r), EntityType::Other).key)) {
                found.push_back({r, *type});
                i += len;
                matched = true;
            }
        }
        if (!matched)
            ++i;
    }
    return found;
}

// The body's names among the words of `range`, a mention in a headline.
std::vector<Mention> bodyNamesWithin(const ArticleOutline &outline, TextRange range, const BodyNames &body)
{
    const int64_t s = outline.sentenceAt(range.start);
    if (s < 0)
        return {};
    const std::span<const Token> tokens = outline.tokens(static_cast<size_t>(s));
    size_t from = 0;
    while (from < tokens.size() && tokens[from].range.start < range.start)
        ++from;
    size_t to = from;
    while (to < tokens.size() && tokens[to].range.end <= range.end)
        ++to;
    return to - from > 1 ? bodyNamesIn(outline, tokens, from, to, body) : std::vector<Mention>{};
}

// Where a mention stands: the casing of the headline it is in, if any, and whether it is in one at all.
struct HeadlinePlace
{
    HeadlineCase casing = HeadlineCase::None;
    bool inHeadline = false;
};

HeadlinePlace headlinePlace(const ArticleOutline &outline, TextRange r)
{
    const int64_t s = outline.sentenceAt(r.start);
    if (s < 0)
        return {};
    return {outline.headlineCase(static_cast<size_t>(s)), outline.inHeadline(static_cast<size_t>(s))};
}

// Step 1: headline words the tagger left unmarked in ALL CAPS headlines, which the body names.
EvidencedMentions bodyNamesInAllCaps(const ArticleOutline &outline, const std::vector<TextRange> &marked,
                                     const BodyNames &body)
{
    EvidencedMentions added;
    size_t next = 0; // the first marked range that does not end before the token asked about: both in text order
    for (size_t s = 0; s < outline.sentenceCount(); ++s) {
        if (outline.headlineCase(s) != HeadlineCase::AllCaps)
            continue;
        const std::span<const Token> tokens = outline.tokens(s);
        auto isMarked = [&](size_t k) {
            while (next < marked.size() && marked[next].end <= tokens[k].range.start)
                ++next;
            return next < marked.size() && marked[next].overlaps(tokens[k].range);
        };
        size_t from = 0;
        while (from < tokens.size()) {
            if (isMarked(from)) {
                ++from;
                continue;
            }
            size_t to = from;
            while (to < tokens.size() && !isMarked(to))
                ++to;
            for (const Mention &m : bodyNamesIn(outline, tokens, from, to, body))
                added.add(m, MentionEvidence::Tagger);
            from = to;
        }
    }
    return added;
}

} // namespace

void HeadlineNames::align(const ArticleOutline &outline, EvidencedMentions &mentions, const PlaceGazetteer *places)
{
    bool anyHeadline = false;
    for (size_t s = 0; s < outline.sentenceCount() && !anyHeadline; ++s)
        anyHeadline = outline.inHeadline(s);
    if (!anyHeadline)
        return;

    BodyNames body;
    std::unordered_map<std::u16string, std::u16string> keys; // surface and type -> key: a book repeats its names
    auto keyOf = [&](const Mention &m) -> const std::u16string & {
        std::u16string surface(outline.textOf(m.range));
        surface.push_back(static_cast<char16_t>(u'0' + static_cast<int>(m.type))); // titles are stripped by type
        auto it = keys.find(surface);
        if (it == keys.end())
            it = keys.emplace(surface, analyseName(outline.textOf(m.range), m.type).key).first;
        return it->second;
    };
    std::vector<TextRange> marked; // what the tagger marked in ALL CAPS headlines, in order
    for (size_t i = 0; i < mentions.mentions.size(); ++i) {
        const Mention &m = mentions.mentions[i];
        const HeadlinePlace place = headlinePlace(outline, m.range);
        switch (place.casing) {
        case HeadlineCase::AllCaps: marked.push_back(m.range); break;
        case HeadlineCase::TitleCase: break;
        case HeadlineCase::None: body.add(keyOf(m), m.type, mentions.evidence[i], place.inHeadline); break;
        }
    }
    body.addSurnames();
    const EvidencedMentions added = bodyNamesInAllCaps(outline, marked, body);

    // Step 2, with step 1's additions merged in: a Title Case headline keeps the names the body names.
    EvidencedMentions out;
    size_t a = 0;
    for (size_t i = 0; i <= mentions.mentions.size(); ++i) {
        const int32_t until =
            i < mentions.mentions.size() ? mentions.mentions[i].range.start : std::numeric_limits<int32_t>::max();
        for (; a < added.mentions.size() && added.mentions[a].range.start < until; ++a)
            out.add(added.mentions[a], added.evidence[a]);
        if (i == mentions.mentions.size())
            break;
        Mention m = mentions.mentions[i];
        const HeadlinePlace place = headlinePlace(outline, m.range);
        // Step 4: two names the tagger cut apart in a cased headline, which the body names as one ("HARWICK" and
        // "FALLS" of "Harwick Falls"), are that one name.
        if (i + 1 < mentions.mentions.size() && mentions.evidence[i] == MentionEvidence::Tagger
            && mentions.evidence[i + 1] == MentionEvidence::Tagger && place.casing != HeadlineCase::None
            && mentions.mentions[i + 1].range.start == m.range.end + 1 && outline.text()[m.range.end] == u' '
            && outline.sentenceAt(m.range.start) == outline.sentenceAt(mentions.mentions[i + 1].range.start)) {
            const TextRange joined{m.range.start, mentions.mentions[i + 1].range.end};
            if (const std::optional<EntityType> type =
                    body.typeOf(analyseName(outline.textOf(joined), EntityType::Other).key)) {
                m = {joined, *type};
                ++i;
            }
        }
        if (mentions.evidence[i] != MentionEvidence::Structure && place.inHeadline) {
            if (const std::optional<EntityType> type = body.layoutOnly(keyOf(m)))
                m.type = *type; // step 3: "Leeds Start-up …" over the dateline "LEEDS, England —"
        }
        const HeadlineCase casing = place.casing;
        if (casing != HeadlineCase::None && mentions.evidence[i] != MentionEvidence::Structure
            && !body.typeOf(keyOf(m))) {
            // Step 5: a name the body does not know, holding one it does ("MOON FLYBY" when the body names the
            // Moon), is cut to that one; else a Title Case headline drops it (step 2).
            // Never an event's or a work's name ("ENGLISH COUNTY CHAMPIONSHIP", "U.S. OPEN") nor a person's full
            // name ("ROBERTO DURAN" beside the body's "Duran"): they hold names and are names themselves.
            const bool holdsNames = m.type == EntityType::Other || m.type == EntityType::Person;
            const std::vector<Mention> inside =
                holdsNames ? std::vector<Mention>{} : bodyNamesWithin(outline, m.range, body);
            for (const Mention &name : inside)
                out.add(name, MentionEvidence::Tagger);
            if (inside.empty()
                && (casing == HeadlineCase::AllCaps || isCountry(places, outline.textOf(m.range), m.type)))
                out.add(m, mentions.evidence[i]);
            continue;
        }
        out.add(m, mentions.evidence[i]);
    }
    mentions = std::move(out);
}

} // namespace lede::core
