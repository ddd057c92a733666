// Single-pass token analysis with ICU character properties (so "António" and "ÉCOLE" get the
// same case treatment as ASCII) and typographic normalisation (’ → ', “ → ", – → -), because
// real articles use curly quotes and dashes that the CoNLL training text never has.
#include "ner/TokenInfo.h"

#include "ner/FeatureHash.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace lede::core::ner {

namespace {

char32_t normalise(char32_t c)
{
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
        return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
        return U'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return U'-';
    case 0x00A0:
        return U' ';
    default:
        return c;
    }
}

constexpr int kMaxShape = 16;

} // namespace

TokenInfo analyseToken(std::u16string_view token)
{
    TokenInfo info;
    uint64_t word = kFnvOffset, lower = kFnvOffset, shape = kFnvOffset, shortShape = kFnvOffset;
    uint64_t pre = kFnvOffset;
    char32_t last[4] = {}; // ring of the last four lower-case code points
    int count = 0;
    char32_t prevShapeChar = 0;
    bool firstLetterSeen = false, allDigits = true;
    uint16_t flags = 0;

    for (size_t i = 0; i < token.size();) {
        char32_t c = token[i++];
        if (c >= 0xD800 && c <= 0xDBFF && i < token.size() && token[i] >= 0xDC00 && token[i] <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (token[i++] - 0xDC00);
        else if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;
        c = normalise(c);

        char32_t shapeChar;
        char32_t low = c;
        // ASCII needs no ICU property lookups (most tokens in English news are pure ASCII).
        if (c < 0x80) {
            if (c >= U'0' && c <= U'9') {
                flags |= TokenInfo::HasDigit;
                c = low = U'0';
                shapeChar = U'd';
            } else if ((c | 0x20) >= U'a' && (c | 0x20) <= U'z') {
                allDigits = false;
                flags |= TokenInfo::HasLetter;
                const bool upper = c <= U'Z';
                if (upper) {
                    low = c | 0x20;
                    shapeChar = U'X';
                } else {
                    flags |= TokenInfo::HasLower;
                    shapeChar = U'x';
                }
                if (!firstLetterSeen) {
                    firstLetterSeen = true;
                    if (upper)
                        flags |= TokenInfo::InitialCap;
                }
            } else {
                allDigits = false;
                if (c == U'-')
                    flags |= TokenInfo::HasHyphen;
                else if (c == U'.')
                    flags |= TokenInfo::HasPeriod;
                shapeChar = c;
            }
        } else if (u_isdigit(static_cast<UChar32>(c))) {
            flags |= TokenInfo::HasDigit;
            c = low = U'0';
            shapeChar = U'd';
        } else if (u_isalpha(static_cast<UChar32>(c))) {
            allDigits = false;
            flags |= TokenInfo::HasLetter;
            const bool upper = u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
            if (upper) {
                low = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
                shapeChar = U'X';
            } else {
                flags |= TokenInfo::HasLower;
                shapeChar = U'x';
            }
            if (!firstLetterSeen) {
                firstLetterSeen = true;
                if (upper)
                    flags |= TokenInfo::InitialCap;
            }
            if (c >= 0x250) {
                UErrorCode err = U_ZERO_ERROR;
                const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &err);
                if (U_SUCCESS(err) && script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
                    flags |= TokenInfo::NonLatin;
            }
        } else {
            allDigits = false;
            if (c == U'-')
                flags |= TokenInfo::HasHyphen;
            else if (c == U'.')
                flags |= TokenInfo::HasPeriod;
            else if (c == 0xFFFD)
                flags |= TokenInfo::Replacement;
            shapeChar = c < 0x80 ? c : U'~';
        }

        word = hashStep(word, c);
        lower = hashStep(lower, low);
        if (count < kMaxShape)
            shape = hashStep(shape, shapeChar);
        if (shapeChar != prevShapeChar)
            shortShape = hashStep(shortShape, shapeChar);
        prevShapeChar = shapeChar;
        if (count < 4) {
            pre = hashStep(pre, low);
            info.prefix[count] = mix64(pre);
        }
        last[count & 3] = low;
        ++count;
    }

    if (count == 0)
        allDigits = false;
    if ((flags & TokenInfo::HasLetter) && !(flags & TokenInfo::HasLower))
        flags |= TokenInfo::AllCaps;
    if (allDigits)
        flags |= TokenInfo::AllDigits;
    if (!(flags & (TokenInfo::HasLetter | TokenInfo::HasDigit)))
        flags |= TokenInfo::Punctuation;

    // Suffixes from the ring, shortest first: suffix[k] covers the last k+1 code points.
    uint64_t suf = kFnvOffset;
    for (int k = 0; k < 4 && k < count; ++k) {
        suf = hashStep(suf, last[(count - 1 - k) & 3]);
        info.suffix[k] = mix64(suf);
    }

    info.word = mix64(word);
    info.lower = mix64(lower);
    info.shape = mix64(shape);
    info.shortShape = mix64(shortShape);
    info.flags = flags;
    info.length = static_cast<uint16_t>(count > 0xFFFF ? 0xFFFF : count);
    return info;
}

uint64_t lowerHash(std::u16string_view token)
{
    return analyseToken(token).lower;
}

} // namespace lede::core::ner
