// ShingleScore: word-4-gram shingle precision, recall and F1 of an extracted text against the true article
// text, as the article-extraction benchmark defines them (words are runs of letters, digits and '_'; the
// shingles are multisets, so a repeated passage counts each time).
#pragma once

#include <string_view>

namespace lede::tools {

struct ShingleScore
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

// Both texts UTF-8. An empty extraction of a non-empty truth scores 0 on all three.
ShingleScore scoreShingles(std::string_view truth, std::string_view extracted, int n = 4);

} // namespace lede::tools
