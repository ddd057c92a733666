// Tokenizer: ICU word segments merged and split into CoNLL-style tokens, in one linear pass.
#include "text/Tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

namespace lede::core {

namespace {

// ICU iterators are expensive to build (rule tables) and cheap to clone; the prototype is built
// once, never used directly, and cloned per Tokenizer.
const icu::BreakIterator *wordPrototype()
{
    static const std::unique_ptr<icu::BreakIterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return prototype.get();
}

bool isWordStatus(int32_t s) { return s >= UBRK_WORD_LETTER && s < UBRK_WORD_IDEO_LIMIT; }
bool isNumberStatus(int32_t s) { return s >= UBRK_WORD_NUMBER && s < UBRK_WORD_NUMBER_LIMIT; }
bool isHyphen(char16_t c) { return c == u'-' || c == 0x2010 || c == 0x2011; }
bool isPeriod(char16_t c) { return c == u'.'; }
bool isNumberJoiner(char16_t c) { return c == u'/' || c == u':'; }
bool isApostrophe(char16_t c) { return c == u'\'' || c == 0x2019; }
char16_t lowerAscii(char16_t c) { return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c; }

UChar32 codePointAt(std::u16string_view text, int32_t i)
{
    UChar32 c;
    U16_GET(text.data(), 0, i, static_cast<int32_t>(text.size()), c);
    return c;
}

// White space, controls and lone format characters (ZWSP, BOM, soft hyphen) are not tokens.
bool isSpaceLike(UChar32 c)
{
    if (c < 0x80)
        return c <= 0x20 || c == 0x7F;
    if (u_isUWhiteSpace(c))
        return true;
    const int8_t type = u_charType(c);
    return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR;
}

TokenKind kindOfSymbolic(UChar32 c)
{
    switch (u_charType(c)) {
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
        return TokenKind::Punctuation;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
        return TokenKind::Symbol;
    default:
        return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ? TokenKind::Symbol : TokenKind::Other;
    }
}

// The letters of a clitic after its apostrophe ("s" of "'s", "ll" of "'ll"), in either case.
bool isApostropheClitic(std::u16string_view w)
{
    const char16_t a = w.empty() ? 0 : lowerAscii(w[0]);
    if (w.size() == 1)
        return a == u's' || a == u'm' || a == u'd';
    const char16_t b = w.size() == 2 ? lowerAscii(w[1]) : 0;
    return (a == u'l' && b == u'l') || (a == u'r' && b == u'e') || (a == u'v' && b == u'e');
}

// Length of a clitic at the end of `word` that Penn tokenization splits off ("n't", "'s", "'ll"), or 0.
int32_t cliticLength(std::u16string_view w)
{
    const size_t n = w.size();
    if (n >= 4 && lowerAscii(w[n - 3]) == u'n' && isApostrophe(w[n - 2]) && lowerAscii(w[n - 1]) == u't')
        return 3;
    if (n >= 3 && isApostrophe(w[n - 2]) && isApostropheClitic(w.substr(n - 1)))
        return 2;
    if (n >= 4 && isApostrophe(w[n - 3]) && isApostropheClitic(w.substr(n - 2)))
        return 3;
    return 0;
}

// Every character of text[r] is an ASCII capital ("C", "US").
bool isCapitalsOnly(std::u16string_view text, TextRange r)
{
    for (int32_t i = r.start; i < r.end; ++i) {
        if (text[static_cast<size_t>(i)] < u'A' || text[static_cast<size_t>(i)] > u'Z')
            return false;
    }
    return true;
}

} // namespace

Tokenizer::Tokenizer()
{
    if (const icu::BreakIterator *prototype = wordPrototype())
        m_words.reset(prototype->clone());
}

Tokenizer::~Tokenizer() = default;

void Tokenizer::tokenize(std::u16string_view text, TextRange range, std::vector<BlockToken> &out)
{
    out.clear();
    m_segments.clear();
    if (!m_words || range.empty())
        return;

    // The iterator works on the block alone, through a UText that aliases the caller's text (no copy).
    // setText() keeps its own shallow clone of the UText, so a stack UText that dies here is enough.
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, reinterpret_cast<const UChar *>(text.data() + range.start), range.length(), &status);
    if (U_FAILURE(status))
        return;
    m_words->setText(&ut, status);
    utext_close(&ut);
    if (U_SUCCESS(status)) {
        int32_t start = m_words->first();
        for (int32_t end = m_words->next(); end != icu::BreakIterator::DONE; start = end, end = m_words->next()) {
            const int32_t s = range.start + start;
            if (!isSpaceLike(codePointAt(text, s)))
                m_segments.push_back({s, range.start + end, m_words->getRuleStatus()});
        }
    }

    const auto &seg = m_segments;
    const size_t n = seg.size();
    auto isSingle = [&](size_t k, auto pred) { return seg[k].end - seg[k].start == 1 && pred(text[seg[k].start]); };
    auto adjacent = [&](size_t k, int32_t pos) { return k < n && seg[k].start == pos; };

    size_t j = 0;
    while (j < n) {
        const Segment first = seg[j++];
        BlockToken tok{{first.start, first.end}, TokenKind::Other, AbbreviationKind::None};
        const bool wordLike = isWordStatus(first.status) || isNumberStatus(first.status);
        if (isNumberStatus(first.status))
            tok.kind = TokenKind::Number;
        else if (isWordStatus(first.status))
            tok.kind = TokenKind::Word;
        else
            tok.kind = kindOfSymbolic(codePointAt(text, first.start));

        // ".596" (a batting average) is a number; ICU splits off the leading period.
        if (isSingle(j - 1, isPeriod) && adjacent(j, tok.range.end) && isNumberStatus(seg[j].status)
            && (first.start == range.start || isSpaceLike(codePointAt(text, first.start - 1)))) {
            tok.range.end = seg[j].end;
            tok.kind = TokenKind::Number;
            ++j;
        }

        // Hyphenated compounds and numbers joined by '-', '/' or ':' (dates, scores, fractions, times)
        // are one token in CoNLL: "Anglo-Dutch", "1996-08-22", "6-3", "1/2", "12/06/96", "4:08.22".
        auto joinCompound = [&] {
            bool joined = false;
            while (adjacent(j, tok.range.end) && adjacent(j + 1, seg[j].end)) {
                const bool hyphen = isSingle(j, isHyphen)
                    && (isWordStatus(seg[j + 1].status) || isNumberStatus(seg[j + 1].status));
                const bool slash = tok.kind == TokenKind::Number && isSingle(j, isNumberJoiner)
                    && isNumberStatus(seg[j + 1].status);
                if (!hyphen && !slash)
                    break;
                if (isWordStatus(seg[j + 1].status))
                    tok.kind = TokenKind::Word; // "11-day" is a word; "1996-08-22" stays a number
                tok.range.end = seg[j + 1].end;
                j += 2;
                joined = true;
            }
            return joined;
        };
        if (wordLike || tok.kind == TokenKind::Number)
            joinCompound();

        // "1." opening a numbered line is one token, as in CoNLL's result tables, and its period
        // does not end a sentence.
        if (tok.kind == TokenKind::Number && tok.range.start == range.start && adjacent(j, tok.range.end)
            && isSingle(j, isPeriod) && (seg[j].end == range.end || isSpaceLike(codePointAt(text, seg[j].end)))) {
            tok.range.end += 1;
            tok.abbreviation = AbbreviationKind::Title;
            ++j;
        }

        if (tok.kind == TokenKind::Word && adjacent(j, tok.range.end) && isSingle(j, isPeriod)) {
            const std::u16string_view word = text.substr(static_cast<size_t>(tok.range.start),
                                                         static_cast<size_t>(tok.range.length()));
            AbbreviationKind kind = classifyAbbreviation(word);
            if (kind == AbbreviationKind::Numbered && !(j + 1 < n && isNumberStatus(seg[j + 1].status)))
                kind = AbbreviationKind::None; // "No. 10" but not "the answer was no."
            if (kind != AbbreviationKind::None) {
                tok.range.end += 1;
                tok.abbreviation = kind;
                ++j;
                if (joinCompound()) // "U.S.-based": the period is inside a compound now
                    tok.abbreviation = AbbreviationKind::None;
            }
        }

        if (tok.kind == TokenKind::Word && tok.abbreviation == AbbreviationKind::None) {
            const std::u16string_view word = text.substr(static_cast<size_t>(tok.range.start),
                                                         static_cast<size_t>(tok.range.length()));
            if (const int32_t clitic = cliticLength(word); clitic > 0) {
                out.push_back({{tok.range.start, tok.range.end - clitic}, TokenKind::Word, AbbreviationKind::None});
                out.push_back({{tok.range.end - clitic, tok.range.end}, TokenKind::Word, AbbreviationKind::None});
                continue;
            }
        }

        // "2024's": ICU does not join an apostrophe to a number, so "'" and "s" arrive apart.
        if (tok.kind == TokenKind::Number && adjacent(j, tok.range.end) && isSingle(j, isApostrophe)
            && adjacent(j + 1, seg[j].end) && isWordStatus(seg[j + 1].status)
            && seg[j + 1].end - seg[j + 1].start == 1 && lowerAscii(text[seg[j + 1].start]) == u's') {
            out.push_back(tok);
            out.push_back({{seg[j].start, seg[j + 1].end}, TokenKind::Word, AbbreviationKind::None});
            j += 2;
            continue;
        }

        // A dollar's country before its sign ("C$", "A$", "US$", "NZ$"): one token, as news writes and the corpora
        // annotate it ("C$ 50 million", "US$40").
        if (tok.kind == TokenKind::Word && tok.range.length() <= 3 && adjacent(j, tok.range.end)
            && isSingle(j, [](char16_t c) { return c == u'$'; }) && isCapitalsOnly(text, tok.range)) {
            tok.range.end = seg[j].end;
            ++j;
            out.push_back(tok);
            continue;
        }

        // A clitic written apart, as tokenized text writes it ("Rangoon 's prison", "they 're"): one token, as in
        // "Rangoon's", not an apostrophe and a word "s". Only after a word and a space, and not closing a quotation
        // ("'s'").
        if (isSingle(j - 1, isApostrophe) && adjacent(j, tok.range.end) && isWordStatus(seg[j].status)
            && tok.range.start > range.start && isSpaceLike(codePointAt(text, tok.range.start - 1)) && !out.empty()
            && out.back().kind == TokenKind::Word
            && isApostropheClitic(
                text.substr(static_cast<size_t>(seg[j].start), static_cast<size_t>(seg[j].end - seg[j].start)))
            && !(seg[j].end < range.end && isApostrophe(text[static_cast<size_t>(seg[j].end)]))) {
            out.push_back({{tok.range.start, seg[j].end}, TokenKind::Word, AbbreviationKind::None});
            ++j;
            continue;
        }

        if (tok.kind == TokenKind::Punctuation && tok.range.length() == 1) {
            // "..." and "--" are single tokens in Penn style.
            const char16_t c = text[tok.range.start];
            if (c == u'.' || c == u'-') {
                while (adjacent(j, tok.range.end) && isSingle(j, [c](char16_t d) { return d == c; })) {
                    tok.range.end = seg[j].end;
                    ++j;
                }
            }
        }
        out.push_back(tok);
    }
}

} // namespace lede::core
