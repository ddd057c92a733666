// Fuzz harness: the NER model-file reader. The first byte picks the mode: odd → the bytes are a whole file; even →
// the rest is a payload, wrapped in a header with its true size and checksum, so the fuzzer reaches the payload
// reader instead of stopping at the checksum. A model that reads is then run on a short sentence.
#include "FuzzChecks.h"
#include "ner/FeatureExtractor.h"
#include "ner/ModelFormat.h"
#include "ner/NerModel.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace {

using namespace lede::core::ner;

std::string wrapPayload(std::string_view payload, uint32_t version)
{
    std::string out(kModelMagic, sizeof(kModelMagic));
    const uint32_t reserved = 0;
    const uint64_t size = payload.size();
    const uint64_t checksum = payloadChecksum(payload);
    out.append(reinterpret_cast<const char *>(&version), 4);
    out.append(reinterpret_cast<const char *>(&reserved), 4);
    out.append(reinterpret_cast<const char *>(&size), 8);
    out.append(reinterpret_cast<const char *>(&checksum), 8);
    out.append(payload);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using lede::fuzz::require;
    if (size == 0 || size > 64 * 1024)
        return 0;
    const std::string_view rest(reinterpret_cast<const char *>(data) + 1, size - 1);
    const std::string bytes = (data[0] & 1) ? std::string(rest) : wrapPayload(rest, (data[0] & 2) ? 1 : 2);
    auto parsed = parseModel(bytes);
    if (!parsed)
        return 0;
    ModelData model = std::move(parsed).value();
    require(model.stages >= 1 && model.stages <= 2);
    require(model.weights.size() == model.keys.size() * model.stages * kLabelCount);
    // A version-2 file is written back byte for byte.
    if (std::memcmp(bytes.data() + 8, &kModelVersion, 4) == 0)
        require(serializeModel(model) == bytes);

    static const std::u16string words[] = {u"Ines", u"Varga", u"visited", u"Porto", u"in", u"May", u"."};
    DocumentTokens doc;
    for (const auto &w : words)
        doc.tokens.push_back(w);
    doc.sentenceStarts.push_back(0);
    const lede::core::NerModel tagger(std::move(model));
    std::vector<uint8_t> labels;
    tagger.tagDocument(doc, labels);
    require(labels.size() == doc.tokens.size());
    for (uint8_t label : labels)
        require(label < kLabelCount);
    return 0;
}
