// `lede-cli analyze [--dct YYYY-MM-DD] [--model PATH] [--pretty] FILE`: one JSON object with the
// document's text, grouped entities and dates (schema in core/analysis/AnalysisJson.h).
#pragma once

namespace lede::cli {
int runAnalyze(int argc, char **argv);
}
