// OfficeZip: XML entries of checked archives, and ZIP sniffing.
#include "document/OfficeZip.h"

#include "document/XmlWalk.h"

namespace lede::core {

Result<bool, LoadError> readXmlEntry(const ZipArchive &zip, const std::string &name, pugi::xml_document &doc,
                                     std::string &storage, bool optional)
{
    if (optional && !zip.contains(name))
        return false;
    auto bytes = zip.read(name);
    if (!bytes)
        return bytes.error();
    storage = std::move(bytes.value());
    return parseXml(doc, storage, name);
}

bool zipMimetypeIs(std::string_view head, std::string_view mimeType)
{
    // Local file header: signature, then the name at offset 30 and the stored data right after it.
    if (head.size() < 38 || head.substr(0, 4) != std::string_view("PK\x03\x04", 4) || head.substr(30, 8) != "mimetype")
        return false;
    const auto u16 = [&](size_t at) {
        return static_cast<size_t>(static_cast<unsigned char>(head[at]))
            | static_cast<size_t>(static_cast<unsigned char>(head[at + 1])) << 8;
    };
    const size_t dataStart = 30 + u16(26) + u16(28);
    return head.size() >= dataStart + mimeType.size() && head.substr(dataStart, mimeType.size()) == mimeType;
}

} // namespace lede::core
