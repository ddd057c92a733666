// EvalDocument: one document to run the whole analysis on, with its gold entity mentions, made from a gold article
// (GoldArticle.h) or from a document of a CoNLL/IOB2 file. lede-ner-doc-eval scores the analysis against the gold.
#pragma once

#include "document/Document.h"
#include "ner/ConllCorpus.h"
#include "ner/NerTagger.h"

#include <filesystem>
#include <string>
#include <vector>

namespace lede::tools {

struct EvalDocument
{
    std::string name;                // for reports: the file name, or "FILE, document N"
    core::Document document;         // what the analysis reads
    std::vector<core::Mention> gold; // in text order, into document.text
    // For reports: line k of document.text (0-based) is `lineName` firstLine + k: a file line of a gold
    // article, a sentence of a CoNLL document.
    std::string lineName = "line";
    int firstLine = 1;
};

// A gold article as the reader would lay it out (PlainTextLayout, as for a .txt file). Errors say "FILE:LINE:COLUMN:
// message" for bad markup, or why the file cannot be used.
core::Result<EvalDocument, std::string> readGoldArticle(const std::filesystem::path &path);

// Each document of a CoNLL corpus (2 or more columns: the token first, the gold tag last; IOB1 or IOB2) as text: its
// tokens joined by spaces, its sentences by newlines, one paragraph per sentence, so that the analysis splits
// sentences where the corpus does. Gold chunks of a type other than PER, LOC, ORG, MISC are left out and counted in
// `skipped`.
std::vector<EvalDocument> conllDocuments(const core::ner::ConllCorpus &corpus, const std::string &name,
                                         size_t *skipped = nullptr);

} // namespace lede::tools
