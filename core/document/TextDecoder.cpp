// TextDecoder: byte order marks, UTF-8 validation, ICU charset detection and conversion.
#include "document/TextDecoder.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace lede::core {

namespace {

// Work is done in slices of this many input bytes so a stop request is seen within milliseconds.
constexpr size_t kSliceBytes = 1 << 20;
// Charset detection looks at this much of the file; more costs time without changing the verdict.
constexpr int32_t kDetectSampleBytes = 1 << 20;
// Below this confidence ICU's guess is noise; windows-1252 decodes any byte and is the most likely.
constexpr int32_t kMinDetectConfidence = 10;
constexpr char16_t kReplacement = 0xFFFD;

LoadError cancelled() { return {LoadError::Code::Cancelled, "loading was cancelled"}; }

void appendCodePoint(std::u16string &out, UChar32 c)
{
    if (c < 0 || c > 0x10FFFF || U_IS_SURROGATE(c)) {
        out.push_back(kReplacement);
    } else if (c <= 0xFFFF) {
        out.push_back(static_cast<char16_t>(c));
    } else {
        out.push_back(static_cast<char16_t>(U16_LEAD(c)));
        out.push_back(static_cast<char16_t>(U16_TRAIL(c)));
    }
}

struct Utf8Scan
{
    std::u16string text;
    size_t invalidSequences = 0;
    size_t multiByteSequences = 0;
    bool cancelled = false;
};

// Decodes UTF-8 (invalid sequences → U+FFFD) and counts what it saw, in one linear pass.
Utf8Scan decodeUtf8(std::string_view bytes, const StopToken &stop)
{
    Utf8Scan scan;
    scan.text.reserve(bytes.size());
    const auto *s = reinterpret_cast<const uint8_t *>(bytes.data());
    // ICU's macros take int32_t lengths; files are far below 2 GB (the size limit sees to that).
    const auto length = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
    int32_t i = 0;
    int32_t nextStopCheck = static_cast<int32_t>(std::min<size_t>(kSliceBytes, static_cast<size_t>(length)));
    while (i < length) {
        if (i >= nextStopCheck) {
            if (stop.stopRequested()) {
                scan.cancelled = true;
                return scan;
            }
            nextStopCheck = static_cast<int32_t>(std::min<int64_t>(int64_t(i) + int64_t(kSliceBytes), length));
        }
        const uint8_t b = s[i];
        if (b < 0x80) { // the common case, kept out of the macro for speed
            scan.text.push_back(static_cast<char16_t>(b));
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            ++scan.invalidSequences;
            scan.text.push_back(kReplacement);
        } else {
            ++scan.multiByteSequences;
            appendCodePoint(scan.text, c);
        }
    }
    return scan;
}

// UTF-16 or UTF-32 after a byte order mark. A trailing partial unit and unpaired surrogates become U+FFFD.
std::u16string decodeWide(std::string_view bytes, int unitBytes, bool bigEndian)
{
    std::u16string out;
    out.reserve(bytes.size() / static_cast<size_t>(unitBytes) + 1);
    const auto *s = reinterpret_cast<const uint8_t *>(bytes.data());
    const size_t units = bytes.size() / static_cast<size_t>(unitBytes);
    for (size_t u = 0; u < units; ++u) {
        const uint8_t *p = s + u * static_cast<size_t>(unitBytes);
        uint32_t v = 0;
        for (int k = 0; k < unitBytes; ++k) {
            const int shift = bigEndian ? 8 * (unitBytes - 1 - k) : 8 * k;
            v |= uint32_t(p[k]) << shift;
        }
        if (unitBytes == 4)
            appendCodePoint(out, static_cast<UChar32>(v));
        else
            out.push_back(static_cast<char16_t>(v));
    }
    if (bytes.size() % static_cast<size_t>(unitBytes) != 0)
        out.push_back(kReplacement);
    if (unitBytes == 2) { // repair unpaired surrogates in place
        for (size_t i = 0; i < out.size(); ++i) {
            if (U16_IS_LEAD(out[i]) && i + 1 < out.size() && U16_IS_TRAIL(out[i + 1]))
                ++i;
            else if (U16_IS_SURROGATE(out[i]))
                out[i] = kReplacement;
        }
    }
    return out;
}

// Writes U+FFFD for every unconvertible byte sequence. ICU's own substitute callback writes U+001A
// for single-byte charsets, which would look like a control character rather than a visible error.
void U_CALLCONV substituteReplacementCharacter(const void *, UConverterToUnicodeArgs *args, const char *,
                                               int32_t, UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason > UCNV_IRREGULAR)
        return; // reset, close and clone need no output
    const UChar replacement = kReplacement;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};
struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

// ICU's name of the most likely charset of `bytes`, or windows-1252 when it cannot tell.
std::string detectCharset(std::string_view bytes)
{
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&err));
    if (U_FAILURE(err))
        return "windows-1252";
    const auto sample = static_cast<int32_t>(std::min<size_t>(bytes.size(), kDetectSampleBytes));
    ucsdet_setText(detector.get(), bytes.data(), sample, &err);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &err);
    if (U_FAILURE(err) || !match)
        return "windows-1252";
    const int32_t confidence = ucsdet_getConfidence(match, &err);
    const char *name = ucsdet_getName(match, &err);
    if (U_FAILURE(err) || !name || confidence < kMinDetectConfidence)
        return "windows-1252";
    return name;
}

// Converts with ICU in slices. Returns false when cancelled.
bool convertWithIcu(std::string_view bytes, const std::string &charset, std::u16string &out,
                    const StopToken &stop, bool &converterMissing)
{
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset.c_str(), &err));
    converterMissing = U_FAILURE(err);
    if (converterMissing)
        return true;
    ucnv_setToUCallBack(cnv.get(), substituteReplacementCharacter, nullptr, nullptr, nullptr, &err);

    // One byte never yields more than two UTF-16 units, whatever the charset.
    out.assign(bytes.size() * 2 + 16, u'\0');
    UChar *target = reinterpret_cast<UChar *>(out.data());
    UChar *const targetLimit = target + out.size();
    const char *source = bytes.data();
    const char *const sourceEnd = bytes.data() + bytes.size();
    do {
        if (stop.stopRequested())
            return false;
        const char *sliceEnd = source + std::min<size_t>(kSliceBytes, static_cast<size_t>(sourceEnd - source));
        err = U_ZERO_ERROR;
        ucnv_toUnicode(cnv.get(), &target, targetLimit, &source, sliceEnd, nullptr, sliceEnd == sourceEnd, &err);
        if (U_FAILURE(err))
            break; // cannot overflow given the reservation; anything else leaves what was converted
    } while (source < sourceEnd);
    out.resize(static_cast<size_t>(target - reinterpret_cast<UChar *>(out.data())));
    return true;
}

// Text, even in a legacy charset, is almost free of C0 controls; binary data decoded as a charset is not.
bool looksBinary(std::u16string_view text)
{
    constexpr size_t kSampleUnits = 64 * 1024;
    const size_t n = std::min(text.size(), kSampleUnits);
    if (n == 0)
        return false;
    size_t controls = 0;
    size_t replacements = 0;
    for (size_t i = 0; i < n; ++i) {
        const char16_t c = text[i];
        if (c == 0)
            return true;
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != 0x0B && c != 0x1B)
            || c == 0x7F)
            ++controls;
        else if (c == kReplacement)
            ++replacements;
    }
    // Damaged text has a few replacement characters; data that is not text at all is mostly made of them.
    constexpr size_t kMinSampleForReplacements = 16;
    return controls * 10 > n || (n >= kMinSampleForReplacements && replacements * 2 > n);
}

LoadError binaryError(const char *why) { return {LoadError::Code::Binary, why}; }

Result<DecodedText, LoadError> finish(std::u16string text, std::string encoding)
{
    if (looksBinary(text))
        return binaryError("the content decodes mostly to control or replacement characters");
    return DecodedText{std::move(text), std::move(encoding)};
}

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.size() >= prefix.size() && std::memcmp(bytes.data(), prefix.data(), prefix.size()) == 0;
}

struct Bom
{
    std::string_view bytes;
    const char *encoding;
    int unitBytes; // 1 = UTF-8
    bool bigEndian;
};

// UTF-32LE must be tried before UTF-16LE: its mark begins with the UTF-16LE one.
constexpr Bom kBoms[] = {
    {std::string_view("\xEF\xBB\xBF", 3), "UTF-8", 1, false},
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE", 4, false},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE", 4, true},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE", 2, false},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE", 2, true},
};

const Bom *findBom(std::string_view bytes)
{
    for (const Bom &bom : kBoms) {
        if (startsWith(bytes, bom.bytes))
            return &bom;
    }
    return nullptr;
}

// A code unit that plain text in the right byte order hardly ever holds: C0/C1 controls other than white space,
// non-characters, unassigned code points and halves of broken surrogate pairs.
bool unlikelyInText(std::u16string_view text, size_t i)
{
    const char16_t c = text[i];
    if (U16_IS_LEAD(c))
        return i + 1 >= text.size() || !U16_IS_TRAIL(text[i + 1]);
    if (U16_IS_TRAIL(c))
        return i == 0 || !U16_IS_LEAD(text[i - 1]);
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != 0x0B && c != 0x1B;
    if (c >= 0x7F && c < 0xA0)
        return true;
    return c == 0xFFFE || c == 0xFFFF || !u_isdefined(c);
}

// UTF-16 without a byte order mark, as some Windows tools write it: the byte order, or nullopt when the bytes are
// not such text. Text in any script has white space, digits or punctuation from Latin-1 between its words, and in
// UTF-16 each of those has a NUL byte on the same side of its code unit (odd offsets for little-endian, even for
// big-endian), while binary data has NULs on both sides and whole NUL code units. The guess is then confirmed by
// decoding a sample: at most 1 unit in 50 may be something text does not hold.
std::optional<bool /*bigEndian*/> utf16WithoutBom(std::string_view bytes)
{
    constexpr size_t kSampleBytes = 64 * 1024;
    const size_t sampleBytes = std::min(bytes.size(), kSampleBytes) & ~size_t{1};
    if (sampleBytes == 0)
        return std::nullopt;
    size_t nulEven = 0, nulOdd = 0;
    for (size_t i = 0; i < sampleBytes; i += 2) {
        const bool even = bytes[i] == 0, odd = bytes[i + 1] == 0;
        if (even && odd)
            return std::nullopt; // U+0000 is no text
        nulEven += even;
        nulOdd += odd;
    }
    // Characters such as U+0100 or U+4E00 put a NUL on the other side now and then; 1 in 5 is plenty of room.
    bool bigEndian = false;
    if (nulOdd > 0 && nulEven * 5 <= nulOdd)
        bigEndian = false;
    else if (nulEven > 0 && nulOdd * 5 <= nulEven)
        bigEndian = true;
    else
        return std::nullopt;
    const std::u16string sample = decodeWide(bytes.substr(0, sampleBytes), 2, bigEndian);
    size_t unlikely = 0;
    for (size_t i = 0; i < sample.size(); ++i)
        unlikely += unlikelyInText(sample, i);
    if (unlikely * 50 > sample.size())
        return std::nullopt;
    return bigEndian;
}

} // namespace

bool looksLikeText(std::string_view head)
{
    if (const Bom *bom = findBom(head); bom && bom->unitBytes > 1)
        return true;
    return head.find('\0') == std::string_view::npos || utf16WithoutBom(head).has_value();
}

Result<DecodedText, LoadError> decodeText(std::string_view bytes, const StopToken &stop)
{
    if (const Bom *bom = findBom(bytes)) {
        const std::string_view body = bytes.substr(bom->bytes.size());
        if (bom->unitBytes == 1) {
            Utf8Scan scan = decodeUtf8(body, stop);
            if (scan.cancelled)
                return cancelled();
            return finish(std::move(scan.text), bom->encoding);
        }
        if (stop.stopRequested())
            return cancelled();
        return finish(decodeWide(body, bom->unitBytes, bom->bigEndian), bom->encoding);
    }

    // find() rather than memchr(): an empty view's data() may be null, which memchr may not be given.
    if (bytes.find('\0') != std::string_view::npos) {
        const std::optional<bool> bigEndian = utf16WithoutBom(bytes);
        if (!bigEndian)
            return binaryError("the file contains NUL bytes");
        if (stop.stopRequested())
            return cancelled();
        std::u16string text = decodeWide(bytes, 2, *bigEndian);
        // The guess saw the first 64 KB; data appended after text still has NUL characters somewhere.
        if (std::find(text.begin(), text.end(), u'\0') != text.end())
            return binaryError("the file contains NUL characters");
        return finish(std::move(text), *bigEndian ? "UTF-16BE" : "UTF-16LE");
    }

    Utf8Scan scan = decodeUtf8(bytes, stop);
    if (scan.cancelled)
        return cancelled();
    // Legacy 8-bit text almost never forms valid multi-byte UTF-8 sequences by accident, so a file
    // with at least as many valid ones as broken ones is damaged UTF-8, not another charset.
    if (scan.invalidSequences == 0
        || (scan.multiByteSequences > 0 && scan.invalidSequences <= scan.multiByteSequences))
        return finish(std::move(scan.text), "UTF-8");
    scan.text = {}; // release before converting again

    std::string charset = detectCharset(bytes);
    std::u16string text;
    bool missing = false;
    if (!convertWithIcu(bytes, charset, text, stop, missing))
        return cancelled();
    if (missing) {
        charset = "windows-1252";
        if (!convertWithIcu(bytes, charset, text, stop, missing))
            return cancelled();
        if (missing)
            return binaryError("no converter for the detected character set");
    }
    return finish(std::move(text), charset);
}

} // namespace lede::core
