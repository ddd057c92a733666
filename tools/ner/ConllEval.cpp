// lede-conlleval: entity-level scoring of CoNLL output, as conlleval.pl does it.
//
//   lede-conlleval < FILE        (FILE: lines "token … gold predicted", blank lines between sentences)
//
// The last two columns of each line are the gold and predicted tags; -DOCSTART- lines are
// document boundaries. Prints totals, token accuracy and P/R/F1 overall and per type.
#include "ScoreReport.h"

#include "ner/ChunkScorer.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char ** /*argv*/)
{
    if (argc > 1) {
        std::fprintf(stderr, "usage: lede-conlleval < FILE\n");
        return 2;
    }
    lede::core::ner::ChunkScorer scorer;
    std::vector<std::string> gold, predicted;
    auto flush = [&] {
        const std::vector<std::string_view> g(gold.begin(), gold.end()), p(predicted.begin(), predicted.end());
        scorer.addSentence(g, p);
        gold.clear();
        predicted.clear();
    };
    std::string line;
    long lineNo = 0;
    while (std::getline(std::cin, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::vector<std::string> fields;
        size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            const size_t b = i;
            while (i < line.size() && line[i] != ' ' && line[i] != '\t')
                ++i;
            if (i > b)
                fields.push_back(line.substr(b, i - b));
        }
        if (fields.empty() || fields[0] == "-DOCSTART-") {
            flush();
            continue;
        }
        if (fields.size() < 3) {
            std::fprintf(stderr, "line %ld: expected at least 3 columns (token gold predicted)\n", lineNo);
            return 1;
        }
        gold.push_back(fields[fields.size() - 2]);
        predicted.push_back(fields.back());
    }
    flush();
    lede::tools::printReport(scorer, stdout);
    return 0;
}
