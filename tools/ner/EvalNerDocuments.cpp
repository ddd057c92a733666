// lede-ner-doc-eval: scores the entities of the whole analysis (segmentation, tagger, grouping: what the reader
// highlights) against hand-annotated gold, with exact spans, overall and per type.
//
//   lede-ner-doc-eval [--model PATH] [-v] [--min-f1 F] INPUT...
//   lede-ner-doc-eval [--model PATH] [-v] --splits tools/ner/corpus-splits.tsv --corpora DIR --set dev [--corpus NAME]...
//
// An INPUT is a folder of gold articles (its *.txt files, the format of tests/data/ner-gold/README), one gold
// article (.txt), or a CoNLL file of any other name (the token first, the gold tag last, IOB1 or IOB2;
// -DOCSTART- lines separate documents, blank lines sentences), whose documents are analysed as text with the tokens
// joined by spaces and the sentences by newlines. Each INPUT gets its own report, in lede-conlleval's form
// ("tokens" there are the text's words, cut again at entity edges), and a count of the errors by kind.
// -v lists every error under its document. --min-f1 fails the run (exit 1) when an INPUT's overall F1 is below F:
// the quality gate in tests/quality. Without --model, the shipped model (NerTagger::loadDefault).
// The second form reads one split of the committed corpus splits (CorpusSplits.h) and reports each corpus on its
// own, MISC left out (of gold and found alike) where the corpus annotates it partly or not at all.
//
// lede-ner-eval scores the tagger alone on the corpus' own tokens; this scores what the user sees, after the
// reader's tokenisation and sentence splitting and after the grouper has given each entity one type.
#include "CorpusSplits.h"
#include "EvalDocument.h"
#include "MentionScore.h"
#include "ScoreReport.h"

#include "analysis/Analysis.h"
#include "common/Utf.h"
#include "ner/NerLabels.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace lede;

namespace {

constexpr const char *kUsage =
    "usage: lede-ner-doc-eval [--model PATH] [-v] [--min-f1 F] INPUT...\n"
    "       lede-ner-doc-eval [--model PATH] [-v] --splits TSV --corpora DIR --set dev|test [--corpus NAME]...\n"
    "  INPUT: a folder of gold articles (*.txt), a gold article (.txt) or a CoNLL file\n";

// The documents of one INPUT; false (with a message on stderr) when any cannot be read.
bool readInput(const std::filesystem::path &input, std::vector<tools::EvalDocument> &out)
{
    std::error_code ec;
    std::vector<std::filesystem::path> articles;
    if (std::filesystem::is_directory(input, ec)) {
        for (const auto &entry : std::filesystem::directory_iterator(input, ec)) {
            if (entry.is_regular_file() && entry.path().extension() == ".txt")
                articles.push_back(entry.path());
        }
        std::sort(articles.begin(), articles.end());
        if (articles.empty()) {
            std::fprintf(stderr, "%s: no gold articles (*.txt) in this folder\n", input.string().c_str());
            return false;
        }
    } else if (input.extension() == ".txt") {
        articles.push_back(input);
    } else {
        const auto corpus = core::ner::ConllCorpus::readFile(input);
        if (!corpus) {
            std::fprintf(stderr, "%s: cannot read the file\n", input.string().c_str());
            return false;
        }
        size_t skipped = 0;
        out = tools::conllDocuments(*corpus, input.filename().string(), &skipped);
        if (skipped)
            std::fprintf(stderr, "%s: %zu gold chunks of types other than PER, LOC, ORG, MISC left out\n",
                         input.string().c_str(), skipped);
        return true;
    }
    for (const auto &path : articles) {
        auto doc = tools::readGoldArticle(path);
        if (!doc) {
            std::fprintf(stderr, "%s\n", doc.error().c_str());
            return false;
        }
        out.push_back(std::move(doc.value()));
    }
    return true;
}

std::vector<core::Mention> predictedMentions(const core::Analysis &analysis)
{
    std::vector<core::Mention> out;
    for (const core::Entity &e : analysis.entities) {
        for (const core::TextRange &r : e.mentions)
            out.push_back({r, e.type});
    }
    return out;
}

// `TYPE "words"` for an error line.
std::string describe(const core::Mention &m, std::u16string_view text)
{
    return std::string(core::ner::conllTypeName(m.type)) + " \""
        + core::utf16ToUtf8(text.substr(static_cast<size_t>(m.range.start), static_cast<size_t>(m.range.length())))
        + "\"";
}

void printErrors(const tools::EvalDocument &doc, const std::vector<tools::MentionError> &errors)
{
    const std::u16string_view text = doc.document.text;
    std::printf("%s\n", doc.name.c_str());
    for (const auto &e : errors) {
        const core::Mention &at = e.gold ? *e.gold : *e.predicted;
        const auto line =
            doc.firstLine + static_cast<int>(std::count(text.begin(), text.begin() + at.range.start, u'\n'));
        std::string what;
        if (e.gold && e.predicted)
            what = "gold " + describe(*e.gold, text) + ", found " + describe(*e.predicted, text);
        else
            what = describe(e.gold ? *e.gold : *e.predicted, text);
        std::printf("  %-10s  %s  (%s %d)\n", tools::mentionErrorName(e.kind), what.c_str(), doc.lineName.c_str(),
                    line);
    }
}

// Analyses `docs` and scores them; MISC is left out of the documents whose `partialMisc` flag is set. Prints the
// report under `title` and returns the overall F1.
double scoreDocuments(const std::string &title, const std::vector<tools::EvalDocument> &docs,
                      const std::vector<uint8_t> &partialMisc, const core::AnalysisOptions &options, bool verbose)
{
    core::ner::ChunkScorer scorer;
    std::array<size_t, 4> byKind{};
    for (size_t d = 0; d < docs.size(); ++d) {
        const tools::EvalDocument &doc = docs[d];
        const core::Analysis analysis = core::analyzeDocument(doc.document, options);
        std::vector<core::Mention> gold = doc.gold, found = predictedMentions(analysis);
        if (d < partialMisc.size() && partialMisc[d]) {
            const auto isMisc = [](const core::Mention &m) { return m.type == core::EntityType::Other; };
            std::erase_if(gold, isMisc);
            std::erase_if(found, isMisc);
        }
        const auto errors = tools::scoreMentions(scorer, doc.document.text, std::move(gold), std::move(found));
        for (const auto &e : errors)
            ++byKind[static_cast<size_t>(e.kind)];
        if (verbose && !errors.empty())
            printErrors(doc, errors);
    }
    std::printf("== %s: %zu documents\n", title.c_str(), docs.size());
    tools::printReport(scorer, stdout);
    std::printf("errors: %zu missed, %zu spurious, %zu wrong type, %zu boundary\n", byKind[0], byKind[1], byKind[2],
                byKind[3]);
    return scorer.overall().f1();
}

// The split form: each corpus of the splits file (or those named) on its own.
int scoreSplits(const std::string &splitsFile, const std::string &corpora, const std::string &set,
                const std::vector<std::string> &only, const core::AnalysisOptions &options, bool verbose)
{
    std::string err;
    const auto splits = tools::CorpusSplits::read(splitsFile, err);
    if (!splits) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return 1;
    }
    const tools::Split split = set == "train" ? tools::Split::Train
        : set == "dev"                        ? tools::Split::Dev
                                              : tools::Split::Test;
    std::vector<std::string> names;
    for (const auto &f : splits->files) {
        if ((only.empty() || std::find(only.begin(), only.end(), f.corpus) != only.end())
            && std::find(names.begin(), names.end(), f.corpus) == names.end())
            names.push_back(f.corpus);
    }
    for (const std::string &name : names) {
        tools::SplitSelection sel;
        if (!tools::selectSplit(*splits, corpora, split, {name}, sel, err)) {
            std::fprintf(stderr, "%s\n", err.c_str());
            return 1;
        }
        if (sel.corpus.documents.empty())
            continue;
        const std::vector<tools::EvalDocument> docs = tools::conllDocuments(sel.corpus, name);
        const bool partial = !sel.partialMisc.empty() && sel.partialMisc.front();
        scoreDocuments(name + " " + set + (partial ? " (MISC not scored)" : ""), docs, sel.partialMisc, options,
                       verbose);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string model;
    bool verbose = false;
    double minF1 = -1;
    std::string splitsFile, corpora, set = "dev";
    std::vector<std::string> only;
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--model" && i + 1 < argc) {
            model = argv[++i];
        } else if (a == "--splits" && i + 1 < argc) {
            splitsFile = argv[++i];
        } else if (a == "--corpora" && i + 1 < argc) {
            corpora = argv[++i];
        } else if (a == "--set" && i + 1 < argc) {
            set = argv[++i];
        } else if (a == "--corpus" && i + 1 < argc) {
            only.emplace_back(argv[++i]);
        } else if (a == "-v") {
            verbose = true;
        } else if (a == "--min-f1" && i + 1 < argc) {
            minF1 = std::atof(argv[++i]);
        } else if (a.rfind("-", 0) != 0) {
            inputs.emplace_back(a);
        } else {
            std::fprintf(stderr, "%s", kUsage);
            return 2;
        }
    }
    if (inputs.empty() == splitsFile.empty() || (!splitsFile.empty() && corpora.empty())) {
        std::fprintf(stderr, "%s", kUsage);
        return 2;
    }
    const auto tagger = model.empty() ? core::NerTagger::loadDefault() : core::NerTagger::load(model);
    if (!tagger) {
        std::fprintf(stderr, "cannot load the entity model: %s\n", tagger.error().detail.c_str());
        return 1;
    }
    core::AnalysisOptions options;
    options.tagger = tagger.value();
    if (!splitsFile.empty())
        return scoreSplits(splitsFile, corpora, set, only, options, verbose);

    bool pass = true;
    for (const auto &input : inputs) {
        std::vector<tools::EvalDocument> docs;
        if (!readInput(input, docs))
            return 1;
        const double f1 = scoreDocuments(input.string(), docs, {}, options, verbose);
        if (f1 < minF1) {
            std::printf("FAIL: F1 %.2f is below the gate %.2f\n", f1, minF1);
            pass = false;
        }
    }
    return pass ? 0 : 1;
}
