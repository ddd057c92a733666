// `lede-cli text FILE`: prints the reading text as UTF-8.
#pragma once

namespace lede::cli {
int runText(int argc, char **argv);
}
