// Title-casing of all-caps training headlines (see HeadlineAugmenter.h).
#include "HeadlineAugmenter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <random>
#include <string>
#include <string_view>

namespace lede::tools {

namespace {

// Function words news style keeps lower case inside a title.
constexpr std::array<std::string_view, 16> kSmallWords = {"a", "an", "the", "of", "in", "on", "at", "to",
                                                          "for", "and", "or", "but", "by", "with", "from", "as"};

bool hasLetter(const std::string &w)
{
    return std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isalpha(c); });
}

bool isAllCaps(const std::string &w)
{
    return std::none_of(w.begin(), w.end(), [](unsigned char c) { return std::islower(c); });
}

// ASCII only: CoNLL-2003 English is ASCII; other bytes are left alone.
std::string titleCase(const std::string &w, bool first, bool inEntity)
{
    std::string lower = w;
    for (char &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!first && std::find(kSmallWords.begin(), kSmallWords.end(), lower) != kSmallWords.end())
        return lower;
    // Short names are usually acronyms (EU, BBC, NATO, U.S.) and stay as they are; short
    // ordinary words (TOP, WIN) do not. The gold tag tells them apart.
    if (w.size() <= 4 && (inEntity || w.find('.') != std::string::npos))
        return w;
    std::string out = lower;
    bool atWordStart = true;
    for (char &c : out) {
        if (atWordStart && std::isalpha(static_cast<unsigned char>(c)))
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        atWordStart = c == '-' || c == '/';
    }
    return out;
}

bool isHeadline(const core::ner::ConllCorpus &corpus, const std::vector<uint32_t> &sentence)
{
    int letterWords = 0;
    bool allCaps = true;
    for (uint32_t line : sentence) {
        const std::string &w = corpus.lines[line].token;
        if (!hasLetter(w))
            continue;
        ++letterWords;
        allCaps = allCaps && isAllCaps(w);
    }
    return letterWords >= 2 && allCaps;
}

} // namespace

size_t titleCaseHeadlines(core::ner::ConllCorpus &corpus)
{
    size_t rewritten = 0;
    for (const auto &doc : corpus.documents) {
        for (const auto &sentence : doc.sentences) {
            if (!isHeadline(corpus, sentence))
                continue;
            ++rewritten;
            bool first = true;
            for (uint32_t line : sentence) {
                core::ner::ConllLine &l = corpus.lines[line];
                if (hasLetter(l.token)) {
                    l.token = titleCase(l.token, first, l.gold != "O");
                    first = false;
                }
            }
        }
    }
    return rewritten;
}

size_t addTitleCaseCopies(core::ner::ConllCorpus &corpus, uint64_t seed, double fraction)
{
    using core::ner::ConllCorpus;
    std::mt19937_64 rng(seed * 2654435761ULL + 11);
    std::bernoulli_distribution pick(fraction);
    const size_t originals = corpus.documents.size();
    size_t added = 0;
    for (size_t d = 0; d < originals; ++d) {
        if (!pick(rng))
            continue;
        ConllCorpus::Document copy;
        bool changed = false;
        // Index-based: push_back below may reallocate corpus.documents and corpus.lines.
        for (size_t s = 0; s < corpus.documents[d].sentences.size(); ++s) {
            const std::vector<uint32_t> sentence = corpus.documents[d].sentences[s];
            const bool rewrite = isHeadline(corpus, sentence);
            changed = changed || rewrite;
            auto &out = copy.sentences.emplace_back();
            bool first = true;
            for (uint32_t line : sentence) {
                core::ner::ConllLine l = corpus.lines[line];
                if (rewrite && hasLetter(l.token)) {
                    l.token = titleCase(l.token, first, l.gold != "O");
                    first = false;
                }
                out.push_back(static_cast<uint32_t>(corpus.lines.size()));
                corpus.lines.push_back(std::move(l));
            }
        }
        if (!changed) {
            continue; // nothing to learn from a verbatim copy; its lines stay unreferenced
        }
        corpus.documents.push_back(std::move(copy));
        ++added;
    }
    return added;
}

} // namespace lede::tools
