// `lede-cli conll [--model PATH] < FILE`: tags CoNLL-format input with its own tokenisation and
// prints "token gold predicted" per token, in the input's tag scheme (IOB1 in → IOB1 out,
// IOB2 in → IOB2 out); blank lines and -DOCSTART- lines are passed through.
#pragma once

#include <iosfwd>

namespace lede::core {
class NerTagger;
}

namespace lede::cli {

// argv[0] is "conll". Reads stdin, writes stdout; returns the process exit code.
int runConll(int argc, char **argv);

// The command's work on streams (what runConll does once the model is loaded); testable.
void writeConll(std::istream &in, std::ostream &out, const core::NerTagger &tagger);
} // namespace lede::cli
