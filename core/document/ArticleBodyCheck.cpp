// ArticleBodyCheck: the selection read against the article text a page states (see ArticleBodyCheck.h).
#include "document/ArticleBodyCheck.h"

#include "document/HtmlDom.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace lede::core::html {

namespace {

constexpr size_t kMinArticleBody = 300; // bytes; shorter ones are descriptions, not the article

// Lower-case words: runs of ASCII letters and digits, and of non-ASCII bytes (letters in other scripts).
std::vector<std::string> wordsOf(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
            word.push_back(ch);
        } else if (c >= 'A' && c <= 'Z') {
            word.push_back(static_cast<char>(c + 32));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

// The paragraph-level elements of the selection that are not already dropped, in order.
std::vector<const GumboNode *> leafBlocks(const ContentSelection &sel)
{
    std::vector<const GumboNode *> leaves;
    std::vector<const GumboNode *> stack;
    for (auto r = sel.roots.rbegin(); r != sel.roots.rend(); ++r)
        stack.push_back(*r);
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (!isElement(n) || isInvisible(n) || sel.dropped.count(n))
            continue;
        const GumboTag tag = tagOf(n);
        if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) {
            leaves.push_back(n);
            continue;
        }
        const GumboVector &kids = childrenOf(n);
        for (unsigned i = kids.length; i-- > 0;)
            stack.push_back(childAt(kids, i));
    }
    return leaves;
}

} // namespace

void dropWhatArticleBodyLacks(ContentSelection &sel, std::string_view articleBody)
{
    if (articleBody.size() < kMinArticleBody)
        return;
    std::unordered_set<std::string> known;
    for (std::string &w : wordsOf(articleBody))
        known.insert(std::move(w));
    struct Leaf
    {
        const GumboNode *node;
        size_t words;
        size_t shared;
    };
    std::vector<Leaf> leaves;
    size_t total = 0;
    size_t shared = 0;
    for (const GumboNode *n : leafBlocks(sel)) {
        const std::vector<std::string> words = wordsOf(textContent(n));
        size_t hits = 0;
        for (const std::string &w : words)
            hits += known.count(w);
        leaves.push_back({n, words.size(), hits});
        total += words.size();
        shared += hits;
    }
    // Trust the statement only when it covers most of what was selected.
    if (total == 0 || shared * 10 < total * 7)
        return;
    for (const Leaf &leaf : leaves) {
        if (leaf.words >= 3 && leaf.shared * 10 < leaf.words * 3)
            sel.dropped.insert(leaf.node);
    }
}

} // namespace lede::core::html
