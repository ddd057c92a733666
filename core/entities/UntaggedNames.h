// UntaggedNames: company names the tagger left unmarked although the sentence says what they are. The tagger reads
// an unknown one-word company ("Flexport", "WeWork", "IWG") from its shape alone and often marks nothing, so the
// reader showed it as plain text beside "the San Francisco freight forwarder" that describes it.
// A candidate is a capitalised word, or a run of up to three, that no mention covers and no mention touches, outside
// headlines and code, neither a date word ("Monday", "March") nor a one-word first name, and not a sentence's first
// word (nor the first after an opening quote or a colon) unless the text never writes that word in lower case. It
// becomes an organisation mention when a strong company cue (CueWords.h) stands next to it:
//  - an appositive headed by a company noun: "Flexport, the San Francisco freight forwarder, said";
//  - a company noun right before it after an article or a possessive: "the freight forwarder Flexport", "Europe's
//    biggest lender Anvara";
//  - an article before it and a company noun after it: "the Regus brand", "the Tarnlow group";
//  - "shares in/of X", "a stake in X", "chief executive of X";
//  - "X's chief executive/shares/customers/stores";
//  - a legal form after it: "Flexport Inc", "Tarnlow plc";
//  - "X filed for bankruptcy/insolvency/Chapter 11", "X went bankrupt/into administration";
//  - "X, which owns/operates/makes/sells ...";
//  - "X, now part of / owned by / a unit of" an organisation's mention (ner-dev 91.43 -> 91.56, the other dev sets and
//    the KJV unchanged).
// Then the candidates spelt the same as a cued one, anywhere in the text, become organisation mentions too (a
// sentence-initial "WeWork" that the text never writes "wework").
// Measured through the whole analysis (lede-ner-doc-eval, dev sets): ner-dev 91.30 -> 91.43, ner-gold 89.30 -> 90.03
// ("forwarder" as a company noun: 89.85 -> 90.03); CoNLL-2003 dev 93.81, UNER EWT 75.44, UNER PUD 74.04, CrossNER
// 72.98, BTC 71.52, WNUT-17 56.89, SEC 68.13 and the King James Bible's entities unchanged. Taking an opening
// adverb's comma for an appositive ("Recently, a group of farmers") cost BTC dev 0.03: such adverbs are read no more.
#pragma once

#include "common/TextRange.h"
#include "entities/ArticleOutline.h"
#include "entities/MentionEvidence.h"

#include <vector>

namespace lede::core {

class UntaggedNames final
{
public:
    // `mentions` in text order, non-overlapping; stays so, with the recovered names added as organisations
    // (MentionEvidence::Tagger). `code`: ranges whose words are identifiers, never read.
    static void recover(const ArticleOutline &outline, EvidencedMentions &mentions,
                        const std::vector<TextRange> &code = {});
};

} // namespace lede::core
