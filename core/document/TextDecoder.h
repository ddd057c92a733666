// TextDecoder: turns the bytes of a text file into UTF-16, detecting the character encoding
// (byte order mark, else well-formed UTF-8, else ICU charset detection) and refusing binary data.
#pragma once

#include "common/Result.h"
#include "common/StopToken.h"
#include "document/LoadError.h"

#include <string>
#include <string_view>

namespace lede::core {

struct DecodedText
{
    std::u16string text;  // without the byte order mark; invalid input became U+FFFD
    std::string encoding; // "UTF-8", "UTF-16LE", "windows-1252", ...
};

// Decodes `bytes`. Fails with Binary for NUL bytes (outside UTF-16/32 with a BOM, and UTF-16 without one, which is
// recognised by where its NUL bytes fall) or text that decodes mostly to control characters and replacement
// characters; Cancelled when `stop` fires.
Result<DecodedText, LoadError> decodeText(std::string_view bytes, const StopToken &stop = {});

// True when the start of a file looks like text to the decoder (no NUL bytes, a UTF-16/32 BOM, or UTF-16 without one).
bool looksLikeText(std::string_view head);

} // namespace lede::core
