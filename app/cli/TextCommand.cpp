#include "TextCommand.h"

#include "CliCommon.h"
#include "common/Utf.h"

#include <string>

namespace lede::cli {

int runText(int argc, char **argv)
{
    if (argc != 2) {
        reportError("usage: lede-cli text FILE");
        return 2;
    }
    const auto doc = loadOrReport(argv[1]);
    if (!doc)
        return 1;
    writeStdout(core::utf16ToUtf8(doc->text));
    return 0;
}

} // namespace lede::cli
