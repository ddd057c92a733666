// lede-ner-clusters: derives the word-cluster table the NER features use from unlabelled text.
//
//   lede-ner-clusters --shared ../shared --out resources/data/gazetteers/word-clusters.tsv
//                     [--min-count 3] [--contexts 800] [--depth 16] [--window 1]
//
// Text read (never the dev or test files): the tokens of conll2003/eng.train (labels ignored),
// the <TEXT> of the TimeML files under tempeval3/ and wikiwars/, and the articleBody strings of
// article-extraction/ground-truth.json. Output: "bitpath<TAB>word<TAB>count" per line, the
// format of Liang's Brown clustering tool, so real Brown clusters can replace it unchanged.
// Deterministic: the same text gives the same file.
#include "DistributionalClusters.h"

#include "common/Utf.h"
#include "ner/ConllCorpus.h"
#include "ner/TokenInfo.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using lede::tools::DistributionalClusters;

namespace {

std::string readAll(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Splits running text roughly as CoNLL does: white space, then leading and trailing
// punctuation as tokens of their own, "'s" and "n't" apart. Sentences end at . ! ? tokens.
class TextTokeniser
{
public:
    explicit TextTokeniser(DistributionalClusters &out) : m_out(out) {}

    void text(std::string_view t)
    {
        size_t i = 0;
        while (i < t.size()) {
            while (i < t.size() && std::isspace(static_cast<unsigned char>(t[i]))) {
                if (t[i] == '\n' && i + 1 < t.size() && t[i + 1] == '\n')
                    flush(); // a paragraph ends a sentence
                ++i;
            }
            size_t j = i;
            while (j < t.size() && !std::isspace(static_cast<unsigned char>(t[j])))
                ++j;
            if (j > i)
                chunk(t.substr(i, j - i));
            i = j;
        }
        flush();
    }
    void token(std::string_view w)
    {
        if (w.empty())
            return;
        m_keys.push_back(lede::core::ner::lowerHash(lede::core::utf8ToUtf16(w)));
        m_surface.emplace_back(w);
        if (w == "." || w == "!" || w == "?")
            flush();
    }
    void flush()
    {
        m_out.addSentence(m_keys, m_surface);
        m_keys.clear();
        m_surface.clear();
    }

private:
    static size_t punctuationAt(std::string_view w, bool front)
    {
        static constexpr std::string_view kMarks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
                                                      "\"", "'", "(", ")", "[", "]", ",", ";", ":", "!", "?", "."};
        for (std::string_view m : kMarks) {
            if (w.size() >= m.size() && (front ? w.substr(0, m.size()) : w.substr(w.size() - m.size())) == m)
                return m.size();
        }
        return 0;
    }
    void chunk(std::string_view w)
    {
        while (size_t n = punctuationAt(w, true)) {
            if (n == w.size())
                break;
            token(w.substr(0, n));
            w.remove_prefix(n);
        }
        std::vector<std::string_view> tail;
        while (size_t n = punctuationAt(w, false)) {
            if (n == w.size())
                break;
            // Keep the period of abbreviations and initials (U.S., Corp., J.).
            if (w.back() == '.' && (w.find('.') < w.size() - 1 || w.size() <= 2 ||
                                    (std::isupper(static_cast<unsigned char>(w.front())) && w.size() <= 5)))
                break;
            tail.push_back(w.substr(w.size() - n));
            w.remove_suffix(n);
        }
        for (std::string_view clitic : {std::string_view("'s"), std::string_view("n't")}) {
            if (w.size() > clitic.size() + 1 && w.substr(w.size() - clitic.size()) == clitic) {
                token(w.substr(0, w.size() - clitic.size()));
                w = w.substr(w.size() - clitic.size());
                break;
            }
        }
        token(w);
        for (auto it = tail.rbegin(); it != tail.rend(); ++it)
            token(*it);
    }

    DistributionalClusters &m_out;
    std::vector<uint64_t> m_keys;
    std::vector<std::string> m_surface;
};

// The text of a TimeML file: inside <TEXT>, tags removed, the five XML entities decoded.
std::string timemlText(const std::string &xml)
{
    const size_t b = xml.find("<TEXT>"), e = xml.rfind("</TEXT>");
    if (b == std::string::npos || e == std::string::npos || e < b)
        return {};
    std::string out;
    bool inTag = false;
    for (size_t i = b + 6; i < e; ++i) {
        const char c = xml[i];
        if (c == '<')
            inTag = true;
        else if (c == '>')
            inTag = false;
        else if (!inTag)
            out += c;
    }
    static const std::pair<std::string_view, std::string_view> kEntities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto &[from, to] : kEntities) {
        for (size_t p = out.find(from); p != std::string::npos; p = out.find(from, p + to.size()))
            out.replace(p, from.size(), to);
    }
    return out;
}

std::vector<fs::path> filesUnder(const fs::path &dir, std::string_view extension)
{
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == extension)
            out.push_back(it->path());
    }
    std::sort(out.begin(), out.end()); // directory order is not deterministic
    return out;
}

int usage()
{
    std::fprintf(stderr, "usage: lede-ner-clusters --shared DIR --out FILE [--min-count N] [--contexts N] [--depth N]\n"
                         "                         [--window 1|2]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string shared, out;
    DistributionalClusters::Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        const char *v = argv[i + 1];
        if (a == "--shared") shared = v;
        else if (a == "--out") out = v;
        else if (a == "--min-count") options.minCount = std::max(1, std::atoi(v));
        else if (a == "--contexts") options.contexts = std::max(10, std::atoi(v));
        else if (a == "--window") options.window = std::clamp(std::atoi(v), 1, 2);
        else if (a == "--depth") options.depth = std::clamp(std::atoi(v), 1, 24);
        else return usage();
    }
    if (shared.empty() || out.empty() || argc % 2 == 0)
        return usage();
    const fs::path corpora = fs::path(shared) / "corpora";
    DistributionalClusters clusters(options);
    TextTokeniser tokeniser(clusters);

    if (const auto train = lede::core::ner::ConllCorpus::readFile(corpora / "conll2003" / "eng.train")) {
        for (const auto &doc : train->documents) {
            for (const auto &sentence : doc.sentences) {
                for (uint32_t line : sentence)
                    tokeniser.token(train->lines[line].token);
                tokeniser.flush();
            }
        }
    }
    std::printf("eng.train: %zu tokens\n", clusters.tokenCount());
    size_t timeml = 0;
    for (const char *dir : {"tempeval3", "wikiwars"}) {
        for (const fs::path &p : filesUnder(corpora / dir, ".tml")) {
            tokeniser.text(timemlText(readAll(p)));
            ++timeml;
        }
    }
    std::printf("+ %zu TimeML files: %zu tokens\n", timeml, clusters.tokenCount());
    const nlohmann::json truth =
        nlohmann::json::parse(readAll(corpora / "article-extraction" / "ground-truth.json"), nullptr, false);
    if (truth.is_object()) {
        for (const auto &[id, page] : truth.items()) {
            if (page.is_object() && page.contains("articleBody") && page["articleBody"].is_string())
                tokeniser.text(page["articleBody"].get<std::string>());
        }
    }
    std::printf("+ article bodies: %zu tokens\n", clusters.tokenCount());

    const auto words = clusters.run();
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    for (const auto &w : words)
        file << w.path << '\t' << w.surface << '\t' << w.count << '\n';
    if (!file) {
        std::fprintf(stderr, "cannot write %s\n", out.c_str());
        return 1;
    }
    std::printf("wrote %zu words to %s\n", words.size(), out.c_str());
    return 0;
}
