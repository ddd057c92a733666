// HeadWords: the words that make a name a place or an "other" name (see HeadWords.h).
#include "entities/HeadWords.h"

#include "entities/NameEdgeWords.h"
#include "entities/NameKey.h"
#include "entities/WordList.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace lede::core {

namespace {

using edges::foldLower;

// Rule 1: a place's last words, folded to lower case, with how the training splits annotate the names of two or
// more words that end in them (places / all): Islands 25/25, Mountains 12/12, Valley 11/12, Ocean 11/12, Sea 22/24,
// Gulf 13/13, Peninsula 7/7, Falls 8/8, Hills 6/6, Heights 5/5, Reef 5/5, Bridge 10/11, Station 12/12, Stadium
// 14/14, Arena 11/12, Building 5/5, Lounge 11/11, Empire 42/44, Republic 71/78, States 199/211. Too rare there to
// count but never anything else, and named by the annotation guidelines of the development articles (glaciers,
// dams, celestial places): Nebula, Cluster, Dam, Glacier, Canal (3/3). Left out: Airport 9/10 (CoNLL-2003, the one
// corpus to annotate one, calls it an organisation: "Kansai International Airport"), and below nine in ten:
// Island 26/29, Street 24/27, River 18/21, Bay 19/22, Road 14/21, Hotel 13/15, Church 11/13, Theatre 42/48, Park
// 34/41, City 83/125; Strait (2 of 4 are the singer George Strait).
constexpr std::array<std::u16string_view, 25> kPlaceLastWords = {
    u"arena", u"bridge",   u"building", u"canal",   u"cluster", u"dam",       u"empire", u"falls", u"glacier",
    u"gulf",  u"heights",  u"hills",    u"islands", u"lounge",  u"mountains", u"nebula", u"ocean", u"peninsula",
    u"reef",  u"republic", u"sea",      u"stadium", u"states",  u"station",   u"valley",
};

// Rule 1: the words before "of" that make a place ("Kingdom of" 29/29, "Republic of" 20/22, "Province of" 7/7,
// "Empire of" 6/6, "States of" 10/11, "Principality of" 5/5).
constexpr std::array<std::u16string_view, 6> kPlaceOfWords = {u"empire",   u"kingdom",  u"principality",
                                                              u"province", u"republic", u"states"};

// Rule 2: the last words of events, prizes, wars and competitions, with how CoNLL-2003's and CrossNER's training
// splits annotate the names that end in them ("other" / all): Election 781/781, Elections 23/24, Award 232/232,
// Awards 149/149, Prize 83/83, Prix 23/23, Medal 58/58, Cup 97/97, Festival 82/82, War 80/81, Open 81/81,
// Olympics 29/29, Summit 24/25, Series 22/22, Championship 20/20, Championships 11/11, Primaries 16/16, Crisis
// 13/14, Convention 12/13, Slam 12/12, Rally 11/12, Classic 11/11, Tour 6/6, By-election 6/6, Referendum 6/6, Act
// 5/5, Competition 5/5, Revolt 5/5; Telescope 2/2, too rare to count, as the guidelines of the development
// articles say. Left out: Games 50/56, Conference 14/16, League 75/101, Agreement 3/4, Treaty 2/4 (few, and as
// often organisations), Initiative (3 names, all organisations: "Foreign Policy Initiative"), Accord (a party
// name in CrossNER's development split).
constexpr std::array<std::u16string_view, 29> kOtherLastWords = {
    u"act",           u"telescope", u"award",       u"awards",     u"by-election", u"championship",
    u"championships", u"classic",   u"competition", u"convention", u"crisis",      u"cup",
    u"election",      u"elections", u"festival",    u"medal",      u"olympics",    u"open",
    u"primaries",     u"prix",      u"prize",       u"rally",      u"referendum",  u"revolt",
    u"series",        u"slam",      u"summit",      u"tour",       u"war",
};

// Rule 2: the words before "of" that make an "other" name ("Battle of" 6/6, "War of" 8/8, "Invasion of" 7/7,
// "Medal of" 16/16, "Tour of" 7/7, "Series of" 8/8, "Fellow of" 26/26).
constexpr std::array<std::u16string_view, 7> kOtherOfWords = {u"battle", u"fellow", u"invasion", u"medal",
                                                              u"series", u"tour",   u"war"};

// The lower-case words a name may hold and still be read by its head words; any other makes it a work's title.
constexpr std::array<std::u16string_view, 15> kNameLinks = {
    u"&", u"and", u"da", u"de", u"del", u"della", u"des", u"di", u"do", u"du", u"la", u"le", u"of", u"the", u"van"};

// The words after which the word before is the name's head ("Kingdom of ...", "Battle de ...").
constexpr std::array<std::u16string_view, 9> kOfWords = {u"da", u"de", u"del", u"des",  u"di",
                                                         u"do", u"du", u"of",  u"della"};

bool hasLowerCaseOnly(std::u16string_view w)
{
    bool lower = false;
    for (const char16_t c : w) {
        if (c >= u'A' && c <= u'Z')
            return false;
        if (c >= u'0' && c <= u'9')
            return false;
        if (c >= u'a' && c <= u'z')
            lower = true;
    }
    return lower;
}

// The type the head words give a name; the mention's own type when they give none.
EntityType typeByHeads(const std::vector<std::u16string_view> &words, EntityType tagged)
{
    if (words.size() < 2 || (words.front()[0] >= u'0' && words.front()[0] <= u'9'))
        return tagged; // "1884 United States" (presidential election)
    size_t of = 0;     // the first "of" (0: none; a name never opens with one)
    for (size_t i = 0; i < words.size(); ++i) {
        if (!hasLowerCaseOnly(words[i]))
            continue;
        if (i == 0 || !holds(kNameLinks, words[i]))
            return tagged; // a work's title ("The Man from Snowy River")
        if (of == 0 && holds(kOfWords, words[i]))
            of = i;
    }
    const std::u16string last = foldLower(words.back());
    if (holds(kOtherLastWords, last))
        return EntityType::Other;
    if (of > 0) {
        const std::u16string head = foldLower(words[of - 1]);
        if (holds(kOtherOfWords, head))
            return EntityType::Other;
        if (holds(kPlaceOfWords, head))
            return EntityType::Place;
        return tagged; // "Bank of the West": the last word is not the head
    }
    if (holds(kPlaceLastWords, last) && words.front() != u"The" && words.front() != u"THE")
        return EntityType::Place;
    return tagged;
}

} // namespace

void HeadWords::apply(std::u16string_view text, std::vector<Mention> &mentions)
{
    for (Mention &m : mentions) {
        if (m.range.start < 0 || m.range.end > static_cast<int32_t>(text.size()) || m.range.end <= m.range.start)
            continue;
        const std::u16string_view name =
            text.substr(static_cast<size_t>(m.range.start), static_cast<size_t>(m.range.length()));
        m.type = typeByHeads(splitWords(name), m.type);
    }
}

EntityType HeadWords::typeOf(std::u16string_view name, EntityType tagged)
{
    return typeByHeads(splitWords(name), tagged);
}

} // namespace lede::core
