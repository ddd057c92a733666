// Fuzz harness: the EPUB loader (see FuzzDocument.h for what it checks).
#include "FuzzDocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzDocumentLoader(data, size, "input.epub");
    return 0;
}
