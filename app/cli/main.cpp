// lede-cli: Lede's headless front end, for scripts and evaluation. Same core as the reader; no Qt.
#include "AnalyzeCommand.h"
#include "CliCommon.h"
#include "ConllCommand.h"
#include "TextCommand.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace {

constexpr const char *kHelp =
    "Usage: lede-cli COMMAND [OPTIONS] [FILE]\n"
    "\n"
    "Commands:\n"
    "  text FILE                     print the reading text of FILE as UTF-8\n"
    "  analyze [--dct YYYY-MM-DD] [--model PATH] [--pretty] FILE\n"
    "                                print entities, dates and events of FILE as one JSON object\n"
    "                                (offsets in Unicode code points, end-exclusive)\n"
    "  conll [--model PATH] < FILE   tag CoNLL-format text from stdin; prints\n"
    "                                'token gold predicted' per token\n"
    "\n"
    "For text and analyze, FILE may be an http:// or https:// address: the page is downloaded\n"
    "(up to 20 MB) and read. Nothing else touches the network.\n"
    "\n"
    "Options:\n"
    "  -h, --help                    show this help\n"
    "  -v, --version                 show the version\n"
    "\n"
    "Environment: LEDE_DATA_DIR overrides where the model and gazetteers are found.\n";

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fputs(kHelp, stderr);
        return 2;
    }
    const std::string_view cmd = argv[1];
    if (cmd == "-h" || cmd == "--help" || cmd == "help") {
        std::fputs(kHelp, stdout);
        return 0;
    }
    if (cmd == "-v" || cmd == "--version") {
        std::printf("lede-cli %s\n", LEDE_VERSION);
        return 0;
    }
    if (cmd == "text")
        return lede::cli::runText(argc - 1, argv + 1);
    if (cmd == "analyze")
        return lede::cli::runAnalyze(argc - 1, argv + 1);
    if (cmd == "conll")
        return lede::cli::runConll(argc - 1, argv + 1);
    lede::cli::reportError(std::string("unknown command '") + std::string(cmd) + "' (try --help)");
    return 2;
}
