// Fuzz harness: the DOCX loader (see FuzzDocument.h for what it checks).
#include "FuzzDocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzDocumentLoader(data, size, "input.docx");
    return 0;
}
