// lede-extract-eval: scores Lede's article extraction on the article-extraction benchmark.
//
//   lede-extract-eval [--set dev|test|all] [--min-f1 F] [--pages] [--repeat N] [--dump ID] CORPUS_DIR
//
// CORPUS_DIR holds html/<id>.html.gz and ground-truth.json ({id: {articleBody, url}}). The pages are split once
// into dev and test by the FNV-1a hash of the id (even: dev, odd: test); split/dev.txt and split/test.txt record
// the split and are checked against the rule. Dev is what the extractor was developed on; test stays untouched
// until a final run. Prints the mean per-page precision, recall and F1, and the speed in MB/s of HTML (the
// loader's whole path: charset, parse, extraction, blocks). Exit 1 when F1 is below --min-f1.
#include "ShingleScore.h"

#include "common/Utf.h"
#include "document/DocumentLoader.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {

uint32_t fnv1a(const std::string &s)
{
    uint32_t h = 0x811c9dc5u;
    for (const unsigned char c : s) {
        h ^= c;
        h *= 0x01000193u;
    }
    return h;
}

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

std::vector<std::string> readList(const std::string &path)
{
    std::vector<std::string> ids;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty())
            ids.push_back(line);
    }
    return ids;
}

bool readGzip(const std::string &path, std::string &out)
{
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f)
        return false;
    char buffer[1 << 16];
    for (int n; (n = gzread(f, buffer, sizeof buffer)) > 0;)
        out.append(buffer, size_t(n));
    gzclose(f);
    return true;
}

std::string readingText(const lede::core::Document &doc)
{
    std::string text = lede::core::utf16ToUtf8(doc.text);
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    std::string set = "dev";
    std::string corpus;
    double minF1 = -1;
    bool pages = false;
    int repeat = 1;
    std::string dump; // an id: print its extracted text instead of scoring
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--set" && i + 1 < argc)
            set = argv[++i];
        else if (a == "--min-f1" && i + 1 < argc)
            minF1 = std::stod(argv[++i]);
        else if (a == "--repeat" && i + 1 < argc)
            repeat = std::max(1, std::stoi(argv[++i]));
        else if (a == "--dump" && i + 1 < argc)
            dump = argv[++i];
        else if (a == "--pages")
            pages = true;
        else
            corpus = a;
    }
    if (corpus.empty() || (set != "dev" && set != "test" && set != "all")) {
        std::cerr << "usage: lede-extract-eval [--set dev|test|all] [--min-f1 F] [--pages] [--repeat N] CORPUS_DIR\n";
        return 2;
    }

    nlohmann::json truth;
    {
        std::ifstream in(corpus + "/ground-truth.json");
        if (!in) {
            std::cerr << "cannot read " << corpus << "/ground-truth.json\n";
            return 2;
        }
        truth = nlohmann::json::parse(in, nullptr, false);
        if (truth.is_discarded() || !truth.is_object()) {
            std::cerr << "ground-truth.json is not a JSON object\n";
            return 2;
        }
    }

    const std::vector<std::string> dev = readList(std::string(LEDE_EXTRACT_SPLIT_DIR) + "/dev.txt");
    const std::vector<std::string> test = readList(std::string(LEDE_EXTRACT_SPLIT_DIR) + "/test.txt");
    for (const auto *list : {&dev, &test}) {
        for (const std::string &id : *list) {
            if ((fnv1a(id) % 2 == 0) != (list == &dev) || !truth.contains(id)) {
                std::cerr << "split/" << (list == &dev ? "dev" : "test") << ".txt does not follow the split rule at "
                          << id << "\n";
                return 2;
            }
        }
    }
    if (dev.size() + test.size() != truth.size()) {
        std::cerr << "the split lists do not cover ground-truth.json\n";
        return 2;
    }
    std::vector<std::string> ids;
    if (!dump.empty()) {
        std::string html;
        if (!readGzip(corpus + "/html/" + dump + ".html.gz", html))
            return 2;
        auto doc = lede::core::loadDocumentFromBytes(html, "page.html");
        if (!doc) {
            std::cerr << doc.error().detail << "\n";
            return 1;
        }
        std::cout << "title: " << doc->meta.title << "\nauthor: " << doc->meta.author
                  << "\ndate: " << doc->meta.publishedDate << "\nlanguage: " << doc->meta.language << "\n\n"
                  << readingText(*doc) << "\n";
        return 0;
    }
    if (set != "test")
        ids.insert(ids.end(), dev.begin(), dev.end());
    if (set != "dev")
        ids.insert(ids.end(), test.begin(), test.end());

    double sumP = 0, sumR = 0, sumF = 0;
    double seconds = 0;
    double cpu = 0;
    size_t bytes = 0;
    for (const std::string &id : ids) {
        std::string html;
        if (!readGzip(corpus + "/html/" + id + ".html.gz", html)) {
            std::cerr << "cannot read html/" << id << ".html.gz\n";
            return 2;
        }
        std::string extracted;
        for (int r = 0; r < repeat; ++r) {
            const auto start = std::chrono::steady_clock::now();
            const double cpuStart = cpuSeconds();
            auto doc = lede::core::loadDocumentFromBytes(html, "page.html");
            seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            cpu += cpuSeconds() - cpuStart;
            bytes += html.size();
            if (r == 0 && doc)
                extracted = readingText(*doc);
            else if (r == 0)
                std::cerr << id << ": " << doc.error().detail << "\n";
        }
        const auto &body = truth[id]["articleBody"];
        const std::string expected = body.is_string() ? body.get<std::string>() : std::string();
        const lede::tools::ShingleScore s = lede::tools::scoreShingles(expected, extracted);
        sumP += s.precision;
        sumR += s.recall;
        sumF += s.f1;
        if (pages)
            std::printf("%s  P %.3f  R %.3f  F1 %.3f\n", id.c_str(), s.precision, s.recall, s.f1);
    }
    const double n = double(ids.size());
    const double f1 = n > 0 ? sumF / n : 0;
    std::printf("set %s (%zu pages%s): precision %.4f  recall %.4f  F1 %.4f\n", set.c_str(), ids.size(),
                set == "dev"        ? ", developed on"
                    : set == "test" ? ", held out"
                                    : "",
                n > 0 ? sumP / n : 0, n > 0 ? sumR / n : 0, f1);
    // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
    std::printf("speed: %.1f MB/s of HTML by CPU time, %.1f MB/s by wall time (%.1f MB in %.2f s CPU, %.2f s wall)\n",
                cpu > 0 ? double(bytes) / 1e6 / cpu : 0.0, seconds > 0 ? double(bytes) / 1e6 / seconds : 0.0,
                double(bytes) / 1e6, cpu, seconds);
    if (minF1 >= 0 && f1 < minF1) {
        std::printf("FAIL: F1 %.4f is below the floor %.4f\n", f1, minF1);
        return 1;
    }
    return 0;
}
