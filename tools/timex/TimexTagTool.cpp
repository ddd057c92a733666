// lede-timex-tag: tags the text given on the command line (or stdin) and prints each expression with
// its type and value, for checking a rule by hand.
//   lede-timex-tag [--dct YYYY-MM-DD] [TEXT...]
#include "common/Utf.h"
#include "text/Segmenter.h"
#include "timex/TimexTagger.h"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

using namespace lede;

int main(int argc, char **argv)
{
    core::TimexOptions opt;
    opt.mergeRanges = false;
    std::string text;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--dct" && i + 1 < argc) {
            int y = 0, m = 0, d = 0;
            if (std::sscanf(argv[++i], "%d-%d-%d", &y, &m, &d) != 3) {
                std::fprintf(stderr, "lede-timex-tag: --dct wants YYYY-MM-DD\n");
                return 2;
            }
            opt.reference = {core::CalendarDate{y, m, d}, core::ReferenceSource::CommandLine};
        } else if (a == "-h" || a == "--help") {
            std::printf("usage: lede-timex-tag [--dct YYYY-MM-DD] [TEXT...]  (stdin when no TEXT)\n");
            return 0;
        } else {
            text += (text.empty() ? "" : " ") + a;
        }
    }
    if (text.empty())
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    const std::u16string t = core::utf8ToUtf16(text);
    for (const core::Timex &x : core::TimexTagger::tag(t, core::Segmenter::segment(t), opt))
        std::printf("%-32s %-8s %s\n", core::utf16ToUtf8(t.substr(static_cast<size_t>(x.range.start), static_cast<size_t>(x.range.length()))).c_str(),
                    std::string(core::timexTypeName(x.type)).c_str(), x.value.c_str());
    return 0;
}
