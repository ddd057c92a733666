// CoNLL reader (see ConllCorpus.h).
#include "ner/ConllCorpus.h"

#include <fstream>
#include <string_view>

namespace lede::core::ner {

namespace {

bool isBlank(std::string_view s)
{
    return s.find_first_not_of(" \t") == std::string_view::npos;
}

std::string_view typeOf(std::string_view tag)
{
    return tag.size() > 2 && tag[1] == '-' ? tag.substr(2) : std::string_view();
}

} // namespace

ConllCorpus ConllCorpus::parse(std::istream &in)
{
    ConllCorpus c;
    std::string line;
    bool docOpen = false, sentenceOpen = false;
    long iob1Evidence = 0, iob2Evidence = 0;
    std::string previousTag = "O"; // a copy: lines reallocates

    auto document = [&]() -> Document & {
        if (!docOpen) {
            c.documents.emplace_back();
            docOpen = true;
        }
        return c.documents.back();
    };

    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        ConllLine l;
        l.raw = line;
        if (isBlank(line)) {
            l.kind = ConllLine::Kind::Blank;
            sentenceOpen = false;
            previousTag = "O";
        } else {
            const size_t b = line.find_first_not_of(" \t");
            const size_t e = line.find_first_of(" \t", b);
            l.token = line.substr(b, e == std::string::npos ? std::string::npos : e - b);
            const size_t lastEnd = line.find_last_not_of(" \t") + 1;
            const size_t lastStart = line.find_last_of(" \t", lastEnd - 1);
            l.gold = e == std::string::npos ? std::string("O") : line.substr(lastStart + 1, lastEnd - lastStart - 1);
            if (l.token == "-DOCSTART-") {
                l.kind = ConllLine::Kind::DocStart;
                docOpen = false;
                sentenceOpen = false;
                previousTag = "O";
            } else {
                l.kind = ConllLine::Kind::Token;
                Document &d = document();
                if (!sentenceOpen) {
                    d.sentences.emplace_back();
                    sentenceOpen = true;
                }
                d.sentences.back().push_back(static_cast<uint32_t>(c.lines.size()));
            }
        }
        c.lines.push_back(std::move(l));
        if (c.lines.back().kind == ConllLine::Kind::Token) {
            const std::string_view tag = c.lines.back().gold;
            const bool sameTypeBefore = !typeOf(previousTag).empty() && typeOf(previousTag) == typeOf(tag);
            if (tag.size() > 2 && tag[0] == 'B' && !sameTypeBefore)
                ++iob2Evidence; // B-X opening a chunk after O: only IOB2 does that
            else if (tag.size() > 2 && tag[0] == 'I' && !sameTypeBefore)
                ++iob1Evidence; // I-X opening a chunk: only IOB1 does that
            previousTag = tag;
        }
    }
    c.iob1 = iob1Evidence > iob2Evidence;
    return c;
}

std::optional<ConllCorpus> ConllCorpus::readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    return parse(in);
}

size_t ConllCorpus::tokenCount() const
{
    size_t n = 0;
    for (const Document &d : documents) {
        for (const auto &s : d.sentences)
            n += s.size();
    }
    return n;
}

} // namespace lede::core::ner
