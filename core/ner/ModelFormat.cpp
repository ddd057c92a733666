// Reading and writing the binary model file (layout in ModelFormat.h). Every read is bounds
// checked against the payload size, so a damaged file is a ModelError, never a crash.
#include "ner/ModelFormat.h"

#include "ner/FeatureHash.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <system_error>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lede::core::ner {

static_assert(std::endian::native == std::endian::little, "the model format is written little-endian");

namespace {

template<typename T>
void put(std::string &out, const T &value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}

class Reader
{
public:
    explicit Reader(std::string_view data) : m_data(data) {}
    template<typename T>
    bool get(T &value)
    {
        if (m_data.size() - m_pos < sizeof(T))
            return false;
        std::memcpy(&value, m_data.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return true;
    }
    template<typename T>
    bool getArray(std::vector<T> &out, size_t count)
    {
        if (count > (m_data.size() - m_pos) / sizeof(T))
            return false;
        out.resize(count);
        if (count == 0) // an empty vector's data() may be null, and memcpy may not be given null even for 0 bytes
            return true;
        std::memcpy(out.data(), m_data.data() + m_pos, count * sizeof(T));
        m_pos += count * sizeof(T);
        return true;
    }
    bool getString(std::string &out, size_t size)
    {
        if (size > m_data.size() - m_pos)
            return false;
        out.assign(m_data.data() + m_pos, size);
        m_pos += size;
        return true;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    std::string_view m_data;
    size_t m_pos = 0;
};

ModelError error(ModelError::Code code, std::string detail)
{
    return ModelError{code, std::move(detail)};
}

} // namespace

uint64_t payloadChecksum(std::string_view payload)
{
    // Eight bytes per step keeps a 15 MB check at a few milliseconds.
    uint64_t h = 0x4c4544454e455231ULL ^ payload.size();
    size_t i = 0;
    for (; i + 8 <= payload.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, payload.data() + i, 8);
        h = (h ^ mix64(w)) * kFnvPrime;
    }
    uint64_t tail = 0;
    if (i < payload.size())
        std::memcpy(&tail, payload.data() + i, payload.size() - i);
    return mix64(h ^ mix64(tail + 0x9e3779b97f4a7c15ULL));
}

void pruneFeatures(ModelData &model, int minWeight)
{
    const size_t row = size_t{model.stages} * kLabelCount;
    if (model.weights.size() != model.keys.size() * row)
        return;
    size_t kept = 0;
    for (size_t i = 0; i < model.keys.size(); ++i) {
        const int16_t *w = &model.weights[i * row];
        const bool keep = std::any_of(w, w + row, [&](int16_t v) { return std::abs(int{v}) >= minWeight; });
        if (!keep)
            continue;
        model.keys[kept] = model.keys[i];
        std::copy(w, w + row, &model.weights[kept * row]);
        ++kept;
    }
    model.keys.resize(kept);
    model.weights.resize(kept * row);
}

std::string serializeModel(const ModelData &model)
{
    std::string payload;
    const uint32_t stages = model.stages;
    const auto n = static_cast<uint32_t>(model.keys.size());
    put(payload, static_cast<uint32_t>(kLabelCount));
    put(payload, stages);
    put(payload, n);
    put(payload, static_cast<uint32_t>(model.description.size()));
    payload += model.description;
    for (uint32_t s = 0; s < stages; ++s)
        put(payload, model.scale[s]);
    for (uint32_t s = 0; s < stages; ++s)
        payload.append(reinterpret_cast<const char *>(&model.transitions[s].score), sizeof(Transitions::score));
    payload.append(reinterpret_cast<const char *>(model.keys.data()), model.keys.size() * sizeof(uint64_t));
    payload.append(reinterpret_cast<const char *>(model.weights.data()), model.weights.size() * sizeof(int16_t));
    for (const auto *list :
         {&model.gazetteerPhrases, &model.gazetteerStarts, &model.clusters, &model.embeddingClusters}) {
        put(payload, static_cast<uint32_t>(list->size()));
        for (const Gazetteer::Entry &e : *list) {
            put(payload, e.key);
            put(payload, e.value);
        }
    }

    std::string out(kModelMagic, sizeof(kModelMagic));
    put(out, kModelVersion);
    put(out, uint32_t{0});
    put(out, static_cast<uint64_t>(payload.size()));
    put(out, payloadChecksum(payload));
    out += payload;
    return out;
}

Result<ModelData, ModelError> parseModel(std::string_view bytes)
{
    using Code = ModelError::Code;
    if (bytes.size() < sizeof(kModelMagic) || std::memcmp(bytes.data(), kModelMagic, sizeof(kModelMagic)) != 0)
        return error(Code::BadMagic, "not a Lede NER model (wrong magic number)");
    if (bytes.size() < kModelHeaderSize)
        return error(Code::Truncated, "model header is truncated");
    Reader header(bytes.substr(sizeof(kModelMagic), kModelHeaderSize - sizeof(kModelMagic)));
    uint32_t version = 0, reserved = 0;
    uint64_t payloadSize = 0, checksum = 0;
    header.get(version);
    header.get(reserved);
    header.get(payloadSize);
    header.get(checksum);
    if (version < kOldestModelVersion || version > kModelVersion)
        return error(Code::BadVersion, "model format version " + std::to_string(version) + ", this build reads version "
                                           + std::to_string(kModelVersion));
    const std::string_view payload = bytes.substr(kModelHeaderSize);
    if (payload.size() < payloadSize)
        return error(Code::Truncated, "model file is truncated (" + std::to_string(payload.size()) + " of "
                                          + std::to_string(payloadSize) + " payload bytes)");
    if (payload.size() > payloadSize)
        return error(Code::BadChecksum, "model file has trailing bytes");
    if (payloadChecksum(payload) != checksum)
        return error(Code::BadChecksum, "model checksum mismatch (the file is damaged)");

    Reader r(payload);
    ModelData m;
    uint32_t labels = 0, n = 0, descSize = 0;
    if (!r.get(labels) || !r.get(m.stages) || !r.get(n) || !r.get(descSize))
        return error(Code::Truncated, "model payload is truncated");
    if (labels != kLabelCount || m.stages < 1 || m.stages > 2)
        return error(Code::BadVersion, "model has an unsupported label set or stage count");
    if (!r.getString(m.description, descSize))
        return error(Code::Truncated, "model description is truncated");
    for (uint32_t s = 0; s < m.stages; ++s) {
        if (!r.get(m.scale[s]) || !std::isfinite(m.scale[s]))
            return error(Code::Truncated, "model scales are missing or invalid");
    }
    for (uint32_t s = 0; s < m.stages; ++s) {
        if (!r.get(m.transitions[s].score))
            return error(Code::Truncated, "model transitions are truncated");
        for (const auto &row : m.transitions[s].score) {
            if (!std::all_of(std::begin(row), std::end(row), [](float f) { return std::isfinite(f); }))
                return error(Code::BadChecksum, "model transitions are not finite");
        }
    }
    if (!r.getArray(m.keys, n) || !r.getArray(m.weights, size_t{n} * m.stages * kLabelCount))
        return error(Code::Truncated, "model weights are truncated");
    std::vector<std::vector<Gazetteer::Entry> *> lists = {&m.gazetteerPhrases, &m.gazetteerStarts};
    if (version >= 2)
        lists.push_back(&m.clusters);
    if (version >= 3)
        lists.push_back(&m.embeddingClusters);
    for (auto *list : lists) {
        uint32_t count = 0;
        if (!r.get(count) || count > payload.size() / 12)
            return error(Code::Truncated, "model gazetteer is truncated");
        list->reserve(count);
        for (uint32_t i = 0; i < count; ++i) {
            Gazetteer::Entry e;
            if (!r.get(e.key) || !r.get(e.value))
                return error(Code::Truncated, "model gazetteer is truncated");
            list->push_back(e);
        }
    }
    if (!r.atEnd())
        return error(Code::BadChecksum, "model payload has unexpected trailing data");
    for (size_t i = 1; i < m.keys.size(); ++i) {
        if (m.keys[i] <= m.keys[i - 1])
            return error(Code::BadChecksum, "model feature keys are not strictly ascending");
    }
    if (!m.keys.empty() && m.keys.front() == 0)
        return error(Code::BadChecksum, "model contains the reserved feature key 0");
    return m;
}

Result<ModelData, ModelError> readModelFile(const std::filesystem::path &path)
{
    using Code = ModelError::Code;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return error(Code::NotFound, "model file not found: " + path.string());
    // Mapped rather than read: the parse copies what it keeps straight out of the page cache, without first
    // zeroing and filling a file-sized buffer (page faults dominate loading a large model).
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return error(Code::Unreadable, "cannot open model file: " + path.string());
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || st.st_size < 0 || static_cast<unsigned long long>(st.st_size) > (1ULL << 31)) {
        ::close(fd);
        return error(Code::Unreadable, "cannot read model file size: " + path.string());
    }
    const auto size = static_cast<size_t>(st.st_size);
    if (size == 0) {
        ::close(fd);
        return parseModel({});
    }
    void *mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (mapped == MAP_FAILED)
        return error(Code::Unreadable, "cannot read model file: " + path.string());
    ::madvise(mapped, size, MADV_SEQUENTIAL);
    auto parsed = parseModel(std::string_view(static_cast<const char *>(mapped), size));
    ::munmap(mapped, size);
    return parsed;
}

std::string writeModelFile(const ModelData &model, const std::filesystem::path &path)
{
    const std::string bytes = serializeModel(model);
    std::filesystem::path tmp = path;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return "cannot write " + tmp.string();
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out)
            return "cannot write " + tmp.string();
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec)
        return "cannot rename " + tmp.string() + " to " + path.string() + ": " + ec.message();
    return {};
}

} // namespace lede::core::ner
