// TimexTokenizer: one pass over the UTF-16 code units; no allocation besides the token vector.
#include "timex/TimexTokenizer.h"

namespace lede::core::timex {

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x00a0 || c == 0x2009 || c == 0x202f
        || c == 0x200b || c == 0x3000 || c == u'\f' || c == u'\v' || c == 0x2028 || c == 0x2029;
}
bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
}
// Non-ASCII letters belong to words (so "Ünter" stays one token that no rule matches);
// typographic punctuation below is split off.
bool isWordChar(char16_t c)
{
    if (isAsciiLetter(c))
        return true;
    if (c < 0x80)
        return false;
    if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c == 0x00a0 || (c >= 0x00a1 && c <= 0x00bf)
        || c == 0x00d7 || c == 0x00f7 || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f))
        return false;
    return true;
}

} // namespace

void tokenizeForTimex(std::u16string_view text, const TimexLexicon &lexicon, std::vector<TimexToken> &out)
{
    out.clear();
    const size_t n = text.size();
    // Prose has a token per 4–6 characters: room for a third of the characters once, instead of a vector that
    // doubles (a book's token list would otherwise peak at three times its size while it is copied).
    out.reserve(n / 3 + 16);
    size_t i = 0;
    bool space = true;
    bool line = false;
    while (i < n) {
        const char16_t c = text[i];
        if (isSpace(c)) {
            space = true;
            line = line || isLineBreak(c);
            ++i;
            continue;
        }
        TimexToken t;
        t.start = static_cast<int32_t>(i);
        t.spaceBefore = space;
        t.lineBefore = line;
        if (isDigit(c)) {
            t.kind = TokKind::Number;
            int64_t v = 0;
            size_t d = 0;
            while (i < n && isDigit(text[i])) {
                if (d < 12)
                    v = v * 10 + (text[i] - u'0');
                ++d;
                ++i;
            }
            t.digits = static_cast<uint8_t>(d > 255 ? 255 : d);
            t.number = d <= 12 ? v : -1;
        } else if (isWordChar(c)) {
            t.kind = TokKind::Word;
            t.capitalized = c >= u'A' && c <= u'Z';
            while (i < n && isWordChar(text[i]))
                ++i;
            t.edSuffix = i - static_cast<size_t>(t.start) >= 4 && text[i - 1] == u'd' && text[i - 2] == u'e';
            t.lex = lexicon.find(text.substr(static_cast<size_t>(t.start), i - static_cast<size_t>(t.start)));
        } else {
            t.kind = TokKind::Punct;
            // Normalise typographic apostrophes and dashes so patterns need one spelling.
            char16_t p = c;
            if (p == 0x2019 || p == 0x2018)
                p = u'\'';
            else if (p == 0x2013 || p == 0x2014 || p == 0x2012 || p == 0x2010 || p == 0x2011)
                p = u'-';
            t.ch = p;
            ++i;
            // A surrogate pair is one punctuation token, so offsets never split a code point.
            if (c >= 0xd800 && c <= 0xdbff && i < n && text[i] >= 0xdc00 && text[i] <= 0xdfff)
                ++i;
        }
        t.end = static_cast<int32_t>(i);
        out.push_back(t);
        space = false;
        line = false;
    }
}

void markSentenceInnerStops(std::vector<TimexToken> &toks, const std::vector<TextRange> &sentences)
{
    if (sentences.empty())
        return;
    auto isStop = [](const TimexToken &t) {
        return t.kind == TokKind::Punct && (t.ch == u'.' || t.ch == u'!' || t.ch == u'?');
    };
    auto closes = [](const TimexToken &t) {
        return t.kind == TokKind::Punct
            && (t.ch == u'"' || t.ch == u'\'' || t.ch == u')' || t.ch == u']' || t.ch == u'\u201d'
                || t.ch == u'\u2019');
    };
    // Both lists are in text order: one pass. A stop is inside its sentence when the next token that
    // is not a closing quote or bracket lies in the same sentence.
    size_t s = 0;
    for (size_t k = 0; k < toks.size(); ++k) {
        if (!isStop(toks[k]))
            continue;
        while (s < sentences.size() && sentences[s].end <= toks[k].start)
            ++s;
        if (s == sentences.size() || !sentences[s].contains(toks[k].start))
            continue;
        size_t next = k + 1;
        while (next < toks.size() && (closes(toks[next]) || isStop(toks[next]))
               && sentences[s].contains(toks[next].start))
            ++next;
        toks[k].insideSentence =
            next < toks.size() && sentences[s].contains(toks[next].start) && !toks[next].lineBefore;
    }
}

} // namespace lede::core::timex
