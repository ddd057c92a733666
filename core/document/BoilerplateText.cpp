// BoilerplateText: word lists and the few shapes they are matched in (see BoilerplateText.h). English only: the
// lists are what an English page writes; other languages fall through as content, which is the safe side.
#include "document/BoilerplateText.h"

#include <algorithm>
#include <string>

namespace lede::core::html {

namespace {

constexpr size_t kMaxLine = size_t(kMaxLabelLine); // bytes; longer blocks are prose, whatever their first words
constexpr size_t kMaxPromotion = size_t(kMaxJudgedLine);

constexpr std::string_view kLabels[] = {"advertisement",
                                        "advert",
                                        "ad",
                                        "ads",
                                        "sponsored",
                                        "sponsored content",
                                        "paid content",
                                        "share",
                                        "share this",
                                        "share this story",
                                        "share this article",
                                        "share article",
                                        "comments",
                                        "comment",
                                        "leave a comment",
                                        "view comments",
                                        "show comments",
                                        "tags",
                                        "topics",
                                        "print",
                                        "email"};

constexpr std::string_view kSectionLabels[] = {"related",
                                               "related stories",
                                               "related articles",
                                               "related content",
                                               "related news",
                                               "recommended",
                                               "recommended stories",
                                               "recommended articles",
                                               "recommended for you",
                                               "more stories",
                                               "more from",
                                               "read more",
                                               "read next",
                                               "see also",
                                               "you may also like",
                                               "you might also like",
                                               "most read",
                                               "most popular",
                                               "popular stories",
                                               "trending",
                                               "trending now",
                                               "top stories",
                                               "latest news",
                                               "latest stories",
                                               "more on this story",
                                               "further reading"};

constexpr std::string_view kSeeAlsoPrefixes[] = {
    "read more:", "related:", "more:", "see also:", "also read:", "read also:", "recommended:", "watch:", "listen:"};

constexpr std::string_view kSocialNetworks[] = {"twitter", "facebook", "instagram", "youtube", "linkedin", "tiktok"};

constexpr std::string_view kTagPrefixes[] = {"tags:", "topics:", "filed under:"};

// Words a bare date or time line may hold besides numbers.
constexpr std::string_view kDateWords[] = {
    "jan",       "january", "feb",      "february",  "mar",    "march",    "apr",   "april",    "may",
    "jun",       "june",    "jul",      "july",      "aug",    "august",   "sep",   "sept",     "september",
    "oct",       "october", "nov",      "november",  "dec",    "december", "mon",   "monday",   "tue",
    "tues",      "tuesday", "wed",      "wednesday", "thu",    "thur",     "thurs", "thursday", "fri",
    "friday",    "sat",     "saturday", "sun",       "sunday", "am",       "pm",    "a",        "p",
    "m",         "utc",     "gmt",      "et",        "est",    "edt",      "bst",   "cet",      "cest",
    "pt",        "pst",     "pdt",      "ist",       "st",     "nd",       "rd",    "th",       "updated",
    "published", "posted",  "modified", "first",     "last",   "on",       "at",    "ago",      "hours",
    "hour",      "minutes", "mins",     "days"};

constexpr std::string_view kDatePrefixes[] = {"updated",      "published",     "posted",  "first published",
                                              "last updated", "last modified", "modified"};

bool isIn(const auto &list, std::string_view s)
{
    return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

bool startsWithAny(const auto &list, std::string_view s)
{
    return std::any_of(std::begin(list), std::end(list),
                       [s](std::string_view p) { return s.substr(0, p.size()) == p; });
}

std::string lowerTrimmed(std::string_view text)
{
    std::string s;
    s.reserve(text.size());
    for (const char c : text)
        s.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    // "Comments:", "Related stories …", "Share." read as the bare label.
    while (!s.empty() && (s.back() == ' ' || s.back() == ':' || s.back() == '.' || s.back() == '>'))
        s.pop_back();
    if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\xA6") == 0)
        s.erase(s.size() - 3);
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

bool isLetter(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Only numbers, punctuation and date words, with a year or led by "updated"/"published".
bool isDateline(const std::string &s)
{
    bool digit = false;
    bool year = false;
    for (size_t i = 0; i < s.size();) {
        if (isDigit(s[i])) {
            size_t j = i;
            while (j < s.size() && isDigit(s[j]))
                ++j;
            year = year || (j - i == 4 && (s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0));
            digit = true;
            i = j;
            continue;
        }
        if (isLetter(s[i])) {
            size_t j = i;
            while (j < s.size() && isLetter(s[j]))
                ++j;
            if (!isIn(kDateWords, std::string_view(s).substr(i, j - i)))
                return false;
            i = j;
            continue;
        }
        if (static_cast<unsigned char>(s[i]) >= 0x80)
            return false; // letters of other scripts: not ours to judge
        ++i;
    }
    return digit && (year || startsWithAny(kDatePrefixes, s));
}

// "by jane roe", "by jane roe and john doe, staff writers": short, no sentence inside.
bool isByline(std::string_view original, const std::string &s)
{
    if (s.size() < 5 || s.compare(0, 3, "by ") != 0 || s.size() > 80)
        return false;
    const char first = original.size() > 3 ? original[3] : 0;
    return first >= 'A' && first <= 'Z' && s.find(". ") == std::string::npos;
}

bool contains(const std::string &s, std::string_view word)
{
    return s.find(word) != std::string::npos;
}

// A call to subscribe or to follow the site elsewhere: "... delivered to your inbox", "Follow us on Twitter".
bool isPromotion(const std::string &s)
{
    if (contains(s, "newsletter") || contains(s, "your inbox"))
        return contains(s, "sign up") || contains(s, "subscribe") || contains(s, "inbox") || contains(s, "get the");
    if (s.compare(0, 7, "follow ") == 0 || s.compare(0, 5, "like ") == 0)
        return std::any_of(std::begin(kSocialNetworks), std::end(kSocialNetworks),
                           [&s](std::string_view n) { return contains(s, n); });
    return false;
}

} // namespace

bool mentionsPromotionWord(std::string_view text)
{
    const auto startsAt = [text](size_t i, std::string_view w) {
        if (text.size() - i < w.size())
            return false;
        for (size_t k = 1; k < w.size(); ++k) {
            const char c = text[i + k];
            if ((c >= 'A' && c <= 'Z' ? char(c + 32) : c) != w[k])
                return false;
        }
        return true;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        switch (text[i] | 0x20) { // one look per byte: only four first letters can start a word
        case 'n':
            if (startsAt(i, "newsletter"))
                return true;
            break;
        case 'i':
            if (startsAt(i, "inbox"))
                return true;
            break;
        case 'f':
            if (startsAt(i, "follow"))
                return true;
            break;
        case 'l':
            if (startsAt(i, "like"))
                return true;
            break;
        default: break;
        }
    }
    return false;
}

LineKind classifyLine(std::string_view text, double linkShare, bool beforeArticle)
{
    if (text.empty() || text.size() > kMaxPromotion)
        return LineKind::Content;
    const std::string s = lowerTrimmed(text);
    if (isPromotion(s))
        return LineKind::Promotion;
    if (text.size() > kMaxLine)
        return LineKind::Content;
    if (isIn(kLabels, s))
        return LineKind::Label;
    if (isIn(kSectionLabels, s))
        return LineKind::SectionLabel;
    if ((startsWithAny(kSeeAlsoPrefixes, s) && linkShare >= 0.5) || startsWithAny(kTagPrefixes, s))
        return LineKind::SeeAlso;
    if (beforeArticle && isByline(text, s))
        return LineKind::Byline;
    if (s.size() <= 60 && isDateline(s))
        return LineKind::Dateline;
    return LineKind::Content;
}

} // namespace lede::core::html
