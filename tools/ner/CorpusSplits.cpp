// Reading, writing and applying the committed corpus splits (see CorpusSplits.h).
#include "CorpusSplits.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace lede::tools {

using core::ner::ConllCorpus;

namespace {

std::vector<std::string> splitTabs(const std::string &line)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        const size_t tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos)
            return out;
        start = tab + 1;
    }
}

bool parseNumber(std::string_view s, uint32_t &out)
{
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

} // namespace

std::string formatRanges(const std::vector<uint32_t> &indices)
{
    if (indices.empty())
        return "-";
    std::string out;
    for (size_t i = 0; i < indices.size();) {
        size_t j = i;
        while (j + 1 < indices.size() && indices[j + 1] == indices[j] + 1)
            ++j;
        if (!out.empty())
            out += ',';
        out += std::to_string(indices[i]);
        if (j > i)
            out += '-' + std::to_string(indices[j]);
        i = j + 1;
    }
    return out;
}

std::optional<std::vector<uint32_t>> parseRanges(const std::string &text)
{
    std::vector<uint32_t> out;
    if (text == "-")
        return out;
    if (text.empty())
        return std::nullopt; // an empty split is written "-"
    std::string_view rest(text);
    while (!rest.empty()) {
        const size_t comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        const size_t dash = item.find('-');
        uint32_t a = 0, b = 0;
        if (!parseNumber(item.substr(0, dash), a))
            return std::nullopt;
        b = a;
        if (dash != std::string_view::npos && (!parseNumber(item.substr(dash + 1), b) || b < a))
            return std::nullopt;
        if (!out.empty() && a <= out.back())
            return std::nullopt; // ranges must ascend and not overlap
        for (uint32_t i = a; i <= b; ++i)
            out.push_back(i);
    }
    return out;
}

std::optional<CorpusSplits> CorpusSplits::read(const std::filesystem::path &path, std::string &error)
{
    std::ifstream in(path);
    if (!in) {
        error = "cannot read " + path.string();
        return std::nullopt;
    }
    CorpusSplits splits;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty() || line.front() == '#')
            continue;
        const auto fail = [&](const std::string &why) {
            error = path.string() + ":" + std::to_string(lineNo) + ": " + why;
            return std::nullopt;
        };
        const std::vector<std::string> cols = splitTabs(line);
        if (cols.size() != 7)
            return fail("expected 7 tab-separated columns");
        CorpusFile f;
        f.corpus = cols[0];
        f.file = cols[1];
        if (cols[2] != "full" && cols[2] != "partial")
            return fail("misc must be full or partial");
        f.partialMisc = cols[2] == "partial";
        uint32_t documents = 0;
        if (!parseNumber(cols[3], documents))
            return fail("bad document count");
        f.splitOf.assign(documents, Split::Train);
        std::vector<uint8_t> seen(documents, 0);
        for (int s = 0; s < 3; ++s) {
            const auto indices = parseRanges(cols[4 + static_cast<size_t>(s)]);
            if (!indices)
                return fail("bad document ranges");
            for (uint32_t d : *indices) {
                if (d >= documents || seen[d])
                    return fail("document " + std::to_string(d) + " is out of range or in two splits");
                seen[d] = 1;
                f.splitOf[d] = static_cast<Split>(s);
            }
        }
        if (std::find(seen.begin(), seen.end(), 0) != seen.end())
            return fail("a document is in no split");
        splits.files.push_back(std::move(f));
    }
    return splits;
}

std::string CorpusSplits::serialize() const
{
    std::ostringstream out;
    out << "# corpus\tfile\tmisc\tdocuments\ttrain\tdev\ttest (see tools/ner/CorpusSplits.h)\n";
    for (const CorpusFile &f : files) {
        std::vector<uint32_t> by[3];
        for (uint32_t d = 0; d < f.splitOf.size(); ++d)
            by[static_cast<int>(f.splitOf[d])].push_back(d);
        out << f.corpus << '\t' << f.file << '\t' << (f.partialMisc ? "partial" : "full") << '\t' << f.splitOf.size();
        for (const auto &v : by)
            out << '\t' << formatRanges(v);
        out << '\n';
    }
    return out.str();
}

void appendDocuments(ConllCorpus &to, const ConllCorpus &from, const std::vector<uint32_t> &indices)
{
    for (uint32_t d : indices) {
        if (d >= from.documents.size())
            continue;
        ConllCorpus::Document doc;
        for (const auto &sentence : from.documents[d].sentences) {
            auto &out = doc.sentences.emplace_back();
            for (uint32_t line : sentence) {
                out.push_back(static_cast<uint32_t>(to.lines.size()));
                to.lines.push_back(from.lines[line]);
            }
        }
        to.documents.push_back(std::move(doc));
    }
}

bool selectSplit(const CorpusSplits &splits, const std::filesystem::path &corporaDir, Split split,
                 const std::vector<std::string> &only, SplitSelection &out, std::string &error)
{
    for (const CorpusFile &f : splits.files) {
        if (!only.empty() && std::find(only.begin(), only.end(), f.corpus) == only.end())
            continue;
        std::vector<uint32_t> wanted;
        for (uint32_t d = 0; d < f.splitOf.size(); ++d) {
            if (f.splitOf[d] == split)
                wanted.push_back(d);
        }
        if (wanted.empty())
            continue;
        const auto corpus = ConllCorpus::readFile(corporaDir / f.file);
        if (!corpus) {
            error = "cannot read " + (corporaDir / f.file).string();
            return false;
        }
        if (corpus->documents.size() != f.splitOf.size()) {
            error = (corporaDir / f.file).string() + " has " + std::to_string(corpus->documents.size())
                + " documents, the splits file says " + std::to_string(f.splitOf.size());
            return false;
        }
        appendDocuments(out.corpus, *corpus, wanted);
        out.partialMisc.insert(out.partialMisc.end(), wanted.size(), f.partialMisc ? 1 : 0);
        out.corpusOf.insert(out.corpusOf.end(), wanted.size(), f.corpus);
    }
    return true;
}

} // namespace lede::tools
