// BoilerplateText: what a short block's own words say it is. Pages label their furniture in words as much as in
// class names: "Advertisement", "Share this story", "Read more: <link>", "Tags: ...", a byline or a bare date
// above the article. The main-content finder asks this of short blocks inside the chosen article.
#pragma once

#include <string_view>

namespace lede::core::html {

enum class LineKind {
    Content,      // text of the article
    Label,        // a lone label: "Advertisement", "Share", "Comments"
    SectionLabel, // the title of a link list that follows: "Related stories", "Recommended for you"
    SeeAlso,      // a label followed by a link: "Read more: ...", "Tags: ..."
    Byline,       // "By Jane Roe" (the author is kept in the metadata)
    Dateline,     // "Nov. 3, 2026, 9:41 AM", "Updated at 1:23 p.m."
    Promotion,    // "Sign up for our newsletter", "Follow us on Instagram and YouTube"
};

// Blocks longer than this (bytes of text) are never judged by their words; between the two limits only a
// promotion is looked for, and only when mentionsPromotionWord finds one of its words in the raw text.
constexpr int kMaxLabelLine = 100;
constexpr int kMaxJudgedLine = 200;

// A cheap test on raw text (case-insensitive): "newsletter", "inbox", "follow", "like".
bool mentionsPromotionWord(std::string_view text);

// `text` is the block's visible text (whitespace collapsed), `linkShare` the part of it inside links (0–1),
// `beforeArticle` whether the block comes before the article's first real paragraph (bylines count only there).
LineKind classifyLine(std::string_view text, double linkShare, bool beforeArticle);

} // namespace lede::core::html
